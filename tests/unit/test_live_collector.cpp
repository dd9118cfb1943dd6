// The collectors against this very machine: what they report must match what the kernel and the
// usual tools say.
#include "sample_collector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

namespace {

// Burns CPU on this thread for a while so that this process is measurably busy.
void spin(qint64 ms)
{
    QElapsedTimer timer;
    timer.start();
    volatile quint64 sink = 0;
    while (timer.elapsed() < ms)
        sink = sink + 1;
}

}  // namespace

class LiveCollectorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void memoryTotalMatchesProcMeminfo();
    void coreCountMatchesNproc();
    void thisProcessIsListedWithItsPid();
    void secondSampleHasRates();
    void rootFilesystemIsReported();
    void primaryInterfaceIsNeverLoopback();

private:
    HostSample m_first;
    HostSample m_second;
};

void LiveCollectorTest::initTestCase()
{
    // Every process, so that this one is certainly among them.
    SampleCollector collector(SystemRoot(), {100000, false}, AgentIdentity{});
    QElapsedTimer clock;
    clock.start();
    m_first = collector.collect(clock.nsecsElapsed(), 1);
    spin(300);
    m_second = collector.collect(clock.nsecsElapsed(), 2);
}

void LiveCollectorTest::memoryTotalMatchesProcMeminfo()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    QVERIFY(meminfo.open(QIODevice::ReadOnly));
    const auto match = QRegularExpression(QStringLiteral("^MemTotal:\\s+(\\d+) kB$"),
                                          QRegularExpression::MultilineOption)
                           .match(QString::fromLatin1(meminfo.readAll()));
    QVERIFY(match.hasMatch());
    QCOMPARE(m_second.memory.totalBytes.value_or(0), match.captured(1).toULongLong() * 1024);
}

void LiveCollectorTest::coreCountMatchesNproc()
{
    QProcess nproc;
    nproc.start(QStringLiteral("nproc"), {});
    QVERIFY(nproc.waitForFinished());
    QCOMPARE(nproc.exitCode(), 0);
    const int expected = QString::fromLatin1(nproc.readAllStandardOutput()).trimmed().toInt();
    QVERIFY(expected > 0);
    QCOMPARE(m_second.cpu.logicalCores, expected);
    QCOMPARE(m_second.cpu.cores.size(), expected);
}

void LiveCollectorTest::thisProcessIsListedWithItsPid()
{
    const int pid = int(QCoreApplication::applicationPid());
    QFile comm(QStringLiteral("/proc/self/comm"));
    QVERIFY(comm.open(QIODevice::ReadOnly));
    const QString name = QString::fromUtf8(comm.readAll()).trimmed();

    auto findSelf = [&](const QList<ProcessSample> &list) -> const ProcessSample * {
        for (const ProcessSample &p : list) {
            if (p.pid == pid)
                return &p;
        }
        return nullptr;
    };
    const ProcessSample *byMemory = findSelf(m_second.processes.topByMemory);
    QVERIFY(byMemory);
    QCOMPARE(byMemory->name, name);
    QVERIFY(byMemory->rssBytes > 0);
    QVERIFY(!byMemory->user.isEmpty());

    const ProcessSample *byCpu = findSelf(m_second.processes.topByCpu);
    QVERIFY(byCpu);
    // It spun for 300 ms between the samples: clearly busy, and no more than one core.
    QVERIFY2(byCpu->cpuPercent.value_or(0) > 10.0, qPrintable(QString::number(byCpu->cpuPercent.value_or(0))));
    QVERIFY(byCpu->cpuPercent.value_or(0) <= 105.0);
    QCOMPARE(m_second.processes.count.value_or(-1), m_second.processes.topByMemory.size());
}

void LiveCollectorTest::secondSampleHasRates()
{
    QVERIFY(!m_first.hasRates);
    QVERIFY(m_second.hasRates);
    QVERIFY(m_second.cpu.total);
    QVERIFY(m_second.cpu.total->busyPercent > 0);
    for (const CoreSample &core : m_second.cpu.cores)
        QVERIFY(core.usage);
    for (const InterfaceSample &nic : m_second.network.interfaces)
        QVERIFY2(nic.rates, qPrintable(nic.name));
}

void LiveCollectorTest::rootFilesystemIsReported()
{
    const auto root = std::find_if(m_second.filesystems.cbegin(), m_second.filesystems.cend(),
                                   [](const FilesystemSample &fs) { return fs.mountpoint == QLatin1String("/"); });
    QVERIFY(root != m_second.filesystems.cend());
    QVERIFY(root->totalBytes > 0);
    QVERIFY(root->usedPercent.has_value());
    for (const FilesystemSample &fs : m_second.filesystems) {
        QVERIFY2(fs.type != QLatin1String("proc") && fs.type != QLatin1String("sysfs")
                     && fs.type != QLatin1String("tmpfs") && fs.type != QLatin1String("cgroup2"),
                 qPrintable(fs.mountpoint));
    }
}

void LiveCollectorTest::primaryInterfaceIsNeverLoopback()
{
    QVERIFY(m_second.network.primaryInterface != QLatin1String("lo"));
    const auto lo = std::find_if(m_second.network.interfaces.cbegin(), m_second.network.interfaces.cend(),
                                 [](const InterfaceSample &nic) { return nic.name == QLatin1String("lo"); });
    QVERIFY(lo != m_second.network.interfaces.cend());
    QVERIFY(!lo->primary);
    QVERIFY(!m_second.facts.bootId.isEmpty());
    QVERIFY(!m_second.facts.kernelRelease.isEmpty());
}

QTEST_GUILESS_MAIN(LiveCollectorTest)
#include "test_live_collector.moc"
