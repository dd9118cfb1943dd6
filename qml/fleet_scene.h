#pragma once
// FleetScene: what the 3D rack scene (RackScene.qml) draws, computed in C++ from the console's
// FleetState, and how the scene talks back (picking, selection, moving a host).
//
// The window creates it and hands it to the scene:
//   auto *scene = new FleetScene(state, selection, this);
//   view->setResizeMode(QQuickView::SizeRootObjectToView);
//   view->setInitialProperties({{"fleet", QVariant::fromValue(scene)}});
//   view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/MirrorStage/Scene/RackScene.qml")));
// with mirrorstage_sceneplugin linked and Q_IMPORT_QML_PLUGIN(MirrorStage_ScenePlugin).
//
// Scale: 1 m in the room is kUnitsPerMetre (100) scene units; y is up, racks' fronts face +z at
// yaw 0. Every host is one instance of one table (FleetInstancing, table Hosts): no QML object and
// no signal per host. FleetState::changed (~4 Hz) either re-places everything (racks or hosts
// came, went or moved) or only marks the changed hosts' colours; the tables are then rewritten
// once, on the render thread's next sync, in FleetInstancing::getInstanceBuffer.

#include "host_picking.h"
#include "rack_list_model.h"

#include <QColor>
#include <QObject>
#include <QVector4D>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <unordered_map>
#include <vector>

namespace mirrorstage::core {
class FleetState;
class HostSelection;
struct FleetChange;
struct HostEntry;
}  // namespace mirrorstage::core

namespace mirrorstage::scene {

class FleetScene : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FleetScene is created by the console window in C++")

    Q_PROPERTY(int hostCount READ hostCount NOTIFY layoutChanged)
    Q_PROPERTY(int unplacedCount READ unplacedCount NOTIFY layoutChanged)
    // The floor strip under the "unplaced" row: its centre and length (x) in scene units.
    Q_PROPERTY(QVector3D unplacedRowCentre READ unplacedRowCentre NOTIFY layoutChanged)
    Q_PROPERTY(float unplacedRowLength READ unplacedRowLength NOTIFY layoutChanged)
    Q_PROPERTY(mirrorstage::scene::RackListModel *racks READ racks CONSTANT)
    Q_PROPERTY(int rackCount READ rackCount NOTIFY layoutChanged)
    // A sphere around everything, for "frame all".
    Q_PROPERTY(QVector3D sceneCentre READ sceneCentre NOTIFY layoutChanged)
    Q_PROPERTY(float sceneRadius READ sceneRadius NOTIFY layoutChanged)

    Q_PROPERTY(QString selectedAgentId READ selectedAgentId NOTIFY selectionChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(QVector3D selectedPosition READ selectedPosition NOTIFY selectionChanged)
    Q_PROPERTY(QVector3D selectedSize READ selectedSize NOTIFY selectionChanged)
    Q_PROPERTY(float selectedYaw READ selectedYaw NOTIFY selectionChanged)
    // The top of the selected host's rack (or of the host), for the beacon above it.
    Q_PROPERTY(float selectedBeaconTop READ selectedBeaconTop NOTIFY selectionChanged)

    // The host under the mouse (set by the scene) and its tooltip, kept current as vitals change.
    Q_PROPERTY(QString hoveredAgentId READ hoveredAgentId WRITE setHoveredAgentId NOTIFY hoveredChanged)
    Q_PROPERTY(QString hoveredText READ hoveredText NOTIFY hoveredChanged)

    Q_PROPERTY(bool linkOverlayVisible READ linkOverlayVisible WRITE setLinkOverlayVisible NOTIFY linkOverlayVisibleChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemCountChanged)
    // Placed hosts with a primary link: the lines the overlay draws when it is shown.
    Q_PROPERTY(int linkCount READ linkCount NOTIFY linkCountChanged)

    // Where a host being dragged would land (Alt+drag in the scene).
    Q_PROPERTY(bool dropTargetValid READ dropTargetValid NOTIFY dropTargetChanged)
    Q_PROPERTY(QVector3D dropTargetPosition READ dropTargetPosition NOTIFY dropTargetChanged)
    Q_PROPERTY(float dropTargetYaw READ dropTargetYaw NOTIFY dropTargetChanged)
    Q_PROPERTY(QString dropTargetText READ dropTargetText NOTIFY dropTargetChanged)

    Q_PROPERTY(QVector3D hostBoxSize READ hostBoxSize CONSTANT)

public:
    static constexpr float kUnitsPerMetre = 100.0f;
    // A host's box leaves a gap to its neighbours: this share of a column, slot and depth row.
    static constexpr float kBoxFillX = 0.90f, kBoxFillY = 0.80f, kBoxFillZ = 0.90f;

    enum Table { Hosts, Problems, Links, RackFrames, RackShells };
    Q_ENUM(Table)
    // The same order as core::Health.
    enum HealthKind { Ok, Warning, Critical, Stale, Offline };
    Q_ENUM(HealthKind)

    FleetScene(core::FleetState &state, core::HostSelection &selection, QObject *parent = nullptr);
    ~FleetScene() override;

    int hostCount() const { return int(m_hosts.size()); }
    int unplacedCount() const { return m_unplacedCount; }
    QVector3D unplacedRowCentre() const { return m_unplacedRowCentre; }
    float unplacedRowLength() const { return m_unplacedRowLength; }
    RackListModel *racks() { return &m_rackModel; }
    int rackCount() const { return int(m_racks.size()); }
    QVector3D sceneCentre() const { return m_sceneCentre; }
    float sceneRadius() const { return m_sceneRadius; }

    QString selectedAgentId() const;
    bool hasSelection() const { return m_selectedIndex >= 0; }
    QVector3D selectedPosition() const;
    QVector3D selectedSize() const;
    float selectedYaw() const;
    float selectedBeaconTop() const;

    QString hoveredAgentId() const { return m_hovered; }
    void setHoveredAgentId(const QString &agentId);
    QString hoveredText() const;

    bool linkOverlayVisible() const { return m_linkOverlayVisible; }
    void setLinkOverlayVisible(bool visible);
    int problemCount() const { return m_problemCount; }
    int linkCount() const { return m_linkCount; }

    bool dropTargetValid() const { return m_drop.valid; }
    QVector3D dropTargetPosition() const { return m_drop.scenePosition; }
    float dropTargetYaw() const { return m_drop.yawDegrees; }
    QString dropTargetText() const { return m_drop.text; }

    QVector3D hostBoxSize() const;

    // The agent whose box the ray hits first (scene coordinates), or an empty string.
    Q_INVOKABLE QString pickHost(QVector3D rayOrigin, QVector3D rayDirection) const;
    // The centre of the host's box in the scene; (0,0,0) for an unknown host.
    Q_INVOKABLE QVector3D hostScenePosition(const QString &agentId) const;
    // Tooltip text: host name, health, CPU % and memory % in the user's locale.
    Q_INVOKABLE QString hostSummary(const QString &agentId) const;
    Q_INVOKABLE QColor healthColor(mirrorstage::scene::FleetScene::HealthKind health) const;
    Q_INVOKABLE QColor problemColor() const;
    // Link-load colours: unknown, and a utilisation 0..1 (green, amber from 50 %, red from 80 %).
    Q_INVOKABLE QColor linkColor(double utilisation) const;
    Q_INVOKABLE QColor linkUnknownColor() const;

    // Selecting in the scene: the camera stays where it is (the operator is looking already).
    Q_INVOKABLE void select(const QString &agentId);
    Q_INVOKABLE void clearSelection();
    // Ask the scene to move the camera; RackScene.qml answers focusRequested / frameAllRequested.
    Q_INVOKABLE void focusSelected();
    Q_INVOKABLE void frameAll();

    // Dragging a host onto a rack slot: the slot under the ray becomes the drop target;
    // finishDrag() emits moveRequested for a valid target and returns whether it did.
    Q_INVOKABLE bool updateDrag(const QString &agentId, QVector3D rayOrigin, QVector3D rayDirection);
    Q_INVOKABLE bool finishDrag();
    Q_INVOKABLE void cancelDrag();

    // The instancing table of one kind, rewritten first if it is dirty (render thread, during
    // sync; FleetInstancing calls it). count receives the number of instances.
    QByteArray instanceBuffer(Table table, int *count);
    // For the bench: how long the last host-table write (render thread) and the last re-placing of
    // every host (relayout) took.
    double lastHostTableUpdateMs() const { return m_lastHostTableMs; }
    double lastLayoutMs() const { return m_lastLayoutMs; }
    // For the bench: forget that the tables are current (the next sync rewrites all of them).
    void invalidateTables();
    // For the bench: draw every face of every host, as if no neighbour hid any (default: fold).
    void setFoldHiddenFaces(bool fold);

signals:
    void layoutChanged();
    void selectionChanged();
    void hoveredChanged();
    void linkOverlayVisibleChanged();
    void problemCountChanged();
    void linkCountChanged();
    void dropTargetChanged();
    void instancesChanged(mirrorstage::scene::FleetScene::Table table);
    void focusRequested();
    void frameAllRequested();
    // A host was dropped on a rack slot: rackPosition is (column, slot, depth row) as in
    // core::RackPosition. The window persists it and calls FleetState::setPlacement.
    void moveRequested(const QString &agentId, const QString &rack, const QVector3D &rackPosition);

private:
    struct SceneRack {
        QString name;
        QVector3D origin;  // centre of the footprint on the floor
        QVector3D extent;  // width, height, depth
        float yawDegrees = 0;
        int columns = 1, slotCount = 42, depthRows = 1;
    };
    struct SceneHost {
        QString agentId;
        QVector3D centre;
        float yawDegrees = 0;
        int rack = -1;  // into m_racks; -1: unplaced
        quint8 health = 0;
        quint8 hiddenFaces = 0;  // faces a neighbour covers (bit per face, as the vertex shader reads)
        bool problem = false;
        bool hasLink = false;
        float linkUtilisation = -1;  // < 0: unknown
        QVector3D linkStart, linkEnd;
        int linkIndex = -1;  // into the link table
    };
    struct TableState {
        QByteArray buffer;
        int count = 0;
        bool full = true;
        std::vector<int> patches;  // host indices whose colour changed
    };
    struct DropTarget {
        bool valid = false;
        QString agentId, rack, text;
        QVector3D rackPosition, scenePosition;
        float yawDegrees = 0;
    };

    void stateChanged(const core::FleetChange &change);
    void selectionChangedElsewhere();
    void relayout();
    void refreshHost(int index, const core::HostEntry &entry);
    void updateSelectedIndex();
    void resetDrop();
    void writeHostTable(TableState &table);
    void writeLinkTable(TableState &table);
    void writeProblemTable(TableState &table);
    void writeRackTables();

    core::FleetState &m_state;
    core::HostSelection &m_selection;
    std::vector<SceneRack> m_racks;
    std::vector<SceneHost> m_hosts;
    QHash<QString, int> m_indexOf;
    std::unordered_map<quint64, int> m_slotOccupant;  // (rack, column, slot, row) -> host
    PickIndex m_pick;
    RackListModel m_rackModel;
    TableState m_tables[5];
    QVector4D m_healthColours[5];
    QVector4D m_problemColour;

    int m_unplacedCount = 0;
    QVector3D m_unplacedRowCentre;
    float m_unplacedRowLength = 0;
    QVector3D m_sceneCentre;
    float m_sceneRadius = 1000;
    int m_selectedIndex = -1;
    bool m_selectingHere = false;
    QString m_hovered;
    bool m_linkOverlayVisible = false;
    int m_problemCount = 0;
    int m_linkCount = 0;
    DropTarget m_drop;
    double m_lastHostTableMs = 0;
    double m_lastLayoutMs = 0;
    bool m_foldHiddenFaces = true;
};

}  // namespace mirrorstage::scene
