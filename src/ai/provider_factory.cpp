#include "provider_factory.h"

#include "anthropic_dialect.h"
#include "gemini_dialect.h"
#include "openai_dialect.h"
#include "remote_provider.h"
#include "runbook_provider.h"

namespace mirrorstage::ai {
namespace {

class MisconfiguredProvider : public RemediationProvider {
public:
    MisconfiguredProvider(const ProviderSettings &settings, const QString &message)
        : m_settings(settings), m_message(message)
    {
    }
    ProviderKind kind() const override { return m_settings.kind; }
    QString model() const override { return m_settings.model; }
    ProposalRequest *propose(const IncidentContext &) override
    {
        return failedRequest({ProviderError::Kind::Configuration, m_message, 0, 0, {}}, this);
    }

private:
    ProviderSettings m_settings;
    QString m_message;
};

}  // namespace

std::unique_ptr<RemediationProvider> makeProvider(const ProviderSettings &settings)
{
    QString error;
    const std::optional<ProviderSettings> resolved = ProviderSettingsText::resolved(settings, &error);
    if (!resolved)
        return std::make_unique<MisconfiguredProvider>(settings, error);
    switch (resolved->kind) {
    case ProviderKind::Runbooks:
        return std::make_unique<RunbookProvider>(resolved->runbookDir);
    case ProviderKind::Gemini:
        return std::make_unique<RemoteProvider>(*resolved, std::make_unique<GeminiDialect>());
    case ProviderKind::OpenAi:
        return std::make_unique<RemoteProvider>(*resolved, std::make_unique<OpenAiDialect>());
    case ProviderKind::Anthropic:
        return std::make_unique<RemoteProvider>(*resolved, std::make_unique<AnthropicDialect>());
    }
    return std::make_unique<RunbookProvider>(resolved->runbookDir);
}

}  // namespace mirrorstage::ai
