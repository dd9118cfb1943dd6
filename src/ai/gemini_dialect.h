#pragma once
// Google Gemini's generateContent:
//   POST {base}/v1beta/models/{model}:generateContent
//   x-goog-api-key: KEY  (or Authorization: Bearer TOKEN from a Google sign-in)
// The answer is asked for as JSON (responseMimeType application/json + responseSchema); tokens from
// usageMetadata (promptTokenCount; candidatesTokenCount plus thoughtsTokenCount, which is billed
// as output); promptFeedback.blockReason or a SAFETY-like finishReason is a refusal.

#include "api_dialect.h"

namespace mirrorstage::ai {

class GeminiDialect : public ApiDialect {
public:
    ProviderKind kind() const override { return ProviderKind::Gemini; }
    QNetworkRequest request(const ProviderSettings &settings) const override;
    QByteArray body(const ProviderSettings &settings, const Prompt &prompt, bool simpler) const override;
    DialectReply interpret(const QByteArray &body) const override;
    bool isAuthenticationFailure(int httpStatus, const QByteArray &body) const override;
};

}  // namespace mirrorstage::ai
