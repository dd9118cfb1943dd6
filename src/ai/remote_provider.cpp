#include "remote_provider.h"

#include "ai_log.h"
#include "remote_proposal_request.h"

#include <QNetworkAccessManager>

namespace mirrorstage::ai {

RemoteProvider::RemoteProvider(const ProviderSettings &settings, std::unique_ptr<ApiDialect> dialect,
                               QObject *parent)
    : RemediationProvider(parent), m_settings(settings), m_dialect(std::move(dialect)),
      m_network(new QNetworkAccessManager(this))
{
    qCInfo(lcAi).noquote() << "provider" << ProviderSettingsText::kindKey(m_settings.kind) << "model"
                           << m_settings.model << "at" << m_settings.baseUrl.host();
}

RemoteProvider::~RemoteProvider()
{
    // Requests refer to the dialect: they go before it does.
    qDeleteAll(findChildren<ProposalRequest *>(Qt::FindDirectChildrenOnly));
}

ProposalRequest *RemoteProvider::propose(const IncidentContext &context)
{
    return new RemoteProposalRequest(m_network, m_settings, *m_dialect, context, this);
}

}  // namespace mirrorstage::ai
