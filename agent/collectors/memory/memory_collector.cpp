#include "memory_collector.h"

#include "memory_parser.h"
#include "text_fields.h"

namespace mirrorstage::reflector {

void MemoryCollector::collect(const CollectContext &context, MemorySample &out)
{
    if (const int error = m_root.read("/proc/meminfo", m_buffer, ReadMode::SingleRecord); error != 0) {
        context.reportUnreadable("/proc/meminfo", error);
        return;
    }
    out = memorySampleFrom(parseMemInfo(view(m_buffer)));
    if (!out.totalBytes || !out.availableBytes)
        context.report(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal or MemAvailable missing"));
    if (!out.swapTotalBytes)
        context.report(QStringLiteral("/proc/meminfo"), QStringLiteral("SwapTotal or SwapFree missing"));
}

}  // namespace mirrorstage::reflector
