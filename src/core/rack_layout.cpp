#include "rack_layout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <numbers>

namespace mirrorstage::core {

namespace {

bool readNumber(const QJsonObject &object, const char *key, double min, double max, double &out, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        *problem = RackLayout::tr("\"%1\" must be a number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max);
        return false;
    }
    out = value.toDouble();
    return true;
}

bool readCount(const QJsonObject &object, const char *key, int max, int &out, QString *problem)
{
    double value = out;
    if (!readNumber(object, key, 1, max, value, problem))
        return false;
    if (value != std::floor(value)) {
        *problem = RackLayout::tr("\"%1\" must be a whole number").arg(QLatin1String(key));
        return false;
    }
    out = int(value);
    return true;
}

bool onlyKeys(const QJsonObject &object, std::initializer_list<const char *> allowed, QString *problem)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            *problem = RackLayout::tr("unknown key \"%1\"").arg(it.key());
            return false;
        }
    }
    return true;
}

std::optional<RackSpec> parseRack(const QJsonValue &value, QString *problem)
{
    if (!value.isObject()) {
        *problem = RackLayout::tr("a rack must be an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!onlyKeys(object, {"name", "position", "orientation", "size"}, problem))
        return std::nullopt;
    RackSpec rack;
    rack.declared = true;
    rack.name = object.value(QLatin1String("name")).toString().trimmed();
    if (rack.name.isEmpty()) {
        *problem = RackLayout::tr("\"name\" must be a non-empty string");
        return std::nullopt;
    }
    const QJsonValue position = object.value(QLatin1String("position"));
    if (!position.isUndefined()) {
        if (!position.isObject() || !onlyKeys(position.toObject(), {"x", "z"}, problem)) {
            if (problem->isEmpty())
                *problem = RackLayout::tr("\"position\" must be an object with x and z in metres");
            return std::nullopt;
        }
        if (!readNumber(position.toObject(), "x", -10'000, 10'000, rack.x, problem)
            || !readNumber(position.toObject(), "z", -10'000, 10'000, rack.z, problem))
            return std::nullopt;
    }
    if (!readNumber(object, "orientation", -360, 360, rack.orientationDegrees, problem))
        return std::nullopt;
    const QJsonValue size = object.value(QLatin1String("size"));
    if (!size.isUndefined()) {
        if (!size.isObject() || !onlyKeys(size.toObject(), {"columns", "slots", "depth"}, problem)) {
            if (problem->isEmpty())
                *problem = RackLayout::tr("\"size\" must be an object with columns, slots and depth");
            return std::nullopt;
        }
        if (!readCount(size.toObject(), "columns", 64, rack.columns, problem)
            || !readCount(size.toObject(), "slots", 256, rack.slotCount, problem)
            || !readCount(size.toObject(), "depth", 16, rack.depthRows, problem))
            return std::nullopt;
    }
    return rack;
}

}  // namespace

std::optional<RackLayout> RackLayout::parse(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not valid JSON at byte %2: %3").arg(source).arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    QString problem;
    if (!document.isObject() || !onlyKeys(document.object(), {"racks"}, &problem)
        || !document.object().value(QLatin1String("racks")).isArray()) {
        *error = tr("%1: expected {\"racks\": [...]}%2").arg(source, problem.isEmpty() ? QString() : QStringLiteral("; ") + problem);
        return std::nullopt;
    }
    RackLayout layout;
    QSet<QString> names;
    const QJsonArray racks = document.object().value(QLatin1String("racks")).toArray();
    for (qsizetype i = 0; i < racks.size(); ++i) {
        std::optional<RackSpec> rack = parseRack(racks.at(i), &problem);
        if (!rack) {
            *error = tr("%1: rack %2: %3").arg(source).arg(i + 1).arg(problem);
            return std::nullopt;
        }
        if (names.contains(rack->name)) {
            *error = tr("%1: rack \"%2\" is named twice").arg(source, rack->name);
            return std::nullopt;
        }
        names.insert(rack->name);
        layout.m_racks.append(*rack);
    }
    return layout;
}

std::optional<RackLayout> RackLayout::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return RackLayout{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the rack layout %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

const RackSpec *RackLayout::find(const QString &name) const
{
    for (const RackSpec &rack : m_racks) {
        if (rack.name == name)
            return &rack;
    }
    return nullptr;
}

bool RackLayout::ensure(const QString &name)
{
    if (name.isEmpty() || find(name))
        return false;
    RackSpec rack;
    rack.name = name;
    double right = -kRackGapM - kColumnWidthM / 2;
    for (const RackSpec &other : std::as_const(m_racks))
        right = std::max(right, other.x + rackExtent(other).x / 2);
    rack.x = right + kRackGapM + kColumnWidthM / 2;
    m_racks.append(rack);
    return true;
}

RoomPoint RackLayout::rackExtent(const RackSpec &rack)
{
    return {rack.columns * kColumnWidthM, rack.slotCount * kSlotHeightM, rack.depthRows * kDepthRowM, 0};
}

std::optional<RoomPoint> RackLayout::hostCentre(const QString &rackName, const RackPosition &position) const
{
    const RackSpec *rack = find(rackName);
    if (!rack)
        return std::nullopt;
    const RoomPoint extent = rackExtent(*rack);
    // In the rack's own frame: origin at the centre of its footprint, front towards +z.
    const double localX = -extent.x / 2 + (position.x + 0.5) * kColumnWidthM;
    const double localZ = extent.z / 2 - (position.z + 0.5) * kDepthRowM;
    const double y = (std::max(position.y, 1.0) - 0.5) * kSlotHeightM;
    const double yaw = rack->orientationDegrees * std::numbers::pi / 180.0;
    // Turning about +y by yaw (counter-clockwise seen from above), as Qt Quick 3D's eulerRotation.y does.
    const double x = rack->x + localX * std::cos(yaw) + localZ * std::sin(yaw);
    const double z = rack->z - localX * std::sin(yaw) + localZ * std::cos(yaw);
    return RoomPoint{x, y, z, rack->orientationDegrees};
}

RoomPoint RackLayout::unplacedCentre(int index)
{
    return {index * kUnplacedSpacingM, kSlotHeightM / 2, kUnplacedRowZM, 0};
}

}  // namespace mirrorstage::core
