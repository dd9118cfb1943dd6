#include "application_default_credentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace mirrorstage::auth {

QString ApplicationDefaultCredentials::defaultPath()
{
    const QString explicitFile = qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
    if (!explicitFile.isEmpty())
        return explicitFile;
    const QString fileName = QStringLiteral("application_default_credentials.json");
    const QString gcloudConfig = qEnvironmentVariable("CLOUDSDK_CONFIG");
    if (!gcloudConfig.isEmpty())
        return QDir(gcloudConfig).filePath(fileName);
    return QDir(QDir::homePath()).filePath(QStringLiteral(".config/gcloud/") + fileName);
}

AdcDiscovery ApplicationDefaultCredentials::load(const QString &path)
{
    AdcDiscovery discovery;
    discovery.path = path;
    QFile file(path);
    if (!QFileInfo::exists(path))
        return discovery;
    discovery.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        discovery.problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return discovery;
    }
    QString problem;
    discovery.credentials = parse(file.read(1 << 20), &problem);
    if (!discovery.credentials)
        discovery.problem = tr("%1: %2").arg(path, problem);
    return discovery;
}

std::optional<AuthorizedUserCredentials> ApplicationDefaultCredentials::parse(const QByteArray &json, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *problem = tr("not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("authorized_user")) {
        *problem = type == QLatin1String("service_account")
            ? tr("these are a service account's credentials, which name no person and cannot sign an operator in. "
                 "Run \"gcloud auth application-default login\" to make a user's credentials, or sign in with Google.")
            : tr("credentials of type \"%1\" cannot sign an operator in; only \"authorized_user\" ones "
                 "(from \"gcloud auth application-default login\") can.")
                  .arg(type.isEmpty() ? tr("unknown") : type);
        return std::nullopt;
    }
    AuthorizedUserCredentials credentials;
    credentials.client.id = root.value(QStringLiteral("client_id")).toString();
    credentials.client.secret = root.value(QStringLiteral("client_secret")).toString();
    credentials.refreshToken = root.value(QStringLiteral("refresh_token")).toString();
    credentials.quotaProjectId = root.value(QStringLiteral("quota_project_id")).toString();
    if (credentials.client.id.isEmpty() || credentials.refreshToken.isEmpty()) {
        *problem = tr("the file has no client_id or refresh_token; run \"gcloud auth application-default login\" again.");
        return std::nullopt;
    }
    return credentials;
}

}  // namespace mirrorstage::auth
