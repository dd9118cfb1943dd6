// The rack scene: racks and the hosts in them, coloured by health; the camera and the mouse. All
// hosts are instances of FleetScene's tables, drawn by a handful of Models.
import QtQuick
import QtQuick3D
import MirrorStage.Scene

Item {
    id: root

    required property FleetScene fleet
    // Degrees per second the camera turns about its target by itself (a wall display, the bench).
    property real turntableSpeed: 0
    // Rack labels are one 2D item each; beyond this many racks they are left out.
    property int rackLabelLimit: 100
    property int cameraMoveMs: 600

    // The orbit camera: it looks at target from distance, turned by yaw and pitch (degrees).
    property vector3d target: Qt.vector3d(0, 0, 0)
    property real yaw: 0
    property real pitch: -20
    property real distance: 1000
    readonly property bool cameraMoving: cameraMove.running
    // Until the operator moves the camera, it keeps the whole fleet in view as hosts arrive.
    property bool cameraTouched: false
    readonly property alias view: view

    focus: true

    function frameAll(animated) {
        const vertical = camera.fieldOfView * Math.PI / 180
        const aspect = root.width > 0 && root.height > 0 ? root.width / root.height : 1.6
        const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * aspect)
        const fov = Math.min(vertical, horizontal)
        moveCamera(root.fleet.sceneCentre, root.fleet.sceneRadius / Math.sin(fov / 2), root.yaw, root.pitch,
                   animated !== false)
        root.cameraTouched = false
    }

    function focusSelected() {
        if (!root.fleet.hasSelection)
            return
        // In front of the host's rack, a little above it, close enough to read its neighbours.
        root.cameraTouched = true
        moveCamera(root.fleet.selectedPosition, 320, root.fleet.selectedYaw, -14, true)
    }

    function moveCamera(to, toDistance, toYaw, toPitch, animated) {
        cameraMove.stop()
        let turn = (toYaw - root.yaw) % 360
        if (turn > 180) turn -= 360
        if (turn < -180) turn += 360
        if (!animated || root.cameraMoveMs <= 0) {
            root.target = to
            root.distance = toDistance
            root.yaw = root.yaw + turn
            root.pitch = toPitch
            return
        }
        targetMove.to = to
        distanceMove.to = toDistance
        yawMove.to = root.yaw + turn
        pitchMove.to = toPitch
        cameraMove.start()
    }

    function orbit(dx, dy) {
        root.cameraTouched = true
        root.yaw -= dx * 0.3
        root.pitch = Math.max(-89, Math.min(15, root.pitch - dy * 0.3))
    }

    function pan(dx, dy) {
        root.cameraTouched = true
        const perPixel = 2 * root.distance * Math.tan(camera.fieldOfView * Math.PI / 360) / Math.max(1, view.height)
        root.target = root.target.minus(camera.right.times(dx * perPixel)).plus(camera.up.times(dy * perPixel))
    }

    function zoom(factor) {
        root.cameraTouched = true
        root.distance = Math.max(30, Math.min(root.fleet.sceneRadius * 8, root.distance * factor))
    }

    // The ray under a point of the view, in scene coordinates.
    function rayAt(x, y) {
        const near = view.mapTo3DScene(Qt.vector3d(x, y, 0))
        const far = view.mapTo3DScene(Qt.vector3d(x, y, 1000))
        return { origin: near, direction: far.minus(near) }
    }

    function hostAt(x, y) {
        const ray = rayAt(x, y)
        return root.fleet.pickHost(ray.origin, ray.direction)
    }

    Component.onCompleted: frameAll(false)
    onWidthChanged: if (!cameraTouched) frameAll(false)
    onHeightChanged: if (!cameraTouched) frameAll(false)

    Connections {
        target: root.fleet
        function onLayoutChanged() { if (!root.cameraTouched) root.frameAll(false) }
        function onFocusRequested() { root.focusSelected() }
        function onFrameAllRequested() { root.frameAll(true) }
    }

    ParallelAnimation {
        id: cameraMove
        Vector3dAnimation { id: targetMove; target: root; property: "target"; duration: root.cameraMoveMs; easing.type: Easing.InOutCubic }
        NumberAnimation { id: distanceMove; target: root; property: "distance"; duration: root.cameraMoveMs; easing.type: Easing.InOutCubic }
        NumberAnimation { id: yawMove; target: root; property: "yaw"; duration: root.cameraMoveMs; easing.type: Easing.InOutCubic }
        NumberAnimation { id: pitchMove; target: root; property: "pitch"; duration: root.cameraMoveMs; easing.type: Easing.InOutCubic }
    }

    FrameAnimation {
        running: root.turntableSpeed !== 0 && !mouse.pressed && !cameraMove.running
        onTriggered: root.yaw += root.turntableSpeed * frameTime
    }

    // Hosts with an open problem pulse: only the Model's opacity changes (a uniform), never the
    // tables; a timer at 15 Hz rather than an animation, so the scene does not redraw flat out.
    property real pulsePhase: 0
    Timer {
        interval: 66
        repeat: true
        running: root.fleet.problemCount > 0 && root.visible
        onTriggered: root.pulsePhase = (root.pulsePhase + interval / 1200) % 1
    }

    View3D {
        id: view
        objectName: "sceneView"
        anchors.fill: parent
        camera: camera
        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: "#15181c"
            antialiasingMode: SceneEnvironment.NoAA
        }

        Node {
            position: root.target
            eulerRotation: Qt.vector3d(root.pitch, root.yaw, 0)
            PerspectiveCamera {
                id: camera
                z: root.distance
                fieldOfView: 45
                clipNear: Math.max(1, root.distance / 300)
                clipFar: root.distance + 3 * root.fleet.sceneRadius
            }
        }

        SceneBoxGeometry { id: boxGeometry }
        SceneBoxGeometry { id: hostGeometry; facingHalf: true }

        CustomMaterial {
            id: boxMaterial
            shadingMode: CustomMaterial.Unshaded
            vertexShader: "shaders/scene_box.vert"
            fragmentShader: "shaders/scene_box.frag"
        }
        CustomMaterial {
            id: hostMaterial
            shadingMode: CustomMaterial.Unshaded
            vertexShader: "shaders/host_box.vert"
            fragmentShader: "shaders/scene_box.frag"
        }
        CustomMaterial {
            id: shellMaterial
            shadingMode: CustomMaterial.Unshaded
            cullMode: Material.FrontFaceCulling
            vertexShader: "shaders/scene_box.vert"
            fragmentShader: "shaders/scene_box.frag"
        }

        Model {
            objectName: "floor"
            source: "#Rectangle"
            eulerRotation.x: -90
            position: Qt.vector3d(root.fleet.sceneCentre.x, -0.5, root.fleet.sceneCentre.z)
            scale: Qt.vector3d(root.fleet.sceneRadius / 40, root.fleet.sceneRadius / 40, 1)
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#1c2025" }
        }

        Model {
            objectName: "hosts"
            visible: root.fleet.hostCount > 0
            geometry: hostGeometry
            instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.Hosts }
            materials: [hostMaterial]
        }

        Model {
            objectName: "rackShells"
            visible: root.fleet.rackCount > 0
            geometry: boxGeometry
            instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.RackShells }
            materials: [shellMaterial]
        }

        Model {
            objectName: "rackFrames"
            visible: root.fleet.rackCount > 0
            geometry: boxGeometry
            instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.RackFrames }
            materials: [boxMaterial]
        }

        Model {
            objectName: "linkOverlay"
            visible: root.fleet.linkOverlayVisible && root.fleet.linkCount > 0
            geometry: boxGeometry
            instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.Links }
            materials: [boxMaterial]
        }

        Model {
            objectName: "problems"
            visible: root.fleet.problemCount > 0
            geometry: boxGeometry
            instancing: FleetInstancing { fleet: root.fleet; table: FleetScene.Problems; hasTransparency: true }
            opacity: 0.2 + 0.6 * (0.5 + 0.5 * Math.sin(root.pulsePhase * 2 * Math.PI))
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "white" }
        }

        Model {
            objectName: "selectionHighlight"
            visible: root.fleet.hasSelection
            geometry: boxGeometry
            position: root.fleet.selectedPosition
            eulerRotation.y: root.fleet.selectedYaw
            scale: root.fleet.selectedSize.times(Qt.vector3d(1.2, 2.4, 1.1))
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#38e8ff"; opacity: 0.55 }
        }
        Model {
            objectName: "selectionBeacon"
            visible: root.fleet.hasSelection
            geometry: boxGeometry
            position: Qt.vector3d(root.fleet.selectedPosition.x,
                                  (root.fleet.selectedPosition.y + root.fleet.selectedBeaconTop) / 2,
                                  root.fleet.selectedPosition.z)
            scale: Qt.vector3d(1.5, Math.max(1, root.fleet.selectedBeaconTop - root.fleet.selectedPosition.y), 1.5)
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#38e8ff" }
        }

        Model {
            objectName: "dropTarget"
            visible: mouse.mode === mouse.dragHost && root.fleet.dropTargetValid
            geometry: boxGeometry
            position: root.fleet.dropTargetPosition
            eulerRotation.y: root.fleet.dropTargetYaw
            scale: root.fleet.hostBoxSize.times(1.05)
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "white"; opacity: 0.6 }
        }

        Model {
            objectName: "unplacedRow"
            visible: root.fleet.unplacedCount > 0
            geometry: boxGeometry
            position: root.fleet.unplacedRowCentre
            scale: Qt.vector3d(root.fleet.unplacedRowLength, 1, 70)
            materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#3a3320" }
        }
        Node {
            visible: root.fleet.unplacedCount > 0
            position: Qt.vector3d(root.fleet.unplacedRowCentre.x - root.fleet.unplacedRowLength / 2,
                                  2, root.fleet.unplacedRowCentre.z + 36)
            eulerRotation.x: -90
            scale: Qt.vector3d(0.5, 0.5, 0.5)
            Text {
                text: qsTr("Unplaced")
                color: "#e8c46a"
                font.pixelSize: 44
                font.bold: true
            }
        }

        Repeater3D {
            model: root.fleet.rackCount <= root.rackLabelLimit ? root.fleet.racks : null
            delegate: Node {
                id: rackLabel
                required property string name
                required property vector3d labelPosition
                required property real yaw
                position: labelPosition
                eulerRotation.y: yaw
                scale: Qt.vector3d(0.4, 0.4, 0.4)  // 32 px glyphs, 13 cm tall: sharp from nearby
                Text {
                    x: -width / 2
                    y: -height
                    text: rackLabel.name
                    color: "#dfe5ec"
                    font.pixelSize: 32
                }
            }
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        hoverEnabled: true

        readonly property int none: 0
        readonly property int orbiting: 1
        readonly property int panning: 2
        readonly property int dragHost: 3
        property int mode: none
        property point last
        property point pressedAt
        property bool moved: false
        property string draggedHost: ""
        // The release that ends a double click must not select again: the camera has moved.
        property bool releaseEndsDoubleClick: false

        onPressed: (event) => {
            root.forceActiveFocus()
            cameraMove.stop()
            last = Qt.point(event.x, event.y)
            pressedAt = last
            moved = false
            if (event.button === Qt.LeftButton && (event.modifiers & Qt.AltModifier)) {
                const id = root.hostAt(event.x, event.y)
                if (id !== "") {
                    draggedHost = id
                    mode = dragHost
                    return
                }
            }
            mode = event.button === Qt.LeftButton && !(event.modifiers & Qt.ShiftModifier) ? orbiting : panning
        }
        onPositionChanged: (event) => {
            if (mode === none) {
                root.fleet.hoveredAgentId = root.hostAt(event.x, event.y)
                return
            }
            const dx = event.x - last.x
            const dy = event.y - last.y
            last = Qt.point(event.x, event.y)
            if (!moved && Math.abs(event.x - pressedAt.x) + Math.abs(event.y - pressedAt.y) < 5)
                return
            moved = true
            if (mode === orbiting) {
                root.orbit(dx, dy)
            } else if (mode === panning) {
                root.pan(dx, dy)
            } else {
                const ray = root.rayAt(event.x, event.y)
                root.fleet.updateDrag(draggedHost, ray.origin, ray.direction)
            }
        }
        onReleased: (event) => {
            if (releaseEndsDoubleClick) {
                releaseEndsDoubleClick = false
            } else if (mode === dragHost && moved) {
                root.fleet.finishDrag()
            } else if (!moved && event.button === Qt.LeftButton) {
                root.fleet.cancelDrag()
                // A click on a host selects it; a click on empty space keeps the selection.
                const id = root.hostAt(event.x, event.y)
                if (id !== "")
                    root.fleet.select(id)
            }
            mode = none
            draggedHost = ""
        }
        onCanceled: {
            root.fleet.cancelDrag()
            mode = none
            draggedHost = ""
        }
        onDoubleClicked: (event) => {
            const id = root.hostAt(event.x, event.y)
            if (id === "")
                return
            releaseEndsDoubleClick = true
            root.fleet.select(id)
            root.focusSelected()
        }
        onWheel: (event) => root.zoom(Math.pow(0.999, event.angleDelta.y))
        onExited: root.fleet.hoveredAgentId = ""
    }

    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_Left: root.orbit(-15, 0); break
        case Qt.Key_Right: root.orbit(15, 0); break
        case Qt.Key_Up: root.orbit(0, -15); break
        case Qt.Key_Down: root.orbit(0, 15); break
        case Qt.Key_Plus:
        case Qt.Key_Equal: root.zoom(0.85); break
        case Qt.Key_Minus:
        case Qt.Key_Underscore: root.zoom(1 / 0.85); break
        case Qt.Key_F:
        case Qt.Key_Home: root.frameAll(true); break
        case Qt.Key_Escape: root.fleet.clearSelection(); break
        default: return
        }
        event.accepted = true
    }

    Rectangle {
        id: tooltip
        objectName: "hostTooltip"
        visible: root.fleet.hoveredAgentId !== "" && mouse.containsMouse && mouse.mode === mouse.none
        x: Math.min(mouse.mouseX + 16, root.width - width - 4)
        y: Math.min(mouse.mouseY + 16, root.height - height - 4)
        width: tooltipText.implicitWidth + 16
        height: tooltipText.implicitHeight + 12
        radius: 4
        color: "#e6101418"
        border.color: "#4a5360"
        Text {
            id: tooltipText
            anchors.centerIn: parent
            text: root.fleet.hoveredText
            color: "#e8edf2"
            font.pixelSize: 13
        }
    }

    Rectangle {
        objectName: "dropLabel"
        visible: mouse.mode === mouse.dragHost && mouse.moved && root.fleet.dropTargetText !== ""
        x: Math.min(mouse.mouseX + 16, root.width - width - 4)
        y: Math.max(4, mouse.mouseY - height - 8)
        width: dropText.implicitWidth + 16
        height: dropText.implicitHeight + 10
        radius: 4
        color: root.fleet.dropTargetValid ? "#e6173040" : "#e6401818"
        Text {
            id: dropText
            anchors.centerIn: parent
            text: root.fleet.dropTargetText
            color: "#e8edf2"
            font.pixelSize: 13
        }
    }

    SceneLegend {
        fleet: root.fleet
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 10
    }

    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 8
        width: Math.min(implicitWidth, root.width * 0.5)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignRight
        color: "#8d96a1"
        font.pixelSize: 11
        text: qsTr("Drag: orbit · Right-drag or Shift+drag: pan · Wheel: zoom · F: frame all · Double-click: focus · Alt+drag: move a host · Esc: clear the selection")
    }
}
