// store_bytes_per_sample: what the store costs per sample, on this machine's disk.
//
// Writes N samples for H hosts through StoreWriter as the hub would (each sample its own ticket,
// submitted as fast as the writer takes them), reports the committed samples per second (the
// samples are encoded beforehand, in chunks, so that the figure is the writer's alone), then
// VACUUMs and reports the file size per sample, table by table (SQLite's dbstat).
//
// The samples are made up but shaped like a fleet's: 4 to 32 cores, a primary interface moving
// kilobytes to megabytes per second, two disks, three filesystems, a CPU sensor, 200-600
// processes with top-5 lists; each value drifts from one sample to the next like a real reading.
//
//   store_bytes_per_sample [--samples 100000] [--hosts 50] [--interval-ms 5000] [--keep FILE]

#include "database.h"
#include "host_repository.h"
#include "sample_codec.h"
#include "store_stats.h"
#include "store_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace mirrorstage;
using namespace mirrorstage::store;

namespace {

constexpr qint64 kStartMs = 1'780'000'020'000;

struct Settings {
    qint64 samples = 100'000;
    int hosts = 50;
    qint64 intervalMs = 5000;
    QString keep;
};

QString agentIdOf(int host)
{
    return QStringLiteral("%1").arg(host + 1, 32, 16, QLatin1Char('0'));
}

double uniform(QRandomGenerator &random, double low, double high)
{
    return low + random.generateDouble() * (high - low);
}

// One host's readings, drifting a little at every step.
class FakeHost {
public:
    FakeHost(int index, QRandomGenerator &random)
        : m_random(random),
          m_cores(4 << random.bounded(4)),
          m_busy(uniform(random, 5.0, 60.0)),
          m_memory(uniform(random, 30.0, 80.0)),
          m_hasSwap(random.bounded(3) != 0),
          m_isVm(random.bounded(5) == 0),
          m_rx(std::exp(uniform(random, 9.0, 15.0))),
          m_tx(std::exp(uniform(random, 8.0, 14.0))),
          m_written(std::exp(uniform(random, 10.0, 16.0))),
          m_celsius(uniform(random, 40, 70)),
          m_processes(200 + random.bounded(400)),
          m_rootUsed(uniform(random, 20.0, 90.0)),
          m_index(index)
    {
    }

    HostSample next(qint64 timestampMs)
    {
        m_busy = drift(m_busy, 4, 0, 100);
        m_memory = drift(m_memory, 0.3, 5, 99);
        m_rx = drift(m_rx, m_rx * 0.2, 0, 1e9);
        m_tx = drift(m_tx, m_tx * 0.2, 0, 1e9);
        m_written = drift(m_written, m_written * 0.3, 0, 2e9);
        m_celsius = std::clamp(m_celsius + 0.5 * (m_random.bounded(3) - 1), 30.0, 95.0);
        m_processes = std::max(50, m_processes + m_random.bounded(7) - 3);
        m_rootUsed = std::min(99.0, m_rootUsed + 0.0005);

        HostSample s;
        s.timestampMs = timestampMs;
        s.intervalMs = 5000;
        s.hasRates = true;
        s.agent.hostname = QStringLiteral("host-%1").arg(m_index);
        s.agent.agentVersion = QStringLiteral("0.1.0");
        s.facts.bootId = QStringLiteral("boot");
        fillCpu(s.cpu);
        s.memory.totalBytes = 64ull << 30;
        s.memory.usedPercent = m_memory;
        s.memory.swapTotalBytes = m_hasSwap ? (8ull << 30) : 0;
        if (m_hasSwap)
            s.memory.swapUsedPercent = m_random.bounded(3.0);
        fillNetwork(s.network);
        fillStorage(s);
        s.thermal.cpuMaxCelsius = m_celsius;
        s.processes.count = m_processes;
        for (int i = 0; i < 5; ++i) {
            ProcessSample p{1000 + i, QStringLiteral("worker-%1").arg(i), QStringLiteral("svc"),
                            m_random.bounded(100.0), quint64(m_random.bounded(1 << 30)), m_random.bounded(10.0)};
            s.processes.topByCpu.append(p);
            s.processes.topByMemory.append(p);
        }
        return s;
    }

private:
    double drift(double value, double step, double low, double high)
    {
        return std::clamp(value + step * (m_random.generateDouble() * 2 - 1), low, high);
    }

    CpuUsage usage(double busy)
    {
        const double iowait = m_random.bounded(1.5);
        const double steal = m_isVm ? m_random.bounded(2.0) : 0.0;
        return {busy, busy * 0.7, busy * 0.3, iowait, steal, std::max(0.0, 100 - busy - iowait)};
    }

    void fillCpu(CpuSample &cpu)
    {
        cpu.model = QStringLiteral("Example CPU");
        cpu.logicalCores = m_cores;
        cpu.total = usage(m_busy);
        for (int id = 0; id < m_cores; ++id)
            cpu.cores.append(
                CoreSample{id, usage(std::clamp(m_busy + uniform(m_random, -20.0, 20.0), 0.0, 100.0)), 3000.0});
        const double load = m_cores * m_busy / 100;
        cpu.load = LoadAverage{load * uniform(m_random, 0.8, 1.2), load, load * 0.95};
    }

    void fillNetwork(NetworkSample &network)
    {
        InterfaceSample eth0;
        eth0.name = QStringLiteral("eth0");
        eth0.operState = QStringLiteral("up");
        eth0.up = true;
        eth0.speedMbps = 10000;
        eth0.primary = true;
        eth0.rates = InterfaceRates{m_rx, m_rx / 1000, 0, m_random.bounded(50) == 0 ? 0.2 : 0.0,
                                    m_tx, m_tx / 1000, 0, 0};
        InterfaceSample lo;
        lo.name = QStringLiteral("lo");
        lo.rates = InterfaceRates{1000, 10, 0, 0, 1000, 10, 0, 0};
        network.primaryInterface = eth0.name;
        network.interfaces = {lo, eth0};
    }

    void fillStorage(HostSample &s)
    {
        const double roots[] = {m_rootUsed, 35.5, 71.25};
        const char *mounts[] = {"/", "/var", "/data"};
        for (int i = 0; i < 3; ++i) {
            FilesystemSample fs;
            fs.mountpoint = QLatin1String(mounts[i]);
            fs.device = QStringLiteral("/dev/sda%1").arg(i + 1);
            fs.type = QStringLiteral("ext4");
            fs.usedPercent = roots[i];
            fs.inodesUsedPercent = roots[i] / 8;
            s.filesystems.append(fs);
        }
        for (const char *name : {"nvme0n1", "sda"}) {
            DiskSample disk;
            disk.name = QLatin1String(name);
            const double read = m_random.bounded(10) == 0 ? m_random.bounded(5e6) : 0;
            disk.rates = DiskRates{read / 4096, m_written / 4096, read, m_written / 2, m_random.bounded(30.0)};
            s.disks.append(disk);
        }
    }

    QRandomGenerator &m_random;
    int m_cores;
    double m_busy, m_memory;
    bool m_hasSwap, m_isVm;
    double m_rx, m_tx, m_written, m_celsius;
    int m_processes;
    double m_rootUsed;
    int m_index;
};

std::optional<Settings> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bytes per stored sample and commit throughput of the store."));
    parser.addHelpOption();
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("samples in all"), QStringLiteral("N"),
                                     QStringLiteral("100000"));
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("hosts"), QStringLiteral("H"),
                                   QStringLiteral("50"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("time between a host's samples"),
                                      QStringLiteral("MS"), QStringLiteral("5000"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("write this file and keep it"),
                                  QStringLiteral("FILE"));
    parser.addOptions({samples, hosts, interval, keep});
    parser.process(app);
    Settings settings{parser.value(samples).toLongLong(), parser.value(hosts).toInt(),
                      parser.value(interval).toLongLong(), parser.value(keep)};
    if (settings.samples <= 0 || settings.hosts <= 0 || settings.intervalMs <= 0)
        return std::nullopt;
    return settings;
}

bool addHosts(const QString &path, int count)
{
    Database database(path, QStringLiteral("bench-setup"));
    if (!database.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return false;
    }
    HostRepository hosts(database.connection());
    for (int i = 0; i < count; ++i) {
        HostHello hello;
        hello.agentId = agentIdOf(i);
        hello.publicKey = QByteArray(32, char(i));
        hello.hostname = QStringLiteral("host-%1").arg(i);
        hello.bootId = QStringLiteral("boot");
        QString error;
        if (!hosts.upsertFromHello(hello, kStartMs, &error)
            || !hosts.setEnrollmentState(hello.agentId, EnrollmentState::Accepted, QStringLiteral("bench"), kStartMs,
                                         &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

// The records of one chunk of samples, made before the clock runs: the figure is the writer's.
QList<IngestRecord> makeChunk(QList<FakeHost> &hosts, const Settings &settings, qint64 first, qint64 end)
{
    QList<IngestRecord> records;
    for (qint64 n = first; n < end; ++n) {
        const int host = int(n % settings.hosts);
        const quint64 seq = quint64(n / settings.hosts) + 1;
        const qint64 timestamp = kStartMs + qint64(seq) * settings.intervalMs + host * 37;
        records.append({agentIdOf(host), QStringLiteral("boot"), seq, IngestRecord::Sample, timestamp,
                        sampleToCbor(hosts[host].next(timestamp))});
    }
    return records;
}

// Submits every sample, one ticket each, in chunks; returns the seconds the writer took from
// each chunk's first submission to its last commit, summed.
std::optional<double> writeSamples(const QString &path, const Settings &settings)
{
    WriterOptions options;
    options.autoPruneIntervalMs = 0;
    options.retention.rawSamplesMs = 3650 * RetentionPolicy::kDayMs;  // made-up timestamps never expire
    StoreWriter writer(path, options);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return std::nullopt;
    }
    qint64 answered = 0;
    qint64 waitFor = 0;
    bool failed = false;
    QEventLoop loop;
    QObject::connect(&writer, &StoreWriter::committed, &loop, [&] {
        if (++answered == waitFor)
            loop.quit();
    });
    QObject::connect(&writer, &StoreWriter::failed, &loop, [&](quint64, const QString &why) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        failed = true;
        loop.quit();
    });

    QRandomGenerator random(20260101);
    QList<FakeHost> hosts;
    for (int i = 0; i < settings.hosts; ++i)
        hosts.append(FakeHost(i, random));
    constexpr qint64 kChunk = 20'000;
    qint64 nanoseconds = 0;
    for (qint64 first = 0; first < settings.samples && !failed; first += kChunk) {
        const qint64 end = std::min(settings.samples, first + kChunk);
        const QList<IngestRecord> records = makeChunk(hosts, settings, first, end);
        waitFor = end;
        QElapsedTimer clock;
        clock.start();
        for (qint64 n = first; n < end; ++n)
            writer.submit({records.at(n - first)}, quint64(n));
        if (answered < waitFor && !failed)
            loop.exec();
        nanoseconds += clock.nsecsElapsed();
    }
    if (failed)
        return std::nullopt;
    return double(nanoseconds) / 1e9;
}

void report(const QString &path, const Settings &settings, double seconds)
{
    Database database(path, QStringLiteral("bench-report"));
    const QSqlDatabase db = database.connection();
    QSqlQuery(db).exec(QStringLiteral("VACUUM"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QString error;
    const std::optional<StoreStats> stats = StoreStats::collect(db, true, &error);
    QTextStream out(stdout);
    out << "hosts " << settings.hosts << ", samples " << settings.samples << " (one every " << settings.intervalMs
        << " ms per host), one sample per ticket\n";
    out << "committed in " << QString::number(seconds, 'f', 2) << " s: "
        << QString::number(settings.samples / seconds, 'f', 0) << " samples/s\n";
    if (!stats) {
        out << error << "\n";
        return;
    }
    out << "after VACUUM: file " << stats->fileBytes << " bytes = " << QString::number(stats->bytesPerSample, 'f', 1)
        << " bytes per sample (" << stats->sampleCount << " samples)\n";
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"));
    while (tables.next()) {
        const qint64 bytes = tables.value(1).toLongLong();
        out << "  " << qSetFieldWidth(28) << Qt::left << tables.value(0).toString() << qSetFieldWidth(0) << bytes
            << " bytes = " << QString::number(double(bytes) / double(stats->sampleCount), 'f', 1) << " per sample\n";
    }
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Settings> settings = parse(app);
    if (!settings) {
        std::fprintf(stderr, "store_bytes_per_sample: --samples, --hosts and --interval-ms must be positive\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = settings->keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : settings->keep;
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "store_bytes_per_sample: %s exists; give a new file\n", qPrintable(path));
        return 2;
    }
    if (!addHosts(path, settings->hosts))
        return 1;
    const std::optional<double> seconds = writeSamples(path, *settings);
    if (!seconds)
        return 1;
    report(path, *settings, *seconds);
    return 0;
}
