#include "uplink.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcUplink, "mirrorstage.reflector.uplink")

namespace mirrorstage::reflector {

using namespace mirrorstage::wire;

namespace {
// A console that says "rejected" or "revoked" may change its mind, but not soon.
constexpr int kRefusedRetryMs = 5 * 60 * 1000;
// Output frames share the console's per-connection message rate (200/s by default) with batches.
constexpr double kOutputFramesPerSecond = 50;
constexpr double kOutputFrameBurst = 100;
constexpr qint64 kMaxOutputBufferedBytes = 2 * 1024 * 1024;
}  // namespace

Uplink::Uplink(UplinkSettings settings, const Ed25519Key &agentKey, Outbox &outbox, Hello hello, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_agentKey(agentKey)
    , m_outbox(outbox)
    , m_hello(std::move(hello))
{
    m_hello.publicKey = agentKey.publicKey();
    m_hello.agentId = agentIdForKey(m_hello.publicKey);
    m_hello.enrollmentToken = m_settings.enrollmentToken;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Uplink::connectNow);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Uplink::heartbeat);
    connect(&m_socket, &QWebSocket::connected, this, &Uplink::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &Uplink::onDisconnected);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &Uplink::onBinary);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_sincePong.restart(); });
    connect(&m_socket, &QWebSocket::sslErrors, this, &Uplink::onSslErrors);
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        // A refused or failed connection attempt: nothing else will say so.
        if (m_state != State::Disconnected && !m_retryTimer.isActive()) {
            backOff(m_socket.errorString());
            m_socket.abort();
        }
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this] {
        m_socket.abort();  // the console speaks binary frames only
    });
}

void Uplink::start()
{
    connectNow();
}

void Uplink::connectNow()
{
    m_inFlight.clear();
    m_inFlightRecords = 0;
    m_inFlightBytes = 0;
    m_cursor = {};
    setState(State::Connecting, m_settings.endpoint.toString());
    m_socket.open(m_settings.endpoint);
}

void Uplink::onSslErrors(const QList<QSslError> &errors)
{
    // With a pin, the certificate the operator named is trusted whatever signed it, and nothing else.
    if (m_settings.tlsPinSha256.isEmpty())
        return;
    const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
    if (peer.digest(QCryptographicHash::Sha256) == m_settings.tlsPinSha256)
        m_socket.ignoreSslErrors(errors);
}

void Uplink::onConnected()
{
    if (!m_settings.tlsPinSha256.isEmpty()
        && m_socket.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) != m_settings.tlsPinSha256) {
        backOff(tr("the console's TLS certificate is not the pinned one"));
        m_socket.abort();
        return;
    }
    m_hello.unacknowledgedBoots = m_outbox.bootsWithUnacknowledgedRecords();
    m_hello.unacknowledgedBoots.removeAll(m_hello.bootId);
    setState(State::AwaitChallenge, {});
    m_socket.sendBinaryMessage(encodeMessage(m_hello));
}

void Uplink::onDisconnected()
{
    m_heartbeatTimer.stop();
    if (m_state == State::Disconnected)
        return;
    const QString reason = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    if (!m_retryTimer.isActive())
        backOff(reason);
}

void Uplink::onBinary(const QByteArray &frame)
{
    DecodeResult result = decodeMessage(frame);
    if (const auto *failure = std::get_if<DecodeFailure>(&result)) {
        qCWarning(lcUplink).noquote() << "console sent an unreadable frame:" << failure->reason();
        m_socket.close(QWebSocketProtocol::CloseCodeProtocolError, failure->reason());
        return;
    }
    const Message &message = std::get<Message>(result);
    if (const auto *challenge = std::get_if<Challenge>(&message); challenge && m_state == State::AwaitChallenge)
        return onChallenge(*challenge);
    if (const auto *welcome = std::get_if<Welcome>(&message); welcome && m_state == State::AwaitWelcome)
        return onWelcome(*welcome);
    if (const auto *ack = std::get_if<Ack>(&message); ack && m_state == State::Streaming)
        return onAck(*ack);
    if (const auto *command = std::get_if<Command>(&message); command && m_state == State::Streaming) {
        emit commandReceived(*command);
        return;
    }
    if (const auto *pending = std::get_if<Pending>(&message)) {
        retryIn(int(qBound(qint64(1000), pending->retryAfterMs, qint64(3600000))),
                tr("waiting for the console to accept this agent: %1").arg(pending->reason));
        m_socket.close();
        return;
    }
    if (const auto *refused = std::get_if<Refused>(&message)) {
        const bool final = refused->code == QLatin1String("rejected") || refused->code == QLatin1String("revoked")
            || refused->code == QLatin1String("key-mismatch");
        const QString why = tr("the console refused this agent (%1): %2").arg(refused->code, refused->reason);
        if (final)
            retryIn(kRefusedRetryMs, why);
        else
            backOff(why);
        m_socket.close();
        return;
    }
    qCWarning(lcUplink).noquote() << "unexpected" << messageTypeName(message) << "from the console";
    m_socket.close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("unexpected message"));
}

void Uplink::onChallenge(const Challenge &challenge)
{
    if (challenge.consolePublicKey != m_settings.consolePublicKey
        || !verifyEd25519(challenge.consolePublicKey, challengeMessage(challenge.nonce, m_hello.agentId),
                          challenge.consoleSignature)) {
        // Not the console this agent was enrolled with: send it nothing.
        retryIn(kRefusedRetryMs, tr("the server at %1 is not the console whose key is pinned in the configuration")
                                     .arg(m_settings.endpoint.toString()));
        m_socket.abort();
        return;
    }
    setState(State::AwaitWelcome, {});
    m_socket.sendBinaryMessage(encodeMessage(Proof{m_agentKey.sign(proofMessage(challenge.nonce, challenge.consolePublicKey))}));
}

void Uplink::onWelcome(const Welcome &welcome)
{
    m_failures = 0;
    for (auto it = welcome.acknowledged.cbegin(); it != welcome.acknowledged.cend(); ++it)
        m_outbox.acknowledge(it.key(), it.value());
    m_heartbeatMs = qMax<qint64>(welcome.heartbeatMs, 1000);
    m_sincePong.start();
    m_heartbeatTimer.start(int(m_heartbeatMs));
    setState(State::Streaming, {});
    sendMore();
}

void Uplink::onAck(const Ack &ack)
{
    m_outbox.acknowledge(ack.bootId, ack.seq);
    while (!m_inFlight.isEmpty() && m_inFlight.first().bootId == ack.bootId && m_inFlight.first().lastSeq <= ack.seq) {
        m_inFlightRecords -= m_inFlight.first().records;
        m_inFlightBytes -= m_inFlight.first().bytes;
        m_inFlight.removeFirst();
    }
    sendMore();
}

void Uplink::recordsAppended()
{
    if (m_state == State::Streaming)
        sendMore();
}

void Uplink::sendMore()
{
    while (m_inFlightRecords < m_settings.maxInFlightRecords && m_inFlightBytes < m_settings.maxInFlightBytes) {
        const QList<OutboxRecord> records = m_outbox.unacknowledged(
            qMin<qint64>(m_settings.maxInFlightRecords - m_inFlightRecords, 4096), m_settings.maxBatchBytes, m_cursor);
        if (records.isEmpty())
            return;
        // A batch holds one boot: cut where the boot changes.
        Batch batch;
        batch.bootId = records.first().bootId;
        qint64 bytes = 0;
        for (const OutboxRecord &record : records) {
            if (record.bootId != batch.bootId)
                break;
            batch.records.append({record.seq, wire::RecordKind(quint8(record.kind)), record.createdMs, record.payload});
            bytes += record.payload.size();
            m_cursor = {record.bootId, record.seq};
        }
        m_socket.sendBinaryMessage(encodeMessage(batch));
        m_inFlight.append({batch.bootId, batch.records.last().seq, batch.records.size(), bytes});
        m_inFlightRecords += batch.records.size();
        m_inFlightBytes += bytes;
    }
}

bool Uplink::sendOutput(const CommandOutput &chunk)
{
    if (m_state != State::Streaming || m_socket.bytesToWrite() > kMaxOutputBufferedBytes)
        return false;
    if (!m_outputClock.isValid()) {
        m_outputClock.start();
        m_outputTokens = kOutputFrameBurst;
    }
    m_outputTokens = qMin(kOutputFrameBurst, m_outputTokens + double(m_outputClock.restart()) / 1000.0 * kOutputFramesPerSecond);
    if (m_outputTokens < 1)
        return false;
    m_outputTokens -= 1;
    m_socket.sendBinaryMessage(encodeMessage(chunk));
    return true;
}

void Uplink::heartbeat()
{
    // Three heartbeats without a pong: the connection is dead even if TCP has not noticed.
    if (m_sincePong.elapsed() > 3 * m_heartbeatMs) {
        qCWarning(lcUplink) << "no answer from the console for" << m_sincePong.elapsed() << "ms; reconnecting";
        m_socket.abort();
        return;
    }
    m_socket.ping();
}

void Uplink::retryIn(int ms, const QString &why)
{
    setState(State::Disconnected, why);
    qCInfo(lcUplink).noquote() << why << QStringLiteral("(next attempt in %1 s)").arg(ms / 1000.0);
    m_retryTimer.start(ms);
}

void Uplink::backOff(const QString &why)
{
    // Exponential backoff with jitter, so a console restart is not met by every agent at once.
    const int ceiling = int(qMin<qint64>(m_settings.maxBackoffMs, qint64(m_settings.initialBackoffMs) << qMin(m_failures, 16)));
    ++m_failures;
    const int delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    retryIn(delay, tr("connection to %1 lost: %2").arg(m_settings.endpoint.toString(), why));
}

void Uplink::setState(State state, const QString &detail)
{
    m_state = state;
    emit stateChanged(state, detail);
}

}  // namespace mirrorstage::reflector
