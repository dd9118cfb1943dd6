#pragma once
// Instance-table arithmetic: entries for boxes and beams in the layout QQuick3DInstancing wants.

#include <QColor>
#include <QQuick3DInstancing>
#include <QVector3D>
#include <QVector4D>

namespace mirrorstage::scene::table {

using Entry = QQuick3DInstancing::InstanceTableEntry;
// A box of the given size (scene units) at centre, turned by yaw about +y.
Entry box(const QVector3D &centre, const QVector3D &size, float yawDegrees, const QVector4D &colour,
          const QVector4D &data = {});
// A thin box from one point to another.
Entry beam(const QVector3D &from, const QVector3D &to, float thickness, const QVector4D &colour);
// A colour for a table drawn with DefaultMaterial: linear, as QQuick3DInstancing's own
// calculateTableEntry stores it (the material converts it back for the screen).
QVector4D linearColour(const QColor &colour);
// A colour for a table drawn with the scene's box material (shaders/scene_box.*), which writes
// the colour to the screen as it is: the sRGB components.
QVector4D displayColour(const QColor &colour);

}  // namespace mirrorstage::scene::table
