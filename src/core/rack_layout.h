#pragma once
// Where racks stand and where a host stands in them.
//
// racks.json (resources/demo/racks.json is an example):
//   {"racks": [{"name": "rack-a", "position": {"x": 0, "z": 0}, "orientation": 0,
//               "size": {"columns": 1, "slots": 42, "depth": 1}}]}
//   position     metres on the floor: x to the right, z towards the operator
//   orientation  degrees about the vertical axis; 0 means the rack's front faces +z
//   size         columns of hosts side by side, rack-unit slots (1U = 44.45 mm), rows in depth
// Racks that agents report but the file does not name are added in a row to the right.
//
// A host's position (the agent's `position`, or where the operator moved it) counts in the rack:
// x the column from 0, y the slot from 1 at the bottom, z the depth row from 0 at the front.
// Hosts without a rack stand in the "unplaced" row in front of the racks.

#include "host_sample.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mirrorstage::core {

struct RackSpec {
    QString name;
    double x = 0, z = 0;      // metres
    double orientationDegrees = 0;
    int columns = 1;
    int slotCount = 42;  // not "slots": a Qt keyword
    int depthRows = 1;
    bool declared = false;  // named in the layout file (else added because an agent reported it)

    friend bool operator==(const RackSpec &, const RackSpec &) = default;
};

// A point in the room, metres; y up from the floor.
struct RoomPoint {
    double x = 0, y = 0, z = 0;
    double yawDegrees = 0;
};

class RackLayout {
    Q_DECLARE_TR_FUNCTIONS(RackLayout)
public:
    static constexpr double kColumnWidthM = 0.60;
    static constexpr double kSlotHeightM = 0.04445;
    static constexpr double kDepthRowM = 1.00;
    static constexpr double kRackGapM = 0.60;    // between auto-placed racks
    static constexpr double kUnplacedRowZM = 2.5; // the unplaced row, in front of the racks
    static constexpr double kUnplacedSpacingM = 0.8;

    // Parses racks.json; nullopt with *error (naming the file, the rack and the key) when it is
    // not what the format above says. Duplicate rack names are an error.
    static std::optional<RackLayout> parse(const QByteArray &json, const QString &source, QString *error);
    // A missing file is an empty layout, not an error (racks then come from the agents).
    static std::optional<RackLayout> load(const QString &path, QString *error);

    const QList<RackSpec> &racks() const { return m_racks; }
    const RackSpec *find(const QString &name) const;
    // Adds a rack an agent reported, to the right of the others; true if it was new.
    bool ensure(const QString &name);

    // The centre of a host's box in the room. Needs a known rack (ensure() it first).
    std::optional<RoomPoint> hostCentre(const QString &rack, const RackPosition &position) const;
    // The centre of the index-th box of the unplaced row.
    static RoomPoint unplacedCentre(int index);
    // A rack's outer size in metres (width, height, depth), for frames and labels.
    static RoomPoint rackExtent(const RackSpec &rack);

private:
    QList<RackSpec> m_racks;
};

}  // namespace mirrorstage::core
