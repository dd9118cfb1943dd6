#pragma once
// Anthropic's Messages API:
//   POST {base}/v1/messages
//   x-api-key: KEY, anthropic-version: 2023-06-01, content-type: application/json
// The answer is asked for as the input of one tool (tools[].input_schema = the proposal schema,
// tool_choice {type: tool, name}); a reply with plain JSON text instead is read as well. Tokens
// from usage.input_tokens / output_tokens; stop_reason "refusal" is a refusal.

#include "api_dialect.h"

namespace mirrorstage::ai {

class AnthropicDialect : public ApiDialect {
public:
    static constexpr int kMaxOutputTokens = 4096;

    ProviderKind kind() const override { return ProviderKind::Anthropic; }
    QNetworkRequest request(const ProviderSettings &settings) const override;
    QByteArray body(const ProviderSettings &settings, const Prompt &prompt, bool simpler) const override;
    DialectReply interpret(const QByteArray &body) const override;

    static QString toolName() { return QStringLiteral("propose_remediation"); }
};

}  // namespace mirrorstage::ai
