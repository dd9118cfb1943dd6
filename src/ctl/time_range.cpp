#include "time_range.h"

#include <QDateTime>
#include <QRegularExpression>

namespace mirrorstage::ctl {

std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(ms|s|m|h|d)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 amount = match.captured(1).toLongLong(&ok);
    if (!ok || amount > 100LL * 365 * 24 * 3600 * 1000)
        return std::nullopt;
    const QString unit = match.captured(2);
    const qint64 scale = unit == QLatin1String("ms") ? 1
        : unit == QLatin1String("s")                 ? 1000
        : unit == QLatin1String("m")                 ? 60'000
        : unit == QLatin1String("h")                 ? 3'600'000
                                                     : 86'400'000;
    return amount * scale;
}

std::optional<qint64> parseMomentMs(const QString &text, qint64 nowMs)
{
    if (const auto duration = parseDurationMs(text))
        return nowMs - *duration;
    const QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    return moment.toMSecsSinceEpoch();
}

QString formatAgo(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return QStringLiteral("never");
    const qint64 seconds = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 120)
        return QStringLiteral("%1 s ago").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min ago").arg(seconds / 60);
    if (seconds < 172800)
        return QStringLiteral("%1 h ago").arg(seconds / 3600);
    return QStringLiteral("%1 d ago").arg(seconds / 86400);
}

}  // namespace mirrorstage::ctl
