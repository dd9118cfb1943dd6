#pragma once
// The console's public key, as the running console last saved it: msctl reads it to print the
// configuration an agent pins. Only the public half is ever stored here.

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace mirrorstage::store {

class ConsoleIdentity {
    Q_DECLARE_TR_FUNCTIONS(ConsoleIdentity)
public:
    explicit ConsoleIdentity(const QSqlDatabase &db) : m_db(db) {}
    bool savePublicKey(const QByteArray &publicKey, QString *error);
    // nullopt without an error when no console has run with this database yet.
    std::optional<QByteArray> publicKey(QString *error) const;

private:
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
