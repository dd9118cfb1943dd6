#pragma once
// FleetInstancing: one of FleetScene's instancing tables as a Qt Quick 3D instancing source.
// It holds no data itself: markDirty() when FleetScene says the table changed, and the table is
// rewritten by FleetScene::instanceBuffer during the next sync, so at most once per frame.

#include "fleet_scene.h"

#include <QPointer>
#include <QQuick3DInstancing>

namespace mirrorstage::scene {

// In QML: Model { instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.Hosts } }
class FleetInstancing : public QQuick3DInstancing {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mirrorstage::scene::FleetScene *fleet READ fleet WRITE setFleet NOTIFY fleetChanged)
    Q_PROPERTY(mirrorstage::scene::FleetScene::Table table READ table WRITE setTable NOTIFY tableChanged)
public:
    explicit FleetInstancing(QQuick3DObject *parent = nullptr);
    FleetScene *fleet() const { return m_fleet; }
    void setFleet(FleetScene *fleet);
    FleetScene::Table table() const { return m_table; }
    void setTable(FleetScene::Table table);

signals:
    void fleetChanged();
    void tableChanged();

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    QPointer<FleetScene> m_fleet;  // the window may delete it before the scene
    FleetScene::Table m_table = FleetScene::Hosts;
    QMetaObject::Connection m_connection;
};

}  // namespace mirrorstage::scene
