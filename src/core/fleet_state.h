#pragma once
// Every host the console shows, on the UI thread: who it is, where it stands, its vitals and
// health. Fed by the store at start (known hosts) and by FleetFrames; tells its observers (the
// fleet tree, the 3D scene, the details dock) once per frame what changed.

#include "fleet_frame.h"
#include "health.h"
#include "rack_layout.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace mirrorstage::core {

// Where the operator put a host; it outranks what the agent's config says.
struct Placement {
    QString rack;
    RackPosition position;
};

// A host as the store knows it at start (accepted agents only).
struct KnownHost {
    QString agentId;
    AgentIdentity identity;
    std::optional<Placement> operatorPlacement;
    qint64 lastSeenMs = 0;
};

struct HostEntry {
    QString agentId;
    AgentIdentity identity;
    std::optional<Placement> operatorPlacement;
    bool online = false;
    qint64 lastSeenMs = 0;            // newest frame or sample from its agent
    qint64 lastSampleReceivedMs = 0;  // 0: none since the console started
    qint64 sampleTimestampMs = 0;
    qint64 intervalMs = 0;
    HostVitals vitals;
    QByteArray latestSample;  // CBOR; decode with sampleFromCbor() when details are wanted
    HealthAssessment health;
    bool openProblem = false;  // an open incident on the host: the scene pulses it

    QString rack() const { return operatorPlacement ? operatorPlacement->rack : identity.rack; }
    std::optional<RackPosition> position() const
    {
        return operatorPlacement ? std::optional(operatorPlacement->position) : identity.position;
    }
    bool isPlaced() const { return !rack().isEmpty(); }
    // The box's centre in the room, kept current by FleetState.
    RoomPoint centre;
};

struct FleetChange {
    QStringList added, updated, removed;
    bool layout = false;  // racks added or hosts moved: positions changed
    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty() && !layout; }
};

class FleetState : public QObject {
    Q_OBJECT
public:
    explicit FleetState(QObject *parent = nullptr);

    void setLayout(const RackLayout &layout);
    const RackLayout &layout() const { return m_layout; }
    void setThresholds(const HealthThresholds &thresholds, qint64 nowMs);
    const HealthThresholds &thresholds() const { return m_thresholds; }

    void addKnown(const QList<KnownHost> &hosts, qint64 nowMs);
    void remove(const QStringList &agentIds);
    void apply(const FleetFrame &frame, qint64 nowMs);
    // Health again for everyone (stale hosts turn stale without any frame); call about once a second.
    void reassess(qint64 nowMs);
    void setPlacement(const QString &agentId, const std::optional<Placement> &placement);
    void setOpenProblem(const QString &agentId, bool open);

    const HostEntry *host(const QString &agentId) const;
    const QHash<QString, HostEntry> &hosts() const { return m_hosts; }
    int onlineCount() const { return m_online; }
    double samplesPerSecond() const { return m_samplesPerSecond; }

signals:
    void changed(const mirrorstage::core::FleetChange &change);

private:
    HostEntry &entry(const QString &agentId, FleetChange &change);
    bool assess(HostEntry &host, qint64 nowMs);
    void placeAll();
    void finish(FleetChange &change);

    RackLayout m_layout;
    HealthThresholds m_thresholds;
    QHash<QString, HostEntry> m_hosts;
    int m_online = 0;
    double m_samplesPerSecond = 0;
    QSet<QString> m_inChange;  // hosts already listed in the change being built (O(1), not contains())
};

}  // namespace mirrorstage::core

Q_DECLARE_METATYPE(mirrorstage::core::FleetChange)
