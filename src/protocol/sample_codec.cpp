#include "sample_codec.h"

#include "sample_writers.h"

#include <QCborValue>
#include <QJsonDocument>
#include <cmath>

namespace mirrorstage {
namespace {

// Two decimals are finer than any reading here is accurate, and keep frames small.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// Walks a sample once, telling the writer W what to write (see sample_writers.h for W's shape).
// `w.key("name"), value(...)` reads as one field of a map.
template <typename W>
class SampleWalker {
public:
    explicit SampleWalker(W &writer) : w(writer) {}

    void sample(const HostSample &s)
    {
        w.beginMap();
        w.key("schema"), w.integer(kSampleSchemaVersion);
        w.key("timestamp_ms"), w.integer(s.timestampMs);
        w.key("interval_ms"), optional(s.intervalMs);
        w.key("has_rates"), w.boolean(s.hasRates);
        w.key("agent"), agent(s.agent);
        w.key("host"), facts(s.facts);
        w.key("cpu"), cpu(s.cpu);
        w.key("memory"), memory(s.memory);
        w.key("network"), network(s.network);
        w.key("filesystems"), list(s.filesystems, [this](const FilesystemSample &fs) { filesystem(fs); });
        w.key("disks"), list(s.disks, [this](const DiskSample &d) { disk(d); });
        w.key("temperatures"), thermal(s.thermal);
        w.key("processes"), processes(s.processes);
        w.key("problems"), list(s.problems, [this](const SampleProblem &p) {
            w.beginMap();
            w.key("source"), w.string(p.source);
            w.key("reason"), w.string(p.reason);
            w.endMap();
        });
        w.endMap();
    }

private:
    W &w;

    void real(double value) { w.real(rounded(value)); }
    void text(const QString &value)
    {
        if (value.isEmpty())
            w.null();
        else
            w.string(value);
    }
    template <typename T>
    void optional(const std::optional<T> &value)
    {
        if (!value)
            w.null();
        else if constexpr (std::is_floating_point_v<T>)
            real(*value);
        else if constexpr (std::is_same_v<T, bool>)
            w.boolean(*value);
        else
            w.integer(qint64(*value));
    }
    template <typename List, typename Fn>
    void list(const List &items, Fn &&each)
    {
        w.beginArray();
        for (const auto &item : items)
            each(item);
        w.endArray();
    }

    void agent(const AgentIdentity &a)
    {
        w.beginMap();
        w.key("hostname"), w.string(a.hostname);
        w.key("version"), w.string(a.agentVersion);
        w.key("rack"), text(a.rack);
        w.key("position");
        if (a.position) {
            w.beginMap();
            w.key("x"), w.real(a.position->x);
            w.key("y"), w.real(a.position->y);
            w.key("z"), w.real(a.position->z);
            w.endMap();
        } else {
            w.null();
        }
        w.key("tags"), list(a.tags, [this](const QString &tag) { w.string(tag); });
        w.endMap();
    }

    void facts(const HostFacts &f)
    {
        w.beginMap();
        w.key("kernel_hostname"), text(f.kernelHostname);
        w.key("os_id"), text(f.osId);
        w.key("os_name"), text(f.osName);
        w.key("os_version"), text(f.osVersion);
        w.key("os_pretty_name"), text(f.osPrettyName);
        w.key("kernel"), text(f.kernelRelease);
        w.key("boot_id"), text(f.bootId);
        w.key("vendor"), text(f.vendor);
        w.key("model"), text(f.model);
        w.key("uptime_seconds"), optional(f.uptimeSeconds);
        w.endMap();
    }

    void usage(const std::optional<CpuUsage> &u)
    {
        if (!u) {
            w.null();
            return;
        }
        w.beginMap();
        w.key("busy_percent"), real(u->busyPercent);
        w.key("user_percent"), real(u->userPercent);
        w.key("system_percent"), real(u->systemPercent);
        w.key("iowait_percent"), real(u->iowaitPercent);
        w.key("steal_percent"), real(u->stealPercent);
        w.key("idle_percent"), real(u->idlePercent);
        w.endMap();
    }

    void cpu(const CpuSample &c)
    {
        w.beginMap();
        w.key("model"), text(c.model);
        w.key("logical_cores"), w.integer(c.logicalCores);
        w.key("physical_cores"), optional(c.physicalCores);
        w.key("usage"), usage(c.total);
        w.key("load_average");
        if (c.load) {
            w.beginArray();
            real(c.load->one), real(c.load->five), real(c.load->fifteen);
            w.endArray();
        } else {
            w.null();
        }
        w.key("cores"), list(c.cores, [this](const CoreSample &core) {
            w.beginMap();
            w.key("id"), w.integer(core.id);
            w.key("usage"), usage(core.usage);
            w.key("mhz"), optional(core.mhz);
            w.endMap();
        });
        w.endMap();
    }

    void memory(const MemorySample &m)
    {
        w.beginMap();
        w.key("total_bytes"), optional(m.totalBytes);
        w.key("available_bytes"), optional(m.availableBytes);
        w.key("used_percent"), optional(m.usedPercent);
        w.key("swap_total_bytes"), optional(m.swapTotalBytes);
        w.key("swap_used_bytes"), optional(m.swapUsedBytes);
        w.key("swap_used_percent"), optional(m.swapUsedPercent);
        w.endMap();
    }

    void interface(const InterfaceSample &nic)
    {
        const InterfaceCounters &c = nic.counters;
        w.beginMap();
        w.key("name"), w.string(nic.name);
        w.key("oper_state"), text(nic.operState);
        w.key("up"), optional(nic.up);
        w.key("speed_mbps"), optional(nic.speedMbps);
        w.key("primary"), w.boolean(nic.primary);
        w.key("rx_bytes"), w.integer(qint64(c.rxBytes));
        w.key("rx_packets"), w.integer(qint64(c.rxPackets));
        w.key("rx_errors"), w.integer(qint64(c.rxErrors));
        w.key("rx_drops"), w.integer(qint64(c.rxDrops));
        w.key("tx_bytes"), w.integer(qint64(c.txBytes));
        w.key("tx_packets"), w.integer(qint64(c.txPackets));
        w.key("tx_errors"), w.integer(qint64(c.txErrors));
        w.key("tx_drops"), w.integer(qint64(c.txDrops));
        w.key("rates");
        if (nic.rates) {
            const InterfaceRates &r = *nic.rates;
            w.beginMap();
            w.key("rx_bytes_per_s"), real(r.rxBytesPerSecond);
            w.key("rx_packets_per_s"), real(r.rxPacketsPerSecond);
            w.key("rx_errors_per_s"), real(r.rxErrorsPerSecond);
            w.key("rx_drops_per_s"), real(r.rxDropsPerSecond);
            w.key("tx_bytes_per_s"), real(r.txBytesPerSecond);
            w.key("tx_packets_per_s"), real(r.txPacketsPerSecond);
            w.key("tx_errors_per_s"), real(r.txErrorsPerSecond);
            w.key("tx_drops_per_s"), real(r.txDropsPerSecond);
            w.endMap();
        } else {
            w.null();
        }
        w.endMap();
    }

    void network(const NetworkSample &n)
    {
        w.beginMap();
        w.key("primary_interface"), text(n.primaryInterface);
        w.key("interfaces"), list(n.interfaces, [this](const InterfaceSample &nic) { interface(nic); });
        w.endMap();
    }

    void filesystem(const FilesystemSample &fs)
    {
        w.beginMap();
        w.key("device"), w.string(fs.device);
        w.key("mountpoint"), w.string(fs.mountpoint);
        w.key("type"), w.string(fs.type);
        w.key("total_bytes"), w.integer(qint64(fs.totalBytes));
        w.key("used_bytes"), w.integer(qint64(fs.usedBytes));
        w.key("free_bytes"), w.integer(qint64(fs.freeBytes));
        w.key("used_percent"), optional(fs.usedPercent);
        w.key("inodes_used_percent"), optional(fs.inodesUsedPercent);
        w.endMap();
    }

    void disk(const DiskSample &d)
    {
        const DiskCounters &c = d.counters;
        w.beginMap();
        w.key("name"), w.string(d.name);
        w.key("reads"), w.integer(qint64(c.reads));
        w.key("writes"), w.integer(qint64(c.writes));
        w.key("read_bytes"), w.integer(qint64(c.readBytes));
        w.key("write_bytes"), w.integer(qint64(c.writeBytes));
        w.key("busy_ms"), w.integer(qint64(c.busyMilliseconds));
        w.key("rates");
        if (d.rates) {
            const DiskRates &r = *d.rates;
            w.beginMap();
            w.key("reads_per_s"), real(r.readsPerSecond);
            w.key("writes_per_s"), real(r.writesPerSecond);
            w.key("read_bytes_per_s"), real(r.readBytesPerSecond);
            w.key("write_bytes_per_s"), real(r.writeBytesPerSecond);
            w.key("busy_percent"), real(r.busyPercent);
            w.endMap();
        } else {
            w.null();
        }
        w.endMap();
    }

    static const char *kindName(SensorKind kind)
    {
        switch (kind) {
        case SensorKind::Cpu: return "cpu";
        case SensorKind::Gpu: return "gpu";
        case SensorKind::Other: break;
        }
        return "other";
    }

    void thermal(const ThermalSample &t)
    {
        w.beginMap();
        w.key("cpu_max_celsius"), optional(t.cpuMaxCelsius);
        w.key("gpu_celsius"), optional(t.gpuCelsius);
        w.key("sensors"), list(t.sensors, [this](const TemperatureReading &r) {
            w.beginMap();
            w.key("source"), w.string(r.source);
            w.key("chip"), w.string(r.chip);
            w.key("label"), w.string(r.label);
            w.key("kind"), w.latin1(kindName(r.kind));
            w.key("celsius"), real(r.celsius);
            w.endMap();
        });
        w.endMap();
    }

    void process(const ProcessSample &p)
    {
        w.beginMap();
        w.key("pid"), w.integer(p.pid);
        w.key("name"), w.string(p.name);
        w.key("user"), w.string(p.user);
        w.key("cpu_percent"), optional(p.cpuPercent);
        w.key("rss_bytes"), w.integer(qint64(p.rssBytes));
        w.key("memory_percent"), optional(p.memoryPercent);
        w.endMap();
    }

    void processes(const ProcessesSample &p)
    {
        w.beginMap();
        w.key("count"), optional(p.count);
        w.key("top_by_cpu"), list(p.topByCpu, [this](const ProcessSample &s) { process(s); });
        w.key("top_by_memory"), list(p.topByMemory, [this](const ProcessSample &s) { process(s); });
        w.endMap();
    }
};

}  // namespace

QByteArray sampleToCbor(const HostSample &sample)
{
    CborSampleWriter writer;
    SampleWalker<CborSampleWriter>(writer).sample(sample);
    return writer.take();
}

QByteArray sampleToJson(const HostSample &sample)
{
    JsonSampleWriter writer;
    SampleWalker<JsonSampleWriter>(writer).sample(sample);
    return writer.take();
}

QCborMap encodeSample(const HostSample &sample)
{
    return QCborValue::fromCbor(sampleToCbor(sample)).toMap();
}

QJsonObject sampleToJsonObject(const HostSample &sample)
{
    return QJsonDocument::fromJson(sampleToJson(sample)).object();
}

}  // namespace mirrorstage
