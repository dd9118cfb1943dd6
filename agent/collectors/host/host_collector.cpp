#include "host_collector.h"

#include "host_parser.h"
#include "text_fields.h"

namespace mirrorstage::reflector {

HostCollector::HostCollector(SystemRoot &root)
    : m_root(root)
{
    m_facts.kernelRelease = readTrimmed("/proc/sys/kernel/osrelease", nullptr);
    m_facts.bootId = readTrimmed("/proc/sys/kernel/random/boot_id", nullptr);
    // DMI is absent on most ARM boards and in some VMs; product_serial is root-only and not read.
    m_facts.vendor = readTrimmed("/sys/class/dmi/id/sys_vendor", nullptr);
    m_facts.model = readTrimmed("/sys/class/dmi/id/product_name", nullptr);
    if (m_root.read("/etc/os-release", m_buffer) == 0 || m_root.read("/usr/lib/os-release", m_buffer) == 0) {
        const OsRelease release = parseOsRelease(view(m_buffer));
        m_facts.osId = release.id;
        m_facts.osName = release.name;
        m_facts.osVersion = release.version;
        m_facts.osPrettyName = release.prettyName;
    }
}

QString HostCollector::readTrimmed(std::string_view path, const CollectContext *context)
{
    if (const int error = m_root.read(path, m_buffer, ReadMode::SingleRecord); error != 0) {
        if (context)
            context->reportUnreadable(path, error);
        return {};
    }
    return toQString(trimmed(view(m_buffer)));
}

void HostCollector::collect(const CollectContext &context, HostFacts &out)
{
    out = m_facts;
    out.kernelHostname = readTrimmed("/proc/sys/kernel/hostname", &context);
    if (const int error = m_root.read("/proc/uptime", m_buffer, ReadMode::SingleRecord); error != 0) {
        context.reportUnreadable("/proc/uptime", error);
    } else {
        out.uptimeSeconds = parseUptime(view(m_buffer));
        if (!out.uptimeSeconds)
            context.report(QStringLiteral("/proc/uptime"), QStringLiteral("unreadable contents"));
    }
    if (out.bootId.isEmpty())
        context.report(QStringLiteral("/proc/sys/kernel/random/boot_id"), QStringLiteral("unreadable"));
}

}  // namespace mirrorstage::reflector
