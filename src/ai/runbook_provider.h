#pragma once
// The default provider: local runbooks, offline, free. The incident's kind picks the runbook
// (runbook.h), its facts fill the commands. Files in ProviderSettings::runbookDir override the
// built-in runbook of the same kind and add new kinds; the file is read at each request, so an
// edited runbook applies at once.

#include "remediation_provider.h"

namespace mirrorstage::ai {

class RunbookProvider : public RemediationProvider {
    Q_OBJECT
public:
    explicit RunbookProvider(const QString &runbookDir, QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::Runbooks; }
    QString model() const override { return QStringLiteral("runbooks"); }
    ProposalRequest *propose(const IncidentContext &context) override;

private:
    QString m_runbookDir;
};

}  // namespace mirrorstage::ai
