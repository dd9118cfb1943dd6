// Reading a sample back from its CBOR: every field sampleToCbor writes comes back byte for byte,
// unknown keys are skipped, a bad field costs only itself (and says so in the problems), and bytes
// that are not one well-formed CBOR map are refused with a reason, never a crash.
#include "../fixture.h"

#include "sample_codec.h"
#include "sample_collector.h"
#include "sample_decoder.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QFile>
#include <QTest>
#include <limits>

using namespace mirrorstage;
using namespace mirrorstage::reflector;

namespace {

constexpr qint64 kSecondNs = 1'000'000'000;

// The second sample of a run, so that rates are present; `first` gets the first.
HostSample collectedSample(const QString &root, HostSample *first = nullptr)
{
    SampleCollector collector(SystemRoot(QFile::encodeName(root)), {10, false}, AgentIdentity{});
    const HostSample earlier = collector.collect(10 * kSecondNs, 1'700'000'000'000);
    if (first)
        *first = earlier;
    return collector.collect(11 * kSecondNs, 1'700'000'001'000);
}

QString hostRoot(const QString &layout)
{
    return fixturePath(QStringLiteral("hosts/") + layout);
}

ProcessSample process(int pid, const QString &name, std::optional<double> cpu, std::optional<double> memory)
{
    ProcessSample p;
    p.pid = pid;
    p.name = name;
    p.user = QStringLiteral("www-data");
    p.cpuPercent = cpu;
    p.rssBytes = 123'456'789;
    p.memoryPercent = memory;
    return p;
}

// Every optional value present, every list with at least two entries, text beyond ASCII.
HostSample everyOptionalSet()
{
    HostSample s;
    s.timestampMs = 1'780'000'000'123;
    s.intervalMs = 1003;
    s.hasRates = true;
    s.agent = {QStringLiteral("db-01"), QStringLiteral("0.1.0"), QStringLiteral("R2"), RackPosition{1.5, -2.25, 3},
               {QStringLiteral("db"), QStringLiteral("서울"), QString()}};
    s.facts = {QStringLiteral("db-01.local"), QStringLiteral("debian"), QStringLiteral("Debian GNU/Linux"),
               QStringLiteral("12"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"), QStringLiteral("6.1.0-18-amd64"),
               QStringLiteral("0b6f1a3e-3c1f-4c59-9a55-0c9b2d0f4f11"), QStringLiteral("Dell Inc."),
               QStringLiteral("PowerEdge R650 \"ü\""), 86400.25};
    s.cpu.model = QStringLiteral("Intel(R) Xeon(R) Gold 6338");
    s.cpu.logicalCores = 2;
    s.cpu.physicalCores = 1;
    s.cpu.total = CpuUsage{37.5, 30, 7.5, 2.25, 0.5, 60};
    s.cpu.cores = {CoreSample{0, CpuUsage{90, 80, 10, 0, 0, 10}, 3000.5}, CoreSample{1, CpuUsage{10, 5, 5, 0, 0, 90}, 800}};
    s.cpu.load = LoadAverage{1.5, 0.75, 12.34};
    s.memory = {17'179'869'184, 8'000'000'000, 53.43, 2'147'483'648, 1'000'000, 0.05};
    s.network.primaryInterface = QStringLiteral("eth0");
    InterfaceSample eth0;
    eth0.name = QStringLiteral("eth0");
    eth0.operState = QStringLiteral("up");
    eth0.up = true;
    eth0.speedMbps = 10'000;
    eth0.primary = true;
    eth0.counters = {std::numeric_limits<qint64>::max(), 2, 3, 4, 5, 6, 7, 8};
    eth0.rates = InterfaceRates{1250000.4, 1000, 0.25, 0, 3000.6, 20, 0, 0.01};
    InterfaceSample wlan;
    wlan.name = QStringLiteral("wlp0s20f3");
    wlan.operState = QStringLiteral("dormant");
    wlan.up = false;
    wlan.speedMbps = 0;
    wlan.rates = InterfaceRates{};
    s.network.interfaces = {eth0, wlan};
    s.filesystems = {FilesystemSample{QStringLiteral("/dev/sda1"), QStringLiteral("/"), QStringLiteral("ext4"),
                                      500'000'000'000, 200'000'000'000, 280'000'000'000, 41.67, 3.5},
                     FilesystemSample{QStringLiteral("/dev/mapper/data"), QStringLiteral("/srv/데이터"),
                                      QStringLiteral("xfs"), 1, 0, 1, 0, 0}};
    s.disks = {DiskSample{QStringLiteral("sda"), {1, 2, 512, 1024, 99}, DiskRates{1, 2, 4096, 8192, 12.5}},
               DiskSample{QStringLiteral("nvme0n1"), {0, 0, 0, 0, 0}, DiskRates{0, 0, 0, 0, 0}}};
    s.thermal.sensors = {
        TemperatureReading{QStringLiteral("hwmon"), QStringLiteral("coretemp"), QStringLiteral("Package id 0"),
                           SensorKind::Cpu, 71.5},
        TemperatureReading{QStringLiteral("hwmon"), QStringLiteral("amdgpu"), QStringLiteral("edge"), SensorKind::Gpu, 48},
        TemperatureReading{QStringLiteral("thermal_zone"), QStringLiteral("acpitz"), QStringLiteral("temp1"),
                           SensorKind::Other, -5.25},
    };
    s.thermal.cpuMaxCelsius = 71.5;
    s.thermal.gpuCelsius = 48;
    s.processes.count = 321;
    s.processes.topByCpu = {process(4242, QStringLiteral("nginx"), 50, 0.75), process(1, QStringLiteral("systemd"), 0.5, 0.1)};
    s.processes.topByMemory = {process(77, QStringLiteral("postgres"), 3, 12.5), process(4242, QStringLiteral("nginx"), 50, 0.75)};
    s.problems = {{QStringLiteral("/sys/class/net/wlp0s20f3/speed"), QStringLiteral("Invalid argument")},
                  {QStringLiteral("/proc/1/stat"), QString()}};
    return s;
}

// Every optional value absent, also inside list entries.
HostSample everyOptionalAbsent()
{
    HostSample s;
    s.cpu.cores = {CoreSample{0, std::nullopt, std::nullopt}};
    InterfaceSample lo;
    lo.name = QStringLiteral("lo");
    s.network.interfaces = {lo};
    s.filesystems = {FilesystemSample{}};
    s.disks = {DiskSample{}};
    s.thermal.sensors = {TemperatureReading{}};
    s.processes.topByMemory = {ProcessSample{}};
    s.problems = {SampleProblem{}};
    return s;
}

std::optional<HostSample> decoded(const QByteArray &cbor, QString *error = nullptr)
{
    return sampleFromCbor(QByteArrayView(cbor), error);
}

// The sample's CBOR with the value at `path` (keys, or indices for arrays) replaced by `value`;
// an invalid QCborValue removes the key.
QCborValue replaced(const QCborValue &at, QStringList path, const QCborValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (at.isArray()) {
        QCborArray array = at.toArray();
        const qsizetype index = step.toLongLong();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QCborMap map = at.toMap();
    if (path.isEmpty() && value.isInvalid())
        map.remove(step);
    else
        map[step] = replaced(map.value(step), path, value);
    return map;
}

QByteArray withValue(const HostSample &sample, const QString &dottedPath, const QCborValue &value)
{
    return replaced(QCborValue(encodeSample(sample)), dottedPath.split(QLatin1Char('.')), value).toCbor();
}

QCborValue valueAt(const QCborValue &at, const QString &dottedPath)
{
    QCborValue value = at;
    for (const QString &step : dottedPath.split(QLatin1Char('.')))
        value = value.isArray() ? value.toArray().at(step.toLongLong()) : value.toMap().value(step);
    return value;
}

// The problems the decoder added (the samples here carry none of their own about "cbor:").
QList<SampleProblem> addedProblems(const HostSample &read)
{
    QList<SampleProblem> added;
    for (const SampleProblem &p : read.problems) {
        if (p.source.startsWith(QLatin1String("cbor:")))
            added.append(p);
    }
    return added;
}

QByteArray nested(int depth)
{
    QByteArray bytes(depth, '\x81');  // arrays of one element
    bytes.append('\x01');
    return bytes;
}

// A sample map with one more entry, written by hand: {"timestamp_ms": 5, key: value bytes}.
QByteArray mapWithEntry(const QByteArray &keyAndValue)
{
    return QByteArray::fromHex("a26c74696d657374616d705f6d7305") + keyAndValue;
}

}  // namespace

class SampleDecoderTest : public QObject {
    Q_OBJECT
private slots:
    void collectedSamplesComeBack_data();
    void collectedSamplesComeBack();
    void everyOptionalSetComesBack();
    void everyOptionalAbsentComesBack();
    void unknownKeysAreSkipped();
    void badFieldsAreLeftOutWithAProblem_data();
    void badFieldsAreLeftOutWithAProblem();
    void integersOutsideTheirTypeAreOutOfRange();
    void firstOfRepeatedKeysCounts();
    void addedProblemsAreBounded();
    void truncatedSamplesAreRefused();
    void onlyAMapIsASample_data();
    void onlyAMapIsASample();
    void malformedBytesAreRefused_data();
    void malformedBytesAreRefused();
    void refusesWhatFromCborRefuses();
};

void SampleDecoderTest::collectedSamplesComeBack_data()
{
    QTest::addColumn<QString>("root");
    for (const char *layout : {"workstation", "tiny-no-swap-no-hwmon", "many-cores", "empty", "garbage"})
        QTest::newRow(layout) << hostRoot(QLatin1String(layout));
    QTest::newRow("this machine") << QString();
}

void SampleDecoderTest::collectedSamplesComeBack()
{
    QFETCH(QString, root);
    HostSample first;
    const HostSample second = collectedSample(root, &first);
    QVERIFY(second.hasRates);
    for (const HostSample &sample : {first, second}) {
        const QByteArray cbor = sampleToCbor(sample);
        QString error;
        const std::optional<HostSample> read = decoded(cbor, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(read->problems.size(), sample.problems.size());  // nothing added
        QCOMPARE(sampleToCbor(*read), cbor);
    }
}

void SampleDecoderTest::everyOptionalSetComesBack()
{
    const HostSample sample = everyOptionalSet();
    const QByteArray cbor = sampleToCbor(sample);
    const std::optional<HostSample> read = decoded(cbor);
    QVERIFY(read);
    QCOMPARE(sampleToCbor(*read), cbor);
    // A few values by hand, in case encoder and decoder agreed on a mistake.
    QCOMPARE(read->intervalMs, std::optional<qint64>(1003));
    QCOMPARE(read->agent.position->y, -2.25);
    QCOMPARE(read->agent.tags, sample.agent.tags);
    QCOMPARE(read->thermal.sensors.at(1).kind, SensorKind::Gpu);
    QCOMPARE(read->network.interfaces.at(0).counters.rxBytes, quint64(std::numeric_limits<qint64>::max()));
    QCOMPARE(read->network.interfaces.at(1).up, std::optional<bool>(false));
    QCOMPARE(read->filesystems.at(1).mountpoint, QStringLiteral("/srv/데이터"));
    QCOMPARE(read->problems.size(), 2);
}

void SampleDecoderTest::everyOptionalAbsentComesBack()
{
    const HostSample sample = everyOptionalAbsent();
    const QByteArray cbor = sampleToCbor(sample);
    const std::optional<HostSample> read = decoded(cbor);
    QVERIFY(read);
    QCOMPARE(sampleToCbor(*read), cbor);
    QCOMPARE(read->problems.size(), 1);  // the sample's own, empty one: null is no problem
    QVERIFY(!read->intervalMs && !read->agent.position && !read->cpu.total && !read->cpu.load);
    QVERIFY(!read->cpu.cores.at(0).usage && !read->network.interfaces.at(0).rates && !read->disks.at(0).rates);
    QVERIFY(!read->memory.totalBytes && !read->processes.count && !read->thermal.cpuMaxCelsius);
}

void SampleDecoderTest::unknownKeysAreSkipped()
{
    const HostSample sample = everyOptionalSet();
    QCborMap map = encodeSample(sample);
    const QCborValue odd = QCborValue::fromCbor(QByteArray::fromHex(
        "a3"                                   // a map of three:
        "6474616773" "83c11a5f5e1000f6f93c00"  // "tags": [tag 1(1600000000), null, half 1.0]
        "01" "5f42ab01ff"                      // 1: bytes in chunks
        "f5" "a16161bf6162f4ff"));             // true: {"a": {_ "b": false}}
    map[QLatin1String("added_in_v9")] = odd;
    map[42] = QCborValue(QStringLiteral("an integer key"));
    QCborMap cpu = map.value(QLatin1String("cpu")).toMap();
    cpu[QLatin1String("frequency_governor")] = QStringLiteral("schedutil");
    QCborArray cores = cpu.value(QLatin1String("cores")).toArray();
    QCborMap core = cores.at(1).toMap();
    core[QLatin1String("usage_extra")] = odd;
    cores[1] = core;
    cpu[QLatin1String("cores")] = cores;
    map[QLatin1String("cpu")] = cpu;
    map[QLatin1String("zzz")] = QCborValue(QCborKnownTags::Signature, QCborValue(QStringLiteral("tagged")));

    const QByteArray withUnknown = QCborValue(map).toCbor();
    QString error;
    const std::optional<HostSample> read = decoded(withUnknown, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->problems.size(), sample.problems.size());
    QCOMPARE(sampleToCbor(*read), sampleToCbor(sample));
}

void SampleDecoderTest::badFieldsAreLeftOutWithAProblem_data()
{
    QTest::addColumn<QString>("path");            // dotted; indices for arrays
    QTest::addColumn<QCborValue>("value");        // invalid: the key is removed
    QTest::addColumn<QString>("source");          // of the problem added; empty: none
    QTest::addColumn<QString>("reason");          // what the reason contains
    QTest::addColumn<QString>("checkPath");       // in the decoded sample, encoded again
    QTest::addColumn<QCborValue>("checkValue");   // what is there now

    const QCborValue null(nullptr);
    const QCborValue removed(QCborValue::Invalid);
    const QCborValue text(QStringLiteral("text"));

    // Optional values: absent; a null is no problem.
    QTest::newRow("interval_ms text") << "interval_ms" << text << "cbor:interval_ms"
                                      << "expected an integer, found text; left out" << "interval_ms" << null;
    QTest::newRow("memory.used_percent map") << "memory.used_percent" << QCborValue(QCborMap()) << "cbor:memory.used_percent"
                                             << "found a map" << "memory.used_percent" << null;
    QTest::newRow("memory.total_bytes negative") << "memory.total_bytes" << QCborValue(-5) << "cbor:memory.total_bytes"
                                                 << "out of its range" << "memory.total_bytes" << null;
    QTest::newRow("memory.total_bytes null") << "memory.total_bytes" << null << "" << "" << "memory.total_bytes" << null;
    QTest::newRow("memory.used_percent missing") << "memory.used_percent" << removed << "" << ""
                                                 << "memory.used_percent" << null;
    QTest::newRow("memory.used_percent 1e305") << "memory.used_percent" << QCborValue(1e305)
                                               << "cbor:memory.used_percent" << "out of its range"
                                               << "memory.used_percent" << null;
    QTest::newRow("cpu.physical_cores float") << "cpu.physical_cores" << QCborValue(1.5) << "cbor:cpu.physical_cores"
                                              << "found a floating-point number" << "cpu.physical_cores" << null;
    QTest::newRow("processes.count beyond int") << "processes.count" << QCborValue(qint64(1) << 40)
                                                << "cbor:processes.count" << "out of its range" << "processes.count"
                                                << null;
    QTest::newRow("network.interfaces.0.speed_mbps bool") << "network.interfaces.0.speed_mbps" << QCborValue(true)
                                                          << "cbor:network.interfaces[0].speed_mbps" << "found true"
                                                          << "network.interfaces.0.speed_mbps" << null;
    QTest::newRow("network.interfaces.0.up integer") << "network.interfaces.0.up" << QCborValue(1)
                                                     << "cbor:network.interfaces[0].up" << "expected true or false"
                                                     << "network.interfaces.0.up" << null;
    QTest::newRow("temperatures.gpu_celsius infinity") << "temperatures.gpu_celsius" << QCborValue(qInf())
                                                       << "cbor:temperatures.gpu_celsius" << "infinity or NaN"
                                                       << "temperatures.gpu_celsius" << null;
    QTest::newRow("cpu.usage array") << "cpu.usage" << QCborValue(QCborArray{1, 2}) << "cbor:cpu.usage"
                                     << "expected a map, found an array; left out" << "cpu.usage" << null;
    // Text that is null when empty.
    QTest::newRow("host.boot_id integer") << "host.boot_id" << QCborValue(5) << "cbor:host.boot_id"
                                          << "expected text, found an integer; read as empty" << "host.boot_id"
                                          << null;
    QTest::newRow("host.boot_id null") << "host.boot_id" << null << "" << "" << "host.boot_id" << null;
    // A value of a group: the group goes.
    QTest::newRow("cpu.usage.busy_percent text") << "cpu.usage.busy_percent" << text << "cbor:cpu.usage.busy_percent"
                                                 << "expected a number, found text; cpu.usage is left out"
                                                 << "cpu.usage" << null;
    QTest::newRow("cpu.usage.idle_percent missing") << "cpu.usage.idle_percent" << removed
                                                    << "cbor:cpu.usage.idle_percent"
                                                    << "missing; cpu.usage is left out" << "cpu.usage" << null;
    QTest::newRow("cpu.load_average two values") << "cpu.load_average" << QCborValue(QCborArray{1, 2})
                                                 << "cbor:cpu.load_average" << "expected 3 numbers, found 2"
                                                 << "cpu.load_average" << null;
    QTest::newRow("cpu.load_average.2 null") << "cpu.load_average.2" << null << "cbor:cpu.load_average[2]"
                                             << "null, expected a number; cpu.load_average is left out"
                                             << "cpu.load_average" << null;
    QTest::newRow("agent.position.x text") << "agent.position.x" << text << "cbor:agent.position.x"
                                           << "agent.position is left out" << "agent.position" << null;
    QTest::newRow("network.interfaces.0.rates.rx_bytes_per_s NaN")
        << "network.interfaces.0.rates.rx_bytes_per_s" << QCborValue(qQNaN())
        << "cbor:network.interfaces[0].rates.rx_bytes_per_s" << "network.interfaces[0].rates is left out"
        << "network.interfaces.0.rates" << null;
    QTest::newRow("cpu.cores.0.usage.steal_percent bytes")
        << "cpu.cores.0.usage.steal_percent" << QCborValue(QByteArray("x")) << "cbor:cpu.cores[0].usage.steal_percent"
        << "found a byte string; cpu.cores[0].usage is left out" << "cpu.cores.0.usage" << null;
    QTest::newRow("disks.0.rates text") << "disks.0.rates" << text << "cbor:disks[0].rates" << "left out"
                                        << "disks.0.rates" << null;
    // A value of a list entry: the entry goes (the next one moves up).
    QTest::newRow("cpu.cores.0.id text") << "cpu.cores.0.id" << text << "cbor:cpu.cores[0].id"
                                         << "cpu.cores[0] is left out" << "cpu.cores.0.id" << QCborValue(1);
    QTest::newRow("agent.tags.0 integer") << "agent.tags.0" << QCborValue(7) << "cbor:agent.tags[0]"
                                          << "expected text, found an integer; left out" << "agent.tags.0"
                                          << QCborValue(QStringLiteral("서울"));
    QTest::newRow("network.interfaces.0.rx_bytes text")
        << "network.interfaces.0.rx_bytes" << text << "cbor:network.interfaces[0].rx_bytes"
        << "network.interfaces[0] is left out" << "network.interfaces.0.name" << QCborValue(QStringLiteral("wlp0s20f3"));
    QTest::newRow("network.interfaces.0.name missing")
        << "network.interfaces.0.name" << removed << "cbor:network.interfaces[0].name"
        << "missing; network.interfaces[0] is left out" << "network.interfaces.0.name"
        << QCborValue(QStringLiteral("wlp0s20f3"));
    QTest::newRow("filesystems.0.total_bytes negative")
        << "filesystems.0.total_bytes" << QCborValue(-1) << "cbor:filesystems[0].total_bytes"
        << "out of its range; filesystems[0] is left out"
        << "filesystems.0.type" << QCborValue(QStringLiteral("xfs"));
    QTest::newRow("temperatures.sensors.0.celsius null")
        << "temperatures.sensors.0.celsius" << null << "cbor:temperatures.sensors[0].celsius"
        << "temperatures.sensors[0] is left out" << "temperatures.sensors.0.chip" << QCborValue(QStringLiteral("amdgpu"));
    QTest::newRow("processes.top_by_cpu.0 text") << "processes.top_by_cpu.0" << text << "cbor:processes.top_by_cpu[0]"
                                                 << "expected a map, found text; left out"
                                                 << "processes.top_by_cpu.0.pid" << QCborValue(1);
    QTest::newRow("problems.0.reason false") << "problems.0.reason" << QCborValue(false) << "cbor:problems[0].reason"
                                             << "problems[0] is left out" << "problems.0.source"
                                             << QCborValue(QStringLiteral("/proc/1/stat"));
    // Section level: the default.
    QTest::newRow("timestamp_ms text") << "timestamp_ms" << text << "cbor:timestamp_ms"
                                       << "expected an integer, found text; read as 0" << "timestamp_ms"
                                       << QCborValue(0);
    QTest::newRow("has_rates missing") << "has_rates" << removed << "cbor:has_rates" << "missing; read as false"
                                       << "has_rates" << QCborValue(false);
    QTest::newRow("cpu.logical_cores null") << "cpu.logical_cores" << null << "cbor:cpu.logical_cores"
                                            << "null, expected an integer of 32 bits; read as 0"
                                            << "cpu.logical_cores" << QCborValue(0);
    QTest::newRow("agent array") << "agent" << QCborValue(QCborArray()) << "cbor:agent" << "read as empty"
                                 << "agent.hostname" << QCborValue(QString());
    QTest::newRow("processes.top_by_cpu map") << "processes.top_by_cpu" << QCborValue(QCborMap())
                                              << "cbor:processes.top_by_cpu" << "read as an empty list"
                                              << "processes.top_by_cpu" << QCborValue(QCborArray());
    QTest::newRow("schema 2") << "schema" << QCborValue(2) << "cbor:schema" << "schema 2 is not known here"
                              << "cpu.logical_cores" << QCborValue(2);
    // Not a problem: a kind from a newer agent reads as "other".
    QTest::newRow("temperatures.sensors.0.kind nvme") << "temperatures.sensors.0.kind" << QCborValue(QStringLiteral("nvme"))
                                                      << "" << "" << "temperatures.sensors.0.kind"
                                                      << QCborValue(QStringLiteral("other"));
}

void SampleDecoderTest::badFieldsAreLeftOutWithAProblem()
{
    QFETCH(QString, path);
    QFETCH(QCborValue, value);
    QFETCH(QString, source);
    QFETCH(QString, reason);
    QFETCH(QString, checkPath);
    QFETCH(QCborValue, checkValue);

    const HostSample sample = everyOptionalSet();
    QString error;
    const std::optional<HostSample> read = decoded(withValue(sample, path, value), &error);
    QVERIFY2(read, qPrintable(error));
    const QList<SampleProblem> added = addedProblems(*read);
    if (source.isEmpty()) {
        QVERIFY2(added.isEmpty(), qPrintable(added.value(0).source + QLatin1String(": ") + added.value(0).reason));
    } else {
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).source, source);
        QVERIFY2(added.at(0).reason.contains(reason), qPrintable(added.at(0).reason));
    }
    QCOMPARE(valueAt(QCborValue(encodeSample(*read)), checkPath), checkValue);
    // What was read is a sample like any other: it comes back as it is now.
    const QByteArray again = sampleToCbor(*read);
    QCOMPARE(sampleToCbor(decoded(again).value()), again);
}

void SampleDecoderTest::integersOutsideTheirTypeAreOutOfRange()
{
    // QCborValue turns integers beyond qint64 into doubles, so these are written by hand:
    // {"timestamp_ms": 2^64 - 1, "interval_ms": -2^63, "memory": {"total_bytes": 2^63,
    //  "swap_total_bytes": 2^63 - 1}, "processes": {"count": -2^64}}
    const QByteArray cbor = QByteArray::fromHex("a4"
                                                "6c74696d657374616d705f6d73" "1bffffffffffffffff"
                                                "6b696e74657276616c5f6d73" "3b7fffffffffffffff"
                                                "666d656d6f7279" "a2"
                                                "6b746f74616c5f6279746573" "1b8000000000000000"
                                                "70737761705f746f74616c5f6279746573" "1b7fffffffffffffff"
                                                "6970726f636573736573" "a1" "65636f756e74" "3bffffffffffffffff");
    const std::optional<HostSample> read = decoded(cbor);
    QVERIFY(read);
    QCOMPARE(read->timestampMs, qint64(0));
    QCOMPARE(read->intervalMs, std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QVERIFY(!read->memory.totalBytes);
    QCOMPARE(read->memory.swapTotalBytes, std::optional<quint64>(quint64(std::numeric_limits<qint64>::max())));
    QVERIFY(!read->processes.count);
    QStringList outOfRange;
    for (const SampleProblem &p : read->problems) {
        if (p.reason.contains(QLatin1String("out of its range")))
            outOfRange.append(p.source);
    }
    QCOMPARE(outOfRange, (QStringList{QStringLiteral("cbor:timestamp_ms"), QStringLiteral("cbor:memory.total_bytes"),
                                      QStringLiteral("cbor:processes.count")}));
}

void SampleDecoderTest::firstOfRepeatedKeysCounts()
{
    // {"timestamp_ms": 5, "timestamp_ms": 6, "memory": {"used_percent": 1.5, "used_percent": "x"}}
    const QByteArray cbor = QByteArray::fromHex("a36c74696d657374616d705f6d73056c74696d657374616d705f6d7306"
                                                "666d656d6f7279a26c757365645f70657263656e74f93e00"
                                                "6c757365645f70657263656e746178");
    const std::optional<HostSample> read = decoded(cbor);
    QVERIFY(read);
    QCOMPARE(read->timestampMs, qint64(5));
    QCOMPARE(read->memory.usedPercent, std::optional<double>(1.5));
    QStringList sources;
    for (const SampleProblem &p : read->problems) {
        if (p.reason.contains(QLatin1String("more than once")))
            sources.append(p.source);
    }
    QCOMPARE(sources, (QStringList{QStringLiteral("cbor:timestamp_ms"), QStringLiteral("cbor:memory.used_percent")}));
}

void SampleDecoderTest::addedProblemsAreBounded()
{
    // 100000 tags that are not text: one byte each in the CBOR, but no more problems than a screenful.
    QByteArray cbor;
    QCborStreamWriter writer(&cbor);
    writer.startMap(1);
    writer.append(QLatin1StringView("agent"));
    writer.startMap(1);
    writer.append(QLatin1StringView("tags"));
    writer.startArray(100000);
    for (int i = 0; i < 100000; ++i)
        writer.append(1);
    writer.endArray();
    writer.endMap();
    writer.endMap();
    const std::optional<HostSample> read = decoded(cbor);
    QVERIFY(read);
    QVERIFY(read->agent.tags.isEmpty());
    QVERIFY(read->problems.size() <= 110);
    QVERIFY2(read->problems.last().reason.contains(QLatin1String("more problems")), qPrintable(read->problems.last().reason));
}

void SampleDecoderTest::truncatedSamplesAreRefused()
{
    const QByteArray cbor = sampleToCbor(collectedSample(hostRoot(QStringLiteral("workstation"))));
    QVERIFY(decoded(cbor));
    for (qsizetype size = 0; size < cbor.size(); ++size) {
        QString error;
        const std::optional<HostSample> read = decoded(cbor.left(size), &error);
        QVERIFY2(!read, qPrintable(QString::number(size)));
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(size)));
    }
    QString error;
    QVERIFY(!decoded(cbor.left(cbor.size() / 2), &error));
    QVERIFY2(error.startsWith(QLatin1String("the sample is not well-formed CBOR: ")), qPrintable(error));
    QVERIFY(!decoded(QByteArray(), &error));
    QCOMPARE(error, QStringLiteral("the sample is empty"));
}

void SampleDecoderTest::onlyAMapIsASample_data()
{
    QTest::addColumn<QByteArray>("cbor");
    QTest::addColumn<QString>("error");
    const QByteArray sample = sampleToCbor(everyOptionalSet());
    QTest::newRow("array of the sample") << QByteArray("\x81" + sample) << "the sample is not a CBOR map but an array";
    QTest::newRow("empty array") << QByteArray::fromHex("80") << "the sample is not a CBOR map but an array";
    QTest::newRow("tagged map") << QByteArray("\xd8\x20" + sample) << "the sample is not a CBOR map but a tagged value";
    QTest::newRow("text") << QByteArray::fromHex("6161") << "the sample is not a CBOR map but text";
    QTest::newRow("null") << QByteArray::fromHex("f6") << "the sample is not a CBOR map but null";
}

void SampleDecoderTest::onlyAMapIsASample()
{
    QFETCH(QByteArray, cbor);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!decoded(cbor, &why));
    QCOMPARE(why, error);
}

void SampleDecoderTest::malformedBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("cbor");
    QTest::addColumn<QString>("error");  // what the error contains; empty: the sample is read
    const QString notUtf8 = QStringLiteral("UTF-8");
    // 0x78 0x41: text of 65 bytes, longer than any field name
    const QByteArray longKey = "\x78\x41" + QByteArray(64, 'k') + '\xff';
    QTest::newRow("bad UTF-8 in agent.hostname")
        << mapWithEntry(QByteArray::fromHex("656167656e74a168686f73746e616d6562c328")) << notUtf8;
    QTest::newRow("bad UTF-8 in host.boot_id")
        << mapWithEntry(QByteArray::fromHex("64686f7374a167626f6f745f696463eda080")) << notUtf8;
    QTest::newRow("bad UTF-8 in an unknown key") << mapWithEntry(QByteArray::fromHex("62c0af01")) << notUtf8;
    QTest::newRow("bad UTF-8 in a long unknown key") << mapWithEntry(longKey + '\x01') << notUtf8;
    QTest::newRow("bad UTF-8 in a chunked key") << mapWithEntry(QByteArray::fromHex("7f616161ffff01")) << notUtf8;
    QTest::newRow("bad UTF-8 deep in an unknown value")
        << mapWithEntry(QByteArray::fromHex("6178a161788161ff")) << notUtf8;
    QTest::newRow("1024 deep") << mapWithEntry("\x61x" + nested(1023)) << "";
    QTest::newRow("1025 deep") << mapWithEntry("\x61x" + nested(1024)) << "more than 1024 deep";
    QTest::newRow("100000 deep") << mapWithEntry("\x61x" + nested(100000)) << "more than 1024 deep";
    QTest::newRow("deep under a known key") << mapWithEntry("\x63" "cpu" + nested(5000)) << "more than 1024 deep";
    QTest::newRow("trailing bytes") << QByteArray(mapWithEntry(QByteArray::fromHex("617801")) + '\x00')
                                    << "1 byte after its CBOR map";
    QTest::newRow("key without value") << QByteArray::fromHex("bf6c74696d657374616d705f6d73ff") << "well-formed";
    QTest::newRow("reserved additional information") << mapWithEntry(QByteArray::fromHex("61781c")) << "well-formed";
    QTest::newRow("simple value below 32 in two bytes") << mapWithEntry(QByteArray::fromHex("6178f810")) << "well-formed";
    QTest::newRow("break at the top") << QByteArray::fromHex("ff") << "well-formed";
    QTest::newRow("tag without its item") << QByteArray::fromHex("a1617881c6") << "well-formed";
    QTest::newRow("text longer than the bytes") << QByteArray::fromHex("a161787a7fffffff41") << "well-formed";
    QTest::newRow("array longer than the bytes") << QByteArray::fromHex("a161789b7fffffffffffffff01") << "well-formed";
    QTest::newRow("chunk of another type") << mapWithEntry(QByteArray::fromHex("61787f4161ff")) << "well-formed";
}

void SampleDecoderTest::malformedBytesAreRefused()
{
    QFETCH(QByteArray, cbor);
    QFETCH(QString, error);
    QString why;
    const std::optional<HostSample> read = decoded(cbor, &why);
    if (error.isEmpty()) {
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(read->timestampMs, qint64(5));
        return;
    }
    QVERIFY(!read);
    QVERIFY2(why.contains(error), qPrintable(why));
}

// QCborValue::fromCbor is the reference for what is well-formed: every byte of a real sample,
// changed in a few ways, is refused by both or by neither, and never crashes the decoder.
void SampleDecoderTest::refusesWhatFromCborRefuses()
{
    const QByteArray cbor = sampleToCbor(collectedSample(hostRoot(QStringLiteral("workstation"))));
    int refused = 0;
    for (qsizetype at = 0; at < cbor.size(); ++at) {
        for (const quint8 change : {quint8(0x01), quint8(0x20), quint8(0x80), quint8(0xff)}) {
            QByteArray bytes = cbor;
            bytes[at] = char(quint8(bytes.at(at)) ^ change);
            QCborParserError parserError;
            const QCborValue value = QCborValue::fromCbor(bytes, &parserError);
            const bool wellFormed =
                parserError.error == QCborError::NoError && value.isMap() && parserError.offset == bytes.size();
            QString error;
            const std::optional<HostSample> read = decoded(bytes, &error);
            if (read.has_value() != wellFormed) {
                qWarning("byte %lld ^ 0x%02x: fromCbor says %s, the decoder %s", qlonglong(at), change,
                         qPrintable(parserError.errorString()), read ? "reads it" : qPrintable(error));
            }
            QCOMPARE(read.has_value(), wellFormed);
            refused += read ? 0 : 1;
        }
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(SampleDecoderTest)
#include "test_sample_decoder.moc"
