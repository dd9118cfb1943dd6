#include "outbox_state_file.h"

#include "posix_file.h"

#include <QCborMap>
#include <QCborValue>
#include <QFile>

namespace mirrorstage::reflector {
namespace {

constexpr qint64 kFormat = 1;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

}  // namespace

std::optional<RemovedThrough> readOutboxState(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return RemovedThrough{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QCborValue root = QCborValue::fromCbor(file.readAll());
    const QCborValue removed = root.toMap().value(key("removed_through"));
    if (root.toMap().value(key("format")).toInteger() != kFormat || !removed.isMap()) {
        *error = QStringLiteral("%1: not an outbox state file of format %2").arg(path).arg(kFormat);
        return std::nullopt;
    }
    RemovedThrough result;
    const QCborMap boots = removed.toMap();
    for (auto it = boots.constBegin(); it != boots.constEnd(); ++it) {
        if (!it.key().isString() || !it.value().isInteger() || it.value().toInteger() < 0) {
            *error = QStringLiteral("%1: a boot's entry is malformed").arg(path);
            return std::nullopt;
        }
        result.insert(it.key().toString(), quint64(it.value().toInteger()));
    }
    return result;
}

bool writeOutboxState(const QString &path, const RemovedThrough &removed, QString *error)
{
    QCborMap boots;
    for (auto it = removed.constBegin(); it != removed.constEnd(); ++it)
        boots.insert(it.key(), qint64(it.value()));
    QCborMap root;
    root.insert(key("format"), kFormat);
    root.insert(key("removed_through"), boots);
    return posix::replaceFileAtomically(path, root.toCborValue().toCbor(), error);
}

}  // namespace mirrorstage::reflector
