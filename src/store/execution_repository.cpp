#include "execution_repository.h"

#include "audit_chain.h"
#include "sql_support.h"

#include <QJsonObject>

namespace mirrorstage::store {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, proposal_id, ordinal, purpose, agent_id, script, risk_level, approved_by, approved_ms, timeout_ms,"
    " not_after_ms, state, channel, dispatched_ms, finished_ms, exit_code, duration_ms, timed_out, truncated,"
    " refusal_code, reason, stdout_tail, stderr_tail FROM executions");

ExecutionRecord recordFrom(const QSqlQuery &q)
{
    ExecutionRecord r;
    r.id = q.value(0).toString();
    r.proposalId = optionalInteger(q.value(1));
    r.ordinal = q.value(2).toInt();
    r.purpose = q.value(3).toString();
    r.agentId = q.value(4).toString();
    r.script = q.value(5).toString();
    r.riskLevel = q.value(6).toString();
    r.approvedBy = q.value(7).toString();
    r.approvedMs = q.value(8).toLongLong();
    r.timeoutMs = q.value(9).toLongLong();
    r.notAfterMs = q.value(10).toLongLong();
    r.state = q.value(11).toString();
    r.channel = q.value(12).toString();
    r.dispatchedMs = optionalInteger(q.value(13));
    r.finishedMs = optionalInteger(q.value(14));
    r.exitCode = optionalInteger(q.value(15));
    r.durationMs = optionalInteger(q.value(16));
    r.timedOut = q.value(17).toInt() != 0;
    r.truncated = q.value(18).toInt() != 0;
    r.refusalCode = q.value(19).toString();
    r.reason = q.value(20).toString();
    r.stdoutTail = q.value(21).toString();
    r.stderrTail = q.value(22).toString();
    return r;
}

}  // namespace

std::optional<ExecutionRecord> ExecutionRepository::find(const QString &id, QString *error) const
{
    error->clear();
    const QList<ExecutionRecord> found = select(QStringLiteral(" WHERE id = ?"), {id}, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error = tr("There is no execution %1.").arg(id);
        return std::nullopt;
    }
    return found.first();
}

QList<ExecutionRecord> ExecutionRepository::forProposal(qint64 proposalId, QString *error) const
{
    return select(QStringLiteral(" WHERE proposal_id = ? ORDER BY ordinal"), {proposalId}, error);
}

QList<ExecutionRecord> ExecutionRepository::recent(int limit, QString *error) const
{
    return select(QStringLiteral(" ORDER BY approved_ms DESC, ordinal DESC LIMIT ?"), {limit}, error);
}

QList<ExecutionRecord> ExecutionRepository::readyToDispatch(QString *error) const
{
    // A step runs once every earlier step of its proposal completed; a failed or refused step
    // stops the rest (they expire), as a shell script under `set -e` would.
    return select(QStringLiteral(
                      " e WHERE state = 'approved' AND NOT EXISTS (SELECT 1 FROM executions p"
                      " WHERE p.proposal_id = e.proposal_id AND p.ordinal < e.ordinal AND p.state <> 'completed')"
                      " ORDER BY approved_ms, ordinal"),
                  {}, error);
}

bool ExecutionRepository::markDispatched(const QString &id, const QString &channel, qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery update(m_db);
    if (!prepare(update, m_db,
                 QStringLiteral("UPDATE executions SET state = 'dispatched', channel = ?, dispatched_ms = ?"
                                " WHERE id = ? AND state = 'approved'"),
                 error))
        return false;
    update.addBindValue(channel);
    update.addBindValue(nowMs);
    update.addBindValue(id);
    if (!run(update, m_db, error))
        return false;
    const std::optional<ExecutionRecord> execution = find(id, error);
    if (!execution)
        return false;
    const QJsonObject details{{QStringLiteral("agent"), execution->agentId},
                              {QStringLiteral("script"), execution->script},
                              {QStringLiteral("channel"), channel},
                              {QStringLiteral("approved_by"), execution->approvedBy},
                              {QStringLiteral("not_after_ms"), execution->notAfterMs}};
    return AuditChain(m_db).appendInTransaction(QStringLiteral("console"), QStringLiteral("execution.dispatched"),
                                                QStringLiteral("execution %1").arg(id), details, nowMs, error)
        && transaction.commit(error);
}

bool ExecutionRepository::finish(const QString &id, const ExecutionOutcome &outcome, qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const std::optional<ExecutionRecord> execution = find(id, error);
    if (!execution)
        return false;
    if (execution->state != QLatin1String("approved") && execution->state != QLatin1String("dispatched"))
        return true;  // already applied
    QSqlQuery update(m_db);
    if (!prepare(update, m_db,
                 QStringLiteral("UPDATE executions SET state = ?, finished_ms = ?, exit_code = ?, duration_ms = ?,"
                                " timed_out = ?, truncated = ?, refusal_code = ?, reason = ?, stdout_tail = ?,"
                                " stderr_tail = ? WHERE id = ?"),
                 error))
        return false;
    for (const QVariant &value :
         QVariantList{outcome.state, nowMs, nullable(outcome.exitCode), nullable(outcome.durationMs),
                      outcome.timedOut ? 1 : 0, outcome.truncated ? 1 : 0, nullable(outcome.refusalCode),
                      nullable(outcome.reason), nullable(outcome.stdoutTail), nullable(outcome.stderrTail), id})
        update.addBindValue(value);
    if (!run(update, m_db, error))
        return false;
    QJsonObject details{{QStringLiteral("agent"), execution->agentId},
                        {QStringLiteral("script"), execution->script},
                        {QStringLiteral("state"), outcome.state},
                        {QStringLiteral("timed_out"), outcome.timedOut},
                        {QStringLiteral("truncated"), outcome.truncated}};
    if (outcome.exitCode)
        details.insert(QStringLiteral("exit_code"), *outcome.exitCode);
    if (!outcome.refusalCode.isEmpty())
        details.insert(QStringLiteral("refusal"), outcome.refusalCode);
    if (!outcome.reason.isEmpty())
        details.insert(QStringLiteral("reason"), outcome.reason);
    return AuditChain(m_db).appendInTransaction(QStringLiteral("agent:") + execution->agentId,
                                                QStringLiteral("execution.finished"),
                                                QStringLiteral("execution %1").arg(id), details, nowMs, error)
        && transaction.commit(error);
}

QStringList ExecutionRepository::expireOverdue(qint64 nowMs, qint64 graceMs, QString *error)
{
    QStringList expired;
    // Approved past not_after can no longer be sent (the agent would refuse it); dispatched ones
    // get their timeout and a grace period to answer before the console stops waiting.
    const QList<ExecutionRecord> overdue = select(
        QStringLiteral(" WHERE (state = 'approved' AND not_after_ms < ?) OR"
                       " (state = 'dispatched' AND dispatched_ms + timeout_ms + ? < ?)"),
        {nowMs, graceMs, nowMs}, error);
    for (const ExecutionRecord &execution : overdue) {
        ExecutionOutcome outcome;
        outcome.state = QStringLiteral("expired");
        outcome.reason = execution.state == QLatin1String("approved")
            ? tr("not sent before its deadline: the host's agent was not connected (or an earlier step failed)")
            : tr("no result from the host's agent within the command's timeout");
        if (!finish(execution.id, outcome, nowMs, error))
            return expired;
        expired.append(execution.id);
    }
    return expired;
}

QList<StoredCommandResult> ExecutionRepository::unappliedResults(QString *error) const
{
    QList<StoredCommandResult> results;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, m_db,
                 QStringLiteral("SELECT r.boot, r.seq, r.command_id, r.body FROM command_results r"
                                " JOIN executions e ON e.id = r.command_id"
                                " WHERE e.state IN ('approved', 'dispatched') ORDER BY r.received_ms"),
                 error)
        || !run(q, m_db, error))
        return results;
    while (q.next())
        results.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toByteArray()});
    return results;
}

QList<ExecutionRecord> ExecutionRepository::select(const QString &where, const QVariantList &binds, QString *error) const
{
    return selectRecords<ExecutionRecord>(m_db, kColumns + where, binds, recordFrom, error);
}

}  // namespace mirrorstage::store
