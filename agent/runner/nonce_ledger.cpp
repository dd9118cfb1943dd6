#include "nonce_ledger.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <fcntl.h>

Q_DECLARE_LOGGING_CATEGORY(lcRunner)

namespace mirrorstage::reflector {

// A line: "<forget after, ms> <nonce, hex> <command id, hex of UTF-8>\n". Hex, because an id is
// any text the console chose and must not be able to break a line.
QByteArray NonceLedger::keyOf(const QString &commandId, const QByteArray &nonce)
{
    return nonce.toHex() + ' ' + commandId.toUtf8().toHex();
}

std::unique_ptr<NonceLedger> NonceLedger::open(const QString &path, qint64 nowMs, QString *error)
{
    std::unique_ptr<NonceLedger> ledger(new NonceLedger);
    ledger->m_path = path;
    QFile existing(path);
    if (existing.exists() && !existing.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the command ledger %1: %2").arg(path, existing.errorString());
        return nullptr;
    }
    int dropped = 0;
    const QList<QByteArray> lines = existing.isOpen() ? existing.readAll().split('\n') : QList<QByteArray>();
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        const qint64 forgetAfter = fields.value(0).toLongLong(&ok);
        if (fields.size() != 3 || !ok || fields[1].isEmpty() || fields[2].isEmpty()) {
            ++dropped;
            continue;
        }
        if (forgetAfter > nowMs)
            ledger->m_forgetAfter.insert(fields[1] + ' ' + fields[2], forgetAfter);
    }
    if (dropped > 0)
        qCWarning(lcRunner).noquote() << path << ": dropped" << dropped << "unreadable line(s), left by a crash while writing";

    QByteArray compacted;
    for (auto it = ledger->m_forgetAfter.cbegin(); it != ledger->m_forgetAfter.cend(); ++it)
        compacted += QByteArray::number(it.value()) + ' ' + it.key() + '\n';
    if (!posix::replaceFileAtomically(path, compacted, error)
        || !posix::syncDirectory(QFileInfo(path).absolutePath(), error)) {
        return nullptr;
    }
    ledger->m_file = posix::openFile(path, O_WRONLY, error);
    if (!ledger->m_file.isValid())
        return nullptr;
    ledger->m_size = compacted.size();
    return ledger;
}

bool NonceLedger::contains(const QString &commandId, const QByteArray &nonce) const
{
    return m_forgetAfter.contains(keyOf(commandId, nonce));
}

bool NonceLedger::remember(const QString &commandId, const QByteArray &nonce, qint64 notAfterMs, qint64 nowMs,
                           QString *error)
{
    forgetExpired(nowMs);
    const QByteArray key = keyOf(commandId, nonce);
    const qint64 forgetAfter = notAfterMs + kClockSlackMs;
    const QByteArray line = QByteArray::number(forgetAfter) + ' ' + key + '\n';
    if (!posix::writeAt(m_file, m_path, line.constData(), line.size(), m_size, error)
        || !posix::syncData(m_file, m_path, error)) {
        // A part of the line may be on disk: cut it off, so that the next line starts clean. Should
        // that fail too, the next write lands on it (writes are positioned) and a reopen drops the rest.
        QString ignored;
        posix::truncateFile(m_file, m_path, m_size, &ignored);
        return false;
    }
    m_size += line.size();
    m_forgetAfter.insert(key, forgetAfter);
    return true;
}

void NonceLedger::forgetExpired(qint64 nowMs)
{
    m_forgetAfter.removeIf([nowMs](const QHash<QByteArray, qint64>::iterator it) { return it.value() <= nowMs; });
}

}  // namespace mirrorstage::reflector
