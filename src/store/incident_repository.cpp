#include "incident_repository.h"

#include "sql_support.h"

#include <QDateTime>
#include <QJsonDocument>

namespace mirrorstage::store {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, agent_id, hostname, rule_id, subject, kind, severity, state, summary, facts, opened_ms, updated_ms,"
    " resolved_ms, silenced_until_ms, flapping, reopen_count FROM incidents");

IncidentRecord recordFrom(const QSqlQuery &q)
{
    IncidentRecord r;
    r.id = q.value(0).toLongLong();
    r.agentId = q.value(1).toString();
    r.hostname = q.value(2).toString();
    r.ruleId = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.kind = q.value(5).toString();
    r.severity = q.value(6).toString();
    r.state = q.value(7).toString();
    r.summary = q.value(8).toString();
    r.facts = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    r.openedMs = q.value(10).toLongLong();
    r.updatedMs = q.value(11).toLongLong();
    r.resolvedMs = optionalInteger(q.value(12));
    r.silencedUntilMs = optionalInteger(q.value(13));
    r.flapping = q.value(14).toInt() != 0;
    r.reopenCount = q.value(15).toInt();
    return r;
}

int severityRank(const QString &severity)
{
    return severity == QLatin1String("critical") ? 2 : severity == QLatin1String("warning") ? 1 : 0;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

bool IncidentRepository::isAllowed(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed = {
        {QStringLiteral("open"), {QStringLiteral("acknowledged"), QStringLiteral("remediating"), QStringLiteral("resolved")}},
        {QStringLiteral("acknowledged"), {QStringLiteral("remediating"), QStringLiteral("resolved")}},
        // A remediation that failed hands the incident back to the operator.
        {QStringLiteral("remediating"), {QStringLiteral("acknowledged"), QStringLiteral("resolved")}},
    };
    return allowed.value(from).contains(to);
}

std::optional<IncidentRecord> IncidentRepository::raise(const IncidentRaise &raise, const QString &actor,
                                                        qint64 nowMs, bool *opened, QString *error)
{
    *opened = false;
    error->clear();
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    const QList<IncidentRecord> existing = select(
        QStringLiteral(" WHERE agent_id = ? AND rule_id = ? AND subject = ? AND state <> 'resolved'"),
        {raise.agentId, raise.ruleId, notNull(raise.subject)}, error);
    if (!error->isEmpty())
        return std::nullopt;
    qint64 id = 0;
    if (!existing.isEmpty()) {
        const IncidentRecord &current = existing.first();
        id = current.id;
        QSqlQuery update(m_db);
        if (!prepare(update, m_db,
                     QStringLiteral("UPDATE incidents SET severity = ?, summary = ?, facts = ?, hostname = ?,"
                                    " updated_ms = ? WHERE id = ?"),
                     error))
            return std::nullopt;
        update.addBindValue(raise.severity);
        update.addBindValue(raise.summary);
        update.addBindValue(json(raise.facts));
        update.addBindValue(raise.hostname);
        update.addBindValue(nowMs);
        update.addBindValue(id);
        if (!run(update, m_db, error))
            return std::nullopt;
        if (severityRank(raise.severity) != severityRank(current.severity)) {
            const QString note = severityRank(raise.severity) > severityRank(current.severity)
                ? tr("escalated to %1: %2").arg(raise.severity, raise.summary)
                : tr("eased to %1: %2").arg(raise.severity, raise.summary);
            if (!recordTransition(id, current.state, current.state, raise.severity, actor, note, nowMs, error))
                return std::nullopt;
        }
    } else {
        // Flapping: the same condition came back soon after it was resolved, again and again.
        QSqlQuery recent(m_db);
        if (!prepare(recent, m_db,
                     QStringLiteral("SELECT count(*) FROM incidents WHERE agent_id = ? AND rule_id = ? AND subject = ?"
                                    " AND state = 'resolved' AND resolved_ms >= ?"),
                     error))
            return std::nullopt;
        recent.addBindValue(raise.agentId);
        recent.addBindValue(raise.ruleId);
        recent.addBindValue(notNull(raise.subject));
        recent.addBindValue(nowMs - kFlapWindowMs);
        if (!run(recent, m_db, error))
            return std::nullopt;
        const int reopens = recent.next() ? recent.value(0).toInt() : 0;
        recent.finish();
        QSqlQuery insert(m_db);
        if (!prepare(insert, m_db,
                     QStringLiteral("INSERT INTO incidents (agent_id, hostname, rule_id, subject, kind, severity, state,"
                                    " summary, facts, opened_ms, updated_ms, flapping, reopen_count)"
                                    " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)"),
                     error))
            return std::nullopt;
        insert.addBindValue(raise.agentId);
        insert.addBindValue(raise.hostname);
        insert.addBindValue(raise.ruleId);
        insert.addBindValue(notNull(raise.subject));
        insert.addBindValue(raise.kind);
        insert.addBindValue(raise.severity);
        insert.addBindValue(raise.summary);
        insert.addBindValue(json(raise.facts));
        insert.addBindValue(nowMs);
        insert.addBindValue(nowMs);
        insert.addBindValue(reopens >= kFlapReopens ? 1 : 0);
        insert.addBindValue(reopens);
        if (!run(insert, m_db, error))
            return std::nullopt;
        id = insert.lastInsertId().toLongLong();
        const QString note = reopens >= kFlapReopens
            ? tr("opened (flapping: back %1 times within 30 minutes): %2").arg(reopens).arg(raise.summary)
            : tr("opened: %1").arg(raise.summary);
        if (!recordTransition(id, QString(), QStringLiteral("open"), raise.severity, actor, note, nowMs, error))
            return std::nullopt;
        *opened = true;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return find(id, error);
}

bool IncidentRepository::transition(qint64 id, const QString &state, const QString &actor, const QString &note,
                                    qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const std::optional<IncidentRecord> current = find(id, error);
    if (!current) {
        if (error->isEmpty())
            *error = tr("There is no incident %1.").arg(id);
        return false;
    }
    if (current->state == state)
        return true;
    if (!isAllowed(current->state, state)) {
        *error = tr("Incident %1 is %2; it cannot become %3.").arg(id).arg(current->state, state);
        return false;
    }
    QSqlQuery update(m_db);
    if (!prepare(update, m_db,
                 QStringLiteral("UPDATE incidents SET state = ?, updated_ms = ?, resolved_ms = ? WHERE id = ?"), error))
        return false;
    update.addBindValue(state);
    update.addBindValue(nowMs);
    update.addBindValue(state == QLatin1String("resolved") ? QVariant(nowMs) : QVariant());
    update.addBindValue(id);
    return run(update, m_db, error)
        && recordTransition(id, current->state, state, current->severity, actor, note, nowMs, error)
        && transaction.commit(error);
}

bool IncidentRepository::silence(qint64 id, qint64 untilMs, const QString &actor, qint64 nowMs, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const std::optional<IncidentRecord> current = find(id, error);
    if (!current) {
        if (error->isEmpty())
            *error = tr("There is no incident %1.").arg(id);
        return false;
    }
    if (current->state == QLatin1String("resolved")) {
        *error = tr("Incident %1 is already resolved.").arg(id);
        return false;
    }
    QSqlQuery update(m_db);
    if (!prepare(update, m_db, QStringLiteral("UPDATE incidents SET silenced_until_ms = ?, updated_ms = ? WHERE id = ?"),
                 error))
        return false;
    update.addBindValue(untilMs);
    update.addBindValue(nowMs);
    update.addBindValue(id);
    const QString note = tr("silenced until %1").arg(QDateTime::fromMSecsSinceEpoch(untilMs).toUTC().toString(Qt::ISODate));
    return run(update, m_db, error)
        && recordTransition(id, current->state, current->state, current->severity, actor, note, nowMs, error)
        && transaction.commit(error);
}

bool IncidentRepository::note(qint64 id, const QString &actor, const QString &note, qint64 nowMs, QString *error)
{
    const std::optional<IncidentRecord> current = find(id, error);
    if (!current) {
        if (error->isEmpty())
            *error = tr("There is no incident %1.").arg(id);
        return false;
    }
    return recordTransition(id, current->state, current->state, current->severity, actor, note, nowMs, error);
}

std::optional<IncidentRecord> IncidentRepository::findUnresolved(const QString &agentId, const QString &ruleId,
                                                                 const QString &subject, QString *error) const
{
    error->clear();
    const QList<IncidentRecord> found =
        select(QStringLiteral(" WHERE agent_id = ? AND rule_id = ? AND subject = ? AND state <> 'resolved'"),
               {agentId, ruleId, notNull(subject)}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<IncidentRecord> IncidentRepository::find(qint64 id, QString *error) const
{
    error->clear();
    const QList<IncidentRecord> found = select(QStringLiteral(" WHERE id = ?"), {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<IncidentRecord> IncidentRepository::list(bool includeResolved, int limit, QString *error) const
{
    return select(includeResolved ? QStringLiteral(" ORDER BY id DESC LIMIT ?")
                                  : QStringLiteral(" WHERE state <> 'resolved' ORDER BY id DESC LIMIT ?"),
                  {limit}, error);
}

QList<IncidentRecord> IncidentRepository::unresolved(QString *error) const
{
    return select(QStringLiteral(" WHERE state <> 'resolved' ORDER BY id"), {}, error);
}

QList<IncidentTransition> IncidentRepository::transitions(qint64 id, QString *error) const
{
    QList<IncidentTransition> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, m_db,
                 QStringLiteral("SELECT at_ms, from_state, to_state, severity, actor, note FROM incident_transitions"
                                " WHERE incident_id = ? ORDER BY id"),
                 error))
        return result;
    q.addBindValue(id);
    if (!run(q, m_db, error))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    return result;
}

bool IncidentRepository::recordTransition(qint64 id, const QString &from, const QString &to, const QString &severity,
                                          const QString &actor, const QString &note, qint64 nowMs, QString *error)
{
    QSqlQuery insert(m_db);
    if (!prepare(insert, m_db,
                 QStringLiteral("INSERT INTO incident_transitions (incident_id, at_ms, from_state, to_state, severity,"
                                " actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    insert.addBindValue(id);
    insert.addBindValue(nowMs);
    insert.addBindValue(nullable(from));
    insert.addBindValue(to);
    insert.addBindValue(severity);
    insert.addBindValue(actor);
    insert.addBindValue(notNull(note));
    return run(insert, m_db, error);
}

QList<IncidentRecord> IncidentRepository::select(const QString &where, const QVariantList &binds, QString *error) const
{
    return selectRecords<IncidentRecord>(m_db, kColumns + where, binds, recordFrom, error);
}

}  // namespace mirrorstage::store
