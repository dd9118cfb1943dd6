#pragma once
// One agent's WebSocket connection, from hello to close: the handshake, the per-connection limits
// (frame size, message rate, bytes waiting for the store) and the records it streams. Lives on
// the hub's thread. A misbehaving agent is answered `refused` with a reason and cut off; no other
// connection notices.

#include "ed25519.h"
#include "hub_ports.h"
#include "hub_settings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace mirrorstage::hub {

class AgentSession : public QObject {
    Q_OBJECT
public:
    AgentSession(QWebSocket *socket, const HubSettings &settings, const Ed25519Key &consoleKey,
                 EnrollmentBook &book, QObject *parent = nullptr);
    ~AgentSession() override;

    bool isStreaming() const { return m_state == State::Streaming; }
    QString agentId() const { return m_hello.agentId; }
    const wire::Hello &hello() const { return m_hello; }
    QString peer() const;

    void acknowledge(const AckPoint &ack);
    void recordsCommitted(qint64 bytes);
    void storeFailed(const QString &error);
    void close(const QString &code, const QString &reason);
    // Says `refused` with the reason, logs it, then closes.
    void refuse(const QString &code, const QString &reason);
    // The agent announced "exec" in its hello.
    bool runsCommands() const;
    void sendCommand(const wire::Command &command);

signals:
    void streaming(mirrorstage::hub::AgentSession *session);
    void records(mirrorstage::hub::AgentSession *session, const QList<mirrorstage::hub::IngestRecord> &records,
                 qint64 bytes);
    void refusedFrame(const QString &reason);
    void commandOutput(mirrorstage::hub::AgentSession *session, const mirrorstage::wire::CommandOutput &chunk);
    void closed(mirrorstage::hub::AgentSession *session);

private:
    enum class State { AwaitHello, AwaitProof, Streaming, Closing };

    void onBinary(const QByteArray &frame);
    void onHello(const wire::Hello &hello);
    void onProof(const wire::Proof &proof);
    void onBatch(const wire::Batch &batch, qint64 frameBytes);
    bool takeToken();
    void send(const wire::Message &message);

    QPointer<QWebSocket> m_socket;
    const HubSettings &m_settings;
    const Ed25519Key &m_consoleKey;
    EnrollmentBook &m_book;
    State m_state = State::AwaitHello;
    wire::Hello m_hello;
    QByteArray m_nonce;
    QStringList m_allowedBoots;
    QTimer m_handshakeTimer;
    QElapsedTimer m_bucketClock;
    double m_tokens = 0;
    qint64 m_pendingBytes = 0;
};

}  // namespace mirrorstage::hub
