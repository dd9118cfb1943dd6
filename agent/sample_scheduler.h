#pragma once
// Takes a sample every interval on fixed deadlines (start + k * interval), so a slow sample
// does not push every later one back. A deadline that has already passed is skipped, not
// caught up in a burst.

#include "sample_collector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace mirrorstage::reflector {

class SampleScheduler : public QObject {
    Q_OBJECT
public:
    SampleScheduler(SampleCollector &collector, std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Takes `count` samples, or samples until stopped when count is 0. The first is taken at once.
    void start(qint64 count);

signals:
    void sampled(const mirrorstage::HostSample &sample);
    void finished();

private:
    void takeSample();
    void scheduleNext();

    SampleCollector &m_collector;
    const qint64 m_intervalNs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_remaining = 0;  // < 0: without end
    qint64 m_nextDeadlineNs = 0;
};

}  // namespace mirrorstage::reflector
