#pragma once
// When a failed HTTP attempt is worth another one, and how long to wait first.
//
// Retried: 429, 5xx (and Anthropic's 529), timeouts, connections dropped mid-way. Never retried:
// 400, 401, 403, 404 and other 4xx, refused connections, unknown hosts, TLS errors — another try
// would fail the same way. Waits double from a base (base, 2×base, 4×base, capped at 30 s); a
// Retry-After (seconds or an HTTP-date) or OpenAI's retry-after-ms replaces the backoff.

#include <QDateTime>
#include <QNetworkReply>
#include <optional>

namespace mirrorstage::ai {

class RetryPolicy {
public:
    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // Milliseconds from `now` that the header asks to wait; nothing for a missing or unreadable
    // value. A date in the past means 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // retry-after-ms first (it is more precise), then Retry-After.
    static std::optional<qint64> retryAfterFromHeaders(const QByteArray &retryAfterMs,
                                                       const QByteArray &retryAfter, const QDateTime &now);

    // The wait before attempt number `nextAttempt` (2, 3 ...), without a Retry-After.
    static qint64 backoffMs(int nextAttempt, int baseDelayMs);
};

}  // namespace mirrorstage::ai
