// Architectures without a CRC-32C instruction file: the table does the work.
#include "crc32c.h"

namespace mirrorstage::reflector::detail {

Crc32cFunction crc32cInstruction()
{
    return nullptr;
}

}  // namespace mirrorstage::reflector::detail
