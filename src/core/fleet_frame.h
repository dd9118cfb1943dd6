#pragma once
// What the hub's thread hands the UI thread once per frame (~4 Hz): the newest sample of each
// agent that sent one since the last frame, and who came and went. Never one signal per sample.

#include "host_vitals.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mirrorstage::core {

struct HostUpdate {
    QString agentId;
    AgentIdentity identity;  // hostname, version, rack, position, tags, as the agent reports them
    HostVitals vitals;
    QByteArray sample;       // the newest sample, CBOR as the agent sent it (decoded on demand)
    qint64 sampleTimestampMs = 0;
    qint64 receivedMs = 0;
    qint64 intervalMs = 0;
};

struct PresenceChange {
    QString agentId;
    bool online = false;
};

struct FleetFrame {
    QList<HostUpdate> updates;
    QList<PresenceChange> presence;  // in the order they happened
    quint64 samples = 0;             // samples received since the previous frame
    qint64 spanMs = 0;               // time since the previous frame
    QStringList undecodable;         // agents whose newest sample did not decode (logged)
};

}  // namespace mirrorstage::core

Q_DECLARE_METATYPE(mirrorstage::core::FleetFrame)
