// Log watching against a real journal. systemd-journal-remote writes real journal files from
// journal export format (as journald would), sd-journal reads them through the watcher: matching
// entries come out, others do not, the cursor is saved, and a restart resumes from it.
// Where a live journald runs, a line sent with systemd-cat must come out as well.
#include "journal_log_watcher.h"
#include "log_watch.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mirrorstage::reflector;

namespace {

using Entry = QList<std::pair<QByteArray, QByteArray>>;

Entry entry(const QByteArray &identifier, int priority, const QByteArray &message, const QByteArray &unit = {})
{
    Entry fields{{"SYSLOG_IDENTIFIER", identifier}, {"PRIORITY", QByteArray::number(priority)}, {"MESSAGE", message}};
    if (!unit.isEmpty())
        fields.append({"UNIT", unit});
    return fields;
}

// Writes entries with systemd-journal-remote into `journalFile` (appending when it exists).
class JournalWriter {
public:
    bool write(const QString &journalFile, const QList<Entry> &entries, QString *problem)
    {
        QByteArray exported;
        for (const Entry &fields : entries) {
            ++m_monotonic;
            const qint64 realtime = QDateTime::currentMSecsSinceEpoch() * 1000 + m_monotonic;
            exported += "__REALTIME_TIMESTAMP=" + QByteArray::number(realtime) + '\n';
            exported += "__MONOTONIC_TIMESTAMP=" + QByteArray::number(m_monotonic * 1000) + '\n';
            exported += "_BOOT_ID=" + m_bootId + '\n';
            exported += "_TRANSPORT=syslog\n";
            for (const auto &[name, value] : fields) {
                // The binary form: any byte, newlines included, may appear in a value.
                exported += name + '\n';
                const quint64 size = quint64(value.size());
                for (int i = 0; i < 8; ++i)
                    exported += char((size >> (8 * i)) & 0xff);
                exported += value + '\n';
            }
            exported += '\n';
        }
        QProcess remote;
        remote.start(QStringLiteral(SYSTEMD_JOURNAL_REMOTE), {QStringLiteral("--output=") + journalFile, QStringLiteral("-")});
        if (!remote.waitForStarted(30000)) {
            *problem = QStringLiteral("cannot run %1 (install systemd-journal-remote): %2")
                           .arg(QStringLiteral(SYSTEMD_JOURNAL_REMOTE), remote.errorString());
            return false;
        }
        remote.write(exported);
        remote.closeWriteChannel();
        if (!remote.waitForFinished(60000) || remote.exitStatus() != QProcess::NormalExit || remote.exitCode() != 0) {
            *problem = QStringLiteral("systemd-journal-remote failed: %1").arg(QString::fromLocal8Bit(remote.readAllStandardError()));
            return false;
        }
        return true;
    }

private:
    QByteArray m_bootId = QUuid::createUuid().toByteArray(QUuid::Id128);
    qint64 m_monotonic = 0;
};

LogWatchConfig journalOnly(const QString &directory)
{
    LogWatchConfig config;
    config.journal = true;
    config.journalDirectory = directory;
    return config;
}

QStringList messagesOf(const QList<LogEvent> &events)
{
    QStringList messages;
    for (const LogEvent &event : events)
        messages.append(event.message);
    return messages;
}

}  // namespace

class JournalLogWatcherTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void sendsMatchingEntriesOnly();
    void resumesFromTheSavedCursor();
    void followsNewJournalFiles();
    void liveJournald();

private:
    bool write(const QString &file, const QList<Entry> &entries);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journalDir;
    QString m_stateDir;
    JournalWriter m_writer;
};

bool JournalLogWatcherTest::write(const QString &file, const QList<Entry> &entries)
{
    QString problem;
    const bool written = m_writer.write(m_journalDir + QLatin1Char('/') + file, entries, &problem);
    if (!written)
        qWarning().noquote() << problem;
    return written;
}

void JournalLogWatcherTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journalDir = m_dir->filePath(QStringLiteral("journal"));
    m_stateDir = m_dir->filePath(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(m_journalDir));
    m_writer = JournalWriter();
}

void JournalLogWatcherTest::sendsMatchingEntriesOnly()
{
    QVERIFY(write(QStringLiteral("remote.journal"),
                  {entry("kernel", 3, "Out of memory: Killed process 1 (history)")}));
    QString error;
    const auto watch = LogWatch::start(journalOnly(m_journalDir), m_stateDir, &error, {100, 1000});
    QVERIFY2(watch, qPrintable(error));
    QVERIFY(watch->watchesJournal());
    QList<LogEvent> events;
    connect(watch.get(), &LogWatch::matched, this, [&events](const QList<LogEvent> &more) { events += more; });
    watch->pollNow();
    QCOMPARE(messagesOf(events), QStringList());  // the first start begins at the journal's end

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(write(QStringLiteral("remote.journal"),
                  {entry("kernel", 3, "Out of memory: Killed process 23817 (java) total-vm:8123456kB"),
                   entry("CRON", 6, "(root) CMD (run-parts /etc/cron.hourly)"),
                   entry("systemd", 3, "Failed to start nginx.service - A high performance web server.", "nginx.service"),
                   entry("sshd", 6, "Accepted publickey for deploy"),
                   entry("app", 6, "line one\nDISK FULL on /srv")}));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 20000);
    QCOMPARE(events[0].pattern, QStringLiteral("oom-killer"));
    QCOMPARE(events[0].source, QStringLiteral("kernel"));
    QCOMPARE(events[0].severity, 3);
    QVERIFY(events[0].tsMs >= before - 1000 && events[0].tsMs <= QDateTime::currentMSecsSinceEpoch() + 1000);
    QCOMPARE(events[1].pattern, QStringLiteral("unit-failed"));
    QCOMPARE(events[1].unit, QStringLiteral("nginx.service"));
    QCOMPARE(events[2].pattern, QStringLiteral("keyword"));
    QCOMPARE(events[2].message, QStringLiteral("line one\nDISK FULL on /srv"));
    QCOMPARE(events[2].severity, 6);
    QVERIFY(QFile::exists(m_stateDir + QStringLiteral("/logwatch/journal.cursor")));
}

void JournalLogWatcherTest::resumesFromTheSavedCursor()
{
    QVERIFY(write(QStringLiteral("remote.journal"), {entry("app", 3, "NO SPACE LEFT 0 (history)")}));
    QList<LogEvent> events;
    const auto collect = [&events](const QList<LogEvent> &more) { events += more; };
    QString error;
    {
        const auto watch = LogWatch::start(journalOnly(m_journalDir), m_stateDir, &error, {100, 1000});
        QVERIFY2(watch, qPrintable(error));
        connect(watch.get(), &LogWatch::matched, this, collect);
        QVERIFY(write(QStringLiteral("remote.journal"),
                      {entry("app", 3, "NO SPACE LEFT 1"), entry("app", 6, "fine"), entry("app", 3, "NO SPACE LEFT 2")}));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 20000);
    }
    // Written while the agent is stopped: the restart must send these, and nothing it sent before.
    QVERIFY(write(QStringLiteral("remote.journal"),
                  {entry("app", 3, "NO SPACE LEFT 3"), entry("app", 6, "fine"), entry("app", 3, "NO SPACE LEFT 4")}));
    const auto restarted = LogWatch::start(journalOnly(m_journalDir), m_stateDir, &error, {100, 1000});
    QVERIFY2(restarted, qPrintable(error));
    connect(restarted.get(), &LogWatch::matched, this, collect);
    restarted->pollNow();
    QVERIFY(write(QStringLiteral("remote.journal"), {entry("app", 3, "NO SPACE LEFT 5")}));
    QTRY_COMPARE_WITH_TIMEOUT(messagesOf(events), (QStringList{"NO SPACE LEFT 1", "NO SPACE LEFT 2", "NO SPACE LEFT 3",
                                                              "NO SPACE LEFT 4", "NO SPACE LEFT 5"}),
                              20000);
}

void JournalLogWatcherTest::followsNewJournalFiles()
{
    QVERIFY(write(QStringLiteral("first.journal"), {entry("app", 6, "history")}));
    QString error;
    const auto watch = LogWatch::start(journalOnly(m_journalDir), m_stateDir, &error, {100, 1000});
    QVERIFY2(watch, qPrintable(error));
    QList<LogEvent> events;
    connect(watch.get(), &LogWatch::matched, this, [&events](const QList<LogEvent> &more) { events += more; });
    QVERIFY(write(QStringLiteral("second.journal"), {entry("kernel", 2, "INFO: task jbd2/sda1-8:312 blocked for more than 120 seconds.")}));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 20000);
    QCOMPARE(events[0].pattern, QStringLiteral("hung-task"));
    QCOMPARE(events[0].severity, 2);
}

void JournalLogWatcherTest::liveJournald()
{
    if (!QFile::exists(QStringLiteral("/run/systemd/journal/socket")) || !JournalLogWatcher::systemJournalAvailable())
        QSKIP("no journald runs here (no /run/systemd/journal/socket); the journal-file tests above cover sd-journal");
    LogWatchConfig config;
    config.journal = true;
    QString error;
    const auto watch = LogWatch::start(config, QString(), &error, {100, 1000});
    QVERIFY2(watch, qPrintable(error));
    QList<LogEvent> events;
    connect(watch.get(), &LogWatch::matched, this, [&events](const QList<LogEvent> &more) { events += more; });
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcess cat;
    cat.start(QStringLiteral("systemd-cat"), {QStringLiteral("-t"), QStringLiteral("mirrorstage-test"), QStringLiteral("-p"),
                                              QStringLiteral("err")});
    QVERIFY(cat.waitForStarted(30000));
    cat.write("DISK FULL " + marker.toUtf8() + '\n');
    cat.closeWriteChannel();
    QVERIFY(cat.waitForFinished(30000));
    QTRY_VERIFY_WITH_TIMEOUT(messagesOf(events).contains(QStringLiteral("DISK FULL ") + marker), 20000);
}

QTEST_GUILESS_MAIN(JournalLogWatcherTest)
#include "test_journal_log_watcher.moc"
