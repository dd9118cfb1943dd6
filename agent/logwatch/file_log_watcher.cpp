#include "file_log_watcher.h"

#include "logwatch_log.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirrorstage::reflector {

struct FileLogWatcher::Followed {
    QString path;
    int fd = -1;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 readOffset = 0;   // where the next read starts
    QByteArray pending;      // bytes after the last newline: a line still being written
    bool skipping = false;   // dropping the rest of an over-long line up to its newline
    bool seen = false;       // decided where to start (a file seen later starts at 0)

    // What a restart may skip: everything up to the last whole line handed on.
    qint64 consumed() const { return skipping ? readOffset : readOffset - pending.size(); }
};

namespace {

struct Identity {
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
};

std::optional<Identity> identityOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    return Identity{quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size)};
}

std::optional<Identity> identityOf(int fd)
{
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return std::nullopt;
    return Identity{quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size)};
}

}  // namespace

FileLogWatcher::FileLogWatcher(const QStringList &paths, const QString &stateFile, const Options &options, QObject *parent)
    : QObject(parent), m_stateFile(stateFile), m_options(options)
{
    for (const QString &path : paths) {
        auto file = std::make_unique<Followed>();
        file->path = path;
        m_files.push_back(std::move(file));
    }
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &FileLogWatcher::poll);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileLogWatcher::schedulePoll);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileLogWatcher::schedulePoll);
}

FileLogWatcher::~FileLogWatcher()
{
    for (auto &file : m_files)
        closeFile(*file);
}

void FileLogWatcher::start()
{
    loadPositions();
    for (auto &file : m_files) {
        if (file->seen)
            continue;
        // First sight: what is in the file already is history.
        if (const std::optional<Identity> now = identityOf(file->path)) {
            openAt(*file, m_options.startAtEnd ? now->size : 0);
            file->seen = true;
        }
    }
    m_positionsChanged = true;
    m_pollTimer.start();
    // The first read waits for the event loop, so that whoever started us can connect first.
    schedulePoll();
}

void FileLogWatcher::loadPositions()
{
    if (m_stateFile.isEmpty())
        return;
    QFile state(m_stateFile);
    if (!state.open(QIODevice::ReadOnly))
        return;
    const QJsonObject saved = QJsonDocument::fromJson(state.readAll()).object().value(QLatin1String("files")).toObject();
    for (auto &file : m_files) {
        const QJsonObject position = saved.value(file->path).toObject();
        if (position.isEmpty())
            continue;
        file->seen = true;  // known from an earlier run: whatever is there now is news
        const std::optional<Identity> now = identityOf(file->path);
        if (!now)
            continue;
        const bool sameFile = QString::number(now->device) == position.value(QLatin1String("device")).toString()
            && QString::number(now->inode) == position.value(QLatin1String("inode")).toString();
        const qint64 offset = qint64(position.value(QLatin1String("offset")).toDouble());
        // A different inode: rotated while the agent was down; a shorter file: truncated.
        openAt(*file, sameFile && offset <= now->size ? offset : 0);
    }
}

void FileLogWatcher::savePositions()
{
    if (m_stateFile.isEmpty() || !m_positionsChanged)
        return;
    QJsonObject files;
    for (const auto &file : m_files) {
        if (!file->seen)
            continue;
        // Device and inode as text: JSON numbers lose digits past 2^53.
        files.insert(file->path, QJsonObject{{QStringLiteral("device"), QString::number(file->device)},
                                             {QStringLiteral("inode"), QString::number(file->inode)},
                                             {QStringLiteral("offset"), file->consumed()}});
    }
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile state(m_stateFile);
    if (!state.open(QIODevice::WriteOnly)
        || state.write(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson()) < 0 || !state.commit()) {
        qCWarning(lcLogWatch).noquote() << "cannot save the read positions of log files in" << m_stateFile << ":"
                                        << state.errorString();
        return;
    }
    m_positionsChanged = false;
}

void FileLogWatcher::openAt(Followed &file, qint64 offset)
{
    closeFile(file);
    file.fd = ::open(QFile::encodeName(file.path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (file.fd < 0) {
        qCWarning(lcLogWatch).noquote() << "cannot read" << file.path << ":" << qt_error_string(errno);
        return;
    }
    const std::optional<Identity> opened = identityOf(file.fd);
    file.device = opened ? opened->device : 0;
    file.inode = opened ? opened->inode : 0;
    file.readOffset = offset;
    file.pending.clear();
    file.skipping = false;
    m_positionsChanged = true;
}

void FileLogWatcher::closeFile(Followed &file)
{
    if (file.fd >= 0)
        ::close(file.fd);
    file.fd = -1;
}

void FileLogWatcher::poll()
{
    m_pollScheduled = false;
    QList<LogLine> lines;
    bool more = false;
    for (auto &owned : m_files) {
        Followed &file = *owned;
        if (file.fd >= 0) {
            more |= readNew(file, lines);
            const std::optional<Identity> open = identityOf(file.fd);
            const std::optional<Identity> named = identityOf(file.path);
            if (open && named && open->device == named->device && open->inode == named->inode) {
                if (named->size < file.readOffset) {
                    qCInfo(lcLogWatch).noquote() << file.path << "was truncated; reading it from the start";
                    openAt(file, 0);
                    more |= readNew(file, lines);
                }
                continue;
            }
            // Rotated or deleted: the old file has been read to its end; a writer that still holds
            // it has nothing more to say that we could find again.
            if (!file.pending.isEmpty() && !file.skipping)
                addLine(file, file.pending, lines);
            closeFile(file);
            m_positionsChanged = true;
            if (!named) {
                file.inode = 0;
                continue;
            }
            qCInfo(lcLogWatch).noquote() << file.path << "was rotated; reading the new file from the start";
        } else if (!identityOf(file.path)) {
            continue;
        }
        // A file that appears (again, or for the first time after the start) is news from its first byte.
        openAt(file, 0);
        file.seen = true;
        more |= readNew(file, lines);
    }
    if (!lines.isEmpty())
        emit linesRead(lines);
    savePositions();
    watchPaths();
    if (more)
        schedulePoll();
}

bool FileLogWatcher::readNew(Followed &file, QList<LogLine> &lines)
{
    constexpr qint64 kChunk = 64 * 1024;
    qint64 budget = m_options.maxBytesPerPoll;
    while (budget > 0) {
        QByteArray chunk(qsizetype(qMin(kChunk, budget)), Qt::Uninitialized);
        const ssize_t got = ::pread(file.fd, chunk.data(), size_t(chunk.size()), file.readOffset);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            qCWarning(lcLogWatch).noquote() << "cannot read" << file.path << ":" << qt_error_string(errno);
            return false;
        }
        if (got == 0)
            return false;
        chunk.truncate(qsizetype(got));
        file.readOffset += got;
        budget -= got;
        m_positionsChanged = true;
        takeLines(file, std::move(chunk), lines);
    }
    return true;  // the budget ran out before the end of the file
}

void FileLogWatcher::takeLines(Followed &file, QByteArray chunk, QList<LogLine> &lines)
{
    qsizetype start = 0;
    for (qsizetype newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
        if (file.skipping) {
            file.skipping = false;
        } else {
            file.pending.append(chunk.constData() + start, newline - start);
            addLine(file, file.pending, lines);
        }
        file.pending.clear();
        start = newline + 1;
    }
    if (file.skipping)
        return;
    file.pending.append(chunk.constData() + start, chunk.size() - start);
    if (file.pending.size() > m_options.maxLineBytes) {
        // A line without end in sight: send its beginning now and drop the rest up to its newline.
        addLine(file, file.pending, lines);
        file.pending.clear();
        file.skipping = true;
    }
}

void FileLogWatcher::addLine(const Followed &file, QByteArray line, QList<LogLine> &lines)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > m_options.maxLineBytes)
        line.truncate(m_options.maxLineBytes);
    if (line.isEmpty())
        return;
    LogLine read;
    read.tsMs = QDateTime::currentMSecsSinceEpoch();
    read.source = file.path;
    read.message = QString::fromUtf8(line);  // invalid bytes become U+FFFD
    lines.append(read);
}

void FileLogWatcher::watchPaths()
{
    // QFileSystemWatcher forgets a file once it is renamed or deleted; watch it again when it is back,
    // and its directory so that its reappearance is noticed at once.
    QStringList wanted;
    for (const auto &file : m_files) {
        const QString directory = QFileInfo(file->path).absolutePath();
        if (!m_watcher.directories().contains(directory) && QFileInfo(directory).isDir() && !wanted.contains(directory))
            wanted.append(directory);
        if (file->fd >= 0 && !m_watcher.files().contains(file->path))
            wanted.append(file->path);
    }
    if (!wanted.isEmpty())
        m_watcher.addPaths(wanted);
}

void FileLogWatcher::schedulePoll()
{
    if (m_pollScheduled)
        return;
    m_pollScheduled = true;
    QTimer::singleShot(0, this, &FileLogWatcher::poll);
}

}  // namespace mirrorstage::reflector
