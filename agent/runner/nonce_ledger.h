#pragma once
// The commands this agent has acted on, so that a captured command frame sent again is refused
// "replayed", also after the agent restarts. One line per command in an append-only file of the
// state directory, made durable (fdatasync) before the command starts. A command is remembered
// until an hour after its not_after (by then it is refused as expired anyway; the hour covers a
// clock set back a little); the file is compacted to what is still remembered when it is opened.
// Not thread-safe: one thread owns it.

#include "posix_file.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace mirrorstage::reflector {

class NonceLedger {
    Q_DECLARE_TR_FUNCTIONS(NonceLedger)
public:
    static constexpr qint64 kClockSlackMs = 60 * 60 * 1000;

    // Reads and compacts `path` (created when missing). Null with *error when the file cannot be
    // read or written. Lines a crash cut short are dropped with a warning: their command never started.
    static std::unique_ptr<NonceLedger> open(const QString &path, qint64 nowMs, QString *error);

    bool contains(const QString &commandId, const QByteArray &nonce) const;
    // Appends and syncs. False with *error when the disk refused: the command must not run then.
    bool remember(const QString &commandId, const QByteArray &nonce, qint64 notAfterMs, qint64 nowMs, QString *error);
    qsizetype size() const { return m_forgetAfter.size(); }

private:
    NonceLedger() = default;
    static QByteArray keyOf(const QString &commandId, const QByteArray &nonce);
    void forgetExpired(qint64 nowMs);

    QString m_path;
    posix::FileDescriptor m_file;
    qint64 m_size = 0;
    QHash<QByteArray, qint64> m_forgetAfter;  // key -> ms since the epoch
};

}  // namespace mirrorstage::reflector
