#pragma once
// What a remote provider is told about an incident. The system prompt sets the rules (the answer's
// JSON schema, commands run with /bin/sh -c on a Linux host, read-only diagnostics first, no
// destructive commands without a rollback); the user prompt is the incident as JSON: the incident,
// its facts, recent series, log lines, top processes and host facts, each bounded in size.
//
// The user prompt is masked, string by string, with a core::SecretMasker before it leaves the console; the same
// masker later unmasks the answer (unmaskedProposals), so the operator sees the real values and
// the provider never does.

#include "remediation.h"

#include <QJsonObject>
#include <QString>

namespace mirrorstage::core {
class SecretMasker;
}

namespace mirrorstage::ai {

struct Prompt {
    QString system;
    QString user;  // masked
};

class PromptBuilder {
public:
    static constexpr int kMaxSeriesPoints = 30;   // per series, newest kept (evenly thinned)
    static constexpr int kMaxLogLines = 60;       // newest kept
    static constexpr int kMaxLogLineLength = 400; // characters
    static constexpr int kMaxProcesses = 10;

    static QString systemPrompt();
    // The incident as JSON, unmasked.
    static QJsonObject contextObject(const IncidentContext &context, qint64 nowMs);
    // Both prompts; every string (and key) of the user prompt's JSON masked by `masker`.
    static Prompt build(const IncidentContext &context, core::SecretMasker &masker, qint64 nowMs);

    // Every string of the answer with the masker's placeholders replaced by the real values.
    static ProposalSet unmaskedProposals(const ProposalSet &proposals, const core::SecretMasker &masker);
};

}  // namespace mirrorstage::ai
