#pragma once
// The Account menu: Sign in with Google (the system browser), Use gcloud's credentials (when
// gcloud's Application Default Credentials file exists), Sign out, and the Google sign-in
// settings. What goes wrong is said in a window when the operator asked for something, and in the
// status bar when it happened on its own (a session that Google ended, say).

#include <QMenu>

class QSettings;

namespace mirrorstage::auth {
class GoogleSignIn;
}

namespace mirrorstage::app {

class AccountMenu : public QMenu {
    Q_OBJECT
public:
    AccountMenu(auth::GoogleSignIn &signIn, QSettings &settings, QWidget *parent = nullptr);

    QAction *signInAction() const { return m_signIn; }
    QAction *gcloudAction() const { return m_gcloud; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *settingsAction() const { return m_settingsAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void useGcloudCredentials();
    void openSettings();
    void tell(const QString &title, const QString &message, const QString &details = QString());

    auth::GoogleSignIn &m_auth;
    QSettings &m_settings;
    QAction *m_signIn = nullptr;
    QAction *m_gcloud = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_settingsAction = nullptr;
    bool m_operatorAsked = false;  // the next failure answers something the operator did
};

}  // namespace mirrorstage::app
