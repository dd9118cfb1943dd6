#include "proposal_repository.h"

#include "audit_chain.h"
#include "incident_repository.h"
#include "sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace mirrorstage::store {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, incident_id, provider, model, analysis, title, expected_effect, rollback, verification, provider_risk,"
    " risk_level, state, created_ms, decided_by, decided_ms, decision_note FROM proposals");

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(value.toString());
    return out;
}

ProposalRecord proposalFrom(const QSqlQuery &q)
{
    ProposalRecord p;
    p.id = q.value(0).toLongLong();
    p.incidentId = q.value(1).toLongLong();
    p.provider = q.value(2).toString();
    p.model = q.value(3).toString();
    p.analysis = q.value(4).toString();
    p.title = q.value(5).toString();
    p.expectedEffect = q.value(6).toString();
    p.rollback = q.value(7).toString();
    p.verification = q.value(8).toString();
    p.providerRisk = q.value(9).toString();
    p.riskLevel = q.value(10).toString();
    p.state = q.value(11).toString();
    p.createdMs = q.value(12).toLongLong();
    p.decidedBy = q.value(13).toString();
    p.decidedMs = optionalInteger(q.value(14));
    p.decisionNote = q.value(15).toString();
    return p;
}

}  // namespace

std::optional<qint64> ProposalRepository::add(ProposalRecord proposal, qint64 nowMs, QString *error)
{
    if (proposal.commands.isEmpty()) {
        *error = tr("A proposal without commands cannot be stored.");
        return std::nullopt;
    }
    core::RiskLevel worst = core::RiskLevel::Low;
    for (int i = 0; i < proposal.commands.size(); ++i) {
        ProposalCommandRecord &command = proposal.commands[i];
        const core::RiskAssessment risk = core::CommandRiskClassifier::classify(command.script);
        command.ordinal = i;
        command.riskLevel = core::riskLevelKey(risk.level);
        command.riskReasons = risk.reasons;
        worst = std::max(worst, risk.level);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery insert(m_db);
    if (!prepare(insert, m_db,
                 QStringLiteral("INSERT INTO proposals (incident_id, provider, model, analysis, title, expected_effect,"
                                " rollback, verification, provider_risk, risk_level, state, created_ms)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)"),
                 error))
        return std::nullopt;
    for (const QVariant &value :
         QVariantList{proposal.incidentId, proposal.provider, notNull(proposal.model), notNull(proposal.analysis),
                      proposal.title, notNull(proposal.expectedEffect), notNull(proposal.rollback),
                      notNull(proposal.verification), notNull(proposal.providerRisk), core::riskLevelKey(worst), nowMs})
        insert.addBindValue(value);
    if (!run(insert, m_db, error))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    for (const ProposalCommandRecord &command : proposal.commands) {
        QSqlQuery row(m_db);
        if (!prepare(row, m_db,
                     QStringLiteral("INSERT INTO proposal_commands (proposal_id, ordinal, script, purpose, risk_level,"
                                    " risk_reasons) VALUES (?, ?, ?, ?, ?, ?)"),
                     error))
            return std::nullopt;
        row.addBindValue(id);
        row.addBindValue(command.ordinal);
        row.addBindValue(command.script);
        row.addBindValue(notNull(command.purpose));
        row.addBindValue(command.riskLevel);
        row.addBindValue(jsonList(command.riskReasons));
        if (!run(row, m_db, error))
            return std::nullopt;
    }
    QJsonObject details{{QStringLiteral("incident"), proposal.incidentId},
                        {QStringLiteral("provider"), proposal.provider},
                        {QStringLiteral("model"), proposal.model},
                        {QStringLiteral("title"), proposal.title},
                        {QStringLiteral("risk"), core::riskLevelKey(worst)}};
    if (!AuditChain(m_db).appendInTransaction(QStringLiteral("console"), QStringLiteral("proposal.created"),
                                              QStringLiteral("proposal %1").arg(id), details, nowMs, error)
        || !transaction.commit(error))
        return std::nullopt;
    return id;
}

std::optional<ProposalRecord> ProposalRepository::find(qint64 id, QString *error) const
{
    error->clear();
    const QList<ProposalRecord> found = select(QStringLiteral(" WHERE id = ?"), {id}, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error = tr("There is no proposal %1 (msctl proposals lists them).").arg(id);
        return std::nullopt;
    }
    return found.first();
}

QList<ProposalRecord> ProposalRepository::forIncident(qint64 incidentId, QString *error) const
{
    return select(QStringLiteral(" WHERE incident_id = ? ORDER BY id"), {incidentId}, error);
}

QList<ProposalRecord> ProposalRepository::pending(QString *error) const
{
    return select(QStringLiteral(" WHERE state = 'proposed' AND incident_id IN"
                                 " (SELECT id FROM incidents WHERE state <> 'resolved') ORDER BY id"),
                  {}, error);
}

std::optional<QStringList> ProposalRepository::approve(const ApprovalRequest &request, qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    const std::optional<ProposalRecord> proposal = find(request.proposalId, error);
    if (!proposal)
        return std::nullopt;
    if (proposal->state != QLatin1String("proposed")) {
        *error = tr("Proposal %1 is already %2 (by %3).").arg(proposal->id).arg(proposal->state, proposal->decidedBy);
        return std::nullopt;
    }
    IncidentRepository incidents(m_db);
    const std::optional<IncidentRecord> incident = incidents.find(proposal->incidentId, error);
    if (!incident)
        return std::nullopt;
    if (incident->state == QLatin1String("resolved")) {
        *error = tr("Incident %1 is resolved: its proposals can no longer be approved.").arg(incident->id);
        return std::nullopt;
    }
    // Classified again now: the stored level is what the operator saw, but the classifier decides.
    core::RiskLevel worst = core::RiskLevel::Low;
    QStringList scripts;
    for (const ProposalCommandRecord &command : proposal->commands) {
        worst = std::max(worst, core::CommandRiskClassifier::classify(command.script).level);
        scripts.append(command.script);
    }
    if (const std::optional<QString> refusal =
            core::ApprovalPolicy::refusal(worst, incident->hostname, request.gesture)) {
        *error = *refusal;
        return std::nullopt;
    }

    QStringList ids;
    auto addExecution = [&](int ordinal, const QString &script, const QString &purpose) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery insert(m_db);
        if (!prepare(insert, m_db,
                     QStringLiteral("INSERT INTO executions (id, proposal_id, ordinal, purpose, agent_id, script,"
                                    " risk_level, approved_by, approved_ms, timeout_ms, not_after_ms, state)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'approved')"),
                     error))
            return false;
        for (const QVariant &value :
             QVariantList{id, proposal->id, ordinal, purpose, incident->agentId, script,
                          core::riskLevelKey(core::CommandRiskClassifier::classify(script).level), request.actor, nowMs,
                          request.commandTimeoutMs, nowMs + request.validForMs})
            insert.addBindValue(value);
        if (!run(insert, m_db, error))
            return false;
        ids.append(id);
        return true;
    };
    for (const ProposalCommandRecord &command : proposal->commands) {
        if (!addExecution(command.ordinal, command.script, QStringLiteral("remediation")))
            return std::nullopt;
    }
    // The verification runs after the commands only when it is read-only: a "verification" that
    // changes state would slip past the approval rule.
    const QString verification = proposal->verification.trimmed();
    const bool verify = request.runVerification && !verification.isEmpty()
        && core::CommandRiskClassifier::classify(verification).level == core::RiskLevel::Low;
    if (verify && !addExecution(int(proposal->commands.size()), verification, QStringLiteral("verification")))
        return std::nullopt;

    QSqlQuery update(m_db);
    if (!prepare(update, m_db,
                 QStringLiteral("UPDATE proposals SET state = 'approved', decided_by = ?, decided_ms = ? WHERE id = ?"),
                 error))
        return std::nullopt;
    update.addBindValue(request.actor);
    update.addBindValue(nowMs);
    update.addBindValue(proposal->id);
    if (!run(update, m_db, error))
        return std::nullopt;
    if (incident->state != QLatin1String("remediating")
        && !incidents.transition(incident->id, QStringLiteral("remediating"), request.actor,
                                 tr("proposal %1 approved").arg(proposal->id), nowMs, error))
        return std::nullopt;
    QJsonObject details{{QStringLiteral("incident"), incident->id},
                        {QStringLiteral("host"), incident->hostname},
                        {QStringLiteral("agent"), incident->agentId},
                        {QStringLiteral("risk"), core::riskLevelKey(worst)},
                        {QStringLiteral("commands"), QJsonArray::fromStringList(scripts)},
                        {QStringLiteral("executions"), QJsonArray::fromStringList(ids)},
                        {QStringLiteral("verification"), verify ? verification : QString()}};
    if (!AuditChain(m_db).appendInTransaction(request.actor, QStringLiteral("proposal.approved"),
                                              QStringLiteral("proposal %1").arg(proposal->id), details, nowMs, error)
        || !transaction.commit(error))
        return std::nullopt;
    return ids;
}

bool ProposalRepository::reject(qint64 id, const QString &actor, const QString &reason, qint64 nowMs, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("Say why the proposal is rejected (a reason is kept in the audit log).");
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const std::optional<ProposalRecord> proposal = find(id, error);
    if (!proposal)
        return false;
    if (proposal->state != QLatin1String("proposed")) {
        *error = tr("Proposal %1 is already %2 (by %3).").arg(id).arg(proposal->state, proposal->decidedBy);
        return false;
    }
    QSqlQuery update(m_db);
    if (!prepare(update, m_db,
                 QStringLiteral("UPDATE proposals SET state = 'rejected', decided_by = ?, decided_ms = ?,"
                                " decision_note = ? WHERE id = ?"),
                 error))
        return false;
    update.addBindValue(actor);
    update.addBindValue(nowMs);
    update.addBindValue(reason);
    update.addBindValue(id);
    const QJsonObject details{{QStringLiteral("incident"), proposal->incidentId},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("risk"), proposal->riskLevel}};
    return run(update, m_db, error)
        && AuditChain(m_db).appendInTransaction(actor, QStringLiteral("proposal.rejected"),
                                                QStringLiteral("proposal %1").arg(id), details, nowMs, error)
        && transaction.commit(error);
}

bool ProposalRepository::setState(qint64 id, const QString &state, QString *error)
{
    QSqlQuery update(m_db);
    if (!prepare(update, m_db, QStringLiteral("UPDATE proposals SET state = ? WHERE id = ?"), error))
        return false;
    update.addBindValue(state);
    update.addBindValue(id);
    return run(update, m_db, error);
}

QList<ProposalRecord> ProposalRepository::select(const QString &where, const QVariantList &binds, QString *error) const
{
    QList<ProposalRecord> result = selectRecords<ProposalRecord>(m_db, kColumns + where, binds, proposalFrom, error);
    for (ProposalRecord &p : result) {
        QString commandsError;
        p.commands = selectRecords<ProposalCommandRecord>(
            m_db,
            QStringLiteral("SELECT ordinal, script, purpose, risk_level, risk_reasons FROM proposal_commands"
                           " WHERE proposal_id = ? ORDER BY ordinal"),
            {p.id},
            [](const QSqlQuery &c) {
                return ProposalCommandRecord{c.value(0).toInt(), c.value(1).toString(), c.value(2).toString(),
                                             c.value(3).toString(), listFrom(c.value(4).toString())};
            },
            &commandsError);
        if (!commandsError.isEmpty()) {
            *error = commandsError;
            return {};
        }
    }
    return result;
}

}  // namespace mirrorstage::store
