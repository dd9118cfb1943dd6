#include "openai_dialect.h"

#include "proposal_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mirrorstage::ai {

QNetworkRequest OpenAiDialect::request(const ProviderSettings &settings) const
{
    QNetworkRequest request = jsonRequest(endpoint(settings.baseUrl, QStringLiteral("/chat/completions")));
    const QString key = settings.apiKey.isEmpty() ? settings.bearerToken : settings.apiKey;
    if (!key.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + key.toUtf8());
    return request;
}

QByteArray OpenAiDialect::body(const ProviderSettings &settings, const Prompt &prompt, bool simpler) const
{
    const QJsonObject format = simpler
        ? QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}
        : QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                      {QStringLiteral("json_schema"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("remediation_proposals")},
                                   {QStringLiteral("strict"), true},
                                   {QStringLiteral("schema"), ProposalSchema::openAiStrictSchema()}}}};
    // No temperature: some OpenAI reasoning models accept only the default.
    const QJsonObject root{
        {QStringLiteral("model"), settings.model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), prompt.system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), prompt.user}}}},
        {QStringLiteral("response_format"), format},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DialectReply OpenAiDialect::interpret(const QByteArray &body) const
{
    DialectReply reply;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty()) {
        reply.detail = QStringLiteral("the reply is not a JSON object");
        return reply;
    }
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    reply.inputTokens = qint64(usage.value(QStringLiteral("prompt_tokens")).toDouble());
    reply.outputTokens = qint64(usage.value(QStringLiteral("completion_tokens")).toDouble());

    const QJsonArray choices = root.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty()) {
        reply.detail = QStringLiteral("no choices in the reply");
        return reply;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    const QString finishReason = choice.value(QStringLiteral("finish_reason")).toString();
    const QString refusal = message.value(QStringLiteral("refusal")).toString();
    if (!refusal.isEmpty() || finishReason == QStringLiteral("content_filter")) {
        reply.outcome = DialectReply::Outcome::Refused;
        reply.detail = refusal.isEmpty() ? QStringLiteral("finish_reason content_filter") : refusal.left(500);
        return reply;
    }
    if (finishReason == QStringLiteral("length")) {
        reply.outcome = DialectReply::Outcome::Truncated;
        return reply;
    }
    const QJsonValue content = message.value(QStringLiteral("content"));
    if (!content.isString() || content.toString().isEmpty()) {
        reply.detail = QStringLiteral("the message holds no content");
        return reply;
    }
    reply.outcome = DialectReply::Outcome::Answer;
    reply.answerText = content.toString().toUtf8();
    return reply;
}

bool OpenAiDialect::wantsSimplerFormat(int httpStatus, const QByteArray &body) const
{
    return (httpStatus == 400 || httpStatus == 422)
        && (body.contains("response_format") || body.contains("json_schema"));
}

}  // namespace mirrorstage::ai
