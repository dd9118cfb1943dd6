// What the colours of the rack scene mean: the five health states, the pulse of an open problem,
// the selection, and (when it is shown) the link-load overlay.
import QtQuick
import MirrorStage.Scene

Rectangle {
    id: legend

    required property FleetScene fleet

    width: column.implicitWidth + 20
    height: column.implicitHeight + 16
    radius: 4
    color: "#d0101418"
    border.color: "#343b45"

    component Swatch: Row {
        id: swatch
        required property color swatchColor
        required property string label
        spacing: 8
        Rectangle {
            width: 14
            height: 14
            anchors.verticalCenter: parent.verticalCenter
            color: swatch.swatchColor
            border.color: "#20262e"
        }
        Text {
            text: swatch.label
            color: "#dfe5ec"
            font.pixelSize: 12
        }
    }

    Column {
        id: column
        x: 10
        y: 8
        spacing: 4

        Text {
            text: qsTr("Health")
            color: "#8d96a1"
            font.pixelSize: 11
            font.bold: true
        }
        Swatch { swatchColor: legend.fleet.healthColor(FleetScene.Ok); label: qsTr("OK") }
        Swatch { swatchColor: legend.fleet.healthColor(FleetScene.Warning); label: qsTr("Warning: a vital past its warning threshold") }
        Swatch { swatchColor: legend.fleet.healthColor(FleetScene.Critical); label: qsTr("Critical: a vital past its critical threshold") }
        Swatch { swatchColor: legend.fleet.healthColor(FleetScene.Stale); label: qsTr("Stale: connected, no recent sample") }
        Swatch { swatchColor: legend.fleet.healthColor(FleetScene.Offline); label: qsTr("Offline: agent not connected") }
        Swatch { swatchColor: legend.fleet.problemColor(); label: qsTr("Pulsing: open problem") }
        Swatch { swatchColor: "#38e8ff"; label: qsTr("Selected") }

        Text {
            visible: legend.fleet.linkOverlayVisible
            topPadding: 4
            text: qsTr("Link load")
            color: "#8d96a1"
            font.pixelSize: 11
            font.bold: true
        }
        Swatch { visible: legend.fleet.linkOverlayVisible; swatchColor: legend.fleet.linkUnknownColor(); label: qsTr("Unknown") }
        Swatch { visible: legend.fleet.linkOverlayVisible; swatchColor: legend.fleet.linkColor(0); label: qsTr("Idle") }
        Swatch { visible: legend.fleet.linkOverlayVisible; swatchColor: legend.fleet.linkColor(0.5); label: qsTr("Half of its capacity") }
        Swatch { visible: legend.fleet.linkOverlayVisible; swatchColor: legend.fleet.linkColor(0.8); label: qsTr("80 % or more") }
    }
}
