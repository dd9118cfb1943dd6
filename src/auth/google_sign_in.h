#pragma once
// Google sign-in for the console's operator.
//
//   signIn()      the browser flow: QtNetworkAuth's authorization-code flow, PKCE (S256) added by
//                 hand (Qt 6.4 has no switch for it), Google's answer on a loopback port of
//                 127.0.0.1, the state checked before the code is exchanged; then userinfo says
//                 which e-mail signed in.
//   signInWith()  gcloud's Application Default Credentials: the refresh grant, no browser.
//   restore()     at start: the session in the keychain, refreshed, its e-mail asked again.
//   signOut()     revokes the session at Google (not gcloud's, which the operator still uses
//                 elsewhere) and deletes it from the keychain.
//
// The tokens live in the keychain (SessionVault) and in memory; the access token renews itself a
// few minutes before it expires. Every failure reaches failed() in words that say what to do.
// The library links no GUI module: the console gives it the function that opens a browser.

#include "application_default_credentials.h"
#include "google_account_client.h"
#include "google_sign_in_settings.h"
#include "session_vault.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace mirrorstage::auth {

class GoogleSignIn : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)
    // Opens `url` in the operator's browser; false when there is none.
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    using TokenDone = std::function<void(const QString &token, const QString &error)>;

    explicit GoogleSignIn(GoogleSignInSettings settings, secrets::SecretStore keychain = secrets::SecretStore(),
                          QObject *parent = nullptr);
    ~GoogleSignIn() override;

    // For the next sign-in; a running session keeps the client that issued its tokens.
    void setSettings(const GoogleSignInSettings &settings);
    const GoogleSignInSettings &settings() const { return m_settings; }
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    void signIn();
    void signInWith(const AuthorizedUserCredentials &credentials);
    void restore();
    void signOut();
    // Abandons a sign-in that waits for the browser.
    void cancel();
    void refreshNow();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString email() const { return m_session.email; }
    QString method() const { return m_session.method; }  // "browser" or "gcloud"
    QString accessToken() const { return m_session.accessToken; }
    QDateTime expiresAt() const { return m_session.expiresAt; }
    // An access token good for at least another minute, renewed first when needed. `done` runs
    // once, (token, "") or ("", words), unless `context` is gone by then.
    void withAccessToken(QObject *context, TokenDone done);

    static constexpr int kBrowserTimeoutMs = 10 * 60 * 1000;
    static constexpr int kRetryMs = 30'000;

signals:
    void stateChanged(mirrorstage::auth::GoogleSignIn::State state);
    void signedIn(const QString &email);
    // byOperator: false when Google ended the session (refresh token expired or revoked).
    void signedOut(const QString &email, bool byOperator);
    void failed(const QString &message);
    // No browser opened: the sign-in still waits; `url` can be opened by hand on this computer.
    void browserUnavailable(const QUrl &url, const QString &message);
    void accessTokenChanged(const QString &token);

private:
    struct BrowserAttempt;
    void onAuthorizationUrl(const QUrl &url);
    void onRedirect(const QVariantMap &values);
    void onCodeExchanged();
    void failAttempt(const QString &message);
    void abandonAttempt();
    void signInFromRefreshToken(GoogleSession session, bool fromKeychain);
    void finishSignIn(GoogleSession session);
    void adopt(const GoogleSession &session);
    void refresh(TokenDone done);
    void finishRefreshes(const QString &token, const QString &error);
    void scheduleRefresh();
    void expire();
    void setState(State state);
    State restingState() const;

    GoogleSignInSettings m_settings;
    SessionVault m_vault;
    GoogleAccountClient *m_client = nullptr;
    BrowserOpener m_openBrowser;
    State m_state = State::SignedOut;
    GoogleSession m_session;
    QTimer m_refreshTimer;
    std::unique_ptr<BrowserAttempt> m_attempt;
    bool m_refreshing = false;
    QList<TokenDone> m_waitingForToken;
    quint64 m_generation = 0;  // bumped by sign-in, sign-out: late answers of an older one are dropped
};

}  // namespace mirrorstage::auth
