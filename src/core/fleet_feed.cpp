#include "fleet_feed.h"

#include "sample_decoder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFleet, "mirrorstage.core")

namespace mirrorstage::core {

FleetFeed::FleetFeed(int frameIntervalMs, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<FleetFrame>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(frameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FleetFeed::flush);
    m_sinceFrame.start();
}

void FleetFeed::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void FleetFeed::sampleReceived(const QString &agentId, const QByteArray &cbor, qint64 receivedMs)
{
    // The outbox resends older samples after a reconnect; the newest arrives last within a
    // connection, which is all a live view needs.
    m_pending.insert(agentId, Pending{cbor, receivedMs});
    ++m_samples;
    schedule();
}

void FleetFeed::agentOnline(const QString &agentId)
{
    m_presence.append({agentId, true});
    schedule();
}

void FleetFeed::agentOffline(const QString &agentId)
{
    m_presence.append({agentId, false});
    m_pending.remove(agentId);
    schedule();
}

void FleetFeed::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty() && m_presence.isEmpty())
        return;
    FleetFrame frame;
    frame.updates.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        QString error;
        const std::optional<HostSample> sample = sampleFromCbor(it->cbor, &error);
        if (!sample) {
            qCWarning(lcFleet).noquote() << "agent" << it.key() << "sent a sample the console cannot read:" << error;
            frame.undecodable.append(it.key());
            continue;
        }
        HostUpdate update;
        update.agentId = it.key();
        update.identity = sample->agent;
        update.vitals = vitalsOf(*sample);
        update.sample = it->cbor;
        update.sampleTimestampMs = sample->timestampMs;
        update.receivedMs = it->receivedMs;
        update.intervalMs = sample->intervalMs.value_or(0);
        frame.updates.append(std::move(update));
    }
    frame.presence = std::move(m_presence);
    frame.samples = m_samples;
    frame.spanMs = m_sinceFrame.restart();
    m_pending.clear();
    m_presence.clear();
    m_samples = 0;
    emit frameReady(frame);
}

}  // namespace mirrorstage::core
