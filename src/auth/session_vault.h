#pragma once
// A signed-in Google session in the keychain, and nowhere else: the refresh token
// (google/refresh_token), the access token (google/access_token) and what goes with them
// (google/session: e-mail, expiry, the OAuth client that issued the tokens, how the operator
// signed in). Asynchronous, so the window never waits on the keychain.

#include "google_sign_in_settings.h"
#include "secret_store.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace mirrorstage::auth {

struct GoogleSession {
    QString email;
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    GoogleClient client;  // the refresh grant must name the client that issued the refresh token
    QString method;       // "browser" or "gcloud"
};

class SessionVault {
public:
    explicit SessionVault(secrets::SecretStore keychain);

    static inline const QString refreshTokenKey = QStringLiteral("google/refresh_token");
    static inline const QString accessTokenKey = QStringLiteral("google/access_token");
    static inline const QString sessionKey = QStringLiteral("google/session");
    static QStringList keys() { return {refreshTokenKey, accessTokenKey, sessionKey}; }

    // Each calls back once; error empty on success.
    void save(const GoogleSession &session, std::function<void(const QString &error)> done) const;
    // nullopt with an empty error: no session is stored.
    void load(std::function<void(const std::optional<GoogleSession> &, const QString &error)> done) const;
    void erase(std::function<void(const QString &error)> done) const;

    const secrets::SecretStore &keychain() const { return m_keychain; }

private:
    secrets::SecretStore m_keychain;
};

}  // namespace mirrorstage::auth
