#pragma once
// At most N events per minute and pattern, so that a log storm (a disk failing, a unit restarting
// in a loop) does not fill the outbox. What is held back is not lost without a word: when the
// minute ends, a summary event says how many lines matched.
//
//   LogRateLimiter limiter(60);
//   if (limiter.admit(event.pattern, nowMs)) send(event);
//   for (const LogEvent &summary : limiter.summaries(nowMs, nowEpochMs)) send(summary);  // from a timer

#include "log_event.h"

#include <QHash>
#include <QList>

namespace mirrorstage::reflector {

class LogRateLimiter {
public:
    static constexpr qint64 kWindowMs = 60'000;

    explicit LogRateLimiter(int maxPerMinute) : m_max(maxPerMinute) {}

    // True when the event may be sent; counts it as suppressed otherwise. nowMs is a monotonic clock.
    bool admit(const QString &pattern, qint64 nowMs);

    // One summary for each pattern whose minute has ended with lines held back; forgets ended
    // minutes. `epochMs` stamps the summaries.
    QList<LogEvent> summaries(qint64 nowMs, qint64 epochMs);

private:
    struct Window {
        qint64 startMs = 0;
        int admitted = 0;
        qint64 suppressed = 0;
    };
    int m_max;
    QHash<QString, Window> m_windows;
};

}  // namespace mirrorstage::reflector
