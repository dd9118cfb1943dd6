// The hub over real WebSocket connections on loopback, with an enrollment book and a record sink
// played by the test: every handshake outcome, and every kind of bad frame refused with its reason
// while a well-behaved agent keeps streaming.
#include "ingest_hub.h"

#include <QCborValue>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>

using namespace mirrorstage;
using namespace mirrorstage::hub;
using namespace mirrorstage::wire;

namespace {

class TestBook : public EnrollmentBook {
public:
    QHash<QString, KnownAgent> agents;
    QString goodToken = QStringLiteral("good-token");

    std::optional<KnownAgent> find(const QString &agentId) override
    {
        if (!agents.contains(agentId))
            return std::nullopt;
        return agents.value(agentId);
    }
    AdmissionDecision admit(const Hello &hello, qint64) override
    {
        if (auto it = agents.find(hello.agentId); it != agents.end())
            return {it->state, QStringLiteral("decided by the test")};
        const bool token = !hello.enrollmentToken.isEmpty() && hello.enrollmentToken == goodToken;
        if (token)
            goodToken.clear();  // one-time
        const EnrollmentState state = token ? EnrollmentState::Accepted : EnrollmentState::Pending;
        agents.insert(hello.agentId, {hello.publicKey, state});
        return {state, token ? QString() : QStringLiteral("waiting for an operator")};
    }
    QHash<QString, EnrollmentState> notAccepted() override
    {
        QHash<QString, EnrollmentState> result;
        for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
            if (it->state != EnrollmentState::Accepted)
                result.insert(it.key(), it->state);
        }
        return result;
    }
    QHash<QString, quint64> acknowledged(const QString &, const QStringList &bootIds) override
    {
        QHash<QString, quint64> acked;
        for (const QString &boot : bootIds)
            acked.insert(boot, 0);
        return acked;
    }
};

// Commits at once and acknowledges the highest seq of each boot.
class TestSink : public RecordSink {
public:
    QList<IngestRecord> stored;
    void submit(const QList<IngestRecord> &records, quint64 ticket) override
    {
        stored += records;
        QHash<QString, AckPoint> acks;
        for (const IngestRecord &r : records) {
            AckPoint &ack = acks[r.bootId];
            ack = {r.agentId, r.bootId, qMax(ack.seq, r.seq)};
        }
        const QList<AckPoint> list = acks.values();
        QMetaObject::invokeMethod(this, [this, ticket, list] { emit committed(ticket, list); }, Qt::QueuedConnection);
    }
};

// One agent connection driven by the test.
class TestAgent {
public:
    explicit TestAgent(Ed25519Key key = *Ed25519Key::generate()) : key(std::move(key))
    {
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &frame) {
            DecodeResult result = decodeMessage(frame);
            if (auto *message = std::get_if<Message>(&result))
                received.append(*message);
        });
    }

    Ed25519Key key;
    QWebSocket socket;
    QList<Message> received;
    QByteArray lastProof;
    QStringList capabilities;

    bool connectTo(quint16 port)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port)));
        return connected.wait(5000);
    }
    Hello hello(const QString &token = {}) const
    {
        Hello h;
        h.publicKey = key.publicKey();
        h.agentId = agentIdForKey(h.publicKey);
        h.bootId = QStringLiteral("boot-1");
        h.hostname = QStringLiteral("test-host");
        h.agentVersion = QStringLiteral("test");
        h.intervalMs = 1000;
        h.enrollmentToken = token;
        h.capabilities = capabilities;
        return h;
    }
    void send(const Message &message) { socket.sendBinaryMessage(encodeMessage(message)); }

    template <typename T>
    const T *waitFor(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const Message &m : std::as_const(received)) {
                if (const T *found = std::get_if<T>(&m))
                    return found;
            }
            QTest::qWait(10);
        }
        return nullptr;
    }
    // hello -> challenge -> proof; returns the challenge, or null.
    const Challenge *handshake(const QString &token = {}, const QByteArray &forgedProof = {})
    {
        send(hello(token));
        const Challenge *challenge = waitFor<Challenge>();
        if (!challenge)
            return nullptr;
        lastProof = key.sign(proofMessage(challenge->nonce, challenge->consolePublicKey));
        send(Proof{forgedProof.isEmpty() ? lastProof : forgedProof});
        return challenge;
    }
    bool waitClosed(int timeoutMs = 8000)
    {
        QElapsedTimer timer;
        timer.start();
        while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return socket.state() == QAbstractSocket::UnconnectedState;
    }
    QString refusedCode()
    {
        const Refused *refused = waitFor<Refused>();
        return refused ? refused->code + QLatin1Char('/') + refused->reason : QStringLiteral("(none)");
    }
};

}  // namespace

class IngestHubTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tokenAcceptsAndRecordsAreAcknowledged();
    void unknownAgentWithoutTokenIsPending();
    void rejectedAndRevokedAreRefused();
    void wrongSignatureIsRefused();
    void replayedProofIsRefused();
    void keyMismatchIsRefused();
    void consoleProvesItsKey();
    void badFramesAreRefusedWhileOthersStream_data();
    void badFramesAreRefusedWhileOthersStream();
    void floodIsCutOff();
    void oversizedFrameClosesOnlyThatConnection();
    void revokedWhileStreamingIsCutOff();
    void silentAgentGoesOffline();
    void commandsGoOnlyToAgentsThatRunThem();
    void outputFromAnAgentThatRunsNoCommandsIsRefused();

private:
    std::unique_ptr<TestAgent> streamingAgent(const QStringList &capabilities = {});

    TestBook m_book;
    TestSink *m_sink = nullptr;
    std::unique_ptr<IngestHub> m_hub;
    std::optional<Ed25519Key> m_consoleKey;
};

void IngestHubTest::init()
{
    m_book = TestBook();
    m_sink = new TestSink;
    m_consoleKey = Ed25519Key::generate();
    HubSettings settings;
    settings.port = 0;
    settings.maxFrameBytes = 1024 * 1024;
    settings.maxMessagesPerSecond = 50;
    settings.messageBurst = 100;
    settings.enrollmentCheckMs = 100;
    settings.missedIntervalsOffline = 3;
    m_hub = std::make_unique<IngestHub>(settings, *m_consoleKey, m_book, *m_sink);
    QVERIFY2(m_hub->listen(), qPrintable(m_hub->errorString()));
}

void IngestHubTest::cleanup()
{
    m_hub.reset();
    delete m_sink;
}

std::unique_ptr<TestAgent> IngestHubTest::streamingAgent(const QStringList &capabilities)
{
    auto agent = std::make_unique<TestAgent>();
    agent->capabilities = capabilities;
    if (!agent->connectTo(m_hub->serverPort()))
        return nullptr;
    m_book.goodToken = QStringLiteral("token-for-streaming");
    agent->handshake(QStringLiteral("token-for-streaming"));
    if (!agent->waitFor<Welcome>())
        return nullptr;
    return agent;
}

void IngestHubTest::tokenAcceptsAndRecordsAreAcknowledged()
{
    TestAgent agent;
    QVERIFY(agent.connectTo(m_hub->serverPort()));
    QVERIFY(agent.handshake(m_book.goodToken));
    const Welcome *welcome = agent.waitFor<Welcome>();
    QVERIFY(welcome);
    QCOMPARE(welcome->agentId, agentIdForKey(agent.key.publicKey()));
    QCOMPARE(welcome->acknowledged.value(QStringLiteral("boot-1")), 0u);

    Batch batch{QStringLiteral("boot-1"), {}};
    for (quint64 seq = 1; seq <= 3; ++seq)
        batch.records.append({seq, RecordKind::Sample, 1, QByteArray("s")});
    agent.send(batch);
    const Ack *ack = agent.waitFor<Ack>();
    QVERIFY(ack);
    QCOMPARE(ack->seq, 3u);
    QCOMPARE(m_sink->stored.size(), 3);
    QCOMPARE(m_sink->stored.first().agentId, welcome->agentId);
    QTRY_COMPARE(m_hub->onlineAgents(), QStringList{welcome->agentId});
}

void IngestHubTest::unknownAgentWithoutTokenIsPending()
{
    TestAgent agent;
    QVERIFY(agent.connectTo(m_hub->serverPort()));
    QVERIFY(agent.handshake(QStringLiteral("wrong-token")));
    const Pending *pending = agent.waitFor<Pending>();
    QVERIFY(pending);
    QCOMPARE(pending->reason, QStringLiteral("waiting for an operator"));
    QVERIFY(pending->retryAfterMs > 0);
    QVERIFY(agent.waitClosed());
    QCOMPARE(m_book.agents.value(agentIdForKey(agent.key.publicKey())).state, EnrollmentState::Pending);
}

void IngestHubTest::rejectedAndRevokedAreRefused()
{
    for (EnrollmentState state : {EnrollmentState::Rejected, EnrollmentState::Revoked}) {
        TestAgent agent;
        m_book.agents.insert(agentIdForKey(agent.key.publicKey()), {agent.key.publicKey(), state});
        QVERIFY(agent.connectTo(m_hub->serverPort()));
        QVERIFY(agent.handshake());
        const QString expected = state == EnrollmentState::Rejected ? QStringLiteral("rejected/") : QStringLiteral("revoked/");
        QVERIFY2(agent.refusedCode().startsWith(expected), qPrintable(agent.refusedCode()));
        QVERIFY(agent.waitClosed());
    }
}

void IngestHubTest::wrongSignatureIsRefused()
{
    TestAgent agent;
    QVERIFY(agent.connectTo(m_hub->serverPort()));
    QVERIFY(agent.handshake(m_book.goodToken, Ed25519Key::generate()->sign("not the proof")));
    QVERIFY2(agent.refusedCode().startsWith(QLatin1String("bad-signature/")), qPrintable(agent.refusedCode()));
    QVERIFY(agent.waitClosed());
    QVERIFY(!agent.waitFor<Welcome>(100));
}

void IngestHubTest::replayedProofIsRefused()
{
    // A proof captured from one connection does not open another: the nonce differs.
    TestAgent first;
    QVERIFY(first.connectTo(m_hub->serverPort()));
    QVERIFY(first.handshake(m_book.goodToken));
    QVERIFY(first.waitFor<Welcome>());
    const QByteArray captured = first.lastProof;

    TestAgent replay(first.key);
    QVERIFY(replay.connectTo(m_hub->serverPort()));
    replay.send(replay.hello());
    QVERIFY(replay.waitFor<Challenge>());
    replay.send(Proof{captured});
    QVERIFY2(replay.refusedCode().startsWith(QLatin1String("bad-signature/")), qPrintable(replay.refusedCode()));
}

void IngestHubTest::keyMismatchIsRefused()
{
    TestAgent agent;
    const QString id = agentIdForKey(agent.key.publicKey());
    m_book.agents.insert(id, {Ed25519Key::generate()->publicKey(), EnrollmentState::Accepted});
    QVERIFY(agent.connectTo(m_hub->serverPort()));
    agent.send(agent.hello());
    QVERIFY2(agent.refusedCode().startsWith(QLatin1String("key-mismatch/")), qPrintable(agent.refusedCode()));

    TestAgent liar;
    QVERIFY(liar.connectTo(m_hub->serverPort()));
    Hello hello = liar.hello();
    hello.agentId = id;  // someone else's id with its own key
    liar.send(hello);
    QVERIFY2(liar.refusedCode().startsWith(QLatin1String("bad-identity/")), qPrintable(liar.refusedCode()));
}

void IngestHubTest::consoleProvesItsKey()
{
    TestAgent agent;
    QVERIFY(agent.connectTo(m_hub->serverPort()));
    agent.send(agent.hello());
    const Challenge *challenge = agent.waitFor<Challenge>();
    QVERIFY(challenge);
    QCOMPARE(challenge->consolePublicKey, m_consoleKey->publicKey());
    QVERIFY(verifyEd25519(challenge->consolePublicKey,
                          challengeMessage(challenge->nonce, agentIdForKey(agent.key.publicKey())),
                          challenge->consoleSignature));
}

void IngestHubTest::badFramesAreRefusedWhileOthersStream_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("asText");
    QTest::addColumn<QString>("reason");
    const QByteArray ack = encodeMessage(Ack{QStringLiteral("b"), 1});
    QTest::newRow("text frame") << QByteArray("hello") << true << "protocol/text-frame";
    QTest::newRow("truncated CBOR") << ack.left(ack.size() - 2) << false << "protocol/not-cbor";
    QTest::newRow("trailing bytes") << ack + "x" << false << "protocol/trailing-bytes";
    QCborMap wrongType{{QStringLiteral("v"), 1}, {QStringLiteral("t"), QStringLiteral("hello")},
                       {QStringLiteral("agent"), 42}};
    QTest::newRow("wrong type") << QCborValue(wrongType).toCbor() << false << "protocol/wrong-type: agent";
    QCborMap version9{{QStringLiteral("v"), 9}, {QStringLiteral("t"), QStringLiteral("hello")}};
    QTest::newRow("unknown version") << QCborValue(version9).toCbor() << false << "protocol/unsupported-version: 9";
    QTest::newRow("batch before handshake")
        << encodeMessage(Batch{QStringLiteral("b"), {{1, RecordKind::Sample, 1, QByteArray("x")}}}) << false
        << "protocol/unexpected: batch";
}

void IngestHubTest::badFramesAreRefusedWhileOthersStream()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, asText);
    QFETCH(QString, reason);
    std::unique_ptr<TestAgent> good = streamingAgent();
    QVERIFY(good);

    TestAgent bad;
    QVERIFY(bad.connectTo(m_hub->serverPort()));
    if (asText)
        bad.socket.sendTextMessage(QString::fromUtf8(frame));
    else
        bad.socket.sendBinaryMessage(frame);
    QVERIFY2(bad.refusedCode().startsWith(reason), qPrintable(bad.refusedCode()));
    QVERIFY(bad.waitClosed());

    good->send(Batch{QStringLiteral("boot-1"), {{1, RecordKind::Sample, 1, QByteArray("s")}}});
    QVERIFY(good->waitFor<Ack>());
    QCOMPARE(good->socket.state(), QAbstractSocket::ConnectedState);
}

void IngestHubTest::floodIsCutOff()
{
    std::unique_ptr<TestAgent> good = streamingAgent();
    QVERIFY(good);
    std::unique_ptr<TestAgent> flooder = streamingAgent();
    QVERIFY(flooder);
    for (int i = 1; i <= 1000; ++i)
        flooder->send(Batch{QStringLiteral("boot-1"), {{quint64(i), RecordKind::Sample, 1, QByteArray("s")}}});
    QVERIFY2(flooder->refusedCode().startsWith(QLatin1String("rate/")), qPrintable(flooder->refusedCode()));
    QVERIFY(flooder->waitClosed());
    good->send(Batch{QStringLiteral("boot-1"), {{1, RecordKind::Sample, 1, QByteArray("s")}}});
    QVERIFY(good->waitFor<Ack>());
    QCOMPARE(m_hub->counters().refusedByReason.value(QStringLiteral("rate")), 1u);
}

void IngestHubTest::oversizedFrameClosesOnlyThatConnection()
{
    std::unique_ptr<TestAgent> good = streamingAgent();
    QVERIFY(good);
    TestAgent big;
    QVERIFY(big.connectTo(m_hub->serverPort()));
    big.socket.sendBinaryMessage(QByteArray(10 * 1024 * 1024, 'x'));
    QVERIFY(big.waitClosed(20000));
    QCOMPARE(big.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    good->send(Batch{QStringLiteral("boot-1"), {{1, RecordKind::Sample, 1, QByteArray("s")}}});
    QVERIFY(good->waitFor<Ack>());
}

void IngestHubTest::revokedWhileStreamingIsCutOff()
{
    std::unique_ptr<TestAgent> agent = streamingAgent();
    QVERIFY(agent);
    std::unique_ptr<TestAgent> other = streamingAgent();
    QVERIFY(other);
    m_book.agents[agentIdForKey(agent->key.publicKey())].state = EnrollmentState::Revoked;
    QVERIFY2(agent->refusedCode().startsWith(QLatin1String("revoked/")), qPrintable(agent->refusedCode()));
    QVERIFY(agent->waitClosed());
    other->send(Batch{QStringLiteral("boot-1"), {{1, RecordKind::Sample, 1, QByteArray("s")}}});
    QVERIFY(other->waitFor<Ack>());
}

void IngestHubTest::silentAgentGoesOffline()
{
    // The test agent says it samples every second: three silent seconds and it is offline, though
    // its connection is still open.
    QSignalSpy offline(m_hub.get(), &IngestHub::agentOffline);
    std::unique_ptr<TestAgent> agent = streamingAgent();
    QVERIFY(agent);
    const QString id = agentIdForKey(agent->key.publicKey());
    QTRY_VERIFY(m_hub->onlineAgents().contains(id));
    QTRY_VERIFY_WITH_TIMEOUT(!offline.isEmpty(), 10000);
    QCOMPARE(offline.first().first().toString(), id);
    QVERIFY(!m_hub->onlineAgents().contains(id));
    agent->send(Batch{QStringLiteral("boot-1"), {{1, RecordKind::Sample, 1, QByteArray("s")}}});
    QTRY_VERIFY(m_hub->onlineAgents().contains(id));
}

void IngestHubTest::commandsGoOnlyToAgentsThatRunThem()
{
    std::unique_ptr<TestAgent> plain = streamingAgent({QStringLiteral("samples")});
    QVERIFY(plain);
    std::unique_ptr<TestAgent> runner = streamingAgent({QStringLiteral("samples"), QStringLiteral("exec")});
    QVERIFY(runner);
    QSignalSpy output(m_hub.get(), &IngestHub::commandOutput);

    Command command;
    command.id = QStringLiteral("c-1");
    command.script = QStringLiteral("uptime");
    command.timeoutMs = 1000;
    command.notAfterMs = QDateTime::currentMSecsSinceEpoch() + 300'000;
    command.nonce = randomBytes(16);
    QString error;

    command.agentId = QStringLiteral("00000000000000000000000000000000");
    signCommand(command, *m_consoleKey);
    QVERIFY(!m_hub->sendCommand(command, &error));
    QVERIFY2(error.contains(QLatin1String("not connected")), qPrintable(error));

    command.agentId = agentIdForKey(plain->key.publicKey());
    signCommand(command, *m_consoleKey);
    QVERIFY(!m_hub->sendCommand(command, &error));
    QVERIFY2(error.contains(QLatin1String("commands")), qPrintable(error));
    QVERIFY(!plain->waitFor<Command>(200));

    command.agentId = agentIdForKey(runner->key.publicKey());
    signCommand(command, *m_consoleKey);
    // From another thread, as the console's UI would call it.
    bool sent = false;
    std::unique_ptr<QThread> caller(QThread::create([&] {
        QMetaObject::invokeMethod(m_hub.get(), [&] { sent = m_hub->sendCommand(command, &error); },
                                  Qt::BlockingQueuedConnection);
    }));
    caller->start();
    QTRY_VERIFY(caller->isFinished());
    caller->wait();
    QVERIFY2(sent, qPrintable(error));
    const Command *received = runner->waitFor<Command>();
    QVERIFY(received);
    QCOMPARE(received->id, command.id);
    QVERIFY(verifyCommand(*received, m_consoleKey->publicKey()));

    runner->send(CommandOutput{command.id, QStringLiteral("stdout"), 0, QByteArray("up 3 days\n")});
    QTRY_COMPARE(output.size(), 1);
    QCOMPARE(output.first().at(0).toString(), command.agentId);
    const auto chunk = output.first().at(1).value<CommandOutput>();
    QCOMPARE(chunk.data, QByteArray("up 3 days\n"));
    QCOMPARE(chunk.id, command.id);
    QCOMPARE(runner->socket.state(), QAbstractSocket::ConnectedState);
}

void IngestHubTest::outputFromAnAgentThatRunsNoCommandsIsRefused()
{
    std::unique_ptr<TestAgent> plain = streamingAgent({QStringLiteral("samples")});
    QVERIFY(plain);
    plain->send(CommandOutput{QStringLiteral("c-1"), QStringLiteral("stdout"), 0, QByteArray("x")});
    QVERIFY2(plain->refusedCode().startsWith(QLatin1String("protocol/unexpected: output")), qPrintable(plain->refusedCode()));
}

QTEST_MAIN(IngestHubTest)
#include "test_ingest_hub.moc"
