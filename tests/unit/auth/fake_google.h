#pragma once
// Google's OAuth endpoints, played on 127.0.0.1 by LoopbackHttpServer for tests of GoogleSignIn:
//   GET  /o/oauth2/v2/auth  the browser's request: a 302 back to redirect_uri with a code and the
//                           state (or error=access_denied, or a state that is not the one sent)
//   POST /token             authorization_code (checks the PKCE verifier against the challenge,
//                           the redirect_uri, the client) and refresh_token grants; invalid_grant
//                           for a code or refresh token it does not know or has revoked
//   GET  /v1/userinfo       the e-mail, for a Bearer token it issued
//   POST /revoke            forgets a refresh token and its access tokens

#include "google_sign_in_settings.h"
#include "loopback_http_server.h"
#include "pkce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

class FakeGoogle {
public:
    enum class Consent { Grant, Deny, WrongState, BadCode };

    Consent consent = Consent::Grant;
    int expiresIn = 3600;
    QString email = QStringLiteral("alice@example.com");
    QString clientId = QStringLiteral("desktop-client.apps.googleusercontent.com");
    QString clientSecret = QStringLiteral("GOCSPX-desktop-secret");

    // What the server saw, for the tests to check.
    QUrlQuery authorizationQuery;
    QList<QUrlQuery> tokenRequests;
    QList<QUrlQuery> revocations;
    QSet<QString> refreshTokens;  // valid ones
    QSet<QString> accessTokens;   // valid ones
    QHash<QString, QString> refreshTokenOwner;  // refresh token -> client id

    FakeGoogle()
    {
        m_server.setResponder([this](const RecordedRequest &request) { return answer(request); });
    }
    bool listen() { return m_server.listen(); }
    QList<RecordedRequest> &requests() { return m_server.requests; }

    mirrorstage::auth::GoogleEndpoints endpoints() const
    {
        mirrorstage::auth::GoogleEndpoints endpoints;
        endpoints.authorization = m_server.url(QStringLiteral("/o/oauth2/v2/auth"));
        endpoints.token = m_server.url(QStringLiteral("/token"));
        endpoints.userinfo = m_server.url(QStringLiteral("/v1/userinfo"));
        endpoints.revoke = m_server.url(QStringLiteral("/revoke"));
        return endpoints;
    }

    // A refresh token that gcloud (another client) was given earlier.
    void knowRefreshToken(const QString &token, const QString &client)
    {
        refreshTokens.insert(token);
        refreshTokenOwner.insert(token, client);
    }
    void revokeAll()
    {
        refreshTokens.clear();
        accessTokens.clear();
    }
    int grantsOfType(const QString &type) const
    {
        int count = 0;
        for (const QUrlQuery &request : tokenRequests)
            count += request.queryItemValue(QStringLiteral("grant_type")) == type;
        return count;
    }

private:
    static ScriptedResponse json(int status, const QJsonObject &body)
    {
        return ScriptedResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static ScriptedResponse oauthError(int status, const QString &error, const QString &description)
    {
        return json(status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    }
    static QString value(const QUrlQuery &query, const QString &key)
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }

    ScriptedResponse answer(const RecordedRequest &request)
    {
        const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(request.path));
        if (request.method == "GET" && url.path() == QLatin1String("/o/oauth2/v2/auth"))
            return authorize(QUrlQuery(url));
        if (request.method == "POST" && url.path() == QLatin1String("/token"))
            return token(QUrlQuery(QString::fromLatin1(request.body)));
        if (request.method == "GET" && url.path() == QLatin1String("/v1/userinfo"))
            return userinfo(request.header("authorization"));
        if (request.method == "POST" && url.path() == QLatin1String("/revoke"))
            return revoke(QUrlQuery(QString::fromLatin1(request.body)));
        return oauthError(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    }

    ScriptedResponse authorize(const QUrlQuery &query)
    {
        authorizationQuery = query;
        QUrl back(value(query, QStringLiteral("redirect_uri")));
        QUrlQuery answer;
        switch (consent) {
        case Consent::Grant:
        case Consent::BadCode:
            m_code = QStringLiteral("4/0Ad-code-%1").arg(++m_counter);  // Google's codes carry a slash
            answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(
                consent == Consent::BadCode ? m_code + QStringLiteral("-tampered") : m_code)));
            answer.addQueryItem(QStringLiteral("state"), value(query, QStringLiteral("state")));
            break;
        case Consent::Deny:
            answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            answer.addQueryItem(QStringLiteral("state"), value(query, QStringLiteral("state")));
            break;
        case Consent::WrongState:
            m_code = QStringLiteral("4/0Ad-code-%1").arg(++m_counter);
            answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(m_code)));
            answer.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
            break;
        }
        back.setQuery(answer);
        ScriptedResponse response;
        response.status = 302;
        response.headers.append({QByteArrayLiteral("Location"), back.toEncoded()});
        return response;
    }

    ScriptedResponse token(const QUrlQuery &form)
    {
        tokenRequests.append(form);
        const QString grantType = value(form, QStringLiteral("grant_type"));
        if (grantType == QLatin1String("authorization_code")) {
            const QByteArray verifier = value(form, QStringLiteral("code_verifier")).toLatin1();
            const bool pkceMatches = !verifier.isEmpty()
                && mirrorstage::auth::Pkce::challengeFor(verifier)
                       == value(authorizationQuery, QStringLiteral("code_challenge")).toLatin1()
                && value(authorizationQuery, QStringLiteral("code_challenge_method")) == QLatin1String("S256");
            if (m_code.isEmpty() || value(form, QStringLiteral("code")) != m_code)
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Malformed auth code."));
            if (!pkceMatches)
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Missing code verifier."));
            if (value(form, QStringLiteral("redirect_uri")) != value(authorizationQuery, QStringLiteral("redirect_uri")))
                return oauthError(400, QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Bad Request"));
            if (value(form, QStringLiteral("client_id")) != clientId
                || value(form, QStringLiteral("client_secret")) != clientSecret)
                return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
            m_code.clear();  // a code is good once
            const QString refresh = QStringLiteral("1//rt-alice-%1").arg(++m_counter);
            knowRefreshToken(refresh, clientId);
            return grant(refresh);
        }
        if (grantType == QLatin1String("refresh_token")) {
            const QString refresh = value(form, QStringLiteral("refresh_token"));
            if (!refreshTokens.contains(refresh)
                || refreshTokenOwner.value(refresh) != value(form, QStringLiteral("client_id")))
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Token has been expired or revoked."));
            return grant(QString());
        }
        return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Invalid grant_type"));
    }

    ScriptedResponse grant(const QString &refresh)
    {
        const QString access = QStringLiteral("ya29.at-alice-%1").arg(++m_counter);
        accessTokens.insert(access);
        QJsonObject body{{QStringLiteral("access_token"), access},
                         {QStringLiteral("expires_in"), expiresIn},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), QStringLiteral("openid email profile")}};
        if (!refresh.isEmpty())
            body.insert(QStringLiteral("refresh_token"), refresh);
        return json(200, body);
    }

    ScriptedResponse userinfo(const QByteArray &authorization)
    {
        const QString token = QString::fromLatin1(authorization.mid(7));
        if (!authorization.startsWith("Bearer ") || !accessTokens.contains(token))
            return oauthError(401, QStringLiteral("invalid_token"), QStringLiteral("Invalid Credentials"));
        return json(200, {{QStringLiteral("sub"), QStringLiteral("1234567890")},
                          {QStringLiteral("email"), email},
                          {QStringLiteral("email_verified"), true}});
    }

    ScriptedResponse revoke(const QUrlQuery &form)
    {
        revocations.append(form);
        const QString token = value(form, QStringLiteral("token"));
        if (!refreshTokens.remove(token) && !accessTokens.remove(token))
            return oauthError(400, QStringLiteral("invalid_token"), QStringLiteral("Token expired or revoked"));
        return json(200, {});
    }

    LoopbackHttpServer m_server;
    QString m_code;
    int m_counter = 0;
};
