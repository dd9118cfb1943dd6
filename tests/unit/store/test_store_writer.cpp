// The writer as the hub uses it: records are acknowledged only once they are on disk, each
// (agent, boot, seq) is stored once, the acknowledged seq never skips a hole, records of agents
// that are not accepted are refused, and a full disk acknowledges nothing.
#include "sample_queries.h"
#include "store_test_support.h"

#include <QDeadlineTimer>

using namespace storetest;

class StoreWriterTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void commitsAndAcknowledges();
    void sameRecordTwiceIsStoredOnceAndAckedAgain();
    void outOfOrderArrivalWaitsForTheHole();
    void gapRecordCoversLostSeqs();
    void gapRecordCoversAnEarlierBoot();
    void progressSurvivesARestart();
    void refusesAgentsThatAreNotAccepted_data();
    void refusesAgentsThatAreNotAccepted();
    void malformedRecordFailsOnlyItsTicket();
    void keepsNewestFullSampleAndLastSeen();
    void storesLogEvents();
    void readerSeesWholeTicketsAndNeverBlocksTheWriter();
    void fullDiskAcknowledgesNothing();
    void removedHostStartsAfresh();
    void notStartedFailsEverySubmission();
    void destructionWritesWhatWasSubmitted();

private:
    std::unique_ptr<StoreWriter> startedWriter(const WriterOptions &options = noAutoPrune());
    static WriterOptions noAutoPrune()
    {
        WriterOptions options;
        options.autoPruneIntervalMs = 0;
        return options;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_reader;
};

void StoreWriterTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("mirrorstage.db");
    m_reader = openDatabase(m_path);
    QVERIFY2(m_reader->isOpen(), qPrintable(m_reader->errorString()));
    QVERIFY(addHost(m_reader->connection(), 1, EnrollmentState::Accepted));
}

void StoreWriterTest::cleanup()
{
    m_reader.reset();
    m_dir.reset();
}

std::unique_ptr<StoreWriter> StoreWriterTest::startedWriter(const WriterOptions &options)
{
    auto writer = std::make_unique<StoreWriter>(m_path, options);
    QString error;
    if (!writer->start(&error))
        qWarning() << "writer did not start:" << error;
    return writer;
}

void StoreWriterTest::commitsAndAcknowledges()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    QList<IngestRecord> records;
    for (quint64 seq = 1; seq <= 3; ++seq)
        records << sampleRecord(1, "boot-a", seq, kT0 + qint64(seq) * 5000);
    writer->submit(records, 7);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(7), kWaitMs);
    QVERIFY2(probe.outcomes[7].committed, qPrintable(probe.outcomes[7].error));
    QCOMPARE(probe.outcomes[7].acks, (QList<AckPoint>{{agentId(1), "boot-a", 3}}));

    // What was acknowledged is in the file, for any other connection to read.
    QString error;
    const SampleQueries queries(m_reader->connection());
    const QList<StoredSeries> stored = queries.series(agentId(1), kT0, kT0 + kDay, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).seq, 1u);
    QCOMPARE(stored.at(0).series.timestampMs, kT0 + 5000);
    QCOMPARE(stored.at(0).series.cpuBusyX100, 1000);
    QCOMPARE(queries.ackedSeqs(agentId(1), {"boot-a", "boot-unknown"}, &error),
             (QHash<QString, quint64>{{"boot-a", 3}}));
}

void StoreWriterTest::sameRecordTwiceIsStoredOnceAndAckedAgain()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    const IngestRecord record = sampleRecord(1, "boot-a", 1, kT0);
    writer->submit({record}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    writer->submit({record, record}, 2);  // resent after a reconnect, and twice in one frame
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QVERIFY(probe.outcomes[2].committed);
    QCOMPARE(probe.acked(2, 1, "boot-a"), 1u);
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 1);
    QCOMPARE(count(m_reader->connection(), "SELECT sample_count FROM minute_rollups"), 1);  // counted once too
}

void StoreWriterTest::outOfOrderArrivalWaitsForTheHole()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 3, kT0 + 2),
                    sampleRecord(1, "boot-a", 4, kT0 + 3)},
                   1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.acked(1, 1, "boot-a"), 1u);  // 2 is missing: 3 and 4 wait
    writer->submit({sampleRecord(1, "boot-a", 2, kT0 + 1)}, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QCOMPARE(probe.acked(2, 1, "boot-a"), 4u);
    // Another boot of the same host has its own sequence.
    writer->submit({sampleRecord(1, "boot-b", 2, kT0 + 10)}, 3);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(3), kWaitMs);
    QCOMPARE(probe.acked(3, 1, "boot-b"), 0u);
    QString error;
    QCOMPARE(SampleQueries(m_reader->connection()).ackedSeqs(agentId(1), {"boot-a", "boot-b"}, &error),
             (QHash<QString, quint64>{{"boot-a", 4}, {"boot-b", 0}}));
}

void StoreWriterTest::gapRecordCoversLostSeqs()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    // The agent's outbox dropped 2..5 and says so in record 6.
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 7, kT0 + 7)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.acked(1, 1, "boot-a"), 1u);
    writer->submit({gapRecord(1, "boot-a", 6, 2, 5)}, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QVERIFY2(probe.outcomes[2].committed, qPrintable(probe.outcomes[2].error));
    QCOMPARE(probe.acked(2, 1, "boot-a"), 7u);
    QCOMPARE(count(m_reader->connection(),
                   "SELECT lost_count FROM gaps WHERE first_lost_seq = 2 AND last_lost_seq = 5"),
             4);
}

void StoreWriterTest::gapRecordCoversAnEarlierBoot()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    // boot-a stored 1 and 2; the outbox then dropped boot-a's 3..9, and says so in boot-b's first
    // record. Both boots are then complete, and both are acknowledged.
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 2, kT0 + 2)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    writer->submit({gapRecord(1, "boot-b", 1, 3, 9, kT0, QStringLiteral("boot-a")), sampleRecord(1, "boot-b", 2, kT0 + 5)}, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QVERIFY2(probe.outcomes[2].committed, qPrintable(probe.outcomes[2].error));
    QCOMPARE(probe.acked(2, 1, "boot-a"), 9u);
    QCOMPARE(probe.acked(2, 1, "boot-b"), 2u);
    // boot-a goes on from there: 3..9 stay covered.
    writer->submit({sampleRecord(1, "boot-a", 10, kT0 + 10)}, 3);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(3), kWaitMs);
    QCOMPARE(probe.acked(3, 1, "boot-a"), 10u);
}

void StoreWriterTest::progressSurvivesARestart()
{
    {
        const auto writer = startedWriter();
        WriterProbe probe(writer.get());
        writer->submit({sampleRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 3, kT0 + 3),
                        gapRecord(1, "boot-a", 5, 6, 8)},
                       1);
        QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
        QCOMPARE(probe.acked(1, 1, "boot-a"), 1u);
    }
    // A new writer (the console restarted) learns the waiting seqs 3, 5 and 6..8 from the tables.
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    writer->submit({sampleRecord(1, "boot-a", 2, kT0 + 2), sampleRecord(1, "boot-a", 4, kT0 + 4)}, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QCOMPARE(probe.acked(2, 1, "boot-a"), 8u);
}

void StoreWriterTest::refusesAgentsThatAreNotAccepted_data()
{
    QTest::addColumn<int>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << 9 << "is not enrolled";
    QTest::newRow("pending") << 2 << "is pending, not accepted";
    QTest::newRow("revoked") << 3 << "is revoked, not accepted";
}

void StoreWriterTest::refusesAgentsThatAreNotAccepted()
{
    QFETCH(int, host);
    QFETCH(QString, expected);
    QVERIFY(addHost(m_reader->connection(), 2, EnrollmentState::Pending));
    QVERIFY(addHost(m_reader->connection(), 3, EnrollmentState::Revoked));
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    writer->submit({sampleRecord(host, "boot-a", 1, kT0)}, 1);
    writer->submit({sampleRecord(1, "boot-a", 1, kT0)}, 2);  // same batch, accepted agent
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1) && probe.answered(2), kWaitMs);
    QVERIFY(!probe.outcomes[1].committed);
    QVERIFY2(probe.outcomes[1].error.contains(expected), qPrintable(probe.outcomes[1].error));
    QVERIFY(probe.outcomes[2].committed);
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 1);
}

void StoreWriterTest::malformedRecordFailsOnlyItsTicket()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    IngestRecord garbage = sampleRecord(1, "boot-a", 2, kT0);
    garbage.body = "not cbor at all";
    IngestRecord badGap = gapRecord(1, "boot-a", 3, 9, 4);  // last before first
    IngestRecord noSeq = sampleRecord(1, "boot-a", 0, kT0);
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), garbage}, 1);
    writer->submit({badGap}, 2);
    writer->submit({noSeq}, 3);
    writer->submit({sampleRecord(1, "boot-a", 5, kT0)}, 4);
    QTRY_VERIFY_WITH_TIMEOUT(probe.outcomes.size() == 4, kWaitMs);
    QVERIFY2(probe.outcomes[1].error.contains("not a CBOR map"), qPrintable(probe.outcomes[1].error));
    QVERIFY2(probe.outcomes[2].error.contains("does not say which records were lost"),
             qPrintable(probe.outcomes[2].error));
    QVERIFY2(probe.outcomes[3].error.contains("seqs run from 1"), qPrintable(probe.outcomes[3].error));
    QVERIFY(probe.outcomes[4].committed);
    // Ticket 1 is all or nothing: its good record 1 was not stored either.
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 1);
    QCOMPARE(count(m_reader->connection(), "SELECT seq FROM samples"), 5);
}

void StoreWriterTest::keepsNewestFullSampleAndLastSeen()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    IngestRecord newest = sampleRecord(1, "boot-a", 2, kT0 + 60000, 55);
    newest.receivedMs = kT0 + 61000;
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), newest}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    writer->submit({sampleRecord(1, "boot-a", 1, kT0)}, 2);  // an old one again changes nothing
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QString error;
    const auto latest = SampleQueries(m_reader->connection()).latestSample(agentId(1), &error);
    QVERIFY2(latest.has_value(), qPrintable(error));
    QCOMPARE(latest->seq, 2u);
    QCOMPARE(latest->cbor, newest.body);
    const auto host = HostRepository(m_reader->connection()).find(agentId(1), &error);
    QCOMPARE(host->lastSeenMs, kT0 + 61000);
}

void StoreWriterTest::storesLogEvents()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    writer->submit({logRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 2, kT0)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.acked(1, 1, "boot-a"), 2u);  // logs and samples share the boot's sequence
    QCOMPARE(count(m_reader->connection(), "SELECT severity FROM log_events WHERE message = 'disk error'"), 3);
}

void StoreWriterTest::readerSeesWholeTicketsAndNeverBlocksTheWriter()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    const QSqlDatabase db = m_reader->connection();
    constexpr int kTickets = 20;
    constexpr int kPerTicket = 50;

    // A long read transaction stays open while the writer commits: the writer does not wait for
    // it, and it keeps seeing the snapshot it started with.
    QVERIFY(QSqlQuery(db).exec("BEGIN"));
    QCOMPARE(count(db, "SELECT count(*) FROM samples"), 0);
    quint64 seq = 0;
    for (int ticket = 1; ticket <= kTickets; ++ticket) {
        QList<IngestRecord> records;
        for (int i = 0; i < kPerTicket; ++i, ++seq)
            records << sampleRecord(1, "boot-a", seq + 1, kT0 + qint64(seq) * 1000);
        writer->submit(records, quint64(ticket));
        QTRY_VERIFY_WITH_TIMEOUT(probe.answered(quint64(ticket)), kWaitMs);
        QVERIFY(probe.outcomes[quint64(ticket)].committed);
        QCOMPARE(count(db, "SELECT count(*) FROM samples"), 0);
    }
    QVERIFY(QSqlQuery(db).exec("COMMIT"));
    QCOMPARE(count(db, "SELECT count(*) FROM samples"), kTickets * kPerTicket);

    // Reading while the writer works: every read succeeds and sees whole tickets only.
    for (int ticket = kTickets + 1; ticket <= 2 * kTickets; ++ticket) {
        QList<IngestRecord> records;
        for (int i = 0; i < kPerTicket; ++i, ++seq)
            records << sampleRecord(1, "boot-a", seq + 1, kT0 + qint64(seq) * 1000);
        writer->submit(records, quint64(ticket));
    }
    qint64 seen = 0;
    const QDeadlineTimer deadline(kWaitMs);
    while (probe.outcomes.size() < 2 * kTickets) {
        QVERIFY(!deadline.hasExpired());
        QString error;
        const qint64 now = SampleQueries(db).series(agentId(1), kT0, kT0 + kDay, &error).size();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(now % kPerTicket, 0);
        QVERIFY(now >= seen);
        seen = now;
        QCoreApplication::processEvents();  // lets the answers arrive
    }
    QCOMPARE(count(db, "SELECT count(*) FROM samples"), 2 * kTickets * kPerTicket);
    QCOMPARE(probe.acked(2 * kTickets, 1, "boot-a"), quint64(2 * kTickets * kPerTicket));
}

void StoreWriterTest::fullDiskAcknowledgesNothing()
{
    // SQLite's page limit makes the "disk" full at the database's present size: rows that fit
    // into pages it already has still go in, anything that needs a new page fails as SQLITE_FULL.
    WriterOptions options = noAutoPrune();
    options.maxDatabaseBytes = count(m_reader->connection(), "PRAGMA page_count")
                               * count(m_reader->connection(), "PRAGMA page_size");
    const auto writer = startedWriter(options);
    WriterProbe probe(writer.get());
    writer->submit({sampleRecord(1, "boot-a", 1, kT0)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QVERIFY2(probe.outcomes[1].committed, qPrintable(probe.outcomes[1].error));

    QList<IngestRecord> many;
    for (quint64 seq = 2; seq <= 3000; ++seq)
        many << sampleRecord(1, "boot-a", seq, kT0 + qint64(seq) * 1000);
    writer->submit(many, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QVERIFY(!probe.outcomes[2].committed);
    QVERIFY2(probe.outcomes[2].error.contains("is full"), qPrintable(probe.outcomes[2].error));
    QVERIFY(probe.outcomes[2].error.contains(m_path));
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 1);
    QCOMPARE(count(m_reader->connection(), "SELECT acked_seq FROM boots WHERE boot_id = 'boot-a'"), 1);

    // The writer goes on from what is on disk, not from what the failed batch had reached.
    writer->submit({sampleRecord(1, "boot-a", 3001, kT0)}, 3);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(3), kWaitMs);
    QVERIFY2(probe.outcomes[3].committed, qPrintable(probe.outcomes[3].error));
    QCOMPARE(probe.acked(3, 1, "boot-a"), 1u);
}

void StoreWriterTest::removedHostStartsAfresh()
{
    const auto writer = startedWriter();
    WriterProbe probe(writer.get());
    writer->submit({sampleRecord(1, "boot-a", 1, kT0), sampleRecord(1, "boot-a", 2, kT0 + 1)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.acked(1, 1, "boot-a"), 2u);

    // The operator removes the host (msctl, another connection) and it enrols again.
    QString error;
    QVERIFY2(HostRepository(m_reader->connection()).remove(agentId(1), &error), qPrintable(error));
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM samples"), 0);
    QCOMPARE(count(m_reader->connection(), "SELECT count(*) FROM boots"), 0);
    writer->submit({sampleRecord(1, "boot-a", 3, kT0 + 2)}, 2);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(2), kWaitMs);
    QVERIFY(probe.outcomes[2].error.contains("is not enrolled"));
    QVERIFY(addHost(m_reader->connection(), 1, EnrollmentState::Accepted));

    // Its boot is new to the store: nothing of the old progress carries over.
    writer->submit({sampleRecord(1, "boot-a", 2, kT0 + 1)}, 3);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(3), kWaitMs);
    QVERIFY2(probe.outcomes[3].committed, qPrintable(probe.outcomes[3].error));
    QCOMPARE(probe.acked(3, 1, "boot-a"), 0u);
    writer->submit({sampleRecord(1, "boot-a", 1, kT0)}, 4);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(4), kWaitMs);
    QCOMPARE(probe.acked(4, 1, "boot-a"), 2u);
}

void StoreWriterTest::notStartedFailsEverySubmission()
{
    StoreWriter writer(m_dir->filePath("a-file-as-folder/x.db"), noAutoPrune());
    QFile blocker(m_dir->filePath("a-file-as-folder"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(!writer.start(&error));
    QVERIFY2(error.contains("Cannot create the folder"), qPrintable(error));
    WriterProbe probe(&writer);
    writer.submit({sampleRecord(1, "boot-a", 1, kT0)}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.answered(1), kWaitMs);
    QCOMPARE(probe.outcomes[1].error, error);
}

void StoreWriterTest::destructionWritesWhatWasSubmitted()
{
    auto writer = startedWriter();
    QList<quint64> tickets;
    connect(writer.get(), &StoreWriter::committed, this, [&](quint64 ticket) { tickets << ticket; },
            Qt::DirectConnection);
    for (quint64 ticket = 1; ticket <= 10; ++ticket)
        writer->submit({sampleRecord(1, "boot-a", ticket, kT0)}, ticket);
    writer.reset();
    QCOMPARE(tickets.size(), 10);
    QCOMPARE(count(m_reader->connection(), "SELECT acked_seq FROM boots WHERE boot_id = 'boot-a'"), 10);
}

QTEST_GUILESS_MAIN(StoreWriterTest)
#include "test_store_writer.moc"
