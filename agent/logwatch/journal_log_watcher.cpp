#include "journal_log_watcher.h"

#include "logwatch_log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <systemd/sd-journal.h>
#include <cstdlib>
#include <cstring>

namespace mirrorstage::reflector {

std::unique_ptr<JournalLogWatcher> JournalLogWatcher::open(const Options &options, const QString &cursorFile,
                                                           QString *error)
{
    sd_journal *journal = nullptr;
    const int result = options.directory.isEmpty()
        ? sd_journal_open(&journal, SD_JOURNAL_LOCAL_ONLY)
        : sd_journal_open_directory(&journal, QFile::encodeName(options.directory).constData(), 0);
    if (result < 0) {
        *error = QCoreApplication::translate("JournalLogWatcher",
                                             "cannot open the journal %1: %2 (check that the agent may read it, e.g. "
                                             "as a member of the systemd-journal group)")
                     .arg(options.directory.isEmpty() ? QStringLiteral("of this system") : options.directory,
                          QString::fromLocal8Bit(std::strerror(-result)));
        return nullptr;
    }
    return std::unique_ptr<JournalLogWatcher>(new JournalLogWatcher(journal, options, cursorFile));
}

bool JournalLogWatcher::systemJournalAvailable()
{
    sd_journal *journal = nullptr;
    if (sd_journal_open(&journal, SD_JOURNAL_LOCAL_ONLY) < 0)
        return false;
    uint64_t bytes = 0;
    const bool hasFiles = sd_journal_get_usage(journal, &bytes) >= 0 && bytes > 0;
    sd_journal_close(journal);
    return hasFiles;
}

JournalLogWatcher::JournalLogWatcher(sd_journal *journal, const Options &options, const QString &cursorFile)
    : m_journal(journal), m_options(options), m_cursorFile(cursorFile)
{
    sd_journal_set_data_threshold(m_journal, size_t(m_options.maxMessageBytes));
    // sd-journal wants the descriptor asked for before the journal is first read, or it may miss
    // files added in between.
    const int fd = sd_journal_get_fd(m_journal);
    if (fd >= 0) {
        m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &JournalLogWatcher::poll);
        m_notifier->setEnabled(false);
    } else {
        qCWarning(lcLogWatch) << "the journal cannot be watched for changes; polling it every"
                              << m_options.pollIntervalMs << "ms";
    }
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &JournalLogWatcher::poll);
}

JournalLogWatcher::~JournalLogWatcher()
{
    m_notifier.reset();
    sd_journal_close(m_journal);
}

void JournalLogWatcher::start()
{
    seekStart();
    if (m_notifier)
        m_notifier->setEnabled(true);
    m_pollTimer.start();
    // The first read waits for the event loop, so that whoever started us can connect first.
    m_pollScheduled = true;
    QTimer::singleShot(0, this, &JournalLogWatcher::poll);
}

void JournalLogWatcher::seekStart()
{
    QByteArray saved;
    if (QFile file(m_cursorFile); !m_cursorFile.isEmpty() && file.open(QIODevice::ReadOnly))
        saved = file.readAll().trimmed();
    if (!saved.isEmpty() && sd_journal_seek_cursor(m_journal, saved.constData()) >= 0) {
        m_cursor = QString::fromLatin1(saved);
        // Stand on the saved entry, so that the next read is the one after it. When it has been
        // vacuumed away, sd-journal stands on the entry after it instead, and that one is unread.
        if (sd_journal_next(m_journal) > 0 && sd_journal_test_cursor(m_journal, saved.constData()) <= 0)
            m_currentIsUnread = true;
        return;
    }
    if (!saved.isEmpty())
        qCWarning(lcLogWatch).noquote() << "the saved journal cursor in" << m_cursorFile
                                        << "is not valid; starting at the journal's" << (m_options.startAtEnd ? "end" : "start");
    if (m_options.startAtEnd) {
        sd_journal_seek_tail(m_journal);
        // Without stepping back onto the last entry, the first sd_journal_next() would return it.
        sd_journal_previous(m_journal);
    } else {
        sd_journal_seek_head(m_journal);
    }
}

void JournalLogWatcher::poll()
{
    m_pollScheduled = false;
    sd_journal_process(m_journal);  // also re-arms the descriptor
    QList<LogLine> lines;
    int read = 0;
    while (read < m_options.maxEntriesPerPoll) {
        if (m_currentIsUnread) {
            m_currentIsUnread = false;
        } else {
            const int stepped = sd_journal_next(m_journal);
            if (stepped < 0)
                qCWarning(lcLogWatch) << "reading the journal failed:" << std::strerror(-stepped);
            if (stepped <= 0)
                break;
        }
        ++read;
        LogLine line = readEntry();
        if (!line.message.isEmpty())
            lines.append(std::move(line));
    }
    if (read == 0)
        return;
    if (!lines.isEmpty())
        emit linesRead(lines);
    saveCursor();
    if (read == m_options.maxEntriesPerPoll && !m_pollScheduled) {
        m_pollScheduled = true;
        QTimer::singleShot(0, this, &JournalLogWatcher::poll);
    }
}

LogLine JournalLogWatcher::readEntry() const
{
    LogLine line;
    uint64_t usec = 0;
    if (sd_journal_get_realtime_usec(m_journal, &usec) >= 0)
        line.tsMs = qint64(usec / 1000);
    line.message = field("MESSAGE");
    bool ok = false;
    const int priority = field("PRIORITY").toInt(&ok);
    if (ok && priority >= 0 && priority <= 7)
        line.priority = priority;
    const QString identifier = field("SYSLOG_IDENTIFIER");
    const QString systemdUnit = field("_SYSTEMD_UNIT");
    line.source = !identifier.isEmpty() ? identifier : !systemdUnit.isEmpty() ? systemdUnit : QStringLiteral("journal");
    line.originUnit = !systemdUnit.isEmpty() ? systemdUnit : identifier;
    line.namedUnit = field("UNIT");
    if (line.namedUnit.isEmpty())
        line.namedUnit = field("USER_UNIT");
    return line;
}

QString JournalLogWatcher::field(const char *name) const
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(m_journal, name, &data, &length) < 0)
        return {};
    // sd-journal returns "NAME=value".
    const size_t prefix = std::strlen(name) + 1;
    if (length < prefix)
        return {};
    const qsizetype size = qsizetype(qMin<size_t>(length - prefix, size_t(m_options.maxMessageBytes)));
    return QString::fromUtf8(static_cast<const char *>(data) + prefix, size);
}

void JournalLogWatcher::saveCursor()
{
    char *cursor = nullptr;
    if (sd_journal_get_cursor(m_journal, &cursor) < 0)
        return;
    m_cursor = QString::fromLatin1(cursor);
    std::free(cursor);
    if (m_cursorFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_cursorFile).absolutePath());
    QSaveFile file(m_cursorFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_cursor.toLatin1() + '\n') < 0 || !file.commit())
        qCWarning(lcLogWatch).noquote() << "cannot save the journal cursor in" << m_cursorFile << ":" << file.errorString();
}

}  // namespace mirrorstage::reflector
