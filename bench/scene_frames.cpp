// scene_frames: frame times of the 3D rack scene (qml/RackScene.qml) under load, and of a naive
// instanced-cube scene for comparison. Run it under Xvfb (bench/README.md): every case runs in its
// own child process, so that RSS belongs to that case alone.
//
//   scene_frames [--hosts 100,1000,10000,50000] [--naive 10000] [--seconds 10] [--size 1280x800]
//   scene_frames --case scene:N | naive:N   (one case; what the parent runs)
//
// While the camera turns continuously (so that every frame is drawn in full), a FleetFrame with a
// quarter of the hosts' vitals arrives every 250 ms: each host changes once a second, and some
// change health. Frame time is the interval between QQuickWindow::frameSwapped signals.

#include "fleet_scene.h"
#include "fleet_state.h"
#include "host_selection.h"
#include "rack_layout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuick3DInstancing>
#include <QQuickItem>
#include <QQuickView>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(MirrorStage_ScenePlugin)

using namespace mirrorstage;

namespace {

constexpr int kColumns = 4, kSlots = 42, kPerRack = kColumns * kSlots, kRacksPerRow = 10;
constexpr qint64 kStart = 1'700'000'000'000;

// The same cubes as the scene's hosts, drawn the textbook way: #Cube, DefaultMaterial, one light.
class NaiveCubes : public QQuick3DInstancing {
    Q_OBJECT
public:
    static inline QByteArray table;
    static inline int count = 0;

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override
    {
        *instanceCount = count;
        return table;
    }
};

struct Fleet {
    core::FleetState state;
    core::HostSelection selection;
    QList<core::FleetFrame> quarters;  // prepared before the run: building them is the hub's job
};

QByteArray rackLayout(int hosts)
{
    const int racks = (hosts + kPerRack - 1) / kPerRack;
    QByteArray json = "{\"racks\": [";
    for (int r = 0; r < racks; ++r) {
        json += QStringLiteral("%1{\"name\": \"r%2\", \"position\": {\"x\": %3, \"z\": %4}, \"size\": {\"columns\": %5, \"slots\": %6}}")
                    .arg(r ? QStringLiteral(",") : QString())
                    .arg(r)
                    .arg((r % kRacksPerRow) * 3.2)
                    .arg(-(r / kRacksPerRow) * 3.0)
                    .arg(kColumns)
                    .arg(kSlots)
                    .toUtf8();
    }
    return json + "]}";
}

core::HostVitals randomVitals(QRandomGenerator &random)
{
    core::HostVitals vitals;
    // Mostly calm, a few percent past a threshold: colours change now and then, as in life.
    vitals.cpuPercent = std::min(100.0, random.bounded(70.0) + (random.bounded(100) < 3 ? 30 : 0));
    vitals.memoryPercent = random.bounded(80.0);
    vitals.linkInterface = QStringLiteral("eth0");
    vitals.linkSpeedMbps = 10'000;
    vitals.linkRxBytesPerSecond = random.bounded(1.25e9);
    vitals.linkTxBytesPerSecond = random.bounded(1.25e9);
    return vitals;
}

void fill(Fleet &fleet, int hosts)
{
    QString error;
    fleet.state.setLayout(*core::RackLayout::parse(rackLayout(hosts), QStringLiteral("bench"), &error));
    QRandomGenerator random(42);
    QList<core::KnownHost> known;
    core::FleetFrame first;
    for (int i = 0; i < hosts; ++i) {
        core::KnownHost host;
        host.agentId = QStringLiteral("agent-%1").arg(i);
        host.identity.hostname = QStringLiteral("host-%1").arg(i);
        host.identity.rack = QStringLiteral("r%1").arg(i / kPerRack);
        host.identity.position = RackPosition{double(i % kPerRack % kColumns), double(i % kPerRack / kColumns + 1), 0};
        known.append(host);
        core::HostUpdate update;
        update.agentId = host.agentId;
        update.identity = host.identity;
        update.vitals = randomVitals(random);
        // Received long ago by the clock of the run, with an interval so long that nobody turns
        // stale: the prepared frames can then be applied as they are, without copying them.
        update.receivedMs = kStart;
        update.intervalMs = 3'600'000;
        first.updates.append(update);
    }
    fleet.state.addKnown(known, kStart);
    fleet.state.apply(first, kStart);
    for (int quarter = 0; quarter < 4; ++quarter) {
        core::FleetFrame frame;
        for (int i = quarter; i < hosts; i += 4) {
            core::HostUpdate update = first.updates.at(i);
            update.vitals = randomVitals(random);
            frame.updates.append(update);
        }
        fleet.quarters.append(frame);
    }
}

struct ThreadTimes {
    std::map<QString, double> msByName;  // by thread name, llvmpipe-N folded together
};

ThreadTimes threadTimes()
{
    ThreadTimes times;
    const double tick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        if (name.startsWith(QLatin1String("llvmpipe")))
            name = QStringLiteral("llvmpipe (rasteriser)");
        else if (name != QLatin1String("QSGRenderThread") && tid.toInt() == getpid())
            name = QStringLiteral("GUI thread");
        else if (name != QLatin1String("QSGRenderThread"))
            name = QStringLiteral("other");
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        times.msByName[name] += (fields.value(11).toDouble() + fields.value(12).toDouble()) * tick;
    }
    return times;
}

double processCpuMs()
{
    double total = 0;
    for (const auto &[name, ms] : threadTimes().msByName)
        total += ms;
    return total;
}

QString procStatus(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(qsizetype(strlen(key))).trimmed());
    }
    return {};
}

double mib(const QString &kb)
{
    return kb.section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0;
}

struct Stats {
    double mean = 0, p50 = 0, p95 = 0;
};

Stats stats(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    Stats s;
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    s.p50 = values.at(values.size() / 2);
    s.p95 = values.at(std::min(values.size() - 1, values.size() * 95 / 100));
    return s;
}

int runCase(const QString &kind, int hosts, double seconds, QSize size, int rackLabelLimit, bool fold)
{
    Fleet fleet;
    QElapsedTimer timer;
    timer.start();
    fill(fleet, hosts);
    const double fillMs = double(timer.nsecsElapsed()) / 1e6;

    // FleetState::apply on its own, before anything listens: the rest of the per-frame apply time
    // below is FleetScene's own answer to FleetState::changed.
    double applyAloneMs = 0;
    for (int i = 0; i < 8; ++i) {
        timer.restart();
        fleet.state.apply(fleet.quarters.at(i % 4), kStart);
        applyAloneMs += double(timer.nsecsElapsed()) / 1e6 / 8;
    }

    std::unique_ptr<scene::FleetScene> fleetScene;
    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(size);
    double rebuildMs = 0, layoutMs = 0, applyWithSceneMs = 0;
    if (kind == QLatin1String("scene")) {
        fleetScene = std::make_unique<scene::FleetScene>(fleet.state, fleet.selection);
        fleetScene->setFoldHiddenFaces(fold);
        layoutMs = fleetScene->lastLayoutMs();
        // One full rewrite of the host table, as a layout change causes it (best of 5).
        rebuildMs = 1e9;
        for (int i = 0; i < 5; ++i) {
            fleetScene->invalidateTables();
            int count = 0;
            timer.restart();
            fleetScene->instanceBuffer(scene::FleetScene::Hosts, &count);
            rebuildMs = std::min(rebuildMs, double(timer.nsecsElapsed()) / 1e6);
        }
        for (int i = 0; i < 8; ++i) {
            timer.restart();
            fleet.state.apply(fleet.quarters.at(i % 4), kStart);
            applyWithSceneMs += double(timer.nsecsElapsed()) / 1e6 / 8;
        }
        view.setInitialProperties({{QStringLiteral("fleet"), QVariant::fromValue(fleetScene.get())},
                                   {QStringLiteral("turntableSpeed"), 12.0},
                                   {QStringLiteral("rackLabelLimit"), rackLabelLimit}});
        view.setSource(QUrl(QStringLiteral("qrc:/qt/qml/MirrorStage/Scene/RackScene.qml")));
    } else {
        // The same boxes at the same places, the textbook way.
        scene::FleetScene layout(fleet.state, fleet.selection);
        int count = 0;
        NaiveCubes::table = layout.instanceBuffer(scene::FleetScene::Hosts, &count);
        NaiveCubes::count = count;
        auto *entries = reinterpret_cast<QQuick3DInstancing::InstanceTableEntry *>(NaiveCubes::table.data());
        for (int i = 0; i < count; ++i) {
            // #Cube is 100 units wide where the scene's box is 1: scale down, keep the colour.
            entries[i].row0 /= 100;
            entries[i].row1 /= 100;
            entries[i].row2 /= 100;
            entries[i].row0.setW(entries[i].row0.w() * 100);
            entries[i].row1.setW(entries[i].row1.w() * 100);
            entries[i].row2.setW(entries[i].row2.w() * 100);
            entries[i].instanceData = {};
        }
        qmlRegisterType<NaiveCubes>("SceneFramesBench", 1, 0, "NaiveCubes");
        view.setInitialProperties({{QStringLiteral("sceneCentre"), layout.sceneCentre()},
                                   {QStringLiteral("sceneRadius"), layout.sceneRadius()},
                                   {QStringLiteral("turntableSpeed"), 12.0}});
        view.setSource(QUrl(QStringLiteral("qrc:/bench/scene_frames_naive.qml")));
    }
    if (view.status() != QQuickView::Ready) {
        for (const QQmlError &error : view.errors())
            fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    view.show();

    QList<double> frames, applyMs, patchMs;
    QElapsedTimer sinceFrame, clock;
    bool measuring = false;
    double cpuAtStart = 0;
    ThreadTimes threadsAtStart;
    int quarter = 0;
    qint64 now = kStart;
    QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] {
        if (measuring && sinceFrame.isValid())
            frames.append(double(sinceFrame.nsecsElapsed()) / 1e6);
        sinceFrame.start();
        if (measuring && fleetScene)
            patchMs.append(fleetScene->lastHostTableUpdateMs());
    });
    QTimer feed;
    feed.setInterval(250);
    QObject::connect(&feed, &QTimer::timeout, &view, [&] {
        if (kind != QLatin1String("scene"))
            return;
        now += 250;
        QElapsedTimer applying;
        applying.start();
        fleet.state.apply(fleet.quarters.at(quarter++ % 4), now);
        if (measuring)
            applyMs.append(double(applying.nsecsElapsed()) / 1e6);
    });
    feed.start();

    QEventLoop loop;
    QTimer::singleShot(3000, &view, [&] {  // warm-up: shaders compiled, caches full
        measuring = true;
        cpuAtStart = processCpuMs();
        threadsAtStart = threadTimes();
        clock.start();
    });
    QTimer::singleShot(3000 + int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    const double cpuMs = processCpuMs() - cpuAtStart;
    const ThreadTimes threadsAtEnd = threadTimes();

    const Stats frame = stats(frames);
    const Stats apply = stats(applyMs);
    const QString api = view.rendererInterface()->graphicsApi() == QSGRendererInterface::OpenGL ? QStringLiteral("OpenGL")
                                                                                                 : QStringLiteral("not OpenGL");
    printf("%-6s %6d  frames %5lld  mean %6.1f ms  p50 %6.1f  p95 %6.1f  fps %5.1f  cpu/frame %6.1f ms  "
           "RSS %6.1f MiB  peak %6.1f MiB  [%s]\n",
           qPrintable(kind), hosts, qsizetype(frames.size()), frame.mean, frame.p50, frame.p95,
           frame.mean > 0 ? 1000.0 / frame.mean : 0.0, frames.isEmpty() ? 0.0 : cpuMs / double(frames.size()),
           mib(procStatus("VmRSS:")), mib(procStatus("VmHWM:")), qPrintable(api));
    if (kind == QLatin1String("scene")) {
        printf("       fill %.0f ms; FleetScene layout %.2f ms; host table full rewrite %.2f ms; FleetState::apply of %d "
               "hosts %.2f ms alone, %.2f ms with FleetScene listening (idle window), %.2f ms while drawing; "
               "table patch %.3f ms per frame\n",
               fillMs, layoutMs, rebuildMs, int(fleet.quarters.at(0).updates.size()), applyAloneMs, applyWithSceneMs,
               apply.mean, stats(patchMs).mean);
    }
    QStringList perThread;
    for (const auto &[name, ms] : threadsAtEnd.msByName) {
        const auto before = threadsAtStart.msByName.find(name);
        const double spent = ms - (before != threadsAtStart.msByName.end() ? before->second : 0.0);
        perThread << QStringLiteral("%1 %2 %").arg(name).arg(100.0 * spent / wallMs, 0, 'f', 0);
    }
    printf("       CPU by thread (share of one core): %s\n", qPrintable(perThread.join(QStringLiteral(", "))));
    fflush(stdout);
    return frames.isEmpty() ? 1 : 0;
}

}  // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Frame times of the 3D rack scene (run under Xvfb)."));
    parser.addHelpOption();
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Host counts, comma-separated."),
                                         QStringLiteral("list"), QStringLiteral("100,1000,10000,50000"));
    const QCommandLineOption naiveOption(QStringLiteral("naive"), QStringLiteral("Cubes in the naive reference (0: none)."),
                                         QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds per case."),
                                           QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                                        QStringLiteral("1280x800"));
    const QCommandLineOption labelsOption(QStringLiteral("rack-labels"),
                                          QStringLiteral("RackScene.rackLabelLimit: racks beyond it get no label."),
                                          QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption noFoldOption(QStringLiteral("no-fold"),
                                          QStringLiteral("Draw the faces that neighbours hide (what folding saves)."));
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Run one case: scene:N or naive:N."),
                                        QStringLiteral("case"));
    parser.addOptions({hostsOption, naiveOption, secondsOption, sizeOption, labelsOption, noFoldOption, caseOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());

    if (parser.isSet(caseOption)) {
        const QString kind = parser.value(caseOption).section(QLatin1Char(':'), 0, 0);
        const int hosts = parser.value(caseOption).section(QLatin1Char(':'), 1).toInt();
        return runCase(kind, hosts, seconds, size, parser.value(labelsOption).toInt(), !parser.isSet(noFoldOption));
    }

    QStringList cases;
    for (const QString &n : parser.value(hostsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        cases << QStringLiteral("scene:") + n;
    if (parser.value(naiveOption).toInt() > 0)
        cases << QStringLiteral("naive:") + parser.value(naiveOption);
    printf("scene_frames: %s, window %dx%d, %.0f s per case after 3 s of warm-up; camera turning, "
           "a quarter of the hosts updated every 250 ms; rack labels up to %d racks%s\n",
           qPrintable(QGuiApplication::platformName()), size.width(), size.height(), seconds,
           parser.value(labelsOption).toInt(), parser.isSet(noFoldOption) ? "; hidden faces NOT folded" : "");
    fflush(stdout);
    int failures = 0;
    for (const QString &oneCase : cases) {
        QStringList arguments = {QStringLiteral("--case"), oneCase, QStringLiteral("--seconds"), QString::number(seconds),
                                 QStringLiteral("--size"), parser.value(sizeOption), QStringLiteral("--rack-labels"),
                                 parser.value(labelsOption)};
        if (parser.isSet(noFoldOption))
            arguments << QStringLiteral("--no-fold");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        failures += child.exitCode() != 0;
    }
    return failures ? 1 : 0;
}

#include "scene_frames.moc"
