#include "incident_observations.h"

namespace mirrorstage::core {

QList<MetricObservation> observationsOf(const HostSample &sample)
{
    QList<MetricObservation> out;
    auto add = [&out](const char *metric, const QString &subject, std::optional<double> value) {
        if (value)
            out.append({QString::fromLatin1(metric), subject, *value});
    };
    if (sample.cpu.total) {
        add("cpu.busy_percent", QString(), sample.cpu.total->busyPercent);
        add("cpu.iowait_percent", QString(), sample.cpu.total->iowaitPercent);
    }
    for (const CoreSample &core : sample.cpu.cores) {
        if (core.usage)
            add("cpu.core_busy_percent", QStringLiteral("cpu%1").arg(core.id), core.usage->busyPercent);
    }
    add("memory.used_percent", QString(), sample.memory.usedPercent);
    add("swap.used_percent", QString(), sample.memory.swapUsedPercent);
    if (sample.cpu.load && sample.cpu.logicalCores > 0)
        add("load.per_core", QString(), sample.cpu.load->one / double(sample.cpu.logicalCores));
    for (const FilesystemSample &fs : sample.filesystems) {
        add("filesystem.used_percent", fs.mountpoint, fs.usedPercent);
        add("filesystem.inodes_used_percent", fs.mountpoint, fs.inodesUsedPercent);
    }
    add("temperature.cpu_celsius", QString(), sample.thermal.cpuMaxCelsius);
    for (const InterfaceSample &nic : sample.network.interfaces) {
        if (nic.rates) {
            const InterfaceRates &r = *nic.rates;
            add("network.faults_per_second", nic.name,
                r.rxErrorsPerSecond + r.txErrorsPerSecond + r.rxDropsPerSecond + r.txDropsPerSecond);
        }
    }
    for (const ProcessSample &process : sample.processes.topByCpu) {
        if (process.cpuPercent)
            add("process.cpu_percent", QStringLiteral("%1 %2").arg(process.pid).arg(process.name), process.cpuPercent);
    }
    return out;
}

QJsonObject sampleFacts(const HostSample &sample)
{
    QJsonObject facts;
    if (!sample.processes.topByCpu.isEmpty()) {
        const ProcessSample &top = sample.processes.topByCpu.first();
        facts.insert(QStringLiteral("top_cpu_pid"), QString::number(top.pid));
        facts.insert(QStringLiteral("top_cpu_name"), top.name);
        facts.insert(QStringLiteral("top_cpu_user"), top.user);
        if (top.cpuPercent)
            facts.insert(QStringLiteral("top_cpu_percent"), QString::number(*top.cpuPercent, 'f', 1));
    }
    if (!sample.processes.topByMemory.isEmpty()) {
        const ProcessSample &top = sample.processes.topByMemory.first();
        facts.insert(QStringLiteral("top_mem_pid"), QString::number(top.pid));
        facts.insert(QStringLiteral("top_mem_name"), top.name);
        facts.insert(QStringLiteral("top_mem_rss_bytes"), QString::number(top.rssBytes));
    }
    double fullest = -1;
    for (const FilesystemSample &fs : sample.filesystems) {
        if (fs.usedPercent && *fs.usedPercent > fullest) {
            fullest = *fs.usedPercent;
            facts.insert(QStringLiteral("fullest_mount"), fs.mountpoint);
        }
    }
    if (sample.cpu.logicalCores > 0)
        facts.insert(QStringLiteral("cores"), QString::number(sample.cpu.logicalCores));
    if (sample.memory.totalBytes)
        facts.insert(QStringLiteral("memory_total_bytes"), QString::number(*sample.memory.totalBytes));
    if (!sample.facts.osPrettyName.isEmpty())
        facts.insert(QStringLiteral("os"), sample.facts.osPrettyName);
    if (!sample.facts.kernelRelease.isEmpty())
        facts.insert(QStringLiteral("kernel"), sample.facts.kernelRelease);
    return facts;
}

}  // namespace mirrorstage::core
