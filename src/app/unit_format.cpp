#include "unit_format.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>
#include <iterator>

namespace mirrorstage::app {
namespace {

UnitSystem g_units;

const char *const kIecBytes[] = {QT_TRANSLATE_NOOP("UnitFormat", "B"), QT_TRANSLATE_NOOP("UnitFormat", "KiB"),
                                 QT_TRANSLATE_NOOP("UnitFormat", "MiB"), QT_TRANSLATE_NOOP("UnitFormat", "GiB"),
                                 QT_TRANSLATE_NOOP("UnitFormat", "TiB"), QT_TRANSLATE_NOOP("UnitFormat", "PiB")};
const char *const kSiBytes[] = {QT_TRANSLATE_NOOP("UnitFormat", "B"), QT_TRANSLATE_NOOP("UnitFormat", "kB"),
                                QT_TRANSLATE_NOOP("UnitFormat", "MB"), QT_TRANSLATE_NOOP("UnitFormat", "GB"),
                                QT_TRANSLATE_NOOP("UnitFormat", "TB"), QT_TRANSLATE_NOOP("UnitFormat", "PB")};
const char *const kIecByteRates[] = {
    QT_TRANSLATE_NOOP("UnitFormat", "B/s"), QT_TRANSLATE_NOOP("UnitFormat", "KiB/s"),
    QT_TRANSLATE_NOOP("UnitFormat", "MiB/s"), QT_TRANSLATE_NOOP("UnitFormat", "GiB/s"),
    QT_TRANSLATE_NOOP("UnitFormat", "TiB/s"), QT_TRANSLATE_NOOP("UnitFormat", "PiB/s")};
const char *const kSiByteRates[] = {
    QT_TRANSLATE_NOOP("UnitFormat", "B/s"), QT_TRANSLATE_NOOP("UnitFormat", "kB/s"),
    QT_TRANSLATE_NOOP("UnitFormat", "MB/s"), QT_TRANSLATE_NOOP("UnitFormat", "GB/s"),
    QT_TRANSLATE_NOOP("UnitFormat", "TB/s"), QT_TRANSLATE_NOOP("UnitFormat", "PB/s")};
const char *const kBitRates[] = {QT_TRANSLATE_NOOP("UnitFormat", "bit/s"), QT_TRANSLATE_NOOP("UnitFormat", "kbit/s"),
                                 QT_TRANSLATE_NOOP("UnitFormat", "Mbit/s"), QT_TRANSLATE_NOOP("UnitFormat", "Gbit/s"),
                                 QT_TRANSLATE_NOOP("UnitFormat", "Tbit/s"), QT_TRANSLATE_NOOP("UnitFormat", "Pbit/s")};

// Three significant digits for a value already scaled to its unit.
int decimalsFor(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude < 9.995)
        return 2;
    if (magnitude < 99.95)
        return 1;
    return 0;
}

}  // namespace

UnitSystem UnitSystem::current()
{
    return g_units;
}

void UnitSystem::setCurrent(const UnitSystem &system)
{
    g_units = system;
}

QString UnitFormat::missing()
{
    return QStringLiteral("\u2014");
}

QString UnitFormat::number(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return missing();
    const QLocale locale;
    QString text = locale.toString(value, 'f', std::max(0, maxDecimals));
    const QString point = locale.decimalPoint();
    const int pointAt = text.lastIndexOf(point);
    if (maxDecimals <= 0 || pointAt < 0)
        return text;
    // Drop trailing zeros, then a dangling decimal point: "1.50" -> "1.5", "2.00" -> "2".
    const QString zero = locale.zeroDigit();
    int end = text.size();
    while (end > pointAt + point.size() && QStringView(text).sliced(0, end).endsWith(zero))
        end -= zero.size();
    if (end == pointAt + point.size())
        end = pointAt;
    text.truncate(end);
    // "-0" reads like a fault; it is only a small negative number rounded away.
    if (text == locale.negativeSign() + zero)
        return zero;
    return text;
}

QString UnitFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString UnitFormat::withUnit(const QString &number, const QString &unit)
{
    return tr("%1 %2", "a number and its unit, e.g. 1.5 KiB").arg(number, unit);
}

QString UnitFormat::scaled(double value, double base, const char *const units[], int unitCount)
{
    if (!std::isfinite(value))
        return missing();
    int unit = 0;
    double scaledValue = value;
    while (std::abs(scaledValue) >= base && unit < unitCount - 1) {
        scaledValue /= base;
        ++unit;
    }
    // The smallest unit counts whole things: no "512.4 B".
    const int decimals = unit == 0 ? 0 : decimalsFor(scaledValue);
    return withUnit(number(scaledValue, decimals), tr(units[unit]));
}

QString UnitFormat::bytes(double bytes, const UnitSystem &units)
{
    return units.binaryBytes ? scaled(bytes, 1024, kIecBytes, int(std::size(kIecBytes)))
                             : scaled(bytes, 1000, kSiBytes, int(std::size(kSiBytes)));
}

QString UnitFormat::byteRate(double bytesPerSecond, const UnitSystem &units)
{
    return units.binaryBytes ? scaled(bytesPerSecond, 1024, kIecByteRates, int(std::size(kIecByteRates)))
                             : scaled(bytesPerSecond, 1000, kSiByteRates, int(std::size(kSiByteRates)));
}

QString UnitFormat::bitRate(double bitsPerSecond)
{
    return scaled(bitsPerSecond, 1000, kBitRates, int(std::size(kBitRates)));
}

QString UnitFormat::networkRate(double bytesPerSecond, const UnitSystem &units)
{
    return units.networkBits ? bitRate(bytesPerSecond * 8.0) : byteRate(bytesPerSecond, units);
}

QString UnitFormat::linkSpeed(qint64 megabitsPerSecond)
{
    return bitRate(double(megabitsPerSecond) * 1e6);
}

QString UnitFormat::eventRate(double perSecond)
{
    return tr("%1/s", "events per second").arg(number(perSecond, decimalsFor(perSecond)));
}

QString UnitFormat::percent(double percent)
{
    return tr("%1%", "percent").arg(number(percent, 1));
}

double UnitFormat::temperatureValue(double celsius, const UnitSystem &units)
{
    return units.fahrenheit ? celsius * 9.0 / 5.0 + 32.0 : celsius;
}

QString UnitFormat::temperature(double celsius, const UnitSystem &units)
{
    const QString value = number(temperatureValue(celsius, units), 1);
    return units.fahrenheit ? tr("%1 °F", "degrees Fahrenheit").arg(value)
                            : tr("%1 °C", "degrees Celsius").arg(value);
}

QString UnitFormat::frequency(double megahertz)
{
    if (std::abs(megahertz) >= 1000)
        return withUnit(number(megahertz / 1000.0, 2), tr("GHz"));
    return withUnit(number(megahertz, 0), tr("MHz"));
}

QString UnitFormat::load(double load)
{
    return number(load, 2);
}

QString UnitFormat::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return missing();
    const qint64 total = qint64(std::llround(std::max(0.0, seconds)));
    const qint64 days = total / 86400;
    const qint64 hours = total % 86400 / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 secs = total % 60;
    if (days > 0)
        return tr("%1 d %2 h", "days and hours").arg(count(days), count(hours));
    if (hours > 0)
        return tr("%1 h %2 min", "hours and minutes").arg(count(hours), count(minutes));
    if (minutes > 0)
        return tr("%1 min %2 s", "minutes and seconds").arg(count(minutes), count(secs));
    return tr("%1 s", "seconds").arg(count(secs));
}

QString UnitFormat::ago(qint64 thenMs, qint64 nowMs)
{
    // A clock a little ahead of ours (the agent's) is "just now", not "in 2 s".
    const qint64 seconds = std::max<qint64>(0, nowMs - thenMs) / 1000;
    if (seconds < 1)
        return tr("just now");
    if (seconds < 60)
        return tr("%1 s ago", "seconds ago").arg(count(seconds));
    if (seconds < 3600)
        return tr("%1 min ago", "minutes ago").arg(count(seconds / 60));
    if (seconds < 86400)
        return tr("%1 h ago", "hours ago").arg(count(seconds / 3600));
    return tr("%1 d ago", "days ago").arg(count(seconds / 86400));
}

QString UnitFormat::dateTime(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), QLocale::ShortFormat);
}

QString UnitFormat::clockTime(qint64 msSinceEpoch, bool seconds)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(QLatin1Char('s'))) {
        const qsizetype minutesAt = format.indexOf(QLatin1String("mm"));
        if (minutesAt >= 0)
            format.insert(minutesAt + 2, QLatin1String(":ss"));
    }
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime().time(), format);
}

}  // namespace mirrorstage::app
