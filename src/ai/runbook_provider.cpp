#include "runbook_provider.h"

#include "ai_log.h"
#include "runbook.h"

#include <QTimer>

namespace mirrorstage::ai {
namespace {

// Answers from the event loop, like a remote request, so callers treat both alike.
class RunbookRequest : public ProposalRequest {
public:
    RunbookRequest(const std::optional<ProposalSet> &proposals, const ProviderError &error, QObject *parent)
        : ProposalRequest(parent)
    {
        QTimer::singleShot(0, this, [this, proposals, error] {
            if (proposals)
                finish(*proposals);
            else
                fail(error);
        });
    }
};

}  // namespace

RunbookProvider::RunbookProvider(const QString &runbookDir, QObject *parent)
    : RemediationProvider(parent), m_runbookDir(runbookDir)
{
}

ProposalRequest *RunbookProvider::propose(const IncidentContext &context)
{
    QString error;
    const std::optional<Runbook> runbook = RunbookLoader::forKind(context.kind, m_runbookDir, &error);
    if (!runbook) {
        const ProviderError failure = error.isEmpty()
            ? ProviderError{ProviderError::Kind::NoRunbook,
                            tr("No local runbook covers incidents of kind \"%1\". Add %1.json to the runbook "
                               "directory, or choose an AI provider (setting ai/provider).").arg(context.kind),
                            0, 0, {}}
            : ProviderError{ProviderError::Kind::InvalidRunbook,
                            error + QLatin1Char(' ') + tr("Fix or remove the file."), 0, 0, {}};
        qCWarning(lcAi).noquote() << "runbooks:" << ProviderError::kindKey(failure.kind) << "for kind" << context.kind;
        return new RunbookRequest(std::nullopt, failure, this);
    }
    const std::optional<ProposalSet> proposals = RunbookFiller::fill(*runbook, context, &error);
    qCInfo(lcAi).noquote() << "runbooks:" << runbook->source << "gave"
                           << (proposals ? proposals->proposals.size() : 0) << "proposals";
    return new RunbookRequest(proposals, {ProviderError::Kind::InvalidRunbook, error, 0, 0, {}}, this);
}

}  // namespace mirrorstage::ai
