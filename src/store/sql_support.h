#pragma once
// Small pieces every part of the store uses: turning a QSqlError into words an operator can act
// on, binding optional values, and a write transaction that rolls back unless committed.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace mirrorstage::store {

// SQLite's primary result codes that the store explains to the user.
enum class SqliteCode {
    Other,
    Busy,      // SQLITE_BUSY, SQLITE_LOCKED
    ReadOnly,  // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM
    Corrupt,   // SQLITE_CORRUPT, SQLITE_NOTADB
    Full,      // SQLITE_FULL
    IoError,   // SQLITE_IOERR
};

SqliteCode sqliteCode(const QSqlError &error);

class SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    // What happened to the database at `path`, and what the operator can do about it.
    static QString explain(const QSqlError &error, const QString &path);
};

inline QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// QtSql binds a null QString as NULL; for a NOT NULL text column an absent text is "".
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Runs a prepared (and bound) query of `db`; on failure fills *error with SqlErrors::explain().
bool run(QSqlQuery &query, const QSqlDatabase &db, QString *error);
// Prepares `sql` into `query`. Failing here means a damaged or foreign schema (or a bug in the
// store's SQL), so it is explained like any other error.
bool prepare(QSqlQuery &query, const QSqlDatabase &db, const QString &sql, QString *error);
// Runs `sql` with `binds` and turns each row into a Record with `fromRow(const QSqlQuery &)`;
// on failure returns what was read (nothing) and fills *error.
template <typename Record, typename FromRow>
QList<Record> selectRecords(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, FromRow fromRow,
                            QString *error)
{
    QList<Record> records;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, db, sql, error))
        return records;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!run(query, db, error))
        return records;
    while (query.next())
        records.append(fromRow(query));
    return records;
}

// Prepares and runs one statement without parameters.
bool runStatement(const QSqlDatabase &db, const QString &sql, QString *error);

// BEGIN IMMEDIATE on SQLite: a deferred BEGIN that reads first and writes later fails at once
// with SQLITE_BUSY when another connection wrote in between; IMMEDIATE takes the write lock up
// front and so waits out busy_timeout instead. Other drivers get an ordinary transaction. Nested
// in another WriteTransaction of the same connection, it is a savepoint.
class WriteTransaction {
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint;  // set when nested in another WriteTransaction of the same connection
    bool m_open = false;
};

}  // namespace mirrorstage::store
