#include "retention.h"

#include "sql_support.h"
#include "store_log.h"

#include <QList>
#include <QSqlQuery>

namespace mirrorstage::store {
namespace {

std::optional<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, db, sql, error) || !run(query, db, error))
        return std::nullopt;
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

// Runs `sql` with (id, cutoff) and adds the rows it deleted to *count.
bool deleteOlder(const QSqlDatabase &db, const QString &sql, qint64 id, qint64 cutoff, qint64 *count,
                 QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query, db, sql, error))
        return false;
    query.addBindValue(id);
    query.addBindValue(cutoff);
    if (!run(query, db, error))
        return false;
    *count += query.numRowsAffected();
    return true;
}

bool pruneBoot(const QSqlDatabase &db, const RetentionPolicy &policy, qint64 boot, qint64 nowMs,
               PruneResult &result, QString *error)
{
    WriteTransaction transaction(db);
    return transaction.begin(error)
        && deleteOlder(db, QStringLiteral("DELETE FROM samples WHERE boot = ? AND ts_ms < ?"), boot,
                       nowMs - policy.rawSamplesMs, &result.samples, error)
        && deleteOlder(db, QStringLiteral("DELETE FROM gaps WHERE boot = ? AND received_ms < ?"), boot,
                       nowMs - policy.rawSamplesMs, &result.gaps, error)
        && deleteOlder(db, QStringLiteral("DELETE FROM log_events WHERE boot = ? AND ts_ms < ?"), boot,
                       nowMs - policy.logEventsMs, &result.logEvents, error)
        && transaction.commit(error);
}

bool pruneRollups(const QSqlDatabase &db, const RetentionPolicy &policy, qint64 host, qint64 nowMs,
                  PruneResult &result, QString *error)
{
    WriteTransaction transaction(db);
    return transaction.begin(error)
        && deleteOlder(db, QStringLiteral("DELETE FROM minute_rollups WHERE host_id = ? AND minute_ms < ?"), host,
                       nowMs - policy.rollupsMs, &result.rollups, error)
        && transaction.commit(error);
}

}  // namespace

std::optional<PruneResult> Retention::prune(const QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs,
                                            QString *error)
{
    const std::optional<QList<qint64>> boots = ids(db, QStringLiteral("SELECT id FROM boots"), error);
    const std::optional<QList<qint64>> hosts = ids(db, QStringLiteral("SELECT id FROM hosts"), error);
    if (!boots || !hosts)
        return std::nullopt;
    PruneResult result;
    for (const qint64 boot : *boots) {
        if (!pruneBoot(db, policy, boot, nowMs, result, error))
            return std::nullopt;
    }
    for (const qint64 host : *hosts) {
        if (!pruneRollups(db, policy, host, nowMs, result, error))
            return std::nullopt;
    }
    qCInfo(lcStore) << "pruned" << result.samples << "samples," << result.gaps << "gap records,"
                    << result.logEvents << "log events," << result.rollups << "minute rollups";
    return result;
}

}  // namespace mirrorstage::store
