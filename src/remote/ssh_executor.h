#pragma once
// The asynchronous face of SshSession: connect, check the host key, read the secrets the login
// needs from the keychain, log in and run one command, all on a thread of the remote library's
// pool; output and the result come back as signals on the executor's own thread. One command
// per executor at a time.

#include "ssh_session.h"

#include <QObject>
#include <memory>

namespace mirrorstage::remote {

class SshExecutor : public QObject {
    Q_OBJECT
public:
    explicit SshExecutor(KnownHosts knownHosts, QObject *parent = nullptr);
    ~SshExecutor() override;  // a command still running is cancelled (killed on the host)

    static constexpr int kConnectTimeoutMs = 15'000;

    // credentials: when nullopt they are read from the keychain (CredentialReader) on the pool thread.
    void run(const SshTarget &target, const QString &command, const ExecLimits &limits,
             std::optional<SshCredentials> credentials = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void output(const QString &stream, const QByteArray &data);
    // The presented host key comes along, so that a caller can offer to accept an unknown one.
    void finished(const mirrorstage::remote::ExecResult &result, const mirrorstage::remote::HostKey &hostKey);

private:
    struct Link;
    KnownHosts m_knownHosts;
    std::shared_ptr<Link> m_link;
    bool m_running = false;
};

}  // namespace mirrorstage::remote

class QThreadPool;
namespace mirrorstage::remote {
// The pool every blocking SSH call of the console runs on (apart from Qt's global pool, so that
// slow hosts never hold up anything else).
QThreadPool &sshThreadPool();
}  // namespace mirrorstage::remote
