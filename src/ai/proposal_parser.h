#pragma once
// Checks a provider's answer against the proposal schema (proposal_schema.h) and its limits, and
// turns it into a ProposalSet. Anything that does not validate is refused with one sentence that
// names the field ("proposals[1].commands[0].command is missing") — never half a proposal.
//
// Rules beyond types: at most ProposalLimits::kMaxProposals proposals and kMaxCommandsPerProposal
// commands each, at least one command; a command or verification is one non-empty line (no line
// break, NUL or other control character but tab) of at most kMaxCommandLength characters; risk,
// when present, is low/medium/high/critical. Unknown fields are ignored.

#include "remediation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace mirrorstage::ai {

class ProposalParser {
    Q_DECLARE_TR_FUNCTIONS(ProposalParser)
public:
    // The model's text: a JSON object, optionally inside one ```json fence (plain-text answers).
    static std::optional<ProposalSet> parse(const QByteArray &answer, QString *error);
    static std::optional<ProposalSet> parse(const QJsonObject &answer, QString *error);

    // Removes one surrounding Markdown code fence, if the whole text is fenced.
    static QByteArray withoutCodeFence(const QByteArray &text);
};

}  // namespace mirrorstage::ai
