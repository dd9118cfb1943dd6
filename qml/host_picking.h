#pragma once
// Picking a host under the mouse without help from the renderer (Qt 6.4 has no
// PickResult.instanceIndex): a ray against oriented boxes, in scene coordinates. Boxes turn only
// about the vertical axis (a rack's yaw), as Qt Quick 3D's eulerRotation.y turns a node.
// PickIndex groups the boxes of one rack, so a ray that misses a rack skips its hosts.

#include <QVector3D>

#include <optional>
#include <span>
#include <vector>

namespace mirrorstage::scene {

struct PickBox {
    QVector3D centre;
    QVector3D halfSize;
    float yawDegrees = 0;
};

struct Ray {
    QVector3D origin;
    QVector3D direction;  // need not be normalised; distances count in its length
};

// Where along the ray (origin + t * direction, t >= 0) it enters the box; 0 when it starts inside.
std::optional<float> rayHitsBox(const Ray &ray, const PickBox &box);

struct PickHit {
    int index = -1;  // into the boxes given; -1: nothing hit
    float distance = 0;
    bool isHit() const { return index >= 0; }
};

// The nearest box the ray hits; a plain scan (tests, few boxes).
PickHit pickNearest(const Ray &ray, std::span<const PickBox> boxes);

// The same answer as pickNearest, faster for many boxes: boxes come in groups sharing a yaw (the
// hosts of one rack), each group bounded by one box that a ray must hit before its members are
// tested.
class PickIndex {
public:
    void clear();
    // Boxes of one group; every box must have the group's yaw.
    void addGroup(std::span<const PickBox> boxes, std::span<const int> ids, float yawDegrees);
    PickHit pick(const Ray &ray) const;  // index is the id given with the box
    int size() const { return int(m_boxes.size()); }

private:
    struct Group {
        PickBox bounds;
        int first = 0, count = 0;
    };
    std::vector<PickBox> m_boxes;
    std::vector<int> m_ids;
    std::vector<Group> m_groups;
};

}  // namespace mirrorstage::scene
