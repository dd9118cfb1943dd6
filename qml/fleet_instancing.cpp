#include "fleet_instancing.h"

namespace mirrorstage::scene {

FleetInstancing::FleetInstancing(QQuick3DObject *parent)
    : QQuick3DInstancing(parent)
{
}

void FleetInstancing::setFleet(FleetScene *fleet)
{
    if (fleet == m_fleet)
        return;
    disconnect(m_connection);
    m_fleet = fleet;
    if (m_fleet) {
        m_connection = connect(m_fleet, &FleetScene::instancesChanged, this, [this](FleetScene::Table table) {
            if (table == m_table)
                markDirty();
        });
    }
    markDirty();
    emit fleetChanged();
}

void FleetInstancing::setTable(FleetScene::Table table)
{
    if (table == m_table)
        return;
    m_table = table;
    markDirty();
    emit tableChanged();
}

QByteArray FleetInstancing::getInstanceBuffer(int *instanceCount)
{
    if (!m_fleet) {
        *instanceCount = 0;
        return {};
    }
    return m_fleet->instanceBuffer(m_table, instanceCount);
}

}  // namespace mirrorstage::scene
