#include "sample_collector.h"

namespace mirrorstage::reflector {

SampleCollector::SampleCollector(SystemRoot root, CollectorSettings settings, AgentIdentity identity)
    : m_root(std::move(root))
    , m_settings(settings)
    , m_identity(std::move(identity))
    , m_host(m_root)
    , m_cpu(m_root)
    , m_memory(m_root)
    , m_network(m_root)
    , m_filesystems(m_root, settings.includeNetworkFilesystems)
    , m_disks(m_root)
    , m_thermal(m_root)
    , m_processes(m_root, settings.topK)
{
}

HostSample SampleCollector::collect(qint64 monotonicNs, qint64 wallClockMs)
{
    HostSample sample;
    sample.timestampMs = wallClockMs;
    CollectContext context;
    context.problems = &sample.problems;
    if (m_previousNs && monotonicNs > *m_previousNs) {
        context.elapsedSeconds = double(monotonicNs - *m_previousNs) / 1e9;
        sample.intervalMs = (monotonicNs - *m_previousNs) / 1'000'000;
        sample.hasRates = true;
    }
    m_previousNs = monotonicNs;

    m_host.collect(context, sample.facts);
    sample.agent = m_identity;
    if (sample.agent.hostname.isEmpty())
        sample.agent.hostname = sample.facts.kernelHostname;
    m_cpu.collect(context, sample.cpu);
    m_memory.collect(context, sample.memory);
    m_network.collect(context, sample.network);
    m_filesystems.collect(context, sample.filesystems);
    m_disks.collect(context, sample.disks);
    m_thermal.collect(context, sample.thermal);
    // One /proc read per process makes this the costliest collector; top_k 0 turns it off.
    if (m_settings.topK > 0)
        m_processes.collect(context, sample.memory.totalBytes, sample.processes);
    m_root.closeUnusedFiles();
    return sample;
}

}  // namespace mirrorstage::reflector
