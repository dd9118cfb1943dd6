#pragma once
// gcloud's Application Default Credentials, as `gcloud auth application-default login` leaves them:
// $GOOGLE_APPLICATION_CREDENTIALS, else $CLOUDSDK_CONFIG/application_default_credentials.json,
// else ~/.config/gcloud/application_default_credentials.json. Only the "authorized_user" kind (a
// person's refresh token with gcloud's client) can sign an operator in; a service account's key
// names no person, and the console says so.

#include "google_sign_in_settings.h"

#include <QCoreApplication>
#include <optional>

namespace mirrorstage::auth {

struct AuthorizedUserCredentials {
    GoogleClient client;
    QString refreshToken;
    QString quotaProjectId;  // may be empty
};

struct AdcDiscovery {
    QString path;       // the file looked at
    bool exists = false;
    std::optional<AuthorizedUserCredentials> credentials;
    QString problem;    // why the file cannot sign anyone in (empty when it can, or when there is no file)
};

class ApplicationDefaultCredentials {
    Q_DECLARE_TR_FUNCTIONS(ApplicationDefaultCredentials)
public:
    static QString defaultPath();
    static AdcDiscovery discover() { return load(defaultPath()); }
    static AdcDiscovery load(const QString &path);
    static std::optional<AuthorizedUserCredentials> parse(const QByteArray &json, QString *problem);
};

}  // namespace mirrorstage::auth
