#pragma once
// OpenAI-compatible chat completions (OpenAI, Ollama, llama.cpp's server, vLLM):
//   POST {base}/chat/completions        base like https://api.openai.com/v1, http://127.0.0.1:11434/v1
//   Authorization: Bearer KEY           (left out when no key is set: local servers need none)
// The answer is asked for with response_format json_schema (strict). A server that refuses that
// with 400/422 naming response_format or json_schema is asked once more with json_object — the
// system prompt carries the schema, and ProposalParser checks the answer either way. Tokens from
// usage.prompt_tokens / completion_tokens; message.refusal or finish_reason content_filter is a
// refusal.

#include "api_dialect.h"

namespace mirrorstage::ai {

class OpenAiDialect : public ApiDialect {
public:
    ProviderKind kind() const override { return ProviderKind::OpenAi; }
    QNetworkRequest request(const ProviderSettings &settings) const override;
    QByteArray body(const ProviderSettings &settings, const Prompt &prompt, bool simpler) const override;
    DialectReply interpret(const QByteArray &body) const override;
    bool wantsSimplerFormat(int httpStatus, const QByteArray &body) const override;
};

}  // namespace mirrorstage::ai
