#include "google_settings_dialog.h"

#include "google_sign_in_settings.h"
#include "secret_store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QVBoxLayout>

namespace mirrorstage::app {

using auth::GoogleSignInSettings;

GoogleSettingsDialog::GoogleSettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("googleSettingsDialog"));
    setWindowTitle(tr("Google sign-in settings"));
    const GoogleSignInSettings current = GoogleSignInSettings::load(settings);

    auto *form = new QFormLayout;
    m_clientId = new QLineEdit(current.client.id, this);
    m_clientId->setPlaceholderText(tr("…apps.googleusercontent.com"));
    form->addRow(tr("OAuth client id (Desktop app)"), m_clientId);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    form->addRow(tr("Client secret"), m_secret);
    m_scopes = new QLineEdit(current.scopes.join(QLatin1Char(' ')), this);
    form->addRow(tr("Scopes"), m_scopes);

    auto *hint = new QLabel(tr("Create the client in Google Cloud Console, APIs & Services, Credentials: "
                               "\"Create credentials\", \"OAuth client ID\", type \"Desktop app\". "
                               "The settings apply to the next sign-in."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("googleSettingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoogleSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void GoogleSettingsDialog::save()
{
    const QString clientId = m_clientId->text().trimmed();
    const QStringList scopes = GoogleSignInSettings::parseScopes(m_scopes->text());
    m_settings.setValue(GoogleSignInSettings::clientIdKey, clientId);
    m_settings.setValue(GoogleSignInSettings::scopesKey, scopes.join(QLatin1Char(' ')));
    std::optional<QString> secret;
    if (!m_secret->text().isEmpty())
        secret = m_secret->text();
    if (!secret) {
        emit saved(clientId, scopes, secret);
        accept();
        return;
    }
    // The dialog stays open until the keychain has the secret, or says why it has not.
    setEnabled(false);
    const QPointer<GoogleSettingsDialog> self(this);
    secrets::SecretStore().write(GoogleSignInSettings::clientSecretKeychainName, secret->toUtf8(),
                                 [self, clientId, scopes, secret](const secrets::SecretResult &result) {
                                     if (!self)
                                         return;
                                     self->setEnabled(true);
                                     if (!result.ok()) {
                                         self->m_error->setText(tr("The client secret was not saved: %1").arg(result.message));
                                         self->m_error->show();
                                         return;
                                     }
                                     emit self->saved(clientId, scopes, secret);
                                     self->accept();
                                 });
}

}  // namespace mirrorstage::app
