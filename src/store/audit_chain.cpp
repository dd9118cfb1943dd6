#include "audit_chain.h"

#include "sql_support.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mirrorstage::store {
namespace {

// The genesis row links to 32 zero bytes.
QByteArray genesisHash()
{
    return QByteArray(32, '\0');
}

void appendField(QByteArray &out, const QByteArray &field)
{
    // Length-prefixed, so that ("ab","c") and ("a","bc") hash differently.
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.atMs = query.value(1).toLongLong();
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.detailsText = query.value(5).toString().toUtf8();
    entry.details = QJsonDocument::fromJson(entry.detailsText).object();
    entry.prevHash = query.value(6).toByteArray();
    entry.hash = query.value(7).toByteArray();
    return entry;
}

const QString kSelectColumns = QStringLiteral("SELECT seq, at_ms, actor, action, subject, details, prev_hash, hash FROM audit_log");

}  // namespace

QByteArray AuditChain::hashOf(const AuditEntry &entry)
{
    QByteArray content = "mirrorstage-audit/1";
    appendField(content, entry.prevHash);
    appendField(content, QByteArray::number(entry.seq));
    appendField(content, QByteArray::number(entry.atMs));
    appendField(content, entry.actor.toUtf8());
    appendField(content, entry.action.toUtf8());
    appendField(content, entry.subject.toUtf8());
    appendField(content, entry.detailsText);
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

std::optional<AuditEntry> AuditChain::append(const QString &actor, const QString &action, const QString &subject,
                                             const QJsonObject &details, qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    std::optional<AuditEntry> entry = appendInTransaction(actor, action, subject, details, nowMs, error);
    if (!entry || !transaction.commit(error))
        return std::nullopt;
    return entry;
}

std::optional<AuditEntry> AuditChain::appendInTransaction(const QString &actor, const QString &action,
                                                          const QString &subject, const QJsonObject &details,
                                                          qint64 nowMs, QString *error)
{
    QSqlQuery last(m_db);
    if (!prepare(last, m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), error)
        || !run(last, m_db, error))
        return std::nullopt;
    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = genesisHash();
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toByteArray();
    }
    last.finish();
    entry.atMs = nowMs;
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.details = details;
    entry.detailsText = canonicalDetails(details);
    entry.hash = hashOf(entry);

    QSqlQuery insert(m_db);
    if (!prepare(insert, m_db,
                 QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, subject, details, prev_hash, hash)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return std::nullopt;
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.atMs);
    insert.addBindValue(entry.actor);
    insert.addBindValue(entry.action);
    insert.addBindValue(notNull(entry.subject));
    insert.addBindValue(QString::fromUtf8(entry.detailsText));
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    if (!run(insert, m_db, error))
        return std::nullopt;
    return entry;
}

QList<AuditEntry> AuditChain::list(qint64 sinceMs, int limit, QString *error) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, kSelectColumns + QStringLiteral(" WHERE at_ms >= ? ORDER BY seq DESC LIMIT ?"), error))
        return entries;
    query.addBindValue(sinceMs);
    query.addBindValue(limit);
    if (!run(query, m_db, error))
        return entries;
    while (query.next())
        entries.prepend(entryFrom(query));
    return entries;
}

AuditVerification AuditChain::verify(QString *error) const
{
    AuditVerification result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, kSelectColumns + QStringLiteral(" ORDER BY seq"), error) || !run(query, m_db, error)) {
        result.intact = false;
        result.problem = *error;
        return result;
    }
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBrokenSeq = seq;
        result.problem = problem;
    };
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        ++result.rows;
        if (entry.seq != expectedSeq) {
            broken(expectedSeq, tr("row %1 is missing: the log jumps from row %2 to row %3 (deleted)")
                                    .arg(expectedSeq).arg(expectedSeq - 1).arg(entry.seq));
            break;
        }
        if (entry.prevHash != expectedPrev) {
            broken(entry.seq, tr("row %1 does not link to row %2 (a row before it was edited or replaced)")
                                  .arg(entry.seq).arg(entry.seq - 1));
            break;
        }
        if (hashOf(entry) != entry.hash) {
            broken(entry.seq, tr("row %1 was changed after it was written (its content no longer matches its hash)")
                                  .arg(entry.seq));
            break;
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
    }
    return result;
}

}  // namespace mirrorstage::store
