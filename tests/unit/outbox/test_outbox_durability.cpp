// The outbox under the failures it exists for: the agent killed with SIGKILL in the middle of a
// stream (a real child process: this binary in writer mode), and a disk that refuses writes
// (RLIMIT_FSIZE makes write(2) fail with EFBIG, no root or tmpfs needed).
#include "outbox.h"
#include "outbox_test_support.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace mirrorstage::reflector;
using namespace outbox_test;

namespace {

const char *const kWriterMode = "--outbox-writer";
constexpr qsizetype kWriterPayload = 1024;
constexpr quint64 kWriterFlushEvery = 10;
constexpr quint64 kWriterPauseEvery = 100;

// Writer mode: appends records until killed, flushing every few and printing the last flushed seq;
// every 100 records it acknowledges all but the last 50, as the console would, and prints that.
// Paused now and then, so that the stream stays small before the kill lands; mostly it is writing.
int runWriter(const QString &directory, const QString &bootId)
{
    QString error;
    auto outbox = Outbox::open(directory, bootId, {256 * 1024 * 1024, 7 * 24 * 3600}, &error);
    if (!outbox) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 1;
    }
    for (quint64 seq = 1;; ++seq) {
        if (outbox->append(RecordKind::Sample, qint64(seq), payloadFor(seq, kWriterPayload)) != seq) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(outbox->errorString()));
            return 2;
        }
        if (seq % kWriterFlushEvery != 0)
            continue;
        if (!outbox->flush()) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(outbox->errorString()));
            return 3;
        }
        std::printf("flushed %llu\n", seq);
        if (seq % kWriterPauseEvery == 0) {
            if (!outbox->acknowledge(bootId, seq - 50)) {
                std::fprintf(stderr, "writer: %s\n", qPrintable(outbox->errorString()));
                return 4;
            }
            std::printf("acknowledged %llu\n", seq - 50);
        }
        std::fflush(stdout);
        if (seq % kWriterPauseEvery == 0)
            QThread::usleep(500);
    }
}

// Lowers this process's file-size limit and ignores SIGXFSZ, so that a write past the limit fails
// with EFBIG as on a full disk; puts both back when it goes.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
    bool m_active = false;
};

}  // namespace

class OutboxDurabilityTest : public QObject {
    Q_OBJECT
private slots:
    void killedWriterLosesNothingFlushed();
    void fullDiskFailsVisiblyAndKeepsRecords();
};

void OutboxDurabilityTest::killedWriterLosesNothingFlushed()
{
    QTemporaryDir dir;
    const QString boot = newBoot();
    QProcess writer;
    quint64 lastFlushed = 0, lastAcknowledged = 0;
    const auto readProgress = [&] {
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("flushed "))
                lastFlushed = line.mid(8).toULongLong();
            else if (line.startsWith("acknowledged "))
                lastAcknowledged = line.mid(13).toULongLong();
        }
    };
    connect(&writer, &QProcess::readyReadStandardOutput, this, readProgress);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kWriterMode), dir.path(), boot});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(lastFlushed >= 300 || writer.state() == QProcess::NotRunning, 60000);
    QCOMPARE(writer.state(), QProcess::Running);  // still writing when it is killed

    writer.kill();  // SIGKILL
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    readProgress();  // lines written just before the kill

    QString error;
    auto outbox = Outbox::open(dir.path(), newBoot(), {}, &error);  // may warn about a torn record
    QVERIFY2(outbox, qPrintable(error));
    const QList<OutboxRecord> records = everything(*outbox);
    QVERIFY(!records.isEmpty());
    const quint64 first = records.first().seq, last = records.last().seq;
    QVERIFY2(first == lastAcknowledged + 1 || first == lastAcknowledged + 51,  // the next acknowledgement may be saved too
             qPrintable(QStringLiteral("first %1, acknowledged %2").arg(first).arg(lastAcknowledged)));
    QVERIFY2(last >= lastFlushed, qPrintable(QStringLiteral("last %1, flushed %2").arg(last).arg(lastFlushed)));
    QCOMPARE(seqsOf(records, boot), range(first, last));
    for (const OutboxRecord &record : records) {
        QCOMPARE(record.createdMs, qint64(record.seq));
        QCOMPARE(record.payload, payloadFor(record.seq, kWriterPayload));
    }
    qInfo("after the kill: seqs %llu to %llu; %llu were flushed, %llu acknowledged", first, last, lastFlushed,
          lastAcknowledged);
}

void OutboxDurabilityTest::fullDiskFailsVisiblyAndKeepsRecords()
{
    QTemporaryDir dir;
    QString error;
    const QString boot = newBoot();
    auto outbox = Outbox::open(dir.path(), boot, {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    quint64 stored = 0;
    for (; stored < 10; ++stored)
        QCOMPARE(outbox->append(RecordKind::Sample, 1, payloadFor(stored + 1, 1000)), stored + 1);
    QVERIFY(outbox->flush());

    {
        FileSizeLimit full(32 * 1024);
        QVERIFY(full.isActive());
        quint64 seq = 0;
        for (int i = 0; i < 100; ++i) {
            seq = outbox->append(RecordKind::Sample, 1, payloadFor(stored + 1, 1000));
            if (seq == 0)
                break;
            QCOMPARE(seq, ++stored);
        }
        QCOMPARE(seq, 0u);
        QVERIFY2(outbox->errorString().contains(QStringLiteral("Could not store a record"))
                     && outbox->errorString().contains(QStringLiteral("kept")),
                 qPrintable(outbox->errorString()));
        QVERIFY(stored > 10);
        QCOMPARE(outbox->recordCount(), qint64(stored));
        QCOMPARE(outbox->append(RecordKind::Sample, 1, payloadFor(stored + 1, 1000)), 0u);  // still full
        QVERIFY(outbox->flush());
        QCOMPARE(outbox->sizeBytes(), segmentBytesOnDisk(dir.path()));  // no half record left behind
    }

    // Space again: it carries on, and no seq was spent on the refused records.
    QCOMPARE(outbox->append(RecordKind::Sample, 1, payloadFor(stored + 1, 1000)), stored + 1);
    ++stored;
    outbox.reset();

    failOnWarning("cut off");
    outbox = Outbox::open(dir.path(), newBoot(), {}, &error);
    QVERIFY2(outbox, qPrintable(error));
    const QList<OutboxRecord> records = everything(*outbox);
    QCOMPARE(seqsOf(records, boot), range(1, stored));
    for (const OutboxRecord &record : records)
        QCOMPARE(record.payload, payloadFor(record.seq, 1000));
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], kWriterMode) == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QCoreApplication app(argc, argv);
    OutboxDurabilityTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_outbox_durability.moc"
