#pragma once
// Memory and swap, from /proc/meminfo.

#include "collect_context.h"

namespace mirrorstage::reflector {

class MemoryCollector {
public:
    explicit MemoryCollector(SystemRoot &root) : m_root(root) {}
    void collect(const CollectContext &context, MemorySample &out);

private:
    SystemRoot &m_root;
    QByteArray m_buffer;
};

}  // namespace mirrorstage::reflector
