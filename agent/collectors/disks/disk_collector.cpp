#include "disk_collector.h"

#include "text_fields.h"

namespace mirrorstage::reflector {

void DiskCollector::collect(const CollectContext &context, QList<DiskSample> &out)
{
    if (const int error = m_root.read("/proc/diskstats", m_buffer); error != 0) {
        context.reportUnreadable("/proc/diskstats", error);
        return;
    }
    const DiskStats stats = parseDiskStats(view(m_buffer));
    for (const QString &issue : stats.issues)
        context.report(QStringLiteral("/proc/diskstats"), issue);

    QHash<QByteArray, DiskCounters> current;
    for (const DiskStatsEntry &entry : stats.devices) {
        if (isVirtualBlockDevice(entry.name) || !isWholeDevice(entry.name))
            continue;
        DiskSample disk;
        disk.name = QString::fromUtf8(entry.name);
        disk.counters = entry.counters;
        if (context.elapsedSeconds) {
            if (const auto previous = m_previous.constFind(entry.name); previous != m_previous.cend())
                disk.rates = diskRatesBetween(*previous, entry.counters, *context.elapsedSeconds);
        }
        current.insert(entry.name, entry.counters);
        out.append(disk);
    }
    m_previous.swap(current);
}

bool DiskCollector::isWholeDevice(const QByteArray &name)
{
    if (const auto known = m_wholeDevice.constFind(name); known != m_wholeDevice.cend())
        return *known;
    // sysfs spells a '/' in a device name (cciss/c0d0) as '!'.
    QByteArray sysfsName = name;
    sysfsName.replace('/', '!');
    const bool whole = m_root.exists("/sys/block/" + sysfsName.toStdString());
    m_wholeDevice.insert(name, whole);
    return whole;
}

}  // namespace mirrorstage::reflector
