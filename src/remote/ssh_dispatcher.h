#pragma once
// Approved commands over SSH, for hosts whose agent is not there: the console's remediation loop
// hands an execution here when the hub cannot send it to the host's agent. The same rules apply
// as for agents: the command is signed with the console's key and the signature goes into the
// audit log with the dispatch; the execution's own timeout; a 1 MiB cap per stream; live output;
// the exit status. A host whose key is unknown or changed runs nothing: the execution is refused
// with code host-key-unknown (the fingerprint in the reason: accept it with msctl ssh trust or
// the window, then approve again) or host-key-changed.
//
// Lives on the thread of the store connection it is given.

#include "ed25519.h"
#include "execution_repository.h"
#include "known_hosts.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace mirrorstage::remote {

class SshExecutor;

class SshDispatcher : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kOutputCapBytes = 1024 * 1024;
    static constexpr qint64 kTailBytes = 4096;

    SshDispatcher(const QSqlDatabase &db, Ed25519Key consoleKey, KnownHosts knownHosts, QObject *parent = nullptr);
    ~SshDispatcher() override;

    // True when the execution's host has SSH details: it is then marked dispatched over "ssh" and
    // runs; finished() follows. False (and nothing changed) when the host has none.
    bool dispatch(const store::ExecutionRecord &execution);
    bool isRunning(const QString &executionId) const { return m_running.contains(executionId); }

signals:
    void output(const QString &executionId, const QString &stream, const QByteArray &data);
    void finished(const QString &executionId);

private:
    QSqlDatabase m_db;
    Ed25519Key m_consoleKey;
    KnownHosts m_knownHosts;
    QHash<QString, SshExecutor *> m_running;
};

}  // namespace mirrorstage::remote
