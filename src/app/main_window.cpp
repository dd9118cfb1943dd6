#include "main_window.h"

#include "account_menu.h"
#include "console_status_bar.h"
#include "enrollment_dock.h"
#include "fleet_dock.h"
#include "fleet_scene.h"
#include "fleet_state.h"
#include "host_details_dock.h"
#include "host_selection.h"
#include "incidents_dock.h"
#include "move_host_dialog.h"
#include "scene_container.h"
#include "settings_dialog.h"
#include "ssh_host_dialog.h"
#include "store_client.h"
#include "language_switch.h"
#include "unit_format.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QMenuBar>
#include <QMessageBox>
#include <QQuickView>
#include <QSettings>

namespace mirrorstage::app {

MainWindow::MainWindow(WindowContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    m_scene = new SceneContainer(m_context.state, m_context.selection, this);
    setCentralWidget(m_scene);

    m_fleetDock = new FleetDock(m_context.state, m_context.selection, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_fleetDock);
    m_detailsDock = new HostDetailsDock(m_context.state, m_context.selection, m_context.store, this);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_enrollmentDock = new EnrollmentDock(m_context.store, m_context.listenUrl, m_context.operatorName, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_enrollmentDock);
    splitDockWidget(m_fleetDock, m_enrollmentDock, Qt::Vertical);
    resizeDocks({m_fleetDock, m_enrollmentDock}, {3, 1}, Qt::Vertical);
    resizeDocks({m_fleetDock, m_detailsDock}, {320, 420}, Qt::Horizontal);
    m_incidentsDock = new IncidentsDock(m_context.store, m_context.remediation, m_context.operatorName, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_incidentsDock);
    resizeDocks({m_incidentsDock}, {210}, Qt::Vertical);
    // Picking an incident shows its host in the scene, the tree and the details.
    connect(m_incidentsDock, &IncidentsDock::selectedHost, this, [this](const QString &hostname) {
        for (const core::HostEntry &host : m_context.state.hosts()) {
            if (host.identity.hostname == hostname && m_context.selection.agentId() != host.agentId)
                m_context.selection.select(host.agentId);
        }
    });
    // A host with an unresolved, unsilenced incident pulses in the scene.
    connect(m_incidentsDock->model(), &QAbstractItemModel::modelReset, this, &MainWindow::markOpenProblems);
    connect(m_incidentsDock->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::markOpenProblems);

    m_statusBar = new ConsoleStatusBar(m_context.state, m_context.store, m_context.listenUrl, this);
    setStatusBar(m_statusBar);
    if (scene::FleetScene *fleetScene = m_scene->fleetScene()) {
        connect(fleetScene, &scene::FleetScene::moveRequested, this,
                [this](const QString &agentId, const QString &rack, const QVector3D &position) {
                    placeHost(agentId, core::Placement{rack, RackPosition{position.x(), position.y(), position.z()}});
                });
    }
    // Selecting in the tree flies the camera to the host; the scene handles its own clicks.
    connect(&m_context.selection, &core::HostSelection::changed, this, [this](const QString &agentId) {
        m_actions.moveHost->setEnabled(!agentId.isEmpty());
        m_actions.focus->setEnabled(!agentId.isEmpty());
    });

    // qsTr() in the scene follows the language too: the switch retranslates the QML engine.
    if (m_scene->view())
        m_context.language.setQmlEngine(m_scene->view()->engine());
    buildMenus();
    if (m_context.googleSignIn)
        menuBar()->insertMenu(m_actions.help->menuAction(), new AccountMenu(*m_context.googleSignIn, m_context.settings, this));
    retranslate();
    resize(1280, 800);
    m_defaultState = saveState();
    restoreLayout();
    applySettings(m_context.windowSettings);
}

MainWindow::~MainWindow() = default;

void MainWindow::markOpenProblems()
{
    QSet<QString> troubled;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const store::IncidentRecord &incident : m_incidentsDock->model()->incidents()) {
        if (incident.state != QLatin1String("resolved") && !incident.isSilencedAt(now))
            troubled.insert(incident.agentId);
    }
    const QStringList agents = m_context.state.hosts().keys();
    for (const QString &agentId : agents)
        m_context.state.setOpenProblem(agentId, troubled.contains(agentId));
}

void MainWindow::buildMenus()
{
    Actions &a = m_actions;
    a.file = menuBar()->addMenu(QString());
    a.settings = a.file->addAction(QString(), this, &MainWindow::openSettings);
    a.settings->setObjectName(QStringLiteral("actionSettings"));
    a.settings->setShortcut(QKeySequence::Preferences);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);

    a.view = menuBar()->addMenu(QString());
    a.view->addAction(m_fleetDock->toggleViewAction());
    a.view->addAction(m_detailsDock->toggleViewAction());
    a.view->addAction(m_enrollmentDock->toggleViewAction());
    a.view->addAction(m_incidentsDock->toggleViewAction());
    a.view->addSeparator();
    a.frameAll = a.view->addAction(QString(), m_scene, &SceneContainer::frameAll);
    a.frameAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    a.focus = a.view->addAction(QString(), m_scene, &SceneContainer::focusSelected);
    a.focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    a.focus->setEnabled(false);
    a.linkOverlay = a.view->addAction(QString());
    a.linkOverlay->setObjectName(QStringLiteral("actionLinkOverlay"));
    a.linkOverlay->setCheckable(true);
    a.linkOverlay->setChecked(m_context.settings.value(QStringLiteral("scene/link_overlay"), true).toBool());
    connect(a.linkOverlay, &QAction::toggled, this, [this](bool on) {
        m_scene->setLinkOverlayVisible(on);
        m_context.settings.setValue(QStringLiteral("scene/link_overlay"), on);
    });
    m_scene->setLinkOverlayVisible(a.linkOverlay->isChecked());
    for (QAction *action : {a.frameAll, a.focus, a.linkOverlay})
        action->setEnabled(action == a.focus ? false : m_scene->is3dActive());
    a.view->addSeparator();
    a.resetLayout = a.view->addAction(QString(), this, [this] {
        restoreState(m_defaultState);
        for (QDockWidget *dock : {static_cast<QDockWidget *>(m_fleetDock), static_cast<QDockWidget *>(m_detailsDock),
                                  static_cast<QDockWidget *>(m_enrollmentDock),
                                  static_cast<QDockWidget *>(m_incidentsDock)})
            dock->show();
    });

    a.host = menuBar()->addMenu(QString());
    a.moveHost = a.host->addAction(QString(), this, &MainWindow::moveSelectedHost);
    a.moveHost->setObjectName(QStringLiteral("actionMoveHost"));
    a.moveHost->setEnabled(false);
    a.sshHost = a.host->addAction(QString(), this, &MainWindow::openSshDetails);
    a.sshHost->setObjectName(QStringLiteral("actionSshHost"));
    a.clearSelection = a.host->addAction(QString(), this, [this] { m_context.selection.clear(); });

    a.language = menuBar()->addMenu(QString());
    a.languages = new QActionGroup(this);
    a.systemLanguage = a.language->addAction(QString());
    a.english = a.language->addAction(QStringLiteral("English"));
    a.korean = a.language->addAction(QStringLiteral("한국어"));
    const QStringList choices = LanguageSwitch::choices();
    const QList<QAction *> languageActions{a.systemLanguage, a.english, a.korean};
    for (int i = 0; i < languageActions.size(); ++i) {
        QAction *action = languageActions[i];
        action->setCheckable(true);
        action->setData(choices[i]);
        action->setObjectName(QStringLiteral("actionLanguage_") + choices[i]);
        a.languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choices[i]] { setLanguage(choice); });
    }

    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About MIRROR STAGE"),
                           tr("<h3>MIRROR STAGE %1</h3><p>An operator console for a fleet of Linux hosts.</p>"
                              "<p>Agents connect to %2.</p>")
                               .arg(QCoreApplication::applicationVersion(), m_context.listenUrl.toHtmlEscaped()));
    });
}

void MainWindow::retranslate()
{
    Actions &a = m_actions;
    setWindowTitle(tr("MIRROR STAGE"));
    a.file->setTitle(tr("&File"));
    a.settings->setText(tr("&Settings…"));
    a.quit->setText(tr("&Quit"));
    a.view->setTitle(tr("&View"));
    a.frameAll->setText(tr("&Frame all hosts"));
    a.focus->setText(tr("F&ocus the selected host"));
    a.linkOverlay->setText(tr("&Link load overlay"));
    a.resetLayout->setText(tr("&Reset the window layout"));
    a.host->setTitle(tr("&Host"));
    a.moveHost->setText(tr("&Move to another slot…"));
    a.sshHost->setText(tr("&SSH…"));
    a.clearSelection->setText(tr("&Clear the selection"));
    a.language->setTitle(tr("&Language"));
    a.systemLanguage->setText(tr("Follow the &system"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About MIRROR STAGE"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &choice)
{
    m_context.language.apply(choice);
    m_context.windowSettings.language = choice;
    m_context.settings.setValue(QStringLiteral("ui/language"), choice);
    for (QAction *action : m_actions.languages->actions())
        action->setChecked(action->data().toString() == choice);
}

void MainWindow::applySettings(const WindowSettings &settings)
{
    m_context.windowSettings = settings;
    UnitSystem units;
    units.binaryBytes = settings.binaryBytes;
    units.networkBits = settings.networkBits;
    units.fahrenheit = settings.fahrenheit;
    UnitSystem::setCurrent(units);
    m_context.state.setThresholds(settings.thresholds, QDateTime::currentMSecsSinceEpoch());
    setLanguage(settings.language);
}

void MainWindow::setOperatorName(const QString &name)
{
    m_context.operatorName = name;
    m_incidentsDock->setOperatorName(name);
    m_enrollmentDock->setOperatorName(name);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.settings, m_context.windowSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::moveSelectedHost()
{
    const QString agentId = m_context.selection.agentId();
    if (agentId.isEmpty())
        return;
    auto *dialog = new MoveHostDialog(m_context.state, agentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, agentId] { placeHost(agentId, dialog->placement()); });
    dialog->open();
}

void MainWindow::openSshDetails()
{
    SshHostDialog::Options options;
    options.agentId = m_context.selection.agentId();
    if (const core::HostEntry *host = m_context.state.host(options.agentId))
        options.name = host->identity.hostname;
    options.operatorName = m_context.operatorName;
    options.endpoint = m_context.listenUrl;
    auto *dialog = new SshHostDialog(m_context.store, std::move(options), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::placeHost(const QString &agentId, const std::optional<core::Placement> &placement)
{
    const QString who = m_context.operatorName;
    m_context.store.request(
        this,
        [agentId, placement, who](store::Database &db) {
            QString error;
            store::PlacementRepository placements(db.connection());
            if (placement) {
                placements.place(agentId,
                                 store::HostPlacement{placement->rack, placement->position, who,
                                                      QDateTime::currentMSecsSinceEpoch()},
                                 &error);
            } else {
                placements.clear(agentId, &error);
            }
            return error;
        },
        [this, agentId, placement](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("The host was not moved"), error);
                return;
            }
            m_context.state.setPlacement(agentId, placement);
            emit placementSaved(agentId);
        });
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_context.settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_context.settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    m_context.settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_context.settings.setValue(QStringLiteral("window/state"), saveState());
    m_context.settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

}  // namespace mirrorstage::app
