#include "placement_repository.h"

#include "sql_support.h"

#include <QSqlQuery>

namespace mirrorstage::store {

bool PlacementRepository::place(const QString &agentId, const HostPlacement &placement, QString *error)
{
    if (placement.rack.trimmed().isEmpty()) {
        *error = tr("a host can only be moved into a named rack");
        return false;
    }
    QSqlQuery query(m_db);
    // INSERT ... SELECT so that an unknown agent inserts nothing instead of breaking the foreign key.
    if (!prepare(query, m_db,
                 QStringLiteral("INSERT INTO host_placements"
                                " (agent_id, rack, position_x, position_y, position_z, placed_by, placed_ms)"
                                " SELECT agent_id, ?, ?, ?, ?, ?, ? FROM hosts WHERE agent_id = ?"
                                " ON CONFLICT (agent_id) DO UPDATE SET rack = excluded.rack,"
                                " position_x = excluded.position_x, position_y = excluded.position_y,"
                                " position_z = excluded.position_z, placed_by = excluded.placed_by,"
                                " placed_ms = excluded.placed_ms"),
                 error))
        return false;
    query.addBindValue(placement.rack.trimmed());
    query.addBindValue(placement.position.x);
    query.addBindValue(placement.position.y);
    query.addBindValue(placement.position.z);
    query.addBindValue(notNull(placement.placedBy));
    query.addBindValue(placement.placedMs);
    query.addBindValue(agentId.toLower());
    if (!run(query, m_db, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("no host has the agent id %1").arg(agentId);
        return false;
    }
    return true;
}

bool PlacementRepository::clear(const QString &agentId, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, QStringLiteral("DELETE FROM host_placements WHERE agent_id = ?"), error))
        return false;
    query.addBindValue(agentId.toLower());
    return run(query, m_db, error);
}

QHash<QString, HostPlacement> PlacementRepository::all(QString *error) const
{
    QHash<QString, HostPlacement> placements;
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("SELECT agent_id, rack, position_x, position_y, position_z, placed_by, placed_ms"
                                " FROM host_placements"),
                 error)
        || !run(query, m_db, error))
        return placements;
    while (query.next()) {
        placements.insert(query.value(0).toString(),
                          HostPlacement{query.value(1).toString(),
                                        RackPosition{query.value(2).toDouble(), query.value(3).toDouble(),
                                                     query.value(4).toDouble()},
                                        query.value(5).toString(), query.value(6).toLongLong()});
    }
    return placements;
}

}  // namespace mirrorstage::store
