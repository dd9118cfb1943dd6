// The whole collection path over made-up hosts in tests/fixtures/hosts/<layout>: complete,
// minimal, huge, empty and garbled. Whatever is missing or broken, a sample comes out, and what
// could not be read is listed in its problems.
#include "fixture.h"

#include "sample_codec.h"
#include "sample_collector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

namespace {

constexpr qint64 kSecondNs = 1'000'000'000;

SampleCollector collectorFor(const QString &root, int topK = 10)
{
    return SampleCollector(SystemRoot(QFile::encodeName(root)), {topK, false}, AgentIdentity{});
}

QString hostRoot(const QString &layout)
{
    return fixturePath(QStringLiteral("hosts/") + layout);
}

bool hasProblemAbout(const HostSample &sample, const QString &source)
{
    return std::any_of(sample.problems.cbegin(), sample.problems.cend(),
                       [&](const SampleProblem &p) { return p.source.contains(source); });
}

const InterfaceSample *findInterface(const HostSample &sample, const QString &name)
{
    for (const InterfaceSample &nic : sample.network.interfaces) {
        if (nic.name == name)
            return &nic;
    }
    return nullptr;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

void overwrite(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(contents);
}

}  // namespace

class SampleCollectorTest : public QObject {
    Q_OBJECT
private slots:
    void layouts_data();
    void layouts();
    void workstationDetails();
    void problemsAreFlaggedNotFatal_data();
    void problemsAreFlaggedNotFatal();
    void firstSampleHasNoRates();
    void ratesFromTwoSamples();
    void topProcessesAreBoundedByK();
    void topKZeroTurnsProcessListsOff();
};

void SampleCollectorTest::layouts_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("logicalCores");
    QTest::addColumn<int>("physicalCores");  // -1: unknown
    QTest::addColumn<qint64>("memoryTotal");  // -1: unknown
    QTest::addColumn<bool>("swapPercentPresent");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<int>("sensors");
    QTest::addColumn<QStringList>("mountpoints");
    QTest::addColumn<QStringList>("disks");
    QTest::addColumn<int>("processes");

    QTest::newRow("workstation") << "workstation" << 2 << 2 << qint64(16303516) * 1024 << true << "eth0" << 6
                                 << QStringList{"/", "/boot", "/home"} << QStringList{"sda", "nvme0n1", "dm-0"} << 3;
    QTest::newRow("1 core, no swap, no hwmon, IPv6-only default route, container root")
        << "tiny-no-swap-no-hwmon" << 1 << 1 << qint64(2000000) * 1024 << false << "ens3" << 0
        << QStringList{"/", "/data"} << QStringList{} << 1;
    QTest::newRow("128 cores in 2 sockets") << "many-cores" << 128 << 64 << qint64(16303516) * 1024 << true << ""
                                            << 0 << QStringList{} << QStringList{} << 0;
    QTest::newRow("empty: nothing readable") << "empty" << 0 << -1 << qint64(-1) << false << "" << 0 << QStringList{}
                                             << QStringList{} << 0;
    QTest::newRow("garbage everywhere") << "garbage" << 0 << -1 << qint64(-1) << false << "" << 1
                                        << QStringList{"/"} << QStringList{"sda"} << 0;
}

void SampleCollectorTest::layouts()
{
    QFETCH(QString, layout);
    QFETCH(int, logicalCores);
    QFETCH(int, physicalCores);
    QFETCH(qint64, memoryTotal);
    QFETCH(bool, swapPercentPresent);
    QFETCH(QString, primary);
    QFETCH(int, sensors);
    QFETCH(QStringList, mountpoints);
    QFETCH(QStringList, disks);
    QFETCH(int, processes);

    SampleCollector collector = collectorFor(hostRoot(layout));
    const HostSample sample = collector.collect(0, 1'700'000'000'000);

    QCOMPARE(sample.cpu.logicalCores, logicalCores);
    QCOMPARE(sample.cpu.cores.size(), logicalCores);
    QCOMPARE(sample.cpu.physicalCores.value_or(-1), physicalCores);
    QCOMPARE(qint64(sample.memory.totalBytes.value_or(quint64(-1))), memoryTotal);
    QCOMPARE(sample.memory.swapUsedPercent.has_value(), swapPercentPresent);
    QCOMPARE(sample.network.primaryInterface, primary);
    QCOMPARE(sample.thermal.sensors.size(), sensors);
    QStringList mounted;
    for (const FilesystemSample &fs : sample.filesystems)
        mounted.append(fs.mountpoint);
    QCOMPARE(mounted, mountpoints);
    QStringList diskNames;
    for (const DiskSample &disk : sample.disks)
        diskNames.append(disk.name);
    QCOMPARE(diskNames, disks);
    QCOMPARE(sample.processes.count.value_or(-1), processes);
    // Every layout still encodes to a complete document.
    const QJsonObject json = sampleToJsonObject(sample);
    QVERIFY(json.contains(QLatin1String("cpu")) && json.contains(QLatin1String("problems")));
}

void SampleCollectorTest::workstationDetails()
{
    SampleCollector collector = collectorFor(hostRoot(QStringLiteral("workstation")));
    const HostSample sample = collector.collect(0, 1'700'000'000'000);

    QCOMPARE(sample.agent.hostname, QStringLiteral("ws-01"));  // no override: the kernel's name
    QCOMPARE(sample.facts.osPrettyName, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(sample.facts.kernelRelease, QStringLiteral("6.1.0-18-amd64"));
    QCOMPARE(sample.facts.bootId, QStringLiteral("0f6f7e8a-1b2c-4d3e-8f90-a1b2c3d4e5f6"));
    QCOMPARE(sample.facts.vendor, QStringLiteral("LENOVO"));
    QCOMPARE(sample.facts.model, QStringLiteral("20KHCTO1WW"));
    QCOMPARE(sample.facts.uptimeSeconds.value_or(-1), 12345.67);
    QCOMPARE(sample.cpu.model, QStringLiteral("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"));
    QCOMPARE(sample.cpu.load->one, 0.52);
    // cpufreq wins over /proc/cpuinfo's single figure.
    QCOMPARE(sample.cpu.cores[0].mhz.value_or(-1), 3400.0);
    QCOMPARE(sample.cpu.cores[1].mhz.value_or(-1), 800.0);

    const InterfaceSample *eth0 = findInterface(sample, QStringLiteral("eth0"));
    QVERIFY(eth0);
    QVERIFY(eth0->primary);
    QCOMPARE(eth0->speedMbps.value_or(-1), 1000);
    QCOMPARE(eth0->up, std::optional<bool>(true));
    QCOMPARE(eth0->counters.rxErrors, 1u);
    QCOMPARE(eth0->counters.txDrops, 4u);
    const InterfaceSample *lo = findInterface(sample, QStringLiteral("lo"));
    QVERIFY(lo && !lo->primary);
    QCOMPARE(lo->up, std::optional<bool>(true));  // "unknown" operstate, IFF_UP set
    QVERIFY(!lo->speedMbps);
    const InterfaceSample *bridge = findInterface(sample, QStringLiteral("br-1a2b3c4d5e6f"));
    QVERIFY(bridge);
    QCOMPARE(bridge->up, std::optional<bool>(false));
    QVERIFY(!bridge->speedMbps);
    QCOMPARE(findInterface(sample, QStringLiteral("veth_a-b.c"))->speedMbps.value_or(-1), 10000);
    QCOMPARE(findInterface(sample, QStringLiteral("eth0.100"))->speedMbps.value_or(-1), 1000);

    QCOMPARE(sample.thermal.cpuMaxCelsius.value_or(-1), 57.5);
    QCOMPARE(sample.thermal.gpuCelsius.value_or(-1), 61.0);
    QCOMPARE(sample.thermal.sensors.first().label, QStringLiteral("Package id 0"));
    QCOMPARE(sample.thermal.sensors.last().chip, QStringLiteral("acpitz"));

    const FilesystemSample &root = sample.filesystems.first();
    QCOMPARE(root.device, QStringLiteral("/dev/mapper/vg-root"));
    QCOMPARE(root.type, QStringLiteral("ext4"));
    QVERIFY(root.totalBytes > 0);
    QVERIFY(root.usedBytes + root.freeBytes <= root.totalBytes);
    QVERIFY(root.usedPercent && *root.usedPercent >= 0 && *root.usedPercent <= 100);

    // The largest resident set first: systemd has 3000 pages, nginx 2560.
    QCOMPARE(sample.processes.topByMemory.first().name, QStringLiteral("systemd"));
    QCOMPARE(sample.processes.topByMemory.at(1).pid, 4242);
    QCOMPARE(sample.processes.topByMemory.at(1).rssBytes, 2560ull * quint64(::sysconf(_SC_PAGESIZE)));
    QVERIFY(sample.processes.topByMemory.first().memoryPercent.has_value());
}

void SampleCollectorTest::problemsAreFlaggedNotFatal_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("workstation: odd speed, missing mountpoint, garbled process")
        << "workstation" << QStringList{"/sys/class/net/wlp2s0/speed", "/media/usb stick", "/proc/555/stat"};
    QTest::newRow("empty: every file is reported")
        << "empty" << QStringList{"/proc/stat", "/proc/loadavg", "/proc/meminfo", "/proc/net/dev",
                                  "/proc/self/mountinfo", "/proc/diskstats", "/proc/uptime",
                                  "/proc/sys/kernel/hostname"};
    QTest::newRow("garbage: unreadable lines and values")
        << "garbage" << QStringList{"/proc/stat", "/proc/loadavg", "/proc/meminfo", "/proc/net/dev",
                                    "/sys/class/net/eth0/speed", "/proc/uptime", "/proc/diskstats",
                                    "/sys/class/hwmon/hwmon0/temp1_input", "/proc/123/stat",
                                    "/proc/self/mountinfo"};
}

void SampleCollectorTest::problemsAreFlaggedNotFatal()
{
    QFETCH(QString, layout);
    QFETCH(QStringList, sources);
    SampleCollector collector = collectorFor(hostRoot(layout));
    const HostSample sample = collector.collect(0, 1);
    for (const QString &source : sources)
        QVERIFY2(hasProblemAbout(sample, source), qPrintable(QStringLiteral("no problem reported for ") + source));
    for (const SampleProblem &problem : sample.problems)
        QVERIFY2(!problem.reason.isEmpty(), qPrintable(problem.source));
    // The vanished process (its directory listed, its stat gone) is not a problem.
    QVERIFY(!hasProblemAbout(sample, QStringLiteral("/proc/999")));
}

void SampleCollectorTest::firstSampleHasNoRates()
{
    SampleCollector collector = collectorFor(hostRoot(QStringLiteral("workstation")));
    const HostSample first = collector.collect(5 * kSecondNs, 1);
    QVERIFY(!first.hasRates);
    QVERIFY(!first.intervalMs);
    QVERIFY(!first.cpu.total);
    QVERIFY(!first.cpu.cores[0].usage);
    QVERIFY(!findInterface(first, QStringLiteral("eth0"))->rates);
    QVERIFY(!first.disks.first().rates);
    QVERIFY(first.processes.topByCpu.isEmpty());
    const QJsonObject json = sampleToJsonObject(first);
    QCOMPARE(json.value(QLatin1String("has_rates")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("cpu")).toObject().value(QLatin1String("usage")).isNull());
}

void SampleCollectorTest::ratesFromTwoSamples()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path() + QStringLiteral("/host");
    QVERIFY(copyTree(hostRoot(QStringLiteral("workstation")), root));
    SampleCollector collector = collectorFor(root);
    collector.collect(10 * kSecondNs, 1000);

    // One second later: CPU counters of stat-2cores-t1, eth0 received 2000 bytes, sda read 1 MiB,
    // nginx used 50 more ticks (half a core at 100 Hz), systemd's pid was reused by a new process.
    overwrite(root + QStringLiteral("/proc/stat"), readFixture(QStringLiteral("proc/stat-2cores-t1")));
    QByteArray netdev = readFixture(QStringLiteral("proc/net/dev").prepend(QStringLiteral("hosts/workstation/")));
    netdev.replace("18452271     587", "18454271     597");
    overwrite(root + QStringLiteral("/proc/net/dev"), netdev);
    QByteArray diskstats = readFixture(QStringLiteral("proc/diskstats-typical"));
    diskstats.replace("sda 20000 100 4000000", "sda 20100 100 4002048");
    overwrite(root + QStringLiteral("/proc/diskstats"), diskstats);
    QByteArray nginx = readFixture(QStringLiteral("proc/pid-stat-simple"));
    nginx.replace(" 250 125 ", " 275 150 ");
    overwrite(root + QStringLiteral("/proc/4242/stat"), nginx);

    const HostSample second = collector.collect(11 * kSecondNs, 2000);
    QVERIFY(second.hasRates);
    QCOMPARE(second.intervalMs.value_or(-1), 1000);
    QVERIFY(second.cpu.total);
    QCOMPARE(second.cpu.total->busyPercent, 47.5);
    QCOMPARE(second.cpu.cores[0].usage->busyPercent, 80.0);
    QCOMPARE(second.cpu.cores[1].usage->stealPercent, 5.0);

    const InterfaceSample *eth0 = findInterface(second, QStringLiteral("eth0"));
    QVERIFY(eth0->rates);
    QCOMPARE(eth0->rates->rxBytesPerSecond, 2000.0);
    QCOMPARE(eth0->rates->rxPacketsPerSecond, 10.0);
    QCOMPARE(eth0->rates->txBytesPerSecond, 0.0);

    QCOMPARE(second.disks.first().name, QStringLiteral("sda"));
    QCOMPARE(second.disks.first().rates->readsPerSecond, 100.0);
    QCOMPARE(second.disks.first().rates->readBytesPerSecond, 2048.0 * 512);

    const double ticksPerSecond = double(::sysconf(_SC_CLK_TCK));
    QVERIFY(!second.processes.topByCpu.isEmpty());
    const ProcessSample &busiest = second.processes.topByCpu.first();
    QCOMPARE(busiest.name, QStringLiteral("nginx"));
    QCOMPARE(busiest.cpuPercent.value_or(-1), 100.0 * 50.0 / ticksPerSecond);
}

void SampleCollectorTest::topProcessesAreBoundedByK()
{
    SampleCollector collector = collectorFor(hostRoot(QStringLiteral("workstation")), 2);
    collector.collect(0, 1);
    const HostSample sample = collector.collect(kSecondNs, 2);
    QCOMPARE(sample.processes.count.value_or(-1), 3);
    QCOMPARE(sample.processes.topByMemory.size(), 2);
    QCOMPARE(sample.processes.topByCpu.size(), 2);
}

void SampleCollectorTest::topKZeroTurnsProcessListsOff()
{
    SampleCollector collector = collectorFor(hostRoot(QStringLiteral("workstation")), 0);
    collector.collect(0, 1);
    const HostSample sample = collector.collect(kSecondNs, 2);
    QVERIFY(!sample.processes.count);
    QVERIFY(sample.processes.topByCpu.isEmpty());
    QVERIFY(sample.processes.topByMemory.isEmpty());
    QVERIFY(!hasProblemAbout(sample, QStringLiteral("/proc/555")));  // not even looked at
    QVERIFY(sampleToJsonObject(sample).value(QLatin1String("processes")).toObject().value(QLatin1String("count")).isNull());
}

QTEST_GUILESS_MAIN(SampleCollectorTest)
#include "test_sample_collector.moc"
