#pragma once
// The racks of the scene as a small list model, for their labels (a Repeater3D over a few dozen
// racks; hosts never become delegates).

#include <QAbstractListModel>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace mirrorstage::scene {

class RackListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RackListModel comes from FleetScene.racks")
public:
    enum Role { NameRole = Qt::UserRole + 1, LabelPositionRole, YawRole, HostCountRole };
    struct Rack {
        QString name;
        QVector3D labelPosition;  // above the rack's top, at its front
        float yawDegrees = 0;
        int hostCount = 0;
        friend bool operator==(const Rack &, const Rack &) = default;
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRacks(const QList<Rack> &racks);

private:
    QList<Rack> m_racks;
};

}  // namespace mirrorstage::scene
