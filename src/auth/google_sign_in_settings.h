#pragma once
// What Google sign-in needs to know: the operator's own OAuth client (a "Desktop app" client made
// in Google Cloud Console; the id in the settings, google/client_id, the secret in the keychain,
// google/client_secret), the scopes to ask for (google/scopes) and Google's endpoints, which tests
// point at a loopback server.

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace mirrorstage::auth {

struct GoogleEndpoints {
    QUrl authorization{QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")};
    QUrl token{QStringLiteral("https://oauth2.googleapis.com/token")};
    QUrl userinfo{QStringLiteral("https://openidconnect.googleapis.com/v1/userinfo")};
    QUrl revoke{QStringLiteral("https://oauth2.googleapis.com/revoke")};
};

// The client that a refresh token belongs to: a refresh grant must name the same one.
struct GoogleClient {
    QString id;
    QString secret;  // Google's desktop clients have one that is not really secret; kept in the keychain anyway
};

struct GoogleSignInSettings {
    Q_DECLARE_TR_FUNCTIONS(GoogleSignInSettings)
public:
    GoogleClient client;
    QStringList scopes = defaultScopes();
    GoogleEndpoints endpoints;

    // openid, email and profile say who the operator is; cloud-platform is the scope Google's own
    // Gemini API OAuth guide asks for, and it lets the token call generateContent.
    static QStringList defaultScopes();

    static inline const QString clientIdKey = QStringLiteral("google/client_id");
    static inline const QString scopesKey = QStringLiteral("google/scopes");
    static inline const QString clientSecretKeychainName = QStringLiteral("google/client_secret");

    // The client id and scopes from QSettings (the secret comes from the keychain separately).
    static GoogleSignInSettings load(const QSettings &settings);
    // Scopes as the operator types them: separated by spaces, commas or new lines.
    static QStringList parseScopes(const QString &text);
};

}  // namespace mirrorstage::auth
