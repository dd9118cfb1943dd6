#pragma once
// The face every remediation provider shows the console:
//
//   auto *request = provider->propose(context);       // returns at once
//   connect(request, &ProposalRequest::finished, ...); // ProposalSet, unmasked and validated
//   connect(request, &ProposalRequest::failed, ...);   // ProviderError, in words
//   request->cancel();                                  // any time; emits failed(Cancelled)
//
// Exactly one of finished/failed is emitted, always from the event loop after propose() returned,
// so connecting after propose() is safe. The request is a child of the provider; delete it
// (deleteLater) once it has ended, or let the provider take it along.

#include "provider_error.h"
#include "provider_settings.h"
#include "remediation.h"

#include <QObject>

namespace mirrorstage::ai {

class ProposalRequest : public QObject {
    Q_OBJECT
public:
    explicit ProposalRequest(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    // Stops the request (aborts a running HTTP call) and emits failed(Cancelled) if it had not ended.
    void cancel();

signals:
    void finished(const mirrorstage::ai::ProposalSet &proposals);
    void failed(const mirrorstage::ai::ProviderError &error);

protected:
    // For subclasses: end the request once; later calls are ignored.
    void finish(const ProposalSet &proposals);
    void fail(const ProviderError &error);
    // Called by cancel() before failed(Cancelled): stop timers, abort replies.
    virtual void stop() {}

private:
    bool m_finished = false;
};

class RemediationProvider : public QObject {
    Q_OBJECT
public:
    explicit RemediationProvider(QObject *parent = nullptr);

    virtual ProviderKind kind() const = 0;
    virtual QString model() const = 0;
    virtual ProposalRequest *propose(const IncidentContext &context) = 0;
};

// A request that has already failed (bad settings, a broken runbook): emits `error` from the event
// loop, like any other request.
ProposalRequest *failedRequest(const ProviderError &error, QObject *parent);

}  // namespace mirrorstage::ai
