#pragma once
// One SSH connection through libssh, blocking: call it on a worker thread (SshExecutor and the
// agent installer do). The order is fixed so that nothing reaches a host whose key is not known:
// connect, check the host key against KnownHosts (an unknown or changed key stops here, before
// authentication), log in, then run commands or copy files.

#include "known_hosts.h"
#include "ssh_target.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mirrorstage::remote {

enum class SshErrorKind { None, ConnectFailed, HostKeyUnknown, HostKeyChanged, HostKeyError, AuthFailed, ChannelFailed, TransferFailed, Cancelled };

QString sshErrorKindKey(SshErrorKind kind);  // "connect-failed", "host-key-unknown", ...

struct SshError {
    SshErrorKind kind = SshErrorKind::None;
    QString message;       // what happened and what to do, for the operator
    HostKeyCheck hostKey;  // for the host key kinds: the fingerprints
    bool isError() const { return kind != SshErrorKind::None; }
};

struct ExecLimits {
    qint64 timeoutMs = 60'000;
    qint64 outputCapBytes = 1024 * 1024;  // per stream; the rest is read and dropped
};

struct ExecResult {
    SshError error;                   // kind None when the command ran (whatever its exit status)
    std::optional<int> exitStatus;    // none when the command was killed or the channel broke
    bool timedOut = false;
    bool truncated = false;           // a stream went over the cap
    QByteArray stdoutData, stderrData;  // what was kept, at most the cap each
    qint64 stdoutBytes = 0, stderrBytes = 0;  // everything the command wrote
    qint64 durationMs = 0;
    bool succeeded() const { return !error.isError() && !timedOut && exitStatus == 0; }
};

// Live output: stream is "stdout" or "stderr"; only what is kept (within the cap) is passed on.
using OutputSink = std::function<void(const QString &stream, const QByteArray &data)>;

class SshSession {
    Q_DECLARE_TR_FUNCTIONS(SshSession)
public:
    SshSession(SshTarget target, KnownHosts knownHosts);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects and checks the host key. false with *error (HostKeyUnknown and HostKeyChanged
    // carry the fingerprints) when the key is not known: authentication has not begun then.
    bool connectAndVerify(int timeoutMs, SshError *error);
    // The key the host presented and how it checked out (after connectAndVerify()).
    HostKey presentedKey() const { return m_hostKey; }
    HostKeyCheck hostKeyCheck() const { return m_check; }

    bool authenticate(const SshCredentials &credentials, SshError *error);

    // Runs `command` through the login shell. On timeout the command is sent TERM, then KILL,
    // and the channel closed. cancel, when set, ends the command the same way.
    ExecResult exec(const QString &command, const ExecLimits &limits, const OutputSink &sink = {},
                    const std::atomic<bool> *cancel = nullptr);

    // Copies over SFTP to remotePath (then chmod mode). The folder must exist.
    bool upload(const QString &localPath, const QString &remotePath, int mode, SshError *error);
    bool writeFile(const QByteArray &contents, const QString &remotePath, int mode, SshError *error);

private:
    struct Handles;
    bool openSftp(SshError *error);
    bool sftpWrite(const std::function<qint64(char *, qint64)> &next, const QString &remotePath, int mode,
                   SshError *error);
    QString libsshError() const;

    SshTarget m_target;
    KnownHosts m_knownHosts;
    std::unique_ptr<Handles> m_handles;
    HostKey m_hostKey;
    HostKeyCheck m_check;
};

// Frees what OpenSSL keeps for the calling thread (libssh's random generator, error queue). A
// pool thread that did SSH work calls it when its job ends: left to thread exit, it races the
// process's exit and shows up as a leak.
void releaseThreadCrypto();

// Connect, verify and log in, in one: what most callers want.
std::unique_ptr<SshSession> openSshSession(const SshTarget &target, const SshCredentials &credentials,
                                           const KnownHosts &knownHosts, int timeoutMs, SshError *error);

}  // namespace mirrorstage::remote
