// Agents to console, with real processes: three reflectors stream to a headless console over
// WebSocket on loopback, into a real SQLite file. Every (agent, boot, seq) is stored exactly once,
// through a console killed with SIGKILL for ten seconds, an agent killed and restarted, and an
// outbox so small that it has to drop records (and says so).
#include "fleet_harness.h"

#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QWebSocket>
#include <functional>

using namespace mirrorstage;

namespace {

struct StoredSeqs {
    QMap<QString, QList<quint64>> byBoot;  // boot -> seqs in order
    qsizetype total() const
    {
        qsizetype n = 0;
        for (const auto &seqs : byBoot)
            n += seqs.size();
        return n;
    }
};

}  // namespace

class FleetIngestTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threeAgentsStreamEveryRecordOnce();
    void consoleKilledForTenSecondsLosesNothing();
    void agentKilledAndRestartedResendsItsOutbox();
    void fullOutboxDropsOldestAndSaysSo();
    void expiredTokenLeavesAgentPendingUntilAccepted();
    void tlsWithAPinnedCertificate();
    void msctlShowsWhatWasStored();
    void badClientsAreCutOffWhileRealAgentsStream();

private:
    void startConsole(const QStringList &extra = {});
    QString enrollAgent(const QString &name, const QJsonObject &extra = {}, bool withToken = true);
    QJsonObject tokenConfig(const QString &validFor = QStringLiteral("1h"));
    QString agentIdOf(const QString &name);
    StoredSeqs stored(const QString &agentId);
    bool waitForSamples(const QString &agentId, qsizetype count, int timeoutMs = 60'000);
    void verifyContiguous(const QString &agentId, const StoredSeqs &seqs);
    CommandResult msctl(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    Child m_console;
    QMap<QString, std::shared_ptr<Child>> m_agents;
};

void FleetIngestTest::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CONSOLE_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(REFLECTOR_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(MSCTL_BINARY)));
}

void FleetIngestTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = freeLoopbackPort();
    // The console answers a pending agent "try again in 1 s", so acceptance is seen quickly.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    QDir().mkpath(m_dir->filePath(QStringLiteral("config/MirrorStage")));
    QFile settings(m_dir->filePath(QStringLiteral("config/MirrorStage/mirrorstage.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[hub]\npending_retry_seconds=1\n");
    settings.close();
    startConsole();
}

void FleetIngestTest::cleanup()
{
    for (const auto &agent : std::as_const(m_agents))
        agent->terminate();
    m_agents.clear();
    m_console.terminate();
}

void FleetIngestTest::startConsole(const QStringList &extra)
{
    m_console.start(QStringLiteral(CONSOLE_BINARY),
                    QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                QStringLiteral("--database"), m_dir->filePath(QStringLiteral("console.db")),
                                QStringLiteral("--key-file"), m_dir->filePath(QStringLiteral("console.key"))}
                        + extra);
    QVERIFY2(m_console.waitForLog("console ready"), m_console.log().constData());
}

CommandResult FleetIngestTest::msctl(const QStringList &arguments)
{
    return runCommand(QStringLiteral(MSCTL_BINARY),
                      QStringList{QStringLiteral("--database"), m_dir->filePath(QStringLiteral("console.db"))} + arguments);
}

QJsonObject FleetIngestTest::tokenConfig(const QString &validFor)
{
    const CommandResult result = msctl({QStringLiteral("enroll"), QStringLiteral("token"), QStringLiteral("--json"),
                                        QStringLiteral("--valid-for"), validFor, QStringLiteral("--endpoint"),
                                        QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port)});
    if (result.exitCode != 0)
        qWarning("msctl enroll token: %s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("config")).toObject();
}

QString FleetIngestTest::enrollAgent(const QString &name, const QJsonObject &extra, bool withToken)
{
    QJsonObject config = tokenConfig();
    if (!withToken)
        config.remove(QStringLiteral("enrollment_token"));
    config.insert(QStringLiteral("hostname_override"), name);
    config.insert(QStringLiteral("rack"), QStringLiteral("R1"));
    config.insert(QStringLiteral("interval_seconds"), 0.2);
    config.insert(QStringLiteral("top_k"), 2);
    config.insert(QStringLiteral("state_dir"), m_dir->filePath(name));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        config.insert(it.key(), it.value());
    const QString path = m_dir->filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(config).toJson());
    file.close();
    auto agent = std::make_shared<Child>();
    agent->start(QStringLiteral(REFLECTOR_BINARY), {QStringLiteral("--config"), path});
    m_agents.insert(name, agent);
    return name;
}

QString FleetIngestTest::agentIdOf(const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        const CommandResult hosts = msctl({QStringLiteral("hosts"), QStringLiteral("--json")});
        for (const QJsonValue &host : QJsonDocument::fromJson(hosts.out).array()) {
            if (host.toObject().value(QStringLiteral("hostname")).toString() == name)
                return host.toObject().value(QStringLiteral("agent_id")).toString();
        }
        QTest::qWait(100);
    }
    return {};
}

StoredSeqs FleetIngestTest::stored(const QString &agentId)
{
    StoredSeqs result;
    store::Database database(m_dir->filePath(QStringLiteral("console.db")), QStringLiteral("test-reader"));
    QString error;
    const auto rows = store::SampleQueries(database.connection()).series(agentId, 0, std::numeric_limits<qint64>::max(), &error);
    for (const store::StoredSeries &row : rows)
        result.byBoot[row.bootId].append(row.seq);
    for (auto &seqs : result.byBoot)
        std::sort(seqs.begin(), seqs.end());
    return result;
}

bool FleetIngestTest::waitForSamples(const QString &agentId, qsizetype count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (stored(agentId).total() >= count)
            return true;
        QTest::qWait(200);
    }
    return false;
}

void FleetIngestTest::verifyContiguous(const QString &agentId, const StoredSeqs &seqs)
{
    // Seqs number samples and gap records alike. Every seq from 1 to the highest must be a stored
    // sample, a gap record, or one of the records a gap record says were lost; none twice.
    store::Database database(m_dir->filePath(QStringLiteral("console.db")), QStringLiteral("test-gaps"));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT b.boot_id, g.seq, g.first_lost_seq, g.last_lost_seq FROM gaps g "
                                 "JOIN boots b ON g.boot = b.id JOIN hosts h ON b.host_id = h.id WHERE h.agent_id = ?"));
    query.addBindValue(agentId);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QMap<QString, QSet<quint64>> covered;
    for (auto it = seqs.byBoot.cbegin(); it != seqs.byBoot.cend(); ++it) {
        const QSet<quint64> unique(it->cbegin(), it->cend());
        QCOMPARE(unique.size(), it->size());  // none doubled
        covered[it.key()] = unique;
    }
    while (query.next()) {
        const QString boot = query.value(0).toString();
        covered[boot].insert(query.value(1).toULongLong());
        for (quint64 seq = query.value(2).toULongLong(); seq <= query.value(3).toULongLong(); ++seq)
            covered[boot].insert(seq);
    }
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        const quint64 highest = *std::max_element(it->cbegin(), it->cend());
        for (quint64 seq = 1; seq <= highest; ++seq)
            QVERIFY2(it->contains(seq), qPrintable(QStringLiteral("boot %1 misses seq %2").arg(it.key()).arg(seq)));
    }
}

void FleetIngestTest::threeAgentsStreamEveryRecordOnce()
{
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")})
        enrollAgent(name);
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
        const QString id = agentIdOf(name);
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        QVERIFY2(waitForSamples(id, 10), qPrintable(m_agents.value(name)->log() + m_console.log()));
        const StoredSeqs seqs = stored(id);
        QCOMPARE(seqs.byBoot.size(), 1);
        QCOMPARE(seqs.byBoot.first().first(), 1u);
        verifyContiguous(id, seqs);
    }
    const CommandResult hosts = msctl({QStringLiteral("hosts"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(hosts.out).array().size(), 3);
    for (const QJsonValue &host : QJsonDocument::fromJson(hosts.out).array())
        QCOMPARE(host.toObject().value(QStringLiteral("enrollment")).toString(), QStringLiteral("accepted"));
}

void FleetIngestTest::consoleKilledForTenSecondsLosesNothing()
{
    enrollAgent(QStringLiteral("alpha"));
    enrollAgent(QStringLiteral("beta"));
    const QString alpha = agentIdOf(QStringLiteral("alpha"));
    const QString beta = agentIdOf(QStringLiteral("beta"));
    QVERIFY(waitForSamples(alpha, 5));
    QVERIFY(waitForSamples(beta, 5));

    m_console.kill();
    const qsizetype before = stored(alpha).total();
    QTest::qWait(10'000);  // the agents keep sampling into their outboxes
    startConsole();
    // 50 samples were taken while the console was down: they all arrive, once.
    QVERIFY2(waitForSamples(alpha, before + 50, 90'000), m_agents.value(QStringLiteral("alpha"))->log().constData());
    QVERIFY(waitForSamples(beta, before + 50, 90'000));
    for (const QString &id : {alpha, beta}) {
        const StoredSeqs seqs = stored(id);
        QCOMPARE(seqs.byBoot.size(), 1);
        verifyContiguous(id, seqs);
    }
}

void FleetIngestTest::agentKilledAndRestartedResendsItsOutbox()
{
    enrollAgent(QStringLiteral("alpha"));
    const QString alpha = agentIdOf(QStringLiteral("alpha"));
    QVERIFY(waitForSamples(alpha, 5));
    // Kill the console first so that the agent's outbox holds records nobody acknowledged.
    m_console.kill();
    QTest::qWait(1500);
    m_agents.value(QStringLiteral("alpha"))->kill();
    startConsole();
    m_agents.value(QStringLiteral("alpha"))->restart();
    QElapsedTimer timer;
    timer.start();
    StoredSeqs seqs;
    while (timer.elapsed() < 60'000) {
        seqs = stored(alpha);
        if (seqs.byBoot.size() == 2 && seqs.byBoot.last().size() >= 5 && seqs.byBoot.first().size() >= 5)
            break;
        QTest::qWait(200);
    }
    QCOMPARE(seqs.byBoot.size(), 2);  // the old boot (resent) and the new one
    verifyContiguous(alpha, seqs);
    const CommandResult hosts = msctl({QStringLiteral("hosts"), QStringLiteral("--json")});
    QVERIFY(!QJsonDocument::fromJson(hosts.out).array().first().toObject().value(QStringLiteral("boot")).toString().isEmpty());
}

void FleetIngestTest::fullOutboxDropsOldestAndSaysSo()
{
    // Not accepted yet, the agent keeps everything; a 0.1 MiB outbox overflows in seconds.
    enrollAgent(QStringLiteral("tiny"), {{QStringLiteral("outbox_max_megabytes"), 0.1}}, false);
    const QString id = agentIdOf(QStringLiteral("tiny"));
    QVERIFY(!id.isEmpty());
    QTest::qWait(8000);
    QCOMPARE(msctl({QStringLiteral("enroll"), QStringLiteral("accept"), id}).exitCode, 0);
    QVERIFY(waitForSamples(id, 5));
    store::Database database(m_dir->filePath(QStringLiteral("console.db")), QStringLiteral("test-gap-check"));
    QSqlQuery query(database.connection());
    QElapsedTimer timer;
    timer.start();
    qint64 lost = 0;
    QString reason;
    while (timer.elapsed() < 30'000 && lost == 0) {
        QVERIFY(query.exec(QStringLiteral("SELECT SUM(lost_count), MIN(reason) FROM gaps")));
        if (query.next()) {
            lost = query.value(0).toLongLong();
            reason = query.value(1).toString();
        }
        QTest::qWait(200);
    }
    QVERIFY2(lost > 0, "no gap record was stored");
    QCOMPARE(reason, QStringLiteral("outbox-full"));
    verifyContiguous(id, stored(id));
}

void FleetIngestTest::expiredTokenLeavesAgentPendingUntilAccepted()
{
    QJsonObject config = tokenConfig(QStringLiteral("1s"));
    QTest::qWait(1500);
    enrollAgent(QStringLiteral("late"), {{QStringLiteral("enrollment_token"), config.value(QStringLiteral("enrollment_token"))}});
    const QString id = agentIdOf(QStringLiteral("late"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_agents.value(QStringLiteral("late"))->waitForLog("expired"));
    const CommandResult list = msctl({QStringLiteral("enroll"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray agents = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents.first().toObject().value(QStringLiteral("enrollment")).toString(), QStringLiteral("pending"));
    QCOMPARE(stored(id).total(), 0);
    QCOMPARE(msctl({QStringLiteral("enroll"), QStringLiteral("accept"), QStringLiteral("late")}).exitCode, 0);
    QVERIFY(waitForSamples(id, 3));
}

void FleetIngestTest::tlsWithAPinnedCertificate()
{
    // A self-signed certificate, as an operator might make one; agents pin its SHA-256.
    const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    const CommandResult made = runCommand(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QFile certificateFile(cert);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const QByteArray pin = QSslCertificate(certificateFile.readAll()).digest(QCryptographicHash::Sha256).toHex();

    m_console.terminate();
    startConsole({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY(m_console.log().contains("wss://127.0.0.1"));
    const QString url = QStringLiteral("wss://127.0.0.1:%1/agents").arg(m_port);
    enrollAgent(QStringLiteral("pinned"), {{QStringLiteral("endpoint"), url}, {QStringLiteral("tls_pin_sha256"), QString::fromLatin1(pin)}});
    QByteArray wrongPin = pin;
    wrongPin[0] = wrongPin[0] == '0' ? '1' : '0';
    enrollAgent(QStringLiteral("wrongpin"), {{QStringLiteral("endpoint"), url}, {QStringLiteral("tls_pin_sha256"), QString::fromLatin1(wrongPin)}});
    const QString pinned = agentIdOf(QStringLiteral("pinned"));
    QVERIFY(!pinned.isEmpty());
    QVERIFY(waitForSamples(pinned, 5));
    // The other agent never gets past TLS: the console never hears of it.
    QVERIFY(m_agents.value(QStringLiteral("wrongpin"))->waitForLog("lost"));
    const CommandResult hosts = msctl({QStringLiteral("hosts"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(hosts.out).array().size(), 1);
}

void FleetIngestTest::msctlShowsWhatWasStored()
{
    enrollAgent(QStringLiteral("shown"));
    const QString id = agentIdOf(QStringLiteral("shown"));
    QVERIFY(waitForSamples(id, 5));
    const CommandResult json = msctl({QStringLiteral("samples"), QStringLiteral("shown"), QStringLiteral("--since"),
                                      QStringLiteral("10m"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QVERIFY(rows.size() >= 5);
    const QJsonObject last = rows.last().toObject();
    QVERIFY(last.value(QStringLiteral("mem_used")).toDouble() > 0);
    QVERIFY(last.value(QStringLiteral("timestamp_ms")).toInteger() > 0);
    const CommandResult text = msctl({QStringLiteral("samples"), id.left(8)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("samples of shown"), text.out.constData());
    const CommandResult unknown = msctl({QStringLiteral("samples"), QStringLiteral("nosuchhost")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("nosuchhost"));
    QCOMPARE(msctl({QStringLiteral("samples")}).exitCode, 2);
    QCOMPARE(msctl({QStringLiteral("samples"), QStringLiteral("shown"), QStringLiteral("--since"), QStringLiteral("soon")}).exitCode, 2);
}

void FleetIngestTest::badClientsAreCutOffWhileRealAgentsStream()
{
    enrollAgent(QStringLiteral("steady"));
    const QString steady = agentIdOf(QStringLiteral("steady"));
    QVERIFY(waitForSamples(steady, 3));

    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port));
    const QByteArray ack = QByteArray::fromHex("a461760161746361636b64626f6f7461626373657107");  // {"v":1,"t":"ack",...}
    struct Case {
        const char *name;
        std::function<void(QWebSocket &)> send;
        QString expected;  // in the close reason
    };
    const QList<Case> cases{
        {"text frame", [](QWebSocket &s) { s.sendTextMessage(QStringLiteral("hello")); }, QStringLiteral("text-frame")},
        {"truncated CBOR", [&](QWebSocket &s) { s.sendBinaryMessage(ack.left(ack.size() - 2)); }, QStringLiteral("not-cbor")},
        {"wrong type", [](QWebSocket &s) { s.sendBinaryMessage(QByteArray::fromHex("a36176016174656865" "6c6c6f6561676" "56e74182a")); },
         QStringLiteral("wrong-type: agent")},
        {"unknown version", [](QWebSocket &s) { s.sendBinaryMessage(QByteArray::fromHex("a2617609617465" "68656c6c6f")); },
         QStringLiteral("unsupported-version: 9")},
        {"10 MiB frame", [](QWebSocket &s) { s.sendBinaryMessage(QByteArray(10 * 1024 * 1024, 'x')); }, QString()},
        // (The message-rate limit of a connection that has shaken hands is in test_ingest_hub.)
        {"a burst of acks before any handshake", [&](QWebSocket &s) {
             for (int i = 0; i < 2000; ++i)
                 s.sendBinaryMessage(ack);
         }, QStringLiteral("unexpected: ack")},
    };
    for (const Case &c : cases) {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(url);
        QVERIFY2(connected.wait(5000), c.name);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        c.send(client);
        QVERIFY2(disconnected.wait(20'000), c.name);
        if (!c.expected.isEmpty())
            QVERIFY2(client.closeReason().contains(c.expected), qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") + client.closeReason()));
        else
            QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }
    // The real agent never noticed: its samples keep arriving, every one of them.
    const qsizetype before = stored(steady).total();
    QVERIFY(waitForSamples(steady, before + 5));
    verifyContiguous(steady, stored(steady));
    QVERIFY(m_console.running());
}

QTEST_GUILESS_MAIN(FleetIngestTest)
#include "test_fleet_ingest.moc"
