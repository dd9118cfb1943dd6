#include "account_menu.h"

#include "application_default_credentials.h"
#include "google_settings_dialog.h"
#include "google_sign_in.h"

#include <QEvent>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace mirrorstage::app {

AccountMenu::AccountMenu(auth::GoogleSignIn &signIn, QSettings &settings, QWidget *parent)
    : QMenu(parent)
    , m_auth(signIn)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("accountMenu"));
    m_signIn = addAction(QString(), this, [this] {
        m_operatorAsked = true;
        m_auth.signIn();
    });
    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    m_gcloud = addAction(QString(), this, &AccountMenu::useGcloudCredentials);
    m_gcloud->setObjectName(QStringLiteral("actionUseGcloud"));
    m_signOut = addAction(QString(), this, [this] {
        m_operatorAsked = true;
        m_auth.signOut();
    });
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    addSeparator();
    m_settingsAction = addAction(QString(), this, &AccountMenu::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("actionGoogleSettings"));

    connect(this, &QMenu::aboutToShow, this, &AccountMenu::updateActions);
    connect(&m_auth, &auth::GoogleSignIn::stateChanged, this, &AccountMenu::updateActions);
    connect(&m_auth, &auth::GoogleSignIn::signedIn, this, [this] { m_operatorAsked = false; });
    connect(&m_auth, &auth::GoogleSignIn::signedOut, this, [this] { m_operatorAsked = false; });
    connect(&m_auth, &auth::GoogleSignIn::failed, this,
            [this](const QString &message) { tell(tr("Google sign-in"), message); });
    connect(&m_auth, &auth::GoogleSignIn::browserUnavailable, this, [this](const QUrl &url, const QString &message) {
        m_operatorAsked = true;
        tell(tr("Open this address in a browser"), message, url.toString(QUrl::FullyEncoded));
    });
    retranslate();
    updateActions();
}

void AccountMenu::retranslate()
{
    setTitle(tr("&Account"));
    m_signIn->setText(tr("Sign &in with Google…"));
    m_gcloud->setText(tr("Use &gcloud's credentials"));
    m_signOut->setText(tr("Sign &out"));
    m_settingsAction->setText(tr("Google sign-in &settings…"));
}

void AccountMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AccountMenu::updateActions()
{
    const auth::GoogleSignIn::State state = m_auth.state();
    m_signIn->setEnabled(state != auth::GoogleSignIn::State::SigningIn);
    m_signOut->setEnabled(state == auth::GoogleSignIn::State::SignedIn);
    const auth::AdcDiscovery found = auth::ApplicationDefaultCredentials::discover();
    m_gcloud->setEnabled(found.exists && state != auth::GoogleSignIn::State::SigningIn);
    m_gcloud->setToolTip(found.exists ? found.path : tr("No gcloud credentials at %1").arg(found.path));
}

void AccountMenu::useGcloudCredentials()
{
    m_operatorAsked = true;
    const auth::AdcDiscovery found = auth::ApplicationDefaultCredentials::discover();
    if (!found.credentials) {
        tell(tr("gcloud's credentials"),
             found.exists ? found.problem
                          : tr("There are no gcloud credentials at %1. Run \"gcloud auth application-default login\" "
                               "first.")
                                .arg(found.path));
        return;
    }
    m_auth.signInWith(*found.credentials);
}

void AccountMenu::openSettings()
{
    auto *dialog = new GoogleSettingsDialog(m_settings, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoogleSettingsDialog::saved, this, [this](const QString &clientId, const QStringList &scopes,
                                                               const std::optional<QString> &secret) {
        auth::GoogleSignInSettings next = m_auth.settings();
        next.client.id = clientId;
        next.scopes = scopes.isEmpty() ? auth::GoogleSignInSettings::defaultScopes() : scopes;
        if (secret)
            next.client.secret = *secret;
        m_auth.setSettings(next);
    });
    dialog->open();
}

void AccountMenu::tell(const QString &title, const QString &message, const QString &details)
{
    if (!std::exchange(m_operatorAsked, false)) {
        if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
            window->statusBar()->showMessage(message, 60'000);
        return;
    }
    // Not modal: the console goes on while the operator reads.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("accountMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

}  // namespace mirrorstage::app
