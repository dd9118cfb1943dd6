#include "cpu_collector.h"

#include "text_fields.h"

#include <QSet>

namespace mirrorstage::reflector {
namespace {

std::string cpuPath(int cpu, std::string_view leaf)
{
    std::string path = "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + '/';
    path.append(leaf);
    return path;
}

}  // namespace

CpuCollector::CpuCollector(SystemRoot &root)
    : m_root(root)
{
    readStaticFacts();
}

void CpuCollector::readStaticFacts()
{
    if (m_root.read("/proc/cpuinfo", m_buffer) == 0) {
        const CpuInfo info = parseCpuInfo(view(m_buffer));
        m_model = info.model;
        m_physicalCores = info.physicalCores;
    }
    if (!m_physicalCores)
        m_physicalCores = physicalCoresFromTopology();
    // Where cpufreq exists its per-core files are cheap; /proc/cpuinfo is the fallback (VMs).
    m_cpufreqReadable = m_root.read(cpuPath(0, "cpufreq/scaling_cur_freq"), m_buffer) == 0;
}

std::optional<int> CpuCollector::physicalCoresFromTopology() const
{
    // Architectures whose /proc/cpuinfo has no "core id" (arm64) still describe topology in sysfs.
    QSet<QPair<qint64, qint64>> cores;
    QByteArray buffer;
    for (const QByteArray &name : m_root.list("/sys/devices/system/cpu")) {
        if (!name.startsWith("cpu"))
            continue;
        const auto cpu = parseSigned(view(name).substr(3));
        if (!cpu)
            continue;
        if (m_root.read(cpuPath(int(*cpu), "topology/physical_package_id"), buffer) != 0)
            continue;
        const auto package = parseSigned(view(buffer));
        if (m_root.read(cpuPath(int(*cpu), "topology/core_id"), buffer) != 0)
            continue;
        const auto core = parseSigned(view(buffer));
        if (package && core)
            cores.insert({*package, *core});
    }
    if (cores.isEmpty())
        return std::nullopt;
    return int(cores.size());
}

void CpuCollector::collect(const CollectContext &context, CpuSample &out)
{
    out.model = m_model;
    out.physicalCores = m_physicalCores;

    if (const int error = m_root.read("/proc/stat", m_buffer, ReadMode::SingleRecord); error != 0) {
        context.reportUnreadable("/proc/stat", error);
    } else {
        const ProcStat stat = parseProcStat(view(m_buffer));
        for (const QString &issue : stat.issues)
            context.report(QStringLiteral("/proc/stat"), issue);
        if (stat.all && m_previousAll)
            out.total = usageBetween(*m_previousAll, *stat.all);
        m_previousAll = stat.all;

        QHash<int, CpuTimes> current;
        current.reserve(stat.cores.size());
        out.cores.reserve(stat.cores.size());
        for (const auto &[id, times] : stat.cores) {
            CoreSample core;
            core.id = id;
            if (const auto previous = m_previousCores.constFind(id); previous != m_previousCores.cend())
                core.usage = usageBetween(*previous, times);
            out.cores.append(core);
            current.insert(id, times);
        }
        m_previousCores.swap(current);
        out.logicalCores = int(stat.cores.size());
    }

    if (const int error = m_root.read("/proc/loadavg", m_buffer, ReadMode::SingleRecord); error != 0) {
        context.reportUnreadable("/proc/loadavg", error);
    } else {
        out.load = parseLoadAverage(view(m_buffer));
        if (!out.load)
            context.report(QStringLiteral("/proc/loadavg"), QStringLiteral("unreadable contents"));
    }

    fillClockSpeeds(context, out);
}

void CpuCollector::fillClockSpeeds(const CollectContext &context, CpuSample &out)
{
    if (m_cpufreqReadable) {
        for (CoreSample &core : out.cores) {
            if (m_root.read(cpuPath(core.id, "cpufreq/scaling_cur_freq"), m_buffer, ReadMode::SingleRecord) == 0)
                core.mhz = parseCpufreqMhz(view(m_buffer));
        }
        return;
    }
    if (++m_samplesSinceCpuinfo >= kCpuinfoEvery) {
        m_samplesSinceCpuinfo = 0;
        m_cpuinfoMhz.clear();
        if (const int error = m_root.read("/proc/cpuinfo", m_buffer); error != 0)
            context.reportUnreadable("/proc/cpuinfo", error);
        else
            m_cpuinfoMhz = parseCpuInfo(view(m_buffer)).mhzByProcessor;
    }
    for (CoreSample &core : out.cores) {
        for (const auto &[processor, mhz] : std::as_const(m_cpuinfoMhz)) {
            if (processor == core.id) {
                core.mhz = mhz;
                break;
            }
        }
    }
}

}  // namespace mirrorstage::reflector
