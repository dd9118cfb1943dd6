#include "system_root.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <poll.h>
#include <sys/statfs.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirrorstage::reflector {

SystemRoot::SystemRoot(QByteArray prefix)
    : m_prefix(std::move(prefix))
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
}

SystemRoot::SystemRoot(SystemRoot &&other) noexcept
    : m_prefix(std::move(other.m_prefix))
    , m_open(std::move(other.m_open))
    , m_openFileLimit(other.m_openFileLimit)
{
    other.m_open.clear();
}

SystemRoot::~SystemRoot()
{
    for (const auto &[path, file] : m_open)
        ::close(file.fd);
}

QByteArray SystemRoot::path(std::string_view relative) const
{
    QByteArray result;
    result.reserve(m_prefix.size() + qsizetype(relative.size()));
    result.append(m_prefix);
    result.append(relative.data(), qsizetype(relative.size()));
    return result;
}

int SystemRoot::openFile(std::string_view relative, int *error) const
{
    const int fd = ::open(path(relative).constData(), O_RDONLY | O_CLOEXEC);
    *error = fd < 0 ? errno : 0;
    return fd;
}

int SystemRoot::readFrom(int fd, QByteArray &buffer, ReadMode mode) const
{
    // Most files fit in the buffer's capacity from the previous sample: one pread, no growth.
    buffer.resize(qMax<qsizetype>(buffer.capacity(), 4096));
    qsizetype used = 0;
    for (;;) {
        if (used == buffer.size())
            buffer.resize(buffer.size() * 2);
        const qsizetype wanted = buffer.size() - used;
        const ssize_t got = ::pread(fd, buffer.data() + used, size_t(wanted), used);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            buffer.resize(used);
            return error;
        }
        used += got;
        if (got == 0 || (mode == ReadMode::SingleRecord && got < wanted))
            break;
    }
    buffer.resize(used);
    return 0;
}

int SystemRoot::read(std::string_view relative, QByteArray &buffer, ReadMode mode)
{
    if (auto it = m_open.find(relative); it != m_open.end()) {
        it->second.usedSinceSweep = true;
        const int error = readFrom(it->second.fd, buffer, mode);
        if (error == 0)
            return 0;
        // The process exited or the device went away: forget this file, and look at the path again.
        ::close(it->second.fd);
        m_open.erase(it);
    }
    int error = 0;
    const int fd = openFile(relative, &error);
    if (fd < 0) {
        buffer.resize(0);
        return error;
    }
    error = readFrom(fd, buffer, mode);
    if (error == 0 && int(m_open.size()) < m_openFileLimit)
        m_open.emplace(std::string(relative), OpenFile{fd, true});
    else
        ::close(fd);
    return error;
}

qint64 SystemRoot::ownerOf(std::string_view relative) const
{
    struct stat info;
    if (const auto it = m_open.find(relative); it != m_open.end()) {
        if (::fstat(it->second.fd, &info) == 0)
            return info.st_uid;
    }
    if (::stat(path(relative).constData(), &info) == 0)
        return info.st_uid;
    return -1;
}

bool SystemRoot::mayHaveChanged(std::string_view relative)
{
    const auto it = m_open.find(relative);
    if (it == m_open.end())
        return true;
    OpenFile &file = it->second;
    file.usedSinceSweep = true;
    if (file.signalsChanges < 0) {
        struct statfs info;
        file.signalsChanges = ::fstatfs(file.fd, &info) == 0 && info.f_type == PROC_SUPER_MAGIC;
    }
    if (!file.signalsChanges)
        return true;
    pollfd poll{file.fd, POLLPRI, 0};
    if (::poll(&poll, 1, 0) < 0)
        return true;
    return (poll.revents & (POLLPRI | POLLERR)) != 0;
}

void SystemRoot::closeUnusedFiles()
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (!it->second.usedSinceSweep) {
            ::close(it->second.fd);
            it = m_open.erase(it);
        } else {
            it->second.usedSinceSweep = false;
            ++it;
        }
    }
}

QList<QByteArray> SystemRoot::list(std::string_view relative) const
{
    QList<QByteArray> names;
    forEachName(relative, [&](const char *name) { names.append(QByteArray(name)); });
    return names;
}

bool SystemRoot::exists(std::string_view relative) const
{
    struct stat info;
    return ::stat(path(relative).constData(), &info) == 0;
}

QString SystemRoot::describeError(int error)
{
    switch (error) {
    case ENOENT: return QStringLiteral("no such file");
    case EACCES:
    case EPERM: return QStringLiteral("permission denied");
    case ESRCH: return QStringLiteral("process vanished");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

}  // namespace mirrorstage::reflector
