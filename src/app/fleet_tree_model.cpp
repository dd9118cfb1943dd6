#include "fleet_tree_model.h"

#include "health_icons.h"

#include <QLocale>
#include <algorithm>

namespace mirrorstage::app {

FleetTreeModel::FleetTreeModel(core::FleetState &state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
{
    connect(&m_state, &core::FleetState::changed, this, &FleetTreeModel::onChanged);
    syncRacks();
    for (auto it = m_state.hosts().cbegin(); it != m_state.hosts().cend(); ++it)
        insertHost(it.key());
}

FleetTreeModel::~FleetTreeModel() = default;

QString FleetTreeModel::rackOf(const QString &agentId) const
{
    const core::HostEntry *host = m_state.host(agentId);
    return host ? host->rack() : QString();
}

bool FleetTreeModel::hostLess(const QString &a, const QString &b) const
{
    const QString nameA = m_hostName.value(a), nameB = m_hostName.value(b);
    const int byName = QString::compare(nameA, nameB, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a < b;
}

int FleetTreeModel::rackRow(const QString &rackName) const
{
    for (size_t i = 0; i < m_racks.size(); ++i) {
        if (m_racks[i]->name == rackName)
            return int(i);
    }
    return -1;
}

int FleetTreeModel::insertRack(const QString &rackName)
{
    // Declared and reported racks in the layout's order; Unplaced always last.
    int row = int(m_racks.size());
    if (!rackName.isEmpty()) {
        const QList<core::RackSpec> &order = m_state.layout().racks();
        const auto position = [&](const QString &name) {
            for (qsizetype i = 0; i < order.size(); ++i) {
                if (order[i].name == name)
                    return i;
            }
            return order.size();
        };
        const qsizetype mine = position(rackName);
        row = 0;
        while (row < int(m_racks.size()) && !m_racks[row]->name.isEmpty() && position(m_racks[row]->name) <= mine)
            ++row;
    }
    beginInsertRows({}, row, row);
    auto node = std::make_unique<RackNode>();
    node->name = rackName;
    m_racks.insert(m_racks.begin() + row, std::move(node));
    endInsertRows();
    return row;
}

void FleetTreeModel::syncRacks()
{
    for (const core::RackSpec &rack : m_state.layout().racks()) {
        if (rackRow(rack.name) < 0)
            insertRack(rack.name);
    }
}

void FleetTreeModel::removeHost(const QString &agentId)
{
    RackNode *rack = m_hostRack.value(agentId);
    if (!rack)
        return;
    const int rackIndex = rackRow(rack->name);
    const int row = int(rack->hosts.indexOf(agentId));
    beginRemoveRows(index(rackIndex, 0), row, row);
    rack->hosts.removeAt(row);
    m_hostRack.remove(agentId);
    m_hostName.remove(agentId);
    endRemoveRows();
    // The Unplaced group goes when empty; racks stay (the layout names them).
    if (rack->name.isEmpty() && rack->hosts.isEmpty()) {
        beginRemoveRows({}, rackIndex, rackIndex);
        m_racks.erase(m_racks.begin() + rackIndex);
        endRemoveRows();
    }
}

void FleetTreeModel::insertHost(const QString &agentId)
{
    const core::HostEntry *host = m_state.host(agentId);
    if (!host)
        return;
    const QString rackName = host->rack();
    int rackIndex = rackRow(rackName);
    if (rackIndex < 0)
        rackIndex = insertRack(rackName);
    RackNode *rack = m_racks[rackIndex].get();
    m_hostName.insert(agentId, host->identity.hostname);
    const auto at = std::lower_bound(rack->hosts.begin(), rack->hosts.end(), agentId,
                                     [this](const QString &a, const QString &b) { return hostLess(a, b); });
    const int row = int(at - rack->hosts.begin());
    beginInsertRows(index(rackIndex, 0), row, row);
    rack->hosts.insert(row, agentId);
    m_hostRack.insert(agentId, rack);
    endInsertRows();
}

void FleetTreeModel::onChanged(const core::FleetChange &change)
{
    for (const QString &id : change.removed)
        removeHost(id);
    if (change.layout)
        syncRacks();
    // Moves first (a row insert or removal shifts the rows after it), then the ranges of rows
    // that changed in place.
    const QStringList changed = change.added + change.updated;
    for (const QString &id : changed) {
        const core::HostEntry *host = m_state.host(id);
        const RackNode *listed = m_hostRack.value(id);
        if (host && (!listed || listed->name != host->rack() || m_hostName.value(id) != host->identity.hostname)) {
            removeHost(id);
            insertHost(id);
        }
    }
    QHash<RackNode *, std::pair<int, int>> touched;  // rack -> first and last changed row
    for (const QString &id : changed) {
        RackNode *listed = m_hostRack.value(id);
        if (!listed)
            continue;
        const int row = int(listed->hosts.indexOf(id));
        auto range = touched.find(listed);
        if (range == touched.end())
            touched.insert(listed, {row, row});
        else
            *range = {std::min(range->first, row), std::max(range->second, row)};
    }
    // One dataChanged per rack over the rows that changed, and the rack's own summary.
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QModelIndex rackIndex = index(rackRow(it.key()->name), 0);
        emit dataChanged(index(it->first, 0, rackIndex), index(it->second, ColumnCount - 1, rackIndex));
        emit dataChanged(rackIndex, rackIndex.siblingAtColumn(ColumnCount - 1));
    }
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_racks.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_racks.size()))
        return {};
    RackNode *rack = m_racks[parent.row()].get();
    return row < rack->hosts.size() ? createIndex(row, column, rack) : QModelIndex();
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *rack = static_cast<const RackNode *>(child.internalPointer());
    return createIndex(rackRow(rack->name), 0, nullptr);
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_racks.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_racks[parent.row()]->hosts.size());
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex FleetTreeModel::indexOfHost(const QString &agentId) const
{
    RackNode *rack = m_hostRack.value(agentId);
    if (!rack)
        return {};
    return createIndex(int(rack->hosts.indexOf(agentId)), 0, rack);
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!index.internalPointer())
        return rackData(*m_racks[index.row()], index.column(), role);
    const auto *rack = static_cast<const RackNode *>(index.internalPointer());
    const core::HostEntry *host = m_state.host(rack->hosts.at(index.row()));
    return host ? hostData(*host, index.column(), role) : QVariant();
}

namespace {

QString percent(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) + QStringLiteral(" %") : QString();
}

}  // namespace

QVariant FleetTreeModel::hostData(const core::HostEntry &host, int column, int role) const
{
    switch (role) {
    case AgentIdRole: return host.agentId;
    case RackRole: return host.rack();
    case HealthKeyRole: return core::healthKey(host.health.health);
    case TagsRole: return host.identity.tags;
    case IsRackRole: return false;
    case SearchTextRole:
        return QStringList{host.identity.hostname, host.agentId, host.rack(), host.identity.tags.join(QLatin1Char(' ')),
                           core::healthKey(host.health.health), core::healthName(host.health.health)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        return host.health.reasons.isEmpty() ? core::healthName(host.health.health)
                                              : host.health.reasons.join(QLatin1Char('\n'));
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(HealthIcons::icon(host.health.health)) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= CpuColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return host.identity.hostname.isEmpty() ? host.agentId : host.identity.hostname;
        case HealthColumn: return core::healthName(host.health.health);
        case CpuColumn: return percent(host.vitals.cpuPercent);
        case MemoryColumn: return percent(host.vitals.memoryPercent);
        case LinkColumn: {
            const std::optional<double> load = host.vitals.linkUtilisation();
            return load ? percent(*load * 100) : QString();
        }
        }
    }
    return {};
}

QVariant FleetTreeModel::rackData(const RackNode &rack, int column, int role) const
{
    switch (role) {
    case AgentIdRole: return QString();
    case RackRole: return rack.name;
    case IsRackRole: return true;
    case SearchTextRole: return rack.name;
    case Qt::DisplayRole:
        if (column == NameColumn)
            return rack.name.isEmpty() ? tr("Unplaced") : rack.name;
        if (column == HealthColumn) {
            int online = 0, troubled = 0;
            for (const QString &id : rack.hosts) {
                if (const core::HostEntry *host = m_state.host(id)) {
                    online += host->online;
                    troubled += host->health.health == core::Health::Warning || host->health.health == core::Health::Critical;
                }
            }
            QString text = tr("%1/%2 online").arg(online).arg(rack.hosts.size());
            if (troubled > 0)
                text += QStringLiteral(", ") + tr("%n need(s) attention", nullptr, troubled);
            return text;
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(HealthIcons::rackIcon()) : QVariant();
    }
    return {};
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Host");
    case HealthColumn: return tr("Health");
    case CpuColumn: return tr("CPU");
    case MemoryColumn: return tr("Memory");
    case LinkColumn: return tr("Link load");
    }
    return {};
}

void FleetTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_racks.empty())
        emit dataChanged(index(0, 0), index(int(m_racks.size()) - 1, ColumnCount - 1));
}

}  // namespace mirrorstage::app
