#include "sample_queries.h"

#include <QDateTime>

#include "sql_support.h"

#include <QSqlQuery>

namespace mirrorstage::store {
namespace {

QString seriesSql()
{
    QStringList columns{QStringLiteral("b.boot_id"), QStringLiteral("s.seq"), QStringLiteral("s.ts_ms")};
    for (const SeriesColumn &column : seriesColumns())
        columns << QStringLiteral("s.") + QLatin1String(column.name);
    // hosts -> boots -> samples_by_time: one index range per boot of the host.
    return QStringLiteral("SELECT %1 FROM hosts h JOIN boots b ON b.host_id = h.id JOIN samples s ON s.boot = b.id"
                          " WHERE h.agent_id = ? AND s.ts_ms >= ? AND s.ts_ms < ? ORDER BY s.ts_ms, s.seq")
        .arg(columns.join(QLatin1String(", ")));
}

StoredSeries storedFrom(const QSqlQuery &query)
{
    StoredSeries stored;
    stored.bootId = query.value(0).toString();
    stored.seq = quint64(query.value(1).toLongLong());
    stored.series.timestampMs = query.value(2).toLongLong();
    int index = 3;
    for (const SeriesColumn &column : seriesColumns())
        stored.series.*column.member = optionalInteger(query.value(index++));
    return stored;
}

QString rollupsSql()
{
    QStringList columns{QStringLiteral("r.minute_ms"), QStringLiteral("r.sample_count")};
    for (const RollupColumn &column : rollupColumns()) {
        const QString name = QStringLiteral("r.") + QLatin1String(column.series);
        columns << name + QStringLiteral("_min") << name + QStringLiteral("_avg") << name + QStringLiteral("_max");
    }
    return QStringLiteral("SELECT %1 FROM hosts h JOIN minute_rollups r ON r.host_id = h.id"
                          " WHERE h.agent_id = ? AND r.minute_ms >= ? AND r.minute_ms < ? ORDER BY r.minute_ms")
        .arg(columns.join(QLatin1String(", ")));
}

MinuteRollup rollupFrom(const QSqlQuery &query)
{
    MinuteRollup rollup;
    rollup.minuteMs = query.value(0).toLongLong();
    rollup.sampleCount = query.value(1).toLongLong();
    int index = 2;
    for (const RollupColumn &column : rollupColumns()) {
        RollupRange &range = rollup.*column.member;
        range.min = optionalInteger(query.value(index++));
        range.avg = optionalInteger(query.value(index++));
        range.max = optionalInteger(query.value(index++));
    }
    return rollup;
}

}  // namespace

QList<StoredSeries> SampleQueries::series(const QString &agentId, qint64 sinceMs, qint64 untilMs,
                                          QString *error) const
{
    QList<StoredSeries> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, seriesSql(), error))
        return result;
    query.addBindValue(agentId.toLower());
    query.addBindValue(sinceMs);
    query.addBindValue(untilMs);
    if (!run(query, m_db, error))
        return result;
    while (query.next())
        result.append(storedFrom(query));
    return result;
}

std::optional<LatestSample> SampleQueries::latestSample(const QString &agentId, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db,
                 QStringLiteral("SELECT l.boot_id, l.seq, l.ts_ms, l.received_ms, l.sample FROM hosts h"
                                " JOIN latest_samples l ON l.host_id = h.id WHERE h.agent_id = ?"),
                 error))
        return std::nullopt;
    query.addBindValue(agentId.toLower());
    if (!run(query, m_db, error) || !query.next())
        return std::nullopt;
    return LatestSample{query.value(0).toString(), quint64(query.value(1).toLongLong()), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), query.value(4).toByteArray()};
}

QList<MinuteRollup> SampleQueries::rollups(const QString &agentId, qint64 sinceMs, qint64 untilMs,
                                           QString *error) const
{
    QList<MinuteRollup> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, rollupsSql(), error))
        return result;
    query.addBindValue(agentId.toLower());
    query.addBindValue(sinceMs);
    query.addBindValue(untilMs);
    if (!run(query, m_db, error))
        return result;
    while (query.next())
        result.append(rollupFrom(query));
    return result;
}

QHash<QString, quint64> SampleQueries::ackedSeqs(const QString &agentId, const QStringList &bootIds,
                                                 QString *error) const
{
    QHash<QString, quint64> acked;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db,
                 QStringLiteral("SELECT b.acked_seq FROM hosts h JOIN boots b ON b.host_id = h.id"
                                " WHERE h.agent_id = ? AND b.boot_id = ?"),
                 error))
        return acked;
    for (const QString &bootId : bootIds) {
        query.addBindValue(agentId.toLower());
        query.addBindValue(bootId);
        if (!run(query, m_db, error))
            return {};
        if (query.next())
            acked.insert(bootId, quint64(query.value(0).toLongLong()));
        query.finish();
    }
    return acked;
}

QStringList SampleQueries::recentLogLines(const QString &agentId, qint64 sinceMs, int limit, QString *error) const
{
    QStringList lines;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, m_db,
                 QStringLiteral("SELECT l.ts_ms, l.source, l.message FROM log_events l JOIN boots b ON b.id = l.boot"
                                " JOIN hosts h ON h.id = b.host_id WHERE h.agent_id = ? AND l.ts_ms >= ?"
                                " ORDER BY l.ts_ms DESC LIMIT ?"),
                 error))
        return lines;
    q.addBindValue(agentId.toLower());
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    if (!run(q, m_db, error))
        return lines;
    while (q.next()) {
        const QString when = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODate);
        lines.prepend(QStringLiteral("%1 %2: %3").arg(when, q.value(1).toString(), q.value(2).toString()));
    }
    return lines;
}

}  // namespace mirrorstage::store
