// msctl mask as an operator runs it: text on stdin, the masked text on stdout, a summary on
// stderr, no database anywhere near it. The planted secrets of tests/fixtures/masking must not
// reach stdout, neither as text nor as JSON.
#include <QDir>
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
Run runMsctl(const QStringList &arguments, const QByteArray &input, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MSCTL_BINARY), arguments);
    if (!process.waitForStarted(60'000))
        qFatal("msctl did not start");
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        qFatal("msctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(path));
    return file.readAll();
}

QString fixtureDir()
{
    return QStringLiteral(MIRRORSTAGE_FIXTURES "/masking");
}

QList<QByteArray> secretsOf(const QString &name)
{
    QList<QByteArray> secrets;
    for (const QByteArray &line : readFile(fixtureDir() + QLatin1Char('/') + name + QStringLiteral(".secrets")).split('\n')) {
        if (!line.isEmpty())
            secrets.append(line);
    }
    return secrets;
}

}  // namespace

class MsctlMaskTest : public QObject {
    Q_OBJECT
private slots:
    void fixturesLeakNothing_data();
    void fixturesLeakNothing();
    void summaryNamesKindsAndCounts();
    void emptyInput();
    void unknownArgumentIsRefused();
    void helpListsMask();
};

void MsctlMaskTest::fixturesLeakNothing_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(fixtureDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(4);
}

void MsctlMaskTest::fixturesLeakNothing()
{
    QFETCH(QString, name);
    const QByteArray input = readFile(fixtureDir() + QLatin1Char('/') + name + QStringLiteral(".txt"));
    const QList<QByteArray> secrets = secretsOf(name);
    QVERIFY(!secrets.isEmpty());
    QTemporaryDir home;
    QVERIFY(home.isValid());

    const Run text = runMsctl({QStringLiteral("mask")}, input, home.path());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.startsWith("masked ") && text.err.contains(" values: "), text.err.constData());
    QVERIFY(!text.out.isEmpty() && text.out != input);
    for (const QByteArray &secret : secrets) {
        QVERIFY2(!text.out.contains(secret), secret.constData());
        QVERIFY2(!text.err.contains(secret), secret.constData());
    }

    const Run json = runMsctl({QStringLiteral("mask"), QStringLiteral("--json")}, input, home.path());
    QCOMPARE(json.exitCode, 0);
    for (const QByteArray &secret : secrets)
        QVERIFY2(!json.out.contains(secret), secret.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("masked")).toString().toUtf8(), text.out);
    QVERIFY(!object.value(QLatin1String("counts")).toObject().isEmpty());

    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void MsctlMaskTest::summaryNamesKindsAndCounts()
{
    QTemporaryDir home;
    const QByteArray input = "from 10.0.0.1 and 10.0.0.2 to bob@example.com password=x1-secret "
                             "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\n";
    const Run text = runMsctl({QStringLiteral("mask")}, input, home.path());
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("from @@IPV4_1@@ and @@IPV4_2@@ to @@EMAIL_1@@ password=@@PASSWORD_1@@ @@JWT_1@@\n"));
    QCOMPARE(QString::fromUtf8(text.err), QStringLiteral("masked 5 values: ipv4 \u00d72, email, jwt, password\n"));

    const Run json = runMsctl({QStringLiteral("mask"), QStringLiteral("--json")}, input, home.path());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(json.out).object().value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("ipv4")).toInt(), 2);
    QCOMPARE(counts.value(QLatin1String("email")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("jwt")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("password")).toInt(), 1);
    QCOMPARE(counts.size(), 4);
}

void MsctlMaskTest::emptyInput()
{
    QTemporaryDir home;
    const Run run = runMsctl({QStringLiteral("mask")}, QByteArray(), home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QByteArray("masked 0 values\n"));
}

void MsctlMaskTest::unknownArgumentIsRefused()
{
    QTemporaryDir home;
    const Run run = runMsctl({QStringLiteral("mask"), QStringLiteral("/etc/passwd")}, "10.0.0.1", home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("/etc/passwd") && run.err.contains("stdin"), run.err.constData());
}

void MsctlMaskTest::helpListsMask()
{
    QTemporaryDir home;
    const Run help = runMsctl({QStringLiteral("--help")}, QByteArray(), home.path());
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("mask [--json]"), help.out.constData());
    const Run maskHelp = runMsctl({QStringLiteral("mask"), QStringLiteral("--help")}, QByteArray(), home.path());
    QCOMPARE(maskHelp.exitCode, 0);
    QVERIFY(maskHelp.out.contains("--json"));
}

QTEST_GUILESS_MAIN(MsctlMaskTest)
#include "test_msctl_mask.moc"
