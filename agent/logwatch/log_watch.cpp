#include "log_watch.h"

#include "logwatch_log.h"

#include <QDateTime>

namespace mirrorstage::reflector {

Q_LOGGING_CATEGORY(lcLogWatch, "mirrorstage.logwatch")

LogWatch::LogWatch(const LogWatchConfig &config, const LogWatchTiming &timing)
    : m_patterns(config.patternSet()), m_limiter(config.maxPerMinute)
{
    m_clock.start();
    m_summaryTimer.setInterval(timing.summaryIntervalMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &LogWatch::summarise);
}

LogWatch::~LogWatch() = default;

std::unique_ptr<LogWatch> LogWatch::start(const LogWatchConfig &config, const QString &stateDir, QString *error,
                                          const LogWatchTiming &timing)
{
    std::unique_ptr<LogWatch> watch(new LogWatch(config, timing));
    const QString positions = stateDir.isEmpty() ? QString() : stateDir + QStringLiteral("/logwatch");

    const bool wantJournal = config.journal.value_or(!config.journalDirectory.isEmpty()
                                                     || JournalLogWatcher::systemJournalAvailable());
    if (wantJournal) {
        JournalLogWatcher::Options options;
        options.directory = config.journalDirectory;
        options.startAtEnd = config.startAtEnd;
        options.pollIntervalMs = timing.pollIntervalMs;
        watch->m_journal = JournalLogWatcher::open(
            options, positions.isEmpty() ? QString() : positions + QStringLiteral("/journal.cursor"), error);
        if (!watch->m_journal)
            return nullptr;
        connect(watch->m_journal.get(), &JournalLogWatcher::linesRead, watch.get(), &LogWatch::consider);
    } else if (!config.journal.has_value()) {
        qCInfo(lcLogWatch) << "no system journal to read here; the journal is not watched";
    }
    if (!config.files.isEmpty()) {
        FileLogWatcher::Options options;
        options.startAtEnd = config.startAtEnd;
        options.pollIntervalMs = timing.pollIntervalMs;
        watch->m_files = std::make_unique<FileLogWatcher>(
            config.files, positions.isEmpty() ? QString() : positions + QStringLiteral("/files.json"), options);
        watch->m_fileCount = config.files.size();
        connect(watch->m_files.get(), &FileLogWatcher::linesRead, watch.get(), &LogWatch::consider);
    }
    if (watch->m_journal)
        watch->m_journal->start();
    if (watch->m_files)
        watch->m_files->start();
    watch->m_summaryTimer.start();
    qCInfo(lcLogWatch).noquote() << (watch->m_journal ? "watching the journal and" : "watching") << watch->m_fileCount
                                 << "files for" << watch->m_patterns.patterns().size() << "patterns";
    return watch;
}

void LogWatch::pollNow()
{
    if (m_journal)
        m_journal->poll();
    if (m_files)
        m_files->poll();
    summarise();
}

void LogWatch::consider(const QList<LogLine> &lines)
{
    QList<LogEvent> events;
    for (const LogLine &line : lines) {
        std::optional<LogEvent> event = m_patterns.match(line);
        if (event && m_limiter.admit(event->pattern, m_clock.elapsed()))
            events.append(std::move(*event));
    }
    if (!events.isEmpty())
        emit matched(events);
}

void LogWatch::summarise()
{
    const QList<LogEvent> summaries = m_limiter.summaries(m_clock.elapsed(), QDateTime::currentMSecsSinceEpoch());
    if (!summaries.isEmpty())
        emit matched(summaries);
}

}  // namespace mirrorstage::reflector
