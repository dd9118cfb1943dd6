#pragma once
// Parser for /proc/diskstats and the arithmetic that turns two readings into I/O rates.

#include "host_sample.h"

#include <QByteArray>
#include <QStringList>
#include <string_view>

namespace mirrorstage::reflector {

struct DiskStatsEntry {
    QByteArray name;
    DiskCounters counters;
};

struct DiskStats {
    QList<DiskStatsEntry> devices;
    QStringList issues;
};

DiskStats parseDiskStats(std::string_view text);

// Loop and RAM disks are not storage an operator watches.
bool isVirtualBlockDevice(const QByteArray &name);

std::optional<DiskRates> diskRatesBetween(const DiskCounters &before, const DiskCounters &after, double seconds);

}  // namespace mirrorstage::reflector
