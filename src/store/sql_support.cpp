#include "sql_support.h"

#include <QHash>

#include "store_log.h"

namespace mirrorstage::store {
namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

QString detail(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

}  // namespace

SqliteCode sqliteCode(const QSqlError &error)
{
    bool ok = false;
    // QSQLITE reports sqlite3's result code; the low byte is the primary code even when an
    // extended code was passed on.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqliteCode::Other;
    switch (code) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return SqliteCode::Busy;
    case 3:   // SQLITE_PERM
    case 8:   // SQLITE_READONLY
    case 14:  // SQLITE_CANTOPEN
        return SqliteCode::ReadOnly;
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return SqliteCode::Corrupt;
    case 13:  // SQLITE_FULL
        return SqliteCode::Full;
    case 10:  // SQLITE_IOERR
        return SqliteCode::IoError;
    default:
        return SqliteCode::Other;
    }
}

QString SqlErrors::explain(const QSqlError &error, const QString &path)
{
    switch (sqliteCode(error)) {
    case SqliteCode::Full:
        return tr("The database %1 is full: the disk it is on, or the size limit set for it, has no room "
                  "left (%2). Nothing of this write was stored. Free space on that disk or raise the limit.")
            .arg(path, detail(error));
    case SqliteCode::Corrupt:
        return tr("%1 is damaged or is not a MIRROR STAGE database (%2). Move the file aside so that a new "
                  "one is created, or restore it from a backup.")
            .arg(path, detail(error));
    case SqliteCode::ReadOnly:
        return tr("The database %1 cannot be opened for writing (%2). Check that this user may write to the "
                  "file and its folder, or choose another location.")
            .arg(path, detail(error));
    case SqliteCode::Busy:
        return tr("The database %1 stayed locked by another connection or program (%2). Close the other "
                  "program (another console, a long-running msctl) and try again.")
            .arg(path, detail(error));
    case SqliteCode::IoError:
        return tr("Reading or writing the database %1 failed in the operating system (%2). Check the disk "
                  "(dmesg) and its free space.")
            .arg(path, detail(error));
    case SqliteCode::Other:
        break;
    }
    return tr("The database %1 reported an error: %2").arg(path, detail(error));
}

bool run(QSqlQuery &query, const QSqlDatabase &db, QString *error)
{
    if (query.exec())
        return true;
    qCDebug(lcStore) << "failed:" << query.lastQuery() << query.lastError().text();
    if (error)
        *error = SqlErrors::explain(query.lastError(), db.databaseName());
    return false;
}

bool prepare(QSqlQuery &query, const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    qCDebug(lcStore) << "cannot prepare" << sql << query.lastError().text();
    if (error)
        *error = SqlErrors::explain(query.lastError(), db.databaseName());
    return false;
}

bool runStatement(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    return prepare(query, db, sql, error) && run(query, db, error);
}

namespace {
// Transactions open per connection on this thread (connections belong to one thread each): a
// WriteTransaction inside another becomes a savepoint, so repositories compose (an approval, its
// executions, the incident's move and the audit row commit together).
thread_local QHash<QString, int> t_depth;
}  // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    int &depth = t_depth[m_db.connectionName()];
    m_savepoint = depth > 0 ? QStringLiteral("nested_%1").arg(depth) : QString();
    const QString sql = !m_savepoint.isEmpty() ? QStringLiteral("SAVEPOINT ") + m_savepoint
        : isSqlite(m_db)                       ? QStringLiteral("BEGIN IMMEDIATE")
                                               : QStringLiteral("BEGIN");
    m_open = runStatement(m_db, sql, error);
    if (m_open)
        ++depth;
    return m_open;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_open)
        return false;
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!runStatement(m_db, sql, error))
        return false;  // still open: the destructor or the caller rolls back
    m_open = false;
    --t_depth[m_db.connectionName()];
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --t_depth[m_db.connectionName()];
    QString error;
    // SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR): a failing
    // ROLLBACK then only says "no transaction is active", which is not worth more than a log line.
    const QString sql = m_savepoint.isEmpty()
        ? QStringLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1").arg(m_savepoint);
    if (!runStatement(m_db, sql, &error))
        qCDebug(lcStore) << "rollback:" << error;
    if (!m_savepoint.isEmpty())
        runStatement(m_db, QStringLiteral("RELEASE ") + m_savepoint, &error);
}

}  // namespace mirrorstage::store
