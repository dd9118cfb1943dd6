// Where OpenGL cannot be had, the console still starts: the scene area says why 3D is off and
// what to install, and the fleet tree keeps working. The X server here has GLX, so the test takes
// OpenGL away the way a display without it would: Qt's xcb platform gets no GL integration.
#include "fleet_dock.h"
#include "fleet_filter.h"
#include "fleet_state.h"
#include "host_selection.h"
#include "scene_container.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace mirrorstage;

class SceneFallbackTest : public QObject {
    Q_OBJECT
private slots:
    void sceneSaysWhyAndTheTreeWorks();
};

void SceneFallbackTest::sceneSaysWhyAndTheTreeWorks()
{
    QVERIFY2(!app::SceneContainer::openGlProblem().isEmpty(), "OpenGL is still available: the test proves nothing");
    core::FleetState state;
    core::HostSelection selection;
    app::SceneContainer scene(state, selection);
    QVERIFY(!scene.is3dActive());
    auto *label = scene.findChild<QLabel *>(QStringLiteral("sceneFallback"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("3D rack view is off")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("OpenGL")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("libgl1-mesa-dri")), qPrintable(label->text()));
    scene.frameAll();  // harmless without a scene
    scene.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scene));

    core::FleetFrame frame;
    core::HostUpdate update;
    update.agentId = QStringLiteral("0123456789abcdef0123456789abcdef");
    update.identity.hostname = QStringLiteral("lonely");
    update.identity.rack = QStringLiteral("r1");
    frame.updates = {update};
    state.apply(frame, 1000);
    app::FleetDock dock(state, selection);
    QCOMPARE(dock.filter()->rowCount(), 1);
    QCOMPARE(dock.filter()->index(0, 0, dock.filter()->index(0, 0)).data().toString(), QStringLiteral("lonely"));
}

int main(int argc, char *argv[])
{
    qputenv("QT_XCB_GL_INTEGRATION", "none");
    QApplication app(argc, argv);
    SceneFallbackTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_scene_fallback.moc"
