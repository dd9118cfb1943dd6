// The agent's durable outbox: what comes back after a restart, what acknowledgements remove, how it
// recovers from torn and damaged files, and how it drops records (and says so) at its limits.
#include "crc32c.h"
#include "outbox.h"
#include "outbox_gap.h"
#include "outbox_test_support.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage::reflector;
using namespace outbox_test;

namespace {

// 64 KiB makes 4 KiB segments: a few dozen records fill the outbox.
constexpr OutboxLimits kTinyLimits{64 * 1024, 7 * 24 * 60 * 60};
constexpr qint64 kLots = std::numeric_limits<qint64>::max();

}  // namespace

class OutboxTest : public QObject {
    Q_OBJECT
private slots:
    void checksumIsCrc32c();
    void seqsStartAtOnePerBoot();
    void restartResendsUnacknowledgedInOrder();
    void acknowledgeIsCumulativePerBootAndSurvivesRestart();
    void acknowledgeBeyondTheLastRecordDoesNotSwallowLaterOnes();
    void acknowledgedFilesAreRemoved();
    void tornLastRecordIsCutOff_data();
    void tornLastRecordIsCutOff();
    void damageInAnOlderSegmentIsReportedAsGap();
    void strayFilesDoNotStopIt();
    void unreadableStateResendsEverything();
    void fullOutboxDropsOldestWithExactGap();
    void droppedGapRecordsAreCarriedForward();
    void oldRecordsAreDroppedWithExactGap();
    void oversizedRecordIsRefused();
    void windowsRespectTheirLimits();
    void windowsWalkEveryRecordOnce();
    void secondOpenIsRefused();
    void reusedBootIdIsRefused();
    void directoryIsPrivate();
    void unusableDirectoryIsAClearError();
};

void OutboxTest::checksumIsCrc32c()
{
    // The published check value of CRC-32C.
    QCOMPARE(crc32c(0, "123456789", 9), 0xE3069283u);
    QCOMPARE(crc32c(crc32c(0, "1234", 4), "56789", 5), 0xE3069283u);
    const QByteArray long_ = payloadFor(7, 1000);
    QCOMPARE(crc32c(crc32c(0, long_.constData(), 333), long_.constData() + 333, 667),
             crc32c(0, long_.constData(), 1000));
    // The CPU instruction (where this machine has it) and the table agree, at every length and offset.
    QCOMPARE(crc32cPortable(0, "123456789", 9), 0xE3069283u);
    for (qsizetype offset = 0; offset < 9; ++offset) {
        for (qsizetype size = 0; size + offset <= 200; size += 7)
            QCOMPARE(crc32c(0, long_.constData() + offset, size), crc32cPortable(0, long_.constData() + offset, size));
    }
}

void OutboxTest::seqsStartAtOnePerBoot()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(outbox->append(RecordKind::Sample, 1, "a"), 1u);
    QCOMPARE(outbox->append(RecordKind::Log, 2, "b"), 2u);
    QCOMPARE(outbox->append(RecordKind::CommandResult, 3, "c"), 3u);
    QVERIFY(outbox->flush());
    QCOMPARE(outbox->recordCount(), 3);
    QCOMPARE(outbox->sizeBytes(), segmentBytesOnDisk(dir.path()));
}

void OutboxTest::restartResendsUnacknowledgedInOrder()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot(), b = newBoot(), c = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), a, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 5; ++seq)
            QCOMPARE(outbox->append(RecordKind::Sample, 1000 + qint64(seq), payloadFor(seq)), seq);
        QVERIFY(outbox->flush());
        QVERIFY(outbox->acknowledge(a, 2));
    }
    {
        auto outbox = Outbox::open(dir.path(), b, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 3; ++seq)
            QCOMPARE(outbox->append(RecordKind::Log, 2000 + qint64(seq), payloadFor(100 + seq)), seq);
    }
    auto outbox = Outbox::open(dir.path(), c, {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    const QList<OutboxRecord> records = everything(*outbox);
    QCOMPARE(records.size(), 6);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(records[i].bootId, a);
        QCOMPARE(records[i].seq, quint64(i + 3));
        QCOMPARE(records[i].kind, RecordKind::Sample);
        QCOMPARE(records[i].createdMs, qint64(1003 + i));
        QCOMPARE(records[i].payload, payloadFor(quint64(i + 3)));
        QCOMPARE(records[i + 3].bootId, b);
        QCOMPARE(records[i + 3].seq, quint64(i + 1));
        QCOMPARE(records[i + 3].kind, RecordKind::Log);
        QCOMPARE(records[i + 3].createdMs, qint64(2001 + i));
        QCOMPARE(records[i + 3].payload, payloadFor(quint64(101 + i)));
    }
    QCOMPARE(outbox->bootsWithUnacknowledgedRecords(), (QStringList{a, b}));
    QCOMPARE(outbox->recordCount(), 6);
}

void OutboxTest::acknowledgeIsCumulativePerBootAndSurvivesRestart()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot(), b = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), a, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (int i = 0; i < 10; ++i)
            outbox->append(RecordKind::Sample, i, payloadFor(quint64(i)));
    }
    auto outbox = Outbox::open(dir.path(), b, {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    for (int i = 0; i < 10; ++i)
        outbox->append(RecordKind::Sample, i, payloadFor(quint64(i)));
    QVERIFY(outbox->acknowledge(a, 7));
    QVERIFY(outbox->acknowledge(a, 3));  // older news: changes nothing
    QVERIFY(outbox->acknowledge(b, 4));
    QVERIFY(outbox->acknowledge(newBoot(), 99));  // a boot it never held
    QCOMPARE(seqsOf(everything(*outbox), a), range(8, 10));
    QCOMPARE(seqsOf(everything(*outbox), b), range(5, 10));

    outbox.reset();
    outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(seqsOf(everything(*outbox), a), range(8, 10));
    QCOMPARE(seqsOf(everything(*outbox), b), range(5, 10));
    QCOMPARE(outbox->recordCount(), 9);
    QVERIFY(outbox->acknowledge(a, 10));
    QCOMPARE(outbox->bootsWithUnacknowledgedRecords(), QStringList{b});
}

void OutboxTest::acknowledgeBeyondTheLastRecordDoesNotSwallowLaterOnes()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    auto outbox = Outbox::open(dir.path(), boot, {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QVERIFY(outbox->acknowledge(boot, 5));  // nothing appended yet
    outbox->append(RecordKind::Sample, 1, "one");
    outbox->append(RecordKind::Sample, 2, "two");
    expectWarning("acknowledged boot .* up to seq 9, but the outbox has only up to 2");
    QVERIFY(outbox->acknowledge(boot, 9));
    QCOMPARE(outbox->append(RecordKind::Sample, 3, "three"), 3u);
    const QList<OutboxRecord> records = everything(*outbox);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().payload, QByteArray("three"));
}

void OutboxTest::acknowledgedFilesAreRemoved()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), boot, kTinyLimits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 100; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq, 300));
        QVERIFY(segmentFiles(dir.path()).size() > 5);
        const qint64 before = outbox->sizeBytes();
        QVERIFY(outbox->acknowledge(boot, 99));
        QCOMPARE(segmentFiles(dir.path()).size(), 1);  // the one still being written
        QVERIFY(outbox->sizeBytes() < before / 5);
        QCOMPARE(outbox->sizeBytes(), segmentBytesOnDisk(dir.path()));
        QCOMPARE(seqsOf(everything(*outbox), boot), QList<quint64>{100});
        QVERIFY(outbox->acknowledge(boot, 100));
        QCOMPARE(outbox->recordCount(), 0);
    }
    auto outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(outbox->recordCount(), 0);
    QCOMPARE(segmentFiles(dir.path()).size(), 0);
    QCOMPARE(outbox->sizeBytes(), 0);
}

void OutboxTest::tornLastRecordIsCutOff_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut in the payload") << QStringLiteral("cut-payload");
    QTest::newRow("cut in the frame") << QStringLiteral("cut-frame");
    QTest::newRow("flipped payload byte") << QStringLiteral("flip-payload");
    QTest::newRow("flipped length byte") << QStringLiteral("flip-length");
    QTest::newRow("zeros after it") << QStringLiteral("zeros");
    QTest::newRow("garbage after it") << QStringLiteral("garbage");
}

// A crash (or the disk) damaged the newest record. Every record before it comes back; the outbox
// cuts the damage off once, so the next start is clean.
void OutboxTest::tornLastRecordIsCutOff()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    constexpr qsizetype kPayload = 200;
    constexpr quint64 kRecords = 10;
    {
        auto outbox = Outbox::open(dir.path(), boot, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= kRecords; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq, kPayload));
        QVERIFY(outbox->flush());
    }
    QFile segment(lastSegmentPath(dir.path()));
    QVERIFY(segment.open(QIODevice::ReadWrite));
    const qint64 size = segment.size();
    const qint64 lastRecord = size - (25 + kPayload);
    quint64 survivors = kRecords - 1;
    if (damage == QLatin1String("cut-payload")) {
        QVERIFY(segment.resize(size - kPayload / 2));
    } else if (damage == QLatin1String("cut-frame")) {
        QVERIFY(segment.resize(lastRecord + 5));
    } else if (damage == QLatin1String("flip-payload") || damage == QLatin1String("flip-length")) {
        const qint64 at = damage == QLatin1String("flip-payload") ? size - 7 : lastRecord + 1;
        segment.seek(at);
        char byte = 0;
        segment.getChar(&byte);
        segment.seek(at);
        segment.putChar(char(byte ^ 0x10));
    } else {
        segment.seek(size);
        segment.write(damage == QLatin1String("zeros") ? QByteArray(4096, '\0') : payloadFor(99, 77));
        survivors = kRecords;
    }
    segment.close();

    expectWarning("\\.seg at byte \\d+: .*; the \\d+ bytes from there on are cut off");
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    const QList<OutboxRecord> records = everything(*outbox);
    QCOMPARE(seqsOf(records, boot), range(1, survivors));
    for (const OutboxRecord &record : records)
        QCOMPARE(record.payload, payloadFor(record.seq, kPayload));
    QVERIFY(gapsIn(records).isEmpty());  // nobody can count what a torn tail lost
    QCOMPARE(outbox->append(RecordKind::Sample, 1, "after"), 1u);
    outbox.reset();

    failOnWarning("cut off");
    outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(outbox->recordCount(), qint64(survivors + 1));
}

// Damage in the middle of an older segment loses the rest of that segment; the same boot's next
// segment shows exactly which seqs, and a Gap record says so.
void OutboxTest::damageInAnOlderSegmentIsReportedAsGap()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot();
    constexpr qsizetype kPayload = 300;
    constexpr quint64 kRecords = 60;
    {
        auto outbox = Outbox::open(dir.path(), a, kTinyLimits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= kRecords; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq, kPayload));
    }
    const QStringList files = segmentFiles(dir.path());
    QVERIFY(files.size() >= 3);
    QFile first(dir.path() + QLatin1Char('/') + files.first());
    QVERIFY(first.open(QIODevice::ReadWrite));
    const qint64 headerBytes = 15 + a.size();
    const qint64 thirdRecordPayload = headerBytes + 2 * (25 + kPayload) + 25 + 10;
    first.seek(thirdRecordPayload);
    first.putChar('#');
    first.close();

    expectWarning("cut off");
    expectWarning("dropped \\d+ unacknowledged records of boot .* \\(seq 3 to \\d+, corrupt\\)");
    const QString b = newBoot();
    auto outbox = Outbox::open(dir.path(), b, kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    const QList<OutboxRecord> records = everything(*outbox);
    const QList<OutboxGap> gaps = gapsIn(records);
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().bootId, a);
    QCOMPARE(gaps.first().firstSeq, 3u);
    QCOMPARE(gaps.first().reason, GapReason::Corrupt);
    QVERIFY(gaps.first().lastSeq < kRecords);
    QCOMPARE(seqsOf(records, a).first(), 1u);
    QCOMPARE(seqsOf(records, a)[2], gaps.first().lastSeq + 1);
    const QString problem = accountingProblem(records, {{a, kRecords}, {b, 1}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    outbox.reset();

    // Reported once: the damaged end is gone from the file.
    outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(gapsIn(everything(*outbox)).size(), 1);
}

void OutboxTest::strayFilesDoNotStopIt()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), boot, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 3; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq));
    }
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("notes.txt"), "an operator's notes");
    write(QStringLiteral("00000000000000000077.seg"), payloadFor(1, 5000));  // garbage under a segment's name
    write(QStringLiteral("00000000000000000078.seg"), "MSOUT");                // a crash right after creating it
    write(QStringLiteral("00000000000000000079.seg"), QByteArray());

    expectWarning("notes\\.txt: not a file of the outbox");
    expectWarning("77\\.seg is not an outbox segment .*renamed to .*77\\.seg\\.corrupt");
    expectWarning("78\\.seg: removed; a crash left it before its first record");
    expectWarning("79\\.seg: removed; a crash left it before its first record");
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(seqsOf(everything(*outbox), boot), range(1, 3));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("00000000000000000077.seg.corrupt"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
    QCOMPARE(segmentFiles(dir.path()).size(), 1);
    QCOMPARE(outbox->append(RecordKind::Sample, 4, "still works"), 1u);
    QVERIFY(outbox->flush());
    QCOMPARE(outbox->sizeBytes(), segmentBytesOnDisk(dir.path()));
}

void OutboxTest::unreadableStateResendsEverything()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), boot, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 4; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq));
        QVERIFY(outbox->acknowledge(boot, 2));
    }
    QFile state(dir.filePath(QStringLiteral("outbox.state")));
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write("\xff\x00garbage", 9);
    state.close();

    expectWarning("outbox\\.state: .*every record in the outbox will be sent again");
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(seqsOf(everything(*outbox), boot), range(1, 4));
}

// Another boot fills the outbox: the oldest records go first, and a Gap record names exactly them.
void OutboxTest::fullOutboxDropsOldestWithExactGap()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot(), b = newBoot();
    constexpr quint64 kOldRecords = 40;
    {
        auto outbox = Outbox::open(dir.path(), a, kTinyLimits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= kOldRecords; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq, 1000));
        QVERIFY(outbox->acknowledge(a, 2));  // acknowledged records are not "lost"
    }
    expectWarning("dropped \\d+ unacknowledged records of boot .* \\(seq 3 to \\d+, outbox-full\\)");
    auto outbox = Outbox::open(dir.path(), b, kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    quint64 lastB = 0;
    const auto oldestOfA = [&] {
        const QList<quint64> seqs = seqsOf(everything(*outbox), a);
        return seqs.isEmpty() ? 0 : seqs.first();
    };
    while (oldestOfA() == 3) {
        lastB = outbox->append(RecordKind::Sample, 100, payloadFor(1000 + lastB, 1000));
        QVERIFY2(lastB != 0, qPrintable(outbox->errorString()));
        QVERIFY(outbox->sizeBytes() <= kTinyLimits.maxBytes);
        QVERIFY(lastB < 100);
    }
    const QList<OutboxRecord> records = everything(*outbox);
    const QList<OutboxGap> gaps = gapsIn(records);
    QCOMPARE(gaps.size(), 1);
    const OutboxGap gap = gaps.first();
    QCOMPARE(gap.bootId, a);
    QCOMPARE(gap.firstSeq, 3u);
    QCOMPARE(gap.reason, GapReason::OutboxFull);
    QCOMPARE(gap.count, gap.lastSeq - 2);
    QCOMPARE(seqsOf(records, a), range(gap.lastSeq + 1, kOldRecords));
    QCOMPARE(outbox->sizeBytes(), segmentBytesOnDisk(dir.path()));
    // The Gap record is a record of the current boot, in its place in the sequence.
    QCOMPARE(seqsOf(records, b), range(1, lastB));
    const auto gapRecord = std::find_if(records.cbegin(), records.cend(),
                                        [](const OutboxRecord &record) { return record.kind == RecordKind::Gap; });
    QCOMPARE(gapRecord->bootId, b);
    QCOMPARE(gapRecord->seq, lastB - 1);
}

// Overflow long enough that the Gap records themselves are dropped: their news moves to new Gap
// records, so that every seq of every boot is still either there or reported lost, never both.
void OutboxTest::droppedGapRecordsAreCarriedForward()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot(), b = newBoot(), c = newBoot();
    QMap<QString, quint64> lastSeqs;
    for (const QString &boot : {a, b}) {
        auto outbox = Outbox::open(dir.path(), boot, kTinyLimits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 30; ++seq)
            lastSeqs[boot] = outbox->append(RecordKind::Sample, 1, payloadFor(seq, 700));
    }
    // Hundreds of drops, each with its warning.
    QLoggingCategory::setFilterRules(QStringLiteral("mirrorstage.reflector.outbox.warning=false"));
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    auto outbox = Outbox::open(dir.path(), c, kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    for (int i = 0; i < 1000; ++i) {
        const quint64 seq = outbox->append(RecordKind::Sample, 1, payloadFor(quint64(i), 300 + (i * 37) % 900));
        QVERIFY2(seq != 0, qPrintable(outbox->errorString()));
        QVERIFY(outbox->sizeBytes() <= kTinyLimits.maxBytes);
    }
    lastSeqs[c] = outbox->append(RecordKind::Sample, 1, "last");
    const QList<OutboxRecord> records = everything(*outbox);
    QVERIFY(seqsOf(records, a).isEmpty());
    QVERIFY(seqsOf(records, b).isEmpty());
    QVERIFY(seqsOf(records, c).first() > 500);
    QString problem = accountingProblem(records, lastSeqs);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Carried news took in its neighbours: boot a's loss is one range by now, and the Gap records
    // did not pile up (hundreds of drops happened).
    QList<OutboxGap> gapsOfA;
    for (const OutboxGap &gap : gapsIn(records)) {
        if (gap.bootId == a)
            gapsOfA.append(gap);
    }
    QCOMPARE(gapsOfA, (QList<OutboxGap>{{a, 1, 30, 30, GapReason::OutboxFull}}));
    const qsizetype segments = segmentFiles(dir.path()).size();
    qInfo("%lld Gap records in %lld segments", qint64(gapsIn(records).size()), qint64(segments));
    QVERIFY(gapsIn(records).size() <= 2 * segments);

    outbox.reset();
    outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    problem = accountingProblem(everything(*outbox), lastSeqs);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Age counts by createdMs, so the test moves time by what it appends; nothing sleeps.
void OutboxTest::oldRecordsAreDroppedWithExactGap()
{
    QTemporaryDir dir;
    QString error;
    const OutboxLimits limits{1024 * 1024, 100};
    const QString a = newBoot(), b = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), a, limits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 10; ++seq)
            outbox->append(RecordKind::Sample, qint64(seq - 1) * 1000, payloadFor(seq));  // 0 s … 9 s
    }
    expectWarning("dropped 5 unacknowledged records of boot .* \\(seq 1 to 5, too-old\\)");
    auto outbox = Outbox::open(dir.path(), b, limits, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(outbox->append(RecordKind::Sample, 105'000, "new"), 2u);  // 100 s before it is 5 s

    QList<OutboxRecord> records = everything(*outbox);
    QCOMPARE(seqsOf(records, a), range(6, 10));  // the one made at exactly 5 s stays
    QCOMPARE(records[5].bootId, b);
    QCOMPARE(records[5].kind, RecordKind::Gap);
    QCOMPARE(*OutboxGap::fromCbor(records[5].payload), (OutboxGap{a, 1, 5, 5, GapReason::TooOld}));
    QCOMPARE(records[6].payload, QByteArray("new"));

    expectWarning("\\(seq 6 to 10, too-old\\)");
    QVERIFY(outbox->dropExpired(110'000));
    records = everything(*outbox);
    QVERIFY(seqsOf(records, a).isEmpty());
    QCOMPARE(gapsIn(records).last(), (OutboxGap{a, 6, 10, 5, GapReason::TooOld}));

    // Later, everything is too old, the Gap records too: their news is merged and carried on.
    expectWarning("\\(seq 1 to 3, too-old\\)");
    QVERIFY(outbox->dropExpired(1'000'000));
    records = everything(*outbox);
    QCOMPARE(gapsIn(records), (QList<OutboxGap>{{b, 1, 3, 3, GapReason::TooOld}, {a, 1, 10, 10, GapReason::TooOld}}));
    const QString problem = accountingProblem(records, {{a, 10}, {b, 5}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void OutboxTest::oversizedRecordIsRefused()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    QCOMPARE(outbox->append(RecordKind::Sample, 1, "small"), 1u);
    QCOMPARE(outbox->append(RecordKind::Sample, 2, QByteArray(20 * 1024, 'x')), 0u);
    QVERIFY2(outbox->errorString().contains(QStringLiteral("does not fit")), qPrintable(outbox->errorString()));
    QCOMPARE(outbox->recordCount(), 1);
    QCOMPARE(outbox->append(RecordKind::Sample, 3, "next"), 2u);  // no seq was spent on it
}

void OutboxTest::windowsRespectTheirLimits()
{
    QTemporaryDir dir;
    QString error;
    const QString a = newBoot(), b = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), a, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 5; ++seq)
            outbox->append(RecordKind::Sample, 1, payloadFor(seq, 100));
    }
    auto outbox = Outbox::open(dir.path(), b, {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    for (quint64 seq = 1; seq <= 5; ++seq)
        outbox->append(RecordKind::Sample, 1, payloadFor(seq, 100));

    const auto id = [](const QString &boot, quint64 seq) { return boot + QLatin1Char(':') + QString::number(seq); };
    const auto ids = [&](const QList<OutboxRecord> &records) {
        QStringList out;
        for (const OutboxRecord &record : records)
            out.append(id(record.bootId, record.seq));
        return out;
    };
    QCOMPARE(ids(outbox->unacknowledged(3, kLots)), (QStringList{id(a, 1), id(a, 2), id(a, 3)}));
    QCOMPARE(ids(outbox->unacknowledged(3, kLots, {a, 3})), (QStringList{id(a, 4), id(a, 5), id(b, 1)}));
    QCOMPARE(ids(outbox->unacknowledged(100, 250)), (QStringList{id(a, 1), id(a, 2)}));
    QCOMPARE(ids(outbox->unacknowledged(100, 10)), QStringList{id(a, 1)});  // one, however large
    QCOMPARE(ids(outbox->unacknowledged(100, 200, {a, 4})), (QStringList{id(a, 5), id(b, 1)}));
    QVERIFY(outbox->unacknowledged(100, kLots, {b, 5}).isEmpty());
    QVERIFY(outbox->unacknowledged(0, kLots).isEmpty());
    QCOMPARE(outbox->unacknowledged(100, kLots, {newBoot(), 3}).size(), 10);  // unknown: from the oldest
    QVERIFY(outbox->acknowledge(a, 2));
    QCOMPARE(ids(outbox->unacknowledged(2, kLots, {a, 1})), (QStringList{id(a, 3), id(a, 4)}));
    QCOMPARE(ids(outbox->unacknowledged(2, kLots)), (QStringList{id(a, 3), id(a, 4)}));
}

// The uplink's loop: send a window, continue after its last record, until nothing is left.
void OutboxTest::windowsWalkEveryRecordOnce()
{
    QTemporaryDir dir;
    QString error;
    QList<std::pair<QString, quint64>> expected;
    for (int boot = 0; boot < 3; ++boot) {
        auto outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (quint64 seq = 1; seq <= 15; ++seq) {
            outbox->append(RecordKind::Sample, 1, payloadFor(seq, 250));
            expected.append({outbox->bootId(), seq});
        }
    }
    auto outbox = Outbox::open(dir.path(), newBoot(), kTinyLimits, &error);
    QVERIFY2(outbox, qPrintable(error));
    QList<std::pair<QString, quint64>> seen;
    OutboxPosition cursor;
    for (QList<OutboxRecord> window; !(window = outbox->unacknowledged(4, 800, cursor)).isEmpty();) {
        QVERIFY(window.size() <= 4);
        for (const OutboxRecord &record : window) {
            seen.append({record.bootId, record.seq});
            QCOMPARE(record.payload, payloadFor(record.seq, 250));
        }
        cursor = {window.last().bootId, window.last().seq};
    }
    QCOMPARE(seen, expected);
}

void OutboxTest::secondOpenIsRefused()
{
    QTemporaryDir dir;
    QString error;
    auto first = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(first, qPrintable(error));
    auto second = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(QStringLiteral("Another reflector")), qPrintable(error));
    first.reset();
    QVERIFY(Outbox::open(dir.path(), newBoot(), {}, &error));
}

void OutboxTest::reusedBootIdIsRefused()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    {
        auto outbox = Outbox::open(dir.path(), boot, {}, &error);
        QVERIFY2(outbox, qPrintable(error));
        outbox->append(RecordKind::Sample, 1, "x");
    }
    QVERIFY(!Outbox::open(dir.path(), boot, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("already in the outbox")), qPrintable(error));
    QVERIFY(!Outbox::open(dir.path(), QString(), {}, &error));
}

void OutboxTest::directoryIsPrivate()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("state/outbox"));
    auto outbox = Outbox::open(path, newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                             | QFile::WriteOther | QFile::ExeOther)));
}

void OutboxTest::unusableDirectoryIsAClearError()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QVERIFY(!Outbox::open(file.fileName(), newBoot(), {}, &error));
    QVERIFY2(error.contains(file.fileName()) && error.contains(QStringLiteral("is a directory")), qPrintable(error));
    QVERIFY(!Outbox::open(dir.path(), newBoot(), {1024, 60}, &error));
    QVERIFY2(error.contains(QStringLiteral("at least")), qPrintable(error));
}

QTEST_GUILESS_MAIN(OutboxTest)
#include "test_outbox.moc"
