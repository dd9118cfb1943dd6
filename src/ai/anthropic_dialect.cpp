#include "anthropic_dialect.h"

#include "proposal_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mirrorstage::ai {

QNetworkRequest AnthropicDialect::request(const ProviderSettings &settings) const
{
    QNetworkRequest request = jsonRequest(endpoint(settings.baseUrl, QStringLiteral("/v1/messages")));
    request.setRawHeader(QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01"));
    if (!settings.apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("x-api-key"), settings.apiKey.toUtf8());
    else
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + settings.bearerToken.toUtf8());
    return request;
}

QByteArray AnthropicDialect::body(const ProviderSettings &settings, const Prompt &prompt, bool) const
{
    const QJsonObject tool{
        {QStringLiteral("name"), toolName()},
        {QStringLiteral("description"),
         QStringLiteral("Give the analysis of the incident and the remediation proposals.")},
        {QStringLiteral("input_schema"), ProposalSchema::jsonSchema()},
    };
    const QJsonObject root{
        {QStringLiteral("model"), settings.model},
        {QStringLiteral("max_tokens"), kMaxOutputTokens},
        {QStringLiteral("system"), prompt.system},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), prompt.user}}}},
        {QStringLiteral("tools"), QJsonArray{tool}},
        {QStringLiteral("tool_choice"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")}, {QStringLiteral("name"), toolName()}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DialectReply AnthropicDialect::interpret(const QByteArray &body) const
{
    DialectReply reply;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty()) {
        reply.detail = QStringLiteral("the reply is not a JSON object");
        return reply;
    }
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    reply.inputTokens = qint64(usage.value(QStringLiteral("input_tokens")).toDouble());
    reply.outputTokens = qint64(usage.value(QStringLiteral("output_tokens")).toDouble());

    const QString stopReason = root.value(QStringLiteral("stop_reason")).toString();
    if (stopReason == QStringLiteral("refusal")) {
        reply.outcome = DialectReply::Outcome::Refused;
        reply.detail = QStringLiteral("stop_reason refusal");
        return reply;
    }
    if (stopReason == QStringLiteral("max_tokens")) {
        reply.outcome = DialectReply::Outcome::Truncated;
        return reply;
    }
    QString text;
    for (const QJsonValue &value : root.value(QStringLiteral("content")).toArray()) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("tool_use") && block.value(QStringLiteral("name")).toString() == toolName()) {
            if (!block.value(QStringLiteral("input")).isObject()) {
                reply.detail = QStringLiteral("the tool_use block holds no input object");
                return reply;
            }
            reply.outcome = DialectReply::Outcome::Answer;
            reply.answerObject = block.value(QStringLiteral("input")).toObject();
            reply.hasAnswerObject = true;
            return reply;
        }
        if (type == QStringLiteral("text"))
            text += block.value(QStringLiteral("text")).toString();
    }
    if (text.trimmed().isEmpty()) {
        reply.detail = QStringLiteral("the reply holds neither a tool_use block nor text");
        return reply;
    }
    reply.outcome = DialectReply::Outcome::Answer;
    reply.answerText = text.toUtf8();
    return reply;
}

}  // namespace mirrorstage::ai
