#include "window_session.h"

#include "console_status_bar.h"
#include "google_sign_in.h"
#include "main_window.h"
#include "stall_monitor.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWindow, "mirrorstage.window")

namespace mirrorstage::app {

namespace {

QString operatorName()
{
    // Until an operator signs in, decisions carry the local account's name.
    return QStringLiteral("console:") + qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
}

}  // namespace

WindowSession::WindowSession(ConsoleRuntime &runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
}

WindowSession::~WindowSession()
{
    m_window.reset();  // before the state and the store client it points to
}

bool WindowSession::start(QString *error)
{
    WindowSettings windowSettings;
    if (!WindowSettingsStore::load(m_settings, windowSettings, error))
        return false;

    m_racksFile = windowSettings.racksFile;
    if (m_racksFile.isEmpty()) {
        const QString besideDatabase = QFileInfo(m_runtime.databasePath()).dir().filePath(QStringLiteral("racks.json"));
        if (QFileInfo::exists(besideDatabase))
            m_racksFile = besideDatabase;
        else if (m_runtime.demoFleet())
            m_racksFile = QStringLiteral(":/mirrorstage/demo/racks.json");
    }
    if (!m_racksFile.isEmpty()) {
        const std::optional<core::RackLayout> layout = core::RackLayout::load(m_racksFile, error);
        if (!layout)
            return false;
        m_state.setLayout(*layout);
    }

    m_store = std::make_unique<StoreClient>(m_runtime.databasePath());
    if (!m_store->start(error))
        return false;
    m_state.setThresholds(windowSettings.thresholds, QDateTime::currentMSecsSinceEpoch());
    connect(m_runtime.hub(), &HubService::frameReady, this, [this](const core::FleetFrame &frame) {
        m_state.apply(frame, QDateTime::currentMSecsSinceEpoch());
    });
    m_healthTimer.setInterval(1000);
    connect(&m_healthTimer, &QTimer::timeout, this, [this] { m_state.reassess(QDateTime::currentMSecsSinceEpoch()); });
    m_healthTimer.start();

    m_googleSignIn = std::make_unique<auth::GoogleSignIn>(auth::GoogleSignInSettings::load(m_settings));
    m_window = std::make_unique<MainWindow>(WindowContext{m_state, m_selection, *m_store, m_language, m_settings,
                                                          windowSettings, m_runtime.listenUrl(), operatorName(),
                                                          m_runtime.remediation(), m_googleSignIn.get()});
    startGoogleSignIn();
    loadKnownHosts();
    if (UiStallMonitor::wanted())
        (new UiStallMonitor(this))->start();
    return true;
}

void WindowSession::startGoogleSignIn()
{
    auth::GoogleSignIn *signIn = m_googleSignIn.get();
    signIn->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_window->consoleStatusBar()->setAccount(QString());
    connect(signIn, &auth::GoogleSignIn::signedIn, this, [this, signIn](const QString &email) {
        m_window->setOperatorName(email);
        m_window->consoleStatusBar()->setAccount(email);
        audit(email, QStringLiteral("signin"), {{QStringLiteral("method"), signIn->method()}});
    });
    connect(signIn, &auth::GoogleSignIn::signedOut, this, [this](const QString &email, bool byOperator) {
        m_window->setOperatorName(operatorName());
        m_window->consoleStatusBar()->setAccount(QString());
        audit(email, QStringLiteral("signout"),
              {{QStringLiteral("reason"), byOperator ? QStringLiteral("operator") : QStringLiteral("session ended")}});
    });
    if (RemediationService *remediation = m_runtime.remediation())
        connect(signIn, &auth::GoogleSignIn::accessTokenChanged, remediation, &RemediationService::setBearerToken);

    // The client secret lives in the keychain; the saved session is restored once it is known.
    const QPointer<auth::GoogleSignIn> guard(signIn);
    secrets::SecretStore().read(auth::GoogleSignInSettings::clientSecretKeychainName,
                                [guard](const secrets::SecretResult &secret) {
                                    if (!guard)
                                        return;
                                    if (secret.ok()) {
                                        auth::GoogleSignInSettings settings = guard->settings();
                                        settings.client.secret = QString::fromUtf8(secret.value);
                                        guard->setSettings(settings);
                                    }
                                    guard->restore();
                                });
}

void WindowSession::audit(const QString &actor, const QString &action, const QJsonObject &details)
{
    m_store->request(
        this,
        [actor, action, details](store::Database &db) {
            QString error;
            store::AuditChain(db.connection())
                .append(actor, action, actor, details, QDateTime::currentMSecsSinceEpoch(), &error);
            return error;
        },
        [action](const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcWindow).noquote() << "the" << action << "was not written to the audit log:" << error;
        });
}

void WindowSession::loadKnownHosts()
{
    m_store->request(
        this,
        [](store::Database &db) {
            QString error;
            QList<core::KnownHost> known;
            const QHash<QString, store::HostPlacement> placements =
                store::PlacementRepository(db.connection()).all(&error);
            for (const store::HostRecord &host : store::HostRepository(db.connection()).list(&error)) {
                if (host.enrollment != store::EnrollmentState::Accepted)
                    continue;
                core::KnownHost entry;
                entry.agentId = host.agentId;
                entry.identity.hostname = host.hostname;
                entry.identity.agentVersion = host.agentVersion;
                entry.identity.rack = host.rack;
                entry.identity.position = host.position;
                entry.identity.tags = host.tags;
                entry.lastSeenMs = host.lastSeenMs;
                const auto placement = placements.constFind(host.agentId);
                if (placement != placements.cend())
                    entry.operatorPlacement = core::Placement{placement->rack, placement->position};
                known.append(entry);
            }
            if (!error.isEmpty())
                qCWarning(lcWindow).noquote() << "the known hosts could not all be read:" << error;
            return known;
        },
        [this](const QList<core::KnownHost> &known) {
            m_state.addKnown(known, QDateTime::currentMSecsSinceEpoch());
            emit knownHostsLoaded(int(known.size()));
        });
}

}  // namespace mirrorstage::app
