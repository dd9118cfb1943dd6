#pragma once
// Remediation proposals (from an AI provider or the local runbooks) and their commands, each with
// the safety level the console's classifier gave it. A proposal is decided once: approved (its
// commands become executions, in order) or rejected with a reason. The approval rules of each
// level are core::ApprovalPolicy's; the decision, the executions, the incident's move to
// "remediating" and the audit row commit together or not at all.

#include "approval_policy.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage::store {

struct ProposalCommandRecord {
    int ordinal = 0;
    QString script, purpose;
    QString riskLevel;  // "low" ... "critical", from core::CommandRiskClassifier
    QStringList riskReasons;
};

struct ProposalRecord {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString provider, model, analysis, title, expectedEffect, rollback, verification, providerRisk;
    QString riskLevel;  // the most dangerous of its commands
    QString state;      // proposed | approved | rejected | executed | failed | superseded
    qint64 createdMs = 0;
    QString decidedBy;
    std::optional<qint64> decidedMs;
    QString decisionNote;
    QList<ProposalCommandRecord> commands;
};

struct ApprovalRequest {
    qint64 proposalId = 0;
    QString actor;  // who approves: the signed-in e-mail, "msctl:alice", "auto-remediation"
    core::ApprovalGesture gesture;
    bool runVerification = true;  // also run the proposal's verification command afterwards
    qint64 commandTimeoutMs = 5 * 60 * 1000;
    qint64 validForMs = 10 * 60 * 1000;  // an agent refuses the signed command after this
};

class ProposalRepository {
    Q_DECLARE_TR_FUNCTIONS(ProposalRepository)
public:
    explicit ProposalRepository(const QSqlDatabase &db) : m_db(db) {}

    // Classifies every command (the provider's own opinion of the risk is kept as advice only).
    std::optional<qint64> add(ProposalRecord proposal, qint64 nowMs, QString *error);
    std::optional<ProposalRecord> find(qint64 id, QString *error) const;
    QList<ProposalRecord> forIncident(qint64 incidentId, QString *error) const;
    QList<ProposalRecord> pending(QString *error) const;  // proposed, of unresolved incidents

    // Approves per the level's rule; returns the execution ids, in order. Refuses, in words, a
    // gesture that is not enough, a decided proposal, a resolved incident.
    std::optional<QStringList> approve(const ApprovalRequest &request, qint64 nowMs, QString *error);
    bool reject(qint64 id, const QString &actor, const QString &reason, qint64 nowMs, QString *error);
    bool setState(qint64 id, const QString &state, QString *error);

private:
    QList<ProposalRecord> select(const QString &where, const QVariantList &binds, QString *error) const;
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
