#include "fleet_state.h"

#include <algorithm>

namespace mirrorstage::core {

FleetState::FleetState(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<FleetChange>();
}

void FleetState::setLayout(const RackLayout &layout)
{
    m_layout = layout;
    FleetChange change;
    change.layout = true;
    finish(change);
}

void FleetState::setThresholds(const HealthThresholds &thresholds, qint64 nowMs)
{
    m_thresholds = thresholds;
    reassess(nowMs);
}

HostEntry &FleetState::entry(const QString &agentId, FleetChange &change)
{
    auto it = m_hosts.find(agentId);
    if (it == m_hosts.end()) {
        it = m_hosts.insert(agentId, HostEntry{});
        it->agentId = agentId;
        change.added.append(agentId);
        change.layout = true;
        m_inChange.insert(agentId);
    } else if (!m_inChange.contains(agentId)) {
        change.updated.append(agentId);
        m_inChange.insert(agentId);
    }
    return *it;
}

void FleetState::addKnown(const QList<KnownHost> &hosts, qint64 nowMs)
{
    FleetChange change;
    for (const KnownHost &known : hosts) {
        HostEntry &host = entry(known.agentId, change);
        if (host.rack() != (known.operatorPlacement ? known.operatorPlacement->rack : known.identity.rack))
            change.layout = true;
        host.identity = known.identity;
        host.operatorPlacement = known.operatorPlacement;
        host.lastSeenMs = std::max(host.lastSeenMs, known.lastSeenMs);
        assess(host, nowMs);
    }
    finish(change);
}

void FleetState::remove(const QStringList &agentIds)
{
    FleetChange change;
    for (const QString &id : agentIds) {
        const auto it = m_hosts.constFind(id);
        if (it == m_hosts.cend())
            continue;
        m_online -= it->online;
        m_hosts.erase(it);
        change.removed.append(id);
        change.layout = true;
    }
    finish(change);
}

void FleetState::apply(const FleetFrame &frame, qint64 nowMs)
{
    FleetChange change;
    for (const PresenceChange &presence : frame.presence) {
        HostEntry &host = entry(presence.agentId, change);
        if (host.online != presence.online)
            m_online += presence.online ? 1 : -1;
        host.online = presence.online;
        host.lastSeenMs = std::max(host.lastSeenMs, nowMs);
    }
    for (const HostUpdate &update : frame.updates) {
        HostEntry &host = entry(update.agentId, change);
        const auto &old = host.identity;
        const bool moved = old.rack != update.identity.rack
            || old.position.has_value() != update.identity.position.has_value()
            || (old.position && (old.position->x != update.identity.position->x
                                 || old.position->y != update.identity.position->y
                                 || old.position->z != update.identity.position->z));
        change.layout = change.layout || (moved && !host.operatorPlacement);
        host.identity = update.identity;
        host.vitals = update.vitals;
        host.latestSample = update.sample;
        host.sampleTimestampMs = update.sampleTimestampMs;
        host.lastSampleReceivedMs = update.receivedMs;
        host.lastSeenMs = std::max(host.lastSeenMs, update.receivedMs);
        if (update.intervalMs > 0)
            host.intervalMs = update.intervalMs;
        if (!host.online) {
            // A sample is proof of life even if its online notice is still on its way.
            host.online = true;
            ++m_online;
        }
    }
    for (const QString &id : change.added + change.updated)
        assess(m_hosts[id], nowMs);
    if (frame.spanMs > 0)
        m_samplesPerSecond = double(frame.samples) * 1000.0 / double(frame.spanMs);
    finish(change);
}

bool FleetState::assess(HostEntry &host, qint64 nowMs)
{
    HealthAssessment next = HealthRules::assess(
        {host.online, host.lastSampleReceivedMs, host.intervalMs, host.vitals}, m_thresholds, nowMs);
    const bool different = next.health != host.health.health || next.reasons != host.health.reasons;
    host.health = std::move(next);
    return different;
}

void FleetState::reassess(qint64 nowMs)
{
    FleetChange change;
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it) {
        if (assess(*it, nowMs))
            change.updated.append(it.key());
    }
    finish(change);
}

void FleetState::setPlacement(const QString &agentId, const std::optional<Placement> &placement)
{
    const auto it = m_hosts.find(agentId);
    if (it == m_hosts.end())
        return;
    it->operatorPlacement = placement;
    FleetChange change;
    change.updated.append(agentId);
    change.layout = true;
    finish(change);
}

void FleetState::setOpenProblem(const QString &agentId, bool open)
{
    const auto it = m_hosts.find(agentId);
    if (it == m_hosts.end() || it->openProblem == open)
        return;
    it->openProblem = open;
    FleetChange change;
    change.updated.append(agentId);
    finish(change);
}

const HostEntry *FleetState::host(const QString &agentId) const
{
    const auto it = m_hosts.constFind(agentId);
    return it == m_hosts.cend() ? nullptr : &*it;
}

void FleetState::placeAll()
{
    QList<HostEntry *> unplaced;
    for (HostEntry &host : m_hosts) {
        if (host.isPlaced())
            m_layout.ensure(host.rack());
    }
    for (HostEntry &host : m_hosts) {
        const std::optional<RoomPoint> centre =
            host.isPlaced() ? m_layout.hostCentre(host.rack(), host.position().value_or(RackPosition{0, 1, 0}))
                            : std::nullopt;
        if (centre)
            host.centre = *centre;
        else
            unplaced.append(&host);
    }
    // A stable order, so that unplaced hosts do not swap places from one frame to the next.
    std::sort(unplaced.begin(), unplaced.end(), [](const HostEntry *a, const HostEntry *b) {
        return std::tie(a->identity.hostname, a->agentId) < std::tie(b->identity.hostname, b->agentId);
    });
    for (int i = 0; i < unplaced.size(); ++i)
        unplaced[i]->centre = RackLayout::unplacedCentre(i);
}

void FleetState::finish(FleetChange &change)
{
    m_inChange.clear();
    if (change.layout)
        placeAll();
    if (!change.isEmpty())
        emit changed(change);
}

}  // namespace mirrorstage::core
