#include "memory_parser.h"

#include "text_fields.h"

namespace mirrorstage::reflector {

MemInfo parseMemInfo(std::string_view text)
{
    MemInfo info;
    forEachLine(text, [&](std::string_view line) {
        const auto [key, rest] = splitKeyValue(line, ':');
        std::optional<quint64> *target = nullptr;
        if (key == "MemTotal") target = &info.total;
        else if (key == "MemFree") target = &info.free;
        else if (key == "MemAvailable") target = &info.available;
        else if (key == "Buffers") target = &info.buffers;
        else if (key == "Cached") target = &info.cached;
        else if (key == "SwapTotal") target = &info.swapTotal;
        else if (key == "SwapFree") target = &info.swapFree;
        if (!target)
            return;
        const Fields fields = splitFields(rest);
        if (fields.size() != 2 || fields[1] != "kB")
            return;
        if (const auto kib = parseUnsigned(fields[0]))
            *target = *kib * 1024;
    });
    return info;
}

MemorySample memorySampleFrom(const MemInfo &info)
{
    MemorySample sample;
    sample.totalBytes = info.total;
    sample.availableBytes = info.available;
    if (!sample.availableBytes && info.free && info.buffers && info.cached)
        sample.availableBytes = *info.free + *info.buffers + *info.cached;
    if (sample.totalBytes && sample.availableBytes && *sample.totalBytes > 0) {
        const quint64 available = qMin(*sample.availableBytes, *sample.totalBytes);
        sample.usedPercent = 100.0 * double(*sample.totalBytes - available) / double(*sample.totalBytes);
    }
    if (info.swapTotal && info.swapFree) {
        sample.swapTotalBytes = info.swapTotal;
        sample.swapUsedBytes = *info.swapTotal - qMin(*info.swapFree, *info.swapTotal);
        if (*info.swapTotal > 0)
            sample.swapUsedPercent = 100.0 * double(*sample.swapUsedBytes) / double(*info.swapTotal);
    }
    return sample;
}

}  // namespace mirrorstage::reflector
