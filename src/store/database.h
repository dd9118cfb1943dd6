#pragma once
// One connection to the store's SQLite file, configured and migrated.
//
// QtSql connections belong to the thread that opened them, so every thread (the writer, the
// hub, a UI model, msctl) opens its own, by name, to the same file. The first open of a file
// creates its folder and applies the migrations (schema.h); later opens find the schema current.
// Settings, each for a reason:
//   journal_mode=WAL   readers never block the writer nor the writer readers;
//   foreign_keys=ON    SQLite leaves them off unless asked, per connection;
//   busy_timeout=5000  a second writer (msctl, the hub's enrolment) waits instead of failing;
//   synchronous=FULL   in WAL mode NORMAL syncs only at checkpoints, so a power cut can undo
//                      transactions that already returned from COMMIT. The console acknowledges
//                      records after COMMIT and the agent then forgets them: they must be on disk.
//                      Batched transactions (StoreWriter) pay the fsync once per batch.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens `path` as connection `connectionName` for the calling thread. Check isOpen().
    Database(const QString &path, const QString &connectionName);
    // Closes and removes the connection: let every QSqlQuery on it go first.
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }  // what went wrong and what to do, for the user
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    // $XDG_DATA_HOME/<organisation>/<application>/mirrorstage.db (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // The same as the constructor for callers that manage the connection's life themselves (and
    // call disconnect() when done): nullopt with *error set when the file cannot be used.
    static std::optional<QSqlDatabase> connect(const QString &path, const QString &connectionName,
                                               QString *error);
    static void disconnect(const QString &connectionName);

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};

}  // namespace mirrorstage::store
