#include "ssh_host_repository.h"

#include "sql_support.h"

namespace mirrorstage::store {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT name, agent_id, address, port, login_user, key_file, jump_host, created_ms, updated_ms FROM ssh_hosts");

SshHostRecord recordFrom(const QSqlQuery &q)
{
    SshHostRecord r;
    r.name = q.value(0).toString();
    r.agentId = q.value(1).toString();
    r.address = q.value(2).toString();
    r.port = q.value(3).toInt();
    r.user = q.value(4).toString();
    r.keyFile = q.value(5).toString();
    r.jumpHost = q.value(6).toString();
    r.createdMs = q.value(7).toLongLong();
    r.updatedMs = q.value(8).toLongLong();
    return r;
}

}  // namespace

bool SshHostRepository::save(const SshHostRecord &record, qint64 nowMs, QString *error)
{
    if (record.name.trimmed().isEmpty() || record.address.trimmed().isEmpty() || record.user.trimmed().isEmpty()) {
        *error = tr("an SSH host needs a name, an address and a user");
        return false;
    }
    if (record.port < 1 || record.port > 65535) {
        *error = tr("the SSH port must be between 1 and 65535, not %1").arg(record.port);
        return false;
    }
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("INSERT INTO ssh_hosts"
                                " (name, agent_id, address, port, login_user, key_file, jump_host, created_ms, updated_ms)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (name) DO UPDATE SET agent_id = excluded.agent_id,"
                                " address = excluded.address, port = excluded.port, login_user = excluded.login_user,"
                                " key_file = excluded.key_file, jump_host = excluded.jump_host,"
                                " updated_ms = excluded.updated_ms"),
                 error))
        return false;
    for (const QVariant &value :
         QVariantList{record.name.trimmed(), nullable(record.agentId.toLower()), record.address.trimmed(), record.port,
                      record.user.trimmed(), notNull(record.keyFile), notNull(record.jumpHost), nowMs, nowMs})
        query.addBindValue(value);
    return run(query, m_db, error);
}

std::optional<SshHostRecord> SshHostRepository::find(const QString &name, QString *error) const
{
    return selectOne(QStringLiteral(" WHERE name = ?"), name, error);
}

std::optional<SshHostRecord> SshHostRepository::forAgent(const QString &agentId, QString *error) const
{
    if (agentId.isEmpty())
        return std::nullopt;
    return selectOne(QStringLiteral(" WHERE agent_id = ?"), agentId.toLower(), error);
}

std::optional<SshHostRecord> SshHostRepository::forExecution(const QString &executionId, QString *error) const
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, QStringLiteral("SELECT agent_id, ssh_host FROM executions WHERE id = ?"), error))
        return std::nullopt;
    query.addBindValue(executionId);
    if (!run(query, m_db, error) || !query.next())
        return std::nullopt;
    const QString sshHost = query.value(1).toString();
    if (!sshHost.isEmpty())
        return find(sshHost, error);
    return forAgent(query.value(0).toString(), error);
}

QList<SshHostRecord> SshHostRepository::list(QString *error) const
{
    QList<SshHostRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, kColumns + QStringLiteral(" ORDER BY name"), error) || !run(query, m_db, error))
        return records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

bool SshHostRepository::remove(const QString &name, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, QStringLiteral("DELETE FROM ssh_hosts WHERE name = ?"), error))
        return false;
    query.addBindValue(name);
    return run(query, m_db, error);
}

bool SshHostRepository::linkAgent(const QString &name, const QString &agentId, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, QStringLiteral("UPDATE ssh_hosts SET agent_id = ? WHERE name = ?"), error))
        return false;
    query.addBindValue(agentId.toLower());
    query.addBindValue(name);
    if (!run(query, m_db, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("there are no SSH details for \"%1\"").arg(name);
        return false;
    }
    return true;
}

QString SshHostRepository::passwordKey(const QString &name)
{
    return QStringLiteral("ssh/%1/password").arg(name);
}

QString SshHostRepository::keyPassphraseKey(const QString &name)
{
    return QStringLiteral("ssh/%1/key-passphrase").arg(name);
}

std::optional<SshHostRecord> SshHostRepository::selectOne(const QString &where, const QVariant &bind,
                                                          QString *error) const
{
    QSqlQuery query(m_db);
    if (!prepare(query, m_db, kColumns + where, error))
        return std::nullopt;
    query.addBindValue(bind);
    if (!run(query, m_db, error) || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

}  // namespace mirrorstage::store
