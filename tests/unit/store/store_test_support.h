#pragma once
// What the store's tests share: a database in a temporary folder, accepted hosts, samples as
// the agent encodes them, and a probe that collects the writer's answers per ticket.

#include "database.h"
#include "host_repository.h"
#include "sample_codec.h"
#include "store_writer.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace storetest {

using namespace mirrorstage;
using namespace mirrorstage::store;

// Generous: these waits detect a hang, they do not measure speed (ASan and fsync are slow).
constexpr int kWaitMs = 60000;
constexpr qint64 kT0 = 1'780'000'020'000;  // some time in 2026, on a minute boundary
static_assert(kT0 % 60'000 == 0);
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

inline QString agentId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

inline QByteArray publicKey(int n)
{
    return QByteArray(32, char('A' + n % 26));
}

// A connection for the test's own thread; each gets a name of its own.
inline std::unique_ptr<Database> openDatabase(const QString &path)
{
    static int counter = 0;
    return std::make_unique<Database>(path, QStringLiteral("test-%1").arg(++counter));
}

inline HostHello hello(int n, const QString &bootId = QStringLiteral("boot-a"))
{
    HostHello h;
    h.agentId = agentId(n);
    h.publicKey = publicKey(n);
    h.hostname = QStringLiteral("host-%1").arg(n);
    h.agentVersion = QStringLiteral("0.1.0");
    h.rack = QStringLiteral("R1");
    h.position = RackPosition{1, 2, double(n)};
    h.tags = {QStringLiteral("db")};
    h.facts = QJsonObject{{QStringLiteral("os"), QStringLiteral("debian")}};
    h.bootId = bootId;
    return h;
}

inline bool addHost(const QSqlDatabase &db, int n, EnrollmentState state)
{
    HostRepository hosts(db);
    QString error;
    if (!hosts.upsertFromHello(hello(n), kT0, &error)) {
        qWarning() << error;
        return false;
    }
    return state == EnrollmentState::Pending
        || hosts.setEnrollmentState(agentId(n), state, QStringLiteral("test"), kT0, &error);
}

inline HostSample sample(qint64 timestampMs, double cpuBusy)
{
    HostSample s;
    s.timestampMs = timestampMs;
    s.hasRates = true;
    s.cpu.total = CpuUsage{cpuBusy, cpuBusy / 2, cpuBusy / 2, 1.5, 0, 100 - cpuBusy};
    s.cpu.load = LoadAverage{0.5, 0.25, 0.125};
    s.memory.usedPercent = 42.42;
    return s;
}

inline IngestRecord sampleRecord(int host, const QString &boot, quint64 seq, qint64 timestampMs, double cpuBusy = 10)
{
    return {agentId(host), boot, seq, IngestRecord::Sample, timestampMs, sampleToCbor(sample(timestampMs, cpuBusy))};
}

inline IngestRecord gapRecord(int host, const QString &boot, quint64 seq, qint64 first, qint64 last,
                              qint64 receivedMs = kT0, const QString &lostBoot = {})
{
    QCborMap body;
    if (!lostBoot.isEmpty())
        body.insert(QLatin1String("boot"), lostBoot);
    body.insert(QLatin1String("first_seq"), first);
    body.insert(QLatin1String("last_seq"), last);
    body.insert(QLatin1String("count"), last - first + 1);
    body.insert(QLatin1String("reason"), QLatin1String("outbox full"));
    return {agentId(host), boot, seq, IngestRecord::Gap, receivedMs, body.toCborValue().toCbor()};
}

inline IngestRecord logRecord(int host, const QString &boot, quint64 seq, qint64 timestampMs)
{
    QCborMap body;
    body.insert(QLatin1String("ts_ms"), timestampMs);
    body.insert(QLatin1String("source"), QLatin1String("journald"));
    body.insert(QLatin1String("severity"), 3);
    body.insert(QLatin1String("message"), QLatin1String("disk error"));
    return {agentId(host), boot, seq, IngestRecord::Log, timestampMs, body.toCborValue().toCbor()};
}

// One answer of the writer to a ticket.
struct Outcome {
    bool committed = false;
    QList<AckPoint> acks;
    QString error;
};

// Collects the writer's answers on the test's thread (queued, as a real receiver gets them).
class WriterProbe : public QObject {
public:
    explicit WriterProbe(StoreWriter *writer)
    {
        connect(writer, &StoreWriter::committed, this, [this](quint64 ticket, const QList<AckPoint> &acks) {
            outcomes.insert(ticket, {true, acks, {}});
        });
        connect(writer, &StoreWriter::failed, this, [this](quint64 ticket, const QString &error) {
            outcomes.insert(ticket, {false, {}, error});
        });
    }

    bool answered(quint64 ticket) const { return outcomes.contains(ticket); }
    quint64 acked(quint64 ticket, int host, const QString &boot) const
    {
        for (const AckPoint &ack : outcomes.value(ticket).acks) {
            if (ack.agentId == agentId(host) && ack.bootId == boot)
                return ack.highestContiguousSeq;
        }
        return 0;
    }

    QHash<quint64, Outcome> outcomes;
};

inline qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

}  // namespace storetest
