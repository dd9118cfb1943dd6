#include "remediation_provider.h"

#include <QTimer>

namespace mirrorstage::ai {

ProposalRequest::ProposalRequest(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ProposalSet>();
    qRegisterMetaType<ProviderError>();
}

void ProposalRequest::cancel()
{
    if (m_finished)
        return;
    stop();
    fail({ProviderError::Kind::Cancelled,
          tr("The request for proposals was cancelled."), 0, 0, {}});
}

void ProposalRequest::finish(const ProposalSet &proposals)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(proposals);
}

void ProposalRequest::fail(const ProviderError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
}

RemediationProvider::RemediationProvider(QObject *parent) : QObject(parent) {}

namespace {

class FailedRequest : public ProposalRequest {
public:
    FailedRequest(const ProviderError &error, QObject *parent) : ProposalRequest(parent)
    {
        QTimer::singleShot(0, this, [this, error] { fail(error); });
    }
};

}  // namespace

ProposalRequest *failedRequest(const ProviderError &error, QObject *parent)
{
    return new FailedRequest(error, parent);
}

}  // namespace mirrorstage::ai
