#include "retry_policy.h"

#include "provider_settings.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace mirrorstage::ai {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 408 || (httpStatus >= 500 && httpStatus <= 599);
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qint64(seconds * 1000.0));

    // HTTP-date, IMF-fixdate form: "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> RetryPolicy::retryAfterFromHeaders(const QByteArray &retryAfterMs,
                                                         const QByteArray &retryAfter, const QDateTime &now)
{
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0)
        return qint64(ms);
    return parseRetryAfter(retryAfter, now);
}

qint64 RetryPolicy::backoffMs(int nextAttempt, int baseDelayMs)
{
    const int doublings = std::clamp(nextAttempt - 2, 0, 20);
    return std::min<qint64>(qint64(baseDelayMs) << doublings, ProviderSettings::kMaxBackoffMs);
}

}  // namespace mirrorstage::ai
