#include "rack_list_model.h"

namespace mirrorstage::scene {

int RackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_racks.size());
}

QVariant RackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rack &rack = m_racks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return rack.name;
    case LabelPositionRole: return rack.labelPosition;
    case YawRole: return rack.yawDegrees;
    case HostCountRole: return rack.hostCount;
    }
    return {};
}

QHash<int, QByteArray> RackListModel::roleNames() const
{
    return {{NameRole, "name"}, {LabelPositionRole, "labelPosition"}, {YawRole, "yaw"}, {HostCountRole, "hostCount"}};
}

void RackListModel::setRacks(const QList<Rack> &racks)
{
    if (racks == m_racks)
        return;
    if (racks.size() == m_racks.size()) {
        m_racks = racks;
        emit dataChanged(index(0), index(int(m_racks.size()) - 1));
        return;
    }
    beginResetModel();
    m_racks = racks;
    endResetModel();
}

}  // namespace mirrorstage::scene
