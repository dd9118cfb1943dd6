// scene_frames' reference: the scene's host boxes drawn the textbook way (#Cube, DefaultMaterial
// with its default lighting, one directional light), with the same camera turning the same way.
import QtQuick
import QtQuick3D
import SceneFramesBench

Item {
    id: root
    required property vector3d sceneCentre
    required property real sceneRadius
    property real turntableSpeed: 0
    property real yaw: 0

    FrameAnimation {
        running: root.turntableSpeed !== 0
        onTriggered: root.yaw += root.turntableSpeed * frameTime
    }

    View3D {
        anchors.fill: parent
        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: "#15181c"
        }
        Node {
            position: root.sceneCentre
            eulerRotation: Qt.vector3d(-20, root.yaw, 0)
            PerspectiveCamera {
                fieldOfView: 45
                z: root.sceneRadius / Math.sin(22.5 * Math.PI / 180)
                clipNear: z / 300
                clipFar: z + 3 * root.sceneRadius
            }
        }
        DirectionalLight { eulerRotation: Qt.vector3d(-45, 30, 0) }
        Model {
            source: "#Cube"
            instancing: NaiveCubes {}
            materials: DefaultMaterial { diffuseColor: "white" }
        }
    }
}
