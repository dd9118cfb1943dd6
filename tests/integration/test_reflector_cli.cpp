// The reflector binary as an operator runs it: --once, --samples, --help, --version, and configs
// that are refused at start.
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

Run runReflector(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REFLECTOR_BINARY), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("reflector did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

}  // namespace

class ReflectorCliTest : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp();
    void onceprintsOneSampleWithoutRates();
    void samplesPrintJsonLinesWithRatesAfterTheFirst();
    void configFromEnvironment();
    void badConfigIsRefusedNamingTheKey();
    void missingConfigFileIsRefused();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
};

void ReflectorCliTest::versionAndHelp()
{
    const Run version = runReflector({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("reflector "));
    const Run help = runReflector({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--once", "--samples", "--interval-ms", "--config"})
        QVERIFY2(help.out.contains(option), option);
}

void ReflectorCliTest::onceprintsOneSampleWithoutRates()
{
    QTemporaryDir dir;
    const QString config = writeFile(dir, QStringLiteral("reflector.json"), R"({
        "hostname_override": "rack-host-7", "rack": "R2", "position": {"x": 1, "y": 4, "z": 0},
        "tags": ["db", "prod"], "top_k": 3})");
    const Run run = runReflector({QStringLiteral("--once"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject sample = parseObject(run.out);
    QVERIFY(!sample.isEmpty());
    QCOMPARE(sample.value(QLatin1String("has_rates")).toBool(true), false);
    const QJsonObject agent = sample.value(QLatin1String("agent")).toObject();
    QCOMPARE(agent.value(QLatin1String("hostname")).toString(), QStringLiteral("rack-host-7"));
    QCOMPARE(agent.value(QLatin1String("rack")).toString(), QStringLiteral("R2"));
    QCOMPARE(agent.value(QLatin1String("position")).toObject().value(QLatin1String("y")).toDouble(), 4.0);
    QCOMPARE(agent.value(QLatin1String("tags")).toArray().size(), 2);
    const QJsonObject processes = sample.value(QLatin1String("processes")).toObject();
    QCOMPARE(processes.value(QLatin1String("top_by_memory")).toArray().size(), 3);
    QVERIFY(processes.value(QLatin1String("top_by_cpu")).toArray().isEmpty());
    QVERIFY(sample.value(QLatin1String("memory")).toObject().value(QLatin1String("total_bytes")).toInteger() > 0);
}

void ReflectorCliTest::samplesPrintJsonLinesWithRatesAfterTheFirst()
{
    const Run run = runReflector({QStringLiteral("--samples"), QStringLiteral("3"), QStringLiteral("--interval-ms"),
                                  QStringLiteral("100")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject sample = parseObject(lines[i]);
        QCOMPARE(sample.value(QLatin1String("has_rates")).toBool(), i > 0);
        if (i > 0) {
            QVERIFY(sample.value(QLatin1String("interval_ms")).toInteger() >= 90);
            QVERIFY(sample.value(QLatin1String("cpu")).toObject().value(QLatin1String("usage")).isObject());
        }
    }
}

void ReflectorCliTest::configFromEnvironment()
{
    QTemporaryDir dir;
    const QString config = writeFile(dir, QStringLiteral("env.json"), R"({"hostname_override": "from-env"})");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MIRROR_STAGE_REFLECTOR_CONFIG"), config);
    const Run run = runReflector({QStringLiteral("--once")}, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parseObject(run.out).value(QLatin1String("agent")).toObject().value(QLatin1String("hostname")).toString(),
             QStringLiteral("from-env"));
}

void ReflectorCliTest::badConfigIsRefusedNamingTheKey()
{
    QTemporaryDir dir;
    const QString config = writeFile(dir, QStringLiteral("bad.json"), R"({"rack": "R1", "interval_seconds": "5"})");
    const Run run = runReflector({QStringLiteral("--once"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("interval_seconds") && run.err.contains("bad.json"), run.err.constData());
}

void ReflectorCliTest::missingConfigFileIsRefused()
{
    const Run run = runReflector({QStringLiteral("--once"), QStringLiteral("--config"), QStringLiteral("/nonexistent.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("/nonexistent.json"), run.err.constData());
}

void ReflectorCliTest::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("negative samples") << QStringList{"--samples", "-1"} << QByteArray("--samples");
    QTest::newRow("samples not a number") << QStringList{"--samples", "many"} << QByteArray("--samples");
    QTest::newRow("zero interval") << QStringList{"--samples", "1", "--interval-ms", "0"} << QByteArray("--interval-ms");
    QTest::newRow("once and samples") << QStringList{"--once", "--samples", "2"} << QByteArray("--once");
    QTest::newRow("stray argument") << QStringList{"--once", "extra"} << QByteArray("extra");
}

void ReflectorCliTest::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = runReflector(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
}

QTEST_GUILESS_MAIN(ReflectorCliTest)
#include "test_reflector_cli.moc"
