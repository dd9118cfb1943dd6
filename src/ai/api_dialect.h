#pragma once
// What differs between the remote APIs: the request (path, auth headers, body) and how a reply is
// read (where the answer, the token counts and a refusal are). RemoteProvider does the rest —
// masking, timeouts, retries, parsing — the same way for all of them.

#include "prompt_builder.h"
#include "provider_settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>

namespace mirrorstage::ai {

struct DialectReply {
    enum class Outcome { Answer, Refused, Truncated, Malformed };
    Outcome outcome = Outcome::Malformed;
    QByteArray answerText;     // the model's JSON text, or
    QJsonObject answerObject;  // the answer as an object already (Anthropic's tool input)
    bool hasAnswerObject = false;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    QString detail;  // for Refused/Malformed: the API's reason, not translated (e.g. "SAFETY")
};

class ApiDialect {
public:
    virtual ~ApiDialect() = default;

    virtual ProviderKind kind() const = 0;
    virtual QNetworkRequest request(const ProviderSettings &settings) const = 0;
    // `simpler` asks for the fallback answer format (only OpenAI-compatible servers have one).
    virtual QByteArray body(const ProviderSettings &settings, const Prompt &prompt, bool simpler) const = 0;
    virtual DialectReply interpret(const QByteArray &body) const = 0;

    // The API's own words in an error reply ({"error":{"message":...}} for all three).
    virtual QString errorMessage(const QByteArray &body) const;
    // A non-401/403 reply that still means a bad key (Gemini answers 400 API_KEY_INVALID).
    virtual bool isAuthenticationFailure(int httpStatus, const QByteArray &body) const;
    // A 400 that means "I do not understand this answer format": try once more, simpler.
    virtual bool wantsSimplerFormat(int httpStatus, const QByteArray &body) const;

protected:
    // base + path, whatever slashes the base ends with.
    static QUrl endpoint(const QUrl &base, const QString &path);
    static QNetworkRequest jsonRequest(const QUrl &url);
};

}  // namespace mirrorstage::ai
