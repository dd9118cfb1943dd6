#pragma once
// The centre of the window: the 3D rack scene (qml/RackScene.qml in a QQuickView, embedded with
// createWindowContainer — DESIGN.md says why not QQuickWidget), or, where OpenGL 3 cannot be had,
// a plain page that says why 3D is off and what to install. The fleet tree and the details work
// either way.

#include <QStackedWidget>

class QLabel;
class QQuickView;

namespace mirrorstage::core {
class FleetState;
class HostSelection;
}

namespace mirrorstage::scene {
class FleetScene;
}

namespace mirrorstage::app {

class SceneContainer : public QStackedWidget {
    Q_OBJECT
public:
    SceneContainer(core::FleetState &state, core::HostSelection &selection, QWidget *parent = nullptr);
    ~SceneContainer() override;

    // Empty when OpenGL 3 works; else what is missing, for the user.
    static QString openGlProblem();

    bool is3dActive() const { return m_view != nullptr; }
    QString fallbackReason() const { return m_reason; }
    QQuickView *view() const { return m_view; }
    scene::FleetScene *fleetScene() const { return m_scene; }

    void frameAll();
    void focusSelected();
    void setLinkOverlayVisible(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFallback(const QString &reason);
    void retranslate();

    scene::FleetScene *m_scene = nullptr;
    QQuickView *m_view = nullptr;
    QLabel *m_fallback = nullptr;
    QString m_reason;
};

}  // namespace mirrorstage::app
