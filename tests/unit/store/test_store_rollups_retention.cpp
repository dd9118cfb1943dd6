// Minute rollups hold the right min/avg/max whatever order samples arrive in, and pruning
// removes exactly what is past its retention.
#include "sample_queries.h"
#include "store_test_support.h"


using namespace storetest;

class RollupsRetentionTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rollupsHoldMinAvgMax();
    void lateSampleUpdatesItsMinute();
    void sampleOlderThanRawWindowIsAckedNotStored();
    void pruneRemovesWhatIsPastRetention();

private:
    std::unique_ptr<StoreWriter> startedWriter(const RetentionPolicy &retention = {});
    void store(StoreWriter &writer, const QList<IngestRecord> &records);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_reader;
    quint64 m_ticket = 0;
};

void RollupsRetentionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("mirrorstage.db");
    m_reader = openDatabase(m_path);
    QVERIFY2(m_reader->isOpen(), qPrintable(m_reader->errorString()));
    QVERIFY(addHost(m_reader->connection(), 1, EnrollmentState::Accepted));
}

void RollupsRetentionTest::cleanup()
{
    m_reader.reset();
    m_dir.reset();
}

std::unique_ptr<StoreWriter> RollupsRetentionTest::startedWriter(const RetentionPolicy &retention)
{
    WriterOptions options;
    options.autoPruneIntervalMs = 0;
    options.retention = retention;
    auto writer = std::make_unique<StoreWriter>(m_path, options);
    QString error;
    if (!writer->start(&error))
        qWarning() << error;
    return writer;
}

void RollupsRetentionTest::store(StoreWriter &writer, const QList<IngestRecord> &records)
{
    WriterProbe probe(&writer);
    const quint64 ticket = ++m_ticket;
    writer.submit(records, ticket);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(ticket), kWaitMs);
    QVERIFY2(probe.outcomes[ticket].committed, qPrintable(probe.outcomes[ticket].error));
}

void RollupsRetentionTest::rollupsHoldMinAvgMax()
{
    const auto writer = startedWriter();
    store(*writer, {sampleRecord(1, "boot-a", 1, kT0 + 1000, 10), sampleRecord(1, "boot-a", 2, kT0 + 20000, 20),
                    sampleRecord(1, "boot-a", 3, kT0 + 59999, 60.01), sampleRecord(1, "boot-a", 4, kT0 + kMinute, 99)});
    QString error;
    const QList<MinuteRollup> rollups =
        SampleQueries(m_reader->connection()).rollups(agentId(1), kT0, kT0 + kDay, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rollups.size(), 2);
    QCOMPARE(rollups.at(0).minuteMs, kT0);
    QCOMPARE(rollups.at(0).sampleCount, 3);
    QCOMPARE(rollups.at(0).cpuBusyX100, (RollupRange{1000, 3000, 6001}));  // avg 3000.33 rounds to 3000
    QCOMPARE(rollups.at(0).memUsedX100, (RollupRange{4242, 4242, 4242}));
    QCOMPARE(rollups.at(0).load1X100, (RollupRange{50, 50, 50}));
    QCOMPARE(rollups.at(0).cpuTempX100, (RollupRange{}));  // no sensor: absent, not 0
    QCOMPARE(rollups.at(1).minuteMs, kT0 + kMinute);
    QCOMPARE(rollups.at(1).cpuBusyX100, (RollupRange{9900, 9900, 9900}));
}

void RollupsRetentionTest::lateSampleUpdatesItsMinute()
{
    const auto writer = startedWriter();
    store(*writer, {sampleRecord(1, "boot-a", 2, kT0 + 30000, 40)});
    store(*writer, {sampleRecord(1, "boot-a", 1, kT0 + 10000, 10)});  // arrives late, after a reconnect
    store(*writer, {sampleRecord(1, "boot-a", 1, kT0 + 10000, 10)});  // and once more
    QString error;
    const QList<MinuteRollup> rollups =
        SampleQueries(m_reader->connection()).rollups(agentId(1), kT0, kT0 + kDay, &error);
    QCOMPARE(rollups.size(), 1);
    QCOMPARE(rollups.at(0).sampleCount, 2);
    QCOMPARE(rollups.at(0).cpuBusyX100, (RollupRange{1000, 2500, 4000}));
}

void RollupsRetentionTest::sampleOlderThanRawWindowIsAckedNotStored()
{
    const auto writer = startedWriter();
    IngestRecord old = sampleRecord(1, "boot-a", 1, kT0);
    old.receivedMs = kT0 + 8 * kDay;  // an outbox that was offline for eight days
    WriterProbe probe(writer.get());
    writer->submit({old}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.acked(1, 1, "boot-a"), 1u);
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 0);
}

void RollupsRetentionTest::pruneRemovesWhatIsPastRetention()
{
    RetentionPolicy retention;  // defaults: 7 days raw, 30 days logs, 90 days rollups
    const auto writer = startedWriter(retention);
    const qint64 recent = kT0 + 6 * kDay;
    store(*writer, {sampleRecord(1, "boot-a", 1, kT0), logRecord(1, "boot-a", 2, kT0),
                    gapRecord(1, "boot-a", 5, 3, 4, kT0)});
    store(*writer, {sampleRecord(1, "boot-a", 6, recent), logRecord(1, "boot-a", 7, recent),
                    gapRecord(1, "boot-a", 10, 8, 9, recent)});
    const QSqlDatabase db = m_reader->connection();
    QCOMPARE(count(db, "SELECT count(*) FROM minute_rollups"), 2);

    QList<PruneResult> pruned;  // received on this thread, as a UI would
    connect(writer.get(), &StoreWriter::pruned, this, [&](const PruneResult &result) { pruned << result; });
    connect(writer.get(), &StoreWriter::pruneFailed, this, [](const QString &error) { QFAIL(qPrintable(error)); });
    writer->prune(kT0 + 8 * kDay);
    QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, kWaitMs);
    const PruneResult first = pruned.at(0);
    QCOMPARE(first.samples, 1);
    QCOMPARE(first.gaps, 1);
    QCOMPARE(first.logEvents, 0);  // logs are kept 30 days
    QCOMPARE(first.rollups, 0);
    QCOMPARE(count(db, "SELECT seq FROM samples"), 6);
    QCOMPARE(count(db, "SELECT count(*) FROM minute_rollups"), 2);

    writer->prune(kT0 + 91 * kDay);
    QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 2, kWaitMs);
    QCOMPARE(count(db, "SELECT count(*) FROM samples"), 0);
    QCOMPARE(count(db, "SELECT count(*) FROM log_events"), 0);
    QCOMPARE(count(db, "SELECT count(*) FROM gaps"), 0);
    QCOMPARE(count(db, "SELECT minute_ms FROM minute_rollups"), minuteOf(recent));
    QCOMPARE(count(db, "SELECT count(*) FROM minute_rollups"), 1);
    // What is acknowledged stays acknowledged: pruning never moves a boot's acked seq back.
    QString error;
    QCOMPARE(SampleQueries(db).ackedSeqs(agentId(1), {"boot-a"}, &error).value("boot-a"), 10u);
}

QTEST_GUILESS_MAIN(RollupsRetentionTest)
#include "test_store_rollups_retention.moc"
