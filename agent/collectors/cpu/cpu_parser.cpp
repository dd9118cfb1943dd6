#include "cpu_parser.h"

#include "text_fields.h"

#include <QSet>

#include <array>

namespace mirrorstage::reflector {
namespace {

std::optional<CpuTimes> parseTimes(const Fields &fields)
{
    // user nice system idle are in every kernel since 2.4; iowait, irq, softirq, steal came later
    // and count as 0 where a kernel does not list them.
    if (fields.size() < 5)
        return std::nullopt;
    std::array<quint64, 8> values{};
    for (qsizetype i = 1; i < fields.size() && i <= qsizetype(values.size()); ++i) {
        const auto value = parseUnsigned(fields[i]);
        if (!value)
            return std::nullopt;
        values[size_t(i - 1)] = *value;
    }
    return CpuTimes{values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]};
}

bool anyCounterWentBack(const CpuTimes &before, const CpuTimes &after)
{
    return after.user < before.user || after.nice < before.nice || after.system < before.system
        || after.idle < before.idle || after.iowait < before.iowait || after.irq < before.irq
        || after.softirq < before.softirq || after.steal < before.steal;
}

double share(quint64 part, quint64 whole)
{
    return whole == 0 ? 0.0 : 100.0 * double(part) / double(whole);
}

}  // namespace

ProcStat parseProcStat(std::string_view text)
{
    ProcStat stat;
    forEachLine(text, [&](std::string_view line) {
        if (!line.starts_with("cpu"))
            return;
        const Fields fields = splitFields(line);
        if (fields.isEmpty())
            return;
        const std::optional<CpuTimes> times = parseTimes(fields);
        if (!times) {
            stat.issues.append(QStringLiteral("unreadable line \"%1\"").arg(toQString(line)));
            return;
        }
        if (fields[0] == "cpu") {
            stat.all = times;
            return;
        }
        if (const auto id = parseSigned(fields[0].substr(3)))
            stat.cores.append({int(*id), *times});
        else
            stat.issues.append(QStringLiteral("unreadable line \"%1\"").arg(toQString(line)));
    });
    return stat;
}

std::optional<CpuUsage> usageBetween(const CpuTimes &before, const CpuTimes &after)
{
    if (anyCounterWentBack(before, after))
        return std::nullopt;
    const quint64 total = after.total() - before.total();
    if (total == 0)
        return std::nullopt;
    const quint64 idle = after.idle - before.idle;
    const quint64 iowait = after.iowait - before.iowait;
    CpuUsage usage;
    usage.busyPercent = share(total - idle - iowait, total);
    usage.userPercent = share((after.user - before.user) + (after.nice - before.nice), total);
    usage.systemPercent = share((after.system - before.system) + (after.irq - before.irq)
                                    + (after.softirq - before.softirq),
                                total);
    usage.iowaitPercent = share(iowait, total);
    usage.stealPercent = share(after.steal - before.steal, total);
    usage.idlePercent = share(idle, total);
    return usage;
}

std::optional<LoadAverage> parseLoadAverage(std::string_view text)
{
    const Fields fields = splitFields(text);
    if (fields.size() < 3)
        return std::nullopt;
    const auto one = parseDouble(fields[0]);
    const auto five = parseDouble(fields[1]);
    const auto fifteen = parseDouble(fields[2]);
    if (!one || !five || !fifteen)
        return std::nullopt;
    return LoadAverage{*one, *five, *fifteen};
}

CpuInfo parseCpuInfo(std::string_view text)
{
    CpuInfo info;
    QSet<QPair<qint64, qint64>> cores;
    bool topologyListed = false;
    int processor = -1;
    qint64 physicalId = -1;  // -1: not listed for the current processor
    forEachLine(text, [&](std::string_view line) {
        const auto [key, value] = splitKeyValue(line, ':');
        if (key.empty())
            return;
        if (key == "processor") {
            processor = int(parseSigned(value).value_or(processor + 1));
            physicalId = -1;
            ++info.processors;
        } else if (info.model.isEmpty() && (key == "model name" || key == "Model" || key == "cpu model")) {
            info.model = toQString(value);
        } else if (key == "cpu MHz") {
            if (const auto mhz = parseDouble(value))
                info.mhzByProcessor.append({processor, *mhz});
        } else if (key == "physical id") {
            physicalId = parseSigned(value).value_or(-1);
        } else if (key == "core id") {
            const auto coreId = parseSigned(value);
            if (physicalId >= 0 && coreId) {
                cores.insert({physicalId, *coreId});
                topologyListed = true;
            }
        }
    });
    if (topologyListed)
        info.physicalCores = int(cores.size());
    return info;
}

std::optional<double> parseCpufreqMhz(std::string_view text)
{
    const auto khz = parseUnsigned(text);
    if (!khz)
        return std::nullopt;
    return double(*khz) / 1000.0;
}

}  // namespace mirrorstage::reflector
