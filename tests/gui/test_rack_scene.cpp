// The 3D rack scene (qml/): picking arithmetic, FleetScene's view of a FleetState, and the scene
// in a real window under Xvfb (OpenGL through Mesa), as an operator would check it: colours on
// screen, clicking a host, selecting from elsewhere, ten thousand hosts.

#include "gui_test_support.h"
#include "fleet_instancing.h"
#include "fleet_scene.h"
#include "fleet_state.h"
#include "host_picking.h"
#include "host_selection.h"
#include "instance_table.h"
#include "rack_layout.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <dlfcn.h>
#include <link.h>
#include <memory>
#include <numbers>

Q_IMPORT_QML_PLUGIN(MirrorStage_ScenePlugin)

using namespace mirrorstage;
using scene::FleetScene;
using scene::PickBox;
using scene::Ray;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

struct HostSpec {
    QString id;
    QString rack;  // empty: unplaced
    RackPosition position{0, 1, 0};
    double cpu = 20;
    bool online = true;
    bool sampled = true;
};

void addHosts(core::FleetState &state, const QList<HostSpec> &specs)
{
    QList<core::KnownHost> known;
    core::FleetFrame frame;
    for (const HostSpec &spec : specs) {
        core::KnownHost host;
        host.agentId = spec.id;
        host.identity.hostname = spec.id + QStringLiteral(".example");
        if (!spec.rack.isEmpty()) {
            host.identity.rack = spec.rack;
            host.identity.position = spec.position;
        }
        host.lastSeenMs = kNow;
        known.append(host);
        if (spec.online && spec.sampled) {
            core::HostUpdate update;
            update.agentId = spec.id;
            update.identity = host.identity;
            update.vitals.cpuPercent = spec.cpu;
            update.vitals.memoryPercent = 41.3;
            update.vitals.linkInterface = QStringLiteral("eth0");
            update.vitals.linkSpeedMbps = 1000;
            update.vitals.linkRxBytesPerSecond = 50e6;
            update.receivedMs = kNow;
            update.sampleTimestampMs = kNow;
            update.intervalMs = 10'000;
            frame.updates.append(update);
        } else if (spec.online) {
            frame.presence.append({spec.id, true});
        }
    }
    state.addKnown(known, kNow);
    state.apply(frame, kNow);
}

core::RackLayout parseLayout(const QByteArray &json)
{
    QString error;
    const std::optional<core::RackLayout> layout = core::RackLayout::parse(json, QStringLiteral("test"), &error);
    if (!layout)
        qFatal("%s", qPrintable(error));
    return *layout;
}

// Two racks, one turned; rack-a is two rows deep so that one host can stand behind another.
const QByteArray kRacks = R"({"racks": [
  {"name": "rack-a", "position": {"x": 0, "z": 0}, "size": {"columns": 2, "slots": 12, "depth": 2}},
  {"name": "rack-b", "position": {"x": 1.6, "z": 0.3}, "orientation": 35, "size": {"columns": 1, "slots": 12}}
]})";

QList<HostSpec> smallFleet()
{
    QList<HostSpec> hosts = {
        {QStringLiteral("a-front"), QStringLiteral("rack-a"), {0, 6, 0}, 20},
        {QStringLiteral("a-behind"), QStringLiteral("rack-a"), {0, 6, 1}, 90},
        {QStringLiteral("a-critical"), QStringLiteral("rack-a"), {1, 6, 0}, 99},
        {QStringLiteral("b-turned"), QStringLiteral("rack-b"), {0, 8, 0}, 20},
        {QStringLiteral("b-critical"), QStringLiteral("rack-b"), {0, 3, 0}, 99},
        {QStringLiteral("b-stale"), QStringLiteral("rack-b"), {0, 5, 0}, 20, true, false},
        {QStringLiteral("b-offline"), QStringLiteral("rack-b"), {0, 10, 0}, 20, false},
        {QStringLiteral("loose-1"), QString(), {}, 20},
        {QStringLiteral("loose-2"), QString(), {}, 20, false},
    };
    // Stacks around them: a full column of healthy hosts, and critical ones beside it.
    for (int slot = 1; slot <= 12; ++slot) {
        if (slot != 6)
            hosts.append({QStringLiteral("a-ok-%1").arg(slot), QStringLiteral("rack-a"), {0, double(slot), 0}, 20});
        if (slot <= 4)
            hosts.append({QStringLiteral("a-hot-%1").arg(slot), QStringLiteral("rack-a"), {1, double(slot), 0}, 99});
    }
    return hosts;
}

QString artifactPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("MIRRORSTAGE_ARTIFACTS");
    return dir.isEmpty() ? name : QDir(dir).filePath(name);
}

int countNear(const QImage &image, const QColor &colour, int tolerance = 8)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - colour.red()) <= tolerance && std::abs(qGreen(p) - colour.green()) <= tolerance
                && std::abs(qBlue(p) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

QVector3D turned(const QVector3D &v, float yawDegrees)
{
    const float yaw = yawDegrees * float(std::numbers::pi) / 180.0f;
    return {v.x() * std::cos(yaw) + v.z() * std::sin(yaw), v.y(), -v.x() * std::sin(yaw) + v.z() * std::cos(yaw)};
}

// A FleetState, a selection, a FleetScene and the scene in a window.
struct SceneWindow {
    core::FleetState state;
    core::HostSelection selection;
    std::unique_ptr<FleetScene> fleet;
    std::unique_ptr<QQuickView> view;
    QQuickItem *root = nullptr;

    explicit SceneWindow(const QByteArray &racks, const QList<HostSpec> &hosts, QSize size = {1024, 700})
    {
        state.setLayout(parseLayout(racks));
        addHosts(state, hosts);
        fleet = std::make_unique<FleetScene>(state, selection);
        view = std::make_unique<QQuickView>();
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->setInitialProperties({{QStringLiteral("fleet"), QVariant::fromValue(fleet.get())}});
        view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/MirrorStage/Scene/RackScene.qml")));
        view->resize(size);
        root = view->rootObject();
    }
    ~SceneWindow()
    {
        // Let the render thread finish its frame before the scene's objects go: hiding a window of
        // the threaded render loop waits for it.
        view->hide();
    }
    bool show()
    {
        if (view->status() != QQuickView::Ready || !root) {
            for (const QQmlError &error : view->errors())
                qWarning() << error.toString();
            return false;
        }
        root->setProperty("cameraMoveMs", 0);
        view->show();
        view->requestActivate();
        const bool exposed = QTest::qWaitForWindowExposed(view.get());
        keepMesaLoaded();
        return exposed;
    }
    QImage grab() { return view->grabWindow().convertToFormat(QImage::Format_RGB32); }
    QPointF project(const QVector3D &scenePosition) const
    {
        QObject *view3d = root->findChild<QObject *>(QStringLiteral("sceneView"));
        QVector3D onView;
        QMetaObject::invokeMethod(view3d, "mapFrom3DScene", Q_RETURN_ARG(QVector3D, onView), Q_ARG(QVector3D, scenePosition));
        return {onView.x(), onView.y()};
    }
    // The middle of a host's front (just inside it): what a user sees of the host and clicks on.
    // The centre of the box is no good from above: a ray to it enters a host higher up first.
    QVector3D frontOf(const QString &agentId) const
    {
        const QVector3D centre = fleet->hostScenePosition(agentId);
        const float yaw = float(state.host(agentId)->centre.yawDegrees);
        return centre + turned({0, 0, fleet->hostBoxSize().z() / 2 - 0.3f}, yaw);
    }
    // Looks straight at a point from the front of a rack turned by yaw.
    void lookAt(const QVector3D &target, float yaw, float pitch, float distance)
    {
        root->setProperty("cameraTouched", true);
        root->setProperty("target", target);
        root->setProperty("yaw", yaw);
        root->setProperty("pitch", pitch);
        root->setProperty("distance", distance);
    }
    void click(const QPointF &at) { QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, at.toPoint()); }
};

}  // namespace

class TestRackScene : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // Picking, without a window.
    void rayHitsBox_data();
    void rayHitsBox();
    void nearestBoxWins();
    void turnedBox();
    void pickIndexAgreesWithScan();
    void tableEntryMatchesQt();

    // FleetScene, without a window.
    void placesHostsFromFleetState();
    void vitalsPatchColoursOnly();
    void selectionFromElsewhereAsksForFocus();
    void tooltipUsesTheLocale();
    void rackModel();
    void dropOnSlotRequestsMove();

    // The scene in a window.
    void rendersWithOpenGL();
    void showsHealthColours();
    void clickSelectsHost();
    void clickSelectsHostInTurnedRack();
    void clickPicksFrontHost();
    void clickOnEmptySpaceKeepsSelection();
    void selectionElsewhereHighlightsHost();
    void doubleClickFocusesHost();
    void hoverShowsTooltip();
    void openProblemsPulse();
    void linkOverlayToggles();
    void keyboardMovesCamera();
    void altDragMovesHost();
    void tenThousandHosts();
};

void TestRackScene::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen"),
             "run under Xvfb (xvfb-run -a -s '-screen 0 1280x800x24'): offscreen draws Quick 3D black");
}

void TestRackScene::rayHitsBox_data()
{
    QTest::addColumn<QVector3D>("origin");
    QTest::addColumn<QVector3D>("direction");
    QTest::addColumn<bool>("hits");
    QTest::addColumn<float>("distance");
    QTest::newRow("straight on") << QVector3D(0, 0, 10) << QVector3D(0, 0, -1) << true << 8.0f;
    QTest::newRow("unnormalised direction") << QVector3D(0, 0, 10) << QVector3D(0, 0, -2) << true << 4.0f;
    QTest::newRow("beside") << QVector3D(3, 0, 10) << QVector3D(0, 0, -1) << false << 0.0f;
    QTest::newRow("points away") << QVector3D(0, 0, 10) << QVector3D(0, 0, 1) << false << 0.0f;
    QTest::newRow("from inside") << QVector3D(0, 0, 0) << QVector3D(1, 0, 0) << true << 0.0f;
    QTest::newRow("parallel outside") << QVector3D(0, 5, 10) << QVector3D(0, 0, -1) << false << 0.0f;
    QTest::newRow("grazing corner") << QVector3D(-10, 0, 1.9f) << QVector3D(1, 0, 0) << true << 8.0f;
    QTest::newRow("diagonal") << QVector3D(10, 10, 10) << QVector3D(-1, -1, -1) << true << 9.0f;
}

void TestRackScene::rayHitsBox()
{
    QFETCH(QVector3D, origin);
    QFETCH(QVector3D, direction);
    QFETCH(bool, hits);
    QFETCH(float, distance);
    const PickBox box{{0, 0, 0}, {2, 1, 2}, 0};  // x and z -2..2, y -1..1
    const std::optional<float> t = scene::rayHitsBox({origin, direction}, box);
    QCOMPARE(t.has_value(), hits);
    if (hits)
        QVERIFY2(std::abs(*t - distance) < 1e-4f, qPrintable(QString::number(*t)));
}

void TestRackScene::nearestBoxWins()
{
    const std::vector<PickBox> boxes = {
        {{0, 0, -20}, {1, 1, 1}, 0},  // far
        {{0, 0, -5}, {1, 1, 1}, 0},   // near
        {{5, 0, -2}, {1, 1, 1}, 0},   // beside the ray
        {{0, 0, 5}, {1, 1, 1}, 0},    // behind the origin
    };
    const Ray ray{{0, 0, 0}, {0, 0, -1}};
    const scene::PickHit hit = scene::pickNearest(ray, boxes);
    QCOMPARE(hit.index, 1);
    QCOMPARE(hit.distance, 4.0f);
    QCOMPARE(scene::pickNearest({{0, 10, 0}, {0, 0, -1}}, boxes).index, -1);
    QCOMPARE(scene::pickNearest(ray, {}).index, -1);
}

void TestRackScene::turnedBox()
{
    // 4 long in x, turned 90 degrees about +y (as eulerRotation.y turns a node): now long in z.
    const PickBox box{{10, 0, 0}, {2, 0.5f, 0.5f}, 90};
    const auto down = [](float x, float z) { return Ray{{x, 10, z}, {0, -1, 0}}; };
    QVERIFY(scene::rayHitsBox(down(10, 1.8f), box));
    QVERIFY(scene::rayHitsBox(down(10, -1.8f), box));
    QVERIFY(!scene::rayHitsBox(down(11.8f, 0), box));
    QVERIFY(!scene::rayHitsBox(down(8.2f, 0), box));
    // 35 degrees, the way RackLayout turns a rack: a point near the end of the long side.
    const PickBox turned35{{0, 0, 0}, {2, 0.5f, 0.5f}, 35};
    const QVector3D end = turned({1.9f, 0, 0}, 35);
    QVERIFY(scene::rayHitsBox(down(end.x(), end.z()), turned35));
    const QVector3D mirrored = turned({1.9f, 0, 0}, -35);
    QVERIFY(!scene::rayHitsBox(down(mirrored.x(), mirrored.z()), turned35));
}

void TestRackScene::pickIndexAgreesWithScan()
{
    QRandomGenerator random(7);
    std::vector<PickBox> all;
    scene::PickIndex index;
    for (int group = 0; group < 20; ++group) {
        const float yaw = float(random.bounded(360));
        const QVector3D origin(float(random.bounded(2000)) - 1000, 0, float(random.bounded(2000)) - 1000);
        std::vector<PickBox> boxes;
        std::vector<int> ids;
        for (int i = 0; i < 30; ++i) {
            const QVector3D local(float(random.bounded(120)) - 60, float(random.bounded(200)), float(random.bounded(100)) - 50);
            boxes.push_back({origin + turned(local, yaw), {27, 1.8f, 45}, yaw});
            ids.push_back(int(all.size()));
            all.push_back(boxes.back());
        }
        index.addGroup(boxes, ids, yaw);
    }
    QCOMPARE(index.size(), int(all.size()));
    int hits = 0;
    for (int i = 0; i < 2000; ++i) {
        const QVector3D from(float(random.bounded(4000)) - 2000, float(random.bounded(1000)), 2000);
        const QVector3D towards(float(random.bounded(2000)) - 1000, float(random.bounded(200)), float(random.bounded(2000)) - 1000);
        const Ray ray{from, towards - from};
        const scene::PickHit scan = scene::pickNearest(ray, all);
        const scene::PickHit indexed = index.pick(ray);
        QCOMPARE(indexed.index, scan.index);
        hits += scan.isHit();
    }
    QVERIFY2(hits > 50, "the random rays should hit something now and then");
}

void TestRackScene::tableEntryMatchesQt()
{
    struct Probe : QQuick3DInstancing {
        using QQuick3DInstancing::calculateTableEntry;
    };
    const QVector3D centre(120, 33, -40), size(54, 3.5f, 90);
    for (float yaw : {0.0f, 35.0f, -90.0f, 180.0f}) {
        const auto mine = scene::table::box(centre, size, yaw, {1, 0, 0, 1});
        const auto qt = Probe::calculateTableEntry(centre, size, {0, yaw, 0}, Qt::red);
        for (const auto &[a, b] : {std::pair{mine.row0, qt.row0}, {mine.row1, qt.row1}, {mine.row2, qt.row2}})
            QVERIFY2((a - b).length() < 1e-3f, qPrintable(QStringLiteral("yaw %1").arg(yaw)));
    }
    // A beam runs from one point to the other: its local +y axis scaled to the length.
    const auto beam = scene::table::beam({0, 0, 0}, {0, 100, 100}, 1, {});
    QVERIFY((QVector3D(beam.row0.w(), beam.row1.w(), beam.row2.w()) - QVector3D(0, 50, 50)).length() < 1e-3f);
    QVERIFY((QVector3D(beam.row0.y(), beam.row1.y(), beam.row2.y()) - QVector3D(0, 100, 100)).length() < 1e-2f);
}

void TestRackScene::placesHostsFromFleetState()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    addHosts(state, smallFleet());
    FleetScene fleet(state, selection);

    QCOMPARE(fleet.hostCount(), int(state.hosts().size()));
    QCOMPARE(fleet.rackCount(), 2);
    QCOMPARE(fleet.unplacedCount(), 2);
    const core::HostEntry *front = state.host(QStringLiteral("a-front"));
    QCOMPARE(fleet.hostScenePosition(QStringLiteral("a-front")),
             QVector3D(float(front->centre.x), float(front->centre.y), float(front->centre.z)) * 100);
    QCOMPARE(fleet.hostScenePosition(QStringLiteral("nobody")), QVector3D());

    // The table holds every host, coloured by health, turned with its rack.
    int count = 0;
    const QByteArray buffer = fleet.instanceBuffer(FleetScene::Hosts, &count);
    QCOMPARE(count, fleet.hostCount());
    QCOMPARE(buffer.size(), qsizetype(count * sizeof(scene::table::Entry)));
    const auto *entries = reinterpret_cast<const scene::table::Entry *>(buffer.constData());
    bool sawCritical = false, sawTurned = false;
    for (int i = 0; i < count; ++i) {
        const QVector3D position(entries[i].row0.w(), entries[i].row1.w(), entries[i].row2.w());
        if ((position - fleet.hostScenePosition(QStringLiteral("a-critical"))).length() < 0.01f) {
            sawCritical = true;
            QCOMPARE(entries[i].color, scene::table::displayColour(fleet.healthColor(FleetScene::Critical)));
        }
        if ((position - fleet.hostScenePosition(QStringLiteral("b-turned"))).length() < 0.01f) {
            sawTurned = true;
            QVERIFY(std::abs(entries[i].row0.z()) > 1);  // turned: x picks up some z
        }
    }
    QVERIFY(sawCritical);
    QVERIFY(sawTurned);

    // Rack frames: twelve edges each; one dark shell each; link lines only when shown.
    fleet.instanceBuffer(FleetScene::RackFrames, &count);
    QCOMPARE(count, 24);
    fleet.instanceBuffer(FleetScene::RackShells, &count);
    QCOMPARE(count, 2);
    fleet.instanceBuffer(FleetScene::Links, &count);
    QCOMPARE(count, 0);
    QCOMPARE(fleet.linkCount(), 20);  // placed hosts that sent a sample with a link (not stale, offline, loose)
    fleet.setLinkOverlayVisible(true);
    fleet.instanceBuffer(FleetScene::Links, &count);
    QCOMPARE(count, 20);

    // Bounds cover everything.
    for (const core::HostEntry &host : state.hosts()) {
        const QVector3D p = fleet.hostScenePosition(host.agentId);
        QVERIFY((p - fleet.sceneCentre()).length() <= fleet.sceneRadius());
    }
}

void TestRackScene::vitalsPatchColoursOnly()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    addHosts(state, smallFleet());
    FleetScene fleet(state, selection);
    int count = 0;
    const QByteArray before = fleet.instanceBuffer(FleetScene::Hosts, &count);
    QSignalSpy layoutSpy(&fleet, &FleetScene::layoutChanged);
    QSignalSpy tableSpy(&fleet, &FleetScene::instancesChanged);

    // a-front turns critical, and gets an open problem.
    core::FleetFrame frame;
    core::HostUpdate update;
    update.agentId = QStringLiteral("a-front");
    update.identity = state.host(update.agentId)->identity;
    update.vitals.cpuPercent = 99;
    update.receivedMs = kNow + 1000;
    update.intervalMs = 10'000;
    frame.updates.append(update);
    state.apply(frame, kNow + 1000);
    state.setOpenProblem(QStringLiteral("a-front"), true);

    QCOMPARE(layoutSpy.count(), 0);
    QVERIFY(std::any_of(tableSpy.cbegin(), tableSpy.cend(), [](const QVariantList &args) {
        return args.at(0).value<FleetScene::Table>() == FleetScene::Hosts;
    }));
    QCOMPARE(fleet.problemCount(), 1);
    const QByteArray after = fleet.instanceBuffer(FleetScene::Hosts, &count);
    QCOMPARE(after.size(), before.size());
    const auto *a = reinterpret_cast<const scene::table::Entry *>(before.constData());
    const auto *b = reinterpret_cast<const scene::table::Entry *>(after.constData());
    int changed = 0;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(b[i].row0, a[i].row0);
        QCOMPARE(b[i].row1, a[i].row1);
        QCOMPARE(b[i].row2, a[i].row2);
        changed += b[i].color != a[i].color;
    }
    QCOMPARE(changed, 1);
    fleet.instanceBuffer(FleetScene::Problems, &count);
    QCOMPARE(count, 1);

    // Moving a host re-places it.
    state.setPlacement(QStringLiteral("a-front"), core::Placement{QStringLiteral("rack-b"), {0, 11, 0}});
    QCOMPARE(layoutSpy.count(), 1);
    QVERIFY(std::abs(fleet.hostScenePosition(QStringLiteral("a-front")).y() - float((11 - 0.5) * core::RackLayout::kSlotHeightM * 100)) < 1e-3f);
}

void TestRackScene::selectionFromElsewhereAsksForFocus()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    addHosts(state, smallFleet());
    FleetScene fleet(state, selection);
    QSignalSpy focus(&fleet, &FleetScene::focusRequested);

    selection.select(QStringLiteral("b-turned"));  // the fleet tree
    QCOMPARE(focus.count(), 1);
    QCOMPARE(fleet.selectedAgentId(), QStringLiteral("b-turned"));
    QCOMPARE(fleet.selectedPosition(), fleet.hostScenePosition(QStringLiteral("b-turned")));
    QCOMPARE(fleet.selectedYaw(), 35.0f);

    fleet.select(QStringLiteral("a-front"));  // a click in the scene
    QCOMPARE(selection.agentId(), QStringLiteral("a-front"));
    QCOMPARE(focus.count(), 1);
    fleet.clearSelection();
    QVERIFY(!fleet.hasSelection());
    QCOMPARE(selection.agentId(), QString());
}

void TestRackScene::tooltipUsesTheLocale()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    addHosts(state, smallFleet());
    FleetScene fleet(state, selection);
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = fleet.hostSummary(QStringLiteral("a-critical"));
    QLocale::setDefault(saved);
    QVERIFY2(text.contains(QStringLiteral("a-critical.example")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("99,0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("41,3")), qPrintable(text));
    QVERIFY2(text.contains(core::healthName(core::Health::Critical)), qPrintable(text));
}

void TestRackScene::rackModel()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    FleetScene fleet(state, selection);
    QAbstractItemModelTester tester(fleet.racks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    addHosts(state, smallFleet());
    QCOMPARE(fleet.racks()->rowCount(), 2);
    const QModelIndex b = fleet.racks()->index(1);
    QCOMPARE(b.data(scene::RackListModel::NameRole).toString(), QStringLiteral("rack-b"));
    QCOMPARE(b.data(scene::RackListModel::YawRole).toFloat(), 35.0f);
    QCOMPARE(b.data(scene::RackListModel::HostCountRole).toInt(), 4);
    // An agent reports a rack nobody declared: it is added.
    addHosts(state, {{QStringLiteral("c-1"), QStringLiteral("rack-c"), {0, 1, 0}}});
    QCOMPARE(fleet.racks()->rowCount(), 3);
}

void TestRackScene::dropOnSlotRequestsMove()
{
    core::FleetState state;
    core::HostSelection selection;
    state.setLayout(parseLayout(kRacks));
    addHosts(state, smallFleet());
    FleetScene fleet(state, selection);
    QSignalSpy moves(&fleet, &FleetScene::moveRequested);

    // Straight down the front of rack-b's slot 11 (free): from in front of it, towards it.
    const core::RoomPoint free = *state.layout().hostCentre(QStringLiteral("rack-b"), {0, 11, 0});
    const QVector3D target = QVector3D(float(free.x), float(free.y), float(free.z)) * 100;
    const QVector3D from = target + turned({0, 0, 300}, 35);
    QVERIFY(fleet.updateDrag(QStringLiteral("loose-1"), from, target - from));
    QVERIFY(fleet.dropTargetValid());
    QVERIFY((fleet.dropTargetPosition() - target).length() < 0.1f);
    QVERIFY(fleet.finishDrag());
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.at(0).at(0).toString(), QStringLiteral("loose-1"));
    QCOMPARE(moves.at(0).at(1).toString(), QStringLiteral("rack-b"));
    QCOMPARE(moves.at(0).at(2).value<QVector3D>(), QVector3D(0, 11, 0));

    // Slot 8 holds b-turned: refused, with a reason.
    const QVector3D taken = fleet.hostScenePosition(QStringLiteral("b-turned"));
    const QVector3D from2 = taken + turned({0, 0, 300}, 35);
    QVERIFY(!fleet.updateDrag(QStringLiteral("loose-1"), from2, taken - from2));
    QVERIFY(fleet.dropTargetText().contains(QStringLiteral("b-turned.example")));
    QVERIFY(!fleet.finishDrag());
    QCOMPARE(moves.count(), 1);
}

void TestRackScene::rendersWithOpenGL()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    QVERIFY(window.view->rendererInterface());
    QCOMPARE(window.view->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
}

void TestRackScene::showsHealthColours()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QImage image = window.grab();
    image.save(artifactPath(QStringLiteral("rack_scene_small.png")));

    // Not black, not one flat colour: the floor, racks and hosts are there.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY(countNear(image, Qt::black, 2) < image.width() * image.height() / 2);
    // Hosts' fronts show their health colour as the legend shows it.
    const int ok = countNear(image, window.fleet->healthColor(FleetScene::Ok));
    const int critical = countNear(image, window.fleet->healthColor(FleetScene::Critical));
    QVERIFY2(ok > 30, qPrintable(QStringLiteral("ok pixels: %1").arg(ok)));
    QVERIFY2(critical > 30, qPrintable(QStringLiteral("critical pixels: %1").arg(critical)));
}

void TestRackScene::clickSelectsHost()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("a-critical"));
    window.lookAt(host, 0, -10, 400);
    window.click(window.project(host));
    QCOMPARE(window.selection.agentId(), QStringLiteral("a-critical"));
    // One slot up in the next column: another host.
    window.click(window.project(window.frontOf(QStringLiteral("a-ok-7"))));
    QCOMPARE(window.selection.agentId(), QStringLiteral("a-ok-7"));
}

void TestRackScene::clickSelectsHostInTurnedRack()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("b-turned"));
    // Seen from straight in front of rack-b, a point near the right end of the host's front: the
    // box has to be turned the same way in the picture and in the picking.
    window.lookAt(host, 35, -5, 250);
    const QVector3D size = window.fleet->hostBoxSize();
    const QVector3D nearEnd = host + turned({size.x() * 0.42f, 0, size.z() / 2}, 35);
    const QPointF at = window.project(nearEnd);
    const QImage image = window.grab();
    image.save(artifactPath(QStringLiteral("rack_scene_turned.png")));
    const QColor seen = image.pixelColor(at.toPoint());
    const QColor ok = window.fleet->healthColor(FleetScene::Ok);
    QVERIFY2(std::abs(seen.red() - ok.red()) + std::abs(seen.green() - ok.green()) + std::abs(seen.blue() - ok.blue()) < 24,
             qPrintable(seen.name()));
    window.click(at);
    QCOMPARE(window.selection.agentId(), QStringLiteral("b-turned"));
}

void TestRackScene::clickPicksFrontHost()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QVector3D front = window.fleet->hostScenePosition(QStringLiteral("a-front"));
    const QVector3D behind = window.fleet->hostScenePosition(QStringLiteral("a-behind"));
    QVERIFY(behind.z() < front.z() - 50);
    // Level with both, from the front: the one behind is hidden by the one in front.
    window.lookAt(front, 0, 0, 300);
    window.click(window.project(behind));
    QCOMPARE(window.selection.agentId(), QStringLiteral("a-front"));
    // From behind, it is the other way round.
    window.lookAt(behind, 180, 0, 300);
    window.click(window.project(front));
    QCOMPARE(window.selection.agentId(), QStringLiteral("a-behind"));
}

void TestRackScene::clickOnEmptySpaceKeepsSelection()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    window.selection.select(QStringLiteral("a-front"));
    window.click(QPointF(5, 5));  // the sky
    QCOMPARE(window.selection.agentId(), QStringLiteral("a-front"));
    QTest::keyClick(window.view.get(), Qt::Key_Escape);
    QCOMPARE(window.selection.agentId(), QString());
}

void TestRackScene::selectionElsewhereHighlightsHost()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    window.root->setProperty("cameraMoveMs", 300);
    QObject *highlight = window.root->findChild<QObject *>(QStringLiteral("selectionHighlight"));
    QVERIFY(highlight);
    QVERIFY(!highlight->property("visible").toBool());

    window.selection.select(QStringLiteral("a-front"));  // as the fleet tree does
    QVERIFY(window.root->property("cameraMoving").toBool());
    QTRY_VERIFY(!window.root->property("cameraMoving").toBool());
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("a-front"));
    QVERIFY(highlight->property("visible").toBool());
    QCOMPARE(highlight->property("position").value<QVector3D>(), host);
    // The camera came to it, and the host now looks highlighted (cyan over its green).
    QVERIFY((window.root->property("target").value<QVector3D>() - host).length() < 0.5f);
    const QImage image = window.grab();
    image.save(artifactPath(QStringLiteral("rack_scene_selected.png")));
    const QPointF at = window.project(window.frontOf(QStringLiteral("a-front")));
    QVERIFY(QRectF(0, 0, image.width(), image.height()).contains(at));
    const QColor seen = image.pixelColor(at.toPoint());
    const QColor ok = window.fleet->healthColor(FleetScene::Ok);
    QVERIFY2(seen.blue() > ok.blue() + 50 && seen.green() > 150, qPrintable(seen.name()));
}

void TestRackScene::doubleClickFocusesHost()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("b-critical"));
    const QPointF at = window.project(window.frontOf(QStringLiteral("b-critical")));
    QTest::mouseDClick(window.view.get(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(window.selection.agentId(), QStringLiteral("b-critical"));
    QTRY_VERIFY((window.root->property("target").value<QVector3D>() - host).length() < 0.5f);
    QCOMPARE(window.root->property("yaw").toFloat(), 35.0f);
}

void TestRackScene::hoverShowsTooltip()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("a-critical"));
    window.lookAt(host, 0, -10, 400);
    QTest::mouseMove(window.view.get(), window.project(window.frontOf(QStringLiteral("a-critical"))).toPoint());
    QTRY_COMPARE(window.fleet->hoveredAgentId(), QStringLiteral("a-critical"));
    QObject *tooltip = window.root->findChild<QObject *>(QStringLiteral("hostTooltip"));
    QVERIFY(tooltip);
    QTRY_VERIFY(tooltip->property("visible").toBool());
    QVERIFY(window.fleet->hoveredText().contains(QStringLiteral("a-critical.example")));
}

void TestRackScene::openProblemsPulse()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    QObject *problems = window.root->findChild<QObject *>(QStringLiteral("problems"));
    QVERIFY(problems);
    QVERIFY(!problems->property("visible").toBool());
    window.state.setOpenProblem(QStringLiteral("a-critical"), true);
    QVERIFY(problems->property("visible").toBool());
    // Only the Model's opacity moves; the host table is not touched for it.
    QSignalSpy tables(window.fleet.get(), &FleetScene::instancesChanged);
    const double first = problems->property("opacity").toDouble();
    QTRY_VERIFY(std::abs(problems->property("opacity").toDouble() - first) > 0.1);
    QVERIFY(std::none_of(tables.cbegin(), tables.cend(), [](const QVariantList &args) {
        return args.at(0).value<FleetScene::Table>() == FleetScene::Hosts;
    }));
    window.state.setOpenProblem(QStringLiteral("a-critical"), false);
    QVERIFY(!problems->property("visible").toBool());
}

void TestRackScene::linkOverlayToggles()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    QObject *links = window.root->findChild<QObject *>(QStringLiteral("linkOverlay"));
    QVERIFY(links);
    QVERIFY(!links->property("visible").toBool());
    window.fleet->setLinkOverlayVisible(true);
    QVERIFY(links->property("visible").toBool());
    const QImage image = window.grab();
    image.save(artifactPath(QStringLiteral("rack_scene_links.png")));
    window.fleet->setLinkOverlayVisible(false);
    QVERIFY(!links->property("visible").toBool());
}

void TestRackScene::keyboardMovesCamera()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    const float yaw = window.root->property("yaw").toFloat();
    const float distance = window.root->property("distance").toFloat();
    QTest::keyClick(window.view.get(), Qt::Key_Left);
    QVERIFY(window.root->property("yaw").toFloat() != yaw);
    QTest::keyClick(window.view.get(), Qt::Key_Plus);
    QVERIFY(window.root->property("distance").toFloat() < distance);
    QTest::keyClick(window.view.get(), Qt::Key_F);
    QCOMPARE(window.root->property("target").value<QVector3D>(), window.fleet->sceneCentre());
    QCOMPARE(window.root->property("distance").toFloat(), distance);
}

void TestRackScene::altDragMovesHost()
{
    SceneWindow window(kRacks, smallFleet());
    QVERIFY(window.show());
    QSignalSpy moves(window.fleet.get(), &FleetScene::moveRequested);
    // Level with rack-a's slot 10, from in front: the free slot in column 1.
    const core::RoomPoint slot = *window.state.layout().hostCentre(QStringLiteral("rack-a"), {1, 10, 0});
    const QVector3D slotCentre = QVector3D(float(slot.x), float(slot.y), float(slot.z)) * 100;
    const QVector3D slotFront = slotCentre + QVector3D(0, 0, 100 - float(slot.z) * 100 - 0.3f);  // rack-a's front: z = 1 m
    window.lookAt(slotCentre, 0, 0, 350);
    const QPoint from = window.project(window.frontOf(QStringLiteral("a-ok-9"))).toPoint();
    const QPoint to = window.project(slotFront).toPoint();
    QTest::mousePress(window.view.get(), Qt::LeftButton, Qt::AltModifier, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(window.view.get(), from + (to - from) * step / 5);
    QVERIFY(window.fleet->dropTargetValid());
    QCOMPARE(window.root->property("yaw").toFloat(), 0.0f);  // dragging a host does not orbit
    QTest::mouseRelease(window.view.get(), Qt::LeftButton, Qt::AltModifier, to);
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.at(0).at(0).toString(), QStringLiteral("a-ok-9"));
    QCOMPARE(moves.at(0).at(1).toString(), QStringLiteral("rack-a"));
    QCOMPARE(moves.at(0).at(2).value<QVector3D>(), QVector3D(1, 10, 0));
}

void TestRackScene::tenThousandHosts()
{
    // 60 racks of 4 columns x 42 slots in rows of 10, 10,000 hosts, a tenth of them critical.
    QByteArray racks = "{\"racks\": [";
    for (int r = 0; r < 60; ++r) {
        racks += QStringLiteral("%1{\"name\": \"r%2\", \"position\": {\"x\": %3, \"z\": %4}, "
                                "\"size\": {\"columns\": 4, \"slots\": 42}}")
                     .arg(r ? QStringLiteral(",") : QString())
                     .arg(r)
                     .arg((r % 10) * 3.2)
                     .arg(-(r / 10) * 3.0)
                     .toUtf8();
    }
    racks += "]}";
    QList<HostSpec> hosts;
    for (int i = 0; i < 10'000; ++i) {
        const int rack = i / 168, inRack = i % 168;
        hosts.append({QStringLiteral("h%1").arg(i), QStringLiteral("r%1").arg(rack),
                      {double(inRack % 4), double(inRack / 4 + 1), 0}, i % 10 == 0 ? 99.0 : 20.0});
    }
    SceneWindow window(racks, hosts, {1280, 800});
    QCOMPARE(window.fleet->hostCount(), 10'000);
    QVERIFY(window.show());
    const QImage image = window.grab();
    image.save(artifactPath(QStringLiteral("rack_scene_10000.png")));
    QVERIFY2(countNear(image, window.fleet->healthColor(FleetScene::Ok)) > 500, "ok hosts should fill the picture");
    QVERIFY(countNear(image, window.fleet->healthColor(FleetScene::Critical)) > 50);
    // And picking still finds the host under a point.
    const QVector3D host = window.fleet->hostScenePosition(QStringLiteral("h5000"));
    window.lookAt(host, 0, -10, 400);
    window.click(window.project(window.frontOf(QStringLiteral("h5000"))));
    QCOMPARE(window.selection.agentId(), QStringLiteral("h5000"));
}

QTEST_MAIN(TestRackScene)
#include "test_rack_scene.moc"
