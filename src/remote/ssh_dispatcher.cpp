#include "ssh_dispatcher.h"

#include "audit_chain.h"
#include "remote_log.h"
#include "ssh_executor.h"
#include "ssh_host_repository.h"
#include "wire_messages.h"

#include <QDateTime>
#include <QJsonObject>

namespace mirrorstage::remote {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

store::ExecutionOutcome outcomeOf(const ExecResult &result)
{
    store::ExecutionOutcome outcome;
    outcome.durationMs = result.durationMs;
    outcome.timedOut = result.timedOut;
    outcome.truncated = result.truncated;
    outcome.stdoutTail = QString::fromUtf8(result.stdoutData.right(SshDispatcher::kTailBytes));
    outcome.stderrTail = QString::fromUtf8(result.stderrData.right(SshDispatcher::kTailBytes));
    switch (result.error.kind) {
    case SshErrorKind::None:
    case SshErrorKind::Cancelled:
        break;
    case SshErrorKind::HostKeyUnknown:
    case SshErrorKind::HostKeyChanged:
    case SshErrorKind::HostKeyError:
        outcome.state = QStringLiteral("refused");
        outcome.refusalCode = sshErrorKindKey(result.error.kind);
        outcome.reason = result.error.message;
        return outcome;
    default:
        outcome.state = QStringLiteral("failed");
        outcome.reason = result.error.message;
        return outcome;
    }
    if (result.exitStatus)
        outcome.exitCode = *result.exitStatus;
    outcome.state = result.succeeded() ? QStringLiteral("completed") : QStringLiteral("failed");
    if (result.timedOut)
        outcome.reason = SshDispatcher::tr("timed out after %1 s over SSH; the command was sent TERM, then KILL")
                             .arg(result.durationMs / 1000);
    else if (!result.exitStatus)
        outcome.reason = result.error.isError() ? result.error.message
                                                : SshDispatcher::tr("the command ended without an exit status (killed by a signal?)");
    return outcome;
}

}  // namespace

SshDispatcher::SshDispatcher(const QSqlDatabase &db, Ed25519Key consoleKey, KnownHosts knownHosts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_consoleKey(std::move(consoleKey))
    , m_knownHosts(std::move(knownHosts))
{
}

SshDispatcher::~SshDispatcher() = default;

bool SshDispatcher::dispatch(const store::ExecutionRecord &execution)
{
    if (m_running.contains(execution.id))
        return true;
    QString error;
    const std::optional<store::SshHostRecord> host = store::SshHostRepository(m_db).forExecution(execution.id, &error);
    if (!host) {
        if (!error.isEmpty())
            qCWarning(lcRemote).noquote() << "cannot look up the SSH details of execution" << execution.id << ":" << error;
        return false;
    }
    // Signed exactly as it would be for the agent, so that the audit log holds the console's
    // signature over what ran, whichever way it went.
    wire::Command command;
    command.id = execution.id;
    command.agentId = execution.agentId;
    command.script = execution.script;
    command.timeoutMs = execution.timeoutMs;
    command.notAfterMs = execution.notAfterMs;
    command.nonce = randomBytes(32);
    wire::signCommand(command, m_consoleKey);

    store::ExecutionRepository executions(m_db);
    const qint64 startedMs = now();
    if (!executions.markDispatched(execution.id, QStringLiteral("ssh"), startedMs, &error)) {
        qCWarning(lcRemote).noquote() << "cannot mark execution" << execution.id << "dispatched:" << error;
        return true;  // it has SSH details: the agent path must not take it either
    }
    const SshTarget target = SshTarget::fromRecord(*host);
    store::AuditChain(m_db).append(
        QStringLiteral("console"), QStringLiteral("execution.ssh"), QStringLiteral("execution %1").arg(execution.id),
        {{QStringLiteral("host"), host->name},
         {QStringLiteral("target"), target.displayName()},
         {QStringLiteral("approved_by"), execution.approvedBy},
         {QStringLiteral("script"), execution.script},
         {QStringLiteral("nonce"), QString::fromLatin1(command.nonce.toBase64())},
         {QStringLiteral("signature"), QString::fromLatin1(command.signature.toBase64())},
         {QStringLiteral("console_key"), QString::fromLatin1(m_consoleKey.publicKey().toBase64())}},
        startedMs, &error);
    qCInfo(lcRemote).noquote() << "execution" << execution.id << "runs over SSH on" << target.displayName() << ":"
                               << execution.script;

    auto *executor = new SshExecutor(m_knownHosts, this);
    m_running.insert(execution.id, executor);
    const QString id = execution.id;
    connect(executor, &SshExecutor::output, this,
            [this, id](const QString &stream, const QByteArray &data) { emit output(id, stream, data); });
    connect(executor, &SshExecutor::finished, this, [this, id, executor](const ExecResult &result, const HostKey &) {
        QString finishError;
        const store::ExecutionOutcome outcome = outcomeOf(result);
        if (!store::ExecutionRepository(m_db).finish(id, outcome, now(), &finishError))
            qCWarning(lcRemote).noquote() << "cannot record the result of execution" << id << ":" << finishError;
        else
            qCInfo(lcRemote).noquote() << "execution" << id << "over SSH:" << outcome.state << outcome.refusalCode
                                       << outcome.reason;
        m_running.remove(id);
        executor->deleteLater();
        emit finished(id);
    });
    ExecLimits limits;
    limits.timeoutMs = execution.timeoutMs > 0 ? execution.timeoutMs : 60'000;
    limits.outputCapBytes = kOutputCapBytes;
    executor->run(target, execution.script, limits);
    return true;
}

}  // namespace mirrorstage::remote
