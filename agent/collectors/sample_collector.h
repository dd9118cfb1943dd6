#pragma once
// Collects one HostSample from /proc and /sys, keeping the previous counters so that every sample
// after the first carries rates. This is the one collection path: `reflector --once`,
// `--samples`, benchmarks and (later) the uplink all call collect().

#include "cpu/cpu_collector.h"
#include "disks/disk_collector.h"
#include "filesystems/filesystem_collector.h"
#include "host/host_collector.h"
#include "memory/memory_collector.h"
#include "network/network_collector.h"
#include "processes/process_collector.h"
#include "thermal/thermal_collector.h"

namespace mirrorstage::reflector {

struct CollectorSettings {
    int topK = 5;  // 0: no process lists at all
    bool includeNetworkFilesystems = false;
};

class SampleCollector {
public:
    SampleCollector(SystemRoot root, CollectorSettings settings, AgentIdentity identity);

    // How many files may stay open between samples (see SystemRoot).
    void setOpenFileLimit(int limit) { m_root.setOpenFileLimit(limit); }

    // monotonicNs drives rates (it never jumps); wallClockMs only stamps the sample.
    HostSample collect(qint64 monotonicNs, qint64 wallClockMs);

private:
    SystemRoot m_root;  // the collectors below hold references to it
    const CollectorSettings m_settings;
    AgentIdentity m_identity;
    HostCollector m_host;
    CpuCollector m_cpu;
    MemoryCollector m_memory;
    NetworkCollector m_network;
    FilesystemCollector m_filesystems;
    DiskCollector m_disks;
    ThermalCollector m_thermal;
    ProcessCollector m_processes;
    std::optional<qint64> m_previousNs;
};

}  // namespace mirrorstage::reflector
