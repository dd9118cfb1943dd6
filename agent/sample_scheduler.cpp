#include "sample_scheduler.h"

#include <QDateTime>

namespace mirrorstage::reflector {

SampleScheduler::SampleScheduler(SampleCollector &collector, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_collector(collector)
    , m_intervalNs(qMax<qint64>(1, interval.count()) * 1'000'000)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SampleScheduler::takeSample);
}

void SampleScheduler::start(qint64 count)
{
    m_remaining = count > 0 ? count : -1;
    m_clock.start();
    m_nextDeadlineNs = 0;
    takeSample();
}

void SampleScheduler::takeSample()
{
    const HostSample sample = m_collector.collect(m_clock.nsecsElapsed(), QDateTime::currentMSecsSinceEpoch());
    emit sampled(sample);
    if (m_remaining > 0 && --m_remaining == 0) {
        emit finished();
        return;
    }
    scheduleNext();
}

void SampleScheduler::scheduleNext()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_nextDeadlineNs += m_intervalNs;
    if (m_nextDeadlineNs <= now)
        m_nextDeadlineNs += ((now - m_nextDeadlineNs) / m_intervalNs + 1) * m_intervalNs;
    m_timer.start(std::chrono::milliseconds((m_nextDeadlineNs - now + 999'999) / 1'000'000));
}

}  // namespace mirrorstage::reflector
