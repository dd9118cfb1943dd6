#pragma once
// The window an operator lives in: the 3D rack scene in the centre; the Fleet, Host details and
// Enrollment docks around it, Incidents below (movable, restored at the next start); the status bar; menus for the
// view, the selected host, settings and the language, which switches at run time.

#include "fleet_state.h"
#include "window_settings.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QSettings;

namespace mirrorstage::core {
class HostSelection;
}
namespace mirrorstage::auth {
class GoogleSignIn;
}

namespace mirrorstage::app {

class ConsoleStatusBar;
class EnrollmentDock;
class FleetDock;
class HostDetailsDock;
class IncidentsDock;
class RemediationService;
class SceneContainer;
class StoreClient;
class LanguageSwitch;

struct WindowContext {
    core::FleetState &state;
    core::HostSelection &selection;
    StoreClient &store;
    LanguageSwitch &language;
    QSettings &settings;
    WindowSettings windowSettings;
    QString listenUrl;
    QString operatorName;  // recorded with the operator's decisions
    RemediationService *remediation = nullptr;  // incidents' live signals (none in some tests)
    auth::GoogleSignIn *googleSignIn = nullptr;  // the Account menu (none in some tests)
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WindowContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    SceneContainer *scene() const { return m_scene; }
    FleetDock *fleetDock() const { return m_fleetDock; }
    HostDetailsDock *detailsDock() const { return m_detailsDock; }
    EnrollmentDock *enrollmentDock() const { return m_enrollmentDock; }
    IncidentsDock *incidentsDock() const { return m_incidentsDock; }
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }

    void applySettings(const WindowSettings &settings);
    // Who decisions are recorded as from now on (the signed-in e-mail, or the local account).
    void setOperatorName(const QString &name);
    void openSettings();
    void moveSelectedHost();
    // Host ▸ SSH…: the selected host's SSH details, or a new agentless host's when none is selected.
    void openSshDetails();
    // Saves a host's placement in the store, then shows it (nullopt: back to the agent's own).
    void placeHost(const QString &agentId, const std::optional<core::Placement> &placement);

signals:
    void placementSaved(const QString &agentId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void setLanguage(const QString &choice);
    void markOpenProblems();

    WindowContext m_context;
    SceneContainer *m_scene = nullptr;
    FleetDock *m_fleetDock = nullptr;
    HostDetailsDock *m_detailsDock = nullptr;
    EnrollmentDock *m_enrollmentDock = nullptr;
    IncidentsDock *m_incidentsDock = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    QByteArray m_defaultState;

    struct Actions {
        QMenu *file = nullptr, *view = nullptr, *host = nullptr, *language = nullptr, *help = nullptr;
        QAction *settings = nullptr, *quit = nullptr;
        QAction *frameAll = nullptr, *focus = nullptr, *linkOverlay = nullptr, *resetLayout = nullptr;
        QAction *moveHost = nullptr, *clearSelection = nullptr;
        QAction *sshHost = nullptr;
        QAction *systemLanguage = nullptr, *english = nullptr, *korean = nullptr;
        QAction *about = nullptr;
        QActionGroup *languages = nullptr;
    } m_actions;
};

}  // namespace mirrorstage::app
