#include "instance_table.h"

#include <QMatrix3x3>
#include <QQuaternion>
#include <cmath>
#include <numbers>

namespace mirrorstage::scene::table {

namespace {

// Only to reach QQuick3DInstancing's protected helper; never instantiated.
struct QtTableMath : QQuick3DInstancing {
    using QQuick3DInstancing::calculateTableEntry;
};

}  // namespace

Entry box(const QVector3D &centre, const QVector3D &size, float yawDegrees, const QVector4D &colour,
          const QVector4D &data)
{
    // The matrix of translate * rotate-about-y * scale, written out: this runs for every host at
    // every layout change, and the general euler/quaternion path costs several times more.
    const float yaw = yawDegrees * float(std::numbers::pi) / 180.0f;
    const float c = std::cos(yaw), s = std::sin(yaw);
    Entry entry;
    entry.row0 = {c * size.x(), 0, s * size.z(), centre.x()};
    entry.row1 = {0, size.y(), 0, centre.y()};
    entry.row2 = {-s * size.x(), 0, c * size.z(), centre.z()};
    entry.color = colour;
    entry.instanceData = data;
    return entry;
}

Entry beam(const QVector3D &from, const QVector3D &to, float thickness, const QVector4D &colour)
{
    const QVector3D along = to - from;
    const float length = along.length();
    const QQuaternion turn = length > 0 ? QQuaternion::rotationTo({0, 1, 0}, along / length) : QQuaternion();
    const QMatrix3x3 r = turn.toRotationMatrix();
    const QVector3D size(thickness, length, thickness);
    const QVector3D centre = (from + to) / 2;
    Entry entry;
    entry.row0 = {r(0, 0) * size.x(), r(0, 1) * size.y(), r(0, 2) * size.z(), centre.x()};
    entry.row1 = {r(1, 0) * size.x(), r(1, 1) * size.y(), r(1, 2) * size.z(), centre.y()};
    entry.row2 = {r(2, 0) * size.x(), r(2, 1) * size.y(), r(2, 2) * size.z(), centre.z()};
    entry.color = colour;
    entry.instanceData = {};
    return entry;
}

QVector4D linearColour(const QColor &colour)
{
    return QtTableMath::calculateTableEntry({}, {1, 1, 1}, {}, colour).color;
}

QVector4D displayColour(const QColor &colour)
{
    return {float(colour.redF()), float(colour.greenF()), float(colour.blueF()), float(colour.alphaF())};
}

}  // namespace mirrorstage::scene::table
