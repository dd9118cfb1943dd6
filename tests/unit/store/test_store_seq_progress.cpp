// The highest contiguous seq: out of order, with holes, with gap records covering lost seqs.
#include "seq_progress.h"

#include <QTest>

using mirrorstage::store::SeqProgress;

class SeqProgressTest : public QObject {
    Q_OBJECT
private slots:
    void inOrderAdvances();
    void waitsForTheHole();
    void gapRangeFillsHoles();
    void duplicatesAndOldSeqsChangeNothing();
    void overlappingRunsMerge();
    void startsFromStoredPoint();
};

void SeqProgressTest::inOrderAdvances()
{
    SeqProgress progress;
    QCOMPARE(progress.acked(), 0u);
    for (quint64 seq = 1; seq <= 100; ++seq)
        progress.add(seq);
    QCOMPARE(progress.acked(), 100u);
    QCOMPARE(progress.waitingRuns(), 0);
}

void SeqProgressTest::waitsForTheHole()
{
    SeqProgress progress;
    progress.add(2);
    progress.add(3);
    progress.add(5);
    QCOMPARE(progress.acked(), 0u);
    QCOMPARE(progress.waitingRuns(), 2);  // 2-3 and 5
    progress.add(1);
    QCOMPARE(progress.acked(), 3u);
    progress.add(4);
    QCOMPARE(progress.acked(), 5u);
    QCOMPARE(progress.waitingRuns(), 0);
}

void SeqProgressTest::gapRangeFillsHoles()
{
    SeqProgress progress;
    progress.add(1);
    progress.add(10);
    progress.add(3, 9);  // the agent's outbox dropped 3..9
    QCOMPARE(progress.acked(), 1u);
    progress.add(2);
    QCOMPARE(progress.acked(), 10u);
}

void SeqProgressTest::duplicatesAndOldSeqsChangeNothing()
{
    SeqProgress progress;
    progress.add(1, 5);
    progress.add(3);
    progress.add(1);
    progress.add(7);
    progress.add(7);
    QCOMPARE(progress.acked(), 5u);
    QCOMPARE(progress.waitingRuns(), 1);
    progress.add(9, 8);  // an empty range
    QCOMPARE(progress.waitingRuns(), 1);
}

void SeqProgressTest::overlappingRunsMerge()
{
    SeqProgress progress;
    progress.add(10, 20);
    progress.add(30, 40);
    progress.add(15, 35);
    QCOMPARE(progress.waitingRuns(), 1);
    progress.add(41);  // touching counts as contiguous
    progress.add(2, 9);
    QCOMPARE(progress.waitingRuns(), 1);
    progress.add(1);
    QCOMPARE(progress.acked(), 41u);
}

void SeqProgressTest::startsFromStoredPoint()
{
    SeqProgress progress(500);
    progress.add(502);
    QCOMPARE(progress.acked(), 500u);
    progress.add(501);
    QCOMPARE(progress.acked(), 502u);
}

QTEST_GUILESS_MAIN(SeqProgressTest)
#include "test_store_seq_progress.moc"
