// The console's picture of its fleet: rack layouts, health, the hub-side feed and the UI-side
// state, without a window.
#include "core.h"
#include "sample_codec.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace mirrorstage;
using namespace mirrorstage::core;

namespace {

HostSample sampleOf(const QString &hostname, const QString &rack, double slot, double cpu, double memory)
{
    HostSample sample;
    sample.timestampMs = 1'780'000'000'000;
    sample.intervalMs = 1000;
    sample.hasRates = true;
    sample.agent.hostname = hostname;
    sample.agent.rack = rack;
    if (!rack.isEmpty())
        sample.agent.position = RackPosition{0, slot, 0};
    sample.agent.tags = {QStringLiteral("web")};
    sample.cpu.logicalCores = 4;
    sample.cpu.total = CpuUsage{cpu, cpu, 0, 0, 0, 100 - cpu};
    sample.cpu.load = LoadAverage{2.0, 1.0, 0.5};
    sample.memory.usedPercent = memory;
    FilesystemSample root;
    root.mountpoint = QStringLiteral("/");
    root.usedPercent = 40;
    FilesystemSample data;
    data.mountpoint = QStringLiteral("/data");
    data.usedPercent = 70;
    sample.filesystems = {root, data};
    InterfaceSample nic;
    nic.name = QStringLiteral("eth0");
    nic.primary = true;
    nic.speedMbps = 1000;
    nic.rates = InterfaceRates{};
    nic.rates->rxBytesPerSecond = 25'000'000;  // 200 Mbit/s
    nic.rates->txBytesPerSecond = 12'500'000;
    sample.network.primaryInterface = nic.name;
    sample.network.interfaces = {nic};
    return sample;
}

HostUpdate updateOf(const QString &agentId, const HostSample &sample, qint64 receivedMs)
{
    HostUpdate update;
    update.agentId = agentId;
    update.identity = sample.agent;
    update.vitals = vitalsOf(sample);
    update.sample = sampleToCbor(sample);
    update.sampleTimestampMs = sample.timestampMs;
    update.receivedMs = receivedMs;
    update.intervalMs = sample.intervalMs.value_or(0);
    return update;
}

const QString kA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString kC = QStringLiteral("cccccccccccccccccccccccccccccccc");

}  // namespace

class FleetCoreTest : public QObject {
    Q_OBJECT
private slots:
    void vitalsPickThePrimaryLinkAndTheFullestFilesystem();
    void rackLayoutParses();
    void rackLayoutRefusesWithTheKeyNamed_data();
    void rackLayoutRefusesWithTheKeyNamed();
    void missingLayoutFileIsEmpty();
    void hostCentreFollowsSlotAndOrientation();
    void reportedRacksStandToTheRight();
    void healthWorstFindingDecides();
    void healthOfflineAndStale();
    void thresholdsAreChecked();
    void feedDecodesTheNewestSampleOncePerFrame();
    void feedReportsUndecodableSamples();
    void stateAppliesFramesAndSignalsOnce();
    void operatorPlacementOutranksTheAgent();
    void unplacedHostsStandInARow();
    void openProblemIsAnUpdate();
};

void FleetCoreTest::vitalsPickThePrimaryLinkAndTheFullestFilesystem()
{
    const HostVitals vitals = vitalsOf(sampleOf(QStringLiteral("web-01"), QStringLiteral("r"), 2, 50, 60));
    QCOMPARE(vitals.cpuPercent, 50.0);
    QCOMPARE(vitals.memoryPercent, 60.0);
    QCOMPARE(vitals.loadPerCore, 0.5);
    QCOMPARE(vitals.fullestFilesystem, QStringLiteral("/data"));
    QCOMPARE(vitals.fullestFilesystemPercent, 70.0);
    QCOMPARE(vitals.linkInterface, QStringLiteral("eth0"));
    QVERIFY(vitals.linkUtilisation());
    QCOMPARE(*vitals.linkUtilisation(), 0.2);  // rx 200 Mbit/s of 1 Gbit/s

    HostSample unknownSpeed = sampleOf(QStringLiteral("x"), {}, 0, 1, 1);
    unknownSpeed.network.interfaces[0].speedMbps.reset();
    QVERIFY(!vitalsOf(unknownSpeed).linkUtilisation());
}

void FleetCoreTest::rackLayoutParses()
{
    QString error;
    const auto layout = RackLayout::parse(
        R"({"racks": [{"name": "r1", "position": {"x": 1.5, "z": -2}, "orientation": 90,
                       "size": {"columns": 2, "slots": 42, "depth": 1}},
                      {"name": "r2"}]})",
        QStringLiteral("racks.json"), &error);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->racks().size(), 2);
    const RackSpec *r1 = layout->find(QStringLiteral("r1"));
    QVERIFY(r1);
    QCOMPARE(r1->x, 1.5);
    QCOMPARE(r1->z, -2.0);
    QCOMPARE(r1->orientationDegrees, 90.0);
    QCOMPARE(r1->columns, 2);
    QVERIFY(r1->declared);
    QCOMPARE(layout->find(QStringLiteral("r2"))->slotCount, 42);  // defaults
}

void FleetCoreTest::rackLayoutRefusesWithTheKeyNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{racks") << QStringLiteral("not valid JSON");
    QTest::newRow("no racks") << QByteArray(R"({"rack": []})") << QStringLiteral("unknown key \"rack\"");
    QTest::newRow("unnamed") << QByteArray(R"({"racks": [{"name": ""}]})") << QStringLiteral("rack 1: \"name\"");
    QTest::newRow("typo") << QByteArray(R"({"racks": [{"name": "a", "orientaton": 5}]})")
                          << QStringLiteral("unknown key \"orientaton\"");
    QTest::newRow("slots") << QByteArray(R"({"racks": [{"name": "a", "size": {"slots": 0}}]})")
                           << QStringLiteral("\"slots\" must be a number from 1 to 256");
    QTest::newRow("fraction") << QByteArray(R"({"racks": [{"name": "a", "size": {"columns": 1.5}}]})")
                              << QStringLiteral("\"columns\" must be a whole number");
    QTest::newRow("twice") << QByteArray(R"({"racks": [{"name": "a"}, {"name": "a"}]})")
                           << QStringLiteral("rack \"a\" is named twice");
}

void FleetCoreTest::rackLayoutRefusesWithTheKeyNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!RackLayout::parse(json, QStringLiteral("my-racks.json"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("my-racks.json")), qPrintable(error));
}

void FleetCoreTest::missingLayoutFileIsEmpty()
{
    QString error;
    const auto layout = RackLayout::load(QStringLiteral("/nonexistent/racks.json"), &error);
    QVERIFY(layout);
    QVERIFY(layout->racks().isEmpty());
}

void FleetCoreTest::hostCentreFollowsSlotAndOrientation()
{
    QString error;
    const auto layout = RackLayout::parse(
        R"({"racks": [{"name": "front", "position": {"x": 0, "z": 0}, "size": {"columns": 2, "slots": 42}},
                      {"name": "turned", "position": {"x": 10, "z": 0}, "orientation": 90, "size": {"columns": 2}}]})",
        QStringLiteral("racks.json"), &error);
    QVERIFY2(layout, qPrintable(error));
    const auto low = layout->hostCentre(QStringLiteral("front"), {0, 1, 0});
    const auto high = layout->hostCentre(QStringLiteral("front"), {1, 10, 0});
    QVERIFY(low && high);
    QCOMPARE(low->y, 0.5 * RackLayout::kSlotHeightM);
    QCOMPARE(high->y, 9.5 * RackLayout::kSlotHeightM);
    QCOMPARE(high->x - low->x, RackLayout::kColumnWidthM);  // the next column, to the right
    QCOMPARE(low->x, -RackLayout::kColumnWidthM / 2);

    // Turned a quarter to the left, its columns run towards -z instead of +x.
    const auto turned0 = layout->hostCentre(QStringLiteral("turned"), {0, 1, 0});
    const auto turned1 = layout->hostCentre(QStringLiteral("turned"), {1, 1, 0});
    QVERIFY(turned0 && turned1);
    QVERIFY(std::abs(turned1->x - turned0->x) < 1e-9);
    QVERIFY(std::abs((turned0->z - turned1->z) - RackLayout::kColumnWidthM) < 1e-9);
    QCOMPARE(turned0->yawDegrees, 90.0);
    QVERIFY(!layout->hostCentre(QStringLiteral("nowhere"), {0, 1, 0}));
}

void FleetCoreTest::reportedRacksStandToTheRight()
{
    RackLayout layout;
    QVERIFY(layout.ensure(QStringLiteral("r1")));
    QVERIFY(!layout.ensure(QStringLiteral("r1")));
    QVERIFY(layout.ensure(QStringLiteral("r2")));
    const RackSpec *r1 = layout.find(QStringLiteral("r1"));
    const RackSpec *r2 = layout.find(QStringLiteral("r2"));
    QVERIFY(!r1->declared);
    QCOMPARE(r2->x - r1->x, RackLayout::kColumnWidthM + RackLayout::kRackGapM);
}

void FleetCoreTest::healthWorstFindingDecides()
{
    const HealthThresholds thresholds;
    HealthInput input{true, 1000, 1000, {}};
    input.vitals.cpuPercent = 90;        // warning (85)
    input.vitals.memoryPercent = 98;     // critical (97)
    input.vitals.fullestFilesystemPercent = 10;
    HealthAssessment result = HealthRules::assess(input, thresholds, 1500);
    QCOMPARE(result.health, Health::Critical);
    QCOMPARE(result.reasons.size(), 2);
    QVERIFY2(result.reasons.first().contains(QStringLiteral("memory")), qPrintable(result.reasons.first()));

    input.vitals.memoryPercent = 10;
    QCOMPARE(HealthRules::assess(input, thresholds, 1500).health, Health::Warning);
    input.vitals.cpuPercent = 10;
    result = HealthRules::assess(input, thresholds, 1500);
    QCOMPARE(result.health, Health::Ok);
    QVERIFY(result.reasons.isEmpty());
}

void FleetCoreTest::healthOfflineAndStale()
{
    const HealthThresholds thresholds;  // stale after 3 intervals
    QCOMPARE(HealthRules::assess({false, 1000, 1000, {}}, thresholds, 1500).health, Health::Offline);
    QCOMPARE(HealthRules::assess({true, 0, 1000, {}}, thresholds, 1500).health, Health::Stale);
    QCOMPARE(HealthRules::assess({true, 1000, 1000, {}}, thresholds, 3900).health, Health::Ok);
    QCOMPARE(HealthRules::assess({true, 1000, 1000, {}}, thresholds, 4100).health, Health::Stale);
}

void FleetCoreTest::thresholdsAreChecked()
{
    QString error;
    HealthThresholds thresholds;
    QVERIFY(thresholds.isValid(&error));
    thresholds.cpuPercent = {95, 90};
    QVERIFY(!thresholds.isValid(&error));
    QVERIFY2(error.contains(QStringLiteral("CPU")), qPrintable(error));
    thresholds.cpuPercent = {90, 120};
    QVERIFY(!thresholds.isValid(&error));
    thresholds.cpuPercent = {85, 95};
    thresholds.temperatureCelsius = {100, 120};  // not a percentage: fine
    QVERIFY(thresholds.isValid(&error));
    thresholds.staleAfterIntervals = 0.5;
    QVERIFY(!thresholds.isValid(&error));
}

void FleetCoreTest::feedDecodesTheNewestSampleOncePerFrame()
{
    FleetFeed feed(60'000);  // flushed by hand
    QSignalSpy frames(&feed, &FleetFeed::frameReady);
    feed.agentOnline(kA);
    feed.sampleReceived(kA, sampleToCbor(sampleOf(QStringLiteral("web-01"), QStringLiteral("r1"), 2, 10, 20)), 100);
    feed.sampleReceived(kA, sampleToCbor(sampleOf(QStringLiteral("web-01"), QStringLiteral("r1"), 2, 30, 20)), 200);
    feed.sampleReceived(kB, sampleToCbor(sampleOf(QStringLiteral("db-01"), QString(), 0, 5, 5)), 150);
    feed.flush();
    QCOMPARE(frames.size(), 1);
    const auto frame = frames.takeFirst().at(0).value<FleetFrame>();
    QCOMPARE(frame.samples, quint64(3));
    QCOMPARE(frame.updates.size(), 2);
    QCOMPARE(frame.presence.size(), 1);
    QVERIFY(frame.presence.first().online);
    for (const HostUpdate &update : frame.updates) {
        if (update.agentId == kA) {
            QCOMPARE(update.vitals.cpuPercent, 30.0);  // the newest of the two
            QCOMPARE(update.receivedMs, 200);
            QCOMPARE(update.identity.rack, QStringLiteral("r1"));
            QCOMPARE(update.intervalMs, 1000);
        } else {
            QCOMPARE(update.identity.hostname, QStringLiteral("db-01"));
        }
    }
    feed.flush();  // nothing new: no frame
    QCOMPARE(frames.size(), 0);
}

void FleetCoreTest::feedReportsUndecodableSamples()
{
    FleetFeed feed(60'000);
    QSignalSpy frames(&feed, &FleetFeed::frameReady);
    feed.sampleReceived(kA, QByteArray("\xff\x00garbage", 9), 100);
    feed.flush();
    QCOMPARE(frames.size(), 1);
    const auto frame = frames.takeFirst().at(0).value<FleetFrame>();
    QVERIFY(frame.updates.isEmpty());
    QCOMPARE(frame.undecodable, QStringList{kA});
}

void FleetCoreTest::stateAppliesFramesAndSignalsOnce()
{
    FleetState state;
    QSignalSpy changes(&state, &FleetState::changed);
    FleetFrame frame;
    frame.presence = {{kA, true}, {kB, true}};
    frame.updates = {updateOf(kA, sampleOf(QStringLiteral("web-01"), QStringLiteral("r1"), 2, 99, 10), 1000),
                     updateOf(kB, sampleOf(QStringLiteral("db-01"), QStringLiteral("r1"), 8, 10, 10), 1000)};
    frame.samples = 4;
    frame.spanMs = 250;
    state.apply(frame, 1100);
    QCOMPARE(changes.size(), 1);
    const auto change = changes.takeFirst().at(0).value<FleetChange>();
    QCOMPARE(change.added.size(), 2);
    QVERIFY(change.layout);
    QCOMPARE(state.onlineCount(), 2);
    QCOMPARE(state.samplesPerSecond(), 16.0);
    QCOMPARE(state.host(kA)->health.health, Health::Critical);  // CPU 99
    QCOMPARE(state.host(kB)->health.health, Health::Ok);
    QVERIFY(state.layout().find(QStringLiteral("r1")));  // reported rack added
    QVERIFY(state.host(kB)->centre.y > state.host(kA)->centre.y);

    // Silence turns a host stale on reassessment, going offline turns it offline.
    state.reassess(1000 + 3500);
    QCOMPARE(state.host(kA)->health.health, Health::Stale);
    FleetFrame gone;
    gone.presence = {{kB, false}};
    state.apply(gone, 5000);
    QCOMPARE(state.host(kB)->health.health, Health::Offline);
    QCOMPARE(state.onlineCount(), 1);
}

void FleetCoreTest::operatorPlacementOutranksTheAgent()
{
    FleetState state;
    FleetFrame frame;
    frame.updates = {updateOf(kA, sampleOf(QStringLiteral("web-01"), QStringLiteral("r1"), 2, 10, 10), 1000)};
    state.apply(frame, 1000);
    QSignalSpy changes(&state, &FleetState::changed);
    state.setPlacement(kA, Placement{QStringLiteral("r9"), RackPosition{0, 30, 0}});
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().at(0).value<FleetChange>().layout);
    QCOMPARE(state.host(kA)->rack(), QStringLiteral("r9"));
    QCOMPARE(state.host(kA)->centre.y, 29.5 * RackLayout::kSlotHeightM);
    // The agent keeps reporting its own rack; the operator's placement stays.
    state.apply(frame, 2000);
    QCOMPARE(state.host(kA)->rack(), QStringLiteral("r9"));
    QCOMPARE(state.host(kA)->identity.rack, QStringLiteral("r1"));
    state.setPlacement(kA, std::nullopt);
    QCOMPARE(state.host(kA)->rack(), QStringLiteral("r1"));
}

void FleetCoreTest::unplacedHostsStandInARow()
{
    FleetState state;
    FleetFrame frame;
    frame.updates = {updateOf(kC, sampleOf(QStringLiteral("zeta"), QString(), 0, 1, 1), 1000),
                     updateOf(kA, sampleOf(QStringLiteral("alpha"), QString(), 0, 1, 1), 1000),
                     updateOf(kB, sampleOf(QStringLiteral("mid"), QStringLiteral("r1"), 1, 1, 1), 1000)};
    state.apply(frame, 1000);
    QVERIFY(!state.host(kA)->isPlaced());
    QCOMPARE(state.host(kA)->centre.z, RackLayout::kUnplacedRowZM);
    QCOMPARE(state.host(kC)->centre.x - state.host(kA)->centre.x, RackLayout::kUnplacedSpacingM);  // by name
    QVERIFY(state.host(kB)->isPlaced());
}

void FleetCoreTest::openProblemIsAnUpdate()
{
    FleetState state;
    FleetFrame frame;
    frame.updates = {updateOf(kA, sampleOf(QStringLiteral("web-01"), QStringLiteral("r1"), 2, 10, 10), 1000)};
    state.apply(frame, 1000);
    QSignalSpy changes(&state, &FleetState::changed);
    state.setOpenProblem(kA, true);
    state.setOpenProblem(kA, true);  // no change, no signal
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).value<FleetChange>().updated, QStringList{kA});
    QVERIFY(state.host(kA)->openProblem);
}

QTEST_GUILESS_MAIN(FleetCoreTest)
#include "test_fleet_core.moc"
