#include "google_sign_in_settings.h"

#include <QRegularExpression>
#include <QSettings>

namespace mirrorstage::auth {

QStringList GoogleSignInSettings::defaultScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
            QStringLiteral("https://www.googleapis.com/auth/cloud-platform")};
}

GoogleSignInSettings GoogleSignInSettings::load(const QSettings &settings)
{
    GoogleSignInSettings result;
    result.client.id = settings.value(clientIdKey).toString().trimmed();
    const QVariant scopes = settings.value(scopesKey);
    const QStringList parsed =
        scopes.typeId() == QMetaType::QStringList ? scopes.toStringList() : parseScopes(scopes.toString());
    if (!parsed.isEmpty())
        result.scopes = parsed;
    return result;
}

QStringList GoogleSignInSettings::parseScopes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList scopes;
    for (const QString &scope : text.split(separators, Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

}  // namespace mirrorstage::auth
