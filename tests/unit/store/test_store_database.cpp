// Opening the store: the schema appears on an empty file, the settings that keep data safe are
// on, and files that must not be used are refused with words that say what to do.
#include "schema.h"
#include "store_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <unistd.h>

using namespace storetest;

class StoreDatabaseTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void migratesAnEmptyFile();
    void reopeningKeepsData();
    void settingsThatKeepDataSafe();
    void newerSchemaIsRefused();
    void foreignDatabaseIsRefused();
    void corruptFileIsExplained();
    void unwritableFolderIsExplained_data();
    void unwritableFolderIsExplained();
    void connectionsOnOtherThreads();
    void defaultPathIsInAppData();
};

namespace {

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

}  // namespace

void StoreDatabaseTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void StoreDatabaseTest::migratesAnEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep/er/mirrorstage.db"));  // folders are created
    const auto database = openDatabase(path);
    QVERIFY2(database->isOpen(), qPrintable(database->errorString()));
    const QSqlDatabase db = database->connection();
    QCOMPARE(pragma(db, "user_version").toInt(), latestSchemaVersion());
    for (const char *table : {"hosts", "enrollment_tokens", "boots", "samples", "latest_samples", "minute_rollups",
                              "gaps", "log_events"}) {
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table))),
                 1);
    }
    // A time-range query of one host's samples runs on an index, not a scan of the table.
    QSqlQuery plan(db);
    QVERIFY(plan.exec("EXPLAIN QUERY PLAN SELECT s.ts_ms FROM boots b JOIN samples s ON s.boot = b.id"
                      " WHERE b.host_id = 1 AND s.ts_ms >= 0 AND s.ts_ms < 10"));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString planText = steps.join('\n');
    QVERIFY2(planText.contains("samples_by_time (boot=? AND ts_ms>? AND ts_ms<?)"), qPrintable(planText));
}

void StoreDatabaseTest::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mirrorstage.db");
    {
        const auto database = openDatabase(path);
        QVERIFY(addHost(database->connection(), 1, EnrollmentState::Accepted));
    }
    const auto again = openDatabase(path);
    QVERIFY2(again->isOpen(), qPrintable(again->errorString()));
    QString error;
    const auto host = HostRepository(again->connection()).find(agentId(1), &error);
    QVERIFY2(host.has_value(), qPrintable(error));
    QCOMPARE(host->enrollment, EnrollmentState::Accepted);
}

void StoreDatabaseTest::settingsThatKeepDataSafe()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mirrorstage.db");
    const auto database = openDatabase(path);
    const QSqlDatabase db = database->connection();
    QCOMPARE(pragma(db, "journal_mode"), "wal");
    QCOMPARE(pragma(db, "foreign_keys"), "1");
    QCOMPARE(pragma(db, "busy_timeout"), "5000");
    QCOMPARE(pragma(db, "synchronous"), "2");  // FULL
    QVERIFY(QFileInfo::exists(path + "-wal"));
    // Foreign keys really are enforced: a sample of a boot that does not exist is refused.
    QSqlQuery orphan(db);
    QVERIFY(!orphan.exec("INSERT INTO samples (boot, seq, ts_ms) VALUES (999, 1, 0)"));
}

void StoreDatabaseTest::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mirrorstage.db");
    {
        const auto database = openDatabase(path);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
    }
    const auto database = openDatabase(path);
    QVERIFY(!database->isOpen());
    QVERIFY2(database->errorString().contains("newer MIRROR STAGE"), qPrintable(database->errorString()));
    QVERIFY2(database->errorString().contains("Upgrade"), qPrintable(database->errorString()));
    QVERIFY(database->errorString().contains(path));
    QString error;
    QVERIFY(!Database::connect(path, "refused", &error).has_value());
    QVERIFY(!QSqlDatabase::contains("refused"));  // nothing left behind
}

void StoreDatabaseTest::foreignDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.db");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec("CREATE TABLE contacts (name TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase("other");
    const auto database = openDatabase(path);
    QVERIFY(!database->isOpen());
    QVERIFY2(database->errorString().contains("another program"), qPrintable(database->errorString()));
}

void StoreDatabaseTest::corruptFileIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mirrorstage.db");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const auto database = openDatabase(path);
    QVERIFY(!database->isOpen());
    QVERIFY2(database->errorString().contains("damaged or is not a MIRROR STAGE database"),
             qPrintable(database->errorString()));
    QVERIFY(database->errorString().contains("backup"));
}

void StoreDatabaseTest::unwritableFolderIsExplained_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    static QTemporaryDir dir;
    QFile blocker(dir.filePath("a-file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    QTest::newRow("folder cannot be created")
        << dir.filePath("a-file/sub/mirrorstage.db") << "Cannot create the folder";
    // A read-only folder. Root writes through permission bits, so there a folder that no one can
    // write to stands in: the kernel's /proc.
    QString readOnly = dir.filePath("read-only");
    QDir().mkpath(readOnly);
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
    if (geteuid() == 0)
        readOnly = "/proc/self";
    QTest::newRow("folder is read-only") << readOnly + "/mirrorstage.db" << "cannot be";
}

void StoreDatabaseTest::unwritableFolderIsExplained()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const auto database = openDatabase(path);
    QVERIFY(!database->isOpen());
    QVERIFY2(database->errorString().contains(expected), qPrintable(database->errorString()));
    QVERIFY2(database->errorString().contains(QFileInfo(path).absolutePath())
                 || database->errorString().contains(path),
             qPrintable(database->errorString()));
    QVERIFY2(database->errorString().contains("choose another location"), qPrintable(database->errorString()));
}

void StoreDatabaseTest::connectionsOnOtherThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mirrorstage.db");
    const auto here = openDatabase(path);
    QVERIFY(addHost(here->connection(), 1, EnrollmentState::Pending));
    QString seenThere;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Database there(path, "other-thread");
        QString error;
        const auto host = HostRepository(there.connection()).find(agentId(1), &error);
        seenThere = host ? host->hostname : error;
    }));
    thread->start();
    QVERIFY(thread->wait());
    QCOMPARE(seenThere, "host-1");
}

void StoreDatabaseTest::defaultPathIsInAppData()
{
    const QString path = Database::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), "mirrorstage.db");
    QCOMPARE(QFileInfo(path).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QTEST_GUILESS_MAIN(StoreDatabaseTest)
#include "test_store_database.moc"
