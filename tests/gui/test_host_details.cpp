// The Host details dock as an operator reads it: the selected host's name, its filesystems,
// interfaces and processes, values that change in place, a sample that cannot be read, the
// hint without a selection, and charts from a real store file. Plus UnitFormat in English and
// Korean, and SeriesChart's gaps, hover and empty state.
#include "fleet_state.h"
#include "host_details_dock.h"
#include "host_selection.h"
#include "sample_codec.h"
#include "series_chart.h"
#include "store.h"
#include "store_client.h"
#include "unit_format.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <memory>

using namespace mirrorstage;
using namespace mirrorstage::app;

namespace {

constexpr int kWaitMs = 30000;
const QString kBoot = QStringLiteral("boot-a");

QString agentId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ProcessSample process(int pid, const QString &name, double cpu, quint64 rss, double memory)
{
    return {pid, name, QStringLiteral("postgres"), cpu, rss, memory};
}

// A database server, as its agent would describe it. `step` moves the numbers (and the order of
// the busiest processes) the way the next sample would.
HostSample dbSample(qint64 timestampMs, int step = 0)
{
    HostSample s;
    s.timestampMs = timestampMs;
    s.intervalMs = 5000;
    s.hasRates = true;
    s.agent.hostname = QStringLiteral("db-07");
    s.agent.agentVersion = QStringLiteral("0.1.0");
    s.agent.rack = QStringLiteral("rack-b");
    s.agent.position = RackPosition{0, 14, 0};
    s.agent.tags = {QStringLiteral("db"), QStringLiteral("primary")};
    s.facts.kernelHostname = QStringLiteral("db-07");
    s.facts.osPrettyName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    s.facts.kernelRelease = QStringLiteral("6.1.0-18-amd64");
    s.facts.bootId = QStringLiteral("5f0c5c1e-9d7c-4a43-9e3c-1f2ad3d1a0b1");
    s.facts.vendor = QStringLiteral("Dell Inc.");
    s.facts.model = QStringLiteral("PowerEdge R650");
    s.facts.uptimeSeconds = 3 * 86400 + 4 * 3600 + 60;
    s.cpu.model = QStringLiteral("Intel(R) Xeon(R) Gold 6338");
    s.cpu.logicalCores = 8;
    s.cpu.physicalCores = 4;
    s.cpu.total = CpuUsage{42.5 + step, 30, 10, 2, 0.5, 57.5 - step};
    for (int i = 0; i < 8; ++i)
        s.cpu.cores.append({i, CpuUsage{10.0 * i, 5, 5, 0, 0, 100 - 10.0 * i}, 2400});
    s.cpu.load = LoadAverage{1.25, 0.8, 0.5};
    s.memory.totalBytes = 64ULL << 30;
    s.memory.availableBytes = 24ULL << 30;
    s.memory.usedPercent = 62.5;
    s.memory.swapTotalBytes = 8ULL << 30;
    s.memory.swapUsedBytes = 1ULL << 30;
    s.memory.swapUsedPercent = 12.5;

    InterfaceSample eth0;
    eth0.name = QStringLiteral("eth0");
    eth0.operState = QStringLiteral("up");
    eth0.up = true;
    eth0.speedMbps = 1000;
    eth0.primary = true;
    eth0.rates = InterfaceRates{12.5e6, 9000, 0, 0, 2.5e6, 4000, 0, 0.5};
    InterfaceSample docker;
    docker.name = QStringLiteral("docker0");
    docker.operState = QStringLiteral("down");
    docker.up = false;
    docker.rates = InterfaceRates{};
    s.network.primaryInterface = QStringLiteral("eth0");
    s.network.interfaces = {eth0, docker};

    s.filesystems = {
        {QStringLiteral("/dev/sda1"), QStringLiteral("/"), QStringLiteral("ext4"), 50ULL << 30, 30ULL << 30,
         20ULL << 30, 60.0, 12.0},
        {QStringLiteral("/dev/sdb1"), QStringLiteral("/var/lib/postgresql"), QStringLiteral("xfs"), 2ULL << 40,
         1ULL << 40, 1ULL << 40, step == 0 ? 87.26 : 90.14, std::nullopt},
    };
    s.thermal.sensors = {{QStringLiteral("hwmon"), QStringLiteral("coretemp"), QStringLiteral("Package id 0"),
                          SensorKind::Cpu, 61.0}};
    s.thermal.cpuMaxCelsius = 61.0;
    s.processes.count = 312;
    // Thirty busy processes, so that the table scrolls; pid 5000 + i, the order turned round
    // from one step to the next.
    for (int i = 0; i < 30; ++i) {
        const int rank = step == 0 ? i : 29 - i;
        s.processes.topByCpu.append(process(5000 + rank, QStringLiteral("worker-%1").arg(rank), 90.0 - i, 100ULL << 20, 0.2));
    }
    s.processes.topByMemory = {process(4242, QStringLiteral("postgres"), 12.0, 8ULL << 30, 12.5)};
    s.problems = {{QStringLiteral("/sys/class/hwmon/hwmon3/temp1_input"), QStringLiteral("No such device")}};
    return s;
}

void feed(core::FleetState &state, const QString &id, const HostSample &sample, const QByteArray &cbor = {})
{
    core::FleetFrame frame;
    core::HostUpdate update;
    update.agentId = id;
    update.identity = sample.agent;
    update.vitals = core::vitalsOf(sample);
    update.sample = cbor.isEmpty() ? sampleToCbor(sample) : cbor;
    update.sampleTimestampMs = sample.timestampMs;
    update.receivedMs = now();
    update.intervalMs = sample.intervalMs.value_or(0);
    frame.updates = {update};
    frame.samples = 1;
    frame.spanMs = 250;
    state.apply(frame, now());
}

int rowOf(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, column) : nullptr;
    return item ? item->text() : QStringLiteral("<none>");
}

// Korean for a few of UnitFormat's strings: enough to see that they go through tr() with
// their placeholders (the real translations live in translations/mirrorstage_ko.ts).
class KoreanUnits : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "UnitFormat") != 0)
            return {};
        const QByteArray text(source);
        if (text == "%1 d %2 h")
            return QString::fromUtf8("%1일 %2시간");
        if (text == "%1 s ago")
            return QString::fromUtf8("%1초 전");
        if (text == "just now")
            return QString::fromUtf8("방금");
        return {};
    }
};

// Korean for a few of the dock's own strings.
class KoreanDock : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "mirrorstage::app::HostDetailsDock") != 0)
            return {};
        const QByteArray text(source);
        if (text == "Live")
            return QString::fromUtf8("실시간");
        if (text == "Select a host in the fleet tree or the rack view.")
            return QString::fromUtf8("플릿 트리나 랙 보기에서 호스트를 선택하세요.");
        if (text == "Host details")
            return QString::fromUtf8("호스트 정보");
        return {};
    }
};

}  // namespace

class HostDetailsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void unitFormatEnglish_data();
    void unitFormatEnglish();
    void unitFormatTimes();
    void unitFormatKorean();

    void chartBreaksAtGaps();
    void chartHoverShowsTimeAndValue();
    void chartWithoutDataSaysSo();

    void hintWithoutSelection();
    void showsWhatTheOperatorReads();
    void newSampleUpdatesInPlace();
    void undecodableSampleKeepsValues();
    void storedSampleWithoutLiveOne();
    void chartsComeFromTheStore();
    void dayRangeShowsRollups();
    void resultsForAnotherHostAreDropped();
    void followsLanguageChange();

private:
    void storeSamples(int host, const QList<HostSample> &samples);
    void addHost(int host);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<StoreClient> m_client;
    quint64 m_seq = 0;
    quint64 m_ticket = 0;

    std::unique_ptr<core::FleetState> m_state;
    std::unique_ptr<core::HostSelection> m_selection;
    std::unique_ptr<HostDetailsDock> m_dock;
};

void HostDetailsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("mirrorstage.db"));
    store::WriterOptions options;
    options.autoPruneIntervalMs = 0;
    m_writer = std::make_unique<store::StoreWriter>(m_path, options);
    QString error;
    QVERIFY2(m_writer->start(&error), qPrintable(error));
    m_client = std::make_unique<StoreClient>(m_path);
    QVERIFY2(m_client->start(&error), qPrintable(error));
    for (int host = 1; host <= 3; ++host)
        addHost(host);
}

void HostDetailsTest::cleanupTestCase()
{
    m_client.reset();
    m_writer.reset();
}

void HostDetailsTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    UnitSystem::setCurrent({});
    m_state = std::make_unique<core::FleetState>();
    m_selection = std::make_unique<core::HostSelection>();
    m_dock = std::make_unique<HostDetailsDock>(*m_state, *m_selection, *m_client);
    m_dock->resize(400, 760);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void HostDetailsTest::cleanup()
{
    m_dock.reset();
    m_selection.reset();
    m_state.reset();
}

void HostDetailsTest::addHost(int host)
{
    store::Database db(m_path, QStringLiteral("test-hosts"));
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    store::HostRepository hosts(db.connection());
    store::HostHello hello;
    hello.agentId = agentId(host);
    hello.publicKey = QByteArray(32, char('A' + host));
    hello.hostname = QStringLiteral("host-%1").arg(host);
    hello.agentVersion = QStringLiteral("0.1.0");
    hello.bootId = kBoot;
    QString error;
    QVERIFY2(hosts.upsertFromHello(hello, now(), &error), qPrintable(error));
    QVERIFY2(hosts.setEnrollmentState(agentId(host), store::EnrollmentState::Accepted, QStringLiteral("test"), now(),
                                      &error),
             qPrintable(error));
}

void HostDetailsTest::storeSamples(int host, const QList<HostSample> &samples)
{
    QList<store::IngestRecord> records;
    for (const HostSample &sample : samples)
        records.append({agentId(host), kBoot, ++m_seq, store::IngestRecord::Sample, now(), sampleToCbor(sample)});
    bool committed = false;
    QString failure;
    const quint64 ticket = ++m_ticket;
    QObject probe;
    connect(m_writer.get(), &store::StoreWriter::committed, &probe, [&](quint64 t) { committed = committed || t == ticket; });
    connect(m_writer.get(), &store::StoreWriter::failed, &probe, [&](quint64 t, const QString &e) {
        if (t == ticket)
            failure = e;
    });
    m_writer->submit(records, ticket);
    QTRY_VERIFY_WITH_TIMEOUT(committed || !failure.isEmpty(), kWaitMs);
    QVERIFY2(committed, qPrintable(failure));
}

// ---------------------------------------------------------------------------------------------
// UnitFormat

void HostDetailsTest::unitFormatEnglish_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    const UnitSystem si{false, true, false};
    const UnitSystem bytesPerSecond{true, false, false};
    const UnitSystem fahrenheit{true, true, true};
    // Rows are built here with the English locale that initTestCase set.
    QTest::newRow("bytes") << UnitFormat::bytes(1536) << "1.5 KiB";
    QTest::newRow("bytes small") << UnitFormat::bytes(512) << "512 B";
    QTest::newRow("bytes zero") << UnitFormat::bytes(0) << "0 B";
    QTest::newRow("bytes GiB") << UnitFormat::bytes(1.5 * 1024 * 1024 * 1024) << "1.5 GiB";
    QTest::newRow("bytes hundreds") << UnitFormat::bytes(150.4 * 1024 * 1024) << "150 MiB";
    QTest::newRow("bytes SI") << UnitFormat::bytes(1536, si) << "1.54 kB";
    QTest::newRow("byte rate") << UnitFormat::byteRate(1024 * 1024) << "1 MiB/s";
    QTest::newRow("bit rate") << UnitFormat::bitRate(1e9) << "1 Gbit/s";
    QTest::newRow("network bits") << UnitFormat::networkRate(125e6) << "1 Gbit/s";
    QTest::newRow("network small") << UnitFormat::networkRate(100) << "800 bit/s";
    QTest::newRow("network bytes") << UnitFormat::networkRate(125e6, bytesPerSecond) << "119 MiB/s";
    QTest::newRow("network bytes SI") << UnitFormat::networkRate(125e6, UnitSystem{false, false, false}) << "125 MB/s";
    QTest::newRow("link 10G") << UnitFormat::linkSpeed(10000) << "10 Gbit/s";
    QTest::newRow("link 100M") << UnitFormat::linkSpeed(100) << "100 Mbit/s";
    QTest::newRow("link 2.5G") << UnitFormat::linkSpeed(2500) << "2.5 Gbit/s";
    QTest::newRow("percent") << UnitFormat::percent(42.345) << "42.3%";
    QTest::newRow("percent whole") << UnitFormat::percent(100) << "100%";
    QTest::newRow("celsius") << UnitFormat::temperature(45.26) << QString::fromUtf8("45.3 °C");
    QTest::newRow("fahrenheit") << UnitFormat::temperature(45, fahrenheit) << QString::fromUtf8("113 °F");
    QTest::newRow("frequency GHz") << UnitFormat::frequency(2400) << "2.4 GHz";
    QTest::newRow("frequency MHz") << UnitFormat::frequency(800) << "800 MHz";
    QTest::newRow("event rate") << UnitFormat::eventRate(0.5) << "0.5/s";
    QTest::newRow("load") << UnitFormat::load(1.5) << "1.5";
    QTest::newRow("count") << UnitFormat::count(1234567) << "1,234,567";
    QTest::newRow("number grouped") << UnitFormat::number(12345.678, 1) << "12,345.7";
    QTest::newRow("no negative zero") << UnitFormat::number(-0.001, 2) << "0";
    QTest::newRow("days") << UnitFormat::duration(3 * 86400 + 4 * 3600 + 59) << "3 d 4 h";
    QTest::newRow("hours") << UnitFormat::duration(4 * 3600 + 12 * 60) << "4 h 12 min";
    QTest::newRow("minutes") << UnitFormat::duration(65) << "1 min 5 s";
    QTest::newRow("seconds") << UnitFormat::duration(45) << "45 s";
    QTest::newRow("ago seconds") << UnitFormat::ago(100'000 - 12'000, 100'000) << "12 s ago";
    QTest::newRow("ago minutes") << UnitFormat::ago(1'000'000 - 185'000, 1'000'000) << "3 min ago";
    QTest::newRow("just now") << UnitFormat::ago(100'000 - 500, 100'000) << "just now";
    QTest::newRow("clock ahead") << UnitFormat::ago(103'000, 100'000) << "just now";
    QTest::newRow("missing") << UnitFormat::missing() << QString::fromUtf8("\u2014");
}

void HostDetailsTest::unitFormatEnglish()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void HostDetailsTest::unitFormatTimes()
{
    const qint64 afternoon = QDateTime(QDate(2026, 5, 28), QTime(15, 4, 9)).toMSecsSinceEpoch();
    QCOMPARE(UnitFormat::clockTime(afternoon), QStringLiteral("3:04 PM"));
    QCOMPARE(UnitFormat::clockTime(afternoon, true), QStringLiteral("3:04:09 PM"));
    const QString dateTime = UnitFormat::dateTime(afternoon);
    QVERIFY2(dateTime.contains(QStringLiteral("5/28/26")) && dateTime.contains(QStringLiteral("3:04")), qPrintable(dateTime));

    UnitSystem::setCurrent({false, false, true});
    QCOMPARE(UnitFormat::bytes(1536), QStringLiteral("1.54 kB"));
    QCOMPARE(UnitFormat::temperature(100), QString::fromUtf8("212 °F"));
    UnitSystem::setCurrent({});
    QCOMPARE(UnitFormat::bytes(1536), QStringLiteral("1.5 KiB"));
}

void HostDetailsTest::unitFormatKorean()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    KoreanUnits korean;
    QVERIFY(QCoreApplication::installTranslator(&korean));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&korean);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });

    QCOMPARE(UnitFormat::bytes(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(UnitFormat::count(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(UnitFormat::networkRate(125e6), QStringLiteral("1 Gbit/s"));
    QCOMPARE(UnitFormat::duration(3 * 86400 + 4 * 3600), QString::fromUtf8("3일 4시간"));
    QCOMPARE(UnitFormat::ago(100'000 - 12'000, 100'000), QString::fromUtf8("12초 전"));
    QCOMPARE(UnitFormat::ago(100'000, 100'000), QString::fromUtf8("방금"));
    const qint64 afternoon = QDateTime(QDate(2026, 5, 28), QTime(15, 4)).toMSecsSinceEpoch();
    const QString dateTime = UnitFormat::dateTime(afternoon);
    QVERIFY2(dateTime.contains(QString::fromUtf8("오후")) && dateTime.contains(QStringLiteral("3:04")),
             qPrintable(dateTime));
    QVERIFY2(UnitFormat::clockTime(afternoon).contains(QString::fromUtf8("오후")), qPrintable(UnitFormat::clockTime(afternoon)));
}

// ---------------------------------------------------------------------------------------------
// SeriesChart

void HostDetailsTest::chartBreaksAtGaps()
{
    SeriesChart chart;
    const qint64 t0 = 1'780'000'000'000;
    QList<ChartPoint> points;
    for (qint64 s : {0, 10, 20, 30, 40, 200, 210, 220})
        points.append({t0 + s * 1000, double(s), {}, {}});
    chart.setSeries({{QStringLiteral("busy"), points}});
    QCOMPARE(chart.pointCount(), 8);
    QCOMPARE(chart.segmentCount(0), 2);  // 160 s > 3 x 10 s

    points.removeAt(5);  // 200 s: a gap is still a gap with one point fewer
    chart.setSeries({{QStringLiteral("busy"), points}});
    QCOMPARE(chart.segmentCount(0), 2);
    chart.setSeries({{QStringLiteral("busy"), points.mid(0, 5)}});
    QCOMPARE(chart.segmentCount(0), 1);
}

void HostDetailsTest::chartHoverShowsTimeAndValue()
{
    SeriesChart chart;
    chart.setFormatter([](double v) { return UnitFormat::percent(v); });
    chart.setValueRange(0, 100);
    const qint64 t0 = QDateTime(QDate(2026, 5, 28), QTime(15, 0, 0)).toMSecsSinceEpoch();
    QList<ChartPoint> points;
    for (int i = 0; i <= 10; ++i)
        points.append({t0 + i * 60'000, 40.0 + i, 30.0 + i, 50.0 + i});
    chart.setTimeRange(t0, t0 + 10 * 60'000);
    chart.setSeries({{QStringLiteral("average"), points}});
    chart.resize(400, 150);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Near the middle of the plot: 15:05, the sixth point.
    const int x = chart.width() / 2 + 20;
    QMouseEvent move(QEvent::MouseMove, QPointF(x, 75), chart.mapToGlobal(QPointF(x, 75)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&chart, &move);
    const QString text = chart.hoverText();
    QVERIFY2(text.contains(QStringLiteral("3:05:00 PM")) || text.contains(QStringLiteral("3:06:00 PM")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("average: 45% (min 35%, max 55%)"))
                 || text.contains(QStringLiteral("average: 46% (min 36%, max 56%)")),
             qPrintable(text));

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&chart, &leave);
    QVERIFY(chart.hoverText().isEmpty());
}

void HostDetailsTest::chartWithoutDataSaysSo()
{
    SeriesChart chart;
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.placeholderText(), QStringLiteral("No data in this range"));
    chart.resize(300, 120);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.grab();  // paints without data
    chart.setPlaceholderText(QStringLiteral("Loading…"));
    QCOMPARE(chart.placeholderText(), QStringLiteral("Loading…"));
}

// ---------------------------------------------------------------------------------------------
// The dock

void HostDetailsTest::hintWithoutSelection()
{
    QCOMPARE(m_dock->objectName(), QStringLiteral("hostDetailsDock"));
    auto *hint = m_dock->findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Select a host in the fleet tree or the rack view."));

    feed(*m_state, agentId(1), dbSample(now()));
    m_selection->select(agentId(1));
    QVERIFY(!hint->isVisible());
    m_selection->clear();
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Select a host in the fleet tree or the rack view."));
    QVERIFY(!m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel"))->isVisible());
}

void HostDetailsTest::showsWhatTheOperatorReads()
{
    feed(*m_state, agentId(1), dbSample(now()));
    m_selection->select(agentId(1));

    auto *name = m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel"));
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("db-07"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("agentIdValue"))->text(), agentId(1));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("rackValue"))->text(), QStringLiteral("rack-b, slot 14"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("tagsValue"))->text(), QStringLiteral("db, primary"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("presenceLabel"))->text(), QStringLiteral("online"));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("healthBadge"))->text().size() > 0);
    const QString lastSeen = m_dock->findChild<QLabel *>(QStringLiteral("lastSeenValue"))->text();
    QVERIFY2(lastSeen == QStringLiteral("just now") || lastSeen.endsWith(QStringLiteral(" s ago")), qPrintable(lastSeen));

    auto *filesystems = m_dock->findChild<QTableWidget *>(QStringLiteral("filesystemTable"));
    QVERIFY(filesystems);
    QCOMPARE(filesystems->rowCount(), 2);
    const int pg = rowOf(filesystems, 0, QStringLiteral("/var/lib/postgresql"));
    QVERIFY(pg >= 0);
    QCOMPARE(cell(filesystems, pg, 1), QStringLiteral("xfs"));
    QCOMPARE(cell(filesystems, pg, 2), QStringLiteral("1 TiB of 2 TiB"));
    QCOMPARE(cell(filesystems, pg, 3), QStringLiteral("87.3%"));
    QCOMPARE(cell(filesystems, pg, 4), UnitFormat::missing());  // xfs: no inode limit reported
    QCOMPARE(cell(filesystems, rowOf(filesystems, 0, QStringLiteral("/")), 3), QStringLiteral("60%"));

    // Two lines per interface: name and state, received and sent, capacity and use, faults.
    auto *interfaces = m_dock->findChild<QTableWidget *>(QStringLiteral("interfaceTable"));
    const int eth0 = rowOf(interfaces, 0, QStringLiteral("eth0\nup · primary"));
    QVERIFY(eth0 >= 0);
    QCOMPARE(cell(interfaces, eth0, 1), QStringLiteral("↓ 100 Mbit/s\n↑ 20 Mbit/s"));  // 12.5 MB/s received
    QCOMPARE(cell(interfaces, eth0, 2), QStringLiteral("1 Gbit/s\n10% used"));
    QCOMPARE(cell(interfaces, eth0, 3), QStringLiteral("errors 0/s\ndrops 0.5/s"));
    const int docker = rowOf(interfaces, 0, QStringLiteral("docker0\ndown"));
    QVERIFY(docker >= 0);
    QCOMPARE(cell(interfaces, docker, 2), UnitFormat::missing());

    auto *topCpu = m_dock->findChild<QTableWidget *>(QStringLiteral("topCpuTable"));
    QCOMPARE(topCpu->rowCount(), 30);
    QCOMPARE(cell(topCpu, 0, 0), QStringLiteral("5000"));
    QCOMPARE(cell(topCpu, 0, 3), QStringLiteral("90%"));
    auto *topMemory = m_dock->findChild<QTableWidget *>(QStringLiteral("topMemoryTable"));
    const int postgres = rowOf(topMemory, 0, QStringLiteral("4242"));
    QVERIFY(postgres >= 0);
    QCOMPARE(cell(topMemory, postgres, 1), QStringLiteral("postgres"));
    QCOMPARE(cell(topMemory, postgres, 4), QStringLiteral("8 GiB"));
    QCOMPARE(cell(topMemory, postgres, 5), QStringLiteral("12.5%"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("processCountLabel"))->text(), QStringLiteral("312 processes"));

    auto *temperatures = m_dock->findChild<QTableWidget *>(QStringLiteral("temperatureTable"));
    QCOMPARE(cell(temperatures, 0, 0), QStringLiteral("Package id 0"));
    QCOMPARE(cell(temperatures, 0, 2), QString::fromUtf8("61 °C"));
    auto *problems = m_dock->findChild<QTableWidget *>(QStringLiteral("problemTable"));
    QCOMPARE(cell(problems, 0, 1), QStringLiteral("No such device"));

    QCOMPARE(m_dock->findChild<QProgressBar *>(QStringLiteral("memoryBar"))->format(),
             QStringLiteral("62.5% · 40 GiB of 64 GiB"));
    QCOMPARE(m_dock->findChild<QProgressBar *>(QStringLiteral("cpuBusyBar"))->format(), QStringLiteral("42.5% busy"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("loadValue"))->text(), QStringLiteral("1.25 · 0.8 · 0.5"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("uptimeValue"))->text(), QStringLiteral("3 d 4 h"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("coreCountValue"))->text(),
             QStringLiteral("8 logical, 4 physical"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("hardwareValue"))->text(),
             QStringLiteral("Dell Inc. PowerEdge R650"));

    // The operator switches to Fahrenheit and bytes per second: the next frame shows them.
    UnitSystem::setCurrent({true, false, true});
    feed(*m_state, agentId(1), dbSample(now() + 1));
    QCOMPARE(cell(temperatures, 0, 2), QString::fromUtf8("141.8 °F"));
    QCOMPARE(cell(interfaces, eth0, 1), QStringLiteral("↓ 11.9 MiB/s\n↑ 2.38 MiB/s"));
    QCOMPARE(cell(interfaces, eth0, 2), QStringLiteral("1 Gbit/s\n10% used"));  // a link's capacity stays in bits
}

void HostDetailsTest::newSampleUpdatesInPlace()
{
    feed(*m_state, agentId(1), dbSample(now()));
    m_selection->select(agentId(1));
    auto *tabs = m_dock->findChild<QTabWidget *>(QStringLiteral("hostDetailsTabs"));
    auto *topCpu = m_dock->findChild<QTableWidget *>(QStringLiteral("topCpuTable"));
    auto *filesystems = m_dock->findChild<QTableWidget *>(QStringLiteral("filesystemTable"));
    auto *name = m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel"));
    tabs->setCurrentWidget(topCpu->parentWidget());
    QVERIFY(topCpu->isVisible());
    QTRY_VERIFY(topCpu->verticalScrollBar()->maximum() > 0);

    // The operator selects pid 5003 and scrolls down.
    const int selectedRow = rowOf(topCpu, 0, QStringLiteral("5003"));
    QCOMPARE(selectedRow, 3);
    topCpu->selectRow(selectedRow);
    topCpu->verticalScrollBar()->setValue(topCpu->verticalScrollBar()->maximum() / 2);
    const int scrolled = topCpu->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    const int pg = rowOf(filesystems, 0, QStringLiteral("/var/lib/postgresql"));
    QTableWidgetItem *const pgUse = filesystems->item(pg, 3);
    QTableWidgetItem *const firstProcess = topCpu->item(0, 0);
    const int currentTab = tabs->currentIndex();

    feed(*m_state, agentId(1), dbSample(now(), 1));

    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel")), name);
    QCOMPARE(filesystems->item(pg, 3), pgUse);  // the same item, new text
    QCOMPARE(pgUse->text(), QStringLiteral("90.1%"));
    QCOMPARE(topCpu->item(0, 0), firstProcess);
    QCOMPARE(firstProcess->text(), QStringLiteral("5029"));  // the order turned round
    QCOMPARE(topCpu->verticalScrollBar()->value(), scrolled);
    QCOMPARE(tabs->currentIndex(), currentTab);
    // The selection follows pid 5003 to its new row.
    const QList<QTableWidgetItem *> selected = topCpu->selectedItems();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(topCpu->item(selected.first()->row(), 0)->text(), QStringLiteral("5003"));
    QCOMPARE(selected.first()->row(), 26);
    QCOMPARE(m_dock->findChild<QProgressBar *>(QStringLiteral("cpuBusyBar"))->format(), QStringLiteral("43.5% busy"));
}

void HostDetailsTest::undecodableSampleKeepsValues()
{
    feed(*m_state, agentId(1), dbSample(now()));
    m_selection->select(agentId(1));
    auto *error = m_dock->findChild<QLabel *>(QStringLiteral("decodeErrorLabel"));
    QVERIFY(!error->isVisible());

    feed(*m_state, agentId(1), dbSample(now(), 1), QByteArray("\xa1\x63" "cpu", 5));  // a map cut short
    QVERIFY(!m_dock->decodeError().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("could not be read")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(m_dock->decodeError()), qPrintable(error->text()));
    auto *filesystems = m_dock->findChild<QTableWidget *>(QStringLiteral("filesystemTable"));
    QCOMPARE(cell(filesystems, rowOf(filesystems, 0, QStringLiteral("/var/lib/postgresql")), 3), QStringLiteral("87.3%"));

    feed(*m_state, agentId(1), dbSample(now(), 1));
    QVERIFY(!error->isVisible());
    QCOMPARE(cell(filesystems, rowOf(filesystems, 0, QStringLiteral("/var/lib/postgresql")), 3), QStringLiteral("90.1%"));
}

void HostDetailsTest::storedSampleWithoutLiveOne()
{
    // Known from the store, nothing live since the console started.
    HostSample stored = dbSample(now() - 30'000);
    stored.agent.hostname = QStringLiteral("host-2");
    storeSamples(2, {stored});
    core::KnownHost known;
    known.agentId = agentId(2);
    known.identity.hostname = QStringLiteral("host-2");
    m_state->addKnown({known}, now());
    m_selection->select(agentId(2));

    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel"))->text(), QStringLiteral("host-2"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("presenceLabel"))->text(), QStringLiteral("offline"));
    auto *filesystems = m_dock->findChild<QTableWidget *>(QStringLiteral("filesystemTable"));
    QTRY_COMPARE_WITH_TIMEOUT(filesystems->rowCount(), 2, kWaitMs);
    auto *note = m_dock->findChild<QLabel *>(QStringLiteral("sampleNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("last stored sample")), qPrintable(note->text()));
}

void HostDetailsTest::chartsComeFromTheStore()
{
    const qint64 t = now();
    QList<HostSample> samples;
    for (int i = 0; i < 5; ++i) {
        HostSample s = dbSample(t - 240'000 + i * 30'000);
        s.cpu.total->busyPercent = 10.0 * (i + 1);
        samples.append(s);
    }
    storeSamples(3, samples);
    feed(*m_state, agentId(3), dbSample(t));
    m_selection->select(agentId(3));

    QCOMPARE(m_dock->chartRange(), HostDetailsDock::ChartRange::Minutes15);
    SeriesChart *cpu = m_dock->chart(HostDetailsDock::Chart::Cpu);
    QCOMPARE(cpu, m_dock->findChild<SeriesChart *>(QStringLiteral("cpuChart")));
    QTRY_COMPARE_WITH_TIMEOUT(cpu->pointCount(), 5, kWaitMs);
    QCOMPARE(cpu->series().at(0).points.at(0).value, 10.0);
    QCOMPARE(cpu->series().at(0).points.at(4).value, 50.0);
    QCOMPARE(cpu->series().at(0).points.at(4).timestampMs, t - 120'000);
    QCOMPARE(m_dock->chart(HostDetailsDock::Chart::Memory)->pointCount(), 5);
    QCOMPARE(m_dock->chart(HostDetailsDock::Chart::Memory)->series().at(0).points.at(0).value, 62.5);
    SeriesChart *network = m_dock->chart(HostDetailsDock::Chart::Network);
    QCOMPARE(network->seriesCount(), 2);
    QCOMPARE(network->pointCount(0), 5);
    QCOMPARE(network->series().at(0).points.at(0).value, 12.5e6);  // bytes per second, drawn in bits
    QCOMPARE(network->title(), QStringLiteral("Network, eth0"));
    QCOMPARE(m_dock->chart(HostDetailsDock::Chart::Temperature)->series().at(0).points.at(0).value, 61.0);
    QCOMPARE(m_dock->chart(HostDetailsDock::Chart::Filesystem)->series().at(0).points.at(0).value, 87.26);

    // A sample that arrives later is in the next query (the timer's, or one asked for now).
    HostSample later = dbSample(t - 60'000);
    later.cpu.total->busyPercent = 77;
    storeSamples(3, {later});
    m_dock->refreshCharts();
    QVERIFY(m_dock->chartQueryPending());
    QCOMPARE(cpu->pointCount(), 5);  // the old chart stays while the query runs
    QTRY_COMPARE_WITH_TIMEOUT(cpu->pointCount(), 6, kWaitMs);
    QCOMPARE(cpu->series().at(0).points.last().value, 77.0);

    // A range the operator left again before its answer came: that answer is not drawn.
    QList<bool> banded;
    connect(cpu, &SeriesChart::seriesChanged, this, [&] {
        banded.append(!cpu->series().isEmpty() && !cpu->series().at(0).points.isEmpty()
                      && cpu->series().at(0).points.first().min.has_value());
    });
    m_dock->setChartRange(HostDetailsDock::ChartRange::Day);
    m_dock->setChartRange(HostDetailsDock::ChartRange::Minutes15);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->chartQueryPending(), kWaitMs);
    QCOMPARE(banded, QList<bool>{false});
    QCOMPARE(cpu->pointCount(), 6);
}

void HostDetailsTest::dayRangeShowsRollups()
{
    // Host 3's samples from chartsComeFromTheStore are in the store already; add some of our own
    // on host 1, spread over two minutes.
    const qint64 t = store::minuteOf(now()) - 10 * 60'000;
    QList<HostSample> samples;
    for (int i = 0; i < 4; ++i) {
        HostSample s = dbSample(t + i * 30'000);
        s.cpu.total->busyPercent = 20.0 + 10 * i;
        samples.append(s);
    }
    storeSamples(1, samples);
    feed(*m_state, agentId(1), dbSample(now()));
    m_selection->select(agentId(1));
    SeriesChart *cpu = m_dock->chart(HostDetailsDock::Chart::Cpu);
    QTRY_VERIFY_WITH_TIMEOUT(cpu->pointCount() >= 4, kWaitMs);

    auto *day = m_dock->findChild<QToolButton *>(QStringLiteral("range1dButton"));
    QVERIFY(day);
    day->click();
    QCOMPARE(m_dock->chartRange(), HostDetailsDock::ChartRange::Day);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->chartQueryPending(), kWaitMs);
    // Rollups: one point per minute with its band. Find our two minutes among the others.
    QList<ChartPoint> ours;
    for (const ChartPoint &p : cpu->series().at(0).points) {
        if (p.timestampMs >= t && p.timestampMs < t + 2 * 60'000)
            ours.append(p);
    }
    QCOMPARE(ours.size(), 2);
    QCOMPARE(ours.at(0).min, std::optional<double>(20.0));
    QCOMPARE(ours.at(0).value, 25.0);
    QCOMPARE(ours.at(0).max, std::optional<double>(30.0));
    QCOMPARE(ours.at(1).value, 45.0);
}

void HostDetailsTest::resultsForAnotherHostAreDropped()
{
    storeSamples(3, {dbSample(now() - 90'000), dbSample(now() - 60'000)});
    feed(*m_state, agentId(3), dbSample(now()));
    core::KnownHost empty;
    empty.agentId = agentId(9);
    empty.identity.hostname = QStringLiteral("empty-host");
    m_state->addKnown({empty}, now());
    SeriesChart *cpu = m_dock->chart(HostDetailsDock::Chart::Cpu);
    QList<int> seen;  // every chart the operator could have seen
    connect(cpu, &SeriesChart::seriesChanged, this, [&] { seen.append(cpu->pointCount()); });

    // Host 3 has samples in the store; its answer arrives after host 9 is selected.
    m_selection->select(agentId(3));
    m_selection->select(agentId(9));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->chartQueryPending(), kWaitMs);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen, QList<int>(seen.size(), 0));
    QCOMPARE(cpu->pointCount(), 0);
    QCOMPARE(cpu->placeholderText(), QStringLiteral("No data in this range"));
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("hostNameLabel"))->text(), QStringLiteral("empty-host"));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("sampleNoteLabel"))->isVisible());
}

void HostDetailsTest::followsLanguageChange()
{
    auto *tabs = m_dock->findChild<QTabWidget *>(QStringLiteral("hostDetailsTabs"));
    auto *hint = m_dock->findChild<QLabel *>(QStringLiteral("hintLabel"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Live"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Host details"));

    KoreanDock korean;
    QCoreApplication::installTranslator(&korean);  // posts QEvent::LanguageChange to every widget
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&korean); });
    QTRY_COMPARE(tabs->tabText(0), QString::fromUtf8("실시간"));
    QCOMPARE(m_dock->windowTitle(), QString::fromUtf8("호스트 정보"));
    QCOMPARE(hint->text(), QString::fromUtf8("플릿 트리나 랙 보기에서 호스트를 선택하세요."));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Storage"));  // not in this translator
}

QTEST_MAIN(HostDetailsTest)
#include "test_host_details.moc"
