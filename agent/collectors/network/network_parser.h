#pragma once
// Parsers for /proc/net/dev, /proc/net/route, /proc/net/ipv6_route and the per-interface files of
// /sys/class/net, and the arithmetic that turns two counter readings into rates.

#include "host_sample.h"

#include <QByteArray>
#include <QStringList>
#include <string_view>

namespace mirrorstage::reflector {

struct NetDevEntry {
    QByteArray rawName;  // as the kernel spells it, for sysfs paths; may hold any byte but '/', ':', blanks
    InterfaceCounters counters;
};

struct NetDev {
    QList<NetDevEntry> interfaces;
    QStringList issues;
};

NetDev parseNetDev(std::string_view text);

// The interface of the default route with the lowest metric, never loopback; empty when none.
QByteArray defaultRouteInterface(std::string_view procNetRoute);
QByteArray defaultRouteInterfaceIpv6(std::string_view procNetIpv6Route);

// /sys/class/net/<if>/speed. The kernel writes -1 (or an unsigned -1) when it does not know.
struct LinkSpeed {
    std::optional<qint64> mbps;
    bool garbage = false;  // the file held something that is not a number at all
};
LinkSpeed parseLinkSpeed(std::string_view text);

// /sys/class/net/<if>/flags, hex; bit 0 is IFF_UP.
std::optional<bool> parseAdminUp(std::string_view text);

// Per-second rates; absent when a counter went backwards (the interface was reset or recreated).
std::optional<InterfaceRates> ratesBetween(const InterfaceCounters &before, const InterfaceCounters &after,
                                           double seconds);

// Interface names are bytes to the kernel. True when this one is safe as a sysfs path component.
bool isSafePathComponent(const QByteArray &name);

}  // namespace mirrorstage::reflector
