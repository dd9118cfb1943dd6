#pragma once
// Settings → Credentials: every credential the console keeps in the keychain, by name and purpose,
// whether it is stored (never its value), and Set or replace… / Delete… for each. A value typed
// here goes from a password field straight to the keychain. Without a reachable Secret Service the
// page says what is missing and how to fix it; nothing is ever written anywhere else instead.
//
// Deleting the console's signing key takes its name typed out: agents pinned that key at
// enrollment and refuse a console with a new one until they are enrolled again. The key cannot be
// set from here (the console makes it itself at its first start, 32 random bytes).

#include "credential_catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

namespace mirrorstage::app {

class CredentialsPage : public QWidget {
    Q_OBJECT
public:
    // `settings` keeps the names of credentials recorded at run time (SSH per host …); `store` is
    // the console's keychain service unless a test gives its own.
    explicit CredentialsPage(QSettings &settings, QWidget *parent = nullptr, secrets::SecretStore store = secrets::SecretStore());

    secrets::CredentialCatalog &catalog() { return m_catalog; }
    QString statusText() const;

public slots:
    void refresh();

private:
    void rebuild();
    void updateButtons();
    void showUnavailable();
    QString selectedName() const;
    void setSelected();
    void deleteSelected();
    bool confirmDelete(const secrets::Credential &credential);
    void finished(const QString &name, const secrets::SecretResult &result, bool removed);

    secrets::CredentialCatalog m_catalog;
    QLabel *m_unavailable = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
};

}  // namespace mirrorstage::app
