#include "process_collector.h"

#include "process_parser.h"
#include "text_fields.h"

#include <algorithm>
#include <cerrno>
#include <pwd.h>
#include <unistd.h>

namespace mirrorstage::reflector {
namespace {

std::optional<int> pidOf(const char *name)
{
    int pid = 0;
    for (const char *c = name; *c; ++c) {
        if (*c < '0' || *c > '9' || pid > 100'000'000)
            return std::nullopt;
        pid = pid * 10 + (*c - '0');
    }
    return name[0] ? std::optional<int>(pid) : std::nullopt;
}

}  // namespace

ProcessCollector::ProcessCollector(SystemRoot &root, int topK)
    : m_root(root)
    , m_topK(topK)
    , m_ticksPerSecond(double(::sysconf(_SC_CLK_TCK)))
    , m_pageBytes(quint64(::sysconf(_SC_PAGESIZE)))
{
}

void ProcessCollector::collect(const CollectContext &context, std::optional<quint64> memoryTotalBytes,
                               ProcessesSample &out)
{
    ++m_generation;
    m_observed.clear();
    int denied = 0;
    m_root.forEachName("/proc", [&](const char *name) {
        if (const auto pid = pidOf(name))
            observe(context, *pid, &denied);
    });
    m_history.removeIf([this](const auto &entry) { return entry.value().generation != m_generation; });
    if (denied > 0) {
        context.report(QStringLiteral("/proc"),
                       QStringLiteral("%1 processes could not be read: permission denied").arg(denied));
    }

    out.count = int(m_observed.size());
    const qsizetype k = qMin<qsizetype>(m_topK, m_observed.size());
    const bool withCpu = context.elapsedSeconds.has_value();
    // Only the first K are ordered, and only they become strings.
    if (withCpu) {
        std::partial_sort(m_observed.begin(), m_observed.begin() + k, m_observed.end(),
                          [](const Observed &a, const Observed &b) {
                              return a.cpuPercent != b.cpuPercent ? a.cpuPercent > b.cpuPercent : a.pid < b.pid;
                          });
        for (qsizetype i = 0; i < k; ++i)
            out.topByCpu.append(describe(m_observed[i], withCpu, memoryTotalBytes));
    }
    std::partial_sort(m_observed.begin(), m_observed.begin() + k, m_observed.end(),
                      [](const Observed &a, const Observed &b) {
                          return a.rssPages != b.rssPages ? a.rssPages > b.rssPages : a.pid < b.pid;
                      });
    for (qsizetype i = 0; i < k; ++i)
        out.topByMemory.append(describe(m_observed[i], withCpu, memoryTotalBytes));
}

void ProcessCollector::observe(const CollectContext &context, int pid, int *denied)
{
    m_path.assign("/proc/").append(std::to_string(pid)).append("/stat");
    if (const int error = m_root.read(m_path, m_buffer, ReadMode::SingleRecord); error != 0) {
        // A process that exited between listing and reading is not a problem; hidepid is.
        if (error == EACCES || error == EPERM)
            ++*denied;
        return;
    }
    const std::optional<PidStat> stat = parsePidStat(view(m_buffer));
    if (!stat) {
        // An empty read means the process exited while we read it.
        if (!m_buffer.isEmpty())
            context.report(QString::fromStdString(m_path), QStringLiteral("unreadable contents"));
        return;
    }
    Observed process;
    process.pid = pid;
    process.cpuTicks = stat->utimeTicks + stat->stimeTicks;
    process.rssPages = stat->rssPages;
    process.nameLength = quint8(qMin(stat->name.size(), process.name.size()));
    std::copy_n(stat->name.data(), process.nameLength, process.name.data());

    History &history = m_history[pid];
    if (context.elapsedSeconds && *context.elapsedSeconds > 0) {
        // A process born since the last sample spent all its ticks inside the interval.
        const bool seenBefore = history.generation + 1 == m_generation && history.startTimeTicks == stat->startTimeTicks;
        const quint64 before = seenBefore ? qMin(history.cpuTicks, process.cpuTicks) : 0;
        process.cpuPercent = 100.0 * double(process.cpuTicks - before) / m_ticksPerSecond / *context.elapsedSeconds;
    }
    history = {stat->startTimeTicks, process.cpuTicks, m_generation};
    m_observed.append(process);
}

ProcessSample ProcessCollector::describe(const Observed &process, bool withCpu, std::optional<quint64> memoryTotalBytes)
{
    ProcessSample sample;
    sample.pid = process.pid;
    sample.name = QString::fromUtf8(process.name.data(), process.nameLength);
    // The owner of /proc/<pid> is the process's effective user, as ps reports it.
    sample.user = userName(m_root.ownerOf("/proc/" + std::to_string(process.pid) + "/stat"));
    if (withCpu)
        sample.cpuPercent = process.cpuPercent;
    sample.rssBytes = process.rssPages * m_pageBytes;
    if (memoryTotalBytes && *memoryTotalBytes > 0)
        sample.memoryPercent = 100.0 * double(sample.rssBytes) / double(*memoryTotalBytes);
    return sample;
}

QString ProcessCollector::userName(qint64 uid)
{
    if (uid < 0)
        return {};
    if (const auto known = m_userNames.constFind(uid); known != m_userNames.cend())
        return *known;
    QString name = QString::number(uid);
    passwd entry;
    passwd *found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid_t(uid), &entry, buffer, sizeof buffer, &found) == 0 && found)
        name = QString::fromLocal8Bit(found->pw_name);
    m_userNames.insert(uid, name);
    return name;
}

}  // namespace mirrorstage::reflector
