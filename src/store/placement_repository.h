#pragma once
// Where operators moved hosts in the rack view. A placement outranks the rack and position the
// agent's configuration reports, survives restarts, and goes when the host is removed.

#include "host_sample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace mirrorstage::store {

struct HostPlacement {
    QString rack;
    RackPosition position;
    QString placedBy;
    qint64 placedMs = 0;
};

class PlacementRepository {
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)
public:
    explicit PlacementRepository(const QSqlDatabase &db) : m_db(db) {}

    // Fails for an unknown agent or an empty rack name.
    bool place(const QString &agentId, const HostPlacement &placement, QString *error);
    // Back to what the agent reports; true also when there was no placement.
    bool clear(const QString &agentId, QString *error);
    QHash<QString, HostPlacement> all(QString *error) const;

private:
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
