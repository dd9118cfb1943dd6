#include "google_sign_in.h"

#include "auth_log.h"
#include "loopback_reply_handler.h"
#include "pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace mirrorstage::auth {

namespace {

// Qt 6.4 percent-encodes the authorization code twice, so Google's codes ("4/0A...") arrive as
// "4%252F0A..." and are refused. Codes hold no '%' of their own: decode fully, encode once.
QString encodedOnce(QByteArray code)
{
    for (QByteArray decoded = QByteArray::fromPercentEncoding(code); decoded != code;
         decoded = QByteArray::fromPercentEncoding(code))
        code = decoded;
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(code)));
}

}  // namespace

// One browser sign-in: the flow, the loopback listener and their own network manager (Qt's flow
// connects its token reply to the handler without a context object, so the reply must never
// outlive the handler: abandoning aborts it first).
struct GoogleSignIn::BrowserAttempt {
    QPointer<QOAuth2AuthorizationCodeFlow> flow;
    QPointer<LoopbackReplyHandler> handler;
    QPointer<QNetworkAccessManager> network;
    QString state;
    Pkce pkce;
    QTimer timeout;
    bool redirected = false;
};

GoogleSignIn::GoogleSignIn(GoogleSignInSettings settings, secrets::SecretStore keychain, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_vault(std::move(keychain))
    , m_client(new GoogleAccountClient(m_settings.endpoints, this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &GoogleSignIn::refreshNow);
}

GoogleSignIn::~GoogleSignIn()
{
    abandonAttempt();
    delete m_client;  // its replies' callbacks point here
    m_client = nullptr;
}

void GoogleSignIn::setSettings(const GoogleSignInSettings &settings)
{
    m_settings = settings;
    m_client->setEndpoints(settings.endpoints);
}

void GoogleSignIn::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

GoogleSignIn::State GoogleSignIn::restingState() const
{
    return m_session.accessToken.isEmpty() ? State::SignedOut : State::SignedIn;
}

// --- the browser flow ---------------------------------------------------------------------------

void GoogleSignIn::signIn()
{
    abandonAttempt();
    if (m_settings.client.id.isEmpty()) {
        emit failed(tr("Google sign-in needs your own OAuth client: create a \"Desktop app\" OAuth client id in "
                       "Google Cloud Console and enter it in Account, Google sign-in settings (google/client_id)."));
        return;
    }
    ++m_generation;
    auto attempt = std::make_unique<BrowserAttempt>();
    attempt->handler = new LoopbackReplyHandler(this);
    if (!attempt->handler->isListening()) {
        delete attempt->handler;
        emit failed(tr("Google sign-in could not open a port on 127.0.0.1 for the browser to come back to. "
                       "Check that the loopback interface is up and try again."));
        return;
    }
    attempt->network = new QNetworkAccessManager(attempt->handler);
    attempt->state = QString::fromLatin1(randomUrlSafe(24));
    attempt->pkce = Pkce::generate();

    // Connected before the flow connects its own slot, so the state is checked here first.
    connect(attempt->handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &GoogleSignIn::onRedirect);
    connect(attempt->handler, &LoopbackReplyHandler::tokenRequestFailed, this, [this](const AccountCallError &error) {
        failAttempt(error.kind == AccountCallError::Kind::InvalidGrant
                        ? tr("Google did not accept the sign-in code (%1). Start the sign-in again.").arg(error.detail)
                        : error.message);
    });

    auto *flow = new QOAuth2AuthorizationCodeFlow(attempt->network, this);
    attempt->flow = flow;
    flow->setAuthorizationUrl(m_settings.endpoints.authorization);
    flow->setAccessTokenUrl(m_settings.endpoints.token);
    flow->setClientIdentifier(m_settings.client.id);
    flow->setClientIdentifierSharedKey(m_settings.client.secret);
    flow->setScope(m_settings.scopes.join(QLatin1Char(' ')));
    flow->setState(attempt->state);
    flow->setReplyHandler(attempt->handler);
    const QString verifier = QString::fromLatin1(attempt->pkce.verifier);
    const QString challenge = QString::fromLatin1(attempt->pkce.challenge);
    flow->setModifyParametersFunction(
        [verifier, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
                const QString code = QStringLiteral("code");
                parameters->replace(code, encodedOnce(parameters->value(code).toByteArray()));
            }
        });
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, &GoogleSignIn::onAuthorizationUrl);
    connect(flow, &QAbstractOAuth::granted, this, &GoogleSignIn::onCodeExchanged);

    attempt->timeout.setSingleShot(true);
    connect(&attempt->timeout, &QTimer::timeout, this, [this] {
        failAttempt(tr("Nobody finished the Google sign-in in the browser within %n minute(s). Start it again.", nullptr,
                       kBrowserTimeoutMs / 60'000));
    });
    attempt->timeout.start(kBrowserTimeoutMs);
    m_attempt = std::move(attempt);
    setState(State::SigningIn);
    qCInfo(lcAuth).noquote() << "sign-in started; waiting for the browser on port" << m_attempt->handler->port();
    flow->grant();
}

void GoogleSignIn::onAuthorizationUrl(const QUrl &url)
{
    if (m_openBrowser && m_openBrowser(url))
        return;
    qCWarning(lcAuth) << "no browser could be opened for the sign-in";
    emit browserUnavailable(url, tr("No web browser could be opened for Google sign-in. To go on, open this "
                                    "address in a browser on this computer (the answer comes back to a port "
                                    "of 127.0.0.1):\n%1")
                                     .arg(url.toString(QUrl::FullyEncoded)));
}

void GoogleSignIn::onRedirect(const QVariantMap &values)
{
    if (!m_attempt || m_attempt->redirected)
        return;
    LoopbackReplyHandler *handler = m_attempt->handler;
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        handler->setCallbackText(tr("The sign-in was not completed. You can close this page and return to MIRROR STAGE."));
        if (error == QLatin1String("access_denied")) {
            failAttempt(tr("You declined the Google sign-in in the browser (consent denied); nothing changed. "
                           "Choose Sign in with Google to try again."));
        } else {
            const QString description =
                QUrl::fromPercentEncoding(values.value(QStringLiteral("error_description")).toByteArray());
            failAttempt(tr("Google refused the sign-in (%1%2). Check the OAuth client (setting google/client_id) "
                           "and the scopes (google/scopes), then try again.")
                            .arg(error, description.isEmpty() ? QString() : QStringLiteral(": ") + description));
        }
        return;
    }
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
    if (state != m_attempt->state) {
        handler->setCallbackText(tr("This answer does not belong to the sign-in MIRROR STAGE started, and was ignored."));
        failAttempt(tr("The answer that came back from the browser did not belong to this sign-in (state mismatch), "
                       "so it was refused: it may have been sent by another page. Start the sign-in again."));
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty()) {
        handler->setCallbackText(tr("The sign-in was not completed. You can close this page and return to MIRROR STAGE."));
        failAttempt(tr("Google's answer carried no authorization code. Start the sign-in again."));
        return;
    }
    m_attempt->redirected = true;
    handler->setCallbackText(tr("MIRROR STAGE received Google's answer. You can close this page."));
}

void GoogleSignIn::onCodeExchanged()
{
    if (!m_attempt || !m_attempt->flow)
        return;
    QOAuth2AuthorizationCodeFlow *flow = m_attempt->flow;
    GoogleSession session;
    session.accessToken = flow->token();
    session.refreshToken = flow->refreshToken();
    session.expiresAt = flow->expirationAt().isValid() ? flow->expirationAt().toUTC()
                                                       : QDateTime::currentDateTimeUtc().addSecs(3600);
    session.client = m_settings.client;
    session.method = QStringLiteral("browser");
    if (session.refreshToken.isEmpty())
        qCWarning(lcAuth) << "Google sent no refresh token; the session ends when the access token expires";
    abandonAttempt();
    finishSignIn(session);
}

void GoogleSignIn::failAttempt(const QString &message)
{
    abandonAttempt();
    qCWarning(lcAuth).noquote() << "sign-in failed:" << message;
    setState(restingState());
    emit failed(message);
}

void GoogleSignIn::abandonAttempt()
{
    if (!m_attempt)
        return;
    const std::unique_ptr<BrowserAttempt> attempt = std::move(m_attempt);
    attempt->timeout.stop();
    if (attempt->flow) {
        disconnect(attempt->flow, nullptr, this, nullptr);
        attempt->flow->deleteLater();
    }
    if (attempt->handler) {
        disconnect(attempt->handler, nullptr, this, nullptr);
        if (attempt->network) {
            for (QNetworkReply *reply : attempt->network->findChildren<QNetworkReply *>()) {
                if (reply->isRunning())
                    reply->abort();
            }
        }
        attempt->handler->close();
        // A moment for the browser to read its page; the handler is a child of this object anyway.
        QTimer::singleShot(2000, attempt->handler, &QObject::deleteLater);
    }
}

void GoogleSignIn::cancel()
{
    if (!m_attempt)
        return;
    abandonAttempt();
    setState(restingState());
}

// --- refresh-token sign-ins (gcloud's credentials, the keychain at start) -----------------------

void GoogleSignIn::signInWith(const AuthorizedUserCredentials &credentials)
{
    abandonAttempt();
    GoogleSession session;
    session.client = credentials.client;
    session.refreshToken = credentials.refreshToken;
    session.method = QStringLiteral("gcloud");
    signInFromRefreshToken(session, false);
}

void GoogleSignIn::restore()
{
    const QPointer<GoogleSignIn> self(this);
    m_vault.load([self](const std::optional<GoogleSession> &session, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            qCWarning(lcAuth).noquote() << "the Google session could not be read from the keychain:" << error;
            emit self->failed(tr("The saved Google session could not be read from the keychain (%1). Sign in again.")
                                  .arg(error));
            return;
        }
        if (!session || self->m_state != State::SignedOut)
            return;
        qCInfo(lcAuth) << "restoring the Google session from the keychain";
        self->signInFromRefreshToken(*session, true);
    });
}

void GoogleSignIn::signInFromRefreshToken(GoogleSession session, bool fromKeychain)
{
    const quint64 generation = ++m_generation;
    setState(State::SigningIn);
    m_client->refresh(session.refreshToken, session.client,
                      [this, generation, session, fromKeychain](const std::optional<TokenGrant> &grant,
                                                                const AccountCallError &error) mutable {
                          if (generation != m_generation)
                              return;
                          if (!grant) {
                              if (error.kind == AccountCallError::Kind::InvalidGrant) {
                                  if (fromKeychain) {
                                      m_session = session;
                                      expire();
                                  } else {
                                      setState(restingState());
                                      emit failed(tr("Google no longer accepts gcloud's credentials (%1). Run "
                                                     "\"gcloud auth application-default login\" again.")
                                                      .arg(error.detail));
                                  }
                                  return;
                              }
                              if (fromKeychain && !session.accessToken.isEmpty() && !session.email.isEmpty()) {
                                  // Offline at start: the operator is still who the keychain says; renew later.
                                  qCWarning(lcAuth).noquote() << "the session could not be renewed now:" << error.message;
                                  m_session = session;
                                  setState(State::SignedIn);
                                  m_refreshTimer.start(kRetryMs);
                                  emit accessTokenChanged(m_session.accessToken);
                                  emit signedIn(m_session.email);
                                  return;
                              }
                              setState(restingState());
                              emit failed(error.message);
                              return;
                          }
                          session.accessToken = grant->accessToken;
                          session.expiresAt = grant->expiresAt;
                          if (!grant->refreshToken.isEmpty())
                              session.refreshToken = grant->refreshToken;
                          finishSignIn(session);
                      });
}

void GoogleSignIn::finishSignIn(GoogleSession session)
{
    const quint64 generation = m_generation;
    setState(State::SigningIn);
    m_client->fetchEmail(session.accessToken, [this, generation, session](const QString &email,
                                                                          const AccountCallError &error) mutable {
        if (generation != m_generation)
            return;
        if (error.failed()) {
            setState(restingState());
            emit failed(tr("Google sign-in could not learn who signed in: %1").arg(error.message));
            return;
        }
        session.email = email;
        adopt(session);
    });
}

void GoogleSignIn::adopt(const GoogleSession &session)
{
    const quint64 generation = m_generation;
    m_session = session;
    scheduleRefresh();
    const QPointer<GoogleSignIn> self(this);
    m_vault.save(session, [self, generation](const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        if (!error.isEmpty())
            emit self->failed(tr("You are signed in, but the keychain did not keep the session (%1); you will have to "
                                 "sign in again after a restart.")
                                  .arg(error));
        qCInfo(lcAuth).noquote() << "signed in with Google as" << self->m_session.email << "by" << self->m_session.method;
        self->setState(State::SignedIn);
        emit self->accessTokenChanged(self->m_session.accessToken);
        emit self->signedIn(self->m_session.email);
    });
}

// --- the access token ----------------------------------------------------------------------------

void GoogleSignIn::withAccessToken(QObject *context, TokenDone done)
{
    const QPointer<QObject> guard(context);
    TokenDone guarded = [guard, done = std::move(done)](const QString &token, const QString &error) {
        if (guard)
            done(token, error);
    };
    if (m_state != State::SignedIn) {
        guarded(QString(), tr("Nobody is signed in with Google. Choose Account, Sign in with Google."));
        return;
    }
    if (m_session.expiresAt > QDateTime::currentDateTimeUtc().addSecs(60)) {
        guarded(m_session.accessToken, QString());
        return;
    }
    refresh(std::move(guarded));
}

void GoogleSignIn::refreshNow()
{
    if (m_state == State::SignedIn)
        refresh({});
}

void GoogleSignIn::refresh(TokenDone done)
{
    if (done)
        m_waitingForToken.append(std::move(done));
    if (m_refreshing)
        return;
    if (m_session.refreshToken.isEmpty()) {
        if (m_session.expiresAt <= QDateTime::currentDateTimeUtc())
            expire();
        else
            finishRefreshes(m_session.accessToken, QString());
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_client->refresh(m_session.refreshToken, m_session.client,
                      [this, generation](const std::optional<TokenGrant> &grant, const AccountCallError &error) {
                          m_refreshing = false;
                          if (generation != m_generation) {
                              finishRefreshes(QString(), tr("The Google session changed while its token was renewed."));
                              return;
                          }
                          if (!grant) {
                              if (error.kind == AccountCallError::Kind::InvalidGrant) {
                                  expire();
                                  return;
                              }
                              qCWarning(lcAuth).noquote() << "the access token could not be renewed; trying again in"
                                                          << kRetryMs / 1000 << "s:" << error.message;
                              m_refreshTimer.start(kRetryMs);
                              finishRefreshes(QString(), error.message);
                              return;
                          }
                          m_session.accessToken = grant->accessToken;
                          m_session.expiresAt = grant->expiresAt;
                          if (!grant->refreshToken.isEmpty())
                              m_session.refreshToken = grant->refreshToken;
                          m_vault.save(m_session, [](const QString &saveError) {
                              if (!saveError.isEmpty())
                                  qCWarning(lcAuth).noquote() << "the renewed token was not saved:" << saveError;
                          });
                          scheduleRefresh();
                          qCInfo(lcAuth) << "access token renewed; valid until" << m_session.expiresAt;
                          emit accessTokenChanged(m_session.accessToken);
                          finishRefreshes(m_session.accessToken, QString());
                      });
}

void GoogleSignIn::finishRefreshes(const QString &token, const QString &error)
{
    const QList<TokenDone> waiting = std::exchange(m_waitingForToken, {});
    for (const TokenDone &done : waiting)
        done(token, error);
}

void GoogleSignIn::scheduleRefresh()
{
    // Renew five minutes ahead, or halfway through a lifetime shorter than ten minutes.
    const qint64 lifetimeMs = QDateTime::currentDateTimeUtc().msecsTo(m_session.expiresAt);
    const qint64 leadMs = qMin<qint64>(5 * 60'000, lifetimeMs / 2);
    m_refreshTimer.start(int(qBound(qint64(1000), lifetimeMs - leadMs, qint64(24) * 3'600'000)));
}

void GoogleSignIn::expire()
{
    const QString email = m_session.email;
    ++m_generation;
    m_refreshTimer.stop();
    m_session = {};
    const QString message = tr("Your Google session expired or was revoked; sign in again (Account, Sign in with Google).");
    qCWarning(lcAuth).noquote() << "the Google session of" << email << "ended: the refresh token was refused";
    finishRefreshes(QString(), message);
    const QPointer<GoogleSignIn> self(this);
    m_vault.erase([self, email, message](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            qCWarning(lcAuth).noquote() << "the dead session could not be removed from the keychain:" << error;
        self->setState(State::SignedOut);
        emit self->accessTokenChanged(QString());
        emit self->signedOut(email, false);
        emit self->failed(message);
    });
}

// --- signing out -----------------------------------------------------------------------------------

void GoogleSignIn::signOut()
{
    abandonAttempt();
    const GoogleSession session = std::exchange(m_session, {});
    ++m_generation;
    m_refreshTimer.stop();
    finishRefreshes(QString(), tr("You signed out of Google."));
    const QPointer<GoogleSignIn> self(this);
    // gcloud's refresh token also serves the operator's gcloud: forgetting it here is enough.
    const QString token = session.refreshToken.isEmpty() ? session.accessToken : session.refreshToken;
    if (session.method != QLatin1String("gcloud") && !token.isEmpty()) {
        m_client->revoke(token, [self](const AccountCallError &error) {
            if (self && error.failed())
                emit self->failed(tr("You are signed out here, but Google could not be told to revoke the session (%1). "
                                     "You can remove MIRROR STAGE's access at https://myaccount.google.com/permissions.")
                                      .arg(error.message));
        });
    }
    m_vault.erase([self, email = session.email](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            emit self->failed(tr("You are signed out, but the keychain still holds the Google session (%1). "
                                 "Remove the entries google/refresh_token and google/access_token of the service "
                                 "\"mirrorstage\" by hand.")
                                  .arg(error));
        self->setState(State::SignedOut);
        emit self->accessTokenChanged(QString());
        emit self->signedOut(email, true);
    });
}

}  // namespace mirrorstage::auth
