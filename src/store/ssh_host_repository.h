#pragma once
// How the console reaches a host over SSH: address, port, login user, key file and jump host,
// for an agent's host (linked by agent id) or for a host that has no agent yet. Passwords and key
// passphrases are never here: they live in the keychain under keychain entry names this class
// derives from the host's name (passwordKey(), keyPassphraseKey()).

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct SshHostRecord {
    QString name;     // how the operator names the host (msctl ssh set NAME)
    QString agentId;  // empty: the host has no agent (yet)
    QString address;
    int port = 22;
    QString user;
    QString keyFile;   // empty: password login
    QString jumpHost;  // empty: connect directly
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

class SshHostRepository {
    Q_DECLARE_TR_FUNCTIONS(SshHostRepository)
public:
    explicit SshHostRepository(const QSqlDatabase &db) : m_db(db) {}

    // Inserts or replaces the details of record.name (its created_ms stays).
    bool save(const SshHostRecord &record, qint64 nowMs, QString *error);
    std::optional<SshHostRecord> find(const QString &name, QString *error) const;
    std::optional<SshHostRecord> forAgent(const QString &agentId, QString *error) const;
    // The host an execution runs on over SSH: the one its ssh_host column names (agentless
    // hosts), else the one linked to its agent. nullopt without an error when there is none.
    std::optional<SshHostRecord> forExecution(const QString &executionId, QString *error) const;
    QList<SshHostRecord> list(QString *error) const;
    bool remove(const QString &name, QString *error);
    // Links an agent that enrolled (after "install agent over SSH") to the host's details.
    bool linkAgent(const QString &name, const QString &agentId, QString *error);

    // Keychain entry names (not secrets themselves).
    static QString passwordKey(const QString &name);
    static QString keyPassphraseKey(const QString &name);

private:
    std::optional<SshHostRecord> selectOne(const QString &where, const QVariant &bind, QString *error) const;
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
