#pragma once
// Log watching, assembled from the `log_watch` configuration: the journal and files are read, each
// line is held against the patterns, and what matches (within the rate limit) comes out as events.
//
//   auto watch = LogWatch::start(config.logWatch, stateDir, &error);   // stateDir "": nothing saved
//   connect(watch.get(), &LogWatch::matched, stream, &AgentStream::enqueueLogs);
//
// Read positions are saved right after `matched` returns, so a receiver that stores the events
// before it returns (the outbox does) makes a restart lose nothing.

#include "file_log_watcher.h"
#include "journal_log_watcher.h"
#include "log_rate_limiter.h"
#include "log_watch_config.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace mirrorstage::reflector {

struct LogWatchTiming {
    int pollIntervalMs = 1000;
    int summaryIntervalMs = 5000;  // how often ended rate-limit minutes are summarised
};

class LogWatch : public QObject {
    Q_OBJECT
public:
    // Null with *error when an explicitly configured journal cannot be opened.
    static std::unique_ptr<LogWatch> start(const LogWatchConfig &config, const QString &stateDir, QString *error,
                                           const LogWatchTiming &timing = {});
    ~LogWatch() override;

    bool watchesJournal() const { return m_journal != nullptr; }
    qsizetype fileCount() const { return m_fileCount; }
    void pollNow();  // reads what is new at once (tests, and the first turn after start)

signals:
    void matched(const QList<mirrorstage::reflector::LogEvent> &events);

private:
    LogWatch(const LogWatchConfig &config, const LogWatchTiming &timing);
    void consider(const QList<LogLine> &lines);
    void summarise();

    LogPatternSet m_patterns;
    LogRateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_summaryTimer;
    std::unique_ptr<FileLogWatcher> m_files;
    std::unique_ptr<JournalLogWatcher> m_journal;
    qsizetype m_fileCount = 0;
};

}  // namespace mirrorstage::reflector
