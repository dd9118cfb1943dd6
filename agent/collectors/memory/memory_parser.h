#pragma once
// Parser for /proc/meminfo.

#include "host_sample.h"

#include <string_view>

namespace mirrorstage::reflector {

struct MemInfo {  // bytes
    std::optional<quint64> total, free, available, buffers, cached, swapTotal, swapFree;
};

MemInfo parseMemInfo(std::string_view text);

// Used shares as `free` and `top` show them. Kernels before 3.14 have no MemAvailable; there it is
// estimated as free + buffers + cached, like procps does.
MemorySample memorySampleFrom(const MemInfo &info);

}  // namespace mirrorstage::reflector
