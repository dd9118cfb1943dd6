#pragma once
// CPU: utilisation in total and per core (from /proc/stat deltas), load average, clock per core,
// model name and core counts.

#include "collect_context.h"
#include "cpu_parser.h"

#include <QHash>

namespace mirrorstage::reflector {

class CpuCollector {
public:
    explicit CpuCollector(SystemRoot &root);
    void collect(const CollectContext &context, CpuSample &out);

private:
    void readStaticFacts();
    std::optional<int> physicalCoresFromTopology() const;
    void fillClockSpeeds(const CollectContext &context, CpuSample &out);

    SystemRoot &m_root;
    QByteArray m_buffer;
    QString m_model;
    std::optional<int> m_physicalCores;
    bool m_cpufreqReadable = false;
    // Without cpufreq (most VMs) the clock comes from /proc/cpuinfo, which costs more to produce
    // than the rest of this collector; there the figure hardly moves, so it is read every
    // kCpuinfoEvery samples.
    static constexpr int kCpuinfoEvery = 12;
    int m_samplesSinceCpuinfo = kCpuinfoEvery;
    QList<std::pair<int, double>> m_cpuinfoMhz;
    std::optional<CpuTimes> m_previousAll;
    QHash<int, CpuTimes> m_previousCores;
};

}  // namespace mirrorstage::reflector
