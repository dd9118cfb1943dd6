#pragma once
// The fleet as a tree for the Fleet dock: racks (those of racks.json, those agents report, and
// "Unplaced" when some host has no rack), each with its hosts sorted by name. Follows FleetState
// with row inserts, removals and ranged dataChanged — never a reset per frame — so that the
// view keeps its expanded racks, its selection and its scroll position while 10,000 hosts change.

#include "fleet_state.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace mirrorstage::app {

class FleetTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, HealthColumn, CpuColumn, MemoryColumn, LinkColumn, ColumnCount };
    enum Role {
        AgentIdRole = Qt::UserRole + 1,  // empty on rack rows
        RackRole,                        // the rack's name ("" for Unplaced)
        HealthKeyRole,                   // "ok", "warning", ... on host rows
        TagsRole,                        // QStringList on host rows
        IsRackRole,
        SearchTextRole,                  // what the filter's free text matches
    };

    explicit FleetTreeModel(core::FleetState &state, QObject *parent = nullptr);
    ~FleetTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfHost(const QString &agentId) const;
    // Call after a language change: headers and rack summaries are texts.
    void retranslate();

private:
    struct RackNode {
        QString name;  // empty: the Unplaced group
        QStringList hosts;  // agent ids, sorted by hostname then id
    };
    void onChanged(const core::FleetChange &change);
    void syncRacks();
    void removeHost(const QString &agentId);
    void insertHost(const QString &agentId);
    int rackRow(const QString &rackName) const;
    int insertRack(const QString &rackName);
    QString rackOf(const QString &agentId) const;
    QVariant hostData(const core::HostEntry &host, int column, int role) const;
    QVariant rackData(const RackNode &rack, int column, int role) const;
    bool hostLess(const QString &a, const QString &b) const;

    core::FleetState &m_state;
    std::vector<std::unique_ptr<RackNode>> m_racks;  // declared racks in file order, then reported ones by name, Unplaced last
    QHash<QString, RackNode *> m_hostRack;           // where each host is listed now
    QHash<QString, QString> m_hostName;              // the name it was sorted by
};

}  // namespace mirrorstage::app
