#include "network_parser.h"

#include "text_fields.h"

#include <array>

namespace mirrorstage::reflector {

NetDev parseNetDev(std::string_view text)
{
    NetDev dev;
    forEachLine(text, [&](std::string_view line) {
        line = trimmed(line);
        const size_t colon = line.find(':');
        // The two header lines have a '|' and no colon-terminated name.
        if (colon == std::string_view::npos || line.find('|') != std::string_view::npos)
            return;
        const std::string_view name = line.substr(0, colon);
        const Fields fields = splitFields(line.substr(colon + 1));
        if (name.empty() || fields.size() < 16) {
            dev.issues.append(QStringLiteral("truncated line for \"%1\"").arg(toQString(name)));
            return;
        }
        std::array<quint64, 16> values{};
        for (size_t i = 0; i < values.size(); ++i) {
            const auto value = parseUnsigned(fields[qsizetype(i)]);
            if (!value) {
                dev.issues.append(QStringLiteral("unreadable counters for \"%1\"").arg(toQString(name)));
                return;
            }
            values[i] = *value;
        }
        NetDevEntry entry;
        entry.rawName = QByteArray(name.data(), qsizetype(name.size()));
        // Receive: bytes packets errs drop fifo frame compressed multicast; transmit: the same eight.
        entry.counters = {values[0], values[1], values[2], values[3],
                          values[8], values[9], values[10], values[11]};
        dev.interfaces.append(entry);
    });
    return dev;
}

QByteArray defaultRouteInterface(std::string_view procNetRoute)
{
    QByteArray best;
    std::optional<quint64> bestMetric;
    constexpr quint64 routeUp = 0x1;
    forEachLine(procNetRoute, [&](std::string_view line) {
        // Iface Destination Gateway Flags RefCnt Use Metric Mask MTU Window IRTT
        const Fields f = splitFields(line);
        if (f.size() < 8 || f[1] != "00000000" || f[7] != "00000000" || f[0] == "lo")
            return;
        const auto flags = parseUnsigned(f[3], 16);
        const auto metric = parseUnsigned(f[6]);
        if (!flags || !metric || !(*flags & routeUp))
            return;
        if (!bestMetric || *metric < *bestMetric) {
            bestMetric = metric;
            best = QByteArray(f[0].data(), qsizetype(f[0].size()));
        }
    });
    return best;
}

QByteArray defaultRouteInterfaceIpv6(std::string_view procNetIpv6Route)
{
    QByteArray best;
    std::optional<quint64> bestMetric;
    constexpr std::string_view anyAddress = "00000000000000000000000000000000";
    constexpr quint64 routeUp = 0x1;
    forEachLine(procNetIpv6Route, [&](std::string_view line) {
        // dest dest_len src src_len next_hop metric refcnt use flags iface
        const Fields f = splitFields(line);
        if (f.size() < 10 || f[0] != anyAddress || f[1] != "00" || f[9] == "lo")
            return;
        const auto metric = parseUnsigned(f[5], 16);
        const auto flags = parseUnsigned(f[8], 16);
        if (!metric || !flags || !(*flags & routeUp))
            return;
        if (!bestMetric || *metric < *bestMetric) {
            bestMetric = metric;
            best = QByteArray(f[9].data(), qsizetype(f[9].size()));
        }
    });
    return best;
}

LinkSpeed parseLinkSpeed(std::string_view text)
{
    if (const auto value = parseSigned(text)) {
        if (*value <= 0 || *value == qint64(0xFFFFFFFF))
            return {};
        return {*value, false};
    }
    if (parseUnsigned(text))  // beyond qint64: an unsigned -1, also "unknown"
        return {};
    return {std::nullopt, true};
}

std::optional<bool> parseAdminUp(std::string_view text)
{
    text = trimmed(text);
    if (text.starts_with("0x"))
        text.remove_prefix(2);
    const auto flags = parseUnsigned(text, 16);
    if (!flags)
        return std::nullopt;
    return (*flags & 0x1) != 0;
}

std::optional<InterfaceRates> ratesBetween(const InterfaceCounters &before, const InterfaceCounters &after,
                                           double seconds)
{
    if (seconds <= 0)
        return std::nullopt;
    const std::array<std::pair<quint64, quint64>, 8> pairs{{
        {before.rxBytes, after.rxBytes}, {before.rxPackets, after.rxPackets},
        {before.rxErrors, after.rxErrors}, {before.rxDrops, after.rxDrops},
        {before.txBytes, after.txBytes}, {before.txPackets, after.txPackets},
        {before.txErrors, after.txErrors}, {before.txDrops, after.txDrops},
    }};
    std::array<double, 8> rates{};
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (pairs[i].second < pairs[i].first)
            return std::nullopt;
        rates[i] = double(pairs[i].second - pairs[i].first) / seconds;
    }
    return InterfaceRates{rates[0], rates[1], rates[2], rates[3], rates[4], rates[5], rates[6], rates[7]};
}

bool isSafePathComponent(const QByteArray &name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

}  // namespace mirrorstage::reflector
