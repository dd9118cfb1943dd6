#include "crc32c.h"

#include <QtEndian>
#include <array>
#include <cstring>

namespace mirrorstage::reflector {
namespace {

using Tables = std::array<std::array<quint32, 256>, 8>;

constexpr Tables makeTables()
{
    constexpr quint32 kReflectedPolynomial = 0x82F63B78u;
    Tables tables{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ ((crc & 1u) ? kReflectedPolynomial : 0u);
        tables[0][i] = crc;
    }
    for (quint32 i = 0; i < 256; ++i)
        for (size_t t = 1; t < tables.size(); ++t)
            tables[t][i] = (tables[t - 1][i] >> 8) ^ tables[0][tables[t - 1][i] & 0xffu];
    return tables;
}

constexpr Tables kTables = makeTables();

}  // namespace

quint32 crc32c(quint32 crc, const char *data, qsizetype size)
{
    static const detail::Crc32cFunction instruction = detail::crc32cInstruction();
    return instruction ? instruction(crc, data, size) : crc32cPortable(crc, data, size);
}

quint32 crc32cPortable(quint32 crc, const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    crc = ~crc;
    for (; size >= 8; p += 8, size -= 8) {
        const quint64 word = qFromLittleEndian<quint64>(p) ^ crc;
        crc = kTables[7][word & 0xff] ^ kTables[6][(word >> 8) & 0xff] ^ kTables[5][(word >> 16) & 0xff]
            ^ kTables[4][(word >> 24) & 0xff] ^ kTables[3][(word >> 32) & 0xff] ^ kTables[2][(word >> 40) & 0xff]
            ^ kTables[1][(word >> 48) & 0xff] ^ kTables[0][word >> 56];
    }
    for (; size > 0; ++p, --size)
        crc = kTables[0][(crc ^ *p) & 0xff] ^ (crc >> 8);
    return ~crc;
}

}  // namespace mirrorstage::reflector
