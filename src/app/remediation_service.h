#pragma once
// The console's remediation loop, on a thread of its own: the incident engine reads the hub's
// frames, log events and gap records and opens and resolves incidents in the store; a new
// incident is handed to the AI provider (by default the local runbooks) and its proposals are
// stored with the classifier's safety levels; approved commands (from the window or msctl, both
// through the store) are signed with the console's key and sent to their agents in order; the
// agents' results are applied and audited. Optional auto-remediation runs low-risk runbook
// commands of rules that allow it, rate-limited per host.
//
// Everything it does goes through the store, so msctl and the window see the same history, and a
// console restart picks up where it stopped (unresolved incidents, approvals not yet sent,
// results that arrived while it was down).

#include "ed25519.h"
#include "fleet_frame.h"
#include "provider_settings.h"
#include "wire_messages.h"

#include <QObject>
#include <QThread>

namespace mirrorstage::app {

class HubService;

struct RemediationSettings {
    QString defaultRulesFile;  // empty: the rules built into the program
    QString userRulesFile;     // the operator's rules; a missing file is no error
    ai::ProviderSettings provider;
    QString pricesFile;        // empty: the price table built into the program
    bool askProvider = true;   // ask for proposals when an incident opens
    int engineTickMs = 1000;
    int dispatchIntervalMs = 500;
};

class RemediationService : public QObject {
    Q_OBJECT
public:
    RemediationService(RemediationSettings settings, Ed25519Key consoleKey, QString databasePath, HubService &hub);
    ~RemediationService() override;

    // Loads the rules (a broken rules file stops the start, with the file and rule named), opens
    // its store connection and starts its thread.
    bool start(QString *error);
    // Asks the provider again for an incident's proposals (the window's "Ask again").
    void requestProposals(qint64 incidentId);
    // The Google sign-in's access token for Gemini, used only while no API key is configured;
    // empty when nobody is signed in. The provider is rebuilt on the service's thread; requests
    // already on their way finish with the token they started with.
    void setBearerToken(const QString &token);

signals:
    // Emitted on the service's thread; connect with a queued connection.
    void incidentsChanged();
    void proposalsChanged(qint64 incidentId);
    void executionsChanged();
    void commandOutput(const QString &executionId, const QString &stream, const QByteArray &data);
    void providerFailed(qint64 incidentId, const QString &message);

private:
    struct Worker;
    RemediationSettings m_settings;
    Ed25519Key m_consoleKey;
    QString m_databasePath;
    HubService &m_hub;
    QThread m_thread;
    QObject *m_anchor = nullptr;
    Worker *m_worker = nullptr;
};

}  // namespace mirrorstage::app
