#pragma once
// "Install agent over SSH": puts the reflector on a host and watches it enrol, step by step:
//
//   token     a one-time enrollment token (store::EnrollmentOffer) for the agent's configuration
//   connect   to the host; host-key: its key must be known (an unknown one stops here, with the
//             fingerprint to accept); login
//   upload    the reflector binary over SFTP to PREFIX/bin (agent_unit.h has the layout)
//   config    the agent's configuration (mode 0600): console endpoint, console public key, token
//   unit      the hardened systemd unit
//   start     systemctl daemon-reload and enable --now; or, where no systemd runs on the host (no
//             /run/systemd/system) or useSystemd is off, a plain start of the binary in the
//             background (nohup, log and pid file under the prefix), and the step says so
//   enroll    waits until the agent used the token and is accepted in the store
//
// progress() reports every step (state "running", "done" or "failed"); the first failure stops
// the install and finished() says what went wrong. Lives on the thread of the store connection
// it is given; the SSH part runs on a thread of its own.

#include "agent_unit.h"
#include "known_hosts.h"
#include "ssh_session.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QThread;

namespace mirrorstage::remote {

struct InstallRequest {
    SshTarget target;
    QString hostName;  // the host's SSH details in the store: linked to the agent once it enrolled
    AgentLayout layout;
    QString reflectorBinary;  // the local reflector to copy
    QString endpoint;         // the console as the agent reaches it: ws://host:port/agents
    bool useSystemd = true;   // false: a plain start even where systemd runs
    qint64 enrollTimeoutMs = 120'000;
    qint64 tokenValidMs = 3'600'000;
    std::optional<SshCredentials> credentials;  // nullopt: read from the keychain when needed
};

class AgentInstaller : public QObject {
    Q_OBJECT
public:
    AgentInstaller(const QSqlDatabase &db, KnownHosts knownHosts, QObject *parent = nullptr);
    ~AgentInstaller() override;

    void start(const InstallRequest &request);
    void cancel();
    // The host key of the last attempt, e.g. to accept it after host-key failed as unknown.
    HostKey presentedKey() const { return m_presentedKey; }

signals:
    void progress(const QString &step, const QString &state, const QString &message);
    void finished(bool ok, const QString &message, const QString &agentId);

private:
    struct RemoteOutcome {
        bool ok = false;
        QString failedStep, message;
        HostKey hostKey;
    };
    RemoteOutcome runRemote(const InstallRequest &request, const QByteArray &config);
    void report(const QString &step, const QString &state, const QString &message);
    void fail(const QString &step, const QString &message);
    void watchEnrollment();

    QSqlDatabase m_db;
    KnownHosts m_knownHosts;
    InstallRequest m_request;
    qint64 m_tokenId = 0;
    qint64 m_watchStartedMs = 0;
    QTimer m_watch;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    HostKey m_presentedKey;
    bool m_done = false;
};

}  // namespace mirrorstage::remote
