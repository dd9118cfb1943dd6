#pragma once
// Space and inodes of every real mounted filesystem (statvfs on the mounts of /proc/self/mountinfo).

#include "collect_context.h"
#include "filesystem_parser.h"

namespace mirrorstage::reflector {

class FilesystemCollector {
public:
    FilesystemCollector(const SystemRoot &root, bool includeNetwork);
    void collect(const CollectContext &context, QList<FilesystemSample> &out);

private:
    const SystemRoot &m_root;
    const bool m_includeNetwork;
    QSet<QByteArray> m_nodevTypes;
    QByteArray m_buffer;
};

}  // namespace mirrorstage::reflector
