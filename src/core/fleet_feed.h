#pragma once
// The hub thread's side of the live view: remembers the newest sample of every agent as it
// arrives (a refcounted copy of its bytes, nothing decoded) and, at most every frameInterval,
// decodes the newest sample of each agent that sent one and emits one FleetFrame. Decoding once
// per host per frame bounds the cost whatever the agents' pace.

#include "fleet_frame.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace mirrorstage::core {

class FleetFeed : public QObject {
    Q_OBJECT
public:
    explicit FleetFeed(int frameIntervalMs = 250, QObject *parent = nullptr);

    void sampleReceived(const QString &agentId, const QByteArray &cbor, qint64 receivedMs);
    void agentOnline(const QString &agentId);
    void agentOffline(const QString &agentId);

    // Builds and emits the frame now, if anything is pending (tests; the timer calls it too).
    void flush();

signals:
    void frameReady(const mirrorstage::core::FleetFrame &frame);

private:
    struct Pending {
        QByteArray cbor;
        qint64 receivedMs = 0;
    };
    void schedule();

    QHash<QString, Pending> m_pending;
    QList<PresenceChange> m_presence;
    quint64 m_samples = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceFrame;
};

}  // namespace mirrorstage::core
