#include "scene_box_geometry.h"

#include <QVector3D>
#include <array>
#include <span>

namespace mirrorstage::scene {

SceneBoxGeometry::SceneBoxGeometry(QQuick3DObject *parent)
    : QQuick3DGeometry(parent)
{
    build();
}

void SceneBoxGeometry::setFacingHalf(bool half)
{
    if (half == m_facingHalf)
        return;
    m_facingHalf = half;
    build();
    emit facingHalfChanged();
}

void SceneBoxGeometry::build()
{
    clear();
    struct Vertex {
        float x, y, z;
        float nx, ny, nz;
    };
    struct Face {
        QVector3D normal, u, v;  // u x v == normal: counter-clockwise seen from outside
    };
    const std::array<Face, 6> all = {{
        {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}},
        {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
        {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
        {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
        {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
        {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}},
    }};
    const std::span<const Face> faces(all.data(), m_facingHalf ? 3 : 6);
    QByteArray vertices(int(faces.size() * 4 * sizeof(Vertex)), Qt::Uninitialized);
    QByteArray indices(int(faces.size() * 6 * sizeof(quint16)), Qt::Uninitialized);
    auto *vertex = reinterpret_cast<Vertex *>(vertices.data());
    auto *index = reinterpret_cast<quint16 *>(indices.data());
    quint16 first = 0;
    for (const Face &face : faces) {
        const float corners[4][2] = {{-0.5f, -0.5f}, {0.5f, -0.5f}, {0.5f, 0.5f}, {-0.5f, 0.5f}};
        for (const auto &corner : corners) {
            const QVector3D p = face.normal * 0.5f + face.u * corner[0] + face.v * corner[1];
            *vertex++ = {p.x(), p.y(), p.z(), face.normal.x(), face.normal.y(), face.normal.z()};
        }
        for (quint16 i : {0, 1, 2, 0, 2, 3})
            *index++ = quint16(first + i);
        first = quint16(first + 4);
    }
    setVertexData(vertices);
    setIndexData(indices);
    setStride(sizeof(Vertex));
    setPrimitiveType(PrimitiveType::Triangles);
    setBounds({-0.5f, -0.5f, -0.5f}, {0.5f, 0.5f, 0.5f});
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::NormalSemantic, 3 * sizeof(float), Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U16Type);
    update();
}

}  // namespace mirrorstage::scene
