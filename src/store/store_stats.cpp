#include "store_stats.h"

#include "sql_support.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace mirrorstage::store {
namespace {

std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, db, sql, error) || !run(query, db, error))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

// dbstat is a compile-time option of SQLite (Debian's has it); without it the figure is absent.
std::optional<qint64> measureSamplesTable(const QSqlDatabase &db)
{
    QString ignored;
    return scalar(db,
                  QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name IN ('samples', 'samples_by_time')"),
                  &ignored);
}

}  // namespace

std::optional<StoreStats> StoreStats::collect(const QSqlDatabase &db, bool measureTables, QString *error)
{
    const std::optional<qint64> count = scalar(db, QStringLiteral("SELECT COUNT(*) FROM samples"), error);
    if (!count)
        return std::nullopt;
    StoreStats stats;
    stats.sampleCount = *count;
    stats.fileBytes = QFileInfo(db.databaseName()).size();
    stats.walBytes = QFileInfo(db.databaseName() + QStringLiteral("-wal")).size();
    if (stats.sampleCount > 0)
        stats.bytesPerSample = double(stats.fileBytes + stats.walBytes) / double(stats.sampleCount);
    if (measureTables)
        stats.samplesTableBytes = measureSamplesTable(db);
    return stats;
}

}  // namespace mirrorstage::store
