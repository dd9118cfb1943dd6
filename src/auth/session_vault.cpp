#include "session_vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace mirrorstage::auth {

namespace {

using Step = std::function<void(std::function<void(const secrets::SecretResult &)>)>;

// Runs keychain steps one after another; stops at the first failure a step does not accept.
void runSteps(std::shared_ptr<QList<Step>> steps, std::function<bool(const secrets::SecretResult &)> acceptable,
              std::function<void(const QString &)> done)
{
    if (steps->isEmpty()) {
        done(QString());
        return;
    }
    const Step step = steps->takeFirst();
    step([steps, acceptable, done](const secrets::SecretResult &result) {
        if (!acceptable(result)) {
            done(result.message);
            return;
        }
        runSteps(steps, acceptable, done);
    });
}

QByteArray sessionJson(const GoogleSession &session)
{
    const QJsonObject root{{QStringLiteral("email"), session.email},
                           {QStringLiteral("expires_at"), session.expiresAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("client_id"), session.client.id},
                           {QStringLiteral("client_secret"), session.client.secret},
                           {QStringLiteral("method"), session.method}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

}  // namespace

SessionVault::SessionVault(secrets::SecretStore keychain)
    : m_keychain(std::move(keychain))
{
}

void SessionVault::save(const GoogleSession &session, std::function<void(const QString &)> done) const
{
    const secrets::SecretStore keychain = m_keychain;
    auto steps = std::make_shared<QList<Step>>();
    const QList<QPair<QString, QByteArray>> entries{{refreshTokenKey, session.refreshToken.toUtf8()},
                                                    {accessTokenKey, session.accessToken.toUtf8()},
                                                    {sessionKey, sessionJson(session)}};
    for (const auto &entry : entries) {
        steps->append([keychain, entry](std::function<void(const secrets::SecretResult &)> next) {
            keychain.write(entry.first, entry.second, std::move(next));
        });
    }
    runSteps(steps, [](const secrets::SecretResult &result) { return result.ok(); }, std::move(done));
}

void SessionVault::load(std::function<void(const std::optional<GoogleSession> &, const QString &)> done) const
{
    const secrets::SecretStore keychain = m_keychain;
    auto values = std::make_shared<QHash<QString, QByteArray>>();
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &key : keys()) {
        steps->append([keychain, key, values](std::function<void(const secrets::SecretResult &)> next) {
            keychain.read(key, [key, values, next](const secrets::SecretResult &result) {
                if (result.ok())
                    values->insert(key, result.value);
                next(result);
            });
        });
    }
    runSteps(
        steps,
        [](const secrets::SecretResult &result) {
            return result.ok() || result.status == secrets::SecretStatus::NotFound;
        },
        [values, done](const QString &error) {
            if (!error.isEmpty() || values->value(refreshTokenKey).isEmpty()) {
                done(std::nullopt, error);
                return;
            }
            const QJsonObject root = QJsonDocument::fromJson(values->value(sessionKey)).object();
            GoogleSession session;
            session.refreshToken = QString::fromUtf8(values->value(refreshTokenKey));
            session.accessToken = QString::fromUtf8(values->value(accessTokenKey));
            session.email = root.value(QStringLiteral("email")).toString();
            session.expiresAt = QDateTime::fromString(root.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
            session.client = {root.value(QStringLiteral("client_id")).toString(),
                              root.value(QStringLiteral("client_secret")).toString()};
            session.method = root.value(QStringLiteral("method")).toString();
            done(session, QString());
        });
}

void SessionVault::erase(std::function<void(const QString &)> done) const
{
    const secrets::SecretStore keychain = m_keychain;
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &key : keys()) {
        steps->append([keychain, key](std::function<void(const secrets::SecretResult &)> next) {
            keychain.remove(key, std::move(next));
        });
    }
    runSteps(
        steps,
        [](const secrets::SecretResult &result) {
            return result.ok() || result.status == secrets::SecretStatus::NotFound;
        },
        std::move(done));
}

}  // namespace mirrorstage::auth
