#pragma once
// I/O of whole block devices (those in /sys/block), from /proc/diskstats.

#include "collect_context.h"
#include "disk_parser.h"

#include <QHash>

namespace mirrorstage::reflector {

class DiskCollector {
public:
    explicit DiskCollector(SystemRoot &root) : m_root(root) {}
    void collect(const CollectContext &context, QList<DiskSample> &out);

private:
    bool isWholeDevice(const QByteArray &name);

    SystemRoot &m_root;
    QByteArray m_buffer;
    QHash<QByteArray, bool> m_wholeDevice;  // partitions are not in /sys/block; asked once per name
    QHash<QByteArray, DiskCounters> m_previous;
};

}  // namespace mirrorstage::reflector
