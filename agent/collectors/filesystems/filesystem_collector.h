#pragma once
// Space and inodes of every real mounted filesystem (statvfs on the mounts of /proc/self/mountinfo).

#include "collect_context.h"
#include "filesystem_parser.h"

namespace mirrorstage::reflector {

class FilesystemCollector {
public:
    FilesystemCollector(SystemRoot &root, bool includeNetwork);
    void collect(const CollectContext &context, QList<FilesystemSample> &out);

private:
    SystemRoot &m_root;
    const bool m_includeNetwork;
    QSet<QByteArray> m_nodevTypes;
    QByteArray m_buffer;
    // The mount table changes rarely and the kernel says when: it is parsed again only then.
    bool m_haveMounts = false;
    QList<MountEntry> m_mounts;
    QStringList m_mountIssues;
};

}  // namespace mirrorstage::reflector
