#pragma once
// SceneBoxGeometry: the unit box (-0.5..0.5) the boxes of the scene are drawn with. Four vertices
// per face, each carrying its face's normal: the box shaders (shaders/) shade a face by it and fold
// away the faces a neighbour covers (FleetScene's hidden-face bits). With facingHalf, only the +x,
// +y and +z faces: shaders/host_box.vert turns each to the side the camera sees.

#include <QQuick3DGeometry>
#include <QtQml/qqmlregistration.h>

namespace mirrorstage::scene {

class SceneBoxGeometry : public QQuick3DGeometry {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool facingHalf READ facingHalf WRITE setFacingHalf NOTIFY facingHalfChanged)
public:
    explicit SceneBoxGeometry(QQuick3DObject *parent = nullptr);
    bool facingHalf() const { return m_facingHalf; }
    void setFacingHalf(bool half);

signals:
    void facingHalfChanged();

private:
    void build();
    bool m_facingHalf = false;
};

}  // namespace mirrorstage::scene
