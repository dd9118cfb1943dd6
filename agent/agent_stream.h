#pragma once
// Streaming mode: every sample goes into the durable outbox (and is synced) before the uplink
// sends it; the console's acknowledgements drop it. Collection never waits for the network.
// Commands from the console go to the runner; their results go into the outbox like samples.

#include "agent_config.h"
#include "command_runner.h"
#include "log_event.h"
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
    // Matched log lines become Log records, stored (and synced) before the call returns.
    void enqueueLogs(const QList<mirrorstage::reflector::LogEvent> &events);

private:
    AgentStream() = default;
    void appendResult(const mirrorstage::wire::CommandResult &result);

    std::optional<Ed25519Key> m_key;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CommandRunner> m_runner;
    std::unique_ptr<Uplink> m_uplink;
    QString m_lastError;

    void reportOutboxFailure();
};

}  // namespace mirrorstage::reflector
