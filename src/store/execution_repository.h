#pragma once
// Commands on their way to hosts and what became of them: approved (waiting for the console to
// sign and send it) -> dispatched -> completed | failed | refused, or expired when it could not be
// sent before its deadline. The result comes back as the agent's durable record (command_results),
// so it survives a disconnect or a console restart.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct ExecutionRecord {
    QString id;
    std::optional<qint64> proposalId;
    int ordinal = 0;
    QString purpose;  // remediation | verification
    QString agentId, script, riskLevel, approvedBy;
    qint64 approvedMs = 0, timeoutMs = 0, notAfterMs = 0;
    QString state, channel;
    std::optional<qint64> dispatchedMs, finishedMs, exitCode, durationMs;
    bool timedOut = false, truncated = false;
    QString refusalCode, reason, stdoutTail, stderrTail;
};

struct ExecutionOutcome {
    QString state;  // completed (exit code 0), failed, refused
    std::optional<qint64> exitCode, durationMs;
    bool timedOut = false, truncated = false;
    QString refusalCode, reason, stdoutTail, stderrTail;
};

// A command result record the writer stored, not yet applied to its execution.
struct StoredCommandResult {
    qint64 boot = 0, seq = 0;
    QString commandId;
    QByteArray body;
};

class ExecutionRepository {
    Q_DECLARE_TR_FUNCTIONS(ExecutionRepository)
public:
    explicit ExecutionRepository(const QSqlDatabase &db) : m_db(db) {}

    std::optional<ExecutionRecord> find(const QString &id, QString *error) const;
    QList<ExecutionRecord> forProposal(qint64 proposalId, QString *error) const;
    QList<ExecutionRecord> recent(int limit, QString *error) const;
    // Approved, in the order they must run: the next step of a proposal waits for the previous.
    QList<ExecutionRecord> readyToDispatch(QString *error) const;

    bool markDispatched(const QString &id, const QString &channel, qint64 nowMs, QString *error);
    // Applies an outcome once (a result seen twice changes nothing), with its audit row.
    bool finish(const QString &id, const ExecutionOutcome &outcome, qint64 nowMs, QString *error);
    // Approved but never sent, or sent but never answered, past the deadline.
    QStringList expireOverdue(qint64 nowMs, qint64 graceMs, QString *error);

    // Results stored by the writer whose execution still waits for them.
    QList<StoredCommandResult> unappliedResults(QString *error) const;

private:
    QList<ExecutionRecord> select(const QString &where, const QVariantList &binds, QString *error) const;
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
