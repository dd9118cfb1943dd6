#pragma once
// QtNetworkAuth's loopback redirect listener, on 127.0.0.1 at a port the system picks, with one
// change: Qt 6.4 drops a failed token answer with a warning and the flow then waits forever; this
// handler reports it instead (tokenRequestFailed), so the operator reads why the sign-in stopped.

#include "google_account_client.h"

#include <QOAuthHttpServerReplyHandler>

namespace mirrorstage::auth {

class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler {
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void tokenRequestFailed(const mirrorstage::auth::AccountCallError &error);
};

}  // namespace mirrorstage::auth
