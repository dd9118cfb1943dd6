#include "stall_monitor.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStall, "mirrorstage.window.stall", QtWarningMsg)

namespace mirrorstage::app {

UiStallMonitor::UiStallMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &UiStallMonitor::tick);
}

bool UiStallMonitor::wanted()
{
    return lcStall().isInfoEnabled();
}

void UiStallMonitor::start()
{
    m_clock.start();
    m_lastNs = m_windowStartNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void UiStallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 lateNs = std::max<qint64>(0, now - m_lastNs - qint64(kTickMs) * 1'000'000);
    m_lastNs = now;
    ++m_histogram[size_t(std::min<qint64>(lateNs / 1'000'000, 1000))];
    ++m_ticks;
    m_longestNs = std::max(m_longestNs, lateNs);
    if (now - m_windowStartNs >= 10'000'000'000LL)
        report();
}

void UiStallMonitor::report()
{
    const quint64 rank = m_ticks - m_ticks / 100;  // the 99th percentile's place
    quint64 seen = 0;
    size_t p99 = 0;
    for (; p99 < m_histogram.size(); ++p99) {
        seen += m_histogram[p99];
        if (seen >= rank)
            break;
    }
    qCInfo(lcStall).noquote() << QStringLiteral("ui stall: longest %1 ms, p99 %2 ms over %3 ticks")
                                     .arg(double(m_longestNs) / 1e6, 0, 'f', 1)
                                     .arg(p99 + 1)
                                     .arg(m_ticks);
    m_histogram.fill(0);
    m_ticks = 0;
    m_longestNs = 0;
    m_windowStartNs = m_clock.nsecsElapsed();
}

}  // namespace mirrorstage::app
