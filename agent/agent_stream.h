#pragma once
// Streaming mode: every sample goes into the durable outbox (and is synced) before the uplink
// sends it; the console's acknowledgements drop it. Collection never waits for the network.

#include "agent_config.h"
#include "outbox.h"
#include "uplink.h"

#include <QObject>
#include <chrono>
#include <memory>

namespace mirrorstage::reflector {

class AgentStream : public QObject {
    Q_OBJECT
public:
    // Loads or creates the agent's key and opens the outbox in the state directory.
    static std::unique_ptr<AgentStream> start(const AgentConfig &config, const AgentIdentity &identity,
                                              std::chrono::milliseconds interval, QString *error);
    ~AgentStream() override;

    void enqueue(const mirrorstage::HostSample &sample);

private:
    AgentStream() = default;

    std::optional<Ed25519Key> m_key;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Uplink> m_uplink;
    QString m_lastError;
};

}  // namespace mirrorstage::reflector
