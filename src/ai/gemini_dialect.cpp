#include "gemini_dialect.h"

#include "proposal_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mirrorstage::ai {

QNetworkRequest GeminiDialect::request(const ProviderSettings &settings) const
{
    QString model = settings.model;
    if (model.startsWith(QStringLiteral("models/")))
        model = model.mid(7);
    QNetworkRequest request =
        jsonRequest(endpoint(settings.baseUrl, QStringLiteral("/v1beta/models/%1:generateContent").arg(model)));
    if (!settings.apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("x-goog-api-key"), settings.apiKey.toUtf8());
    else
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + settings.bearerToken.toUtf8());
    return request;
}

QByteArray GeminiDialect::body(const ProviderSettings &, const Prompt &prompt, bool) const
{
    const QJsonObject text{{QStringLiteral("text"), prompt.user}};
    const QJsonObject root{
        {QStringLiteral("systemInstruction"),
         QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), prompt.system}}}}}},
        {QStringLiteral("contents"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("parts"), QJsonArray{text}}}}},
        {QStringLiteral("generationConfig"),
         QJsonObject{{QStringLiteral("responseMimeType"), QStringLiteral("application/json")},
                     {QStringLiteral("responseSchema"), ProposalSchema::geminiSchema()},
                     {QStringLiteral("temperature"), 0.2}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DialectReply GeminiDialect::interpret(const QByteArray &body) const
{
    DialectReply reply;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty()) {
        reply.detail = QStringLiteral("the reply is not a JSON object");
        return reply;
    }
    const QJsonObject usage = root.value(QStringLiteral("usageMetadata")).toObject();
    reply.inputTokens = qint64(usage.value(QStringLiteral("promptTokenCount")).toDouble());
    reply.outputTokens = qint64(usage.value(QStringLiteral("candidatesTokenCount")).toDouble()
                                + usage.value(QStringLiteral("thoughtsTokenCount")).toDouble());

    const QString blockReason =
        root.value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString();
    if (!blockReason.isEmpty()) {
        reply.outcome = DialectReply::Outcome::Refused;
        reply.detail = QStringLiteral("prompt blocked: ") + blockReason;
        return reply;
    }
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty()) {
        reply.detail = QStringLiteral("no candidates in the reply");
        return reply;
    }
    const QJsonObject candidate = candidates.first().toObject();
    const QString finishReason = candidate.value(QStringLiteral("finishReason")).toString();
    static const QStringList refusals{QStringLiteral("SAFETY"), QStringLiteral("PROHIBITED_CONTENT"),
                                      QStringLiteral("BLOCKLIST"), QStringLiteral("SPII"),
                                      QStringLiteral("RECITATION"), QStringLiteral("IMAGE_SAFETY")};
    if (refusals.contains(finishReason)) {
        reply.outcome = DialectReply::Outcome::Refused;
        reply.detail = QStringLiteral("finishReason ") + finishReason;
        return reply;
    }
    if (finishReason == QStringLiteral("MAX_TOKENS")) {
        reply.outcome = DialectReply::Outcome::Truncated;
        return reply;
    }
    QString text;
    const QJsonArray parts = candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &part : parts) {
        if (!part.toObject().value(QStringLiteral("thought")).toBool())
            text += part.toObject().value(QStringLiteral("text")).toString();
    }
    if (text.isEmpty()) {
        reply.detail = QStringLiteral("the candidate holds no text (finishReason %1)").arg(finishReason);
        return reply;
    }
    reply.outcome = DialectReply::Outcome::Answer;
    reply.answerText = text.toUtf8();
    return reply;
}

bool GeminiDialect::isAuthenticationFailure(int httpStatus, const QByteArray &body) const
{
    // Google answers a wrong key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID.
    return ApiDialect::isAuthenticationFailure(httpStatus, body)
        || (httpStatus == 400 && (body.contains("API_KEY_INVALID") || body.contains("API key not valid")));
}

}  // namespace mirrorstage::ai
