// The nonce ledger: what it remembered is still remembered after a reopen (an agent restart), is
// forgotten once its command has long expired, and a line a crash cut short loses nothing else.
#include "nonce_ledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage::reflector;

class NonceLedgerTest : public QObject {
    Q_OBJECT
private slots:
    void remembersAcrossReopen();
    void forgetsExpiredOnOpen();
    void tornLineLosesNothingElse();
    void unwritableDirectoryIsAnError();
};

namespace {
constexpr qint64 kNow = 1'700'000'000'000;
const QByteArray kNonceA(16, 'a');
const QByteArray kNonceB(32, 'b');
}  // namespace

void NonceLedgerTest::remembersAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("command-nonces"));
    QString error;
    {
        auto ledger = NonceLedger::open(path, kNow, &error);
        QVERIFY2(ledger, qPrintable(error));
        QVERIFY(!ledger->contains(QStringLiteral("c1"), kNonceA));
        QVERIFY2(ledger->remember(QStringLiteral("c1"), kNonceA, kNow + 300'000, kNow, &error), qPrintable(error));
        QVERIFY2(ledger->remember(QStringLiteral("id with spaces\nand a newline"), kNonceB, kNow + 300'000, kNow, &error),
                 qPrintable(error));
        QVERIFY(ledger->contains(QStringLiteral("c1"), kNonceA));
        QVERIFY(!ledger->contains(QStringLiteral("c2"), kNonceA));  // the pair counts
        QVERIFY(!ledger->contains(QStringLiteral("c1"), kNonceB));
    }
    auto reopened = NonceLedger::open(path, kNow + 1000, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->size(), 2);
    QVERIFY(reopened->contains(QStringLiteral("c1"), kNonceA));
    QVERIFY(reopened->contains(QStringLiteral("id with spaces\nand a newline"), kNonceB));
}

void NonceLedgerTest::forgetsExpiredOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("command-nonces"));
    QString error;
    {
        auto ledger = NonceLedger::open(path, kNow, &error);
        QVERIFY(ledger);
        QVERIFY(ledger->remember(QStringLiteral("short"), kNonceA, kNow + 1000, kNow, &error));
        QVERIFY(ledger->remember(QStringLiteral("long"), kNonceB, kNow + 86'400'000, kNow, &error));
    }
    const qint64 sizeBefore = QFileInfo(path).size();
    // Past the short one's not_after plus the slack for a clock set back, within the long one's.
    const qint64 later = kNow + 1000 + NonceLedger::kClockSlackMs + 1;
    auto reopened = NonceLedger::open(path, later, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->size(), 1);
    QVERIFY(!reopened->contains(QStringLiteral("short"), kNonceA));
    QVERIFY(reopened->contains(QStringLiteral("long"), kNonceB));
    QVERIFY(QFileInfo(path).size() < sizeBefore);
    // Still within the slack: remembered, although the command itself has expired.
    auto withinSlack = NonceLedger::open(path, kNow + 1000, &error);
    QVERIFY(withinSlack);
    QVERIFY(withinSlack->contains(QStringLiteral("long"), kNonceB));
}

void NonceLedgerTest::tornLineLosesNothingElse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("command-nonces"));
    QString error;
    {
        auto ledger = NonceLedger::open(path, kNow, &error);
        QVERIFY(ledger);
        QVERIFY(ledger->remember(QStringLiteral("c1"), kNonceA, kNow + 300'000, kNow, &error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("1700000300000 6262");  // cut short by a crash: no id, no newline
    file.close();
    auto reopened = NonceLedger::open(path, kNow, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->size(), 1);
    QVERIFY(reopened->contains(QStringLiteral("c1"), kNonceA));
    QVERIFY(reopened->remember(QStringLiteral("c3"), kNonceB, kNow + 300'000, kNow, &error));
    auto again = NonceLedger::open(path, kNow, &error);
    QVERIFY(again);
    QCOMPARE(again->size(), 2);
    QVERIFY(again->contains(QStringLiteral("c3"), kNonceB));
}

void NonceLedgerTest::unwritableDirectoryIsAnError()
{
    QString error;
    QVERIFY(!NonceLedger::open(QStringLiteral("/nonexistent-directory/command-nonces"), kNow, &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent-directory")), qPrintable(error));
}

QTEST_GUILESS_MAIN(NonceLedgerTest)
#include "test_nonce_ledger.moc"
