#include "fleet_scene.h"

#include "instance_table.h"

#include "fleet_state.h"
#include "host_selection.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

Q_LOGGING_CATEGORY(lcScene, "mirrorstage.scene")

namespace mirrorstage::scene {

namespace {

constexpr float U = FleetScene::kUnitsPerMetre;

// Distinct at a glance and for the common colour-vision deficiencies: the amber and the red
// differ in lightness as well as hue, stale is blue-grey, offline is dark.
const QColor kHealthColours[] = {
    QColor(0x34, 0xc7, 0x59),  // ok: green
    QColor(0xff, 0xb0, 0x20),  // warning: amber
    QColor(0xff, 0x30, 0x30),  // critical: red
    QColor(0x78, 0x8f, 0xb8),  // stale: grey-blue
    QColor(0x4a, 0x4e, 0x56),  // offline: dark grey
};
const QColor kProblemColour(0xff, 0x40, 0xe0);
const QColor kLinkUnknown(0x8c, 0x90, 0x99);
const QColor kLinkLow(0x3d, 0xdc, 0x84);
const QColor kLinkMid(0xff, 0xb0, 0x20);
const QColor kLinkHigh(0xff, 0x30, 0x30);
const QColor kRackFrame(0x9a, 0xa3, 0xad);
const QColor kRackShell(0x0e, 0x10, 0x13);

constexpr float kFrameThickness = 2.0f;   // 2 cm: rack frame edges
constexpr float kLinkThickness = 0.8f;    // 8 mm: link-load lines
constexpr float kLinkInFront = 3.0f;      // link lines run 3 cm in front of the rack
constexpr float kLabelAboveRack = 12.0f;  // rack labels float 12 cm above the rack

// Hidden-face bits, as shaders/scene_box.vert reads them.
enum Face : quint8 { PlusX = 1, MinusX = 2, PlusY = 4, MinusY = 8, PlusZ = 16, MinusZ = 32 };

QVector3D turn(const QVector3D &v, float yawDegrees)
{
    const float yaw = yawDegrees * float(std::numbers::pi) / 180.0f;
    const float c = std::cos(yaw), s = std::sin(yaw);
    return {v.x() * c + v.z() * s, v.y(), -v.x() * s + v.z() * c};
}

QVector3D unturn(const QVector3D &v, float yawDegrees)
{
    return turn(v, -yawDegrees);
}

// A slot in a rack as one number, for neighbours and drops; nullopt when a coordinate is not a
// whole number in range (such a host neither hides nor is hidden).
std::optional<quint64> slotKey(int rack, double column, double slot, double row)
{
    slot = std::max(slot, 1.0);  // as RackLayout::hostCentre places it
    const auto whole = [](double v, double max) { return v >= 0 && v < max && v == std::floor(v); };
    if (rack < 0 || !whole(column, 1 << 16) || !whole(slot, 1 << 16) || !whole(row, 1 << 8))
        return std::nullopt;
    return (quint64(rack) << 40) | (quint64(column) << 24) | (quint64(slot) << 8) | quint64(row);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

float linkLoad(const core::HostEntry &entry)
{
    const std::optional<double> load = entry.vitals.linkUtilisation();
    return load ? float(*load) : -1.0f;
}

}  // namespace

FleetScene::FleetScene(core::FleetState &state, core::HostSelection &selection, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_selection(selection)
{
    for (int i = 0; i < 5; ++i)
        m_healthColours[i] = table::displayColour(kHealthColours[i]);
    m_problemColour = table::linearColour(kProblemColour);
    connect(&m_state, &core::FleetState::changed, this, &FleetScene::stateChanged);
    connect(&m_selection, &core::HostSelection::changed, this, &FleetScene::selectionChangedElsewhere);
    relayout();
}

FleetScene::~FleetScene() = default;

QVector3D FleetScene::hostBoxSize() const
{
    return {float(core::RackLayout::kColumnWidthM) * U * kBoxFillX, float(core::RackLayout::kSlotHeightM) * U * kBoxFillY,
            float(core::RackLayout::kDepthRowM) * U * kBoxFillZ};
}

void FleetScene::stateChanged(const core::FleetChange &change)
{
    if (change.layout || !change.added.isEmpty() || !change.removed.isEmpty()) {
        relayout();
        return;
    }
    for (const QString &agentId : change.updated) {
        const int index = m_indexOf.value(agentId, -1);
        const core::HostEntry *entry = m_state.host(agentId);
        if (index >= 0 && entry)
            refreshHost(index, *entry);
    }
    for (Table table : {Hosts, Problems, Links}) {
        TableState &state = m_tables[table];
        // A hidden window does not sync: past a point, one rewrite is cheaper than the patches.
        if (state.patches.size() > m_hosts.size() / 2) {
            state.full = true;
            state.patches.clear();
        }
        if (state.full || !state.patches.empty())
            emit instancesChanged(table);
    }
    if (!m_hovered.isEmpty())
        emit hoveredChanged();
}

// Everything from scratch: racks, every host's box, neighbours, picking, bounds. Runs when racks
// or hosts come, go or move, not when vitals change.
void FleetScene::relayout()
{
    QElapsedTimer timer;
    timer.start();
    const core::RackLayout &layout = m_state.layout();
    m_racks.clear();
    m_racks.reserve(size_t(layout.racks().size()));
    QHash<QString, int> rackIndex;
    for (const core::RackSpec &spec : layout.racks()) {
        const core::RoomPoint extent = core::RackLayout::rackExtent(spec);
        rackIndex.insert(spec.name, int(m_racks.size()));
        m_racks.push_back({spec.name, QVector3D(float(spec.x), 0, float(spec.z)) * U,
                           QVector3D(float(extent.x), float(extent.y), float(extent.z)) * U,
                           float(spec.orientationDegrees), spec.columns, spec.slotCount, spec.depthRows});
    }

    // Hosts grouped by rack (the unplaced last), so that picking can skip a whole rack at once.
    const int unplacedGroup = int(m_racks.size());
    std::vector<std::vector<const core::HostEntry *>> groups(m_racks.size() + 1);
    for (const core::HostEntry &entry : m_state.hosts()) {
        const int rack = entry.isPlaced() ? rackIndex.value(entry.rack(), -1) : -1;
        groups[size_t(rack < 0 ? unplacedGroup : rack)].push_back(&entry);
    }
    // A host whose rack is missing stands in the unplaced row (FleetState did the same).
    std::sort(groups.back().begin(), groups.back().end(), [](const core::HostEntry *a, const core::HostEntry *b) {
        return a->centre.x < b->centre.x;
    });

    m_hosts.clear();
    m_hosts.reserve(size_t(m_state.hosts().size()));
    m_indexOf.clear();
    m_indexOf.reserve(m_state.hosts().size());
    m_slotOccupant.clear();
    std::vector<std::optional<quint64>> keys;
    keys.reserve(size_t(m_state.hosts().size()));
    for (size_t group = 0; group < groups.size(); ++group) {
        const int rack = int(group) == unplacedGroup ? -1 : int(group);
        for (const core::HostEntry *entry : groups[group]) {
            SceneHost host;
            host.agentId = entry->agentId;
            host.centre = QVector3D(float(entry->centre.x), float(entry->centre.y), float(entry->centre.z)) * U;
            host.yawDegrees = float(entry->centre.yawDegrees);
            host.rack = rack;
            host.health = quint8(entry->health.health);
            host.problem = entry->openProblem;
            host.linkUtilisation = linkLoad(*entry);
            const RackPosition position = entry->position().value_or(RackPosition{0, 1, 0});
            const std::optional<quint64> key = slotKey(rack, position.x, position.y, position.z);
            if (key)
                m_slotOccupant.emplace(*key, int(m_hosts.size()));
            keys.push_back(key);
            if (rack >= 0) {
                // The link runs in front of the rack from the host's height up to the top of the
                // rack (where its switch is), fanned out a little so neighbours' lines part.
                const SceneRack &r = m_racks[size_t(rack)];
                host.hasLink = !entry->vitals.linkInterface.isEmpty();
                const QVector3D local = unturn(host.centre - r.origin, r.yawDegrees);
                const float fan = float(int(std::max(position.y, 1.0)) % 5 - 2) * 0.12f * float(core::RackLayout::kColumnWidthM) * U;
                const float front = r.extent.z() / 2 + kLinkInFront;
                host.linkStart = r.origin + turn({local.x() + fan, local.y(), front}, r.yawDegrees);
                host.linkEnd = r.origin + turn({0, r.extent.y() + kFrameThickness, front}, r.yawDegrees);
            }
            m_indexOf.insert(host.agentId, int(m_hosts.size()));
            m_hosts.push_back(std::move(host));
        }
    }

    // Faces a neighbour covers are folded away by the box shader (most faces of a full rack).
    const auto occupied = [this](std::optional<quint64> key) { return key && m_slotOccupant.count(*key) > 0; };
    for (size_t i = 0; i < m_hosts.size(); ++i) {
        if (!keys[i])
            continue;
        const quint64 k = *keys[i];
        const quint64 column = 1ull << 24, slot = 1ull << 8, row = 1;
        quint8 hidden = 0;
        const quint64 c = (k >> 24) & 0xffff, s = (k >> 8) & 0xffff, r = k & 0xff;
        hidden |= c < 0xffff && occupied(k + column) ? PlusX : 0;
        hidden |= c > 0 && occupied(k - column) ? MinusX : 0;
        hidden |= s < 0xffff && occupied(k + slot) ? PlusY : 0;
        hidden |= s > 1 && occupied(k - slot) ? MinusY : 0;
        hidden |= r > 0 && occupied(k - row) ? PlusZ : 0;  // row numbers grow towards the back
        hidden |= r < 0xff && occupied(k + row) ? MinusZ : 0;
        m_hosts[i].hiddenFaces = hidden;
    }

    // Picking: one group per rack, plus the unplaced row.
    m_pick.clear();
    const QVector3D half = hostBoxSize() / 2;
    std::vector<PickBox> boxes;
    std::vector<int> ids;
    size_t first = 0;
    for (size_t group = 0; group < groups.size(); ++group) {
        boxes.clear();
        ids.clear();
        const size_t count = groups[group].size();
        const float yaw = int(group) == unplacedGroup ? 0.0f : m_racks[group].yawDegrees;
        for (size_t i = first; i < first + count; ++i) {
            boxes.push_back({m_hosts[i].centre, half, m_hosts[i].yawDegrees});
            ids.push_back(int(i));
        }
        m_pick.addGroup(boxes, ids, yaw);
        first += count;
    }

    // Bounds: every rack's corners and every host.
    QVector3D low(std::numeric_limits<float>::max(), 0, std::numeric_limits<float>::max());
    QVector3D high(std::numeric_limits<float>::lowest(), 0, std::numeric_limits<float>::lowest());
    const auto extend = [&low, &high](const QVector3D &p) {
        for (int axis = 0; axis < 3; ++axis) {
            low[axis] = std::min(low[axis], p[axis]);
            high[axis] = std::max(high[axis], p[axis]);
        }
    };
    QList<RackListModel::Rack> rackLabels;
    rackLabels.reserve(qsizetype(m_racks.size()));
    for (size_t i = 0; i < m_racks.size(); ++i) {
        const SceneRack &r = m_racks[i];
        for (float sx : {-0.5f, 0.5f}) {
            for (float sz : {-0.5f, 0.5f})
                extend(r.origin + turn({r.extent.x() * sx, r.extent.y(), r.extent.z() * sz}, r.yawDegrees));
        }
        rackLabels.append({r.name, r.origin + turn({0, r.extent.y() + kLabelAboveRack, r.extent.z() / 2}, r.yawDegrees),
                           r.yawDegrees, int(groups[i].size())});
    }
    for (const SceneHost &host : m_hosts)
        extend(host.centre);
    if (m_hosts.empty() && m_racks.empty()) {
        low = {-100, 0, -100};
        high = {100, 200, 100};
    }
    m_sceneCentre = (low + high) / 2;
    m_sceneRadius = std::max((high - low).length() / 2 + 60.0f, 150.0f);

    m_unplacedCount = int(groups.back().size());
    if (m_unplacedCount > 0) {
        const float start = m_hosts[m_hosts.size() - size_t(m_unplacedCount)].centre.x();
        const float end = m_hosts.back().centre.x();
        const float margin = float(core::RackLayout::kUnplacedSpacingM) * U / 2;
        m_unplacedRowCentre = {(start + end) / 2, 0.5f, float(core::RackLayout::kUnplacedRowZM) * U};
        m_unplacedRowLength = end - start + 2 * margin;
    } else {
        m_unplacedRowCentre = {};
        m_unplacedRowLength = 0;
    }

    m_rackModel.setRacks(rackLabels);
    const int problems = int(std::count_if(m_hosts.begin(), m_hosts.end(), [](const SceneHost &h) { return h.problem; }));
    const int links = int(std::count_if(m_hosts.begin(), m_hosts.end(), [](const SceneHost &h) { return h.hasLink; }));
    for (TableState &table : m_tables) {
        table.full = true;
        table.patches.clear();
    }
    m_lastLayoutMs = double(timer.nsecsElapsed()) / 1e6;
    // Worth a line only when it starts to cost frames (tens of thousands of hosts).
    if (m_lastLayoutMs >= 20)
        qCInfo(lcScene) << "laid out" << m_hosts.size() << "hosts in" << m_racks.size() << "racks in" << m_lastLayoutMs << "ms";

    for (Table table : {Hosts, Problems, Links, RackFrames, RackShells})
        emit instancesChanged(table);
    if (problems != m_problemCount) {
        m_problemCount = problems;
        emit problemCountChanged();
    }
    if (links != m_linkCount) {
        m_linkCount = links;
        emit linkCountChanged();
    }
    updateSelectedIndex();
    emit layoutChanged();
    emit selectionChanged();
    if (!m_hovered.isEmpty())
        emit hoveredChanged();
}

// Vitals or health of one host changed, its place did not: patch its entries, nothing else.
void FleetScene::refreshHost(int index, const core::HostEntry &entry)
{
    SceneHost &host = m_hosts[size_t(index)];
    const quint8 health = quint8(entry.health.health);
    if (health != host.health) {
        host.health = health;
        if (!m_tables[Hosts].full)
            m_tables[Hosts].patches.push_back(index);
    }
    if (entry.openProblem != host.problem) {
        host.problem = entry.openProblem;
        m_problemCount += host.problem ? 1 : -1;
        m_tables[Problems].full = true;
        emit problemCountChanged();
    }
    if (host.rack < 0)
        return;
    const bool hasLink = !entry.vitals.linkInterface.isEmpty();
    const float load = linkLoad(entry);
    if (hasLink != host.hasLink) {
        host.hasLink = hasLink;
        host.linkUtilisation = load;
        m_tables[Links].full = true;
        m_linkCount += hasLink ? 1 : -1;
        emit linkCountChanged();
    } else if (load != host.linkUtilisation) {
        host.linkUtilisation = load;
        if (m_linkOverlayVisible && !m_tables[Links].full && host.linkIndex >= 0)
            m_tables[Links].patches.push_back(index);
    }
}

QByteArray FleetScene::instanceBuffer(Table which, int *count)
{
    TableState &table = m_tables[which];
    if (table.full || !table.patches.empty()) {
        switch (which) {
        case Hosts: writeHostTable(table); break;
        case Links: writeLinkTable(table); break;
        case Problems: writeProblemTable(table); break;
        case RackFrames:
        case RackShells: writeRackTables(); break;
        }
    }
    *count = table.count;
    return table.buffer;
}

void FleetScene::invalidateTables()
{
    for (Table table : {Hosts, Problems, Links, RackFrames, RackShells}) {
        m_tables[table].full = true;
        m_tables[table].patches.clear();
        emit instancesChanged(table);
    }
}

void FleetScene::setFoldHiddenFaces(bool fold)
{
    m_foldHiddenFaces = fold;
    m_tables[Hosts].full = true;
    emit instancesChanged(Hosts);
}

void FleetScene::writeHostTable(TableState &table)
{
    QElapsedTimer timer;
    timer.start();
    if (table.full) {
        const QVector3D size = hostBoxSize();
        table.buffer.resize(qsizetype(m_hosts.size() * sizeof(table::Entry)));
        auto *entry = reinterpret_cast<table::Entry *>(table.buffer.data());
        for (const SceneHost &host : m_hosts) {
            const float hidden = m_foldHiddenFaces ? float(host.hiddenFaces) : 0.0f;
            *entry++ = table::box(host.centre, size, host.yawDegrees, m_healthColours[host.health], {hidden, 0, 0, 0});
        }
        table.count = int(m_hosts.size());
    } else {
        // Writing detaches the buffer from the copy the renderer holds: one copy, no rebuild.
        auto *entries = reinterpret_cast<table::Entry *>(table.buffer.data());
        for (int index : table.patches)
            entries[index].color = m_healthColours[m_hosts[size_t(index)].health];
    }
    table.full = false;
    table.patches.clear();
    m_lastHostTableMs = double(timer.nsecsElapsed()) / 1e6;
}

void FleetScene::writeLinkTable(TableState &table)
{
    const auto colourOf = [this](const SceneHost &host) {
        return table::displayColour(host.linkUtilisation < 0 ? kLinkUnknown : linkColor(host.linkUtilisation));
    };
    if (table.full) {
        table.buffer.clear();
        table.count = 0;
        if (m_linkOverlayVisible)
            table.buffer.reserve(qsizetype(size_t(m_linkCount) * sizeof(table::Entry)));
        for (SceneHost &host : m_hosts) {
            host.linkIndex = -1;
            if (!m_linkOverlayVisible || !host.hasLink || host.rack < 0)
                continue;
            host.linkIndex = table.count++;
            const table::Entry entry = table::beam(host.linkStart, host.linkEnd, kLinkThickness, colourOf(host));
            table.buffer.append(reinterpret_cast<const char *>(&entry), sizeof(entry));
        }
    } else {
        auto *entries = reinterpret_cast<table::Entry *>(table.buffer.data());
        for (int index : table.patches) {
            const SceneHost &host = m_hosts[size_t(index)];
            if (host.linkIndex >= 0)
                entries[host.linkIndex].color = colourOf(host);
        }
    }
    table.full = false;
    table.patches.clear();
}

void FleetScene::writeProblemTable(TableState &table)
{
    // A shell a little larger than the host: the host keeps its own colour inside it.
    const QVector3D size = hostBoxSize() * QVector3D(1.12f, 1.9f, 1.04f);
    table.buffer.clear();
    table.count = 0;
    for (const SceneHost &host : m_hosts) {
        if (!host.problem)
            continue;
        const table::Entry entry = table::box(host.centre, size, host.yawDegrees, m_problemColour);
        table.buffer.append(reinterpret_cast<const char *>(&entry), sizeof(entry));
        ++table.count;
    }
    table.full = false;
    table.patches.clear();
}

void FleetScene::writeRackTables()
{
    TableState &frames = m_tables[RackFrames];
    TableState &shells = m_tables[RackShells];
    frames.buffer.clear();
    shells.buffer.clear();
    frames.count = shells.count = 0;
    const QVector4D frameColour = table::displayColour(kRackFrame);
    const QVector4D shellColour = table::displayColour(kRackShell);
    const auto append = [](TableState &table, const table::Entry &entry) {
        table.buffer.append(reinterpret_cast<const char *>(&entry), sizeof(entry));
        ++table.count;
    };
    for (const SceneRack &rack : m_racks) {
        const QVector3D e = rack.extent;
        const float t = kFrameThickness;
        // The twelve edges: four upright, four along the width, four along the depth.
        for (float sx : {-0.5f, 0.5f}) {
            for (float sz : {-0.5f, 0.5f}) {
                append(frames, table::box(rack.origin + turn({e.x() * sx, e.y() / 2, e.z() * sz}, rack.yawDegrees),
                                          {t, e.y() + t, t}, rack.yawDegrees, frameColour));
            }
        }
        for (float y : {0.0f, e.y()}) {
            for (float s : {-0.5f, 0.5f}) {
                append(frames, table::box(rack.origin + turn({0, y, e.z() * s}, rack.yawDegrees), {e.x() + t, t, t},
                                          rack.yawDegrees, frameColour));
                append(frames, table::box(rack.origin + turn({e.x() * s, y, 0}, rack.yawDegrees), {t, t, e.z() + t},
                                          rack.yawDegrees, frameColour));
            }
        }
        // The inside of the cabinet, dark: drawn with front faces culled, so the near walls never
        // hide the hosts and the gaps between hosts show the cabinet, not the room behind it.
        append(shells, table::box(rack.origin + QVector3D(0, e.y() / 2, 0), e * 0.995f, rack.yawDegrees, shellColour));
    }
    frames.full = shells.full = false;
    frames.patches.clear();
    shells.patches.clear();
}

QString FleetScene::selectedAgentId() const
{
    return m_selectedIndex >= 0 ? m_hosts[size_t(m_selectedIndex)].agentId : QString();
}

QVector3D FleetScene::selectedPosition() const
{
    return m_selectedIndex >= 0 ? m_hosts[size_t(m_selectedIndex)].centre : QVector3D();
}

QVector3D FleetScene::selectedSize() const
{
    return hostBoxSize();
}

float FleetScene::selectedYaw() const
{
    return m_selectedIndex >= 0 ? m_hosts[size_t(m_selectedIndex)].yawDegrees : 0.0f;
}

float FleetScene::selectedBeaconTop() const
{
    if (m_selectedIndex < 0)
        return 0;
    const SceneHost &host = m_hosts[size_t(m_selectedIndex)];
    const float above = 0.35f * U;
    return host.rack >= 0 ? m_racks[size_t(host.rack)].extent.y() + above : host.centre.y() + above;
}

void FleetScene::updateSelectedIndex()
{
    m_selectedIndex = m_indexOf.value(m_selection.agentId(), -1);
}

void FleetScene::selectionChangedElsewhere()
{
    updateSelectedIndex();
    emit selectionChanged();
    if (!m_selectingHere && m_selectedIndex >= 0)
        emit focusRequested();
}

void FleetScene::select(const QString &agentId)
{
    m_selectingHere = true;
    m_selection.select(agentId);
    m_selectingHere = false;
}

void FleetScene::clearSelection()
{
    select(QString());
}

void FleetScene::focusSelected()
{
    if (m_selectedIndex >= 0)
        emit focusRequested();
}

void FleetScene::frameAll()
{
    emit frameAllRequested();
}

void FleetScene::setHoveredAgentId(const QString &agentId)
{
    if (agentId == m_hovered)
        return;
    m_hovered = agentId;
    emit hoveredChanged();
}

QString FleetScene::hoveredText() const
{
    return m_hovered.isEmpty() ? QString() : hostSummary(m_hovered);
}

QString FleetScene::hostSummary(const QString &agentId) const
{
    const core::HostEntry *entry = m_state.host(agentId);
    if (!entry)
        return {};
    const QLocale locale;
    const auto percent = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 1) : tr("n/a");
    };
    QStringList lines;
    lines << (entry->identity.hostname.isEmpty() ? entry->agentId : entry->identity.hostname);
    lines << core::healthName(entry->health.health);
    lines << tr("CPU: %1 %").arg(percent(entry->vitals.cpuPercent));
    lines << tr("Memory: %1 %").arg(percent(entry->vitals.memoryPercent));
    if (entry->openProblem)
        lines << tr("Open problem");
    if (!entry->isPlaced())
        lines << tr("Not placed in a rack");
    return lines.join(QLatin1Char('\n'));
}

QColor FleetScene::healthColor(HealthKind health) const
{
    return kHealthColours[std::clamp(int(health), 0, 4)];
}

QColor FleetScene::problemColor() const
{
    return kProblemColour;
}

QColor FleetScene::linkColor(double utilisation) const
{
    if (utilisation < 0.5)
        return mix(kLinkLow, kLinkMid, utilisation / 0.5);
    if (utilisation < 0.8)
        return mix(kLinkMid, kLinkHigh, (utilisation - 0.5) / 0.3);
    return kLinkHigh;
}

QColor FleetScene::linkUnknownColor() const
{
    return kLinkUnknown;
}

void FleetScene::setLinkOverlayVisible(bool visible)
{
    if (visible == m_linkOverlayVisible)
        return;
    m_linkOverlayVisible = visible;
    // Hidden, the table is empty and nobody patches it; shown, it is written once from scratch.
    m_tables[Links].full = true;
    m_tables[Links].patches.clear();
    emit instancesChanged(Links);
    emit linkOverlayVisibleChanged();
}

QString FleetScene::pickHost(QVector3D rayOrigin, QVector3D rayDirection) const
{
    const PickHit hit = m_pick.pick({rayOrigin, rayDirection});
    return hit.isHit() ? m_hosts[size_t(hit.index)].agentId : QString();
}

QVector3D FleetScene::hostScenePosition(const QString &agentId) const
{
    const int index = m_indexOf.value(agentId, -1);
    return index >= 0 ? m_hosts[size_t(index)].centre : QVector3D();
}

bool FleetScene::updateDrag(const QString &agentId, QVector3D rayOrigin, QVector3D rayDirection)
{
    DropTarget drop;
    drop.agentId = agentId;
    // The nearest rack the ray enters, and where: that face's slot is the target.
    int best = -1;
    float bestT = 0;
    for (size_t i = 0; i < m_racks.size(); ++i) {
        const SceneRack &rack = m_racks[i];
        const PickBox box{rack.origin + QVector3D(0, rack.extent.y() / 2, 0), rack.extent / 2, rack.yawDegrees};
        const std::optional<float> t = rayHitsBox({rayOrigin, rayDirection}, box);
        if (t && (best < 0 || *t < bestT)) {
            best = int(i);
            bestT = *t;
        }
    }
    const int index = m_indexOf.value(agentId, -1);
    if (best >= 0 && index >= 0) {
        const SceneRack &rack = m_racks[size_t(best)];
        const QVector3D local = unturn(rayOrigin + rayDirection * bestT - rack.origin, rack.yawDegrees);
        const auto cell = [](float offset, double size, int count) {
            return std::clamp(int(std::floor(offset / (float(size) * U))), 0, count - 1);
        };
        const int column = cell(local.x() + rack.extent.x() / 2, core::RackLayout::kColumnWidthM, rack.columns);
        const int slot = cell(local.y(), core::RackLayout::kSlotHeightM, rack.slotCount) + 1;
        const int row = cell(rack.extent.z() / 2 - local.z(), core::RackLayout::kDepthRowM, rack.depthRows);
        drop.rack = rack.name;
        drop.rackPosition = QVector3D(float(column), float(slot), float(row));
        drop.yawDegrees = rack.yawDegrees;
        const std::optional<core::RoomPoint> centre =
            m_state.layout().hostCentre(rack.name, RackPosition{double(column), double(slot), double(row)});
        if (centre)
            drop.scenePosition = QVector3D(float(centre->x), float(centre->y), float(centre->z)) * U;
        const QString where = rack.depthRows > 1
            ? tr("%1, column %2, slot %3, row %4").arg(rack.name).arg(column).arg(slot).arg(row)
            : tr("%1, column %2, slot %3").arg(rack.name).arg(column).arg(slot);
        const auto occupant = m_slotOccupant.find(*slotKey(best, column, slot, row));
        if (occupant != m_slotOccupant.end() && occupant->second != index) {
            const core::HostEntry *other = m_state.host(m_hosts[size_t(occupant->second)].agentId);
            drop.text = tr("%1 is taken by %2").arg(where, other ? other->identity.hostname : QString());
        } else {
            drop.valid = centre.has_value();
            drop.text = tr("Move to %1").arg(where);
        }
    }
    const bool changed = drop.valid != m_drop.valid || drop.text != m_drop.text || drop.agentId != m_drop.agentId;
    m_drop = drop;
    if (changed)
        emit dropTargetChanged();
    return m_drop.valid;
}

bool FleetScene::finishDrag()
{
    const DropTarget drop = m_drop;
    resetDrop();
    if (!drop.valid)
        return false;
    emit moveRequested(drop.agentId, drop.rack, drop.rackPosition);
    return true;
}

void FleetScene::cancelDrag()
{
    resetDrop();
}

void FleetScene::resetDrop()
{
    if (!m_drop.valid && m_drop.text.isEmpty() && m_drop.agentId.isEmpty())
        return;
    m_drop = {};
    emit dropTargetChanged();
}

}  // namespace mirrorstage::scene
