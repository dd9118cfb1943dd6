#include "database.h"

#include "schema.h"
#include "sql_support.h"
#include "store_log.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mirrorstage::store {
namespace {

const QString kDriver = QStringLiteral("QSQLITE");

// Query helpers that need Database's tr() context live in this class.
class Opening {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static bool driverPresent(QString *error)
    {
        if (QSqlDatabase::isDriverAvailable(kDriver))
            return true;
        *error = tr("The SQLite driver of QtSql (QSQLITE) is not installed. Install the package "
                    "libqt6sql6-sqlite and start again.");
        return false;
    }

    // SQLite creates the file but not its folder; it also keeps -wal and -shm files next to the
    // database, so the folder itself must be writable even when the file exists.
    static bool folderUsable(const QString &path, QString *error)
    {
        if (path.isEmpty()) {
            *error = tr("No path was given for the database. Set one, or set HOME so that the default "
                        "location can be found.");
            return false;
        }
        const QFileInfo file(path);
        const QString folder = file.absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = tr("Cannot create the folder %1 for the database %2. Make sure this user may create "
                        "it, or choose another location for the database.")
                         .arg(folder, path);
            return false;
        }
        if (!QFileInfo(folder).isWritable() || (file.exists() && !file.isWritable())) {
            *error = tr("The database %1 cannot be written: this user may not write to %2 (the database "
                        "and its -wal and -shm files live there). Fix the permissions or choose another "
                        "location.")
                         .arg(path, file.exists() && !file.isWritable() ? path : folder);
            return false;
        }
        return true;
    }

    static bool pragma(const QSqlDatabase &db, const QString &statement, QString *error)
    {
        return runStatement(db, statement, error);
    }

    static bool enableWal(const QSqlDatabase &db, QString *error)
    {
        QSqlQuery query(db);
        if (!prepare(query, db, QStringLiteral("PRAGMA journal_mode = WAL"), error) || !run(query, db, error))
            return false;
        const QString mode = query.next() ? query.value(0).toString() : QString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        // SQLite keeps its old mode where WAL is impossible, e.g. on some network filesystems.
        *error = tr("The database %1 cannot use write-ahead logging (it stays in \"%2\" mode), which the "
                    "console needs so that readers do not block the writer. Put the database on a local "
                    "filesystem.")
                     .arg(db.databaseName(), mode);
        return false;
    }

    static bool configure(const QSqlDatabase &db, QString *error)
    {
        return pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::kBusyTimeoutMs), error)
            && pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
            && enableWal(db, error)
            && pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), error);
    }

    static std::optional<int> userVersion(const QSqlDatabase &db, QString *error)
    {
        QSqlQuery query(db);
        if (!prepare(query, db, QStringLiteral("PRAGMA user_version"), error) || !run(query, db, error))
            return std::nullopt;
        return query.next() ? query.value(0).toInt() : 0;
    }

    static std::optional<int> tableCount(const QSqlDatabase &db, QString *error)
    {
        QSqlQuery query(db);
        if (!prepare(query, db, QStringLiteral("SELECT count(*) FROM sqlite_master"), error)
            || !run(query, db, error))
            return std::nullopt;
        return query.next() ? query.value(0).toInt() : 0;
    }

    static QString newerSchema(const QString &path, int version)
    {
        return tr("The database %1 was written by a newer MIRROR STAGE (schema version %2; this program "
                  "knows versions up to %3). Upgrade MIRROR STAGE and msctl to use it; the file was left "
                  "unchanged.")
            .arg(path)
            .arg(version)
            .arg(latestSchemaVersion());
    }

    static QString foreignFile(const QString &path)
    {
        return tr("%1 is an SQLite database of another program (it has tables but no MIRROR STAGE schema "
                  "version). Choose another path for the MIRROR STAGE database; the file was left unchanged.")
            .arg(path);
    }

    // Decides, before writing anything, whether this file is ours and current.
    static std::optional<int> versionToMigrateFrom(const QSqlDatabase &db, QString *error)
    {
        const std::optional<int> version = userVersion(db, error);
        if (!version)
            return std::nullopt;
        if (*version > latestSchemaVersion()) {
            *error = newerSchema(db.databaseName(), *version);
            return std::nullopt;
        }
        if (*version == 0) {
            const std::optional<int> tables = tableCount(db, error);
            if (!tables)
                return std::nullopt;
            if (*tables > 0) {
                *error = foreignFile(db.databaseName());
                return std::nullopt;
            }
        }
        return version;
    }

    static bool applyStep(const QSqlDatabase &db, const Migration &step, QString *error)
    {
        for (const QString &statement : step.statements) {
            if (!runStatement(db, statement, error))
                return false;
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        return runStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), error);
    }

    static bool migrate(const QSqlDatabase &db, QString *error)
    {
        std::optional<int> from = versionToMigrateFrom(db, error);
        if (!from)
            return false;
        if (*from == latestSchemaVersion())
            return true;
        WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        // Another connection may have migrated while this one waited for the write lock.
        from = versionToMigrateFrom(db, error);
        if (!from)
            return false;
        for (const Migration &step : migrations()) {
            if (step.version > *from && !applyStep(db, step, error))
                return false;
        }
        if (!transaction.commit(error))
            return false;
        qCInfo(lcStore) << "database" << db.databaseName() << "migrated from schema" << *from << "to"
                        << latestSchemaVersion();
        return true;
    }
};

}  // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{
    m_open = connect(path, connectionName, &m_error).has_value();
}

Database::~Database()
{
    if (m_open)
        disconnect(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return {};
    return folder + QStringLiteral("/mirrorstage.db");
}

std::optional<QSqlDatabase> Database::connect(const QString &path, const QString &connectionName,
                                              QString *error)
{
    QString failure;
    if (!Opening::driverPresent(&failure) || !Opening::folderUsable(path, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    if (QSqlDatabase::contains(connectionName)) {
        // Two owners of one name would close each other's connection.
        if (error)
            *error = tr("Internal error: the database connection name %1 is already in use.").arg(connectionName);
        return std::nullopt;
    }
    bool ready = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            failure = SqlErrors::explain(db.lastError(), path);
        else
            ready = Opening::configure(db, &failure) && Opening::migrate(db, &failure);
    }
    if (!ready) {
        qCWarning(lcStore).noquote() << failure;
        disconnect(connectionName);
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return QSqlDatabase::database(connectionName, false);
}

void Database::disconnect(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

}  // namespace mirrorstage::store
