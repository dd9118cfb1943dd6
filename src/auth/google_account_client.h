#pragma once
// The plain HTTP calls to Google's OAuth endpoints that follow a sign-in: the refresh grant, the
// userinfo request that says who signed in, and revocation. Every failure comes back as an
// AccountCallError whose message says what happened and what to do; invalid_grant (a refresh
// token or code that Google no longer accepts) is told apart because the console then signs out.

#include "google_sign_in_settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mirrorstage::auth {

struct TokenGrant {
    QString accessToken;
    QString refreshToken;  // empty when the answer brought none (a refresh keeps the old one)
    QDateTime expiresAt;
};

struct AccountCallError {
    enum class Kind { None, Network, InvalidGrant, Refused, BadAnswer };
    AccountCallError() = default;
    AccountCallError(Kind kind, QString message, QString detail = QString())
        : kind(kind), message(std::move(message)), detail(std::move(detail)) {}

    Kind kind = Kind::None;
    QString message;
    QString detail;  // the endpoint's own words ("invalid_grant: Malformed auth code."), may be empty
    bool failed() const { return kind != Kind::None; }
};

class GoogleAccountClient : public QObject {
    Q_OBJECT
public:
    GoogleAccountClient(GoogleEndpoints endpoints, QObject *parent = nullptr);
    ~GoogleAccountClient() override;

    void setEndpoints(const GoogleEndpoints &endpoints) { m_endpoints = endpoints; }
    QNetworkAccessManager *network() const { return m_network; }

    using GrantDone = std::function<void(const std::optional<TokenGrant> &, const AccountCallError &)>;
    using EmailDone = std::function<void(const QString &email, const AccountCallError &)>;
    using Done = std::function<void(const AccountCallError &)>;

    void refresh(const QString &refreshToken, const GoogleClient &client, GrantDone done);
    void fetchEmail(const QString &accessToken, EmailDone done);
    void revoke(const QString &token, Done done);

    // A token endpoint's failed answer in words (also used for the code exchange, which
    // QtNetworkAuth sends). `step` names what was being done, e.g. "exchanging the sign-in code".
    static AccountCallError tokenEndpointError(QNetworkReply *reply, const QString &step);
    // A successful token endpoint answer; nullopt with *error when it lacks an access token.
    static std::optional<TokenGrant> parseGrant(const QByteArray &body, AccountCallError *error);

private:
    QNetworkReply *post(const QUrl &url, const QList<QPair<QString, QString>> &form);

    GoogleEndpoints m_endpoints;
    QNetworkAccessManager *m_network = nullptr;
};

}  // namespace mirrorstage::auth
