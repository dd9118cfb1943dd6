#include "filesystem_collector.h"

#include "text_fields.h"

#include <cerrno>
#include <sys/statvfs.h>

namespace mirrorstage::reflector {

FilesystemCollector::FilesystemCollector(SystemRoot &root, bool includeNetwork)
    : m_root(root)
    , m_includeNetwork(includeNetwork)
{
    if (m_root.read("/proc/filesystems", m_buffer) == 0)
        m_nodevTypes = parseNodevFilesystems(view(m_buffer));
    if (m_nodevTypes.isEmpty()) {
        // Without /proc/filesystems, the pseudo filesystems every Linux has.
        m_nodevTypes = {"proc", "sysfs", "tmpfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "mqueue",
                        "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs", "hugetlbfs",
                        "configfs", "fusectl", "binfmt_misc", "overlay", "ramfs", "rpc_pipefs", "nsfs"};
    }
}

void FilesystemCollector::collect(const CollectContext &context, QList<FilesystemSample> &out)
{
    constexpr std::string_view mountinfo = "/proc/self/mountinfo";
    if (!m_haveMounts || m_root.mayHaveChanged(mountinfo)) {
        if (const int error = m_root.read(mountinfo, m_buffer); error != 0) {
            m_haveMounts = false;
            context.reportUnreadable(mountinfo, error);
            return;
        }
        MountInfo info = parseMountInfo(view(m_buffer));
        m_mounts = selectRealFilesystems(info.mounts, m_nodevTypes, m_includeNetwork);
        m_mountIssues = std::move(info.issues);
        m_haveMounts = true;
    }
    for (const QString &issue : std::as_const(m_mountIssues))
        context.report(QStringLiteral("/proc/self/mountinfo"), issue);

    for (const MountEntry &mount : std::as_const(m_mounts)) {
        const QString mountpoint = QString::fromUtf8(mount.mountpoint);
        struct statvfs usage;
        if (::statvfs(m_root.path(view(mount.mountpoint)).constData(), &usage) != 0) {
            context.report(mountpoint, QStringLiteral("statvfs: ") + SystemRoot::describeError(errno));
            continue;
        }
        FilesystemSample fs;
        fs.device = QString::fromUtf8(mount.source);
        fs.mountpoint = mountpoint;
        fs.type = QString::fromUtf8(mount.type);
        const quint64 unit = usage.f_frsize ? usage.f_frsize : usage.f_bsize;
        fs.totalBytes = quint64(usage.f_blocks) * unit;
        fs.freeBytes = quint64(usage.f_bavail) * unit;
        fs.usedBytes = quint64(usage.f_blocks - qMin(usage.f_bfree, usage.f_blocks)) * unit;
        // Like df: the share of what unprivileged users can use, so reserved blocks count as full.
        if (const quint64 usable = fs.usedBytes + fs.freeBytes; usable > 0)
            fs.usedPercent = 100.0 * double(fs.usedBytes) / double(usable);
        if (usage.f_files > 0) {
            const quint64 usedInodes = usage.f_files - qMin(usage.f_ffree, usage.f_files);
            fs.inodesUsedPercent = 100.0 * double(usedInodes) / double(usage.f_files);
        }
        out.append(fs);
    }
}

}  // namespace mirrorstage::reflector
