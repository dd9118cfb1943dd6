#pragma once
// The audit log: append-only and hash-chained. Each row's hash is SHA-256 over the previous row's
// hash and the row's own content (seq, time, actor, action, subject, details), so editing or
// deleting any row breaks every hash from there on and verify() names the first row that no
// longer fits. The console and msctl both append; an append takes the write lock first (BEGIN
// IMMEDIATE), so two writers never chain onto the same row.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;    // "alice@example.com", "msctl:root", "auto-remediation", "console"
    QString action;   // "proposal.approved", "execution.finished", "enrollment.accepted", ...
    QString subject;  // what it is about: "proposal 12", "agent 3f2a…", "setting health/cpu"
    QJsonObject details;
    QByteArray detailsText;  // exactly as stored and hashed (compact JSON)
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 rows = 0;
    std::optional<qint64> firstBrokenSeq;  // the first row whose hash or link does not check out
    QString problem;                        // in words, for the operator
};

class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    explicit AuditChain(const QSqlDatabase &db) : m_db(db) {}

    // Appends in a transaction of its own.
    std::optional<AuditEntry> append(const QString &actor, const QString &action, const QString &subject,
                                     const QJsonObject &details, qint64 nowMs, QString *error);
    // Appends inside a transaction the caller holds (so the audit row commits with the change it
    // records, or not at all).
    std::optional<AuditEntry> appendInTransaction(const QString &actor, const QString &action, const QString &subject,
                                                  const QJsonObject &details, qint64 nowMs, QString *error);

    QList<AuditEntry> list(qint64 sinceMs, int limit, QString *error) const;
    AuditVerification verify(QString *error) const;

    static QByteArray hashOf(const AuditEntry &entry);

private:
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
