#include "system_root.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirrorstage::reflector {

SystemRoot::SystemRoot(QByteArray prefix)
    : m_prefix(std::move(prefix))
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
}

QByteArray SystemRoot::path(std::string_view relative) const
{
    QByteArray result;
    result.reserve(m_prefix.size() + qsizetype(relative.size()));
    result.append(m_prefix);
    result.append(relative.data(), qsizetype(relative.size()));
    return result;
}

int SystemRoot::read(std::string_view relative, QByteArray &buffer) const
{
    buffer.resize(0);
    const QByteArray file = path(relative);
    const int fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    constexpr qsizetype chunk = 4096;
    int error = 0;
    for (;;) {
        const qsizetype used = buffer.size();
        buffer.resize(used + chunk);
        const ssize_t got = ::read(fd, buffer.data() + used, chunk);
        if (got < 0) {
            if (errno == EINTR) {
                buffer.resize(used);
                continue;
            }
            error = errno;
            buffer.resize(used);
            break;
        }
        buffer.resize(used + got);
        if (got == 0)
            break;
    }
    ::close(fd);
    return error;
}

QList<QByteArray> SystemRoot::list(std::string_view relative) const
{
    QList<QByteArray> names;
    DIR *dir = ::opendir(path(relative).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        names.append(QByteArray(name));
    }
    ::closedir(dir);
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
