#include "log_rate_limiter.h"

#include <QCoreApplication>

namespace mirrorstage::reflector {

bool LogRateLimiter::admit(const QString &pattern, qint64 nowMs)
{
    auto it = m_windows.find(pattern);
    if (it == m_windows.end() || nowMs - it->startMs >= kWindowMs) {
        // A window that ended with suppressed lines waits for summaries(); a new one starts only
        // after it has been reported, so the count is never dropped.
        if (it != m_windows.end() && it->suppressed > 0) {
            ++it->suppressed;
            return false;
        }
        m_windows.insert(pattern, Window{nowMs, 1, 0});
        return m_max > 0;
    }
    if (it->admitted < m_max) {
        ++it->admitted;
        return true;
    }
    ++it->suppressed;
    return false;
}

QList<LogEvent> LogRateLimiter::summaries(qint64 nowMs, qint64 epochMs)
{
    QList<LogEvent> out;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startMs < kWindowMs) {
            ++it;
            continue;
        }
        if (it->suppressed > 0) {
            LogEvent summary;
            summary.tsMs = epochMs;
            summary.source = QStringLiteral("reflector");
            summary.severity = 4;  // warning: lines were held back, not lost in silence
            summary.pattern = it.key();
            summary.message = QCoreApplication::translate("LogRateLimiter",
                                                          "suppressed %1 more lines matching %2 (limit: %3 per minute)")
                                  .arg(it->suppressed)
                                  .arg(it.key())
                                  .arg(m_max);
            out.append(summary);
        }
        it = m_windows.erase(it);
    }
    return out;
}

}  // namespace mirrorstage::reflector
