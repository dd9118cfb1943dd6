// msctl risk as an operator runs it: the level and reasons of a command, as text or JSON, with no
// database anywhere near it, and usage errors for a missing command.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

// msctl with an empty home: were it to open (and so create) a database or settings file, the
// directory would not stay empty.
Run runMsctl(const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MSCTL_BINARY), arguments);
    if (!process.waitForFinished(120'000))
        qFatal("msctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

}  // namespace

class MsctlRiskTest : public QObject {
    Q_OBJECT
private slots:
    void jsonForRmRfRootIsCritical();
    void textNamesLevelAndReasons();
    void commandWordsAfterTheFirstAreNotOptions();
    void missingCommandIsUsage();
    void helpListsRisk();
};

void MsctlRiskTest::jsonForRmRfRootIsCritical()
{
    QTemporaryDir home;
    const Run run = runMsctl({QStringLiteral("risk"), QStringLiteral("--json"), QStringLiteral("rm -rf /")}, home.path());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(object.value(QStringLiteral("command")).toString(), QStringLiteral("rm -rf /"));
    QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
    const QJsonArray reasons = object.value(QStringLiteral("reasons")).toArray();
    QVERIFY(!reasons.isEmpty());
    QVERIFY2(reasons.first().toString().contains(QLatin1String("rm -rf /")), run.out.constData());
    QVERIFY2(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
             "msctl risk created files: it must not open the database");
}

void MsctlRiskTest::textNamesLevelAndReasons()
{
    QTemporaryDir home;
    const Run low = runMsctl({QStringLiteral("risk"), QStringLiteral("df -h")}, home.path());
    QCOMPARE(low.exitCode, 0);
    QVERIFY2(low.out.startsWith("low\n"), low.out.constData());
    const Run medium = runMsctl({QStringLiteral("risk"), QStringLiteral("systemctl restart nginx")}, home.path());
    QCOMPARE(medium.exitCode, 0);
    QVERIFY2(medium.out.startsWith("medium\n"), medium.out.constData());
    QVERIFY2(medium.out.contains("  - `systemctl restart nginx`"), medium.out.constData());
    const Run hidden = runMsctl({QStringLiteral("risk"), QStringLiteral("echo cm0gLXJmIC8= | base64 -d | sh")}, home.path());
    QVERIFY2(hidden.out.startsWith("critical\n"), hidden.out.constData());
    QVERIFY2(hidden.out.contains("rm -rf /"), hidden.out.constData());
}

void MsctlRiskTest::commandWordsAfterTheFirstAreNotOptions()
{
    QTemporaryDir home;
    const Run run = runMsctl({QStringLiteral("risk"), QStringLiteral("--json"), QStringLiteral("rm"), QStringLiteral("-rf"),
                              QStringLiteral("--no-preserve-root"), QStringLiteral("/")},
                             home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("command")).toString(), QStringLiteral("rm -rf --no-preserve-root /"));
    QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
}

void MsctlRiskTest::missingCommandIsUsage()
{
    QTemporaryDir home;
    for (const QStringList &arguments : {QStringList{QStringLiteral("risk")}, QStringList{QStringLiteral("risk"), QStringLiteral("--json")},
                                         QStringList{QStringLiteral("risk"), QStringLiteral("  ")}}) {
        const Run run = runMsctl(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Usage: msctl risk"), run.err.constData());
    }
}

void MsctlRiskTest::helpListsRisk()
{
    QTemporaryDir home;
    const Run run = runMsctl({QStringLiteral("--help")}, home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("risk [--json] 'COMMAND'"), run.out.constData());
}

QTEST_GUILESS_MAIN(MsctlRiskTest)
#include "test_msctl_risk.moc"
