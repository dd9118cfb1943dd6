#include "api_dialect.h"

#include <QJsonDocument>

namespace mirrorstage::ai {

QString ApiDialect::errorMessage(const QByteArray &body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (error.isObject())
        return error.toObject().value(QStringLiteral("message")).toString().left(500);
    if (error.isString())
        return error.toString().left(500);
    return {};
}

bool ApiDialect::isAuthenticationFailure(int httpStatus, const QByteArray &) const
{
    return httpStatus == 401 || httpStatus == 403;
}

bool ApiDialect::wantsSimplerFormat(int, const QByteArray &) const
{
    return false;
}

QUrl ApiDialect::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest ApiDialect::jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

}  // namespace mirrorstage::ai
