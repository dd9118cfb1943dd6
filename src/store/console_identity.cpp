#include "console_identity.h"

#include "sql_support.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace mirrorstage::store {

bool ConsoleIdentity::savePublicKey(const QByteArray &publicKey, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO console_identity (id, public_key, saved_ms) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key, saved_ms = excluded.saved_ms"));
    query.addBindValue(publicKey);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        *error = tr("cannot save the console's public key: %1").arg(SqlErrors::explain(query.lastError(), m_db.databaseName()));
        return false;
    }
    return true;
}

std::optional<QByteArray> ConsoleIdentity::publicKey(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT public_key FROM console_identity WHERE id = 1"))) {
        *error = tr("cannot read the console's public key: %1").arg(SqlErrors::explain(query.lastError(), m_db.databaseName()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

}  // namespace mirrorstage::store
