#pragma once
// A remediation provider behind an HTTP API (Gemini, OpenAI-compatible, Anthropic; the
// differences are in an ApiDialect). Every request masks the context, sends it, retries what is
// worth retrying (retry_policy.h), checks the answer with ProposalParser and unmasks it.

#include "api_dialect.h"
#include "remediation_provider.h"

#include <memory>

class QNetworkAccessManager;

namespace mirrorstage::ai {

class RemoteProvider : public RemediationProvider {
    Q_OBJECT
public:
    // `settings` as ProviderSettingsText::resolved() returns them.
    RemoteProvider(const ProviderSettings &settings, std::unique_ptr<ApiDialect> dialect,
                   QObject *parent = nullptr);
    ~RemoteProvider() override;

    ProviderKind kind() const override { return m_settings.kind; }
    QString model() const override { return m_settings.model; }
    ProposalRequest *propose(const IncidentContext &context) override;

private:
    ProviderSettings m_settings;
    std::unique_ptr<ApiDialect> m_dialect;
    QNetworkAccessManager *m_network;
};

}  // namespace mirrorstage::ai
