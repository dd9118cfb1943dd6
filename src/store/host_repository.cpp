#include "host_repository.h"

#include "audit_chain.h"

#include "sql_support.h"
#include "store_log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace mirrorstage::store {
namespace {

constexpr qsizetype kAgentIdLength = 32;
constexpr qsizetype kPublicKeyLength = 32;

const QString kSelectHost = QStringLiteral(
    "SELECT id, agent_id, public_key, hostname, agent_version, rack, position_x, position_y, position_z, tags,"
    " facts, enrollment_state, enrollment_changed_ms, enrollment_changed_by, first_seen_ms, last_seen_ms,"
    " current_boot FROM hosts");

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QVariant coordinate(const std::optional<RackPosition> &position, double RackPosition::*axis)
{
    return position ? QVariant((*position).*axis) : QVariant();
}

void bindHello(QSqlQuery &query, const HostHello &hello)
{
    query.addBindValue(notNull(hello.hostname));
    query.addBindValue(nullable(hello.agentVersion));
    query.addBindValue(nullable(hello.rack));
    query.addBindValue(coordinate(hello.position, &RackPosition::x));
    query.addBindValue(coordinate(hello.position, &RackPosition::y));
    query.addBindValue(coordinate(hello.position, &RackPosition::z));
    query.addBindValue(compactJson(QJsonDocument(QJsonArray::fromStringList(hello.tags))));
    query.addBindValue(compactJson(QJsonDocument(hello.facts)));
}

QStringList tagsFrom(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(tag.toString());
    return tags;
}

HostRecord hostFrom(const QSqlQuery &query)
{
    HostRecord host;
    host.id = query.value(0).toLongLong();
    host.agentId = query.value(1).toString();
    host.publicKey = query.value(2).toByteArray();
    host.hostname = query.value(3).toString();
    host.agentVersion = query.value(4).toString();
    host.rack = query.value(5).toString();
    if (!query.value(6).isNull())
        host.position = RackPosition{query.value(6).toDouble(), query.value(7).toDouble(), query.value(8).toDouble()};
    host.tags = tagsFrom(query.value(9).toString());
    host.facts = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    host.enrollment = enrollmentStateFromKey(query.value(11).toString()).value_or(EnrollmentState::Pending);
    host.enrollmentChangedMs = query.value(12).toLongLong();
    host.enrollmentChangedBy = query.value(13).toString();
    host.firstSeenMs = query.value(14).toLongLong();
    host.lastSeenMs = query.value(15).toLongLong();
    host.currentBoot = query.value(16).toString();
    return host;
}

}  // namespace

QString enrollmentStateKey(EnrollmentState state)
{
    switch (state) {
    case EnrollmentState::Pending: return QStringLiteral("pending");
    case EnrollmentState::Accepted: return QStringLiteral("accepted");
    case EnrollmentState::Rejected: return QStringLiteral("rejected");
    case EnrollmentState::Revoked: return QStringLiteral("revoked");
    }
    return QStringLiteral("pending");
}

std::optional<EnrollmentState> enrollmentStateFromKey(const QString &key)
{
    for (const EnrollmentState state :
         {EnrollmentState::Pending, EnrollmentState::Accepted, EnrollmentState::Rejected, EnrollmentState::Revoked}) {
        if (enrollmentStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString enrollmentStateName(EnrollmentState state)
{
    switch (state) {
    case EnrollmentState::Pending: return HostRepository::tr("pending");
    case EnrollmentState::Accepted: return HostRepository::tr("accepted");
    case EnrollmentState::Rejected: return HostRepository::tr("rejected");
    case EnrollmentState::Revoked: return HostRepository::tr("revoked");
    }
    return HostRepository::tr("pending");
}

bool HostRepository::isValidAgentId(const QString &agentId)
{
    if (agentId.size() != kAgentIdLength)
        return false;
    return std::all_of(agentId.cbegin(), agentId.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

bool HostRepository::checkHello(const HostHello &hello, QString *error) const
{
    if (!isValidAgentId(hello.agentId)) {
        *error = tr("\"%1\" is not a valid agent id (32 hexadecimal characters expected).").arg(hello.agentId);
        return false;
    }
    if (hello.publicKey.size() != kPublicKeyLength) {
        *error = tr("The hello of agent %1 carries a public key of %2 bytes; an Ed25519 public key has 32.")
                     .arg(hello.agentId)
                     .arg(hello.publicKey.size());
        return false;
    }
    return true;
}

std::optional<HostRecord> HostRepository::upsertFromHello(const HostHello &hello, qint64 nowMs, QString *error)
{
    if (!checkHello(hello, error))
        return std::nullopt;
    HostHello normalized = hello;
    normalized.agentId = hello.agentId.toLower();
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    error->clear();
    const std::optional<HostRecord> known = find(normalized.agentId, error);
    if (!error->isEmpty())
        return std::nullopt;
    if (known && known->publicKey != normalized.publicKey) {
        *error = tr("Agent %1 (%2) presented a public key other than the one it enrolled with, so its hello was "
                    "refused. If the agent was reinstalled, remove the host from the console and enrol it again.")
                     .arg(normalized.agentId, normalized.hostname);
        qCWarning(lcStore).noquote() << *error;
        return std::nullopt;
    }
    const bool written = known ? refresh(normalized, nowMs, error) : insert(normalized, nowMs, error);
    if (!written || !ensureBoot(normalized.agentId, normalized.bootId, nowMs, error) || !transaction.commit(error))
        return std::nullopt;
    return find(normalized.agentId, error);
}

bool HostRepository::insert(const HostHello &hello, qint64 nowMs, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("INSERT INTO hosts (hostname, agent_version, rack, position_x, position_y, position_z,"
                                " tags, facts, agent_id, public_key, enrollment_state, enrollment_changed_ms,"
                                " enrollment_changed_by, first_seen_ms, last_seen_ms, current_boot)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, 'first hello', ?, ?, ?)"),
                 error))
        return false;
    bindHello(query, hello);
    query.addBindValue(hello.agentId);
    query.addBindValue(hello.publicKey);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(nullable(hello.bootId));
    return run(query, m_db, error);
}

bool HostRepository::refresh(const HostHello &hello, qint64 nowMs, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("UPDATE hosts SET hostname = ?, agent_version = ?, rack = ?, position_x = ?,"
                                " position_y = ?, position_z = ?, tags = ?, facts = ?, last_seen_ms = ?,"
                                " current_boot = ? WHERE agent_id = ?"),
                 error))
        return false;
    bindHello(query, hello);
    query.addBindValue(nowMs);
    query.addBindValue(nullable(hello.bootId));
    query.addBindValue(hello.agentId);
    return run(query, m_db, error);
}

// The boot the agent runs under now gets its row at once, so that ackedSeqs() knows it (at 0).
bool HostRepository::ensureBoot(const QString &agentId, const QString &bootId, qint64 nowMs, QString *error)
{
    if (bootId.isEmpty())
        return true;
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("INSERT INTO boots (host_id, boot_id, started_ms, acked_seq)"
                                " SELECT id, ?, ?, 0 FROM hosts WHERE agent_id = ?"
                                " ON CONFLICT (host_id, boot_id) DO NOTHING"),
                 error))
        return false;
    query.addBindValue(bootId);
    query.addBindValue(nowMs);
    query.addBindValue(agentId);
    return run(query, m_db, error);
}

std::optional<HostRecord> HostRepository::find(const QString &agentId, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, kSelectHost + QStringLiteral(" WHERE agent_id = ?"), error))
        return std::nullopt;
    query.addBindValue(agentId.toLower());
    if (!run(query, m_db, error) || !query.next())
        return std::nullopt;
    return hostFrom(query);
}

QList<HostRecord> HostRepository::list(QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<HostRecord> hosts;
    if (!prepare(query, m_db, kSelectHost + QStringLiteral(" ORDER BY hostname, agent_id"), error)
        || !run(query, m_db, error))
        return hosts;
    while (query.next())
        hosts.append(hostFrom(query));
    return hosts;
}

QHash<QString, EnrollmentState> HostRepository::notAccepted(QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QHash<QString, EnrollmentState> agents;
    if (!prepare(query, m_db,
                 QStringLiteral("SELECT agent_id, enrollment_state FROM hosts WHERE enrollment_state <> 'accepted'"), error)
        || !run(query, m_db, error))
        return agents;
    while (query.next()) {
        if (const auto state = enrollmentStateFromKey(query.value(1).toString()))
            agents.insert(query.value(0).toString(), *state);
    }
    return agents;
}

bool HostRepository::setEnrollmentState(const QString &agentId, EnrollmentState state, const QString &who,
                                        qint64 nowMs, QString *error)
{
    // The decision and its audit row commit together.
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("UPDATE hosts SET enrollment_state = ?, enrollment_changed_ms = ?,"
                                " enrollment_changed_by = ? WHERE agent_id = ?"),
                 error))
        return false;
    query.addBindValue(enrollmentStateKey(state));
    query.addBindValue(nowMs);
    query.addBindValue(notNull(who));
    return changeOne(query, agentId, error)
        && AuditChain(m_db).appendInTransaction(who.isEmpty() ? QStringLiteral("unknown") : who,
                                                QStringLiteral("enrollment.") + enrollmentStateKey(state),
                                                QStringLiteral("agent %1").arg(agentId.toLower()), {}, nowMs, error)
        && transaction.commit(error);
}

bool HostRepository::markLastSeen(const QString &agentId, qint64 nowMs, QString *error)
{
    QSqlQuery query(m_db);
    // Never backwards: a late hello must not make a host look older than its newest record.
    if (!prepare(query, m_db,
                 QStringLiteral("UPDATE hosts SET last_seen_ms = CASE WHEN last_seen_ms < ? THEN ?"
                                " ELSE last_seen_ms END WHERE agent_id = ?"),
                 error))
        return false;
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    return changeOne(query, agentId, error);
}

bool HostRepository::remove(const QString &agentId, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, QStringLiteral("DELETE FROM hosts WHERE agent_id = ?"), error))
        return false;
    return changeOne(query, agentId, error);  // foreign keys take the rest with it
}

// Binds the agent id last, runs, and insists that exactly that host was there to change.
bool HostRepository::changeOne(QSqlQuery &query, const QString &agentId, QString *error)
{
    query.addBindValue(agentId.toLower());
    if (!run(query, m_db, error))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    *error = tr("No host with agent id %1 is known to the console.").arg(agentId);
    return false;
}

}  // namespace mirrorstage::store
