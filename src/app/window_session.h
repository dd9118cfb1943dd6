#pragma once
// The desktop console on top of a started ConsoleRuntime: the live fleet state fed by the hub's
// frames, the store client, the language, the rack layout, and the main window. main() and the
// GUI tests build the same thing through this class.

#include "console_runtime.h"
#include "fleet_state.h"
#include "host_selection.h"
#include "store_client.h"
#include "language_switch.h"
#include "window_settings.h"

#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <memory>

namespace mirrorstage::auth {
class GoogleSignIn;
}

namespace mirrorstage::app {

class MainWindow;

class WindowSession : public QObject {
    Q_OBJECT
public:
    explicit WindowSession(ConsoleRuntime &runtime, QObject *parent = nullptr);
    ~WindowSession() override;

    // Loads the window settings and the rack layout, opens the store client, builds the window
    // and starts loading the known hosts. False with *error (a broken settings value or racks.json).
    bool start(QString *error);

    MainWindow *window() const { return m_window.get(); }
    core::FleetState &state() { return m_state; }
    core::HostSelection &selection() { return m_selection; }
    StoreClient &store() { return *m_store; }
    LanguageSwitch &language() { return m_language; }
    auth::GoogleSignIn &googleSignIn() { return *m_googleSignIn; }
    // racks.json in use: the setting, else racks.json next to the database, else the demo's
    // layout when the demo fleet runs; empty when none.
    QString racksFile() const { return m_racksFile; }

signals:
    void knownHostsLoaded(int count);

private:
    void loadKnownHosts();
    // Google sign-in: the operator's identity in decisions and the audit log, the status bar, and
    // Gemini's token when no API key is configured.
    void startGoogleSignIn();
    void audit(const QString &actor, const QString &action, const QJsonObject &details);

    ConsoleRuntime &m_runtime;
    QSettings m_settings;
    core::FleetState m_state;
    core::HostSelection m_selection;
    LanguageSwitch m_language;
    std::unique_ptr<StoreClient> m_store;
    std::unique_ptr<auth::GoogleSignIn> m_googleSignIn;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_healthTimer;
    QString m_racksFile;
};

}  // namespace mirrorstage::app
