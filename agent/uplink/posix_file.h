#pragma once
// The few POSIX file calls the outbox needs and QFile does not offer: positioned writes and reads
// with their errno reported, fdatasync, fsync of a directory (so a new, renamed or removed file
// survives a power cut), and an advisory lock that the kernel drops when its holder dies, kill -9
// included. The agent runs on Linux only.
//
// Every function that can fail returns false and sets *error to "<path>: <system message>".

#include <QString>

namespace mirrorstage::reflector::posix {

class FileDescriptor {
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() { reset(); }
    FileDescriptor(FileDescriptor &&other) noexcept : m_fd(other.release()) {}
    FileDescriptor &operator=(FileDescriptor &&other) noexcept;
    Q_DISABLE_COPY(FileDescriptor)

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release();
    void reset();

private:
    int m_fd = -1;
};

// flags as for open(2); O_CLOEXEC is always added.
FileDescriptor openFile(const QString &path, int flags, QString *error, int mode = 0600);

bool writeAt(const FileDescriptor &fd, const QString &path, const char *data, qint64 size, qint64 offset,
             QString *error);
// A short read (the file is shorter than asked) is an error too.
bool readAt(const FileDescriptor &fd, const QString &path, char *data, qint64 size, qint64 offset, QString *error);
bool truncateFile(const FileDescriptor &fd, const QString &path, qint64 size, QString *error);
bool truncateFile(const QString &path, qint64 size, QString *error);
bool syncData(const FileDescriptor &fd, const QString &path, QString *error);
bool syncDirectory(const QString &directory, QString *error);
bool removeFile(const QString &path, QString *error);
bool renameFile(const QString &from, const QString &to, QString *error);

// Writes `path.tmp`, syncs it and renames it over `path`: a reader sees the old or the new
// content, never a mix. The directory entry is made durable by the caller's syncDirectory().
bool replaceFileAtomically(const QString &path, const QByteArray &content, QString *error);

// Takes an exclusive lock on `path` (created if needed) without waiting. Fails with a message
// when another process, or another open in this process, holds it.
FileDescriptor lockFile(const QString &path, QString *error);

}  // namespace mirrorstage::reflector::posix
