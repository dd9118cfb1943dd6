#include "command_runner.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunner, "mirrorstage.reflector.runner")

namespace mirrorstage::reflector {

using namespace mirrorstage::wire;

std::unique_ptr<CommandRunner> CommandRunner::create(const RunnerSettings &settings, QString *error)
{
    std::unique_ptr<CommandRunner> runner(new CommandRunner(settings));
    if (!settings.enabled)
        return runner;
    runner->m_user = RunAsUser::resolve(settings.runAs, error);
    if (!runner->m_user)
        return nullptr;
    QString problem;
    runner->m_policy = CommandPolicy::create(settings.deny, settings.allow, &problem);
    if (!runner->m_policy) {
        *error = tr("key \"commands\": %1").arg(problem);
        return nullptr;
    }
    runner->m_ledger = NonceLedger::open(settings.ledgerPath, QDateTime::currentMSecsSinceEpoch(), error);
    if (!runner->m_ledger)
        return nullptr;
    qCInfo(lcRunner).noquote() << "commands enabled: run as" << runner->m_user->name << "in"
                               << settings.workingDirectory << "at most" << settings.maxConcurrent << "at once";
    return runner;
}

CommandRunner::CommandRunner(RunnerSettings settings) : m_settings(std::move(settings)) {}

CommandRunner::~CommandRunner()
{
    // Commands still running end with the agent (their groups are killed); they have no result.
    qDeleteAll(m_running);
}

void CommandRunner::refuse(const Command &command, const QString &code, const QString &reason)
{
    qCWarning(lcRunner).noquote() << "refused command" << command.id << code + QLatin1Char(':') << reason;
    CommandResult result;
    result.id = command.id;
    result.status = QLatin1String(CommandStatus::Refused);
    result.code = code;
    result.reason = reason;
    result.finishedMs = QDateTime::currentMSecsSinceEpoch();
    result.runAs = runAsName();
    emit finished(result);
}

void CommandRunner::handle(const Command &command)
{
    if (!m_settings.enabled) {
        return refuse(command, QStringLiteral("disabled"),
                      tr("this agent does not run commands: its configuration does not set \"enabled\": true in "
                         "its \"commands\" section"));
    }
    if (!verifyCommand(command, m_settings.consolePublicKey))
        return refuse(command, QStringLiteral("bad-signature"),
                      tr("the command is not signed by the console key this agent pinned (console_public_key)"));
    if (command.agentId != m_settings.agentId)
        return refuse(command, QStringLiteral("wrong-agent"),
                      tr("the command is for agent %1, this is agent %2").arg(command.agentId, m_settings.agentId));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= command.notAfterMs) {
        return refuse(command, QStringLiteral("expired"),
                      tr("the command was valid until %1; this host's clock says %2")
                          .arg(QDateTime::fromMSecsSinceEpoch(command.notAfterMs).toUTC().toString(Qt::ISODateWithMs),
                               QDateTime::fromMSecsSinceEpoch(now).toUTC().toString(Qt::ISODateWithMs)));
    }
    if (m_ledger->contains(command.id, command.nonce))
        return refuse(command, QStringLiteral("replayed"),
                      tr("this agent has already acted on this command (same id and nonce); the console must "
                         "sign a new one"));
    QString ledgerError;
    if (!m_ledger->remember(command.id, command.nonce, command.notAfterMs, now, &ledgerError))
        return refuse(command, QStringLiteral("unavailable"),
                      tr("cannot record the command's nonce, so it is not run: %1").arg(ledgerError));
    if (command.timeoutMs > m_settings.maxTimeoutMs) {
        return refuse(command, QStringLiteral("too-long"),
                      tr("the timeout of %1 s is over this agent's commands.max_timeout_seconds of %2 s")
                          .arg(double(command.timeoutMs) / 1000.0)
                          .arg(m_settings.maxTimeoutMs / 1000));
    }
    if (const std::optional<CommandPolicy::Refusal> refusal = m_policy->check(command.script))
        return refuse(command, refusal->code, refusal->reason);
    if (m_running.size() >= m_settings.maxConcurrent) {
        return refuse(command, QStringLiteral("busy"),
                      tr("%1 commands are running, as many as commands.max_concurrent allows; try again later")
                          .arg(m_running.size()));
    }

    auto *execution = new CommandExecution(command, *m_user, m_settings.maxOutputBytes, m_settings.workingDirectory, this);
    m_running.append(execution);
    connect(execution, &CommandExecution::output, this, &CommandRunner::output);
    connect(execution, &CommandExecution::finished, this, [this, execution](const CommandResult &result) {
        m_running.removeOne(execution);
        execution->deleteLater();
        qCInfo(lcRunner).noquote() << "command" << result.id << result.status
                                   << (result.exitCode ? QStringLiteral("exit code %1").arg(*result.exitCode)
                                                       : result.reason)
                                   << "after" << result.durationMs << "ms";
        emit finished(result);
    });
    execution->start();
}

}  // namespace mirrorstage::reflector
