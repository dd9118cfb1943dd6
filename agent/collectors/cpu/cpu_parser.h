#pragma once
// Parsers for /proc/stat, /proc/loadavg and /proc/cpuinfo, and the arithmetic that turns two
// /proc/stat readings into utilisation.

#include "host_sample.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <string_view>

namespace mirrorstage::reflector {

// Jiffies since boot, as /proc/stat counts them. Guest time is already inside user and nice.
struct CpuTimes {
    quint64 user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    quint64 total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
};

struct ProcStat {
    std::optional<CpuTimes> all;
    QList<std::pair<int, CpuTimes>> cores;  // (cpu number, times), online cores only
    QStringList issues;                     // lines that could not be read
};

ProcStat parseProcStat(std::string_view text);

// Utilisation between two readings; absent when no time passed or a counter went backwards
// (a CPU was taken offline and back).
std::optional<CpuUsage> usageBetween(const CpuTimes &before, const CpuTimes &after);

std::optional<LoadAverage> parseLoadAverage(std::string_view text);

struct CpuInfo {
    QString model;
    QList<std::pair<int, double>> mhzByProcessor;
    std::optional<int> physicalCores;  // distinct (physical id, core id) pairs, where listed
    int processors = 0;
};

CpuInfo parseCpuInfo(std::string_view text);

// scaling_cur_freq holds kHz.
std::optional<double> parseCpufreqMhz(std::string_view text);

}  // namespace mirrorstage::reflector
