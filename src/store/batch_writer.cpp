#include "batch_writer.h"

#include "host_repository.h"
#include "sample_series.h"
#include "sql_support.h"
#include "store_log.h"

#include <QCborValue>
#include <limits>

namespace mirrorstage::store {
namespace {

constexpr qsizetype kMaxBootIdLength = 128;  // a boot id is a UUID; anything far longer is junk
constexpr quint64 kMaxSeq = quint64(std::numeric_limits<qint64>::max());  // SQLite integers are signed

QString insertSampleSql()
{
    QStringList columns{QStringLiteral("boot"), QStringLiteral("seq"), QStringLiteral("ts_ms")};
    for (const SeriesColumn &column : seriesColumns())
        columns << QLatin1String(column.name);
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    // The primary key (boot, seq) makes a resent record a no-op; numRowsAffected() tells which.
    return QStringLiteral("INSERT INTO samples (%1) VALUES (%2) ON CONFLICT (boot, seq) DO NOTHING")
        .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

std::optional<qint64> integerAt(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1StringView(key));
    return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QVariant textAt(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1StringView(key));
    return value.isString() ? QVariant(value.toString()) : QVariant();
}

bool isValidGap(const QCborMap &body)
{
    const std::optional<qint64> first = integerAt(body, "first_seq");
    const std::optional<qint64> last = integerAt(body, "last_seq");
    return first && last && *first >= 1 && *last >= *first;
}

}  // namespace

BatchWriter::BatchWriter(const QSqlDatabase &db, const RetentionPolicy &retention)
    : m_db(db),
      m_retention(retention),
      m_rollups(db),
      m_selectHost(db),
      m_insertBoot(db),
      m_selectBoot(db),
      m_insertSample(db),
      m_insertGap(db),
      m_insertLog(db),
      m_insertCommandResult(db),
      m_updateAcked(db),
      m_upsertLatest(db),
      m_updateLastSeen(db)
{
}

bool BatchWriter::prepareStatements(QString *error)
{
    if (m_prepared)
        return true;
    m_selectHost.setForwardOnly(true);
    m_selectBoot.setForwardOnly(true);
    m_prepared =
        prepare(m_selectHost, m_db, QStringLiteral("SELECT id, enrollment_state FROM hosts WHERE agent_id = ?"), error)
        && prepare(m_insertBoot, m_db,
                   QStringLiteral("INSERT INTO boots (host_id, boot_id, started_ms, acked_seq) VALUES (?, ?, ?, 0)"
                                  " ON CONFLICT (host_id, boot_id) DO NOTHING"),
                   error)
        && prepare(m_selectBoot, m_db,
                   QStringLiteral("SELECT id, acked_seq FROM boots WHERE host_id = ? AND boot_id = ?"), error)
        && prepare(m_insertSample, m_db, insertSampleSql(), error)
        && prepare(m_insertGap, m_db,
                   QStringLiteral("INSERT INTO gaps (boot, seq, first_lost_seq, last_lost_seq, lost_count, reason,"
                                  " received_ms, lost_boot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (boot, seq) DO NOTHING"),
                   error)
        && prepare(m_insertLog, m_db,
                   QStringLiteral("INSERT INTO log_events (boot, seq, ts_ms, source, severity, message)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (boot, seq) DO NOTHING"),
                   error)
        && prepare(m_insertCommandResult, m_db,
                   QStringLiteral("INSERT INTO command_results (boot, seq, command_id, received_ms, body)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (boot, seq) DO NOTHING"),
                   error)
        && prepare(m_updateAcked, m_db, QStringLiteral("UPDATE boots SET acked_seq = ? WHERE id = ?"), error)
        && prepare(m_upsertLatest, m_db,
                   QStringLiteral("INSERT INTO latest_samples (host_id, boot_id, seq, ts_ms, received_ms, sample)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (host_id) DO UPDATE SET"
                                  " boot_id = excluded.boot_id, seq = excluded.seq, ts_ms = excluded.ts_ms,"
                                  " received_ms = excluded.received_ms, sample = excluded.sample"
                                  " WHERE excluded.ts_ms >= latest_samples.ts_ms"),
                   error)
        && prepare(m_updateLastSeen, m_db,
                   QStringLiteral("UPDATE hosts SET last_seen_ms = ? WHERE id = ? AND last_seen_ms < ?"), error);
    return m_prepared;
}

QList<SubmissionOutcome> BatchWriter::write(const QList<Submission> &batch)
{
    QList<SubmissionOutcome> outcomes;
    for (const Submission &submission : batch)
        outcomes.append({submission.ticket, false, {}, {}});
    QString error;
    WriteTransaction transaction(m_db);
    if (!prepareStatements(&error) || !transaction.begin(&error))
        return failAll(outcomes, error);

    Staging staging;
    QList<Touched> touched(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        QList<CheckedRecord> checked;
        QString refusal;
        const Check verdict = check(batch.at(i), staging, checked, &refusal, &error);
        if (verdict == Check::Failed)
            return failAll(outcomes, error);
        if (verdict == Check::Refused) {
            qCInfo(lcStore).noquote() << "ticket" << batch.at(i).ticket << "refused:" << refusal;
            outcomes[i].error = refusal;
            continue;
        }
        if (!store(checked, staging, touched[i], &error))
            return failAll(outcomes, error);
        outcomes[i].committed = true;
    }
    if (!finish(staging, &error) || !transaction.commit(&error))
        return failAll(outcomes, error);

    adopt(staging);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).committed)
            outcomes[i].acks = acksOf(touched.at(i));
    }
    return outcomes;
}

// Nothing of the batch reached the file, so nothing of it is adopted. What was cached before is
// forgotten as well and read again from the file: the cheapest way to be sure that a cache never
// outlives a change it did not see (a host removed by msctl, say).
QList<SubmissionOutcome> BatchWriter::failAll(QList<SubmissionOutcome> outcomes, const QString &error)
{
    qCWarning(lcStore).noquote() << "batch of" << outcomes.size() << "submissions not stored:" << error;
    m_boots.clear();
    m_progress.clear();
    for (SubmissionOutcome &outcome : outcomes) {
        outcome.acks.clear();
        outcome.committed = false;
        if (outcome.error.isEmpty())  // a refusal says more than the database error
            outcome.error = error;
    }
    return outcomes;
}

BatchWriter::Check BatchWriter::check(const Submission &submission, Staging &staging,
                                      QList<CheckedRecord> &checked, QString *refusal, QString *error)
{
    for (const IngestRecord &record : submission.records) {
        if (!lookUpHost(record.agentId, staging, error))
            return Check::Failed;
        const std::optional<Host> host = staging.hosts.value(record.agentId);
        CheckedRecord item{&record, 0, {}, {}};
        bool isMap = false;
        // A body must be one well-formed CBOR map: what fromCbor() reads up to an error is not
        // used (a partly read map can even make QCborMap::value() read past its end).
        if (record.kind == IngestRecord::Sample) {
            // Straight from the bytes: a QCborValue tree per sample cost more than its SQL.
            item.series = extractSeries(QByteArrayView(record.body));
            isMap = item.series.has_value();
        } else {
            QCborParserError parsing;
            const QCborValue body = QCborValue::fromCbor(record.body, &parsing);
            isMap = parsing.error == QCborError::NoError && body.isMap();
            if (isMap)
                item.body = body.toMap();
        }
        if (const std::optional<QString> why = refusalFor(record, host, isMap, item.body)) {
            *refusal = *why;
            return Check::Refused;
        }
        item.hostId = host->id;
        checked.append(std::move(item));
    }
    return Check::Accepted;
}

// The hub submits only accepted agents' well-formed records; the store checks again because it is
// the last line before the disk, and an acknowledgement cannot be taken back.
std::optional<QString> BatchWriter::refusalFor(const IngestRecord &record, const std::optional<Host> &host,
                                               bool isMap, const QCborMap &body) const
{
    const QString seq = QString::number(record.seq);
    if (!host)
        return tr("Agent %1 is not enrolled; its records were not stored.").arg(record.agentId);
    if (host->enrollment != enrollmentStateKey(EnrollmentState::Accepted)) {
        const std::optional<EnrollmentState> state = enrollmentStateFromKey(host->enrollment);
        return tr("Agent %1 is %2, not accepted; its records were not stored.")
            .arg(record.agentId, state ? enrollmentStateName(*state) : host->enrollment);
    }
    if (record.bootId.isEmpty() || record.bootId.size() > kMaxBootIdLength)
        return tr("Record %1 of agent %2 has no valid boot id; nothing of this submission was stored.")
            .arg(seq, record.agentId);
    if (record.seq == 0 || record.seq > kMaxSeq)
        return tr("Record of agent %1 (boot %2) has seq %3, but seqs run from 1 to 2^63-1; nothing of this "
                  "submission was stored.")
            .arg(record.agentId, record.bootId, seq);
    if (!isMap)
        return tr("Record %1 of agent %2 (boot %3) is not a CBOR map; nothing of this submission was stored.")
            .arg(seq, record.agentId, record.bootId);
    switch (record.kind) {
    case IngestRecord::Sample:
        return std::nullopt;
    case IngestRecord::Gap:
        if (isValidGap(body))
            return std::nullopt;
        return tr("Gap record %1 of agent %2 (boot %3) does not say which records were lost (needs integers "
                  "first_seq and last_seq, 1 <= first_seq <= last_seq); nothing of this submission was stored.")
            .arg(seq, record.agentId, record.bootId);
    case IngestRecord::Log:
        if (body.value(QLatin1StringView("message")).isString())
            return std::nullopt;
        return tr("Log record %1 of agent %2 (boot %3) has no message text; nothing of this submission was stored.")
            .arg(seq, record.agentId, record.bootId);
    case IngestRecord::CommandResult:
        if (body.value(QLatin1StringView("id")).isString())
            return std::nullopt;
        return tr("Command result %1 of agent %2 (boot %3) does not name its command (text `id`); nothing of this "
                  "submission was stored.")
            .arg(seq, record.agentId, record.bootId);
    }
    return tr("Record %1 of agent %2 (boot %3) is of an unknown kind; nothing of this submission was stored.")
        .arg(seq, record.agentId, record.bootId);
}

bool BatchWriter::lookUpHost(const QString &agentId, Staging &staging, QString *error)
{
    if (staging.hosts.contains(agentId))
        return true;
    m_selectHost.addBindValue(agentId.toLower());  // HostRepository stores agent ids in lower case
    if (!run(m_selectHost, m_db, error))
        return false;
    std::optional<Host> host;
    if (m_selectHost.next())
        host = Host{m_selectHost.value(0).toLongLong(), m_selectHost.value(1).toString()};
    m_selectHost.finish();  // SQLite refuses COMMIT while a SELECT is still open
    staging.hosts.insert(agentId, host);
    return true;
}

bool BatchWriter::store(const QList<CheckedRecord> &checked, Staging &staging, Touched &touched, QString *error)
{
    for (const CheckedRecord &item : checked) {
        const IngestRecord &record = *item.record;
        const std::optional<qint64> boot = bootFor(item.hostId, record.bootId, record.receivedMs, staging, error);
        if (!boot)
            return false;
        bool stored = false;
        switch (record.kind) {
        case IngestRecord::Sample: stored = storeSample(item, *boot, staging, error); break;
        case IngestRecord::Gap: stored = storeGap(item, *boot, staging, touched, error); break;
        case IngestRecord::Log: stored = storeLog(item, *boot, error); break;
        case IngestRecord::CommandResult: stored = storeCommandResult(item, *boot, error); break;
        }
        if (!stored)
            return false;
        staging.progress[*boot].add(record.seq);
        qint64 &seen = staging.lastSeen[item.hostId];
        seen = std::max(seen, record.receivedMs);
        const QPair<AckKey, qint64> place{{record.agentId, record.bootId}, *boot};
        if (!touched.contains(place))
            touched.append(place);
    }
    return true;
}

std::optional<qint64> BatchWriter::bootFor(qint64 hostId, const QString &bootId, qint64 receivedMs,
                                           Staging &staging, QString *error)
{
    const BootKey key{hostId, bootId};
    if (const auto known = m_boots.constFind(key); known != m_boots.constEnd()) {
        stageKnown(*known, staging);
        return *known;
    }
    if (const auto staged = staging.newBoots.constFind(key); staged != staging.newBoots.constEnd())
        return *staged;

    m_insertBoot.addBindValue(hostId);
    m_insertBoot.addBindValue(bootId);
    m_insertBoot.addBindValue(receivedMs);
    m_selectBoot.addBindValue(hostId);
    m_selectBoot.addBindValue(bootId);
    if (!run(m_insertBoot, m_db, error) || !run(m_selectBoot, m_db, error))
        return std::nullopt;
    if (!m_selectBoot.next()) {
        *error = tr("The boot %1 just written for host %2 cannot be read back from %3.")
                     .arg(bootId, QString::number(hostId), m_db.databaseName());
        return std::nullopt;
    }
    const qint64 boot = m_selectBoot.value(0).toLongLong();
    const quint64 acked = quint64(m_selectBoot.value(1).toLongLong());
    m_selectBoot.finish();
    staging.newBoots.insert(key, boot);
    return stageFromTables(boot, acked, staging, error) ? std::optional<qint64>(boot) : std::nullopt;
}

// Copies a boot's progress, as the last commit left it, into the transaction.
void BatchWriter::stageKnown(qint64 boot, Staging &staging)
{
    if (staging.progress.contains(boot))
        return;
    const SeqProgress progress = m_progress.value(boot);
    staging.progress.insert(boot, progress);
    staging.ackedBefore.insert(boot, progress.acked());
}

// The first time this process meets a boot (after a restart, say), its progress is read from the
// tables: acked_seq, and the stored seqs above it that wait for a hole to be filled.
bool BatchWriter::stageFromTables(qint64 boot, quint64 acked, Staging &staging, QString *error)
{
    SeqProgress progress(acked);
    if (!loadWaitingSeqs(boot, progress, error))
        return false;
    staging.progress.insert(boot, progress);
    staging.ackedBefore.insert(boot, acked);
    return true;
}

bool BatchWriter::loadWaitingSeqs(qint64 boot, SeqProgress &progress, QString *error)
{
    const qint64 acked = qint64(progress.acked());
    // Each row: a seq that is stored, and a range (value 1 to value 2) known to be covered.
    for (const QString &sql : {QStringLiteral("SELECT seq, seq, seq FROM samples WHERE boot = ? AND seq > ?"),
                               QStringLiteral("SELECT seq, seq, seq FROM log_events WHERE boot = ? AND seq > ?"),
                               QStringLiteral("SELECT seq, seq, seq FROM gaps WHERE boot = ? AND seq > ?"),
                               QStringLiteral("SELECT first_lost_seq, first_lost_seq, last_lost_seq FROM gaps"
                                              " WHERE COALESCE(lost_boot, boot) = ? AND last_lost_seq > ?")}) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!prepare(query, m_db, sql, error))
            return false;
        query.addBindValue(boot);
        query.addBindValue(acked);
        if (!run(query, m_db, error))
            return false;
        while (query.next()) {
            progress.add(quint64(query.value(0).toLongLong()));
            progress.add(quint64(query.value(1).toLongLong()), quint64(query.value(2).toLongLong()));
        }
    }
    return true;
}

bool BatchWriter::storeSample(const CheckedRecord &checked, qint64 boot, Staging &staging, QString *error)
{
    const IngestRecord &record = *checked.record;
    const SampleSeries &series = *checked.series;  // check() refused samples without
    const qint64 timestamp = series.timestampMs.value_or(record.receivedMs);
    // Older than the raw window on arrival: pruning would delete it again, and recomputing its
    // minute from what is left would shrink a complete rollup. It counts as stored all the same.
    if (timestamp < record.receivedMs - m_retention.rawSamplesMs)
        return true;
    m_insertSample.addBindValue(boot);
    m_insertSample.addBindValue(qint64(record.seq));
    m_insertSample.addBindValue(timestamp);
    for (const SeriesColumn &column : seriesColumns())
        m_insertSample.addBindValue(nullable(series.*column.member));
    if (!run(m_insertSample, m_db, error))
        return false;
    if (m_insertSample.numRowsAffected() <= 0)
        return true;  // stored before: acknowledged again, changes nothing
    staging.dirtyMinutes.insert({checked.hostId, minuteOf(timestamp)});
    LatestSample &latest = staging.latest[checked.hostId];
    if (latest.body.isEmpty() || timestamp >= latest.timestampMs)
        latest = {record.bootId, qint64(record.seq), timestamp, record.receivedMs, record.body};
    return true;
}

bool BatchWriter::storeGap(const CheckedRecord &checked, qint64 boot, Staging &staging, Touched &touched,
                           QString *error)
{
    const IngestRecord &record = *checked.record;
    const qint64 first = *integerAt(checked.body, "first_seq");  // refusalFor() checked both
    const qint64 last = *integerAt(checked.body, "last_seq");
    // The lost records belong to the boot the body names (an earlier run's, when the outbox held
    // several), else to the gap record's own boot.
    qint64 lostBoot = boot;
    QString lostBootId = record.bootId;
    if (const QVariant named = textAt(checked.body, "boot"); !named.isNull() && named.toString() != record.bootId) {
        lostBootId = named.toString();
        const std::optional<qint64> other = bootFor(checked.hostId, lostBootId, record.receivedMs, staging, error);
        if (!other)
            return false;
        lostBoot = *other;
    }
    m_insertGap.addBindValue(boot);
    m_insertGap.addBindValue(qint64(record.seq));
    m_insertGap.addBindValue(first);
    m_insertGap.addBindValue(last);
    const std::optional<qint64> count = integerAt(checked.body, "count");
    m_insertGap.addBindValue(count && *count >= 0 ? *count : last - first + 1);
    m_insertGap.addBindValue(textAt(checked.body, "reason"));
    m_insertGap.addBindValue(record.receivedMs);
    m_insertGap.addBindValue(lostBoot == boot ? QVariant() : QVariant(lostBoot));
    if (!run(m_insertGap, m_db, error))
        return false;
    staging.progress[lostBoot].add(quint64(first), quint64(last));
    const QPair<AckKey, qint64> place{{record.agentId, lostBootId}, lostBoot};
    if (lostBoot != boot && !touched.contains(place))
        touched.append(place);
    return true;
}

bool BatchWriter::storeLog(const CheckedRecord &checked, qint64 boot, QString *error)
{
    const IngestRecord &record = *checked.record;
    const std::optional<qint64> severity = integerAt(checked.body, "severity");
    m_insertLog.addBindValue(boot);
    m_insertLog.addBindValue(qint64(record.seq));
    m_insertLog.addBindValue(integerAt(checked.body, "ts_ms").value_or(record.receivedMs));
    m_insertLog.addBindValue(textAt(checked.body, "source"));
    m_insertLog.addBindValue(severity && *severity >= 0 && *severity <= 7 ? QVariant(*severity) : QVariant());
    m_insertLog.addBindValue(textAt(checked.body, "message"));
    return run(m_insertLog, m_db, error);
}

bool BatchWriter::storeCommandResult(const CheckedRecord &checked, qint64 boot, QString *error)
{
    const IngestRecord &record = *checked.record;
    m_insertCommandResult.addBindValue(boot);
    m_insertCommandResult.addBindValue(qint64(record.seq));
    m_insertCommandResult.addBindValue(textAt(checked.body, "id"));
    m_insertCommandResult.addBindValue(record.receivedMs);
    m_insertCommandResult.addBindValue(record.body);
    return run(m_insertCommandResult, m_db, error);
}

bool BatchWriter::finish(Staging &staging, QString *error)
{
    return saveAcked(staging, error) && saveLatest(staging, error) && saveLastSeen(staging, error)
        && saveRollups(staging, error);
}

bool BatchWriter::saveAcked(const Staging &staging, QString *error)
{
    for (auto it = staging.progress.cbegin(); it != staging.progress.cend(); ++it) {
        if (it->acked() == staging.ackedBefore.value(it.key()))
            continue;
        m_updateAcked.addBindValue(qint64(it->acked()));
        m_updateAcked.addBindValue(it.key());
        if (!run(m_updateAcked, m_db, error))
            return false;
    }
    return true;
}

// Once per host and batch: a full sample is kilobytes, and only the newest one is kept.
bool BatchWriter::saveLatest(const Staging &staging, QString *error)
{
    for (auto it = staging.latest.cbegin(); it != staging.latest.cend(); ++it) {
        m_upsertLatest.addBindValue(it.key());
        m_upsertLatest.addBindValue(it->bootId);
        m_upsertLatest.addBindValue(it->seq);
        m_upsertLatest.addBindValue(it->timestampMs);
        m_upsertLatest.addBindValue(it->receivedMs);
        m_upsertLatest.addBindValue(it->body);
        if (!run(m_upsertLatest, m_db, error))
            return false;
    }
    return true;
}

bool BatchWriter::saveLastSeen(const Staging &staging, QString *error)
{
    for (auto it = staging.lastSeen.cbegin(); it != staging.lastSeen.cend(); ++it) {
        m_updateLastSeen.addBindValue(it.value());
        m_updateLastSeen.addBindValue(it.key());
        m_updateLastSeen.addBindValue(it.value());
        if (!run(m_updateLastSeen, m_db, error))
            return false;
    }
    return true;
}

bool BatchWriter::saveRollups(const Staging &staging, QString *error)
{
    for (const auto &[host, minute] : staging.dirtyMinutes) {
        if (!m_rollups.recompute(host, minute, error))
            return false;
    }
    return true;
}

void BatchWriter::adopt(const Staging &staging)
{
    for (auto it = staging.progress.cbegin(); it != staging.progress.cend(); ++it)
        m_progress.insert(it.key(), it.value());
    for (auto it = staging.newBoots.cbegin(); it != staging.newBoots.cend(); ++it)
        m_boots.insert(it.key(), it.value());
}

QList<AckPoint> BatchWriter::acksOf(const Touched &touched) const
{
    QList<AckPoint> acks;
    for (const auto &[key, boot] : touched)
        acks.append({key.first, key.second, m_progress.value(boot).acked()});
    return acks;
}

}  // namespace mirrorstage::store
