#include "sample_codec.h"

#include <QCborArray>
#include <cmath>

namespace mirrorstage {
namespace {

// Two decimals are finer than any reading here is accurate, and keep frames small.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

template <typename T>
QCborValue optionalValue(const std::optional<T> &value)
{
    if (!value)
        return QCborValue(QCborValue::Null);
    if constexpr (std::is_floating_point_v<T>)
        return rounded(*value);
    else if constexpr (std::is_same_v<T, bool>)
        return *value;
    else
        return qint64(*value);
}

QCborValue text(const QString &value)
{
    return value.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(value);
}

QCborMap encodeUsage(const CpuUsage &usage)
{
    return QCborMap{{QStringLiteral("busy_percent"), rounded(usage.busyPercent)},
                    {QStringLiteral("user_percent"), rounded(usage.userPercent)},
                    {QStringLiteral("system_percent"), rounded(usage.systemPercent)},
                    {QStringLiteral("iowait_percent"), rounded(usage.iowaitPercent)},
                    {QStringLiteral("steal_percent"), rounded(usage.stealPercent)},
                    {QStringLiteral("idle_percent"), rounded(usage.idlePercent)}};
}

QCborValue encodeOptionalUsage(const std::optional<CpuUsage> &usage)
{
    return usage ? QCborValue(encodeUsage(*usage)) : QCborValue(QCborValue::Null);
}

QCborMap encodeAgent(const AgentIdentity &agent)
{
    QCborMap map{{QStringLiteral("hostname"), agent.hostname},
                 {QStringLiteral("version"), agent.agentVersion},
                 {QStringLiteral("rack"), text(agent.rack)},
                 {QStringLiteral("tags"), QCborArray::fromStringList(agent.tags)}};
    if (agent.position) {
        map.insert(QStringLiteral("position"), QCborMap{{QStringLiteral("x"), agent.position->x},
                                                        {QStringLiteral("y"), agent.position->y},
                                                        {QStringLiteral("z"), agent.position->z}});
    } else {
        map.insert(QStringLiteral("position"), QCborValue(QCborValue::Null));
    }
    return map;
}

QCborMap encodeFacts(const HostFacts &facts)
{
    return QCborMap{{QStringLiteral("kernel_hostname"), text(facts.kernelHostname)},
                    {QStringLiteral("os_id"), text(facts.osId)},
                    {QStringLiteral("os_name"), text(facts.osName)},
                    {QStringLiteral("os_version"), text(facts.osVersion)},
                    {QStringLiteral("os_pretty_name"), text(facts.osPrettyName)},
                    {QStringLiteral("kernel"), text(facts.kernelRelease)},
                    {QStringLiteral("boot_id"), text(facts.bootId)},
                    {QStringLiteral("vendor"), text(facts.vendor)},
                    {QStringLiteral("model"), text(facts.model)},
                    {QStringLiteral("uptime_seconds"), optionalValue(facts.uptimeSeconds)}};
}

QCborMap encodeCpu(const CpuSample &cpu)
{
    QCborArray cores;
    for (const CoreSample &core : cpu.cores) {
        cores.append(QCborMap{{QStringLiteral("id"), core.id},
                              {QStringLiteral("usage"), encodeOptionalUsage(core.usage)},
                              {QStringLiteral("mhz"), optionalValue(core.mhz)}});
    }
    QCborValue load(QCborValue::Null);
    if (cpu.load) {
        load = QCborArray{rounded(cpu.load->one), rounded(cpu.load->five), rounded(cpu.load->fifteen)};
    }
    return QCborMap{{QStringLiteral("model"), text(cpu.model)},
                    {QStringLiteral("logical_cores"), cpu.logicalCores},
                    {QStringLiteral("physical_cores"), optionalValue(cpu.physicalCores)},
                    {QStringLiteral("usage"), encodeOptionalUsage(cpu.total)},
                    {QStringLiteral("load_average"), load},
                    {QStringLiteral("cores"), cores}};
}

QCborMap encodeMemory(const MemorySample &memory)
{
    return QCborMap{{QStringLiteral("total_bytes"), optionalValue(memory.totalBytes)},
                    {QStringLiteral("available_bytes"), optionalValue(memory.availableBytes)},
                    {QStringLiteral("used_percent"), optionalValue(memory.usedPercent)},
                    {QStringLiteral("swap_total_bytes"), optionalValue(memory.swapTotalBytes)},
                    {QStringLiteral("swap_used_bytes"), optionalValue(memory.swapUsedBytes)},
                    {QStringLiteral("swap_used_percent"), optionalValue(memory.swapUsedPercent)}};
}

QCborMap encodeInterface(const InterfaceSample &nic)
{
    const InterfaceCounters &c = nic.counters;
    QCborMap map{{QStringLiteral("name"), nic.name},
                 {QStringLiteral("oper_state"), text(nic.operState)},
                 {QStringLiteral("up"), optionalValue(nic.up)},
                 {QStringLiteral("speed_mbps"), optionalValue(nic.speedMbps)},
                 {QStringLiteral("primary"), nic.primary},
                 {QStringLiteral("rx_bytes"), qint64(c.rxBytes)},
                 {QStringLiteral("rx_packets"), qint64(c.rxPackets)},
                 {QStringLiteral("rx_errors"), qint64(c.rxErrors)},
                 {QStringLiteral("rx_drops"), qint64(c.rxDrops)},
                 {QStringLiteral("tx_bytes"), qint64(c.txBytes)},
                 {QStringLiteral("tx_packets"), qint64(c.txPackets)},
                 {QStringLiteral("tx_errors"), qint64(c.txErrors)},
                 {QStringLiteral("tx_drops"), qint64(c.txDrops)}};
    if (!nic.rates) {
        map.insert(QStringLiteral("rates"), QCborValue(QCborValue::Null));
        return map;
    }
    const InterfaceRates &r = *nic.rates;
    map.insert(QStringLiteral("rates"),
               QCborMap{{QStringLiteral("rx_bytes_per_s"), rounded(r.rxBytesPerSecond)},
                        {QStringLiteral("rx_packets_per_s"), rounded(r.rxPacketsPerSecond)},
                        {QStringLiteral("rx_errors_per_s"), rounded(r.rxErrorsPerSecond)},
                        {QStringLiteral("rx_drops_per_s"), rounded(r.rxDropsPerSecond)},
                        {QStringLiteral("tx_bytes_per_s"), rounded(r.txBytesPerSecond)},
                        {QStringLiteral("tx_packets_per_s"), rounded(r.txPacketsPerSecond)},
                        {QStringLiteral("tx_errors_per_s"), rounded(r.txErrorsPerSecond)},
                        {QStringLiteral("tx_drops_per_s"), rounded(r.txDropsPerSecond)}});
    return map;
}

QCborMap encodeNetwork(const NetworkSample &network)
{
    QCborArray interfaces;
    for (const InterfaceSample &nic : network.interfaces)
        interfaces.append(encodeInterface(nic));
    return QCborMap{{QStringLiteral("primary_interface"), text(network.primaryInterface)},
                    {QStringLiteral("interfaces"), interfaces}};
}

QCborArray encodeFilesystems(const QList<FilesystemSample> &filesystems)
{
    QCborArray array;
    for (const FilesystemSample &fs : filesystems) {
        array.append(QCborMap{{QStringLiteral("device"), fs.device},
                              {QStringLiteral("mountpoint"), fs.mountpoint},
                              {QStringLiteral("type"), fs.type},
                              {QStringLiteral("total_bytes"), qint64(fs.totalBytes)},
                              {QStringLiteral("used_bytes"), qint64(fs.usedBytes)},
                              {QStringLiteral("free_bytes"), qint64(fs.freeBytes)},
                              {QStringLiteral("used_percent"), optionalValue(fs.usedPercent)},
                              {QStringLiteral("inodes_used_percent"), optionalValue(fs.inodesUsedPercent)}});
    }
    return array;
}

QCborArray encodeDisks(const QList<DiskSample> &disks)
{
    QCborArray array;
    for (const DiskSample &disk : disks) {
        const DiskCounters &c = disk.counters;
        QCborMap map{{QStringLiteral("name"), disk.name},
                     {QStringLiteral("reads"), qint64(c.reads)},
                     {QStringLiteral("writes"), qint64(c.writes)},
                     {QStringLiteral("read_bytes"), qint64(c.readBytes)},
                     {QStringLiteral("write_bytes"), qint64(c.writeBytes)},
                     {QStringLiteral("busy_ms"), qint64(c.busyMilliseconds)}};
        if (disk.rates) {
            const DiskRates &r = *disk.rates;
            map.insert(QStringLiteral("rates"),
                       QCborMap{{QStringLiteral("reads_per_s"), rounded(r.readsPerSecond)},
                                {QStringLiteral("writes_per_s"), rounded(r.writesPerSecond)},
                                {QStringLiteral("read_bytes_per_s"), rounded(r.readBytesPerSecond)},
                                {QStringLiteral("write_bytes_per_s"), rounded(r.writeBytesPerSecond)},
                                {QStringLiteral("busy_percent"), rounded(r.busyPercent)}});
        } else {
            map.insert(QStringLiteral("rates"), QCborValue(QCborValue::Null));
        }
        array.append(map);
    }
    return array;
}

QString sensorKindName(SensorKind kind)
{
    switch (kind) {
    case SensorKind::Cpu: return QStringLiteral("cpu");
    case SensorKind::Gpu: return QStringLiteral("gpu");
    case SensorKind::Other: break;
    }
    return QStringLiteral("other");
}

QCborMap encodeThermal(const ThermalSample &thermal)
{
    QCborArray sensors;
    for (const TemperatureReading &reading : thermal.sensors) {
        sensors.append(QCborMap{{QStringLiteral("source"), reading.source},
                                {QStringLiteral("chip"), reading.chip},
                                {QStringLiteral("label"), reading.label},
                                {QStringLiteral("kind"), sensorKindName(reading.kind)},
                                {QStringLiteral("celsius"), rounded(reading.celsius)}});
    }
    return QCborMap{{QStringLiteral("cpu_max_celsius"), optionalValue(thermal.cpuMaxCelsius)},
                    {QStringLiteral("gpu_celsius"), optionalValue(thermal.gpuCelsius)},
                    {QStringLiteral("sensors"), sensors}};
}

QCborArray encodeProcessList(const QList<ProcessSample> &processes)
{
    QCborArray array;
    for (const ProcessSample &p : processes) {
        array.append(QCborMap{{QStringLiteral("pid"), p.pid},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("user"), p.user},
                              {QStringLiteral("cpu_percent"), optionalValue(p.cpuPercent)},
                              {QStringLiteral("rss_bytes"), qint64(p.rssBytes)},
                              {QStringLiteral("memory_percent"), optionalValue(p.memoryPercent)}});
    }
    return array;
}

QCborArray encodeProblems(const QList<SampleProblem> &problems)
{
    QCborArray array;
    for (const SampleProblem &problem : problems) {
        array.append(QCborMap{{QStringLiteral("source"), problem.source},
                              {QStringLiteral("reason"), problem.reason}});
    }
    return array;
}

}  // namespace

QCborMap encodeSample(const HostSample &sample)
{
    return QCborMap{
        {QStringLiteral("schema"), kSampleSchemaVersion},
        {QStringLiteral("timestamp_ms"), sample.timestampMs},
        {QStringLiteral("interval_ms"), optionalValue(sample.intervalMs)},
        {QStringLiteral("has_rates"), sample.hasRates},
        {QStringLiteral("agent"), encodeAgent(sample.agent)},
        {QStringLiteral("host"), encodeFacts(sample.facts)},
        {QStringLiteral("cpu"), encodeCpu(sample.cpu)},
        {QStringLiteral("memory"), encodeMemory(sample.memory)},
        {QStringLiteral("network"), encodeNetwork(sample.network)},
        {QStringLiteral("filesystems"), encodeFilesystems(sample.filesystems)},
        {QStringLiteral("disks"), encodeDisks(sample.disks)},
        {QStringLiteral("temperatures"), encodeThermal(sample.thermal)},
        {QStringLiteral("processes"),
         QCborMap{{QStringLiteral("count"), sample.processes.count},
                  {QStringLiteral("top_by_cpu"), encodeProcessList(sample.processes.topByCpu)},
                  {QStringLiteral("top_by_memory"), encodeProcessList(sample.processes.topByMemory)}}},
        {QStringLiteral("problems"), encodeProblems(sample.problems)},
    };
}

QJsonObject sampleToJson(const HostSample &sample)
{
    return encodeSample(sample).toJsonObject();
}

}  // namespace mirrorstage
