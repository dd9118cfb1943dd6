#include "google_account_client.h"

#include "auth_log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace mirrorstage::auth {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GoogleAccountClient)
};

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Connection problems (no HTTP answer at all) say so, with the host, so the operator checks the
// network rather than the account.
std::optional<AccountCallError> unreachable(QNetworkReply *reply, const QString &step)
{
    if (httpStatus(reply) != 0)
        return std::nullopt;
    return AccountCallError{AccountCallError::Kind::Network,
                            Text::tr("Google could not be reached while %1 (%2: %3). Check the network and try again.")
                                .arg(step, reply->url().host(), reply->errorString())};
}

QString oauthErrorDetail(const QJsonObject &root)
{
    const QString error = root.value(QStringLiteral("error")).toString();
    const QString description = root.value(QStringLiteral("error_description")).toString();
    if (description.isEmpty())
        return error;
    return error.isEmpty() ? description : QStringLiteral("%1: %2").arg(error, description);
}

}  // namespace

GoogleAccountClient::GoogleAccountClient(GoogleEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(new QNetworkAccessManager(this))
{
}

GoogleAccountClient::~GoogleAccountClient() = default;

AccountCallError GoogleAccountClient::tokenEndpointError(QNetworkReply *reply, const QString &step)
{
    if (std::optional<AccountCallError> error = unreachable(reply, step))
        return *error;
    const int status = httpStatus(reply);
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    const QString code = root.value(QStringLiteral("error")).toString();
    const QString detail = oauthErrorDetail(root);
    qCWarning(lcAuth).noquote() << "the token endpoint" << reply->url().host() << "answered HTTP" << status
                                << "while" << step << (code.isEmpty() ? QString() : QStringLiteral("(%1)").arg(code));
    if (code == QLatin1String("invalid_grant"))
        return {AccountCallError::Kind::InvalidGrant,
                Text::tr("Google no longer accepts this grant while %1 (%2).").arg(step, detail), detail};
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return {AccountCallError::Kind::Refused,
                Text::tr("Google does not accept the OAuth client while %1 (%2). Check the client id "
                         "(setting google/client_id) and the client secret in the keychain: they must belong "
                         "to a \"Desktop app\" OAuth client.")
                    .arg(step, detail),
                detail};
    return {AccountCallError::Kind::Refused,
            Text::tr("Google's token endpoint answered HTTP %1 while %2%3. Try again; if it persists, sign in again.")
                .arg(status)
                .arg(step, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)),
            detail};
}

std::optional<TokenGrant> GoogleAccountClient::parseGrant(const QByteArray &body, AccountCallError *error)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    TokenGrant grant;
    grant.accessToken = root.value(QStringLiteral("access_token")).toString();
    grant.refreshToken = root.value(QStringLiteral("refresh_token")).toString();
    const int expiresIn = root.value(QStringLiteral("expires_in")).toInt(3600);
    grant.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? expiresIn : 3600);
    if (grant.accessToken.isEmpty()) {
        *error = {AccountCallError::Kind::BadAnswer,
                  Text::tr("Google's token endpoint answered without an access token. Try again.")};
        return std::nullopt;
    }
    return grant;
}

QNetworkReply *GoogleAccountClient::post(const QUrl &url, const QList<QPair<QString, QString>> &form)
{
    QUrlQuery query;
    for (const auto &field : form)
        query.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30'000);
    return m_network->post(request, query.toString(QUrl::FullyEncoded).toLatin1());
}

void GoogleAccountClient::refresh(const QString &refreshToken, const GoogleClient &client, GrantDone done)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), refreshToken},
                                        {QStringLiteral("client_id"), client.id}};
    if (!client.secret.isEmpty())
        form.append({QStringLiteral("client_secret"), client.secret});
    QNetworkReply *reply = post(m_endpoints.token, form);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(std::nullopt, tokenEndpointError(reply, Text::tr("renewing the access token")));
            return;
        }
        AccountCallError error;
        const std::optional<TokenGrant> grant = parseGrant(reply->readAll(), &error);
        done(grant, error);
    });
}

void GoogleAccountClient::fetchEmail(const QString &accessToken, EmailDone done)
{
    QNetworkRequest request(m_endpoints.userinfo);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QString step = Text::tr("asking who signed in");
        if (std::optional<AccountCallError> error = unreachable(reply, step)) {
            done(QString(), *error);
            return;
        }
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            done(QString(), {AccountCallError::Kind::Refused,
                             Text::tr("Google's userinfo endpoint answered HTTP %1 (%2). Sign in again.")
                                 .arg(httpStatus(reply))
                                 .arg(oauthErrorDetail(root))});
            return;
        }
        const QString email = root.value(QStringLiteral("email")).toString();
        if (email.isEmpty()) {
            done(QString(), {AccountCallError::Kind::BadAnswer,
                             Text::tr("Google did not say which e-mail address signed in. Add the scopes "
                                      "\"openid email\" (setting google/scopes) and sign in again.")});
            return;
        }
        done(email, {});
    });
}

void GoogleAccountClient::revoke(const QString &token, Done done)
{
    QNetworkReply *reply = post(m_endpoints.revoke, {{QStringLiteral("token"), token}});
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            done({});
            return;
        }
        const QString step = Text::tr("revoking the session");
        if (std::optional<AccountCallError> error = unreachable(reply, step)) {
            done(*error);
            return;
        }
        // Google answers 400 invalid_token for a token that is already dead: revoked is revoked.
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        if (root.value(QStringLiteral("error")).toString() == QLatin1String("invalid_token")) {
            done({});
            return;
        }
        done({AccountCallError::Kind::Refused,
              Text::tr("Google's revocation endpoint answered HTTP %1 (%2).").arg(httpStatus(reply)).arg(oauthErrorDetail(root))});
    });
}

}  // namespace mirrorstage::auth
