// The key series a sample is reduced to: the right numbers in the right units from what the agent
// encodes, and absent (never 0, never a crash) where a field is missing or of the wrong type.
#include "sample_codec.h"
#include "sample_series.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>
#include <cmath>
#include <limits>

using namespace mirrorstage;
using namespace mirrorstage::store;

namespace {

InterfaceSample nic(const QString &name, bool primary, double rx, double tx, double faults)
{
    InterfaceSample n;
    n.name = name;
    n.primary = primary;
    n.rates = InterfaceRates{rx, 10, faults, faults, tx, 10, faults, 0};
    return n;
}

HostSample fullSample()
{
    HostSample s;
    s.timestampMs = 1'780'000'000'123;
    s.hasRates = true;
    s.cpu.total = CpuUsage{37.5, 30, 7.5, 2.25, 0.5, 60};
    s.cpu.cores = {CoreSample{0, CpuUsage{90, 0, 0, 0, 0, 10}, 3000}, CoreSample{1, CpuUsage{10, 0, 0, 0, 0, 90}, 3000},
                   CoreSample{2, std::nullopt, std::nullopt}};
    s.cpu.load = LoadAverage{1.5, 0.75, 12.34};
    s.memory.usedPercent = 61.23;
    s.memory.swapUsedPercent = 0.5;
    s.network.primaryInterface = QStringLiteral("eth0");
    s.network.interfaces = {nic(QStringLiteral("lo"), false, 999999, 999999, 0),
                            nic(QStringLiteral("eth0"), true, 1250000.4, 3000.6, 0.25),
                            nic(QStringLiteral("eth1"), false, 7, 7, 7)};
    FilesystemSample root;
    root.mountpoint = QStringLiteral("/");
    root.usedPercent = 40;
    root.inodesUsedPercent = 3.5;
    FilesystemSample data;
    data.mountpoint = QStringLiteral("/data");
    data.usedPercent = 91.06;
    s.filesystems = {root, data};
    DiskSample sda;
    sda.name = QStringLiteral("sda");
    sda.rates = DiskRates{1, 2, 4096, 8192, 12.5};
    DiskSample sdb;
    sdb.name = QStringLiteral("sdb");
    sdb.rates = DiskRates{1, 2, 1000, 0, 55};
    DiskSample sdc;  // no rates yet: counts for nothing
    sdc.name = QStringLiteral("sdc");
    s.disks = {sda, sdb, sdc};
    s.thermal.cpuMaxCelsius = 71.5;
    s.processes.count = 321;
    return s;
}

QCborMap encoded(const HostSample &s)
{
    return QCborValue::fromCbor(sampleToCbor(s)).toMap();
}

}  // namespace

class SampleSeriesTest : public QObject {
    Q_OBJECT
private slots:
    void readsEverySeriesInStoredUnits();
    void withoutPrimaryInterfaceSumsAllButLoopback();
    void firstSampleHasNoRates();
    void wrongTypesAreAbsent_data();
    void wrongTypesAreAbsent();
    void unstorableNumbersAreAbsent_data();
    void unstorableNumbersAreAbsent();
    void anythingButAMapGivesNothing();
    void columnsCoverEverySeries();
};

void SampleSeriesTest::readsEverySeriesInStoredUnits()
{
    const SampleSeries series = extractSeries(encoded(fullSample()));
    QCOMPARE(series.timestampMs, 1'780'000'000'123);
    QCOMPARE(series.cpuBusyX100, 3750);
    QCOMPARE(series.cpuIowaitX100, 225);
    QCOMPARE(series.cpuStealX100, 50);
    QCOMPARE(series.coreBusyMaxX100, 9000);
    QCOMPARE(series.coreBusyMeanX100, 5000);  // over the cores that reported usage
    QCOMPARE(series.memUsedX100, 6123);
    QCOMPARE(series.swapUsedX100, 50);
    QCOMPARE(series.load1X100, 150);
    QCOMPARE(series.load5X100, 75);
    QCOMPARE(series.load15X100, 1234);
    QCOMPARE(series.fsUsedX100, 9106);
    QCOMPARE(series.fsInodesUsedX100, std::nullopt);  // of the fullest filesystem, which has none
    QCOMPARE(series.netRxBps, 1250000);  // the primary interface only
    QCOMPARE(series.netTxBps, 3001);
    QCOMPARE(series.netRxFaultsX100, 50);  // errors + drops
    QCOMPARE(series.netTxFaultsX100, 25);
    QCOMPARE(series.diskReadBps, 5096);
    QCOMPARE(series.diskWriteBps, 8192);
    QCOMPARE(series.diskBusyMaxX100, 5500);
    QCOMPARE(series.cpuTempX100, 7150);
    QCOMPARE(series.gpuTempX100, std::nullopt);
    QCOMPARE(series.processes, 321);
}

void SampleSeriesTest::withoutPrimaryInterfaceSumsAllButLoopback()
{
    HostSample s = fullSample();
    s.network.primaryInterface.clear();
    const SampleSeries series = extractSeries(encoded(s));
    QCOMPARE(series.netRxBps, 1250007);
    QCOMPARE(series.netTxBps, 3008);
}

void SampleSeriesTest::firstSampleHasNoRates()
{
    HostSample s;
    s.timestampMs = 5;
    s.network.interfaces = {InterfaceSample{}};
    s.disks = {DiskSample{}};
    const SampleSeries series = extractSeries(encoded(s));
    QCOMPARE(series.timestampMs, 5);
    QCOMPARE(series.cpuBusyX100, std::nullopt);
    QCOMPARE(series.coreBusyMeanX100, std::nullopt);
    QCOMPARE(series.netRxBps, std::nullopt);
    QCOMPARE(series.diskWriteBps, std::nullopt);
    QCOMPARE(series.fsUsedX100, std::nullopt);
    QCOMPARE(series.processes, std::nullopt);
}

void SampleSeriesTest::wrongTypesAreAbsent_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("series");

    const QCborValue text(QStringLiteral("37.5"));
    QTest::newRow("busy as text") << QStringList{"cpu", "usage", "busy_percent"} << text << "cpuBusy";
    QTest::newRow("usage as array") << QStringList{"cpu", "usage"} << QCborValue(QCborArray{1, 2}) << "cpuBusy";
    QTest::newRow("cpu as number") << QStringList{"cpu"} << QCborValue(7) << "load1";
    QTest::newRow("load as map") << QStringList{"cpu", "load_average"} << QCborValue(QCborMap{}) << "load1";
    QTest::newRow("memory as bool") << QStringList{"memory", "used_percent"} << QCborValue(true) << "memUsed";
    QTest::newRow("interfaces as text") << QStringList{"network", "interfaces"} << text << "netRx";
    QTest::newRow("filesystems as map") << QStringList{"filesystems"} << QCborValue(QCborMap{}) << "fsUsed";
    QTest::newRow("disks as null") << QStringList{"disks"} << QCborValue(nullptr) << "diskBusy";
    QTest::newRow("temperature as text") << QStringList{"temperatures", "cpu_max_celsius"} << text << "cpuTemp";
    QTest::newRow("count as double") << QStringList{"processes", "count"} << QCborValue(3.5) << "processes";
    QTest::newRow("timestamp as text") << QStringList{"timestamp_ms"} << text << "timestamp";
}

namespace {

// Replaces the value at `path` (a chain of map keys) in `map`.
QCborMap replaced(QCborMap map, QStringList path, const QCborValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty())
        map.insert(key, value);
    else
        map.insert(key, replaced(map.value(key).toMap(), path, value));
    return map;
}

std::optional<qint64> seriesNamed(const SampleSeries &s, const QString &name)
{
    const QHash<QString, std::optional<qint64>> byName = {
        {"cpuBusy", s.cpuBusyX100}, {"load1", s.load1X100},     {"memUsed", s.memUsedX100},
        {"netRx", s.netRxBps},      {"fsUsed", s.fsUsedX100},   {"diskBusy", s.diskBusyMaxX100},
        {"cpuTemp", s.cpuTempX100}, {"processes", s.processes}, {"timestamp", s.timestampMs},
    };
    return byName.value(name, -1);
}

}  // namespace

void SampleSeriesTest::wrongTypesAreAbsent()
{
    QFETCH(QStringList, path);
    QFETCH(QCborValue, value);
    QFETCH(QString, series);
    const QCborMap good = encoded(fullSample());
    QVERIFY(seriesNamed(extractSeries(good), series).has_value());
    const SampleSeries spoiled = extractSeries(replaced(good, path, value));
    QCOMPARE(seriesNamed(spoiled, series), std::nullopt);
    QCOMPARE(spoiled.processes.has_value(), series != "processes");  // the rest is still read
}

void SampleSeriesTest::unstorableNumbersAreAbsent_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("infinity") << QCborValue(std::numeric_limits<double>::infinity());
    QTest::newRow("nan") << QCborValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("1e300") << QCborValue(1e300);
    QTest::newRow("-1e300") << QCborValue(-1e300);
    QTest::newRow("int64 max") << QCborValue(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << QCborValue(std::numeric_limits<qint64>::min());
}

void SampleSeriesTest::unstorableNumbersAreAbsent()
{
    QFETCH(QCborValue, value);
    QCborMap sample = encoded(fullSample());
    sample = replaced(sample, {"cpu", "usage", "busy_percent"}, value);
    sample = replaced(sample, {"memory", "used_percent"}, value);
    sample = replaced(sample, {"temperatures", "cpu_max_celsius"}, value);
    const SampleSeries series = extractSeries(sample);
    QCOMPARE(series.cpuBusyX100, std::nullopt);
    QCOMPARE(series.memUsedX100, std::nullopt);
    QCOMPARE(series.cpuTempX100, std::nullopt);
    QCOMPARE(series.load1X100, 150);
}

void SampleSeriesTest::anythingButAMapGivesNothing()
{
    QCOMPARE(extractSeries(QCborMap{}), SampleSeries{});
    QCOMPARE(extractSeries(QCborValue::fromCbor(QByteArray("\xff\x00garbage", 9)).toMap()), SampleSeries{});
}

void SampleSeriesTest::columnsCoverEverySeries()
{
    // Every optional in SampleSeries but the timestamp has a column, once.
    constexpr qsizetype members = sizeof(SampleSeries) / sizeof(std::optional<qint64>);
    QCOMPARE(qsizetype(seriesColumns().size()), members - 1);
    QSet<QString> names;
    for (const SeriesColumn &column : seriesColumns())
        names.insert(QLatin1String(column.name));
    QCOMPARE(names.size(), qsizetype(seriesColumns().size()));
}

QTEST_GUILESS_MAIN(SampleSeriesTest)
#include "test_store_sample_series.moc"
