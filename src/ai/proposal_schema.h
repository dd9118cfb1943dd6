#pragma once
// The JSON a provider must answer with, and its limits. One description, three dialects of schema:
//
//   { "analysis": "what is going on, in a few sentences",
//     "proposals": [ { "title": "...",
//                      "commands": [ { "command": "one line for /bin/sh -c", "purpose": "..." } ],
//                      "expected_effect": "...", "rollback": "...",
//                      "verification": "one read-only command line",
//                      "risk": "low" | "medium" | "high" | "critical" } ] }
//
// ProposalParser checks every rule; the schemas only steer the model.

#include <QJsonObject>

namespace mirrorstage::ai {

struct ProposalLimits {
    static constexpr int kMaxProposals = 5;
    static constexpr int kMaxCommandsPerProposal = 8;
    static constexpr int kMaxCommandLength = 2'000;  // characters, each command and verification
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxTextLength = 4'000;     // purpose, expected_effect, rollback, risk
    static constexpr int kMaxAnalysisLength = 8'000;
    static constexpr int kMaxAnswerBytes = 256 * 1024;
};

class ProposalSchema {
public:
    // Plain JSON Schema (Anthropic's input_schema, the prompt's description).
    static QJsonObject jsonSchema();
    // OpenAI strict structured outputs: every property required, additionalProperties false,
    // no length/count keywords.
    static QJsonObject openAiStrictSchema();
    // Gemini's responseSchema: the OpenAPI subset, types in capitals, propertyOrdering.
    static QJsonObject geminiSchema();
};

}  // namespace mirrorstage::ai
