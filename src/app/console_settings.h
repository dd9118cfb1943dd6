#pragma once
// The console's settings: QSettings (~/.config/MirrorStage/mirrorstage.conf), overridden by the
// command line. Secrets are never here: they are in the keychain.

#include "hub_settings.h"
#include "remediation_service.h"
#include "retention.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mirrorstage::app {

struct ConsoleSettings {
    hub::HubSettings hub;
    QString databasePath;  // empty: the XDG default
    store::RetentionPolicy retention;
    QString keyFile;       // empty: the keychain
    bool headless = false;
    // Incidents and proposals: rules files, the AI provider (its key comes from the keychain).
    RemediationSettings remediation;

    // --demo-fleet: a fleet of local reflectors for a demonstration (demo_fleet.h).
    bool demoFleet = false;
    int demoHosts = 12;     // DemoFleet::kDefaultHosts
    QString demoReflector;  // empty: next to mirrorstage, else the build tree's
    QString demoDir;        // empty: the XDG data directory's demo-fleet
    bool demoFault = true;  // --no-demo-fault: no CPU-hungry process, no demo rules
    bool rulesGiven = false;  // --rules on the command line (the demo's rules then step aside)
};

class ConsoleSettingsLoader {
    Q_DECLARE_TR_FUNCTIONS(ConsoleSettingsLoader)
public:
    static void addOptions(QCommandLineParser &parser);
    // Settings file first, then the command line; false with *error for a bad value.
    static bool load(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error);

    // The keychain entry of a provider's API key ("ai/openai/api_key" ...).
    static QString apiKeyName(ai::ProviderKind kind);

private:
    static bool loadRemediation(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error);
    static bool loadDemoFleet(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error);
};

}  // namespace mirrorstage::app
