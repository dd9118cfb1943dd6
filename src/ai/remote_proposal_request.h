#pragma once
// One request to a remote provider: attempts, timeouts, retries and the reading of the reply.
// Made by RemoteProvider::propose(); see remediation_provider.h for how to use it.

#include "api_dialect.h"
#include "remediation_provider.h"
#include "secret_masker.h"

#include <QPointer>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mirrorstage::ai {

class RemoteProposalRequest : public ProposalRequest {
    Q_OBJECT
public:
    RemoteProposalRequest(QNetworkAccessManager *network, const ProviderSettings &settings,
                          const ApiDialect &dialect, const IncidentContext &context, QObject *parent);

protected:
    void stop() override;

private:
    void send();
    void onReplyFinished(QNetworkReply *reply);
    void onSuccess(const QByteArray &body);
    void onHttpError(int status, const QByteArray &body, QNetworkReply *reply);
    void retryOrFail(ProviderError error, std::optional<qint64> retryAfterMs);
    void failWith(ProviderError::Kind kind, const QString &message, int status = 0);
    QString providerName() const;
    QString where() const;  // the base URL's host and port, for messages and logs

    QNetworkAccessManager *m_network;
    ProviderSettings m_settings;
    const ApiDialect &m_dialect;
    core::SecretMasker m_masker;
    Prompt m_prompt;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    bool m_timedOut = false;
    bool m_simplerFormat = false;
    int m_attempts = 0;
    int m_attemptBudget = 0;
    TokenUsage m_usage;
};

}  // namespace mirrorstage::ai
