// CRC-32C with SSE4.2's crc32 instruction, for x86-64 CPUs that have it (all since 2008).
#include "crc32c.h"

#include <cstring>
#include <nmmintrin.h>

namespace mirrorstage::reflector::detail {
namespace {

__attribute__((target("sse4.2"))) quint32 crc32cSse42(quint32 crc, const char *data, qsizetype size)
{
    quint64 state = ~crc;
    for (; size >= 8; data += 8, size -= 8) {
        quint64 word;
        std::memcpy(&word, data, sizeof(word));
        state = _mm_crc32_u64(state, word);
    }
    auto narrow = quint32(state);
    for (; size > 0; ++data, --size)
        narrow = _mm_crc32_u8(narrow, quint8(*data));
    return ~narrow;
}

}  // namespace

Crc32cFunction crc32cInstruction()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") ? &crc32cSse42 : nullptr;
}

}  // namespace mirrorstage::reflector::detail
