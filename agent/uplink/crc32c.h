#pragma once
// CRC-32C (Castagnoli), the checksum of every outbox record. Uses the CPU's CRC-32C instruction where
// CMake built a file for it and the CPU has it (x86-64 with SSE4.2: ~0.1 µs per KiB), else a
// slicing-by-8 table (~0.5 µs per KiB).

#include <QtGlobal>

namespace mirrorstage::reflector {

// Chains: crc32c(crc32c(0, a), b) is the checksum of a followed by b. Start with 0.
quint32 crc32c(quint32 crc, const char *data, qsizetype size);

// The table version alone, so tests can hold the two against each other.
quint32 crc32cPortable(quint32 crc, const char *data, qsizetype size);

namespace detail {
using Crc32cFunction = quint32 (*)(quint32 crc, const char *data, qsizetype size);
// The instruction's version, or null when this build or this CPU has none. One file per
// architecture provides it (crc32c_x86_64.cpp, crc32c_no_instruction.cpp), chosen by CMake.
Crc32cFunction crc32cInstruction();
}  // namespace detail

}  // namespace mirrorstage::reflector
