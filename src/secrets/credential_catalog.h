#pragma once
// Which credentials the console keeps in the keychain, by name only. QtKeychain cannot list a
// service's entries, so the catalogue is a fixed list of what the console itself uses (its signing
// key, each AI provider's API key, the Google client secret and tokens, the TLS key passphrase)
// plus the names other code recorded when it wrote one (SSH passwords and key passphrases per
// host), kept in QSettings under "credentials/recorded" — names, never values.
//
// Whether an entry is stored is learnt by reading it and dropping the value at once: nothing here
// hands a value out, shows it or logs it. The answers are cached until the next refresh.

#include "secret_store.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class QSettings;

namespace mirrorstage::secrets {

// The keychain entry names the console uses. ConsoleKey, ConsoleSettingsLoader::apiKeyName and
// src/auth (GoogleSignInSettings, SessionVault) must agree with these (tests/gui/test_credentials_page
// checks it). SSH entries ("ssh/<host>/password", "ssh/<host>/key-passphrase") are recorded ones.
namespace CredentialNames {
inline QString consoleSigningKey() { return QStringLiteral("console-signing-key"); }
inline QString aiApiKey(const QString &provider) { return QStringLiteral("ai/%1/api_key").arg(provider); }
inline QString googleClientSecret() { return QStringLiteral("google/client_secret"); }
inline QString googleRefreshToken() { return QStringLiteral("google/refresh_token"); }
inline QString googleAccessToken() { return QStringLiteral("google/access_token"); }
inline QString googleSession() { return QStringLiteral("google/session"); }
inline QString tlsKeyPassphrase() { return QStringLiteral("tls/key_passphrase"); }
// The providers that take an API key (ai::ProviderSettingsText::kindKey of each remote kind).
inline QStringList aiProviders() { return {QStringLiteral("gemini"), QStringLiteral("openai"), QStringLiteral("anthropic")}; }
}  // namespace CredentialNames

// Names of credentials written at run time (SSH per host …), so that the catalogue can list them.
// Whoever writes such an entry through SecretStore calls remember(); CredentialCatalog::set and
// remove do it themselves.
class CredentialRegistry {
public:
    static constexpr const char *kSettingsKey = "credentials/recorded";
    static QStringList recorded(QSettings &settings);
    static void remember(QSettings &settings, const QString &name);
    static void forget(QSettings &settings, const QString &name);
    // The same on the application's default QSettings.
    static void remember(const QString &name);
    static void forget(const QString &name);
};

enum class CredentialKind { SigningKey, ApiKey, OAuth, Ssh, Tls, Other };

struct Credential {
    QString name;    // the keychain entry ("ai/openai/api_key")
    QString label;   // what it is for, for the operator
    CredentialKind kind = CredentialKind::Other;
    bool fixed = true;  // in the built-in catalogue (else recorded at run time)
};

enum class CredentialState { Unknown, Stored, NotStored, Unavailable, Failed };

class CredentialCatalog : public QObject {
    Q_OBJECT
public:
    // `settings` holds the recorded names; it must outlive the catalogue.
    CredentialCatalog(QSettings &settings, SecretStore store = SecretStore(), QObject *parent = nullptr);

    static QList<Credential> builtIn();
    // The built-in entries, then the recorded ones (sorted), each once.
    QList<Credential> entries() const;
    std::optional<Credential> find(const QString &name) const;

    CredentialState state(const QString &name) const { return m_states.value(name, CredentialState::Unknown); }
    // The keychain's last word on an entry that is unavailable or failed (empty otherwise).
    QString message(const QString &name) const { return m_messages.value(name); }
    // False once any probe found no keychain; unavailableMessage() then says what the keychain said.
    bool keychainAvailable() const { return m_unavailableMessage.isEmpty(); }
    QString unavailableMessage() const { return m_unavailableMessage; }
    bool refreshing() const { return m_pending > 0; }

    // Probes every entry (asynchronously); refreshed() when all have answered.
    void refresh();
    // The same, waiting: for msctl and start-up code without a running event loop.
    void refreshNow();

    using Done = SecretStore::Done;
    // Writes the value straight to the keychain (a recorded name is remembered on success).
    void set(const QString &name, const QByteArray &value, Done done);
    // Deletes the entry (a recorded name is forgotten once it is gone).
    void remove(const QString &name, Done done);

signals:
    void refreshed();
    void stateChanged(const QString &name);

private:
    void record(const QString &name, const SecretResult &result);

    QSettings &m_settings;
    SecretStore m_store;
    QHash<QString, CredentialState> m_states;
    QHash<QString, QString> m_messages;
    QString m_unavailableMessage;
    int m_pending = 0;
    quint64 m_generation = 0;  // answers of an older refresh are ignored
};

}  // namespace mirrorstage::secrets
