#include "minute_rollups.h"

#include "sql_support.h"

#include <array>

namespace mirrorstage::store {
namespace {

constexpr std::array kRollupColumns = {
    RollupColumn{"cpu_busy_x100", &MinuteRollup::cpuBusyX100},
    RollupColumn{"mem_used_x100", &MinuteRollup::memUsedX100},
    RollupColumn{"swap_used_x100", &MinuteRollup::swapUsedX100},
    RollupColumn{"load1_x100", &MinuteRollup::load1X100},
    RollupColumn{"fs_used_x100", &MinuteRollup::fsUsedX100},
    RollupColumn{"net_rx_bps", &MinuteRollup::netRxBps},
    RollupColumn{"net_tx_bps", &MinuteRollup::netTxBps},
    RollupColumn{"disk_busy_max_x100", &MinuteRollup::diskBusyMaxX100},
    RollupColumn{"cpu_temp_x100", &MinuteRollup::cpuTempX100},
};

QString insertSql()
{
    QStringList targets{QStringLiteral("host_id"), QStringLiteral("minute_ms"), QStringLiteral("sample_count")};
    QStringList values{QStringLiteral("b.host_id"), QStringLiteral("?"), QStringLiteral("COUNT(*)")};
    for (const RollupColumn &column : kRollupColumns) {
        const QString name = QLatin1String(column.series);
        targets << name + QStringLiteral("_min") << name + QStringLiteral("_avg") << name + QStringLiteral("_max");
        // AVG is a REAL in SQLite (numeric in PostgreSQL); the table keeps integers like samples.
        values << QStringLiteral("MIN(s.%1)").arg(name) << QStringLiteral("CAST(ROUND(AVG(s.%1)) AS BIGINT)").arg(name)
               << QStringLiteral("MAX(s.%1)").arg(name);
    }
    // Through boots: the time index is (boot, ts_ms), one range per boot of the host.
    return QStringLiteral("INSERT INTO minute_rollups (%1) SELECT %2 FROM samples s JOIN boots b ON b.id = s.boot"
                          " WHERE b.host_id = ? AND s.ts_ms >= ? AND s.ts_ms < ? GROUP BY b.host_id")
        .arg(targets.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
}

}  // namespace

std::span<const RollupColumn> rollupColumns()
{
    return kRollupColumns;
}

MinuteRollups::MinuteRollups(const QSqlDatabase &db) : m_db(db), m_delete(db), m_insert(db) {}

bool MinuteRollups::prepared(QString *error)
{
    if (m_prepared)
        return true;
    m_prepared =
        prepare(m_delete, m_db, QStringLiteral("DELETE FROM minute_rollups WHERE host_id = ? AND minute_ms = ?"), error)
        && prepare(m_insert, m_db, insertSql(), error);
    return m_prepared;
}

bool MinuteRollups::recompute(qint64 hostId, qint64 minuteMs, QString *error)
{
    if (!prepared(error))
        return false;
    m_delete.addBindValue(hostId);
    m_delete.addBindValue(minuteMs);
    if (!run(m_delete, m_db, error))
        return false;
    m_insert.addBindValue(minuteMs);
    m_insert.addBindValue(hostId);
    m_insert.addBindValue(minuteMs);
    m_insert.addBindValue(minuteMs + kMinuteMs);
    return run(m_insert, m_db, error);
}

}  // namespace mirrorstage::store
