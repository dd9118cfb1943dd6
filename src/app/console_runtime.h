#pragma once
// Everything the console runs besides its window, in start order: the store (file, migrations),
// the console's signing key (keychain or --key-file), the store writer thread, the ingest hub
// thread, and the demo fleet when asked for. `mirrorstage --headless` runs only this; the window
// (WindowSession) sits on top of it. The remediation service (incidents, proposals, signed
// commands) starts right after the hub. stop() takes it down in the reverse order, agents first so
// that the hub still acknowledges what they sent.

#include "console_settings.h"
#include "demo_fleet.h"
#include "ed25519.h"
#include "hub_service.h"
#include "remediation_service.h"
#include "store.h"

#include <memory>

namespace mirrorstage::app {

class ConsoleRuntime {
public:
    // liveView: the hub also hands the newest samples over in frames (HubService::frameReady).
    ConsoleRuntime(ConsoleSettings settings, bool liveView);
    ~ConsoleRuntime();

    bool start(QString *error);
    void stop();

    const ConsoleSettings &settings() const { return m_settings; }
    QString databasePath() const { return m_databasePath; }
    QString listenUrl() const { return m_hub ? m_hub->listenUrl() : QString(); }
    HubService *hub() const { return m_hub.get(); }
    DemoFleet *demoFleet() const { return m_demoFleet.get(); }
    RemediationService *remediation() const { return m_remediation.get(); }

private:
    ConsoleSettings m_settings;
    bool m_liveView = false;
    QString m_databasePath;
    std::unique_ptr<store::Database> m_database;
    std::optional<Ed25519Key> m_key;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<HubService> m_hub;
    std::unique_ptr<RemediationService> m_remediation;
    std::unique_ptr<DemoFleet> m_demoFleet;
};

}  // namespace mirrorstage::app
