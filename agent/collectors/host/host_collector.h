#pragma once
// Facts about the host: hostname, OS, kernel, boot id, DMI vendor and model (read once: they do
// not change while the agent runs), and the uptime (read every sample).

#include "collect_context.h"

namespace mirrorstage::reflector {

class HostCollector {
public:
    explicit HostCollector(SystemRoot &root);
    void collect(const CollectContext &context, HostFacts &out);

    const HostFacts &staticFacts() const { return m_facts; }

private:
    QString readTrimmed(std::string_view path, const CollectContext *context);

    SystemRoot &m_root;
    QByteArray m_buffer;
    HostFacts m_facts;
};

}  // namespace mirrorstage::reflector
