#include "scene_container.h"

#include "fleet_scene.h"

#include <QEvent>
#include <QQmlExtensionPlugin>
#include <QLabel>
#include <QLoggingCategory>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QQmlEngine>
#include <QQuickView>
#include <QSGRendererInterface>
#include <QSurfaceFormat>

Q_DECLARE_LOGGING_CATEGORY(lcWindow)

// The scene's QML module is a static library: register it with the QML engine from here, the one
// place that loads it.
Q_IMPORT_QML_PLUGIN(MirrorStage_ScenePlugin)

namespace mirrorstage::app {

QString SceneContainer::openGlProblem()
{
    if (qEnvironmentVariableIsSet("MIRRORSTAGE_NO_3D"))
        return tr("3D is turned off by the MIRRORSTAGE_NO_3D environment variable.");
    QOpenGLContext context;
    if (!context.create())
        return tr("No OpenGL context could be created on this display.");
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return tr("An OpenGL context exists but cannot be used on this display.");
    const QSurfaceFormat format = context.format();
    context.doneCurrent();
    const bool gles = context.isOpenGLES();
    if (format.majorVersion() < 3) {
        return tr("This display offers OpenGL%1 %2.%3; the rack view needs OpenGL 3.0 or OpenGL ES 3.0.")
            .arg(gles ? QStringLiteral(" ES") : QString())
            .arg(format.majorVersion())
            .arg(format.minorVersion());
    }
    return {};
}

SceneContainer::SceneContainer(core::FleetState &state, core::HostSelection &selection, QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("sceneContainer"));
    m_fallback = new QLabel(this);
    m_fallback->setObjectName(QStringLiteral("sceneFallback"));
    m_fallback->setAlignment(Qt::AlignCenter);
    m_fallback->setWordWrap(true);
    m_fallback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fallback->setMargin(24);
    addWidget(m_fallback);

    const QString problem = openGlProblem();
    if (!problem.isEmpty()) {
        showFallback(problem);
        return;
    }
    m_view = new QQuickView;
    // A child of the view, so that it outlives the QML that binds to it.
    m_scene = new scene::FleetScene(state, selection, m_view);
    m_view->setResizeMode(QQuickView::SizeRootObjectToView);
    m_view->setColor(QColor(0x1b, 0x1f, 0x24));
    m_view->setInitialProperties({{QStringLiteral("fleet"), QVariant::fromValue(m_scene)}});
    connect(m_view, &QQuickWindow::sceneGraphError, this, [this](QQuickWindow::SceneGraphError, const QString &message) {
        showFallback(tr("The 3D view stopped: %1").arg(message));
    });
    m_view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/MirrorStage/Scene/RackScene.qml")));
    if (m_view->status() != QQuickView::Ready) {
        QStringList errors;
        for (const QQmlError &error : m_view->errors())
            errors.append(error.toString());
        qCWarning(lcWindow).noquote() << "the rack scene did not load:" << errors.join(QLatin1Char('\n'));
        delete m_view;
        m_view = nullptr;
        showFallback(tr("The rack scene could not be loaded: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    QWidget *container = QWidget::createWindowContainer(m_view, this);
    container->setObjectName(QStringLiteral("sceneView"));
    container->setMinimumSize(320, 240);
    container->setFocusPolicy(Qt::StrongFocus);
    addWidget(container);
    setCurrentWidget(container);
}

SceneContainer::~SceneContainer()
{
    // Qt 6.4 can crash in Quick 3D's custom materials when a view is deleted in the middle of a
    // frame; a hidden view renders no more frames.
    if (m_view)
        m_view->hide();
}

void SceneContainer::showFallback(const QString &reason)
{
    m_reason = reason;
    retranslate();
    setCurrentWidget(m_fallback);
    qCWarning(lcWindow).noquote() << "3D rack view off:" << reason;
}

void SceneContainer::retranslate()
{
    if (m_reason.isEmpty())
        return;
    m_fallback->setText(
        tr("<h3>The 3D rack view is off</h3><p>%1</p>"
           "<p>The fleet tree, the host details and enrollment keep working.</p>"
           "<p>To get the 3D view, run the console on a display with OpenGL 3 (on Debian: "
           "<code>apt install libgl1-mesa-dri</code>, and on a remote session use a GPU-enabled X server "
           "or Xvfb) and start it again.</p>")
            .arg(m_reason.toHtmlEscaped()));
}

void SceneContainer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

void SceneContainer::frameAll()
{
    if (m_scene)
        m_scene->frameAll();
}

void SceneContainer::focusSelected()
{
    if (m_scene)
        m_scene->focusSelected();
}

void SceneContainer::setLinkOverlayVisible(bool visible)
{
    if (m_scene)
        m_scene->setLinkOverlayVisible(visible);
}

}  // namespace mirrorstage::app
