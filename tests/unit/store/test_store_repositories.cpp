// Hosts and enrollment tokens as the hub and msctl use them: a host's identity cannot be taken
// over, enrollment changes say who made them, and a token enrols once, before it expires, and
// never appears in the database file.
#include "store_test_support.h"
#include "placement_repository.h"
#include "token_repository.h"

#include <QFile>

using namespace storetest;

class RepositoriesTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void helloCreatesPendingHost();
    void laterHelloRefreshesButKeepsEnrollment();
    void helloWithAnotherKeyIsRefused();
    void invalidHelloIsRefused_data();
    void invalidHelloIsRefused();
    void enrollmentChangesRecordWho();
    void lastSeenNeverGoesBack();
    void listsHosts();
    void tokenEnrolsOnce();
    void tokenExpires();
    void unknownTokenIsRefused();
    void tokenIsRacedByTwoConnections();
    void tokenTextNeverReachesTheFile();
    void placementOutlivesHellosAndGoesWithTheHost();
    void placementNeedsAKnownHostAndARack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

void RepositoriesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("mirrorstage.db");
    m_database = openDatabase(m_path);
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
}

void RepositoriesTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void RepositoriesTest::helloCreatesPendingHost()
{
    HostRepository hosts(m_database->connection());
    QString error;
    HostHello h = hello(1);
    h.agentId = h.agentId.toUpper().replace(0, 1, "A");  // upper case is folded
    const auto host = hosts.upsertFromHello(h, kT0, &error);
    QVERIFY2(host.has_value(), qPrintable(error));
    QCOMPARE(host->agentId, h.agentId.toLower());
    QCOMPARE(host->enrollment, EnrollmentState::Pending);
    QCOMPARE(host->publicKey, publicKey(1));
    QCOMPARE(host->hostname, "host-1");
    QCOMPARE(host->rack, "R1");
    QVERIFY(host->position.has_value());
    QCOMPARE(host->position->z, 1.0);
    QCOMPARE(host->tags, QStringList{"db"});
    QCOMPARE(host->facts.value("os").toString(), "debian");
    QCOMPARE(host->firstSeenMs, kT0);
    QCOMPARE(host->currentBoot, "boot-a");
    // The boot it runs under is known at once, with nothing acknowledged yet.
    QCOMPARE(count(m_database->connection(), "SELECT acked_seq FROM boots WHERE boot_id = 'boot-a'"), 0);
    QCOMPARE(count(m_database->connection(), "SELECT count(*) FROM boots"), 1);
}

void RepositoriesTest::laterHelloRefreshesButKeepsEnrollment()
{
    QVERIFY(addHost(m_database->connection(), 1, EnrollmentState::Accepted));
    HostRepository hosts(m_database->connection());
    HostHello h = hello(1, "boot-b");
    h.hostname = "renamed";
    h.position.reset();
    h.tags = {"web", "prod"};
    QString error;
    const auto host = hosts.upsertFromHello(h, kT0 + 5000, &error);
    QVERIFY2(host.has_value(), qPrintable(error));
    QCOMPARE(host->enrollment, EnrollmentState::Accepted);
    QCOMPARE(host->hostname, "renamed");
    QVERIFY(!host->position.has_value());
    QCOMPARE(host->tags, (QStringList{"web", "prod"}));
    QCOMPARE(host->firstSeenMs, kT0);
    QCOMPARE(host->lastSeenMs, kT0 + 5000);
    QCOMPARE(host->currentBoot, "boot-b");
}

void RepositoriesTest::helloWithAnotherKeyIsRefused()
{
    QVERIFY(addHost(m_database->connection(), 1, EnrollmentState::Accepted));
    HostHello impostor = hello(1);
    impostor.publicKey = publicKey(2);
    impostor.hostname = "impostor";
    QString error;
    QVERIFY(!HostRepository(m_database->connection()).upsertFromHello(impostor, kT0, &error));
    QVERIFY2(error.contains("public key other than the one it enrolled with"), qPrintable(error));
    const auto host = HostRepository(m_database->connection()).find(agentId(1), &error);
    QCOMPARE(host->hostname, "host-1");
    QCOMPARE(host->publicKey, publicKey(1));
}

void RepositoriesTest::invalidHelloIsRefused_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("keyBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short id") << "abc" << 32 << "not a valid agent id";
    QTest::newRow("not hex") << QString(32, 'g') << 32 << "not a valid agent id";
    QTest::newRow("short key") << agentId(1) << 31 << "public key of 31 bytes";
}

void RepositoriesTest::invalidHelloIsRefused()
{
    QFETCH(QString, agent);
    QFETCH(int, keyBytes);
    QFETCH(QString, expected);
    HostHello h = hello(1);
    h.agentId = agent;
    h.publicKey = QByteArray(keyBytes, 'k');
    QString error;
    QVERIFY(!HostRepository(m_database->connection()).upsertFromHello(h, kT0, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(count(m_database->connection(), "SELECT count(*) FROM hosts"), 0);
}

void RepositoriesTest::enrollmentChangesRecordWho()
{
    QVERIFY(addHost(m_database->connection(), 1, EnrollmentState::Pending));
    HostRepository hosts(m_database->connection());
    QString error;
    QVERIFY2(hosts.setEnrollmentState(agentId(1), EnrollmentState::Revoked, "alice@example.com", kT0 + 9, &error),
             qPrintable(error));
    const auto host = hosts.find(agentId(1), &error);
    QCOMPARE(host->enrollment, EnrollmentState::Revoked);
    QCOMPARE(host->enrollmentChangedBy, "alice@example.com");
    QCOMPARE(host->enrollmentChangedMs, kT0 + 9);
    QVERIFY(!hosts.setEnrollmentState(agentId(5), EnrollmentState::Accepted, "alice", kT0, &error));
    QVERIFY2(error.contains("No host with agent id"), qPrintable(error));
}

void RepositoriesTest::lastSeenNeverGoesBack()
{
    QVERIFY(addHost(m_database->connection(), 1, EnrollmentState::Accepted));
    HostRepository hosts(m_database->connection());
    QString error;
    QVERIFY(hosts.markLastSeen(agentId(1), kT0 + 100, &error));
    QVERIFY(hosts.markLastSeen(agentId(1), kT0 + 50, &error));
    QCOMPARE(hosts.find(agentId(1), &error)->lastSeenMs, kT0 + 100);
    QVERIFY(!hosts.markLastSeen(agentId(7), kT0, &error));
}

void RepositoriesTest::listsHosts()
{
    QVERIFY(addHost(m_database->connection(), 2, EnrollmentState::Pending));
    QVERIFY(addHost(m_database->connection(), 1, EnrollmentState::Accepted));
    QString error;
    const QList<HostRecord> hosts = HostRepository(m_database->connection()).list(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0).hostname, "host-1");
    QCOMPARE(hosts.at(1).enrollment, EnrollmentState::Pending);
}

void RepositoriesTest::tokenEnrolsOnce()
{
    TokenRepository tokens(m_database->connection());
    QString error;
    const auto created = tokens.create(kT0, kDay, "rack 4 batch", &error);
    QVERIFY2(created.has_value(), qPrintable(error));
    QVERIFY(created->token.startsWith("mst1_"));
    QCOMPARE(created->expiresMs, kT0 + kDay);
    QCOMPARE(tokens.consume(created->token, agentId(1), kT0 + 1, &error), TokenRepository::Consumed::Accepted);
    QCOMPARE(tokens.consume(created->token, agentId(2), kT0 + 2, &error), TokenRepository::Consumed::AlreadyUsed);
    const QList<TokenInfo> listed = tokens.list(&error);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).usedMs, kT0 + 1);
    QCOMPARE(listed.at(0).usedByAgent, agentId(1));
    QCOMPARE(listed.at(0).note, "rack 4 batch");
    QVERIFY(TokenRepository::describe(TokenRepository::Consumed::AlreadyUsed).contains("Create a new one"));
}

void RepositoriesTest::tokenExpires()
{
    TokenRepository tokens(m_database->connection());
    QString error;
    const auto created = tokens.create(kT0, kMinute, {}, &error);
    QCOMPARE(tokens.consume(created->token, agentId(1), kT0 + kMinute, &error), TokenRepository::Consumed::Expired);
    QCOMPARE(tokens.list(&error).at(0).usedMs, std::nullopt);
    QVERIFY(!tokens.create(kT0, 0, {}, &error));
}

void RepositoriesTest::unknownTokenIsRefused()
{
    TokenRepository tokens(m_database->connection());
    QString error;
    QVERIFY(tokens.create(kT0, kDay, {}, &error));
    QCOMPARE(tokens.consume("mst1_made-up", agentId(1), kT0, &error), TokenRepository::Consumed::Unknown);
}

void RepositoriesTest::tokenIsRacedByTwoConnections()
{
    QString error;
    const auto created = TokenRepository(m_database->connection()).create(kT0, kDay, {}, &error);
    const auto other = openDatabase(m_path);
    TokenRepository first(m_database->connection());
    TokenRepository second(other->connection());
    const auto a = first.consume(created->token, agentId(1), kT0 + 1, &error);
    const auto b = second.consume(created->token, agentId(2), kT0 + 1, &error);
    QCOMPARE(QList({a, b}).count(TokenRepository::Consumed::Accepted), 1);
}

void RepositoriesTest::tokenTextNeverReachesTheFile()
{
    QString error;
    QStringList texts;
    for (int i = 0; i < 5; ++i) {
        const auto created = TokenRepository(m_database->connection()).create(kT0, kDay, "note", &error);
        QVERIFY2(created.has_value(), qPrintable(error));
        texts << created->token;
    }
    TokenRepository(m_database->connection()).consume(texts.at(0), agentId(1), kT0, &error);
    QByteArray bytes;
    for (const QString &file : {m_path, m_path + "-wal"}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 0);
    for (const QString &text : texts) {
        QVERIFY(!bytes.contains(text.toUtf8()));
        QVERIFY(!bytes.contains(text.mid(5).toUtf8()));  // nor without its prefix
    }
}

void RepositoriesTest::placementOutlivesHellosAndGoesWithTheHost()
{
    QString error;
    const QSqlDatabase db = m_database->connection();
    QVERIFY(addHost(db, 1, EnrollmentState::Accepted));
    PlacementRepository placements(db);
    QVERIFY2(placements.place(agentId(1), {QStringLiteral("rack-b"), RackPosition{0, 12, 0}, QStringLiteral("ops"), kT0},
                              &error),
             qPrintable(error));
    // Moved again: the newer place wins.
    QVERIFY(placements.place(agentId(1), {QStringLiteral("rack-c"), RackPosition{1, 3, 0}, QStringLiteral("ops"), kT0 + 1},
                             &error));
    // The agent's next hello reports its own rack; the operator's placement stays.
    QVERIFY(HostRepository(db).upsertFromHello(hello(1), kT0 + 2, &error));
    QHash<QString, HostPlacement> all = placements.all(&error);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.value(agentId(1)).rack, QStringLiteral("rack-c"));
    QCOMPARE(all.value(agentId(1)).position.y, 3.0);
    QCOMPARE(all.value(agentId(1)).placedBy, QStringLiteral("ops"));
    // A second connection (the next start) reads the same.
    const auto other = openDatabase(m_path);
    QCOMPARE(PlacementRepository(other->connection()).all(&error).value(agentId(1)).rack, QStringLiteral("rack-c"));
    QVERIFY(HostRepository(db).remove(agentId(1), &error));
    QVERIFY(placements.all(&error).isEmpty());
}

void RepositoriesTest::placementNeedsAKnownHostAndARack()
{
    QString error;
    PlacementRepository placements(m_database->connection());
    QVERIFY(!placements.place(agentId(7), {QStringLiteral("rack-a"), RackPosition{0, 1, 0}, QStringLiteral("ops"), kT0},
                              &error));
    QVERIFY2(error.contains(agentId(7)), qPrintable(error));
    QVERIFY(addHost(m_database->connection(), 7, EnrollmentState::Accepted));
    QVERIFY(!placements.place(agentId(7), {QStringLiteral("  "), RackPosition{0, 1, 0}, QStringLiteral("ops"), kT0},
                              &error));
    QVERIFY(placements.clear(agentId(7), &error));  // nothing to clear is fine
}

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "test_store_repositories.moc"
