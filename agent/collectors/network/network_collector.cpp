#include "network_collector.h"

#include "text_fields.h"

namespace mirrorstage::reflector {

void NetworkCollector::collect(const CollectContext &context, NetworkSample &out)
{
    if (const int error = m_root.read("/proc/net/dev", m_buffer); error != 0) {
        context.reportUnreadable("/proc/net/dev", error);
        return;
    }
    const NetDev dev = parseNetDev(view(m_buffer));
    for (const QString &issue : dev.issues)
        context.report(QStringLiteral("/proc/net/dev"), issue);

    const QByteArray primary = primaryInterface();
    out.primaryInterface = QString::fromUtf8(primary);

    QHash<QByteArray, InterfaceCounters> current;
    current.reserve(dev.interfaces.size());
    out.interfaces.reserve(dev.interfaces.size());
    for (const NetDevEntry &entry : dev.interfaces) {
        InterfaceSample nic;
        nic.name = QString::fromUtf8(entry.rawName);
        if (nic.name.toUtf8() != entry.rawName) {
            context.report(QStringLiteral("/proc/net/dev"),
                           QStringLiteral("interface name \"%1\" is not valid UTF-8").arg(nic.name));
        }
        nic.counters = entry.counters;
        nic.primary = !primary.isEmpty() && entry.rawName == primary;
        if (context.elapsedSeconds) {
            if (const auto previous = m_previous.constFind(entry.rawName); previous != m_previous.cend())
                nic.rates = ratesBetween(*previous, entry.counters, *context.elapsedSeconds);
        }
        readLinkState(context, entry.rawName, nic);
        current.insert(entry.rawName, entry.counters);
        out.interfaces.append(nic);
    }
    m_previous.swap(current);
}

void NetworkCollector::readLinkState(const CollectContext &context, const QByteArray &rawName,
                                     InterfaceSample &nic)
{
    if (!isSafePathComponent(rawName)) {
        context.report(QStringLiteral("/proc/net/dev"),
                       QStringLiteral("interface name \"%1\" cannot name a sysfs path").arg(nic.name));
        return;
    }
    const std::string base = "/sys/class/net/" + rawName.toStdString() + '/';

    const std::string operstate = base + "operstate";
    if (const int error = m_root.read(operstate, m_buffer, ReadMode::SingleRecord); error != 0) {
        context.reportUnreadable(operstate, error);
        return;
    }
    nic.operState = toQString(trimmed(view(m_buffer)));
    if (nic.operState == QLatin1String("unknown")) {
        // Loopback and tunnels say "unknown" while they work: their administrative flag decides.
        if (m_root.read(base + "flags", m_buffer, ReadMode::SingleRecord) == 0)
            nic.up = parseAdminUp(view(m_buffer));
        return;
    }
    nic.up = nic.operState == QLatin1String("up");
    if (!*nic.up)
        return;  // a link that is not up has no speed: the kernel answers EINVAL

    const std::string speed = base + "speed";
    if (m_root.read(speed, m_buffer, ReadMode::SingleRecord) == 0) {
        const LinkSpeed link = parseLinkSpeed(view(m_buffer));
        nic.speedMbps = link.mbps;
        if (link.garbage)
            context.report(QString::fromStdString(speed), QStringLiteral("not a number"));
    }
}

QByteArray NetworkCollector::primaryInterface()
{
    if (m_root.read("/proc/net/route", m_buffer) == 0) {
        if (QByteArray name = defaultRouteInterface(view(m_buffer)); !name.isEmpty())
            return name;
    }
    if (m_root.read("/proc/net/ipv6_route", m_buffer) == 0)
        return defaultRouteInterfaceIpv6(view(m_buffer));
    return {};
}

}  // namespace mirrorstage::reflector
