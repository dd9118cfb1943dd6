#pragma once
// Network interfaces: counters and rates from /proc/net/dev, state and link speed from
// /sys/class/net, and the primary interface from the routing table.

#include "collect_context.h"
#include "network_parser.h"

#include <QHash>

namespace mirrorstage::reflector {

class NetworkCollector {
public:
    explicit NetworkCollector(SystemRoot &root) : m_root(root) {}
    void collect(const CollectContext &context, NetworkSample &out);

private:
    void readLinkState(const CollectContext &context, const QByteArray &rawName, InterfaceSample &nic);
    QByteArray primaryInterface();

    SystemRoot &m_root;
    QByteArray m_buffer;
    QHash<QByteArray, InterfaceCounters> m_previous;
};

}  // namespace mirrorstage::reflector
