#include "process_collector.h"

#include "process_parser.h"
#include "text_fields.h"

#include <algorithm>
#include <cerrno>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirrorstage::reflector {
namespace {

bool isPid(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

ProcessCollector::ProcessCollector(const SystemRoot &root, int topK)
    : m_root(root)
    , m_topK(topK)
    , m_ticksPerSecond(double(::sysconf(_SC_CLK_TCK)))
    , m_pageBytes(quint64(::sysconf(_SC_PAGESIZE)))
{
}

void ProcessCollector::collect(const CollectContext &context, std::optional<quint64> memoryTotalBytes,
                               ProcessesSample &out)
{
    m_observed.clear();
    QHash<int, Previous> current;
    current.reserve(m_previous.size() + 16);
    int denied = 0;
    std::string path;
    for (const QByteArray &entry : m_root.list("/proc")) {
        if (!isPid(entry))
            continue;
        path.assign("/proc/").append(entry.constData(), size_t(entry.size())).append("/stat");
        if (const int error = m_root.read(path, m_buffer); error != 0) {
            // A process that exited between listing and reading is not a problem; hidepid is.
            if (error == EACCES || error == EPERM)
                ++denied;
            continue;
        }
        const std::optional<PidStat> stat = parsePidStat(view(m_buffer));
        if (!stat) {
            // An empty read means the process exited while we read it.
            if (!m_buffer.isEmpty())
                context.report(QString::fromStdString(path), QStringLiteral("unreadable contents"));
            continue;
        }
        Observed process;
        process.pid = entry.toInt();
        process.cpuTicks = stat->utimeTicks + stat->stimeTicks;
        process.rssPages = stat->rssPages;
        process.name = stat->name;
        if (context.elapsedSeconds && *context.elapsedSeconds > 0) {
            // A process born since the last sample spent all its ticks inside the interval.
            quint64 before = 0;
            const auto previous = m_previous.constFind(process.pid);
            if (previous != m_previous.cend() && previous->startTimeTicks == stat->startTimeTicks)
                before = qMin(previous->cpuTicks, process.cpuTicks);
            process.cpuPercent =
                100.0 * double(process.cpuTicks - before) / m_ticksPerSecond / *context.elapsedSeconds;
        }
        current.insert(process.pid, {stat->startTimeTicks, process.cpuTicks});
        m_observed.append(std::move(process));
    }
    m_previous.swap(current);
    if (denied > 0) {
        context.report(QStringLiteral("/proc"),
                       QStringLiteral("%1 processes could not be read: permission denied").arg(denied));
    }

    out.count = int(m_observed.size());
    const qsizetype k = qMin<qsizetype>(m_topK, m_observed.size());
    // Only the first K are ordered, and only they get a user name looked up.
    if (context.elapsedSeconds) {
        std::partial_sort(m_observed.begin(), m_observed.begin() + k, m_observed.end(),
                          [](const Observed &a, const Observed &b) {
                              return a.cpuPercent.value_or(0) != b.cpuPercent.value_or(0)
                                  ? a.cpuPercent.value_or(0) > b.cpuPercent.value_or(0)
                                  : a.pid < b.pid;
                          });
        for (qsizetype i = 0; i < k; ++i)
            out.topByCpu.append(describe(m_observed[i], memoryTotalBytes));
    }
    std::partial_sort(m_observed.begin(), m_observed.begin() + k, m_observed.end(),
                      [](const Observed &a, const Observed &b) {
                          return a.rssPages != b.rssPages ? a.rssPages > b.rssPages : a.pid < b.pid;
                      });
    for (qsizetype i = 0; i < k; ++i)
        out.topByMemory.append(describe(m_observed[i], memoryTotalBytes));
}

ProcessSample ProcessCollector::describe(const Observed &process, std::optional<quint64> memoryTotalBytes)
{
    ProcessSample sample;
    sample.pid = process.pid;
    sample.name = QString::fromUtf8(process.name);
    sample.user = userOf(process.pid);
    sample.cpuPercent = process.cpuPercent;
    sample.rssBytes = process.rssPages * m_pageBytes;
    if (memoryTotalBytes && *memoryTotalBytes > 0)
        sample.memoryPercent = 100.0 * double(sample.rssBytes) / double(*memoryTotalBytes);
    return sample;
}

QString ProcessCollector::userOf(int pid)
{
    // The owner of /proc/<pid> is the process's effective user, as ps reports it.
    struct stat info;
    const QByteArray dir = m_root.path("/proc/" + std::to_string(pid));
    if (::stat(dir.constData(), &info) != 0)
        return {};
    return userName(info.st_uid);
}

QString ProcessCollector::userName(uint uid)
{
    if (const auto known = m_userNames.constFind(uid); known != m_userNames.cend())
        return *known;
    QString name = QString::number(uid);
    passwd entry;
    passwd *found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
        name = QString::fromLocal8Bit(found->pw_name);
    m_userNames.insert(uid, name);
    return name;
}

}  // namespace mirrorstage::reflector
