#include "command_execution.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcRunner)

namespace mirrorstage::reflector {

using namespace mirrorstage::wire;

namespace {

QProcessEnvironment minimalEnvironment(const RunAsUser &user)
{
    // Nothing of the agent's own environment: no secrets, no LD_PRELOAD, no proxy settings.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), user.home.isEmpty() ? QStringLiteral("/") : user.home);
    environment.insert(QStringLiteral("USER"), user.name);
    environment.insert(QStringLiteral("LOGNAME"), user.name);
    return environment;
}

}  // namespace

CommandExecution::CommandExecution(const Command &command, const RunAsUser &user, qint64 maxOutputBytes,
                                   const QString &workingDirectory, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_user(user)
    , m_maxOutputBytes(maxOutputBytes)
{
    m_stdout.name = QStringLiteral("stdout");
    m_stderr.name = QStringLiteral("stderr");
    m_process.setProgram(QStringLiteral("/bin/sh"));
    m_process.setArguments({QStringLiteral("-c"), command.script});
    m_process.setWorkingDirectory(workingDirectory);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessEnvironment(minimalEnvironment(user));
    m_timeout.setSingleShot(true);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_timeout, &QTimer::timeout, this, &CommandExecution::onTimeout);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        flush(m_stdout, true);
        flush(m_stderr, true);
    });
    connect(&m_process, &QProcess::started, this, &CommandExecution::onStarted);
    connect(&m_process, &QProcess::finished, this, &CommandExecution::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &CommandExecution::onError);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { read(QProcess::StandardOutput, m_stdout); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { read(QProcess::StandardError, m_stderr); });
}

CommandExecution::~CommandExecution()
{
    m_process.disconnect(this);
    const pid_t pid = pid_t(m_process.processId());
    if (pid > 0 && m_process.state() != QProcess::NotRunning) {
        // Before its setsid() the child has no group of its own yet.
        if (::kill(-pid, SIGKILL) != 0)
            ::kill(pid, SIGKILL);
        m_process.waitForFinished(5000);  // reaps it: SIGKILL cannot be caught
    }
    if (m_startErrorPipe >= 0)
        ::close(m_startErrorPipe);
}

void CommandExecution::start()
{
    int errorPipe[2] = {-1, -1};
    if (::pipe2(errorPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        CommandResult result = baseResult();
        result.status = QLatin1String(CommandStatus::FailedToStart);
        result.reason = tr("cannot create a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        finish(result);
        return;
    }
    m_startErrorPipe = errorPipe[0];
    const int errorWriteEnd = errorPipe[1];
    const bool switchUser = m_user.switchUser;
    const uid_t uid = m_user.uid;
    const gid_t gid = m_user.gid;
    const std::vector<gid_t> groups = m_user.groups;
    // Runs in the child between fork and exec: async-signal-safe calls only, nothing that locks.
    m_process.setChildProcessModifier([=] {
        ::setsid();  // a process group of its own, so that a timeout reaches every descendant
        ::signal(SIGPIPE, SIG_DFL);  // dispositions the agent set would otherwise be inherited
        ::signal(SIGXFSZ, SIG_DFL);
        // The agent's sockets and files are not the command's business (best effort: Linux 5.11+).
        ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        if (switchUser
            && (::setgroups(groups.size(), groups.data()) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) {
            const int code = errno;
            [[maybe_unused]] const ssize_t written = ::write(errorWriteEnd, &code, sizeof code);
            ::_exit(127);
        }
    });
    m_clock.start();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_timeout.start(int(qBound<qint64>(1, m_command.timeoutMs, kMaxCommandTimeoutMs)));
    m_process.start();
    ::close(errorWriteEnd);  // the fork is done: only the child holds it now
}

void CommandExecution::onStarted()
{
    m_processGroup = m_process.processId();
    // The child has exec'd (its copy of the pipe closed) or failed to switch users and said why.
    int code = 0;
    if (::read(m_startErrorPipe, &code, sizeof code) == ssize_t(sizeof code)) {
        m_startError = tr("cannot switch to user \"%1\" (uid %2, gid %3): %4")
                           .arg(m_user.name)
                           .arg(m_user.uid)
                           .arg(m_user.gid)
                           .arg(QString::fromLocal8Bit(std::strerror(code)));
    }
    qCInfo(lcRunner).noquote() << "command" << m_command.id << "started as" << m_user.name << "pid" << m_processGroup
                               << "timeout" << m_command.timeoutMs << "ms";
}

void CommandExecution::onError(QProcess::ProcessError error)
{
    // Crashes and the rest end in finished(); only a start that failed does not.
    if (error != QProcess::FailedToStart)
        return;
    CommandResult result = baseResult();
    result.status = QLatin1String(CommandStatus::FailedToStart);
    result.reason = tr("cannot start /bin/sh in %1: %2").arg(m_process.workingDirectory(), m_process.errorString());
    result.startedMs = 0;
    finish(result);
}

void CommandExecution::onTimeout()
{
    if (m_processGroup <= 0 || m_process.state() != QProcess::Running)
        return;
    m_timedOut = true;
    qCWarning(lcRunner).noquote() << "command" << m_command.id << "ran past its timeout of" << m_command.timeoutMs
                                  << "ms: ending process group" << m_processGroup;
    const pid_t group = pid_t(m_processGroup);
    ::kill(-group, SIGTERM);
    // Outlives this execution, which ends as soon as the shell does: a grandchild that ignores
    // SIGTERM is still ended. (A group id is not handed out again while the group has members.)
    QTimer::singleShot(kKillGraceMs, parent() ? parent() : this, [group] {
        if (::kill(-group, 0) == 0)
            ::kill(-group, SIGKILL);
    });
}

void CommandExecution::read(QProcess::ProcessChannel channel, Stream &stream)
{
    QByteArray data = channel == QProcess::StandardOutput ? m_process.readAllStandardOutput()
                                                          : m_process.readAllStandardError();
    const qint64 room = qMax<qint64>(0, m_maxOutputBytes - stream.kept);
    if (data.size() > room) {
        m_truncated = true;
        data.truncate(qsizetype(room));  // read all the same: a child must not block on a full pipe
    }
    if (data.isEmpty())
        return;
    stream.kept += data.size();
    stream.pending += data;
    if (data.size() >= kMaxOutputTailBytes) {
        stream.tail = data.right(kMaxOutputTailBytes);
    } else {
        stream.tail += data;
        if (stream.tail.size() > kMaxOutputTailBytes)
            stream.tail.remove(0, stream.tail.size() - kMaxOutputTailBytes);
    }
    if (stream.pending.size() >= kMaxOutputChunkBytes)
        flush(stream, false);
    if (!stream.pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void CommandExecution::flush(Stream &stream, bool all)
{
    while (stream.pending.size() >= kMaxOutputChunkBytes || (all && !stream.pending.isEmpty())) {
        const QByteArray chunk = stream.pending.left(kMaxOutputChunkBytes);
        stream.pending.remove(0, chunk.size());
        emit output(CommandOutput{m_command.id, stream.name, quint64(stream.sent), chunk});
        stream.sent += chunk.size();
    }
}

void CommandExecution::onFinished(int exitCode, QProcess::ExitStatus status)
{
    read(QProcess::StandardOutput, m_stdout);
    read(QProcess::StandardError, m_stderr);
    CommandResult result = baseResult();
    if (!m_startError.isEmpty()) {
        result.status = QLatin1String(CommandStatus::FailedToStart);
        result.reason = m_startError;
    } else if (status == QProcess::NormalExit) {
        result.status = QLatin1String(CommandStatus::Exited);
        result.exitCode = exitCode;
        if (m_timedOut)
            result.reason = tr("ran past its timeout of %1 ms; exited after SIGTERM").arg(m_command.timeoutMs);
    } else {
        // For a crash QProcess reports the signal in exitCode.
        result.status = QLatin1String(CommandStatus::Killed);
        result.signal = qBound(1, exitCode, 127);
        result.reason = m_timedOut ? tr("ran past its timeout of %1 ms and was ended with its process group")
                                         .arg(m_command.timeoutMs)
                                   : tr("ended by signal %1").arg(exitCode);
    }
    finish(result);
}

CommandResult CommandExecution::baseResult() const
{
    CommandResult result;
    result.id = m_command.id;
    result.runAs = m_user.name;
    result.startedMs = m_startedMs;
    result.finishedMs = QDateTime::currentMSecsSinceEpoch();
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    result.timedOut = m_timedOut;
    result.truncated = m_truncated;
    result.stdoutTail = m_stdout.tail;
    result.stderrTail = m_stderr.tail;
    return result;
}

void CommandExecution::finish(CommandResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_flushTimer.stop();
    flush(m_stdout, true);
    flush(m_stderr, true);
    emit finished(result);
}

}  // namespace mirrorstage::reflector
