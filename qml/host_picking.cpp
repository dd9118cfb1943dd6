#include "host_picking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace mirrorstage::scene {

namespace {

// Into the frame of a box turned by yaw about +y: the inverse of eulerRotation.y.
QVector3D unturn(const QVector3D &v, float cosYaw, float sinYaw)
{
    return {v.x() * cosYaw - v.z() * sinYaw, v.y(), v.x() * sinYaw + v.z() * cosYaw};
}

QVector3D turn(const QVector3D &v, float cosYaw, float sinYaw)
{
    return {v.x() * cosYaw + v.z() * sinYaw, v.y(), -v.x() * sinYaw + v.z() * cosYaw};
}

float radians(float degrees)
{
    return degrees * float(std::numbers::pi) / 180.0f;
}

}  // namespace

std::optional<float> rayHitsBox(const Ray &ray, const PickBox &box)
{
    const float yaw = radians(box.yawDegrees);
    const float c = std::cos(yaw), s = std::sin(yaw);
    const QVector3D origin = unturn(ray.origin - box.centre, c, s);
    const QVector3D direction = unturn(ray.direction, c, s);
    float enter = 0;
    float leave = std::numeric_limits<float>::max();
    for (int axis = 0; axis < 3; ++axis) {
        const float o = origin[axis], d = direction[axis], h = box.halfSize[axis];
        if (std::abs(d) < 1e-12f) {
            if (o < -h || o > h)
                return std::nullopt;  // parallel to this slab and outside it
            continue;
        }
        float t0 = (-h - o) / d, t1 = (h - o) / d;
        if (t0 > t1)
            std::swap(t0, t1);
        enter = std::max(enter, t0);
        leave = std::min(leave, t1);
        if (enter > leave)
            return std::nullopt;
    }
    return enter;
}

PickHit pickNearest(const Ray &ray, std::span<const PickBox> boxes)
{
    PickHit best;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const std::optional<float> t = rayHitsBox(ray, boxes[i]);
        if (t && (!best.isHit() || *t < best.distance))
            best = {int(i), *t};
    }
    return best;
}

void PickIndex::clear()
{
    m_boxes.clear();
    m_ids.clear();
    m_groups.clear();
}

void PickIndex::addGroup(std::span<const PickBox> boxes, std::span<const int> ids, float yawDegrees)
{
    if (boxes.empty())
        return;
    const float yaw = radians(yawDegrees);
    const float c = std::cos(yaw), s = std::sin(yaw);
    QVector3D low(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                  std::numeric_limits<float>::max());
    QVector3D high = -low;
    for (const PickBox &box : boxes) {
        const QVector3D local = unturn(box.centre, c, s);
        for (int axis = 0; axis < 3; ++axis) {
            low[axis] = std::min(low[axis], local[axis] - box.halfSize[axis]);
            high[axis] = std::max(high[axis], local[axis] + box.halfSize[axis]);
        }
    }
    Group group;
    group.bounds = {turn((low + high) / 2, c, s), (high - low) / 2, yawDegrees};
    group.first = int(m_boxes.size());
    group.count = int(boxes.size());
    m_groups.push_back(group);
    m_boxes.insert(m_boxes.end(), boxes.begin(), boxes.end());
    m_ids.insert(m_ids.end(), ids.begin(), ids.end());
}

PickHit PickIndex::pick(const Ray &ray) const
{
    PickHit best;
    for (const Group &group : m_groups) {
        const std::optional<float> groupHit = rayHitsBox(ray, group.bounds);
        if (!groupHit || (best.isHit() && *groupHit > best.distance))
            continue;
        const PickHit hit = pickNearest(ray, std::span(m_boxes).subspan(group.first, group.count));
        if (hit.isHit() && (!best.isHit() || hit.distance < best.distance))
            best = {m_ids[group.first + hit.index], hit.distance};
    }
    return best;
}

}  // namespace mirrorstage::scene
