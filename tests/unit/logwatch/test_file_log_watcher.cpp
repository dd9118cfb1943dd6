// FileLogWatcher against real files in a temporary directory: appends, partial lines, rotation by
// rename and create (logrotate's default), copytruncate, deletion, files that appear later, and a
// restart that resumes from the saved position.
#include "file_log_watcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage::reflector;

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Collects what a watcher hands on, message by message.
class Reader {
public:
    Reader(const QStringList &paths, const QString &stateFile, bool startAtEnd = true)
    {
        FileLogWatcher::Options options;
        options.startAtEnd = startAtEnd;
        options.maxLineBytes = 100;
        options.pollIntervalMs = 50;
        watcher = std::make_unique<FileLogWatcher>(paths, stateFile, options);
        QObject::connect(watcher.get(), &FileLogWatcher::linesRead, [this](const QList<LogLine> &lines) {
            for (const LogLine &line : lines) {
                messages.append(line.message);
                sources.append(line.source);
            }
        });
        watcher->start();
    }

    // What the next poll reads.
    QStringList poll()
    {
        messages.clear();
        watcher->poll();
        return messages;
    }

    std::unique_ptr<FileLogWatcher> watcher;
    QStringList messages;
    QStringList sources;
};

}  // namespace

class FileLogWatcherTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void startsAtTheEndAndReadsAppendedLines();
    void startsAtTheBeginningWhenAsked();
    void partialLineWaitsForItsNewline();
    void rotationByRenameAndCreate();
    void copyTruncate();
    void deletedAndRecreated();
    void fileThatAppearsLaterIsReadFromItsStart();
    void restartResumesWithoutDuplicatesOrLosses();
    void rotationWhileStopped();
    void longLinesAreCutAndBadBytesReplaced();
    void noticesChangesOnItsOwn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_log;
    QString m_state;
};

void FileLogWatcherTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = m_dir->filePath(QStringLiteral("app.log"));
    m_state = m_dir->filePath(QStringLiteral("state/files.json"));
}

void FileLogWatcherTest::startsAtTheEndAndReadsAppendedLines()
{
    append(m_log, "history 1\nhistory 2\n");
    Reader reader({m_log}, m_state);
    QCOMPARE(reader.poll(), QStringList());
    append(m_log, "first\r\nsecond\n\n");
    QCOMPARE(reader.poll(), (QStringList{"first", "second"}));
    QCOMPARE(reader.sources, (QStringList{m_log, m_log}));
    QCOMPARE(reader.poll(), QStringList());
}

void FileLogWatcherTest::startsAtTheBeginningWhenAsked()
{
    append(m_log, "history 1\nhistory 2\n");
    Reader reader({m_log}, m_state, false);
    QCOMPARE(reader.poll(), (QStringList{"history 1", "history 2"}));
}

void FileLogWatcherTest::partialLineWaitsForItsNewline()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);
    append(m_log, "complete\nhalf of a li");
    QCOMPARE(reader.poll(), QStringList{"complete"});
    QCOMPARE(reader.poll(), QStringList());
    append(m_log, "ne\nnext\n");
    QCOMPARE(reader.poll(), (QStringList{"half of a line", "next"}));
}

void FileLogWatcherTest::rotationByRenameAndCreate()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);
    append(m_log, "a\n");
    QCOMPARE(reader.poll(), QStringList{"a"});
    // The writer adds a line, logrotate renames the file and creates a new one, the writer reopens.
    append(m_log, "b, still in the old file\n");
    QVERIFY(QFile::rename(m_log, m_log + QStringLiteral(".1")));
    append(m_log, "c, in the new file\n");
    QCOMPARE(reader.poll(), (QStringList{"b, still in the old file", "c, in the new file"}));
    append(m_log, "d\n");
    QCOMPARE(reader.poll(), QStringList{"d"});
}

void FileLogWatcherTest::copyTruncate()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);
    append(m_log, "a long line before the truncation\n");
    QCOMPARE(reader.poll(), QStringList{"a long line before the truncation"});
    QVERIFY(QFile::copy(m_log, m_log + QStringLiteral(".1")));
    QVERIFY(QFile::resize(m_log, 0));
    append(m_log, "after\n");
    QCOMPARE(reader.poll(), QStringList{"after"});
}

void FileLogWatcherTest::deletedAndRecreated()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);
    append(m_log, "last words\n");
    QVERIFY(QFile::remove(m_log));
    QCOMPARE(reader.poll(), QStringList{"last words"});
    QCOMPARE(reader.poll(), QStringList());
    append(m_log, "born again\n");
    QCOMPARE(reader.poll(), QStringList{"born again"});
}

void FileLogWatcherTest::fileThatAppearsLaterIsReadFromItsStart()
{
    const QString later = m_dir->filePath(QStringLiteral("later/new.log"));
    Reader reader({m_log, later}, m_state);
    QCOMPARE(reader.poll(), QStringList());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("later"))));
    append(later, "one\ntwo\n");
    QCOMPARE(reader.poll(), (QStringList{"one", "two"}));
    QCOMPARE(reader.sources, (QStringList{later, later}));
}

void FileLogWatcherTest::restartResumesWithoutDuplicatesOrLosses()
{
    append(m_log, "history\n");
    {
        Reader first({m_log}, m_state);
        append(m_log, "1\n2\nthree, half");
        QCOMPARE(first.poll(), (QStringList{"1", "2"}));
    }
    append(m_log, " and the rest\n4\n");
    Reader second({m_log}, m_state);
    QCOMPARE(second.poll(), (QStringList{"three, half and the rest", "4"}));
    QCOMPARE(second.poll(), QStringList());
    append(m_log, "5\n");
    QCOMPARE(second.poll(), QStringList{"5"});
    second.watcher.reset();

    Reader third({m_log}, m_state);
    QCOMPARE(third.poll(), QStringList());
}

void FileLogWatcherTest::rotationWhileStopped()
{
    append(m_log, "");
    {
        Reader first({m_log}, m_state);
        append(m_log, "1\n");
        QCOMPARE(first.poll(), QStringList{"1"});
    }
    QVERIFY(QFile::rename(m_log, m_log + QStringLiteral(".1")));
    append(m_log, "written after the rotation\n");
    Reader second({m_log}, m_state);
    QCOMPARE(second.poll(), QStringList{"written after the rotation"});
}

void FileLogWatcherTest::longLinesAreCutAndBadBytesReplaced()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);  // lines are cut at 100 bytes
    append(m_log, QByteArray(150, 'x') + "\nbad \xff\xfe bytes\n" + QByteArray(250, 'y'));
    QCOMPARE(reader.poll(), (QStringList{QString(100, QLatin1Char('x')), QStringLiteral("bad \uFFFD\uFFFD bytes"),
                                         QString(100, QLatin1Char('y'))}));
    append(m_log, "yyy end of the long line\nshort\n");
    QCOMPARE(reader.poll(), QStringList{"short"});
}

void FileLogWatcherTest::noticesChangesOnItsOwn()
{
    append(m_log, "");
    Reader reader({m_log}, m_state);
    append(m_log, "seen without a poll\n");
    QTRY_COMPARE_WITH_TIMEOUT(reader.messages, QStringList{"seen without a poll"}, 10000);
    QVERIFY(QFile::rename(m_log, m_log + QStringLiteral(".1")));
    append(m_log, "and after a rename\n");
    QTRY_COMPARE_WITH_TIMEOUT(reader.messages, (QStringList{"seen without a poll", "and after a rename"}), 10000);
}

QTEST_GUILESS_MAIN(FileLogWatcherTest)
#include "test_file_log_watcher.moc"
