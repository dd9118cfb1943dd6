#include "loopback_reply_handler.h"

#include <QNetworkReply>

namespace mirrorstage::auth {

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent)
{
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError) {
        emit tokenRequestFailed(GoogleAccountClient::tokenEndpointError(
            reply, QCoreApplication::translate("GoogleAccountClient", "exchanging the sign-in code")));
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

}  // namespace mirrorstage::auth
