#pragma once
// Follows plain log files the way `tail -F` does, and remembers how far it read.
//
//   FileLogWatcher files({"/var/log/syslog"}, stateDir + "/logwatch/files.json", {});
//   connect(&files, &FileLogWatcher::linesRead, …);   // whole lines, oldest first
//   files.start();
//
// - A file seen for the first time is read from its end (Options::startAtEnd) — history is not news;
//   a file that appears after the start, or a new file after a rotation, is read from its beginning.
// - Its position (device, inode, offset) is saved after every batch of lines has been handed on, so a
//   restart resumes where the last run stopped: no line twice, none lost (but lines written to a file
//   that was rotated away while the agent was down).
// - Rotation by rename (logrotate's `create`): the old file is read to its end, then the new one from
//   its start. Truncation (`copytruncate`): read again from the start. A deleted file is read to its
//   end and closed; when it comes back it is read from its start.
// - A line counts once its newline arrives. Lines longer than maxLineBytes are cut; bytes that are
//   not UTF-8 become U+FFFD.
// Changes are noticed through QFileSystemWatcher and, since inotify misses some renames, a poll timer.

#include "log_event.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace mirrorstage::reflector {

class FileLogWatcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool startAtEnd = true;
        int pollIntervalMs = 1000;
        qsizetype maxLineBytes = 16 * 1024;
        qint64 maxBytesPerPoll = 8 * 1024 * 1024;  // per file; the rest comes with the next poll
    };

    // `stateFile` empty: positions are kept in memory only.
    FileLogWatcher(const QStringList &paths, const QString &stateFile, const Options &options, QObject *parent = nullptr);
    ~FileLogWatcher() override;

    // Seeks to where reading starts; the first read follows from the event loop.
    void start();
    // Reads whatever is new in every file now (the timer and the file system watcher call it).
    void poll();

signals:
    void linesRead(const QList<mirrorstage::reflector::LogLine> &lines);

private:
    struct Followed;

    void loadPositions();
    void savePositions();
    void openAt(Followed &file, qint64 offset);
    void closeFile(Followed &file);
    bool readNew(Followed &file, QList<LogLine> &lines);
    void takeLines(Followed &file, QByteArray chunk, QList<LogLine> &lines);
    void addLine(const Followed &file, QByteArray line, QList<LogLine> &lines);
    void watchPaths();
    void schedulePoll();

    QString m_stateFile;
    Options m_options;
    std::vector<std::unique_ptr<Followed>> m_files;
    QFileSystemWatcher m_watcher;
    QTimer m_pollTimer;
    bool m_pollScheduled = false;
    bool m_positionsChanged = false;
};

}  // namespace mirrorstage::reflector
