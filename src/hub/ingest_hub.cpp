#include "ingest_hub.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcHub, "mirrorstage.hub")

namespace mirrorstage::hub {
namespace {

constexpr int kStatsIntervalMs = 10'000;
constexpr double kFirstBucketUs = 64;

}  // namespace

void IngestHub::CommitLatency::add(qint64 ns)
{
    const double us = double(ns) / 1000.0;
    const int bucket = us < kFirstBucketUs ? 0 : int(std::floor(4.0 * std::log2(us / kFirstBucketUs))) + 1;
    ++batches[size_t(std::clamp(bucket, 0, kBuckets - 1))];
    ++count;
    maxNs = std::max(maxNs, ns);
}

double IngestHub::CommitLatency::percentileMs(double q) const
{
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(count))));
    quint64 seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += batches[size_t(i)];
        if (seen >= rank)
            return std::min(kFirstBucketUs * std::exp2(double(i) / 4.0) / 1000.0, double(maxNs) / 1e6);
    }
    return double(maxNs) / 1e6;
}

IngestHub::IngestHub(HubSettings settings, Ed25519Key consoleKey, EnrollmentBook &book, RecordSink &sink,
                     QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_consoleKey(std::move(consoleKey))
    , m_book(book)
    , m_sink(sink)
{
    qRegisterMetaType<QList<mirrorstage::hub::IngestRecord>>();
    qRegisterMetaType<QList<mirrorstage::hub::AckPoint>>();
    qRegisterMetaType<mirrorstage::wire::Command>();
    qRegisterMetaType<mirrorstage::wire::CommandOutput>();
    // The sink commits on its own thread: its answers come back queued onto ours.
    connect(&m_sink, &RecordSink::committed, this, &IngestHub::onCommitted, Qt::QueuedConnection);
    connect(&m_sink, &RecordSink::failed, this, &IngestHub::onFailed, Qt::QueuedConnection);
    connect(&m_offlineTimer, &QTimer::timeout, this, &IngestHub::checkOffline);
    connect(&m_enrollmentTimer, &QTimer::timeout, this, &IngestHub::checkEnrollment);
    connect(&m_statsTimer, &QTimer::timeout, this, &IngestHub::logStats);
    m_clock.start();
}

IngestHub::~IngestHub() = default;

bool IngestHub::listen()
{
    const bool secure = !m_settings.tlsCertificatePath.isEmpty() || !m_settings.tlsKeyPath.isEmpty();
    m_server = new QWebSocketServer(QStringLiteral("mirrorstage"),
                                    secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (secure && !configureTls())
        return false;
    m_server->setHandshakeTimeout(std::chrono::milliseconds(m_settings.handshakeTimeoutMs));
    connect(m_server, &QWebSocketServer::newConnection, this, &IngestHub::onNewConnection);
    if (!m_server->listen(m_settings.address, m_settings.port)) {
        m_error = tr("cannot listen on %1 port %2: %3")
                      .arg(m_settings.address.toString())
                      .arg(m_settings.port)
                      .arg(m_server->errorString());
        return false;
    }
    m_offlineTimer.start(1000);
    m_enrollmentTimer.start(m_settings.enrollmentCheckMs);
    m_statsTimer.start(kStatsIntervalMs);
    m_sinceStats.start();
    qCInfo(lcHub).noquote() << "listening on" << listenUrl();
    return true;
}

bool IngestHub::configureTls()
{
    QFile certificateFile(m_settings.tlsCertificatePath);
    QFile keyFile(m_settings.tlsKeyPath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read the TLS certificate %1: %2").arg(m_settings.tlsCertificatePath, certificateFile.errorString());
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read the TLS key %1: %2").arg(m_settings.tlsKeyPath, keyFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, m_settings.tlsKeyPassphrase);
        if (!key.isNull())
            break;
    }
    if (chain.isEmpty()) {
        m_error = tr("%1 holds no PEM certificate").arg(m_settings.tlsCertificatePath);
        return false;
    }
    if (key.isNull()) {
        m_error = tr("%1 holds no PEM private key this console can read (RSA or EC; is a passphrase needed?)")
                      .arg(m_settings.tlsKeyPath);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);  // agents prove themselves by signature
    m_server->setSslConfiguration(configuration);
    return true;
}

quint16 IngestHub::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString IngestHub::listenUrl() const
{
    if (!m_server)
        return {};
    const bool secure = m_server->secureMode() == QWebSocketServer::SecureMode;
    QString host = m_server->serverAddress().toString();
    if (m_server->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return (secure ? QStringLiteral("wss://") : QStringLiteral("ws://")) + host + QLatin1Char(':')
        + QString::number(m_server->serverPort()) + QStringLiteral("/agents");
}

QStringList IngestHub::onlineAgents() const
{
    QStringList agents;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (it->online)
            agents.append(it.key());
    }
    return agents;
}

void IngestHub::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        ++m_counters.connections;
        auto *session = new AgentSession(socket, m_settings, m_consoleKey, m_book, this);
        connect(session, &AgentSession::streaming, this, &IngestHub::onStreaming);
        connect(session, &AgentSession::records, this, &IngestHub::onRecords);
        connect(session, &AgentSession::commandOutput, this,
                [this](AgentSession *from, const wire::CommandOutput &chunk) { emit commandOutput(from->agentId(), chunk); });
        connect(session, &AgentSession::refusedFrame, this, [this](const QString &reason) {
            ++m_counters.refusedByReason[reason.section(QLatin1Char(':'), 0, 0)];
        });
        connect(session, &AgentSession::closed, this, [this](AgentSession *closed) {
            if (m_streaming.value(closed->agentId()) == closed)
                m_streaming.remove(closed->agentId());
            closed->deleteLater();
        });
    }
}

bool IngestHub::sendCommand(const wire::Command &command, QString *error)
{
    AgentSession *session = m_streaming.value(command.agentId);
    if (!session || !session->isStreaming()) {
        if (error)
            *error = tr("agent %1 is not connected; the command was not sent").arg(command.agentId);
        return false;
    }
    if (!session->runsCommands()) {
        if (error) {
            *error = tr("agent %1 (%2) does not run commands: its configuration must set \"enabled\": true in its "
                        "\"commands\" section; the command was not sent")
                         .arg(command.agentId, session->hello().hostname);
        }
        return false;
    }
    qCInfo(lcHub).noquote() << "command" << command.id << "sent to agent" << command.agentId;
    session->sendCommand(command);
    return true;
}

void IngestHub::onStreaming(AgentSession *session)
{
    const wire::Hello &hello = session->hello();
    // One connection per agent: a reconnect replaces a connection the agent has given up on.
    if (AgentSession *previous = m_streaming.value(hello.agentId); previous && previous != session)
        previous->close(QStringLiteral("replaced"), QStringLiteral("the agent connected again"));
    m_streaming.insert(hello.agentId, session);

    Presence &presence = m_presence[hello.agentId];
    if (!presence.bootId.isEmpty() && presence.bootId != hello.bootId) {
        qCInfo(lcHub).noquote() << "agent" << hello.agentId << hello.hostname << "restarted, boot" << hello.bootId;
        emit agentRestarted(hello.agentId, hello.bootId);
    }
    presence.bootId = hello.bootId;
    presence.intervalMs = hello.intervalMs;
    presence.lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    if (!presence.online) {
        presence.online = true;
        qCInfo(lcHub).noquote() << "agent" << hello.agentId << hello.hostname << "online from" << session->peer();
        emit agentOnline(hello.agentId, hello.hostname);
    }
}

void IngestHub::onRecords(AgentSession *session, const QList<IngestRecord> &records, qint64 bytes)
{
    m_counters.recordsReceived += quint64(records.size());
    Presence &presence = m_presence[session->agentId()];
    presence.lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    if (!presence.online) {
        presence.online = true;
        emit agentOnline(session->agentId(), session->hello().hostname);
    }
    const quint64 ticket = m_nextTicket++;
    m_tickets.insert(ticket, {session, bytes, records.size(), m_clock.nsecsElapsed()});
    m_latency.recordsReceived += quint64(records.size());
    m_sink.submit(records, ticket);
}

void IngestHub::onCommitted(quint64 ticket, const QList<AckPoint> &acks)
{
    const Ticket entry = m_tickets.take(ticket);
    if (entry.receivedNs > 0 || entry.records > 0) {
        m_latency.add(m_clock.nsecsElapsed() - entry.receivedNs);
        m_latency.recordsCommitted += quint64(entry.records);
    }
    if (!entry.session)
        return;  // the connection is gone: the agent will resend and be acknowledged then
    entry.session->recordsCommitted(entry.bytes);
    for (const AckPoint &ack : acks) {
        if (ack.agentId == entry.session->agentId()) {
            entry.session->acknowledge(ack);
            ++m_counters.recordsAcknowledged;
        }
    }
}

void IngestHub::onFailed(quint64 ticket, const QString &error)
{
    const Ticket entry = m_tickets.take(ticket);
    qCWarning(lcHub).noquote() << "store failed:" << error;
    if (entry.session)
        entry.session->storeFailed(error);
}

void IngestHub::checkEnrollment()
{
    if (m_streaming.isEmpty())
        return;
    const QHash<QString, EnrollmentState> shutOut = m_book.notAccepted();
    for (auto it = shutOut.cbegin(); it != shutOut.cend(); ++it) {
        AgentSession *session = m_streaming.value(it.key());
        if (!session)
            continue;
        const bool revoked = it.value() == EnrollmentState::Revoked;
        session->refuse(revoked ? QStringLiteral("revoked") : QStringLiteral("rejected"),
                           tr("an operator %1 this agent").arg(revoked ? tr("revoked") : tr("rejected")));
    }
}

// One line per interval in which records came or were committed: how many, and how long a batch
// took from its decoded frame to its commit (the acknowledgement goes out right after).
void IngestHub::logStats()
{
    const double seconds = double(m_sinceStats.restart()) / 1000.0;
    const CommitLatency latency = std::exchange(m_latency, CommitLatency{});
    if (latency.recordsReceived == 0 && latency.count == 0)
        return;
    qCInfo(lcHub).noquote() << QStringLiteral(
        "ingest: %1 records received, %2 committed in %3 s (%4/s); received -> committed per batch: p50 <= %5 ms, "
        "p99 <= %6 ms, max %7 ms over %8 batches; %9 agents streaming")
        .arg(latency.recordsReceived)
        .arg(latency.recordsCommitted)
        .arg(seconds, 0, 'f', 1)
        .arg(double(latency.recordsCommitted) / std::max(seconds, 0.001), 0, 'f', 0)
        .arg(latency.percentileMs(0.50), 0, 'f', 1)
        .arg(latency.percentileMs(0.99), 0, 'f', 1)
        .arg(double(latency.maxNs) / 1e6, 0, 'f', 1)
        .arg(latency.count)
        .arg(m_streaming.size());
}

void IngestHub::checkOffline()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it) {
        const qint64 allowed = qint64(m_settings.missedIntervalsOffline) * qMax<qint64>(it->intervalMs, 1);
        if (it->online && now - it->lastFrameMs > allowed) {
            it->online = false;
            qCInfo(lcHub).noquote() << "agent" << it.key() << "offline: nothing for" << (now - it->lastFrameMs) << "ms";
            emit agentOffline(it.key());
        }
    }
}

}  // namespace mirrorstage::hub
