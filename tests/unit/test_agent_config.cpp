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
    void commandsSection();
    void commandsDefaults();
    void logWatchSection();
    void logWatchDefaults();
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

void AgentConfigTest::logWatchSection()
{
    QString error;
    const auto config = AgentConfigLoader::parse(R"({"log_watch": {
        "journal": true, "journal_directory": "/var/log/journal/remote",
        "files": ["/var/log/syslog", "/var/log/nginx/../nginx/error.log"],
        "patterns": [{"name": "app-panic", "regex": "panic: .*", "severity": 2}, {"name": "oom-killer", "regex": "OOM!"}],
        "default_patterns": true, "max_per_minute": 10, "start_at_end": false}})",
                                                 &error);
    QVERIFY2(config, qPrintable(error));
    const LogWatchConfig &logWatch = config->logWatch;
    QCOMPARE(logWatch.journal, std::optional<bool>(true));
    QCOMPARE(logWatch.journalDirectory, QStringLiteral("/var/log/journal/remote"));
    QCOMPARE(logWatch.files, (QStringList{"/var/log/syslog", "/var/log/nginx/error.log"}));
    QCOMPARE(logWatch.maxPerMinute, 10);
    QVERIFY(!logWatch.startAtEnd);
    QCOMPARE(logWatch.patterns.size(), 2);
    QCOMPARE(logWatch.patterns[0].severity, std::optional<int>(2));
    // A configured pattern comes before the defaults; one with a default's name replaces it.
    const LogPatternSet set = logWatch.patternSet();
    QCOMPARE(set.patterns().constFirst().name, QStringLiteral("app-panic"));
    QCOMPARE(set.patterns().size(), LogPatternSet::defaultPatterns().size() + 1);
    QCOMPARE(set.match(LogLine{0, {}, QStringLiteral("OOM! now"), {}, {}, {}})->pattern, QStringLiteral("oom-killer"));
    // The default oom-killer is gone; only the keyword OUT OF MEMORY still sees this line.
    QCOMPARE(set.match(LogLine{0, {}, QStringLiteral("Out of memory: Killed process 1 (x)"), {}, {}, {}})->pattern,
             QStringLiteral("keyword"));
}

void AgentConfigTest::logWatchDefaults()
{
    QString error;
    const auto config = AgentConfigLoader::parse("{}", &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(!config->logWatch.journal.has_value());  // on where the system journal can be read
    QVERIFY(config->logWatch.files.isEmpty());
    QVERIFY(config->logWatch.defaultPatterns);
    QCOMPARE(config->logWatch.maxPerMinute, 60);
    QVERIFY(config->logWatch.startAtEnd);
}

void AgentConfigTest::commandsSection()
{
    QString error;
    const auto config = AgentConfigLoader::parse(R"({"commands": {
        "enabled": true, "run_as": "mirrorstage-run", "deny": ["\\breboot\\b", "^shutdown"],
        "allow": ["^systemctl (status|restart) [a-z0-9@.-]+$", "uptime"], "max_timeout_seconds": 600,
        "max_output_kib": 256, "working_dir": "/srv", "max_concurrent": 2}})",
                                                 &error);
    QVERIFY2(config, qPrintable(error));
    const CommandsConfig &commands = config->commands;
    QVERIFY(commands.enabled);
    QCOMPARE(commands.runAs, QStringLiteral("mirrorstage-run"));
    QCOMPARE(commands.deny, (QStringList{"\\breboot\\b", "^shutdown"}));
    QCOMPARE(commands.allow, std::optional<QStringList>(QStringList{"^systemctl (status|restart) [a-z0-9@.-]+$", "uptime"}));
    QCOMPARE(commands.maxTimeoutSeconds, 600);
    QCOMPARE(commands.maxOutputKib, 256);
    QCOMPARE(commands.workingDir, QStringLiteral("/srv"));
    QCOMPARE(commands.maxConcurrent, 2);
}

void AgentConfigTest::commandsDefaults()
{
    QString error;
    const auto config = AgentConfigLoader::parse(R"({"commands": {}})", &error);
    QVERIFY2(config, qPrintable(error));
    const CommandsConfig &commands = config->commands;
    QVERIFY(!commands.enabled);  // off unless the configuration turns them on
    QVERIFY(commands.runAs.isEmpty());
    QVERIFY(commands.deny.isEmpty());
    QVERIFY(!commands.allow);
    QCOMPARE(commands.maxTimeoutSeconds, 3600);
    QCOMPARE(commands.maxOutputKib, 1024);
    QCOMPARE(commands.workingDir, QStringLiteral("/"));
    QCOMPARE(commands.maxConcurrent, 4);
    QVERIFY(!AgentConfigLoader::parse("{}", &error)->commands.enabled);
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
    QTest::newRow("log_watch a list") << QByteArray(R"({"log_watch": []})") << "\"log_watch\"";
    QTest::newRow("log_watch unknown key") << QByteArray(R"({"log_watch": {"file": []}})") << "\"log_watch.file\"";
    QTest::newRow("log_watch journal as text") << QByteArray(R"({"log_watch": {"journal": "yes"}})")
                                               << "\"log_watch.journal\"";
    QTest::newRow("log_watch relative file") << QByteArray(R"({"log_watch": {"files": ["/var/log/a", "syslog"]}})")
                                             << "\"log_watch.files[1]\"";
    QTest::newRow("log_watch repeated file") << QByteArray(R"({"log_watch": {"files": ["/var/log/a", "/var/log/a"]}})")
                                             << "\"log_watch.files[1]\"";
    QTest::newRow("log_watch bad regex") << QByteArray(R"({"log_watch": {"patterns": [{"name": "x", "regex": "(oops"}]}})")
                                         << "\"log_watch.patterns[0].regex\"";
    QTest::newRow("log_watch regex matching everything")
        << QByteArray(R"({"log_watch": {"patterns": [{"name": "x", "regex": ".*"}]}})") << "\"log_watch.patterns[0].regex\"";
    QTest::newRow("log_watch pattern without name") << QByteArray(R"({"log_watch": {"patterns": [{"regex": "x"}]}})")
                                                    << "\"log_watch.patterns[0].name\"";
    QTest::newRow("log_watch pattern extra key")
        << QByteArray(R"({"log_watch": {"patterns": [{"name": "x", "regex": "x", "level": 2}]}})")
        << "\"log_watch.patterns[0].level\"";
    QTest::newRow("log_watch severity 8")
        << QByteArray(R"({"log_watch": {"patterns": [{"name": "x", "regex": "x", "severity": 8}]}})")
        << "\"log_watch.patterns[0].severity\"";
    QTest::newRow("log_watch repeated pattern name")
        << QByteArray(R"({"log_watch": {"patterns": [{"name": "x", "regex": "a"}, {"name": "x", "regex": "b"}]}})")
        << "\"log_watch.patterns[1].name\"";
    QTest::newRow("log_watch no pattern at all") << QByteArray(R"({"log_watch": {"default_patterns": false}})")
                                                 << "\"log_watch.patterns\"";
    QTest::newRow("log_watch max_per_minute zero") << QByteArray(R"({"log_watch": {"max_per_minute": 0}})")
                                                   << "\"log_watch.max_per_minute\"";
    QTest::newRow("log_watch directory without journal")
        << QByteArray(R"({"log_watch": {"journal": false, "journal_directory": "/var/log/journal"}})")
        << "\"log_watch.journal_directory\"";
    QTest::newRow("commands a boolean") << QByteArray(R"({"commands": true})") << "\"commands\"";
    QTest::newRow("commands unknown key") << QByteArray(R"({"commands": {"enable": true}})") << "\"commands.enable\"";
    QTest::newRow("commands enabled as text") << QByteArray(R"({"commands": {"enabled": "yes"}})") << "\"commands.enabled\"";
    QTest::newRow("commands run_as empty") << QByteArray(R"({"commands": {"run_as": ""}})") << "\"commands.run_as\"";
    QTest::newRow("commands run_as with a space") << QByteArray(R"({"commands": {"run_as": "no body"}})")
                                                  << "\"commands.run_as\"";
    QTest::newRow("commands deny not a list") << QByteArray(R"({"commands": {"deny": "rm"}})") << "\"commands.deny\"";
    QTest::newRow("commands deny bad regex") << QByteArray(R"({"commands": {"deny": ["ok", "(unclosed"]}})")
                                             << "\"commands.deny[1]\"";
    QTest::newRow("commands allow empty") << QByteArray(R"({"commands": {"allow": []}})") << "\"commands.allow\"";
    QTest::newRow("commands allow with a number") << QByteArray(R"({"commands": {"allow": [1]}})") << "\"commands.allow[0]\"";
    QTest::newRow("commands timeout zero") << QByteArray(R"({"commands": {"max_timeout_seconds": 0}})")
                                           << "\"commands.max_timeout_seconds\"";
    QTest::newRow("commands timeout over a day") << QByteArray(R"({"commands": {"max_timeout_seconds": 86401}})")
                                                 << "\"commands.max_timeout_seconds\"";
    QTest::newRow("commands output fraction") << QByteArray(R"({"commands": {"max_output_kib": 1.5}})")
                                              << "\"commands.max_output_kib\"";
    QTest::newRow("commands relative working dir") << QByteArray(R"({"commands": {"working_dir": "tmp"}})")
                                                   << "\"commands.working_dir\"";
    QTest::newRow("commands concurrency zero") << QByteArray(R"({"commands": {"max_concurrent": 0}})")
                                               << "\"commands.max_concurrent\"";
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
