#pragma once
// Numbers for the operator: bytes, rates, percentages, temperatures, durations and times, in the
// current QLocale (QLocale(), which the console switches between Korean and English at run time)
// and the unit system the operator chose. Every unit word goes through tr().
//
//   bytes(1536)               "1.5 KiB"      (SI: "1.5 kB")
//   byteRate(1536)            "1.5 KiB/s"
//   networkRate(125e6)        "1 Gbit/s"     (bytes: "119 MiB/s" / "125 MB/s")
//   bitRate(1e9), linkSpeed   "1 Gbit/s"     (link capacity is always in bits, as on the port)
//   percent(42.345)           "42.3%"
//   temperature(45.25)        "45.3 °C"      (Fahrenheit: "113.5 °F")
//   duration(273600)          "3 d 4 h"      "4 h 12 min", "12 min 5 s", "45 s"
//   ago(now - 12000, now)     "12 s ago"     "just now" under a second
//   dateTime(ms)              local date and time in the locale's short format
//
// Three significant digits: under 10 two decimals, under 100 one, else none; trailing zeros
// go ("1.50" is "1.5"). A value that is not known is missing(): an em dash.

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace mirrorstage::app {

// How the operator likes units; one process-wide setting that the settings dialog changes and
// every view reads when it next renders (they render each frame, so nothing is signalled).
// Read and written on the UI thread only.
struct UnitSystem {
    bool binaryBytes = true;   // KiB, MiB (1024) rather than kB, MB (1000)
    bool networkBits = true;   // network rates in bit/s rather than bytes/s
    bool fahrenheit = false;   // °F rather than °C

    static UnitSystem current();
    static void setCurrent(const UnitSystem &system);

    friend bool operator==(const UnitSystem &, const UnitSystem &) = default;
};

class UnitFormat {
    Q_DECLARE_TR_FUNCTIONS(UnitFormat)
public:
    static QString missing();  // "—": not known

    // A plain number in the locale, with at most maxDecimals decimals (trailing zeros dropped).
    static QString number(double value, int maxDecimals = 2);
    static QString count(qint64 value);  // grouped: "12,345"

    static QString bytes(double bytes, const UnitSystem &units = UnitSystem::current());
    static QString byteRate(double bytesPerSecond, const UnitSystem &units = UnitSystem::current());
    static QString bitRate(double bitsPerSecond);
    // A network rate given in bytes per second, in bits or bytes as the unit system says.
    static QString networkRate(double bytesPerSecond, const UnitSystem &units = UnitSystem::current());
    static QString linkSpeed(qint64 megabitsPerSecond);
    static QString eventRate(double perSecond);  // errors, drops, packets: "0.5/s"

    static QString percent(double percent);  // 0..100
    static QString temperature(double celsius, const UnitSystem &units = UnitSystem::current());
    // Degrees in the chosen scale, for charts that draw in it.
    static double temperatureValue(double celsius, const UnitSystem &units = UnitSystem::current());
    static QString frequency(double megahertz);  // "800 MHz", "2.4 GHz"
    static QString load(double load);            // "1.25"

    static QString duration(double seconds);     // the two largest units: "3 d 4 h"
    static QString ago(qint64 thenMs, qint64 nowMs);
    static QString dateTime(qint64 msSinceEpoch);                      // local, short format
    static QString clockTime(qint64 msSinceEpoch, bool seconds = false);  // local time of day

private:
    static QString scaled(double value, double base, const char *const units[], int unitCount);
    static QString withUnit(const QString &number, const QString &unit);
};

}  // namespace mirrorstage::app
