#pragma once
// The agent's connection to the console: connects to `endpoint`, proves who it is, streams the
// outbox in order and drops what the console acknowledges. Reconnects with exponential backoff and
// jitter, notices a dead connection by WebSocket ping, and never blocks the sampling that fills
// the outbox: everything here is asynchronous on the agent's event loop.

#include "ed25519.h"
#include "outbox.h"
#include "wire_messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace mirrorstage::reflector {

struct UplinkSettings {
    QUrl endpoint;
    QByteArray consolePublicKey;  // pinned: a console with another key is not spoken to
    QByteArray tlsPinSha256;      // optional: accept exactly this certificate
    QString enrollmentToken;
    qint64 maxInFlightRecords = 2048;
    qint64 maxInFlightBytes = 8 * 1024 * 1024;
    qint64 maxBatchBytes = 1024 * 1024;
    int initialBackoffMs = 1000;
    int maxBackoffMs = 60'000;
};

class Uplink : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, AwaitChallenge, AwaitWelcome, Streaming };
    Q_ENUM(State)

    // `hello` carries everything but the outbox's boots, which the uplink fills in at each connect.
    Uplink(UplinkSettings settings, const Ed25519Key &agentKey, Outbox &outbox, wire::Hello hello,
           QObject *parent = nullptr);

    void start();
    // The outbox has new records: send them if the window allows.
    void recordsAppended();
    State state() const { return m_state; }
    // Live output of a running command: sent while streaming, within a rate and a send buffer
    // that leave room for records; otherwise dropped (false). The command's result record is durable.
    bool sendOutput(const wire::CommandOutput &chunk);

signals:
    void stateChanged(mirrorstage::reflector::Uplink::State state, const QString &detail);
    // A `command` frame from the authenticated console, not yet checked in any other way.
    void commandReceived(const mirrorstage::wire::Command &command);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onBinary(const QByteArray &frame);
    void onChallenge(const wire::Challenge &challenge);
    void onWelcome(const wire::Welcome &welcome);
    void onAck(const wire::Ack &ack);
    void onSslErrors(const QList<QSslError> &errors);
    void sendMore();
    void retryIn(int ms, const QString &why);
    void backOff(const QString &why);
    void setState(State state, const QString &detail);
    void heartbeat();

    struct InFlight {
        QString bootId;
        quint64 lastSeq = 0;
        qint64 records = 0;
        qint64 bytes = 0;
    };

    UplinkSettings m_settings;
    const Ed25519Key &m_agentKey;
    Outbox &m_outbox;
    wire::Hello m_hello;
    QWebSocket m_socket;
    State m_state = State::Disconnected;
    QTimer m_retryTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_sincePong;
    qint64 m_heartbeatMs = 10'000;
    int m_failures = 0;
    QList<InFlight> m_inFlight;
    qint64 m_inFlightRecords = 0;
    qint64 m_inFlightBytes = 0;
    OutboxPosition m_cursor;  // the last record handed to the socket
    QElapsedTimer m_outputClock;
    double m_outputTokens = 0;
};

}  // namespace mirrorstage::reflector
