#pragma once
// Follows the systemd journal through sd-journal and remembers its cursor.
//
//   auto journal = JournalLogWatcher::open({}, stateDir + "/logwatch/journal.cursor", &error);
//   connect(journal.get(), &JournalLogWatcher::linesRead, …);
//   journal->start();
//
// The first run starts at the journal's end (Options::startAtEnd); every later run at the entry
// after the saved cursor, which is saved after each batch has been handed on: a restart sends no
// entry twice and loses none. New entries are noticed through sd_journal_get_fd() (inotify) and a
// poll timer; new journal files in the directory are picked up by sd-journal itself.

#include "log_event.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <memory>

struct sd_journal;

namespace mirrorstage::reflector {

class JournalLogWatcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString directory;  // empty: the system journal (this machine's, runtime and persistent)
        bool startAtEnd = true;
        int pollIntervalMs = 1000;
        qsizetype maxMessageBytes = 16 * 1024;
        int maxEntriesPerPoll = 2000;  // the rest comes with the next turn of the event loop
    };

    // `cursorFile` empty: the cursor is kept in memory only. Null with *error when sd-journal
    // cannot open the journal.
    static std::unique_ptr<JournalLogWatcher> open(const Options &options, const QString &cursorFile, QString *error);
    ~JournalLogWatcher() override;

    // True when this process can read a system journal that holds at least one file.
    static bool systemJournalAvailable();

    // Seeks to where reading starts; the first read follows from the event loop.
    void start();
    // Reads the entries that are new now (the notifier and the timer call it).
    void poll();
    QString cursor() const { return m_cursor; }

signals:
    void linesRead(const QList<mirrorstage::reflector::LogLine> &lines);

private:
    JournalLogWatcher(sd_journal *journal, const Options &options, const QString &cursorFile);
    void seekStart();
    LogLine readEntry() const;
    QString field(const char *name) const;
    void saveCursor();

    sd_journal *m_journal = nullptr;
    Options m_options;
    QString m_cursorFile;
    QString m_cursor;
    bool m_currentIsUnread = false;  // the saved entry is gone; the one we stand on was not read
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_pollTimer;
    bool m_pollScheduled = false;
};

}  // namespace mirrorstage::reflector
