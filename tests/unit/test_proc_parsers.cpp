// Every /proc and /sys parser, data-driven over the fixture files in tests/fixtures/proc.
#include "fixture.h"

#include "cpu/cpu_parser.h"
#include "disks/disk_parser.h"
#include "filesystems/filesystem_parser.h"
#include "host/host_parser.h"
#include "memory/memory_parser.h"
#include "network/network_parser.h"
#include "processes/process_parser.h"
#include "thermal/thermal_parser.h"

#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

using OptionalDouble = std::optional<double>;
using OptionalU64 = std::optional<quint64>;
Q_DECLARE_METATYPE(OptionalDouble)
Q_DECLARE_METATYPE(OptionalU64)

class ProcParsersTest : public QObject {
    Q_OBJECT
private slots:
    void procStat_data();
    void procStat();
    void cpuUsageBetweenTwoReadings();
    void cpuUsageAbsentWhenCountersGoBack();
    void cpuInfo_data();
    void cpuInfo();
    void loadAverage_data();
    void loadAverage();
    void memInfo_data();
    void memInfo();
    void netDev_data();
    void netDev();
    void defaultRoute_data();
    void defaultRoute();
    void linkSpeed_data();
    void linkSpeed();
    void interfaceRates();
    void mountInfo_data();
    void mountInfo();
    void realFilesystems_data();
    void realFilesystems();
    void diskStats_data();
    void diskStats();
    void diskRates();
    void pidStat_data();
    void pidStat();
    void osRelease_data();
    void osRelease();
    void uptime_data();
    void uptime();
    void temperatures_data();
    void temperatures();
    void sensorKinds_data();
    void sensorKinds();
};

void ProcParsersTest::procStat_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("hasTotal");
    QTest::addColumn<int>("cores");
    QTest::addColumn<int>("lastCoreId");
    QTest::addColumn<int>("issues");
    QTest::newRow("1 core") << "stat-1core" << true << 1 << 0 << 0;
    QTest::newRow("128 cores") << "stat-128cores" << true << 128 << 127 << 0;
    QTest::newRow("old kernel, 4 counters") << "stat-old-kernel" << true << 2 << 1 << 0;
    QTest::newRow("truncated and garbled lines") << "stat-truncated" << true << 1 << 0 << 2;
    QTest::newRow("offline core keeps real ids") << "stat-offline-core" << true << 2 << 2 << 0;
    QTest::newRow("empty file") << "stat-empty" << false << 0 << -1 << 0;
}

void ProcParsersTest::procStat()
{
    QFETCH(QString, fixture);
    QFETCH(bool, hasTotal);
    QFETCH(int, cores);
    QFETCH(int, lastCoreId);
    QFETCH(int, issues);
    const QByteArray text = readFixture(QStringLiteral("proc/") + fixture);
    const ProcStat stat = parseProcStat(asView(text));
    QCOMPARE(stat.all.has_value(), hasTotal);
    QCOMPARE(stat.cores.size(), cores);
    if (cores > 0)
        QCOMPARE(stat.cores.last().first, lastCoreId);
    QCOMPARE(stat.issues.size(), issues);
}

void ProcParsersTest::cpuUsageBetweenTwoReadings()
{
    const ProcStat t0 = parseProcStat(asView(readFixture(QStringLiteral("proc/stat-2cores-t0"))));
    const ProcStat t1 = parseProcStat(asView(readFixture(QStringLiteral("proc/stat-2cores-t1"))));
    QVERIFY(t0.all && t1.all);
    // core 0 spent 100 jiffies: 60 user, 20 system, 10 idle, 10 iowait.
    const auto core0 = usageBetween(t0.cores[0].second, t1.cores[0].second);
    QVERIFY(core0);
    QCOMPARE(core0->busyPercent, 80.0);
    QCOMPARE(core0->userPercent, 60.0);
    QCOMPARE(core0->systemPercent, 20.0);
    QCOMPARE(core0->iowaitPercent, 10.0);
    QCOMPARE(core0->idlePercent, 10.0);
    // core 1: 10 user, 85 idle, 5 steal. Steal counts as busy: the host took it from us.
    const auto core1 = usageBetween(t0.cores[1].second, t1.cores[1].second);
    QVERIFY(core1);
    QCOMPARE(core1->busyPercent, 15.0);
    QCOMPARE(core1->stealPercent, 5.0);
    QCOMPARE(core1->idlePercent, 85.0);
    const auto all = usageBetween(*t0.all, *t1.all);
    QVERIFY(all);
    QCOMPARE(all->busyPercent, 47.5);
    QCOMPARE(all->iowaitPercent, 5.0);
}

void ProcParsersTest::cpuUsageAbsentWhenCountersGoBack()
{
    const ProcStat t0 = parseProcStat(asView(readFixture(QStringLiteral("proc/stat-2cores-t0"))));
    const ProcStat t1 = parseProcStat(asView(readFixture(QStringLiteral("proc/stat-2cores-t1"))));
    QVERIFY(!usageBetween(*t1.all, *t0.all));  // backwards: a core went offline and back
    QVERIFY(!usageBetween(*t0.all, *t0.all));  // no time passed
}

void ProcParsersTest::cpuInfo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("processors");
    QTest::addColumn<int>("physicalCores");  // -1: not listed
    QTest::addColumn<int>("mhzEntries");
    QTest::addColumn<double>("firstMhz");
    QTest::newRow("2 sockets, 4 cores, hyperthreading") << "cpuinfo-x86-2sockets-ht"
        << "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz" << 16 << 8 << 16 << 1200.5;
    QTest::newRow("1 core") << "cpuinfo-x86-1core" << "Intel(R) Celeron(R) CPU  J1800  @ 2.41GHz" << 1 << 1 << 1
                            << 2415.7;
    QTest::newRow("arm64 lists no model, clock or topology") << "cpuinfo-arm64" << QString() << 4 << -1 << 0 << 0.0;
    QTest::newRow("truncated in the middle of a value") << "cpuinfo-truncated" << "AMD EPYC 7B13" << 2 << 1 << 2
                                                        << 2450.0;
}

void ProcParsersTest::cpuInfo()
{
    QFETCH(QString, fixture);
    QFETCH(QString, model);
    QFETCH(int, processors);
    QFETCH(int, physicalCores);
    QFETCH(int, mhzEntries);
    QFETCH(double, firstMhz);
    const CpuInfo info = parseCpuInfo(asView(readFixture(QStringLiteral("proc/") + fixture)));
    QCOMPARE(info.model, model);
    QCOMPARE(info.processors, processors);
    QCOMPARE(info.physicalCores.value_or(-1), physicalCores);
    QCOMPARE(info.mhzByProcessor.size(), mhzEntries);
    if (mhzEntries > 0) {
        QCOMPARE(info.mhzByProcessor.first().first, 0);
        QCOMPARE(info.mhzByProcessor.first().second, firstMhz);
    }
}

void ProcParsersTest::loadAverage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("fifteen");
    QTest::newRow("typical") << QByteArray("0.52 0.40 0.33 2/345 4242\n") << true << 0.33;
    QTest::newRow("busy") << QByteArray("128.00 97.50 64.25 130/9000 1\n") << true << 64.25;
    QTest::newRow("truncated") << QByteArray("0.52 0.40") << false << 0.0;
    QTest::newRow("garbage") << QByteArray("x y z\n") << false << 0.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
}

void ProcParsersTest::loadAverage()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(double, fifteen);
    const auto load = parseLoadAverage(asView(text));
    QCOMPARE(load.has_value(), valid);
    if (valid)
        QCOMPARE(load->fifteen, fifteen);
}

void ProcParsersTest::memInfo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<OptionalU64>("total");
    QTest::addColumn<OptionalU64>("available");
    QTest::addColumn<OptionalDouble>("usedPercent");
    QTest::addColumn<OptionalU64>("swapTotal");
    QTest::addColumn<OptionalDouble>("swapUsedPercent");
    QTest::newRow("typical") << "meminfo-typical" << OptionalU64(16303516ull * 1024) << OptionalU64(8151758ull * 1024)
                             << OptionalDouble(50.0) << OptionalU64(2097148ull * 1024) << OptionalDouble(25.0);
    QTest::newRow("no swap: used share is absent, not 0") << "meminfo-no-swap" << OptionalU64(2000000ull * 1024)
        << OptionalU64(1500000ull * 1024) << OptionalDouble(25.0) << OptionalU64(0) << OptionalDouble();
    QTest::newRow("before MemAvailable: free + buffers + cached") << "meminfo-old-kernel"
        << OptionalU64(1000000ull * 1024) << OptionalU64(400000ull * 1024) << OptionalDouble(60.0)
        << OptionalU64(500000ull * 1024) << OptionalDouble(0.0);
    QTest::newRow("truncated line is not read") << "meminfo-truncated" << OptionalU64(16303516ull * 1024)
        << OptionalU64() << OptionalDouble() << OptionalU64() << OptionalDouble();
    QTest::newRow("garbage values are absent") << "meminfo-garbage" << OptionalU64() << OptionalU64()
        << OptionalDouble() << OptionalU64() << OptionalDouble();
}

void ProcParsersTest::memInfo()
{
    QFETCH(QString, fixture);
    QFETCH(OptionalU64, total);
    QFETCH(OptionalU64, available);
    QFETCH(OptionalDouble, usedPercent);
    QFETCH(OptionalU64, swapTotal);
    QFETCH(OptionalDouble, swapUsedPercent);
    const MemorySample memory = memorySampleFrom(parseMemInfo(asView(readFixture(QStringLiteral("proc/") + fixture))));
    QCOMPARE(memory.totalBytes, total);
    QCOMPARE(memory.availableBytes, available);
    QCOMPARE(memory.usedPercent.has_value(), usedPercent.has_value());
    if (usedPercent)
        QVERIFY(qAbs(*memory.usedPercent - *usedPercent) < 0.01);
    QCOMPARE(memory.swapTotalBytes, swapTotal);
    QCOMPARE(memory.swapUsedPercent.has_value(), swapUsedPercent.has_value());
    if (swapUsedPercent)
        QVERIFY(qAbs(*memory.swapUsedPercent - *swapUsedPercent) < 0.01);
}

void ProcParsersTest::netDev_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("issues");
    QTest::newRow("names with dots, dashes, underscores") << "netdev-dots-dashes"
        << QStringList{"lo", "eth0", "eth0.100", "br-1a2b3c4d5e6f", "veth_a-b.c", "wlp2s0"} << 0;
    QTest::newRow("truncated and garbled lines are skipped") << "netdev-truncated" << QStringList{"eth0"} << 3;
}

void ProcParsersTest::netDev()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, names);
    QFETCH(int, issues);
    const NetDev dev = parseNetDev(asView(readFixture(QStringLiteral("proc/") + fixture)));
    QStringList parsed;
    for (const NetDevEntry &entry : dev.interfaces)
        parsed.append(QString::fromUtf8(entry.rawName));
    QCOMPARE(parsed, names);
    QCOMPARE(dev.issues.size(), issues);
}

void ProcParsersTest::defaultRoute_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<QByteArray>("interface");
    QTest::newRow("lowest metric wins") << "route-two-defaults" << false << QByteArray("eth0");
    QTest::newRow("no default route") << "route-no-default" << false << QByteArray();
    QTest::newRow("loopback is never primary") << "route-loopback-only" << false << QByteArray();
    QTest::newRow("IPv6 default route, loopback's unreachable route ignored") << "ipv6-route-default" << true
                                                                              << QByteArray("ens3");
}

void ProcParsersTest::defaultRoute()
{
    QFETCH(QString, fixture);
    QFETCH(bool, ipv6);
    QFETCH(QByteArray, interface);
    const QByteArray text = readFixture(QStringLiteral("proc/") + fixture);
    QCOMPARE(ipv6 ? defaultRouteInterfaceIpv6(asView(text)) : defaultRouteInterface(asView(text)), interface);
}

void ProcParsersTest::linkSpeed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("mbps");  // -1: unknown
    QTest::addColumn<bool>("garbage");
    QTest::newRow("gigabit") << QByteArray("1000\n") << qint64(1000) << false;
    QTest::newRow("100 gigabit") << QByteArray("100000\n") << qint64(100000) << false;
    QTest::newRow("virtual: -1 is unknown") << QByteArray("-1\n") << qint64(-1) << false;
    QTest::newRow("unsigned -1 is unknown") << QByteArray("4294967295\n") << qint64(-1) << false;
    QTest::newRow("0 is unknown") << QByteArray("0\n") << qint64(-1) << false;
    QTest::newRow("garbage is flagged") << QByteArray("fast\n") << qint64(-1) << true;
    QTest::newRow("empty is flagged") << QByteArray("") << qint64(-1) << true;
}

void ProcParsersTest::linkSpeed()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, mbps);
    QFETCH(bool, garbage);
    const LinkSpeed speed = parseLinkSpeed(asView(text));
    QCOMPARE(speed.mbps.value_or(-1), mbps);
    QCOMPARE(speed.garbage, garbage);
}

void ProcParsersTest::interfaceRates()
{
    const InterfaceCounters before{1000, 10, 0, 0, 500, 5, 0, 0};
    const InterfaceCounters after{3000, 30, 2, 4, 1500, 15, 0, 1};
    const auto rates = ratesBetween(before, after, 2.0);
    QVERIFY(rates);
    QCOMPARE(rates->rxBytesPerSecond, 1000.0);
    QCOMPARE(rates->rxErrorsPerSecond, 1.0);
    QCOMPARE(rates->rxDropsPerSecond, 2.0);
    QCOMPARE(rates->txBytesPerSecond, 500.0);
    QCOMPARE(rates->txDropsPerSecond, 0.5);
    QVERIFY(!ratesBetween(after, before, 2.0));  // reset counters give no rate, not a negative one
    QVERIFY(!ratesBetween(before, after, 0.0));
}

void ProcParsersTest::mountInfo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("mounts");
    QTest::addColumn<int>("issues");
    QTest::addColumn<QByteArray>("someMountpoint");
    QTest::newRow("desktop, with an escaped space") << "mountinfo-desktop" << 11 << 0 << QByteArray("/media/usb stick");
    QTest::newRow("container") << "mountinfo-container" << 6 << 0 << QByteArray("/etc/hosts");
    QTest::newRow("truncated lines") << "mountinfo-truncated" << 2 << 2 << QByteArray("/var");
}

void ProcParsersTest::mountInfo()
{
    QFETCH(QString, fixture);
    QFETCH(int, mounts);
    QFETCH(int, issues);
    QFETCH(QByteArray, someMountpoint);
    const MountInfo info = parseMountInfo(asView(readFixture(QStringLiteral("proc/") + fixture)));
    QCOMPARE(info.mounts.size(), mounts);
    QCOMPARE(info.issues.size(), issues);
    QVERIFY(std::any_of(info.mounts.cbegin(), info.mounts.cend(),
                        [&](const MountEntry &m) { return m.mountpoint == someMountpoint; }));
}

void ProcParsersTest::realFilesystems_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("includeNetwork");
    QTest::addColumn<QStringList>("mountpoints");
    // Pseudo filesystems, squashfs snaps and docker's overlay go; a bind mount of /home is /home once.
    QTest::newRow("desktop") << "mountinfo-desktop" << false
                             << QStringList{"/", "/boot", "/home", "/media/usb stick"};
    QTest::newRow("desktop with network filesystems") << "mountinfo-desktop" << true
                                                      << QStringList{"/", "/boot", "/home", "/mnt/nas", "/media/usb stick"};
    // The overlay root of a container counts; its bind-mounted files share one device, shown once.
    QTest::newRow("container") << "mountinfo-container" << false << QStringList{"/", "/data"};
}

void ProcParsersTest::realFilesystems()
{
    QFETCH(QString, fixture);
    QFETCH(bool, includeNetwork);
    QFETCH(QStringList, mountpoints);
    const MountInfo info = parseMountInfo(asView(readFixture(QStringLiteral("proc/") + fixture)));
    const QSet<QByteArray> nodev = parseNodevFilesystems(asView(readFixture(QStringLiteral("proc/filesystems"))));
    QVERIFY(nodev.contains("tmpfs"));
    QVERIFY(!nodev.contains("ext4"));
    QStringList chosen;
    for (const MountEntry &mount : selectRealFilesystems(info.mounts, nodev, includeNetwork))
        chosen.append(QString::fromUtf8(mount.mountpoint));
    QCOMPARE(chosen, mountpoints);
}

void ProcParsersTest::diskStats_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("issues");
    QTest::newRow("typical, old 14-field and new 20-field lines") << "diskstats-typical"
        << QStringList{"loop0", "sda", "sda1", "nvme0n1", "nvme0n1p1", "ram0", "dm-0"} << 0;
    QTest::newRow("truncated and garbled") << "diskstats-truncated" << QStringList{"sda"} << 2;
}

void ProcParsersTest::diskStats()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, names);
    QFETCH(int, issues);
    const DiskStats stats = parseDiskStats(asView(readFixture(QStringLiteral("proc/") + fixture)));
    QStringList parsed;
    for (const DiskStatsEntry &entry : stats.devices)
        parsed.append(QString::fromUtf8(entry.name));
    QCOMPARE(parsed, names);
    QCOMPARE(stats.issues.size(), issues);
    if (names.contains(QStringLiteral("sda")) && fixture == QLatin1String("diskstats-typical")) {
        const DiskCounters &sda = stats.devices[1].counters;
        QCOMPARE(sda.reads, 20000u);
        QCOMPARE(sda.readBytes, 4000000ull * 512);
        QCOMPARE(sda.writeBytes, 2000000ull * 512);
        QCOMPARE(sda.busyMilliseconds, 12000u);
    }
}

void ProcParsersTest::diskRates()
{
    const DiskCounters before{100, 200, 1'000'000, 2'000'000, 1000};
    const DiskCounters after{300, 260, 3'000'000, 2'500'000, 1500};
    const auto rates = diskRatesBetween(before, after, 1.0);
    QVERIFY(rates);
    QCOMPARE(rates->readsPerSecond, 200.0);
    QCOMPARE(rates->writeBytesPerSecond, 500000.0);
    QCOMPARE(rates->busyPercent, 50.0);
    const DiskCounters saturated{300, 260, 3'000'000, 2'500'000, 3000};
    QCOMPARE(diskRatesBetween(before, saturated, 1.0)->busyPercent, 100.0);
    QVERIFY(!diskRatesBetween(after, before, 1.0));
    QVERIFY(isVirtualBlockDevice("loop7"));
    QVERIFY(isVirtualBlockDevice("ram0"));
    QVERIFY(!isVirtualBlockDevice("nvme0n1"));
}

void ProcParsersTest::pidStat_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<quint64>("cpuTicks");
    QTest::addColumn<quint64>("rssPages");
    QTest::newRow("simple") << "pid-stat-simple" << true << QByteArray("nginx") << quint64(375) << quint64(2560);
    QTest::newRow("name with spaces and parentheses") << "pid-stat-tricky-name" << true
                                                      << QByteArray("tmux: server) (x) ") << quint64(10) << quint64(100);
    QTest::newRow("kernel thread") << "pid-stat-kernel-thread" << true << QByteArray("kthreadd") << quint64(12)
                                   << quint64(0);
    QTest::newRow("truncated") << "pid-stat-truncated" << false << QByteArray() << quint64(0) << quint64(0);
}

void ProcParsersTest::pidStat()
{
    QFETCH(QString, fixture);
    QFETCH(bool, valid);
    QFETCH(QByteArray, name);
    QFETCH(quint64, cpuTicks);
    QFETCH(quint64, rssPages);
    const QByteArray text = readFixture(QStringLiteral("proc/") + fixture);  // the parse points into it
    const auto stat = parsePidStat(asView(text));
    QCOMPARE(stat.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(QByteArray(stat->name.data(), qsizetype(stat->name.size())), name);
    QCOMPARE(stat->utimeTicks + stat->stimeTicks, cpuTicks);
    QCOMPARE(stat->rssPages, rssPages);
}

void ProcParsersTest::osRelease_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("pretty");
    QTest::newRow("debian") << "os-release-debian" << "debian" << "12" << "Debian GNU/Linux 12 (bookworm)";
    QTest::newRow("quoting and escapes") << "os-release-quoting" << "fancy" << "2024.1"
                                         << "Fancy \"Quoted\" Linux \\ 2024";
}

void ProcParsersTest::osRelease()
{
    QFETCH(QString, fixture);
    QFETCH(QString, id);
    QFETCH(QString, version);
    QFETCH(QString, pretty);
    const OsRelease release = parseOsRelease(asView(readFixture(QStringLiteral("proc/") + fixture)));
    QCOMPARE(release.id, id);
    QCOMPARE(release.version, version);
    QCOMPARE(release.prettyName, pretty);
}

void ProcParsersTest::uptime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("seconds");  // -1: absent
    QTest::newRow("typical") << QByteArray("12345.67 24000.00\n") << 12345.67;
    QTest::newRow("garbage") << QByteArray("abc\n") << -1.0;
    QTest::newRow("empty") << QByteArray() << -1.0;
}

void ProcParsersTest::uptime()
{
    QFETCH(QByteArray, text);
    QFETCH(double, seconds);
    QCOMPARE(parseUptime(asView(text)).value_or(-1.0), seconds);
}

void ProcParsersTest::temperatures_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("celsius");  // -1000: absent
    QTest::newRow("millidegrees") << QByteArray("55000\n") << 55.0;
    QTest::newRow("below zero") << QByteArray("-5250\n") << -5.25;
    QTest::newRow("disconnected probe") << QByteArray("-273150\n") << -1000.0;
    QTest::newRow("vendor 'no sensor' marker") << QByteArray("255000\n") << -1000.0;
    QTest::newRow("garbage") << QByteArray("hot\n") << -1000.0;
}

void ProcParsersTest::temperatures()
{
    QFETCH(QByteArray, text);
    QFETCH(double, celsius);
    QCOMPARE(parseMilliCelsius(asView(text)).value_or(-1000.0), celsius);
}

void ProcParsersTest::sensorKinds_data()
{
    QTest::addColumn<QString>("chip");
    QTest::addColumn<int>("kind");
    QTest::newRow("coretemp") << "coretemp" << int(SensorKind::Cpu);
    QTest::newRow("k10temp") << "k10temp" << int(SensorKind::Cpu);
    QTest::newRow("x86_pkg_temp zone") << "x86_pkg_temp" << int(SensorKind::Cpu);
    QTest::newRow("arm cpu-thermal zone") << "cpu-thermal" << int(SensorKind::Cpu);
    QTest::newRow("amdgpu") << "amdgpu" << int(SensorKind::Gpu);
    QTest::newRow("nouveau") << "nouveau" << int(SensorKind::Gpu);
    QTest::newRow("gpu-thermal zone") << "gpu-thermal" << int(SensorKind::Gpu);
    QTest::newRow("acpitz") << "acpitz" << int(SensorKind::Other);
    QTest::newRow("nvme") << "nvme" << int(SensorKind::Other);
}

void ProcParsersTest::sensorKinds()
{
    QFETCH(QString, chip);
    QFETCH(int, kind);
    QCOMPARE(int(classifySensorChip(chip)), kind);
}

QTEST_GUILESS_MAIN(ProcParsersTest)
#include "test_proc_parsers.moc"
