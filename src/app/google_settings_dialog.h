#pragma once
// The Google sign-in settings: the operator's OAuth client id (google/client_id) and scopes
// (google/scopes) in the settings file, the client secret in the keychain
// (google/client_secret) and never in a file. Applies to the next sign-in.

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QSettings;

namespace mirrorstage::app {

class GoogleSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit GoogleSettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_secret; }
    QLineEdit *scopesEdit() const { return m_scopes; }

signals:
    // secret: nullopt when the operator left it as it was.
    void saved(const QString &clientId, const QStringList &scopes, const std::optional<QString> &secret);

private:
    void save();

    QSettings &m_settings;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_error = nullptr;
};

}  // namespace mirrorstage::app
