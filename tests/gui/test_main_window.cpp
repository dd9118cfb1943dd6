// The console window over a real demo fleet: a real hub on 127.0.0.1, real reflector processes,
// a real SQLite file, the real keychain, drawn by OpenGL on Xvfb. What an operator would check:
// the racks are drawn, clicking a host shows it, the tree and the scene agree, the filter, the
// enrollment dock, the layout comes back, and the language switches while the window is open.
#include "console_runtime.h"
#include "console_status_bar.h"
#include "enrollment_dock.h"
#include "fleet_dock.h"
#include "fleet_filter.h"
#include "fleet_scene.h"
#include "fleet_tree_model.h"
#include "gui_test_support.h"
#include "host_details_dock.h"
#include "main_window.h"
#include "scene_container.h"
#include "window_session.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickView>
#include <QScreen>
#include <QSGRendererInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mirrorstage;
using namespace mirrorstage::app;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free loopback port");
    return probe.serverPort();
}

QString artifactsDir()
{
    const QString dir = qEnvironmentVariable("MIRRORSTAGE_ARTIFACTS", QDir::currentPath() + QStringLiteral("/artifacts"));
    QDir().mkpath(dir);
    return dir;
}

// Xvfb's framebuffer, where the QQuickView's native window is composed with the widgets.
QImage screenshotOf(QWidget *window)
{
    return window->screen()->grabWindow(0, window->x(), window->y(), window->frameGeometry().width(),
                                        window->frameGeometry().height()).toImage();
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sceneIsDrawnByOpenGLWithTheDemoRacks();
    void clickingAHostSelectsExactlyThatHost();
    void treeAndSceneShareTheSelection();
    void fleetFilterNarrowsTheTree();
    void statusBarCountsTheAgents();
    void enrollmentDockAcceptsAPendingAgent();
    void movedHostKeepsItsSlot();
    void languageSwitchesAtRunTime();
    void layoutComesBackAtTheNextStart();

private:
    QString agentIdOf(const QString &hostname) const;
    QPoint screenPointOf(const QString &agentId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleRuntime> m_runtime;
    std::unique_ptr<WindowSession> m_session;
    QProcess m_newcomer;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorStage"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrorstage"));
    {
        QSettings settings;
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }

    ConsoleSettings settings;
    settings.databasePath = m_dir.filePath(QStringLiteral("console.db"));
    settings.hub.port = freePort();
    settings.hub.pendingRetryMs = 1000;  // the accepted newcomer streams a second after the click
    settings.demoFleet = true;
    settings.demoHosts = 12;
    settings.demoReflector = QStringLiteral(MIRRORSTAGE_REFLECTOR);
    settings.demoDir = m_dir.filePath(QStringLiteral("demo"));
    // The console's key goes to the real keychain (gnome-keyring under dbus-run-session).
    m_runtime = std::make_unique<ConsoleRuntime>(settings, true);
    QString error;
    QVERIFY2(m_runtime->start(&error), qPrintable(error));
    m_session = std::make_unique<WindowSession>(*m_runtime);
    QVERIFY2(m_session->start(&error), qPrintable(error));
    MainWindow *window = m_session->window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(200);  // a first frame, with Mesa loaded
    keepMesaLoaded();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state().onlineCount(), 12, 60'000);
    // Every demo host has sent a sample with its identity and vitals.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_session->state().hosts().cbegin(), m_session->state().hosts().cend(),
                                         [](const core::HostEntry &host) {
                                             return !host.identity.hostname.isEmpty() && host.vitals.memoryPercent;
                                         }),
                             30'000);
}

void MainWindowTest::cleanupTestCase()
{
    if (m_newcomer.state() != QProcess::NotRunning) {
        m_newcomer.terminate();
        m_newcomer.waitForFinished(5000);
    }
    m_session.reset();
    if (m_runtime)
        m_runtime->stop();
}

QString MainWindowTest::agentIdOf(const QString &hostname) const
{
    for (const core::HostEntry &host : m_session->state().hosts()) {
        if (host.identity.hostname == hostname)
            return host.agentId;
    }
    return {};
}

QPoint MainWindowTest::screenPointOf(const QString &agentId) const
{
    QQuickView *view = m_session->window()->scene()->view();
    QObject *viewport = nullptr;
    for (QObject *child : view->rootObject()->findChildren<QObject *>()) {
        if (child->inherits("QQuick3DViewport"))
            viewport = child;
    }
    if (!viewport)
        qFatal("RackScene.qml has no View3D");
    const QVector3D scenePoint = m_session->window()->scene()->fleetScene()->hostScenePosition(agentId);
    QVector3D onScreen;
    QMetaObject::invokeMethod(viewport, "mapFrom3DScene", Q_RETURN_ARG(QVector3D, onScreen), Q_ARG(QVector3D, scenePoint));
    const QPointF inViewport = qobject_cast<QQuickItem *>(viewport)->mapToScene(QPointF(onScreen.x(), onScreen.y()));
    return inViewport.toPoint();
}

void MainWindowTest::sceneIsDrawnByOpenGLWithTheDemoRacks()
{
    SceneContainer *scene = m_session->window()->scene();
    QVERIFY2(scene->is3dActive(), qPrintable(scene->fallbackReason()));
    QQuickView *view = scene->view();
    QCOMPARE(view->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
    for (const char *rack : {"rack-a", "rack-b", "rack-c"})
        QVERIFY2(m_session->state().layout().find(QLatin1String(rack)), rack);

    // Drawn: the picture is not one flat colour, and the healthy hosts' green is in it.
    QTest::qWait(1500);  // let the camera's first "frame all" settle
    const QImage image = view->grabWindow();
    QVERIFY(!image.isNull());
    image.save(artifactsDir() + QStringLiteral("/scene-en.png"));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y) & 0xffffff);
    }
    QVERIFY2(colours.size() > 20, "the rack view looks empty");
    // Each rack is in the scene, with its label and its hosts.
    scene::RackListModel *racks = scene->fleetScene()->racks();
    QStringList labels;
    for (int row = 0; row < racks->rowCount(); ++row) {
        const QModelIndex index = racks->index(row);
        labels.append(index.data(scene::RackListModel::NameRole).toString());
        QCOMPARE(index.data(scene::RackListModel::HostCountRole).toInt(), 4);
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("rack-a"), QStringLiteral("rack-b"), QStringLiteral("rack-c")}));
    // And the racks fill a fair share of the view: the camera frames them, they are not specks.
    const QRect drawn = [&image] {
        const QRgb background = image.pixel(image.width() - 1, 0) & 0xffffff;
        QRect box;
        for (int y = 0; y < image.height() * 2 / 3; y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if ((image.pixel(x, y) & 0xffffff) != background)
                    box |= QRect(x, y, 1, 1);
            }
        }
        return box;
    }();
    QVERIFY2(drawn.width() > image.width() / 3, qPrintable(QStringLiteral("the racks span only %1 of %2 pixels")
                                                             .arg(drawn.width()).arg(image.width())));
}

void MainWindowTest::clickingAHostSelectsExactlyThatHost()
{
    QQuickView *view = m_session->window()->scene()->view();
    for (const QString &hostname : {QStringLiteral("db-01"), QStringLiteral("web-02"), QStringLiteral("build-01")}) {
        const QString agentId = agentIdOf(hostname);
        QVERIFY2(!agentId.isEmpty(), qPrintable(hostname));
        m_session->selection().clear();
        QTest::qWait(1200);  // a focus flight from the previous round ends
        const QPoint point = screenPointOf(agentId);
        QVERIFY2(view->geometry().contains(view->mapToGlobal(point)), "the host is off screen");
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, point);
        QTRY_COMPARE(m_session->selection().agentId(), agentId);
        auto *name = m_session->window()->detailsDock()->findChild<QLabel *>(QStringLiteral("hostNameLabel"));
        QVERIFY(name);
        QTRY_VERIFY2(name->text().contains(hostname), qPrintable(name->text()));
    }
}

void MainWindowTest::treeAndSceneShareTheSelection()
{
    FleetDock *dock = m_session->window()->fleetDock();
    const QString agentId = agentIdOf(QStringLiteral("queue-01"));
    const QModelIndex index = dock->filter()->mapFromSource(dock->model()->indexOfHost(agentId));
    QVERIFY(index.isValid());
    dock->tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_session->selection().agentId(), agentId);
    QCOMPARE(m_session->window()->scene()->fleetScene()->selectedAgentId(), agentId);

    // And back: a selection made elsewhere (the scene) is shown in the tree.
    const QString other = agentIdOf(QStringLiteral("mon-01"));
    m_session->selection().select(other);
    QCOMPARE(dock->tree()->currentIndex().data(FleetTreeModel::AgentIdRole).toString(), other);
}

void MainWindowTest::fleetFilterNarrowsTheTree()
{
    FleetDock *dock = m_session->window()->fleetDock();
    const auto shownHosts = [dock] {
        QStringList names;
        for (int rack = 0; rack < dock->filter()->rowCount(); ++rack) {
            const QModelIndex rackIndex = dock->filter()->index(rack, 0);
            for (int row = 0; row < dock->filter()->rowCount(rackIndex); ++row)
                names.append(dock->filter()->index(row, 0, rackIndex).data().toString());
        }
        names.sort();
        return names;
    };
    QCOMPARE(shownHosts().size(), 12);
    QTest::keyClicks(dock->filterEdit(), QStringLiteral("rack:rack-b"));
    QCOMPARE(shownHosts(), (QStringList{QStringLiteral("cache-01"), QStringLiteral("db-01"), QStringLiteral("db-02"),
                                        QStringLiteral("queue-01")}));
    dock->filterEdit()->setText(QStringLiteral("tag:batch"));
    QCOMPARE(shownHosts(), (QStringList{QStringLiteral("batch-01"), QStringLiteral("batch-02")}));
    dock->filterEdit()->setText(QStringLiteral("web"));
    QCOMPARE(shownHosts(), (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
    dock->filterEdit()->setText(QStringLiteral("state:offline"));
    QVERIFY(shownHosts().isEmpty());
    dock->filterEdit()->clear();
    QCOMPARE(shownHosts().size(), 12);
}

void MainWindowTest::statusBarCountsTheAgents()
{
    ConsoleStatusBar *bar = m_session->window()->consoleStatusBar();
    QTRY_VERIFY2(bar->agentsText().contains(QStringLiteral("12 / 12")), qPrintable(bar->agentsText()));
    QTRY_VERIFY2(!bar->databaseText().contains(QStringLiteral("measuring")), qPrintable(bar->databaseText()));
    const auto *listen = bar->findChild<QLabel *>(QStringLiteral("listenStatus"));
    QVERIFY(listen->text().contains(m_runtime->listenUrl()));
}

void MainWindowTest::enrollmentDockAcceptsAPendingAgent()
{
    // An agent with the console's key pinned but no token: it waits, pending, until an operator decides.
    QString error;
    store::Database db(m_runtime->databasePath(), QStringLiteral("test"));
    const std::optional<QByteArray> key = store::ConsoleIdentity(db.connection()).publicKey(&error);
    QVERIFY2(key, qPrintable(error));
    const QString stateDir = m_dir.filePath(QStringLiteral("newcomer"));
    QDir().mkpath(stateDir);
    const QJsonObject config{{QStringLiteral("endpoint"), m_runtime->listenUrl()},
                             {QStringLiteral("console_public_key"), QString::fromLatin1(key->toBase64())},
                             {QStringLiteral("state_dir"), stateDir},
                             {QStringLiteral("hostname_override"), QStringLiteral("newcomer")},
                             {QStringLiteral("interval_seconds"), 1}};
    QFile file(m_dir.filePath(QStringLiteral("newcomer.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    m_newcomer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_newcomer.start(QStringLiteral(MIRRORSTAGE_REFLECTOR), {QStringLiteral("--config"), file.fileName()});
    QVERIFY(m_newcomer.waitForStarted());

    EnrollmentDock *dock = m_session->window()->enrollmentDock();
    QTRY_COMPARE_WITH_TIMEOUT(dock->pendingTable()->rowCount(), 1, 30'000);
    QCOMPARE(dock->pendingTable()->item(0, 0)->text(), QStringLiteral("newcomer"));
    QVERIFY(!dock->acceptButton()->isEnabled());
    dock->pendingTable()->selectRow(0);
    QVERIFY(dock->acceptButton()->isEnabled());
    QTest::mouseClick(dock->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dock->pendingTable()->rowCount(), 0, 10'000);
    // Accepted in the store, and streaming: it joins the fleet, unplaced (its config names no rack).
    QTRY_VERIFY_WITH_TIMEOUT(!agentIdOf(QStringLiteral("newcomer")).isEmpty(), 30'000);
    const core::HostEntry *host = m_session->state().host(agentIdOf(QStringLiteral("newcomer")));
    QVERIFY(host->online);
    QVERIFY(!host->isPlaced());
    const std::optional<store::HostRecord> record =
        store::HostRepository(db.connection()).find(agentIdOf(QStringLiteral("newcomer")), &error);
    QVERIFY(record);
    QCOMPARE(record->enrollment, store::EnrollmentState::Accepted);
    QVERIFY2(record->enrollmentChangedBy.startsWith(QStringLiteral("console:")), qPrintable(record->enrollmentChangedBy));
}

void MainWindowTest::movedHostKeepsItsSlot()
{
    const QString agentId = agentIdOf(QStringLiteral("web-01"));
    QSignalSpy saved(m_session->window(), &MainWindow::placementSaved);
    m_session->window()->placeHost(agentId, core::Placement{QStringLiteral("rack-c"), RackPosition{0, 23, 0}});
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_session->state().host(agentId)->rack(), QStringLiteral("rack-c"));
    // The tree lists it under its new rack; the store keeps it for the next start.
    FleetTreeModel *model = m_session->window()->fleetDock()->model();
    QCOMPARE(model->indexOfHost(agentId).parent().data(FleetTreeModel::RackRole).toString(), QStringLiteral("rack-c"));
    QString error;
    store::Database db(m_runtime->databasePath(), QStringLiteral("placements"));
    const auto placements = store::PlacementRepository(db.connection()).all(&error);
    QCOMPARE(placements.value(agentId).rack, QStringLiteral("rack-c"));
    QCOMPARE(placements.value(agentId).position.y, 23.0);
    QTest::qWait(1500);  // the agent's own rack, reported again meanwhile, does not move it back
    QCOMPARE(m_session->state().host(agentId)->rack(), QStringLiteral("rack-c"));
}

void MainWindowTest::languageSwitchesAtRunTime()
{
    MainWindow *window = m_session->window();
    QAction *korean = window->findChild<QAction *>(QStringLiteral("actionLanguage_ko"));
    QAction *english = window->findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    QVERIFY(korean && english);
    const QString fileMenuEnglish = window->menuBar()->actions().first()->text();
    QCOMPARE(fileMenuEnglish, QStringLiteral("&File"));
    QCOMPARE(window->fleetDock()->windowTitle(), QStringLiteral("Fleet"));

    korean->trigger();
    // QEvent::LanguageChange reaches the widgets through the event loop.
    QTRY_VERIFY2(hasHangul(window->menuBar()->actions().first()->text()), qPrintable(window->menuBar()->actions().first()->text()));
    QVERIFY2(hasHangul(window->fleetDock()->windowTitle()), qPrintable(window->fleetDock()->windowTitle()));
    QVERIFY2(hasHangul(window->fleetDock()->filterEdit()->placeholderText()), "filter hint");
    QVERIFY(hasHangul(window->fleetDock()->model()->headerData(FleetTreeModel::HealthColumn, Qt::Horizontal).toString()));
    QTRY_VERIFY2(hasHangul(window->consoleStatusBar()->agentsText()), qPrintable(window->consoleStatusBar()->agentsText()));
    // The scene's legend (QML) follows too: its title is no longer "Health", and it speaks Korean.
    QQuickView *view = window->scene()->view();
    const auto legendTexts = [view] {
        QStringList texts;
        for (QQuickItem *item : view->rootObject()->findChildren<QQuickItem *>())
            texts.append(item->property("text").toString());
        return texts;
    };
    QTRY_VERIFY2(!legendTexts().contains(QStringLiteral("Health")), qPrintable(legendTexts().join(QLatin1Char('|'))));
    const QStringList koreanTexts = legendTexts();
    QVERIFY(std::any_of(koreanTexts.cbegin(), koreanTexts.cend(), hasHangul));
    QTest::qWait(500);
    screenshotOf(window).save(artifactsDir() + QStringLiteral("/main-window-ko.png"));

    english->trigger();
    QTRY_COMPARE(window->menuBar()->actions().first()->text(), fileMenuEnglish);
    QTRY_VERIFY(legendTexts().contains(QStringLiteral("Health")));
    QCOMPARE(window->fleetDock()->windowTitle(), QStringLiteral("Fleet"));
    QTest::qWait(500);
    screenshotOf(window).save(artifactsDir() + QStringLiteral("/main-window-en.png"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void MainWindowTest::layoutComesBackAtTheNextStart()
{
    MainWindow *window = m_session->window();
    window->enrollmentDock()->hide();
    window->detailsDock()->setFloating(true);
    window->close();  // saves the layout

    // The next start: a new window over the same settings.
    QSettings settings;
    WindowSettings windowSettings;
    QString error;
    QVERIFY(WindowSettingsStore::load(settings, windowSettings, &error));
    MainWindow next(WindowContext{m_session->state(), m_session->selection(), m_session->store(), m_session->language(),
                                  settings, windowSettings, m_runtime->listenUrl(), QStringLiteral("test")});
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY(next.enrollmentDock()->isHidden());
    QVERIFY(next.detailsDock()->isFloating());
    QVERIFY(!next.fleetDock()->isHidden());
}

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
