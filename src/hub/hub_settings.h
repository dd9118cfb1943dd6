#pragma once
// What an operator can set about the ingest hub (console settings, `mirrorstage --listen`).

#include <QHostAddress>
#include <QString>

namespace mirrorstage::hub {

struct HubSettings {
    QHostAddress address = QHostAddress::LocalHost;  // loopback unless the operator opens it up
    quint16 port = 7340;
    QString tlsCertificatePath;  // both set: wss://
    QString tlsKeyPath;
    QByteArray tlsKeyPassphrase;

    qsizetype maxFrameBytes = 4 * 1024 * 1024;
    double maxMessagesPerSecond = 200;  // sustained, per connection
    double messageBurst = 400;
    qint64 maxPendingBytes = 32 * 1024 * 1024;  // received but not yet committed, per connection
    int handshakeTimeoutMs = 10'000;
    qint64 heartbeatMs = 10'000;
    qint64 pendingRetryMs = 30'000;
    int missedIntervalsOffline = 3;
    int enrollmentCheckMs = 2000;  // how soon a revocation closes a live connection
};

}  // namespace mirrorstage::hub
