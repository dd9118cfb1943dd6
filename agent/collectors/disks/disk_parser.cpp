#include "disk_parser.h"

#include "text_fields.h"

#include <array>

namespace mirrorstage::reflector {

DiskStats parseDiskStats(std::string_view text)
{
    DiskStats stats;
    constexpr quint64 sectorBytes = 512;  // diskstats counts 512-byte sectors whatever the device's
    forEachLine(text, [&](std::string_view line) {
        const Fields f = splitFields(line);
        if (f.isEmpty())
            return;
        // major minor name, then 11 counters (more on newer kernels).
        if (f.size() < 14) {
            stats.issues.append(QStringLiteral("truncated line \"%1\"").arg(toQString(trimmed(line))));
            return;
        }
        std::array<quint64, 11> values{};
        for (size_t i = 0; i < values.size(); ++i) {
            const auto value = parseUnsigned(f[qsizetype(i) + 3]);
            if (!value) {
                stats.issues.append(QStringLiteral("unreadable counters for \"%1\"").arg(toQString(f[2])));
                return;
            }
            values[i] = *value;
        }
        DiskStatsEntry entry;
        entry.name = QByteArray(f[2].data(), qsizetype(f[2].size()));
        entry.counters.reads = values[0];
        entry.counters.readBytes = values[2] * sectorBytes;
        entry.counters.writes = values[4];
        entry.counters.writeBytes = values[6] * sectorBytes;
        entry.counters.busyMilliseconds = values[9];
        stats.devices.append(entry);
    });
    return stats;
}

bool isVirtualBlockDevice(const QByteArray &name)
{
    return name.startsWith("loop") || name.startsWith("ram") || name.startsWith("fd");
}

std::optional<DiskRates> diskRatesBetween(const DiskCounters &before, const DiskCounters &after, double seconds)
{
    if (seconds <= 0 || after.reads < before.reads || after.writes < before.writes
        || after.readBytes < before.readBytes || after.writeBytes < before.writeBytes
        || after.busyMilliseconds < before.busyMilliseconds) {
        return std::nullopt;
    }
    DiskRates rates;
    rates.readsPerSecond = double(after.reads - before.reads) / seconds;
    rates.writesPerSecond = double(after.writes - before.writes) / seconds;
    rates.readBytesPerSecond = double(after.readBytes - before.readBytes) / seconds;
    rates.writeBytesPerSecond = double(after.writeBytes - before.writeBytes) / seconds;
    rates.busyPercent = qMin(100.0, double(after.busyMilliseconds - before.busyMilliseconds) / (seconds * 10.0));
    return rates;
}

}  // namespace mirrorstage::reflector
