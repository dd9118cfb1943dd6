// The agent's configuration: every valid key is read; every bad value is refused with a message
// naming the key.
#include "agent_config.h"
#include "ed25519.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

class AgentConfigTest : public QObject {
    Q_OBJECT
private slots:
    void completeConfig();
    void emptyObjectGivesDefaults();
    void topKZeroIsAccepted();
    void refused_data();
    void refused();
    void syntaxErrorSaysWhere();
    void missingFileIsAnError();
    void commandLineBeatsEnvironment();
};

void AgentConfigTest::completeConfig()
{
    QString error;
    const QByteArray consoleKey = Ed25519Key::generate()->publicKey();
    const QByteArray json = R"({
        "endpoint": "wss://console.example:7443/agents",
        "console_public_key": ")" + consoleKey.toBase64() + R"(",
        "enrollment_token": "abc123",
        "tls_pin_sha256": "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99",
        "state_dir": "/var/lib/reflector-test",
        "outbox_max_megabytes": 16,
        "outbox_max_age_hours": 12,
        "hostname_override": "web-01",
        "rack": "R1",
        "position": {"x": 1, "y": 2.5, "z": -3},
        "interval_seconds": 2.5,
        "tags": ["web", "prod"],
        "top_k": 8,
        "include_network_filesystems": true
    })";
    const auto config = AgentConfigLoader::parse(json, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->endpoint.toString(), QStringLiteral("wss://console.example:7443/agents"));
    QCOMPARE(config->hostnameOverride, QStringLiteral("web-01"));
    QCOMPARE(config->rack, QStringLiteral("R1"));
    QVERIFY(config->position);
    QCOMPARE(config->position->y, 2.5);
    QCOMPARE(config->position->z, -3.0);
    QCOMPARE(config->intervalSeconds, 2.5);
    QCOMPARE(config->tags, (QStringList{"web", "prod"}));
    QCOMPARE(config->topK, 8);
    QVERIFY(config->includeNetworkFilesystems);
    QCOMPARE(config->consolePublicKey, consoleKey);
    QCOMPARE(config->enrollmentToken, QStringLiteral("abc123"));
    QCOMPARE(config->tlsPinSha256.toHex(), QByteArray("aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899"));
    QCOMPARE(config->stateDir, QStringLiteral("/var/lib/reflector-test"));
    QCOMPARE(config->outboxMaxBytes, 16ll * 1024 * 1024);
    QCOMPARE(config->outboxMaxAgeSeconds, 12ll * 3600);
}

void AgentConfigTest::topKZeroIsAccepted()
{
    QString error;
    const auto config = AgentConfigLoader::parse(R"({"top_k": 0})", &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->topK, 0);
}

void AgentConfigTest::emptyObjectGivesDefaults()
{
    QString error;
    const auto config = AgentConfigLoader::parse("{}", &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->intervalSeconds, 5.0);
    QCOMPARE(config->topK, 5);
    QVERIFY(!config->position);
    QVERIFY(config->endpoint.isEmpty());
}

void AgentConfigTest::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("interval as a string") << QByteArray(R"({"interval_seconds": "5"})") << "\"interval_seconds\"";
    QTest::newRow("interval zero") << QByteArray(R"({"interval_seconds": 0})") << "\"interval_seconds\"";
    QTest::newRow("interval negative") << QByteArray(R"({"interval_seconds": -1})") << "\"interval_seconds\"";
    QTest::newRow("interval a day") << QByteArray(R"({"interval_seconds": 86400})") << "\"interval_seconds\"";
    QTest::newRow("endpoint http") << QByteArray(R"({"endpoint": "http://x:1"})") << "\"endpoint\"";
    QTest::newRow("endpoint without host") << QByteArray(R"({"endpoint": "ws://"})") << "\"endpoint\"";
    QTest::newRow("endpoint number") << QByteArray(R"({"endpoint": 7443})") << "\"endpoint\"";
    QTest::newRow("empty hostname") << QByteArray(R"({"hostname_override": ""})") << "\"hostname_override\"";
    QTest::newRow("hostname with space") << QByteArray(R"({"hostname_override": "web 01"})") << "\"hostname_override\"";
    QTest::newRow("hostname with newline") << QByteArray(R"({"hostname_override": "web\n01"})") << "\"hostname_override\"";
    QTest::newRow("rack not a string") << QByteArray(R"({"rack": 3})") << "\"rack\"";
    QTest::newRow("position a list") << QByteArray(R"({"position": [1, 2, 3]})") << "\"position\"";
    QTest::newRow("position missing z") << QByteArray(R"({"position": {"x": 1, "y": 2}})") << "\"position.z\"";
    QTest::newRow("position y a string") << QByteArray(R"({"position": {"x": 1, "y": "2", "z": 0}})") << "\"position.y\"";
    QTest::newRow("position extra key") << QByteArray(R"({"position": {"x": 1, "y": 2, "z": 0, "w": 1}})")
                                        << "\"position.w\"";
    QTest::newRow("tags a string") << QByteArray(R"({"tags": "web"})") << "\"tags\"";
    QTest::newRow("tags with a number") << QByteArray(R"({"tags": ["web", 1]})") << "\"tags[1]\"";
    QTest::newRow("tags repeated") << QByteArray(R"({"tags": ["web", "web"]})") << "\"tags[1]\"";
    QTest::newRow("top_k fraction") << QByteArray(R"({"top_k": 2.5})") << "\"top_k\"";
    QTest::newRow("top_k negative") << QByteArray(R"({"top_k": -1})") << "\"top_k\"";
    QTest::newRow("top_k huge") << QByteArray(R"({"top_k": 5000})") << "\"top_k\"";
    QTest::newRow("network filesystems as string") << QByteArray(R"({"include_network_filesystems": "yes"})")
                                                   << "\"include_network_filesystems\"";
    QTest::newRow("unknown key (typo)") << QByteArray(R"({"intervall_seconds": 5})") << "\"intervall_seconds\"";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "JSON object";
    QTest::newRow("endpoint without console key") << QByteArray(R"({"endpoint": "ws://127.0.0.1:7340/agents"})")
                                                  << "\"console_public_key\"";
    QTest::newRow("console key too short") << QByteArray(R"({"console_public_key": "AAAA"})") << "\"console_public_key\"";
    QTest::newRow("console key of small order")
        << QByteArray(R"({"console_public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})") << "\"console_public_key\"";
    QTest::newRow("pin not hex") << QByteArray(R"({"tls_pin_sha256": "not-a-digest"})") << "\"tls_pin_sha256\"";
    QTest::newRow("relative state dir") << QByteArray(R"({"state_dir": "state"})") << "\"state_dir\"";
    QTest::newRow("outbox too small") << QByteArray(R"({"outbox_max_megabytes": 0.01})") << "\"outbox_max_megabytes\"";
    QTest::newRow("outbox age as text") << QByteArray(R"({"outbox_max_age_hours": "12"})") << "\"outbox_max_age_hours\"";
}

void AgentConfigTest::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!AgentConfigLoader::parse(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void AgentConfigTest::syntaxErrorSaysWhere()
{
    QString error;
    QVERIFY(!AgentConfigLoader::parse("{\n  \"rack\": \"R1\",\n  \"tags\": [\"a\",]\n}", &error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
}

void AgentConfigTest::missingFileIsAnError()
{
    QString error;
    QVERIFY(!AgentConfigLoader::load(QStringLiteral("/nonexistent/reflector.json"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/reflector.json")), qPrintable(error));
}

void AgentConfigTest::commandLineBeatsEnvironment()
{
    qputenv("MIRROR_STAGE_REFLECTOR_CONFIG", "/etc/from-env.json");
    QCOMPARE(AgentConfigLoader::chooseConfigPath(QStringLiteral("/etc/from-cli.json")),
             QStringLiteral("/etc/from-cli.json"));
    QCOMPARE(AgentConfigLoader::chooseConfigPath(QString()), QStringLiteral("/etc/from-env.json"));
    qunsetenv("MIRROR_STAGE_REFLECTOR_CONFIG");
    QCOMPARE(AgentConfigLoader::chooseConfigPath(QString()), QString());
}

QTEST_GUILESS_MAIN(AgentConfigTest)
#include "test_agent_config.moc"
