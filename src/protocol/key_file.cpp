#include "key_file.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirrorstage {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

std::optional<Ed25519Key> create(const QString &file, QString *error)
{
    const std::optional<Ed25519Key> key = Ed25519Key::generate();
    const QByteArray pem = key ? key->toPem() : QByteArray();
    if (pem.isEmpty()) {
        *error = KeyFile::tr("cannot generate an Ed25519 key (libcrypto failed)");
        return std::nullopt;
    }
    // O_EXCL: two agents starting at once never both write a key; 0600 from the first byte.
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = KeyFile::tr("cannot create %1: %2").arg(file, systemError());
        return std::nullopt;
    }
    const bool written = ::write(fd, pem.constData(), size_t(pem.size())) == pem.size() && ::fsync(fd) == 0;
    const QString writeError = systemError();
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(file).constData());
        *error = KeyFile::tr("cannot write %1: %2").arg(file, writeError);
        return std::nullopt;
    }
    return key;
}

}  // namespace

std::optional<Ed25519Key> KeyFile::loadOrCreate(const QString &path, QString *error)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 && errno == ENOENT)
        return create(path, error);
    return load(path, error);
}

std::optional<Ed25519Key> KeyFile::load(const QString &path, QString *error)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        *error = tr("cannot read %1: %2").arg(path, systemError());
        return std::nullopt;
    }
    if ((info.st_mode & 077) != 0) {
        *error = tr("%1 can be read by other users (mode %2); run `chmod 600 %1`")
                     .arg(path)
                     .arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return std::nullopt;
    }
    QFile keyFile(path);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, keyFile.errorString());
        return std::nullopt;
    }
    std::optional<Ed25519Key> key = Ed25519Key::fromPem(keyFile.readAll());
    if (!key)
        *error = tr("%1 is not an Ed25519 private key in PEM form").arg(path);
    return key;
}

}  // namespace mirrorstage
