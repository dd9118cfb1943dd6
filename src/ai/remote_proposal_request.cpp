#include "remote_proposal_request.h"

#include "ai_log.h"
#include "proposal_parser.h"
#include "retry_policy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace mirrorstage::ai {

RemoteProposalRequest::RemoteProposalRequest(QNetworkAccessManager *network, const ProviderSettings &settings,
                                             const ApiDialect &dialect, const IncidentContext &context,
                                             QObject *parent)
    : ProposalRequest(parent), m_network(network), m_settings(settings), m_dialect(dialect),
      m_prompt(PromptBuilder::build(context, m_masker, QDateTime::currentMSecsSinceEpoch())),
      m_attemptBudget(settings.maxAttempts)
{
    m_usage.provider = ProviderSettingsText::kindKey(settings.kind);
    m_usage.model = settings.model;
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();  // finishes the reply, which onReplyFinished reads as a timeout
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &RemoteProposalRequest::send);
    if (m_masker.maskedCount() > 0)
        qCInfo(lcAi).noquote() << "masked" << m_masker.maskedCount() << "values:" << m_masker.kindsFound().join(QLatin1Char(','));
    QTimer::singleShot(0, this, &RemoteProposalRequest::send);
}

void RemoteProposalRequest::stop()
{
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString RemoteProposalRequest::providerName() const
{
    return ProviderSettingsText::displayName(m_settings.kind);
}

QString RemoteProposalRequest::where() const
{
    const QUrl &url = m_settings.baseUrl;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

void RemoteProposalRequest::send()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_timedOut = false;
    const QNetworkRequest request = m_dialect.request(m_settings);
    qCInfo(lcAi).noquote() << ProviderSettingsText::kindKey(m_settings.kind) << m_settings.model << "POST to"
                           << where() << "attempt" << m_attempts << "of" << m_attemptBudget;
    QNetworkReply *reply = m_network->post(request, m_dialect.body(m_settings, m_prompt, m_simplerFormat));
    reply->setParent(this);  // a request deleted mid-way takes its reply along
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    m_timeout.start(m_settings.timeoutMs);
}

void RemoteProposalRequest::onReplyFinished(QNetworkReply *reply)
{
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();
    if (isFinished())
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCInfo(lcAi).noquote() << ProviderSettingsText::kindKey(m_settings.kind) << "answered"
                           << (m_timedOut ? QStringLiteral("nothing (timeout)") : QStringLiteral("HTTP %1").arg(status));
    if (m_timedOut) {
        retryOrFail({ProviderError::Kind::Timeout,
                     tr("%1 did not answer within %2 s, %n attempt(s). Try again later, raise the timeout, "
                        "or choose a faster model.", nullptr, m_attempts)
                         .arg(providerName())
                         .arg(m_settings.timeoutMs / 1000.0, 0, 'g', 3),
                     0, m_attempts, {}},
                    std::nullopt);
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        ProviderError failure{ProviderError::Kind::Network,
                              tr("Could not reach %1 at %2: %3. Check the setting ai/base_url and the network.")
                                  .arg(providerName(), where(), reply->errorString()),
                              0, m_attempts, {}};
        if (RetryPolicy::isRetryableNetworkError(error))
            retryOrFail(failure, std::nullopt);
        else
            fail(failure);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 200 && status <= 299) {
        onSuccess(body);
        return;
    }
    onHttpError(status, body, reply);
}

void RemoteProposalRequest::onHttpError(int status, const QByteArray &body, QNetworkReply *reply)
{
    const QString apiSays = m_dialect.errorMessage(body);
    const QString said = apiSays.isEmpty() ? QString() : tr(" It said: \"%1\".").arg(apiSays);

    if (m_dialect.isAuthenticationFailure(status, body)) {
        const QString fix = m_settings.apiKey.isEmpty() && !m_settings.bearerToken.isEmpty()
            ? tr("Sign in with Google again, or store an API key for %1 in the keychain (Settings, AI provider).")
                  .arg(providerName())
            : tr("Check the API key for %1 in the keychain (Settings, AI provider) and that it may use "
                 "the model \"%2\" (setting ai/model).").arg(providerName(), m_settings.model);
        failWith(ProviderError::Kind::Authentication,
                 tr("%1 refused the credentials (HTTP %2).").arg(providerName()).arg(status) + said
                     + QLatin1Char(' ') + fix,
                 status);
        return;
    }
    if (!m_simplerFormat && m_dialect.wantsSimplerFormat(status, body)) {
        // Not a failed attempt: the server told us which format it does not take.
        qCInfo(lcAi) << "the server does not take json_schema; asking again with json_object";
        m_simplerFormat = true;
        ++m_attemptBudget;
        send();
        return;
    }
    if (status == 429) {
        const auto retryAfter = RetryPolicy::retryAfterFromHeaders(reply->rawHeader(QByteArrayLiteral("retry-after-ms")),
                                                                   reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                                   QDateTime::currentDateTimeUtc());
        retryOrFail({ProviderError::Kind::RateLimited,
                     tr("%1 is limiting requests (HTTP 429, %n attempt(s)). Wait a while, or check the plan "
                        "and quota of the API key.", nullptr, m_attempts).arg(providerName()) + said,
                     status, m_attempts, {}},
                    retryAfter);
        return;
    }
    if (RetryPolicy::isRetryableStatus(status)) {
        retryOrFail({ProviderError::Kind::ServerError,
                     tr("%1 answered HTTP %2, %n attempt(s). The service has trouble; try again later or choose "
                        "another provider.", nullptr, m_attempts).arg(providerName()).arg(status) + said,
                     status, m_attempts, {}},
                    std::nullopt);
        return;
    }
    if (status == 404) {
        failWith(ProviderError::Kind::BadRequest,
                 tr("%1 does not know the model \"%2\" or the address (HTTP 404).").arg(providerName(), m_settings.model)
                     + said + QLatin1Char(' ') + tr("Check the settings ai/model and ai/base_url."),
                 status);
        return;
    }
    failWith(ProviderError::Kind::BadRequest,
             tr("%1 refused the request (HTTP %2).").arg(providerName()).arg(status) + said + QLatin1Char(' ')
                 + tr("Check the settings ai/model and ai/base_url; if they are right, the API may have changed."),
             status);
}

void RemoteProposalRequest::retryOrFail(ProviderError error, std::optional<qint64> retryAfterMs)
{
    error.attempts = m_attempts;
    error.usage = m_usage;
    if (retryAfterMs && *retryAfterMs > m_settings.maxRetryAfterMs) {
        error.message = tr("%1 asks to wait %2 s before the next request (HTTP 429); that is longer than the "
                           "console waits. Try again later.")
                            .arg(providerName())
                            .arg((*retryAfterMs + 999) / 1000);
        fail(error);
        return;
    }
    if (m_attempts >= m_attemptBudget) {
        fail(error);
        return;
    }
    const qint64 delay = retryAfterMs.value_or(RetryPolicy::backoffMs(m_attempts + 1, m_settings.retryBaseDelayMs));
    qCInfo(lcAi).noquote() << ProviderSettingsText::kindKey(m_settings.kind) << "retrying in" << delay << "ms ("
                           << ProviderError::kindKey(error.kind) << ")";
    m_retryTimer.start(int(delay));
}

void RemoteProposalRequest::failWith(ProviderError::Kind kind, const QString &message, int status)
{
    fail({kind, message, status, m_attempts, m_usage});
}

void RemoteProposalRequest::onSuccess(const QByteArray &body)
{
    const DialectReply reply = m_dialect.interpret(body);
    m_usage.inputTokens += reply.inputTokens;
    m_usage.outputTokens += reply.outputTokens;
    switch (reply.outcome) {
    case DialectReply::Outcome::Refused:
        failWith(ProviderError::Kind::Refused,
                 tr("%1 declined to answer (%2). Try the local runbooks, or another model.")
                     .arg(providerName(), reply.detail),
                 200);
        return;
    case DialectReply::Outcome::Truncated:
        failWith(ProviderError::Kind::InvalidAnswer,
                 tr("%1's answer was cut off at its output limit, so it cannot be used. Try again, or "
                    "choose a model with a larger output limit.").arg(providerName()),
                 200);
        return;
    case DialectReply::Outcome::Malformed:
        failWith(ProviderError::Kind::MalformedResponse,
                 tr("%1's reply is not in the form its API documents (%2). Check the setting ai/base_url: "
                    "it must point at a %1 API.").arg(providerName(), reply.detail),
                 200);
        return;
    case DialectReply::Outcome::Answer:
        break;
    }
    QString error;
    const std::optional<ProposalSet> parsed = reply.hasAnswerObject ? ProposalParser::parse(reply.answerObject, &error)
                                                                    : ProposalParser::parse(reply.answerText, &error);
    if (!parsed) {
        qCWarning(lcAi).noquote() << ProviderSettingsText::kindKey(m_settings.kind) << "answer refused:" << error;
        failWith(ProviderError::Kind::InvalidAnswer,
                 tr("%1's answer does not follow the proposal format, so none of it is shown: %2")
                     .arg(providerName(), error),
                 200);
        return;
    }
    ProposalSet proposals = PromptBuilder::unmaskedProposals(*parsed, m_masker);
    proposals.usage = m_usage;
    qCInfo(lcAi).noquote() << ProviderSettingsText::kindKey(m_settings.kind) << proposals.proposals.size()
                           << "proposals," << m_usage.inputTokens << "tokens in," << m_usage.outputTokens << "out";
    finish(proposals);
}

}  // namespace mirrorstage::ai
