// ingest_load: the headless console under load, through the real protocol.
//
// Many simulated agents in this one process, each with its own Ed25519 key, its own boot and its
// own WebSocket connection, stream samples to a real `mirrorstage --headless` started from the
// build tree on a free loopback port, with a fresh database:
//
//   1. N agents are generated and pre-registered as accepted, directly through
//      store::HostRepository (enrolment through msctl tokens would cost a process per agent);
//   2. the console is started with a key file; its public key is read back from that file and
//      every challenge is checked against it, as a real agent does;
//   3. connections are opened at --ramp-per-second, each doing hello/challenge/proof/welcome;
//   4. every streaming agent is due --rate/N samples per second, handed out round robin in
//      batches of --batch. Like the real agent (agent/uplink), an agent sends everything due in
//      one batch frame (up to 4096 records) as long as fewer than --window records are
//      unacknowledged, and keeps the rest until acks arrive;
//   5. after the ramp and --warmup seconds, a steady window of --duration seconds is measured:
//      acknowledged samples per second, send->ack latency of every batch sent in the window
//      (an upper bound of the console's "frame received -> committed"), console CPU per thread,
//      RSS, bytes written; then the agents stop, in-flight batches are drained, the console is
//      stopped with SIGTERM, every acknowledged record is checked in the file, the WAL is
//      checkpointed, and bytes on disk per stored sample are reported.
//
// The samples are built by hand, shaped like a real host's (2 to 16 cores, 4 interfaces,
// 3 filesystems, 2 disks, top-5 process lists), encoded once per template with sampleToCbor();
// each record gets its own timestamp patched into the template's bytes. Timestamps of an agent's
// consecutive samples are --sample-interval-ms apart and end near "now", as when an agent drains
// its outbox; --wallclock-ts uses the wall clock instead (every sample of a busy agent then lands
// in the same few minutes, which makes the minute rollups expensive: see bench/README.md).
//
//   ingest_load [--agents 100] [--rate 20000] [--batch 20] [--duration 30] [--ramp-per-second 500]
//               [--window 2048] [--warmup 5] [--console PATH] [--dir DIR] [--json FILE]

#include "database.h"
#include "ed25519.h"
#include "host_repository.h"
#include "sample_codec.h"
#include "store_stats.h"
#include "wire_messages.h"

#include <QCborStreamWriter>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace mirrorstage;

namespace {

qint64 nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// Options

struct Options {
    int agents = 100;
    double rate = 20000;  // samples per second, all agents together
    int batch = 20;
    double duration = 30;
    double warmup = 5;
    double rampPerSecond = 500;
    int window = 2048;  // unacknowledged records per agent, like the agent's maxInFlightRecords
    qint64 sampleIntervalMs = 1000;
    bool wallclockTimestamps = false;
    bool streamDuringRamp = false;
    double drainSeconds = 60;
    QString console;
    QString dir;
    QString json;
    QStringList consoleEnvironment;  // KEY=VALUE
    bool withWindow = false;         // the console with its window (on $DISPLAY), its UI stalls logged
    int paceMs = -1;                 // -1: 10 ms from 2,000 agents on, else none
    bool keep = false;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated agents against the real headless console: sustained ingest, latency, RSS, bytes per sample."));
    parser.addHelpOption();
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("simulated agents (connections)"),
                                    QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("samples per second offered by all agents together (0: only connect)"),
                                  QStringLiteral("R"), QStringLiteral("20000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("samples per batch frame"),
                                   QStringLiteral("B"), QStringLiteral("20"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("measured steady window, seconds"),
                                      QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("seconds after the last agent connected before measuring"),
                                    QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption ramp(QStringLiteral("ramp-per-second"), QStringLiteral("new connections per second"),
                                  QStringLiteral("K"), QStringLiteral("500"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("unacknowledged records an agent may have in flight"),
                                    QStringLiteral("RECORDS"), QStringLiteral("2048"));
    const QCommandLineOption interval(QStringLiteral("sample-interval-ms"),
                                      QStringLiteral("an agent's sampling interval: time between its samples' timestamps"),
                                      QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption wallclock(QStringLiteral("wallclock-ts"),
                                       QStringLiteral("stamp every sample with the wall clock when it is sent"));
    const QCommandLineOption pace(QStringLiteral("pace-ms"),
                                  QStringLiteral("run this process's event loop once per MS (default: 10 from 2,000 "
                                                 "agents on, else 0 = as events come)"),
                                  QStringLiteral("MS"), QStringLiteral("-1"));
    const QCommandLineOption duringRamp(QStringLiteral("stream-during-ramp"),
                                        QStringLiteral("agents stream as soon as they are welcomed (default: once "
                                                       "every agent has connected)"));
    const QCommandLineOption drain(QStringLiteral("drain"),
                                   QStringLiteral("seconds to wait for outstanding acks after the window"),
                                   QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption console(QStringLiteral("console"), QStringLiteral("the mirrorstage binary"),
                                     QStringLiteral("PATH"), QStringLiteral("build/release/src/app/mirrorstage"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("work directory for database, key and console log (default: a new "
                                                "temporary directory, removed afterwards)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("also write every figure as JSON"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption consoleEnv(QStringLiteral("console-env"),
                                        QStringLiteral("set this in the console's environment (repeatable), e.g. "
                                                       "QT_NO_GLIB=1"),
                                        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption withWindow(
        QStringLiteral("with-window"),
        QStringLiteral("start the console with its window (needs a display, e.g. under xvfb-run) and report the "
                       "UI thread's longest stall, which the console then logs every 10 s"));
    parser.addOptions({agents, rate, batch, duration, warmup, ramp, window, interval, wallclock, drain, console, dir,
                       json, consoleEnv, duringRamp, pace, withWindow});
    parser.process(app);

    Options o;
    bool ok[9] = {};
    o.agents = parser.value(agents).toInt(&ok[0]);
    o.rate = parser.value(rate).toDouble(&ok[1]);
    o.batch = parser.value(batch).toInt(&ok[2]);
    o.duration = parser.value(duration).toDouble(&ok[3]);
    o.warmup = parser.value(warmup).toDouble(&ok[4]);
    o.rampPerSecond = parser.value(ramp).toDouble(&ok[5]);
    o.window = parser.value(window).toInt(&ok[6]);
    o.sampleIntervalMs = parser.value(interval).toLongLong(&ok[7]);
    o.drainSeconds = parser.value(drain).toDouble(&ok[8]);
    o.wallclockTimestamps = parser.isSet(wallclock);
    o.streamDuringRamp = parser.isSet(duringRamp);
    o.paceMs = parser.value(pace).toInt();
    if (o.paceMs < 0)
        o.paceMs = o.agents >= 2000 ? 10 : 0;
    o.console = parser.value(console);
    o.dir = parser.value(dir);
    o.keep = parser.isSet(dir);
    o.json = parser.value(json);
    o.consoleEnvironment = parser.values(consoleEnv);
    o.withWindow = parser.isSet(withWindow);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || o.agents < 1 || o.rate < 0
        || o.batch < 1 || o.batch > 4096 || o.duration <= 0 || o.warmup < 0 || o.rampPerSecond <= 0 || o.window < 1
        || o.sampleIntervalMs < 1 || o.drainSeconds < 0) {
        say(QStringLiteral("ingest_load: an option is out of range (see --help)"));
        return std::nullopt;
    }
    return o;
}

// ---------------------------------------------------------------------------------------------
// Samples: templates encoded once, a timestamp patched into each copy.

double uniform(QRandomGenerator &random, double low, double high)
{
    return low + random.generateDouble() * (high - low);
}

HostSample makeSample(int index, QRandomGenerator &random)
{
    HostSample s;
    s.timestampMs = 1'780'000'000'000;  // replaced per record
    s.intervalMs = 1000;
    s.hasRates = true;
    s.agent.hostname = QStringLiteral("load-%1").arg(index, 5, 10, QLatin1Char('0'));
    s.agent.agentVersion = QStringLiteral("0.1.0");
    s.agent.rack = QStringLiteral("R%1").arg(index % 40);
    s.agent.position = RackPosition{double(index % 40), double(index % 7), 0.5};
    s.agent.tags = {QStringLiteral("load"), QStringLiteral("bench")};
    s.facts.kernelHostname = s.agent.hostname;
    s.facts.osId = QStringLiteral("debian");
    s.facts.osName = QStringLiteral("Debian GNU/Linux");
    s.facts.osVersion = QStringLiteral("12 (bookworm)");
    s.facts.osPrettyName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    s.facts.kernelRelease = QStringLiteral("6.1.0-18-amd64");
    s.facts.bootId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.facts.vendor = QStringLiteral("QEMU");
    s.facts.model = QStringLiteral("Standard PC (Q35 + ICH9, 2009)");
    s.facts.uptimeSeconds = uniform(random, 1e3, 1e7);

    const int cores = 2 << random.bounded(4);  // 2, 4, 8, 16
    const double busy = uniform(random, 2, 90);
    auto usage = [&](double b) {
        const double iowait = uniform(random, 0, 3);
        return CpuUsage{b, b * 0.7, b * 0.3, iowait, uniform(random, 0, 0.5), std::max(0.0, 100 - b - iowait)};
    };
    s.cpu.model = QStringLiteral("AMD EPYC 7B13");
    s.cpu.logicalCores = cores;
    s.cpu.physicalCores = cores;
    s.cpu.total = usage(busy);
    for (int id = 0; id < cores; ++id)
        s.cpu.cores.append(CoreSample{id, usage(std::clamp(busy + uniform(random, -20, 20), 0.0, 100.0)),
                                      uniform(random, 1500, 3500)});
    const double load = cores * busy / 100;
    s.cpu.load = LoadAverage{load * uniform(random, 0.8, 1.2), load, load * 0.9};

    s.memory.totalBytes = quint64(8 + random.bounded(120)) << 30;
    s.memory.usedPercent = uniform(random, 20, 95);
    s.memory.availableBytes = quint64(double(*s.memory.totalBytes) * (100 - *s.memory.usedPercent) / 100);
    s.memory.swapTotalBytes = 4ull << 30;
    s.memory.swapUsedBytes = quint64(random.bounded(1 << 28));
    s.memory.swapUsedPercent = double(*s.memory.swapUsedBytes) / double(*s.memory.swapTotalBytes) * 100;

    const char *nics[] = {"lo", "eth0", "eth1", "docker0"};
    for (int i = 0; i < 4; ++i) {
        InterfaceSample nic;
        nic.name = QLatin1String(nics[i]);
        nic.operState = i == 2 ? QStringLiteral("down") : QStringLiteral("up");
        nic.up = i != 2;
        if (i == 1 || i == 2)
            nic.speedMbps = 10000;
        nic.primary = i == 1;
        nic.counters = {quint64(random.generate64() >> 20), quint64(random.generate64() >> 30), 0, quint64(random.bounded(50)),
                        quint64(random.generate64() >> 20), quint64(random.generate64() >> 30), 0, 0};
        const double rx = i == 2 ? 0 : std::exp(uniform(random, 6, 17));
        const double tx = i == 2 ? 0 : std::exp(uniform(random, 6, 16));
        nic.rates = InterfaceRates{rx, rx / 900, 0, random.bounded(20) == 0 ? 0.2 : 0.0, tx, tx / 900, 0, 0};
        s.network.interfaces.append(nic);
    }
    s.network.primaryInterface = QStringLiteral("eth0");

    const char *mounts[] = {"/", "/var", "/data"};
    for (int i = 0; i < 3; ++i) {
        FilesystemSample fs;
        fs.device = QStringLiteral("/dev/nvme0n1p%1").arg(i + 1);
        fs.mountpoint = QLatin1String(mounts[i]);
        fs.type = i == 2 ? QStringLiteral("xfs") : QStringLiteral("ext4");
        fs.totalBytes = quint64(50 + random.bounded(2000)) << 30;
        fs.usedPercent = uniform(random, 5, 95);
        fs.usedBytes = quint64(double(fs.totalBytes) * *fs.usedPercent / 100);
        fs.freeBytes = fs.totalBytes - fs.usedBytes;
        fs.inodesUsedPercent = *fs.usedPercent / uniform(random, 3, 20);
        s.filesystems.append(fs);
    }
    for (const char *name : {"nvme0n1", "sda"}) {
        DiskSample disk;
        disk.name = QLatin1String(name);
        disk.counters = {quint64(random.generate64() >> 36), quint64(random.generate64() >> 34),
                         quint64(random.generate64() >> 20), quint64(random.generate64() >> 18),
                         quint64(random.generate64() >> 36)};
        const double written = std::exp(uniform(random, 8, 17));
        disk.rates = DiskRates{uniform(random, 0, 50), written / 8192, uniform(random, 0, 2e6), written,
                               uniform(random, 0, 40)};
        s.disks.append(disk);
    }
    s.thermal.cpuMaxCelsius = uniform(random, 35, 85);
    s.thermal.sensors.append({QStringLiteral("hwmon"), QStringLiteral("k10temp"), QStringLiteral("Tctl"),
                              SensorKind::Cpu, *s.thermal.cpuMaxCelsius});
    s.thermal.sensors.append({QStringLiteral("thermal_zone"), QStringLiteral("acpitz"), QStringLiteral("temp1"),
                              SensorKind::Other, uniform(random, 25, 50)});
    s.processes.count = 150 + random.bounded(600);
    const char *names[] = {"postgres", "java", "nginx", "node", "python3", "containerd", "kubelet"};
    for (int i = 0; i < 5; ++i) {
        ProcessSample p{1000 + random.bounded(60000), QLatin1String(names[random.bounded(7)]), QStringLiteral("svc"),
                        uniform(random, 0, 150), quint64(random.bounded(1 << 30)), uniform(random, 0, 12)};
        s.processes.topByCpu.append(p);
        p.pid += 1;
        s.processes.topByMemory.append(p);
    }
    return s;
}

struct SampleTemplate {
    QByteArray cbor;
    qsizetype timestampOffset = -1;  // of the 8 big-endian bytes after 0x1b
};

std::optional<SampleTemplate> makeTemplate(int index, QRandomGenerator &random)
{
    SampleTemplate t;
    t.cbor = sampleToCbor(makeSample(index, random));
    // "timestamp_ms" as a CBOR text string (0x6c = text of 12 bytes), then a uint64 (0x1b).
    const QByteArray key = QByteArray(1, char(0x6c)) + QByteArrayLiteral("timestamp_ms");
    const qsizetype at = t.cbor.indexOf(key);
    if (at < 0 || at + key.size() + 9 > t.cbor.size() || quint8(t.cbor.at(at + key.size())) != 0x1b)
        return std::nullopt;
    t.timestampOffset = at + key.size() + 1;
    return t;
}

// ---------------------------------------------------------------------------------------------
// Measurements from /proc

struct ThreadTimes {
    std::map<QString, qint64> nsByName;  // thread name -> ns on CPU (schedstat), summed
    qint64 total() const
    {
        qint64 sum = 0;
        for (const auto &[name, ns] : nsByName)
            sum += ns;
        return sum;
    }
};

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ThreadTimes threadTimes(qint64 pid)
{
    ThreadTimes times;
    const QString base = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString name = QString::fromUtf8(readProcFile(base + QLatin1Char('/') + tid + QStringLiteral("/comm"))).trimmed();
        const QByteArray schedstat = readProcFile(base + QLatin1Char('/') + tid + QStringLiteral("/schedstat"));
        times.nsByName[name] += schedstat.split(' ').value(0).toLongLong();
    }
    return times;
}

qint64 statusKb(qint64 pid, const char *field)
{
    const QByteArray status = readProcFile(QStringLiteral("/proc/%1/status").arg(pid));
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 ioWriteBytes(qint64 pid)
{
    const QByteArray io = readProcFile(QStringLiteral("/proc/%1/io").arg(pid));
    for (const QByteArray &line : io.split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

// Busy time of the whole machine, in nanoseconds of CPU (all cores), from /proc/stat.
qint64 machineBusyNs()
{
    const QList<QByteArray> fields = readProcFile(QStringLiteral("/proc/stat")).split('\n').value(0).simplified().split(' ');
    qint64 busy = 0;
    for (int i = 1; i < fields.size(); ++i) {
        if (i != 4 && i != 5)  // idle, iowait
            busy += fields[i].toLongLong();
    }
    return busy * (1'000'000'000 / ::sysconf(_SC_CLK_TCK));
}

int openFileCount(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

struct Percentiles {
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;  // milliseconds
};

Percentiles percentiles(std::vector<qint64> valuesNs)
{
    Percentiles p;
    p.count = qint64(valuesNs.size());
    if (valuesNs.empty())
        return p;
    std::sort(valuesNs.begin(), valuesNs.end());
    auto at = [&](double q) {
        const size_t index = std::min(valuesNs.size() - 1, size_t(std::ceil(q * double(valuesNs.size()))) - (q > 0 ? 1 : 0));
        return double(valuesNs[index]) / 1e6;
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    p.max = double(valuesNs.back()) / 1e6;
    double sum = 0;
    for (qint64 v : valuesNs)
        sum += double(v);
    p.mean = sum / double(valuesNs.size()) / 1e6;
    return p;
}

QJsonObject toJson(const Percentiles &p)
{
    return {{QStringLiteral("count"), p.count}, {QStringLiteral("p50_ms"), p.p50}, {QStringLiteral("p95_ms"), p.p95},
            {QStringLiteral("p99_ms"), p.p99},  {QStringLiteral("max_ms"), p.max}, {QStringLiteral("mean_ms"), p.mean}};
}

// ---------------------------------------------------------------------------------------------
// The fleet

struct Totals {
    qint64 opened = 0, connected = 0, welcomed = 0, failedBeforeWelcome = 0, droppedAfterWelcome = 0;
    qint64 due = 0;                // records handed to agents by the schedule
    qint64 sent = 0, batchesSent = 0;
    qint64 acked = 0, acksReceived = 0;
    QMap<QString, qint64> refusedByCode;
    QMap<QString, qint64> closeReasons;
};

class Fleet;

struct InFlightBatch {
    quint64 lastSeq = 0;
    qint64 records = 0;
    qint64 sentNs = 0;
};

class SimAgent : public QObject {
public:
    enum class State { Idle, Connecting, AwaitChallenge, AwaitWelcome, Streaming, Closed };

    SimAgent(Fleet &fleet, int index, Ed25519Key key, QString bootId);
    void open(const QUrl &url);
    void addDue(qint64 records);
    void sendMore();
    void abort()
    {
        m_state = State::Closed;  // on purpose: not counted as dropped
        m_socket.abort();
    }

    State state() const { return m_state; }
    qint64 inFlight() const { return m_inFlightRecords; }
    qint64 backlog() const { return m_backlog; }
    const wire::Hello &hello() const { return m_hello; }
    const Ed25519Key &key() const { return m_key; }
    quint64 highestAcked() const { return m_highestAcked; }
    quint64 highestSent() const { return m_nextSeq - 1; }

private:
    void onBinary(const QByteArray &frame);
    void onAck(const wire::Ack &ack);
    void onGone();

    Fleet &m_fleet;
    int m_index;
    Ed25519Key m_key;
    wire::Hello m_hello;
    QWebSocket m_socket;
    State m_state = State::Idle;
    qint64 m_openedNs = 0;
    quint64 m_nextSeq = 1;
    quint64 m_highestAcked = 0;
    qint64 m_backlog = 0;
    qint64 m_inFlightRecords = 0;
    std::deque<InFlightBatch> m_inFlight;
};

class Fleet : public QObject {
public:
    Fleet(const Options &options, QByteArray consolePublicKey, QUrl url, std::vector<SampleTemplate> templates)
        : m_options(options),
          m_consolePublicKey(std::move(consolePublicKey)),
          m_url(std::move(url)),
          m_templates(std::move(templates))
    {
        m_perAgentRate = options.rate / options.agents;
        m_generating = options.streamDuringRamp;
        const double expected = m_perAgentRate
            * (double(options.agents) / options.rampPerSecond + options.warmup + options.duration + 5);
        m_timestampBaseMs = QDateTime::currentMSecsSinceEpoch() - qint64(expected) * options.sampleIntervalMs;
    }

    void add(std::unique_ptr<SimAgent> agent) { m_agents.push_back(std::move(agent)); }
    const std::vector<std::unique_ptr<SimAgent>> &agents() const { return m_agents; }

    // Called by agents.
    const QByteArray &consolePublicKey() const { return m_consolePublicKey; }
    Totals &totals() { return m_totals; }
    int batchSize() const { return m_options.batch; }
    qint64 sampleIntervalMs() const { return m_options.sampleIntervalMs; }
    int window() const { return m_options.window; }
    void agentStreaming(SimAgent *agent, qint64 handshakeNs)
    {
        m_streamingRing.push_back(agent);
        m_handshakeNs.push_back(handshakeNs);
        ++m_totals.welcomed;
    }
    void batchAcked(const InFlightBatch &batch, qint64 ackNs)
    {
        m_totals.acked += batch.records;
        if (inWindow(ackNs))
            m_windowAcked += batch.records;
        if (inWindow(batch.sentNs))
            m_windowLatencyNs.push_back(ackNs - batch.sentNs);
        m_secondLatencyNs.push_back(ackNs - batch.sentNs);
    }
    void batchSent(const InFlightBatch &batch)
    {
        m_totals.sent += batch.records;
        ++m_totals.batchesSent;
        if (inWindow(batch.sentNs)) {
            m_windowSent += batch.records;
            ++m_windowBatches;
        }
    }
    // Writes one batch frame, byte for byte what wire::encodeMessage(Batch) writes (checked at
    // start-up), without building a QCborValue tree: the generator shares two cores with the
    // console, and every cycle it spends is one the console does not get.
    QByteArray encodeBatch(const QString &bootId, quint64 firstSeq, qint64 count, int templateSeed) const
    {
        QByteArray frame;
        frame.reserve(qsizetype(count) * (m_templates.front().cbor.size() + 40) + 64);
        QCborStreamWriter w(&frame);
        w.startMap(4);
        w.append(QLatin1StringView("boot"));
        w.append(bootId);
        w.append(QLatin1StringView("records"));
        w.startArray(quint64(count));
        for (qint64 i = 0; i < count; ++i) {
            const quint64 seq = firstSeq + quint64(i);
            // With a window, each agent keeps one template: its host keeps its name, rack and slot,
            // as a real one does (cycling templates would move every host every frame).
            const size_t pick = m_options.withWindow ? size_t(templateSeed) : size_t(templateSeed + qint64(seq));
            const SampleTemplate &t = m_templates[pick % m_templates.size()];
            const qint64 ts = m_options.wallclockTimestamps
                ? QDateTime::currentMSecsSinceEpoch()
                : m_timestampBaseMs + qint64(seq) * m_options.sampleIntervalMs + templateSeed % 1000;
            w.startMap(4);
            w.append(QLatin1StringView("seq"));
            w.append(qint64(seq));
            w.append(QLatin1StringView("kind"));
            w.append(qint64(1));
            w.append(QLatin1StringView("ts"));
            w.append(ts);
            w.append(QLatin1StringView("body"));
            w.appendByteString(t.cbor.constData(), t.cbor.size());
            const qsizetype bodyAt = frame.size() - t.cbor.size();
            qToBigEndian<quint64>(quint64(ts), frame.data() + bodyAt + t.timestampOffset);
            w.endMap();
        }
        w.endArray();
        w.append(QLatin1StringView("v"));
        w.append(qint64(wire::kProtocolVersion));
        w.append(QLatin1StringView("t"));
        w.append(QLatin1StringView("batch"));
        w.endMap();
        return frame;
    }

    void start()
    {
        m_startNs = nowNs();
        m_lastTickNs = m_startNs;
        connect(&m_tick, &QTimer::timeout, this, &Fleet::tick);
        // Every wake-up of an event loop costs time in proportion to its sockets (Qt polls them all
        // with poll(2)): with 10,000 connections, 5 ms ticks alone kept this process busy. Few
        // agents get 5 ms ticks, so that batches do not arrive in bursts.
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.start(m_agents.size() >= 2000 ? 20 : 5);
    }

    void beginWindow(qint64 startNs, qint64 endNs)
    {
        m_windowStartNs = startNs;
        m_windowEndNs = endNs;
    }
    void stopGenerating() { m_generating = false; }
    void startGenerating() { m_generating = true; }
    bool allOpened() const { return m_totals.opened >= qint64(m_agents.size()); }
    qint64 inFlight() const
    {
        qint64 n = 0;
        for (const auto &agent : m_agents)
            n += agent->inFlight();
        return n;
    }
    qint64 backlog() const
    {
        qint64 n = 0;
        for (const auto &agent : m_agents)
            n += agent->backlog();
        return n;
    }
    qint64 windowAcked() const { return m_windowAcked; }
    qint64 windowSent() const { return m_windowSent; }
    qint64 windowBatches() const { return m_windowBatches; }
    std::vector<qint64> windowLatencies() const { return m_windowLatencyNs; }
    std::vector<qint64> takeSecondLatencies()
    {
        std::vector<qint64> out;
        out.swap(m_secondLatencyNs);
        return out;
    }
    const std::vector<qint64> &handshakes() const { return m_handshakeNs; }
    qint64 windowDue() const { return m_windowDue; }

private:
    bool inWindow(qint64 ns) const { return m_windowStartNs > 0 && ns >= m_windowStartNs && ns < m_windowEndNs; }

    void tick()
    {
        const qint64 now = nowNs();
        // Open connections at the ramp rate.
        const qint64 shouldBeOpen = std::min<qint64>(
            qint64(m_agents.size()), qint64(double(now - m_startNs) / 1e9 * m_options.rampPerSecond) + 1);
        while (m_totals.opened < shouldBeOpen)
            m_agents[size_t(m_totals.opened++)]->open(m_url);

        // Every streaming agent is due m_perAgentRate samples per second; hand them out round robin,
        // a batch at a time.
        const double dt = double(now - m_lastTickNs) / 1e9;
        m_lastTickNs = now;
        if (!m_generating || m_perAgentRate <= 0 || m_streamingRing.empty())
            return;
        m_agentSeconds += dt * double(m_streamingRing.size());
        const double target = m_agentSeconds * m_perAgentRate;
        std::vector<SimAgent *> touched;
        while (double(m_totals.due + m_options.batch) <= target) {
            SimAgent *agent = m_streamingRing[m_ringCursor++ % m_streamingRing.size()];
            if (agent->state() != SimAgent::State::Streaming)
                continue;  // it left; the ring keeps its place (rare)
            agent->addDue(m_options.batch);
            m_totals.due += m_options.batch;
            if (inWindow(now))
                m_windowDue += m_options.batch;
            touched.push_back(agent);
        }
        for (SimAgent *agent : touched)
            agent->sendMore();
    }

    Options m_options;
    QByteArray m_consolePublicKey;
    QUrl m_url;
    std::vector<SampleTemplate> m_templates;
    std::vector<std::unique_ptr<SimAgent>> m_agents;
    std::vector<SimAgent *> m_streamingRing;
    size_t m_ringCursor = 0;
    double m_perAgentRate = 0;
    qint64 m_timestampBaseMs = 0;
    double m_agentSeconds = 0;
    bool m_generating = true;
    QTimer m_tick;
    qint64 m_startNs = 0, m_lastTickNs = 0;
    qint64 m_windowStartNs = 0, m_windowEndNs = 0;
    qint64 m_windowAcked = 0, m_windowSent = 0, m_windowBatches = 0, m_windowDue = 0;
    std::vector<qint64> m_windowLatencyNs, m_secondLatencyNs, m_handshakeNs;
    Totals m_totals;
};

SimAgent::SimAgent(Fleet &fleet, int index, Ed25519Key key, QString bootId)
    : m_fleet(fleet), m_index(index), m_key(std::move(key))
{
    m_hello.publicKey = m_key.publicKey();
    m_hello.agentId = agentIdForKey(m_hello.publicKey);
    m_hello.bootId = std::move(bootId);
    m_hello.hostname = QStringLiteral("load-%1").arg(index, 5, 10, QLatin1Char('0'));
    m_hello.agentVersion = QStringLiteral("ingest_load");
    m_hello.capabilities = {QStringLiteral("samples")};
    m_hello.tags = {QStringLiteral("load")};
    m_hello.rack = QStringLiteral("R%1").arg(index % 40);
    m_hello.intervalMs = fleet.sampleIntervalMs();
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        ++m_fleet.totals().connected;
        m_state = State::AwaitChallenge;
        m_socket.sendBinaryMessage(wire::encodeMessage(m_hello));
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &SimAgent::onBinary);
    connect(&m_socket, &QWebSocket::disconnected, this, &SimAgent::onGone);
}

void SimAgent::open(const QUrl &url)
{
    m_state = State::Connecting;
    m_openedNs = nowNs();
    m_socket.open(url);
}

void SimAgent::onGone()
{
    if (m_state == State::Closed)
        return;
    Totals &totals = m_fleet.totals();
    if (m_state == State::Streaming)
        ++totals.droppedAfterWelcome;
    else
        ++totals.failedBeforeWelcome;
    QString reason = m_socket.closeReason();
    if (reason.isEmpty())
        reason = m_socket.errorString();
    ++totals.closeReasons[reason.left(80)];
    m_state = State::Closed;
}

void SimAgent::onBinary(const QByteArray &frame)
{
    wire::DecodeResult result = wire::decodeMessage(frame);
    if (const auto *failure = std::get_if<wire::DecodeFailure>(&result)) {
        ++m_fleet.totals().refusedByCode[QStringLiteral("unreadable: ") + failure->reason()];
        m_socket.abort();
        return;
    }
    const wire::Message &message = std::get<wire::Message>(result);
    if (const auto *ack = std::get_if<wire::Ack>(&message); ack && m_state == State::Streaming)
        return onAck(*ack);
    if (const auto *challenge = std::get_if<wire::Challenge>(&message); challenge && m_state == State::AwaitChallenge) {
        // As the agent does: talk only to the console whose key is pinned.
        if (challenge->consolePublicKey != m_fleet.consolePublicKey()
            || !verifyEd25519(challenge->consolePublicKey, wire::challengeMessage(challenge->nonce, m_hello.agentId),
                              challenge->consoleSignature)) {
            ++m_fleet.totals().refusedByCode[QStringLiteral("console-key-mismatch")];
            m_socket.abort();
            return;
        }
        m_state = State::AwaitWelcome;
        m_socket.sendBinaryMessage(
            wire::encodeMessage(wire::Proof{m_key.sign(wire::proofMessage(challenge->nonce, challenge->consolePublicKey))}));
        return;
    }
    if (std::holds_alternative<wire::Welcome>(message) && m_state == State::AwaitWelcome) {
        m_state = State::Streaming;
        m_fleet.agentStreaming(this, nowNs() - m_openedNs);
        sendMore();
        return;
    }
    if (const auto *refused = std::get_if<wire::Refused>(&message))
        ++m_fleet.totals().refusedByCode[refused->code];
    else if (std::holds_alternative<wire::Pending>(message))
        ++m_fleet.totals().refusedByCode[QStringLiteral("pending")];
    else
        ++m_fleet.totals().refusedByCode[QStringLiteral("unexpected: ") + wire::messageTypeName(message)];
}

void SimAgent::onAck(const wire::Ack &ack)
{
    if (ack.bootId != m_hello.bootId)
        return;
    const qint64 now = nowNs();
    ++m_fleet.totals().acksReceived;
    m_highestAcked = std::max<quint64>(m_highestAcked, ack.seq);
    while (!m_inFlight.empty() && m_inFlight.front().lastSeq <= ack.seq) {
        m_inFlightRecords -= m_inFlight.front().records;
        m_fleet.batchAcked(m_inFlight.front(), now);
        m_inFlight.pop_front();
    }
    sendMore();
}

void SimAgent::addDue(qint64 records)
{
    m_backlog += records;
}

void SimAgent::sendMore()
{
    if (m_state != State::Streaming)
        return;
    // Like agent/uplink: everything waiting goes out in one frame (at most 4096 records), as far
    // as the window of unacknowledged records allows.
    while (m_backlog > 0 && m_inFlightRecords < m_fleet.window()) {
        const qint64 count = std::min<qint64>({m_backlog, m_fleet.window() - m_inFlightRecords, 4096});
        const QByteArray frame = m_fleet.encodeBatch(m_hello.bootId, m_nextSeq, count, m_index);
        const InFlightBatch batch{m_nextSeq + quint64(count) - 1, count, nowNs()};
        m_socket.sendBinaryMessage(frame);
        m_nextSeq += quint64(count);
        m_backlog -= count;
        m_inFlightRecords += count;
        m_inFlight.push_back(batch);
        m_fleet.batchSent(batch);
    }
}

// ---------------------------------------------------------------------------------------------
// Setup: descriptors, database, console

qint64 raiseFileLimit(qint64 wanted)
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    if (rlim_t(wanted) > limit.rlim_max) {
        rlimit raised{rlim_t(wanted), rlim_t(wanted)};
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)  // needs CAP_SYS_RESOURCE
            limit = raised;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return qint64(limit.rlim_cur);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The agents as accepted hosts, through the store's own repository. Not measured: the setup
// connection writes without fsync (synchronous = OFF); the console's connections keep FULL.
bool preRegister(const QString &path, const std::vector<std::unique_ptr<SimAgent>> &agents)
{
    store::Database database(path, QStringLiteral("ingest-load-setup"));
    if (!database.isOpen()) {
        say(database.errorString());
        return false;
    }
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    store::HostRepository hosts(database.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &agent : agents) {
        const wire::Hello &h = agent->hello();
        store::HostHello hello{h.agentId, h.publicKey, h.hostname, h.agentVersion, h.rack, h.position, h.tags, {},
                               h.bootId};
        QString error;
        if (!hosts.upsertFromHello(hello, now, &error)
            || !hosts.setEnrollmentState(h.agentId, store::EnrollmentState::Accepted, QStringLiteral("ingest_load"), now,
                                         &error)) {
            say(QStringLiteral("cannot pre-register %1: %2").arg(h.agentId, error));
            return false;
        }
    }
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool waitForFile(const QString &path, const QByteArray &text, int timeoutMs, const QProcess &process)
{
    const qint64 deadline = nowNs() + qint64(timeoutMs) * 1'000'000;
    while (nowNs() < deadline && process.state() != QProcess::NotRunning) {
        if (readProcFile(path).contains(text))
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ::usleep(20'000);
    }
    return readProcFile(path).contains(text);
}

// With thousands of sockets every pass of the event loop costs milliseconds (poll(2) over all of
// them), so the loop is paced: one pass, then a nap until the next multiple of the pace. Acks are
// then seen up to that much later (the latency figures are upper bounds all the same).
int g_paceMs = 0;

// Runs the event loop for `seconds`, calling `each` once a second; stops early once `done`.
void runFor(double seconds, const std::function<void()> &each, const std::function<bool()> &done = {})
{
    if (g_paceMs > 0) {
        const qint64 end = nowNs() + qint64(seconds * 1e9);
        qint64 nextSecond = nowNs() + 1'000'000'000;
        const qint64 pace = qint64(g_paceMs) * 1'000'000;
        while (nowNs() < end) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            QCoreApplication::sendPostedEvents();
            const qint64 now = nowNs();
            if (now >= nextSecond) {
                nextSecond += 1'000'000'000;
                each();
            }
            if (done && done())
                return;
            const qint64 nap = pace - (nowNs() % pace);
            ::usleep(useconds_t(nap / 1000));
        }
        return;
    }
    QEventLoop loop;
    QTimer end;
    end.setSingleShot(true);
    end.setTimerType(Qt::PreciseTimer);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    end.start(int(seconds * 1000));
    QTimer second;
    QObject::connect(&second, &QTimer::timeout, &loop, [&] {
        each();
        if (done && done())
            loop.quit();
    });
    second.start(1000);
    QTimer check;  // `done` is cheap to ask; do not wait a whole second for it
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done && done())
            loop.quit();
    });
    if (done)
        check.start(100);
    loop.exec();
}

// The console's own figures: the "ingest:" lines its hub logs every 10 s, from `offset` of its log
// on (the part written during the window).
QStringList hubStatsSince(const QString &logPath, qint64 offset)
{
    QStringList found;
    for (const QByteArray &line : readProcFile(logPath).mid(offset).split('\n')) {
        if (const qsizetype at = line.indexOf("ingest:"); at >= 0)
            found << QString::fromUtf8(line.mid(at + 7)).trimmed();
    }
    return found;
}

}  // namespace

int main(int argc, char **argv)
{
    // The generator polls as many sockets as the console: Qt's plain poll(2) dispatcher costs it
    // less per wake-up than the GLib one. The console keeps its default (--console-env to change).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    const std::optional<Options> parsed = parseOptions(app);
    if (!parsed)
        return 2;
    const Options options = *parsed;
    g_paceMs = options.paceMs;
    QJsonObject report;

    // Descriptors: one per connection here, one per connection in the console (which raises its
    // own soft limit to the hard limit it inherits from us).
    const qint64 fdLimit = raiseFileLimit(std::max<qint64>(2 * qint64(options.agents) + 4096, 65536));
    if (fdLimit < options.agents + 256) {
        say(QStringLiteral("ingest_load: only %1 file descriptors allowed; %2 agents need more (ulimit -n)")
                .arg(fdLimit)
                .arg(options.agents));
        return 1;
    }
    const QString portRange = QString::fromUtf8(readProcFile(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"))).simplified();
    const QStringList ports = portRange.split(QLatin1Char(' '));
    const qint64 ephemeral = ports.size() == 2 ? ports[1].toLongLong() - ports[0].toLongLong() + 1 : 0;
    if (ephemeral > 0 && options.agents > ephemeral - 1000) {
        say(QStringLiteral("ingest_load: %1 connections from 127.0.0.1 need more ephemeral ports than %2 (%3)")
                .arg(options.agents)
                .arg(ephemeral)
                .arg(portRange));
        return 1;
    }

    const QString consolePath = QFileInfo(options.console).absoluteFilePath();
    if (!QFileInfo(consolePath).isExecutable()) {
        say(QStringLiteral("ingest_load: no console at %1 (build it: cmake --build --preset release, or --console)")
                .arg(consolePath));
        return 1;
    }
    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = options.dir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ingest_load-XXXXXX")));
        dir = temporary->path();
    } else if (!QDir().mkpath(dir) || QFileInfo::exists(QDir(dir).filePath(QStringLiteral("console.db")))) {
        say(QStringLiteral("ingest_load: %1 must be a new or empty directory").arg(dir));
        return 1;
    }
    const QString dbPath = QDir(dir).filePath(QStringLiteral("console.db"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("console.key"));
    const QString logPath = QDir(dir).filePath(QStringLiteral("console.log"));

    // Samples.
    QRandomGenerator random(20260301);
    std::vector<SampleTemplate> templates;
    for (int i = 0; i < 64; ++i) {
        std::optional<SampleTemplate> t = makeTemplate(i, random);
        if (!t) {
            say(QStringLiteral("ingest_load: cannot find the timestamp in an encoded sample"));
            return 1;
        }
        templates.push_back(*t);
    }
    qint64 bodyBytes = 0;
    for (const SampleTemplate &t : templates)
        bodyBytes += t.cbor.size();
    const double meanBody = double(bodyBytes) / double(templates.size());

    // Agents: keys, boots, hellos.
    say(QStringLiteral("ingest_load: %1 agents, %2 samples/s, batch %3, window %4; work dir %5")
            .arg(options.agents)
            .arg(options.rate)
            .arg(options.batch)
            .arg(options.window)
            .arg(dir));
    QProcess console;
    console.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    std::unique_ptr<Fleet> fleet;
    const quint16 port = freeLoopbackPort();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(dir).filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("QT_NO_GLIB"));  // set for this process only (main())
    for (const QString &setting : options.consoleEnvironment) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            say(QStringLiteral("ingest_load: --console-env takes KEY=VALUE, not %1").arg(setting));
            return 2;
        }
        environment.insert(setting.left(equals), setting.mid(equals + 1));
    }
    if (options.withWindow)
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mirrorstage.window.stall.info=true"));
    console.setProcessEnvironment(environment);
    console.setStandardErrorFile(logPath);
    console.setStandardOutputFile(logPath, QIODevice::Append);

    // The agents' keys. The agents themselves are made once the console's key is known.
    std::vector<Ed25519Key> keys;
    keys.reserve(size_t(options.agents));
    for (int i = 0; i < options.agents; ++i) {
        std::optional<Ed25519Key> key = Ed25519Key::generate();
        if (!key) {
            say(QStringLiteral("ingest_load: cannot generate an Ed25519 key"));
            return 1;
        }
        keys.push_back(*key);
    }

    // The console makes its key file and the database schema; then its key is read back (PEM).
    QStringList consoleArguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                 QStringLiteral("--database"), dbPath, QStringLiteral("--key-file"), keyPath};
    if (!options.withWindow)
        consoleArguments.prepend(QStringLiteral("--headless"));
    console.start(consolePath, consoleArguments);
    if (!console.waitForStarted(10'000) || !waitForFile(logPath, "console ready", 30'000, console)) {
        say(QStringLiteral("ingest_load: the console did not start:\n") + QString::fromUtf8(readProcFile(logPath)));
        return 1;
    }
    const std::optional<Ed25519Key> consoleKey = Ed25519Key::fromPem(readProcFile(keyPath));
    if (!consoleKey) {
        say(QStringLiteral("ingest_load: cannot read the console's key from %1").arg(keyPath));
        return 1;
    }
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port));

    // Check the hand-written batch encoder against the protocol's own.
    {
        Fleet probe(options, consoleKey->publicKey(), url, templates);
        const QByteArray mine = probe.encodeBatch(QStringLiteral("boot-x"), 7, 3, 11);
        const wire::DecodeResult decoded = wire::decodeMessage(mine);
        const auto *message = std::get_if<wire::Message>(&decoded);
        const auto *batch = message ? std::get_if<wire::Batch>(message) : nullptr;
        if (!batch || wire::encodeMessage(*batch) != mine) {
            say(QStringLiteral("ingest_load: the batch encoder does not match wire::encodeMessage"));
            return 1;
        }
    }

    fleet = std::make_unique<Fleet>(options, consoleKey->publicKey(), url, templates);
    for (int i = 0; i < options.agents; ++i)
        fleet->add(std::make_unique<SimAgent>(*fleet, i, keys[size_t(i)],
                                              QUuid::createUuid().toString(QUuid::WithoutBraces)));
    keys.clear();
    {
        const qint64 t0 = nowNs();
        if (!preRegister(dbPath, fleet->agents()))
            return 1;
        say(QStringLiteral("ingest_load: %1 agents pre-registered as accepted in %2 s")
                .arg(options.agents)
                .arg(double(nowNs() - t0) / 1e9, 0, 'f', 1));
    }
    const qint64 consolePid = console.processId();
    const qint64 consoleRssIdleKb = statusKb(consolePid, "VmRSS");

    // Ramp.
    fleet->start();
    const qint64 rampStart = nowNs();
    qint64 lastAcked = 0, lastSent = 0;
    ThreadTimes lastTimes = threadTimes(consolePid);
    qint64 lastTimesNs = nowNs();
    auto progress = [&](const char *phase) {
        const Totals &t = fleet->totals();
        const ThreadTimes times = threadTimes(consolePid);
        const qint64 now = nowNs();
        const double cpu = double(times.total() - lastTimes.total()) / double(now - lastTimesNs) * 100;
        lastTimes = times;
        lastTimesNs = now;
        const Percentiles second = percentiles(fleet->takeSecondLatencies());
        say(QStringLiteral("%1 t=%2s connected %3 streaming %4 failed %5 dropped %6 | sent %7/s acked %8/s | "
                           "in flight %9 backlog %10 | ack p50 %11 ms p99 %12 ms | console CPU %13% RSS %14 MiB")
                .arg(QLatin1String(phase))
                .arg(double(now - rampStart) / 1e9, 0, 'f', 0)
                .arg(t.connected)
                .arg(t.welcomed - t.droppedAfterWelcome)
                .arg(t.failedBeforeWelcome)
                .arg(t.droppedAfterWelcome)
                .arg(t.sent - lastSent)
                .arg(t.acked - lastAcked)
                .arg(fleet->inFlight())
                .arg(fleet->backlog())
                .arg(second.p50, 0, 'f', 1)
                .arg(second.p99, 0, 'f', 1)
                .arg(cpu, 0, 'f', 0)
                .arg(double(statusKb(consolePid, "VmRSS")) / 1024, 0, 'f', 0));
        lastSent = t.sent;
        lastAcked = t.acked;
    };
    const Totals &totals = fleet->totals();
    runFor(
        double(options.agents) / options.rampPerSecond + 120, [&] { progress("ramp"); },
        [&] {
            return fleet->allOpened()
                && totals.welcomed + totals.failedBeforeWelcome >= qint64(options.agents);
        });
    const double rampSeconds = double(nowNs() - rampStart) / 1e9;
    const qint64 consoleRssConnectedKb = statusKb(consolePid, "VmRSS");
    const int consoleFds = openFileCount(consolePid);
    say(QStringLiteral("ingest_load: %1 of %2 agents streaming after %3 s (console RSS %4 MiB, %5 descriptors)")
            .arg(totals.welcomed)
            .arg(options.agents)
            .arg(rampSeconds, 0, 'f', 1)
            .arg(double(consoleRssConnectedKb) / 1024, 0, 'f', 1)
            .arg(consoleFds));

    fleet->startGenerating();
    runFor(options.warmup, [&] { progress("warmup"); });

    // The steady window.
    const qint64 logOffset = QFileInfo(logPath).size();
    const qint64 windowStart = nowNs();
    fleet->beginWindow(windowStart, windowStart + qint64(options.duration * 1e9));
    const ThreadTimes timesBefore = threadTimes(consolePid);
    const qint64 machineBefore = machineBusyNs();
    const qint64 ioBefore = ioWriteBytes(consolePid);
    rusage selfBefore{};
    ::getrusage(RUSAGE_SELF, &selfBefore);
    const qint64 droppedBefore = totals.droppedAfterWelcome;
    runFor(options.duration, [&] { progress("window"); });
    const qint64 windowEnd = nowNs();
    const double windowSeconds = double(windowEnd - windowStart) / 1e9;
    const ThreadTimes timesAfter = threadTimes(consolePid);
    const qint64 machineAfter = machineBusyNs();
    const qint64 ioAfter = ioWriteBytes(consolePid);
    rusage selfAfter{};
    ::getrusage(RUSAGE_SELF, &selfAfter);
    const qint64 consoleRssEndKb = statusKb(consolePid, "VmRSS");
    const qint64 consoleHwmKb = statusKb(consolePid, "VmHWM");
    const qint64 droppedInWindow = totals.droppedAfterWelcome - droppedBefore;
    const QStringList hubStats = hubStatsSince(logPath, logOffset);

    // Drain.
    fleet->stopGenerating();
    const qint64 drainStart = nowNs();
    runFor(options.drainSeconds, [&] { progress("drain"); }, [&] { return fleet->inFlight() == 0; });
    const double drainSeconds = double(nowNs() - drainStart) / 1e9;
    const qint64 unackedAtEnd = fleet->inFlight();
    const qint64 consoleHwmFinalKb = statusKb(consolePid, "VmHWM");

    // Stop the agents, then the console (politely: its writer finishes what it has).
    for (const auto &agent : fleet->agents())
        agent->abort();
    QCoreApplication::processEvents();
    console.terminate();
    if (!console.waitForFinished(60'000)) {
        say(QStringLiteral("ingest_load: the console did not stop within 60 s of SIGTERM; killing it"));
        console.kill();
        console.waitForFinished(10'000);
    }

    // Every acknowledged record must be in the file; then what a sample costs there.
    qint64 storedSamples = 0, agentsShort = 0;
    std::optional<store::StoreStats> stats;
    QJsonObject tables;
    {
        store::Database database(dbPath, QStringLiteral("ingest-load-report"));
        const QSqlDatabase db = database.connection();
        QHash<QString, qint64> storedByBoot;
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT b.boot_id, COUNT(s.seq), MAX(s.seq) FROM boots b JOIN samples s ON s.boot = b.id"
                                  " GROUP BY b.id"));
        while (count.next()) {
            storedByBoot.insert(count.value(0).toString(), count.value(1).toLongLong());
            storedSamples += count.value(1).toLongLong();
        }
        for (const auto &agent : fleet->agents()) {
            if (storedByBoot.value(agent->hello().bootId) < qint64(agent->highestAcked()))
                ++agentsShort;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QString error;
        stats = store::StoreStats::collect(db, true, &error);
        QSqlQuery perTable(db);
        perTable.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"));
        while (perTable.next())
            tables.insert(perTable.value(0).toString(), perTable.value(1).toLongLong());
    }

    // Figures.
    const Percentiles latency = percentiles(fleet->windowLatencies());
    const Percentiles handshake = percentiles(fleet->handshakes());
    const double ackedPerSecond = double(fleet->windowAcked()) / windowSeconds;
    const double offeredPerSecond = double(fleet->windowDue()) / windowSeconds;
    const double consoleCpu = double(timesAfter.total() - timesBefore.total()) / (windowSeconds * 1e9) * 100;
    auto cpuSeconds = [](const rusage &r) {
        return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
    };
    const double selfCpu = (cpuSeconds(selfAfter) - cpuSeconds(selfBefore)) / windowSeconds * 100;
    const double machineCpu = double(machineAfter - machineBefore) / (windowSeconds * 1e9) * 100;
    const double otherCpu = std::max(0.0, machineCpu - consoleCpu - selfCpu);
    QJsonObject threads;
    QStringList threadText;
    for (const auto &[name, ns] : timesAfter.nsByName) {
        const auto before = timesBefore.nsByName.find(name);
        const qint64 base = before == timesBefore.nsByName.end() ? 0 : before->second;
        const double percent = double(ns - base) / (windowSeconds * 1e9) * 100;
        threads.insert(name, percent);
        if (percent >= 0.5)
            threadText << QStringLiteral("%1 %2%").arg(name).arg(percent, 0, 'f', 0);
    }
    const double meanBatch = fleet->windowBatches() > 0 ? double(fleet->windowSent()) / double(fleet->windowBatches()) : 0;
    const double ioPerSecond = ioBefore >= 0 && ioAfter >= 0 ? double(ioAfter - ioBefore) / windowSeconds : -1;

    QTextStream out(stdout);
    out << "\ningest_load: " << options.agents << " agents, offered " << options.rate << " samples/s in batches of "
        << options.batch << ", window " << options.window << " records per agent, sample body "
        << QString::number(meanBody, 'f', 0) << " bytes (mean)"
        << (options.paceMs > 0 ? QStringLiteral(", generator loop paced at %1 ms").arg(options.paceMs) : QString())
        << (options.streamDuringRamp ? QStringLiteral(", streaming during the ramp") : QString()) << "\n";
    out << "connections:   " << totals.welcomed << " of " << options.agents << " streaming after "
        << QString::number(rampSeconds, 'f', 1) << " s; failed before welcome " << totals.failedBeforeWelcome
        << ", dropped while streaming " << totals.droppedAfterWelcome << " (" << droppedInWindow
        << " in the window)\n";
    out << "handshake:     connect -> welcome p50 " << QString::number(handshake.p50, 'f', 1) << " ms, p99 "
        << QString::number(handshake.p99, 'f', 1) << " ms, max " << QString::number(handshake.max, 'f', 1) << " ms\n";
    out << "steady window: " << QString::number(windowSeconds, 'f', 1) << " s; due "
        << QString::number(offeredPerSecond, 'f', 0) << " samples/s, acknowledged "
        << QString::number(ackedPerSecond, 'f', 0) << " samples/s (mean batch sent "
        << QString::number(meanBatch, 'f', 1) << " records)\n";
    out << "send -> ack:   p50 " << QString::number(latency.p50, 'f', 1) << " ms, p95 "
        << QString::number(latency.p95, 'f', 1) << " ms, p99 " << QString::number(latency.p99, 'f', 1) << " ms, max "
        << QString::number(latency.max, 'f', 1) << " ms over " << latency.count
        << " batches (an upper bound of the console's frame received -> committed)\n";
    for (const QString &line : hubStats)
        out << "console says:  " << line << "\n";
    if (options.withWindow) {
        // The stall monitor's 10 s reports (stall_monitor.h), over the whole run, ramp included.
        double longest = 0;
        int reports = 0;
        for (const QByteArray &line : readProcFile(logPath).split('\n')) {
            const qsizetype at = line.indexOf("ui stall: longest ");
            if (at < 0)
                continue;
            longest = std::max(longest, line.mid(at + 18).split(' ').value(0).toDouble());
            ++reports;
            out << "window:        " << QString::fromUtf8(line.mid(at)) << "\n";
        }
        out << "window:        longest UI-thread stall " << QString::number(longest, 'f', 1) << " ms over " << reports
            << " reports of 10 s\n";
    }
    out << "console CPU:   " << QString::number(consoleCpu, 'f', 0) << "% of one core (" << threadText.join(QStringLiteral(", "))
        << "); this generator " << QString::number(selfCpu, 'f', 0) << "%; everything else on the machine "
        << QString::number(otherCpu, 'f', 0) << "% (of " << ::sysconf(_SC_NPROCESSORS_ONLN) * 100 << "%)\n";
    out << "console RSS:   " << QString::number(double(consoleRssIdleKb) / 1024, 'f', 1) << " MiB before agents, "
        << QString::number(double(consoleRssConnectedKb) / 1024, 'f', 1) << " MiB with every agent connected, "
        << QString::number(double(consoleRssEndKb) / 1024, 'f', 1) << " MiB at the end of the window; peak (VmHWM) "
        << QString::number(double(consoleHwmFinalKb) / 1024, 'f', 1) << " MiB; " << consoleFds << " descriptors\n";
    out << "console I/O:   " << QString::number(ioPerSecond / 1e6, 'f', 1) << " MB/s written to the disk ("
        << QString::number(ackedPerSecond > 0 ? ioPerSecond / ackedPerSecond : 0, 'f', 0) << " bytes per acknowledged sample)\n";
    out << "drain:         " << QString::number(drainSeconds, 'f', 1) << " s; " << unackedAtEnd
        << " records still unacknowledged at the end\n";
    out << "stored:        " << storedSamples << " samples; acknowledged " << totals.acked << "; agents with an "
        << "acknowledged record missing from the file: " << agentsShort << "\n";
    if (stats) {
        out << "on disk:       " << stats->fileBytes + stats->walBytes << " bytes after a WAL checkpoint = "
            << QString::number(stats->bytesPerSample, 'f', 1) << " bytes per stored sample";
        if (stats->samplesTableBytes && stats->sampleCount > 0)
            out << " (samples table and its index: "
                << QString::number(double(*stats->samplesTableBytes) / double(stats->sampleCount), 'f', 1) << ")";
        out << "\n";
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
            if (it.value().toDouble() >= 0.01 * double(stats->fileBytes))
                out << "               " << it.key() << " " << QString::number(it.value().toDouble() / double(stats->sampleCount), 'f', 1)
                    << " bytes per sample\n";
        }
    }
    QStringList refused;
    for (auto it = totals.refusedByCode.cbegin(); it != totals.refusedByCode.cend(); ++it)
        refused << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    for (auto it = totals.closeReasons.cbegin(); it != totals.closeReasons.cend(); ++it)
        refused << QStringLiteral("closed \"%1\" x%2").arg(it.key()).arg(it.value());
    if (!refused.isEmpty())
        out << "refusals:      " << refused.join(QStringLiteral("; ")) << "\n";
    out.flush();

    if (!options.json.isEmpty()) {
        report = {
            {QStringLiteral("agents"), options.agents},
            {QStringLiteral("rate_offered_option"), options.rate},
            {QStringLiteral("batch"), options.batch},
            {QStringLiteral("window_records"), options.window},
            {QStringLiteral("generator_pace_ms"), options.paceMs},
            {QStringLiteral("stream_during_ramp"), options.streamDuringRamp},
            {QStringLiteral("console_environment"), QJsonArray::fromStringList(options.consoleEnvironment)},
            {QStringLiteral("sample_body_bytes_mean"), meanBody},
            {QStringLiteral("wallclock_timestamps"), options.wallclockTimestamps},
            {QStringLiteral("sample_interval_ms"), options.sampleIntervalMs},
            {QStringLiteral("ramp_seconds"), rampSeconds},
            {QStringLiteral("streaming"), totals.welcomed},
            {QStringLiteral("failed_before_welcome"), totals.failedBeforeWelcome},
            {QStringLiteral("dropped_after_welcome"), totals.droppedAfterWelcome},
            {QStringLiteral("handshake"), toJson(handshake)},
            {QStringLiteral("window_seconds"), windowSeconds},
            {QStringLiteral("due_per_second"), offeredPerSecond},
            {QStringLiteral("acked_per_second"), ackedPerSecond},
            {QStringLiteral("mean_batch_sent"), meanBatch},
            {QStringLiteral("send_to_ack"), toJson(latency)},
            {QStringLiteral("console_hub_stats"), QJsonArray::fromStringList(hubStats)},
            {QStringLiteral("console_cpu_percent"), consoleCpu},
            {QStringLiteral("console_threads_cpu_percent"), threads},
            {QStringLiteral("generator_cpu_percent"), selfCpu},
            {QStringLiteral("other_processes_cpu_percent"), otherCpu},
            {QStringLiteral("console_rss_idle_kb"), consoleRssIdleKb},
            {QStringLiteral("console_rss_connected_kb"), consoleRssConnectedKb},
            {QStringLiteral("console_rss_end_kb"), consoleRssEndKb},
            {QStringLiteral("console_vmhwm_window_kb"), consoleHwmKb},
            {QStringLiteral("console_vmhwm_kb"), consoleHwmFinalKb},
            {QStringLiteral("console_descriptors"), consoleFds},
            {QStringLiteral("console_write_bytes_per_second"), ioPerSecond},
            {QStringLiteral("drain_seconds"), drainSeconds},
            {QStringLiteral("unacked_at_end"), unackedAtEnd},
            {QStringLiteral("stored_samples"), storedSamples},
            {QStringLiteral("acked_total"), totals.acked},
            {QStringLiteral("agents_with_acked_record_missing"), agentsShort},
            {QStringLiteral("file_bytes"), stats ? stats->fileBytes + stats->walBytes : -1},
            {QStringLiteral("bytes_per_stored_sample"), stats ? stats->bytesPerSample : -1},
            {QStringLiteral("samples_table_bytes"), stats && stats->samplesTableBytes ? *stats->samplesTableBytes : -1},
            {QStringLiteral("table_bytes"), tables},
        };
        QFile file(options.json);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(report).toJson());
    }
    return agentsShort == 0 ? 0 : 1;
}
