#include "agent_session.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace mirrorstage::hub {

using namespace mirrorstage::wire;

AgentSession::AgentSession(QWebSocket *socket, const HubSettings &settings, const Ed25519Key &consoleKey,
                           EnrollmentBook &book, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_consoleKey(consoleKey)
    , m_book(book)
    , m_tokens(settings.messageBurst)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(settings.maxFrameBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(settings.maxFrameBytes));
    m_bucketClock.start();
    connect(socket, &QWebSocket::binaryMessageReceived, this, &AgentSession::onBinary);
    connect(socket, &QWebSocket::textMessageReceived, this, [this] {
        emit refusedFrame(QStringLiteral("text-frame"));
        refuse(QStringLiteral("protocol"), QStringLiteral("text-frame"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        m_state = State::Closing;
        emit closed(this);
    });
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        refuse(QStringLiteral("timeout"), QStringLiteral("no complete handshake within %1 ms").arg(m_settings.handshakeTimeoutMs));
    });
    m_handshakeTimer.start(settings.handshakeTimeoutMs);
}

AgentSession::~AgentSession() = default;

QString AgentSession::peer() const
{
    if (!m_socket)
        return {};
    return m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
}

bool AgentSession::takeToken()
{
    // A token bucket: bursts up to messageBurst, maxMessagesPerSecond sustained.
    const double elapsed = double(m_bucketClock.restart()) / 1000.0;
    m_tokens = qMin(m_settings.messageBurst, m_tokens + elapsed * m_settings.maxMessagesPerSecond);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void AgentSession::onBinary(const QByteArray &frame)
{
    if (m_state == State::Closing)
        return;
    if (!takeToken()) {
        emit refusedFrame(QStringLiteral("rate"));
        refuse(QStringLiteral("rate"), QStringLiteral("more than %1 messages per second").arg(m_settings.maxMessagesPerSecond));
        return;
    }
    DecodeResult result = decodeMessage(frame, m_settings.maxFrameBytes);
    if (const auto *failure = std::get_if<DecodeFailure>(&result)) {
        emit refusedFrame(failure->reason());
        refuse(QStringLiteral("protocol"), failure->reason());
        return;
    }
    Message &message = std::get<Message>(result);
    if (m_state == State::AwaitHello && std::holds_alternative<Hello>(message))
        return onHello(std::get<Hello>(message));
    if (m_state == State::AwaitProof && std::holds_alternative<Proof>(message))
        return onProof(std::get<Proof>(message));
    if (m_state == State::Streaming && std::holds_alternative<Batch>(message))
        return onBatch(std::get<Batch>(message), frame.size());
    // Output only from an agent that may run commands: it was never sent one otherwise.
    if (m_state == State::Streaming && std::holds_alternative<CommandOutput>(message) && runsCommands()) {
        emit commandOutput(this, std::get<CommandOutput>(message));
        return;
    }
    const QString reason = QStringLiteral("unexpected: ") + messageTypeName(message);
    emit refusedFrame(reason);
    refuse(QStringLiteral("protocol"), reason);
}

void AgentSession::onHello(const Hello &hello)
{
    if (hasSmallOrder(hello.publicKey) || agentIdForKey(hello.publicKey) != hello.agentId) {
        refuse(QStringLiteral("bad-identity"), QStringLiteral("the agent id does not belong to the key"));
        return;
    }
    if (const std::optional<KnownAgent> known = m_book.find(hello.agentId); known && known->publicKey != hello.publicKey) {
        refuse(QStringLiteral("key-mismatch"), QStringLiteral("this agent id is enrolled with another key"));
        return;
    }
    m_hello = hello;
    m_nonce = randomBytes(32);
    m_state = State::AwaitProof;
    send(Challenge{m_nonce, m_consoleKey.publicKey(), m_consoleKey.sign(challengeMessage(m_nonce, hello.agentId))});
}

void AgentSession::onProof(const Proof &proof)
{
    if (!verifyEd25519(m_hello.publicKey, proofMessage(m_nonce, m_consoleKey.publicKey()), proof.signature)) {
        emit refusedFrame(QStringLiteral("bad-signature"));
        refuse(QStringLiteral("bad-signature"), QStringLiteral("the proof does not verify with the agent's key"));
        return;
    }
    const AdmissionDecision decision = m_book.admit(m_hello, QDateTime::currentMSecsSinceEpoch());
    switch (decision.state) {
    case EnrollmentState::Pending:
        m_handshakeTimer.stop();
        send(Pending{decision.reason, m_settings.pendingRetryMs});
        close(QStringLiteral("pending"), decision.reason);
        return;
    case EnrollmentState::Rejected:
        refuse(QStringLiteral("rejected"), decision.reason);
        return;
    case EnrollmentState::Revoked:
        refuse(QStringLiteral("revoked"), decision.reason);
        return;
    case EnrollmentState::Accepted:
        break;
    }
    m_handshakeTimer.stop();
    m_allowedBoots = m_hello.unacknowledgedBoots;
    m_allowedBoots.append(m_hello.bootId);
    m_state = State::Streaming;
    send(Welcome{m_hello.agentId, m_book.acknowledged(m_hello.agentId, m_allowedBoots), m_settings.heartbeatMs});
    emit streaming(this);
}

void AgentSession::onBatch(const Batch &batch, qint64 frameBytes)
{
    if (!m_allowedBoots.contains(batch.bootId)) {
        emit refusedFrame(QStringLiteral("unexpected: boot"));
        refuse(QStringLiteral("protocol"), QStringLiteral("unexpected: boot %1 was not announced in hello").arg(batch.bootId));
        return;
    }
    m_pendingBytes += frameBytes;
    if (m_pendingBytes > m_settings.maxPendingBytes) {
        emit refusedFrame(QStringLiteral("backlog"));
        refuse(QStringLiteral("backlog"), QStringLiteral("more than %1 bytes waiting to be stored").arg(m_settings.maxPendingBytes));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<IngestRecord> records;
    records.reserve(batch.records.size());
    for (const Record &record : batch.records)
        records.append({m_hello.agentId, batch.bootId, record.seq, record.kind, record.createdMs, now, record.body});
    emit this->records(this, records, frameBytes);
}

bool AgentSession::runsCommands() const
{
    return m_hello.capabilities.contains(QLatin1String(kExecCapability));
}

void AgentSession::sendCommand(const Command &command)
{
    if (m_state == State::Streaming)
        send(command);
}

void AgentSession::recordsCommitted(qint64 bytes)
{
    m_pendingBytes = qMax<qint64>(0, m_pendingBytes - bytes);
}

void AgentSession::acknowledge(const AckPoint &ack)
{
    if (m_state == State::Streaming)
        send(Ack{ack.bootId, ack.seq});
}

void AgentSession::storeFailed(const QString &error)
{
    // Nothing was acknowledged: the agent keeps the records and sends them again later.
    refuse(QStringLiteral("unavailable"), QStringLiteral("the console could not store records: %1").arg(error));
}

void AgentSession::send(const Message &message)
{
    if (m_socket)
        m_socket->sendBinaryMessage(encodeMessage(message));
}

void AgentSession::refuse(const QString &code, const QString &reason)
{
    if (m_state == State::Closing)
        return;
    qCWarning(lcHub).noquote() << "refused" << peer() << (m_hello.agentId.isEmpty() ? QString() : m_hello.agentId)
                               << code << reason;
    send(Refused{code, reason});
    close(code, reason);
}

void AgentSession::close(const QString &code, const QString &reason)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_handshakeTimer.stop();
    if (m_socket) {
        const auto closeCode = code == QLatin1String("protocol") ? QWebSocketProtocol::CloseCodeProtocolError
                                                                  : QWebSocketProtocol::CloseCodeNormal;
        m_socket->close(closeCode, (code + QStringLiteral(": ") + reason).left(120));
        // A peer that never answers the close frame is dropped anyway.
        QTimer::singleShot(5000, m_socket.data(), &QWebSocket::abort);
    }
}

}  // namespace mirrorstage::hub
