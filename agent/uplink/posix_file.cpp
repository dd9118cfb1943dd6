#include "posix_file.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace mirrorstage::reflector::posix {
namespace {

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

bool failWithErrno(const QString &path, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, qt_error_string(errno));
    return false;
}

template <typename Call>
auto retryOnInterrupt(Call call)
{
    decltype(call()) result;
    do {
        result = call();
    } while (result < 0 && errno == EINTR);
    return result;
}

}  // namespace

FileDescriptor &FileDescriptor::operator=(FileDescriptor &&other) noexcept
{
    if (this != &other) {
        reset();
        m_fd = other.release();
    }
    return *this;
}

int FileDescriptor::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

void FileDescriptor::reset()
{
    // close() is not retried on EINTR: on Linux the descriptor is gone either way.
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

FileDescriptor openFile(const QString &path, int flags, QString *error, int mode)
{
    const QByteArray name = nativePath(path);
    const int fd = retryOnInterrupt([&] { return ::open(name.constData(), flags | O_CLOEXEC, mode); });
    if (fd < 0)
        failWithErrno(path, error);
    return FileDescriptor(fd);
}

bool writeAt(const FileDescriptor &fd, const QString &path, const char *data, qint64 size, qint64 offset,
             QString *error)
{
    while (size > 0) {
        const ssize_t written = retryOnInterrupt([&] { return ::pwrite(fd.get(), data, size_t(size), off_t(offset)); });
        if (written < 0)
            return failWithErrno(path, error);
        data += written;
        size -= written;
        offset += written;
    }
    return true;
}

bool readAt(const FileDescriptor &fd, const QString &path, char *data, qint64 size, qint64 offset, QString *error)
{
    while (size > 0) {
        const ssize_t got = retryOnInterrupt([&] { return ::pread(fd.get(), data, size_t(size), off_t(offset)); });
        if (got < 0)
            return failWithErrno(path, error);
        if (got == 0) {
            if (error)
                *error = QStringLiteral("%1: the file is shorter than the outbox's index says").arg(path);
            return false;
        }
        data += got;
        size -= got;
        offset += got;
    }
    return true;
}

bool truncateFile(const FileDescriptor &fd, const QString &path, qint64 size, QString *error)
{
    if (retryOnInterrupt([&] { return ::ftruncate(fd.get(), off_t(size)); }) != 0)
        return failWithErrno(path, error);
    return true;
}

bool truncateFile(const QString &path, qint64 size, QString *error)
{
    const FileDescriptor fd = openFile(path, O_WRONLY, error);
    return fd.isValid() && truncateFile(fd, path, size, error);
}

bool syncData(const FileDescriptor &fd, const QString &path, QString *error)
{
    if (retryOnInterrupt([&] { return ::fdatasync(fd.get()); }) != 0)
        return failWithErrno(path, error);
    return true;
}

bool syncDirectory(const QString &directory, QString *error)
{
    const FileDescriptor fd = openFile(directory, O_RDONLY | O_DIRECTORY, error);
    if (!fd.isValid())
        return false;
    // Some filesystems cannot sync a directory (EINVAL); their renames are as durable as they get.
    if (retryOnInterrupt([&] { return ::fsync(fd.get()); }) != 0 && errno != EINVAL)
        return failWithErrno(directory, error);
    return true;
}

bool removeFile(const QString &path, QString *error)
{
    if (::unlink(nativePath(path).constData()) != 0 && errno != ENOENT)
        return failWithErrno(path, error);
    return true;
}

bool renameFile(const QString &from, const QString &to, QString *error)
{
    if (::rename(nativePath(from).constData(), nativePath(to).constData()) != 0)
        return failWithErrno(from, error);
    return true;
}

bool replaceFileAtomically(const QString &path, const QByteArray &content, QString *error)
{
    const QString temporary = path + QStringLiteral(".tmp");
    FileDescriptor fd = openFile(temporary, O_WRONLY | O_CREAT | O_TRUNC, error);
    if (!fd.isValid())
        return false;
    const bool written = writeAt(fd, temporary, content.constData(), content.size(), 0, error)
        && syncData(fd, temporary, error);
    fd.reset();
    if (!written || !renameFile(temporary, path, error)) {
        removeFile(temporary, nullptr);
        return false;
    }
    return true;
}

FileDescriptor lockFile(const QString &path, QString *error)
{
    FileDescriptor fd = openFile(path, O_RDWR | O_CREAT, error);
    if (!fd.isValid())
        return fd;
    if (retryOnInterrupt([&] { return ::flock(fd.get(), LOCK_EX | LOCK_NB); }) != 0) {
        failWithErrno(path, error);
        return {};
    }
    return fd;
}

}  // namespace mirrorstage::reflector::posix
