#include "store_adapters.h"

#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace mirrorstage::app {
namespace {

hub::EnrollmentState toHub(store::EnrollmentState state)
{
    switch (state) {
    case store::EnrollmentState::Pending: return hub::EnrollmentState::Pending;
    case store::EnrollmentState::Accepted: return hub::EnrollmentState::Accepted;
    case store::EnrollmentState::Rejected: return hub::EnrollmentState::Rejected;
    case store::EnrollmentState::Revoked: return hub::EnrollmentState::Revoked;
    }
    return hub::EnrollmentState::Pending;
}

QString connectionNameForThisThread()
{
    return QStringLiteral("hub-%1").arg(quintptr(QThread::currentThreadId()));
}

}  // namespace

StoreEnrollmentBook::StoreEnrollmentBook(const QString &databasePath)
    : m_database(databasePath, connectionNameForThisThread())
{
}

std::optional<hub::KnownAgent> StoreEnrollmentBook::find(const QString &agentId)
{
    QString error;
    const std::optional<store::HostRecord> host = store::HostRepository(m_database.connection()).find(agentId, &error);
    if (!error.isEmpty())
        qCWarning(lcApp).noquote() << error;
    if (!host)
        return std::nullopt;
    return hub::KnownAgent{host->publicKey, toHub(host->enrollment)};
}

hub::AdmissionDecision StoreEnrollmentBook::admit(const wire::Hello &hello, qint64 nowMs)
{
    store::HostRepository hosts(m_database.connection());
    store::HostHello stored{hello.agentId, hello.publicKey, hello.hostname, hello.agentVersion, hello.rack,
                            hello.position, hello.tags, {}, hello.bootId};
    QString error;
    const std::optional<store::HostRecord> host = hosts.upsertFromHello(stored, nowMs, &error);
    if (!host) {
        qCWarning(lcApp).noquote() << "cannot record agent" << hello.agentId << ":" << error;
        return {hub::EnrollmentState::Pending, QObject::tr("the console cannot record this agent right now: %1").arg(error)};
    }
    if (host->enrollment != store::EnrollmentState::Pending) {
        return {toHub(host->enrollment), QObject::tr("%1 by %2")
                                             .arg(store::enrollmentStateKey(host->enrollment), host->enrollmentChangedBy)};
    }

    const QString waiting = QObject::tr("waiting for an operator to accept agent %1 (%2): msctl enroll accept %1")
                                .arg(hello.agentId, hello.hostname);
    if (hello.enrollmentToken.isEmpty())
        return {hub::EnrollmentState::Pending, waiting};
    store::TokenRepository tokens(m_database.connection());
    const auto consumed = tokens.consume(hello.enrollmentToken, hello.agentId, nowMs, &error);
    if (consumed != store::TokenRepository::Consumed::Accepted) {
        const QString why = consumed == store::TokenRepository::Consumed::Failed ? error
                                                                                : store::TokenRepository::describe(consumed);
        return {hub::EnrollmentState::Pending, why + QStringLiteral("; ") + waiting};
    }
    if (!hosts.setEnrollmentState(hello.agentId, store::EnrollmentState::Accepted, QStringLiteral("enrollment token"),
                                  nowMs, &error)) {
        return {hub::EnrollmentState::Pending, error};
    }
    qCInfo(lcApp).noquote() << "agent" << hello.agentId << hello.hostname << "accepted by its enrollment token";
    return {hub::EnrollmentState::Accepted, {}};
}

QHash<QString, quint64> StoreEnrollmentBook::acknowledged(const QString &agentId, const QStringList &bootIds)
{
    QString error;
    QHash<QString, quint64> acked = store::SampleQueries(m_database.connection()).ackedSeqs(agentId, bootIds, &error);
    if (!error.isEmpty())
        qCWarning(lcApp).noquote() << error;
    return acked;
}

QHash<QString, hub::EnrollmentState> StoreEnrollmentBook::notAccepted()
{
    QString error;
    QHash<QString, hub::EnrollmentState> result;
    const auto states = store::HostRepository(m_database.connection()).notAccepted(&error);
    if (!error.isEmpty())
        qCWarning(lcApp).noquote() << error;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        result.insert(it.key(), toHub(it.value()));
    return result;
}

StoreRecordSink::StoreRecordSink(store::StoreWriter &writer, core::FleetFeed *feed, QObject *parent)
    : hub::RecordSink(parent)
    , m_writer(writer)
    , m_feed(feed)
{
    // Emitted on the writer's thread; the hub receives them queued.
    connect(&writer, &store::StoreWriter::committed, this,
            [this](quint64 ticket, const QList<store::AckPoint> &acks) {
                QList<hub::AckPoint> converted;
                converted.reserve(acks.size());
                for (const store::AckPoint &ack : acks)
                    converted.append({ack.agentId, ack.bootId, ack.highestContiguousSeq});
                emit committed(ticket, converted);
            },
            Qt::DirectConnection);
    connect(&writer, &store::StoreWriter::failed, this,
            [this](quint64 ticket, const QString &error) { emit failed(ticket, error); }, Qt::DirectConnection);
}

void StoreRecordSink::submit(const QList<hub::IngestRecord> &records, quint64 ticket)
{
    QList<store::IngestRecord> converted;
    converted.reserve(records.size());
    for (const hub::IngestRecord &record : records) {
        store::IngestRecord::Kind kind;
        switch (record.kind) {
        case wire::RecordKind::Sample:
            kind = store::IngestRecord::Sample;
            if (m_feed)
                m_feed->sampleReceived(record.agentId, record.body, record.receivedMs);
            break;
        case wire::RecordKind::Gap:
            kind = store::IngestRecord::Gap;
            emit logOrGap(record.agentId, int(record.kind), record.body);
            break;
        case wire::RecordKind::Log:
            kind = store::IngestRecord::Log;
            emit logOrGap(record.agentId, int(record.kind), record.body);
            break;
        case wire::RecordKind::CommandResult: kind = store::IngestRecord::CommandResult; break;
        default:
            emit failed(ticket, tr("this console does not store records of kind %1 yet").arg(int(record.kind)));
            return;
        }
        converted.append({record.agentId, record.bootId, record.seq, kind, record.receivedMs, record.body});
    }
    m_writer.submit(std::move(converted), ticket);
}

}  // namespace mirrorstage::app
