#pragma once
// Decides about each command the console sends and runs the ones that pass. In this order:
//   disabled          commands.enabled is not true
//   bad-signature     not signed by the console key this agent pinned
//   wrong-agent       meant for another agent
//   expired           not_after has passed (by this host's clock)
//   replayed          this (id, nonce) was acted on before, also before a restart
//   too-long          timeout_ms over commands.max_timeout_seconds
//   denied-by-policy  a deny pattern matches the script
//   not-allowed       commands.allow is set and none of its patterns matches the whole script
//   busy              commands.max_concurrent commands are running
//   unavailable       the nonce could not be recorded durably, so the command is not run
// From "replayed" on, the command is recorded as acted on: a frame is acted on once, whatever
// the answer. Every command ends in exactly one CommandResult (finished()); a refusal is logged.

#include "command_execution.h"
#include "command_policy.h"
#include "nonce_ledger.h"
#include "run_as_user.h"

#include <QObject>
#include <memory>

namespace mirrorstage::reflector {

struct RunnerSettings {
    bool enabled = false;
    QString agentId;
    QByteArray consolePublicKey;
    QString runAs;  // empty: the agent's own user
    QStringList deny;
    std::optional<QStringList> allow;
    qint64 maxTimeoutMs = 3600 * 1000;
    qint64 maxOutputBytes = 1024 * 1024;  // per stream
    QString workingDirectory = QStringLiteral("/");
    int maxConcurrent = 4;
    QString ledgerPath;  // the nonce ledger, in the state directory
};

class CommandRunner : public QObject {
    Q_OBJECT
public:
    // With commands enabled: resolves the user, compiles the policy and opens the ledger; null
    // with *error (naming the configuration key) when one of them fails. Disabled: refuses all.
    static std::unique_ptr<CommandRunner> create(const RunnerSettings &settings, QString *error);
    ~CommandRunner() override;

    void handle(const mirrorstage::wire::Command &command);
    int running() const { return int(m_running.size()); }
    QString runAsName() const { return m_user ? m_user->name : QString(); }

signals:
    void output(const mirrorstage::wire::CommandOutput &chunk);
    void finished(const mirrorstage::wire::CommandResult &result);

private:
    explicit CommandRunner(RunnerSettings settings);
    void refuse(const wire::Command &command, const QString &code, const QString &reason);

    RunnerSettings m_settings;
    std::optional<RunAsUser> m_user;
    std::optional<CommandPolicy> m_policy;
    std::unique_ptr<NonceLedger> m_ledger;
    QList<CommandExecution *> m_running;
};

}  // namespace mirrorstage::reflector
