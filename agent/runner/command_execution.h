#pragma once
// One command running: `/bin/sh -c script` in a process group of its own (setsid), stdin from
// /dev/null, a minimal environment, as the configured user. Its output goes out in chunks while it
// runs (at most kMaxOutputChunkBytes each, at most every kFlushIntervalMs per stream) and up to
// `maxOutputBytes` per stream; past that it is still read, so the child never blocks on a full
// pipe, but dropped, and the result says "truncated". When the timeout passes, the whole group
// gets SIGTERM and, kKillGraceMs later, SIGKILL: a background grandchild does not outlive it.

#include "command_result.h"
#include "run_as_user.h"
#include "wire_messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace mirrorstage::reflector {

class CommandExecution : public QObject {
    Q_OBJECT
public:
    static constexpr int kKillGraceMs = 2000;
    static constexpr int kFlushIntervalMs = 100;

    CommandExecution(const wire::Command &command, const RunAsUser &user, qint64 maxOutputBytes,
                     const QString &workingDirectory, QObject *parent = nullptr);
    // A command still running is killed, its whole group.
    ~CommandExecution() override;

    void start();
    QString commandId() const { return m_command.id; }
    // The child's process group (its pid); 0 before it started.
    qint64 processGroup() const { return m_processGroup; }

signals:
    void output(const mirrorstage::wire::CommandOutput &chunk);
    // Exactly once, after which the execution may be deleted.
    void finished(const mirrorstage::wire::CommandResult &result);

private:
    struct Stream {
        QString name;
        qint64 kept = 0;     // bytes kept (sent or pending) so far
        qint64 sent = 0;     // offset of the next chunk
        QByteArray pending;  // kept, not yet sent
        QByteArray tail;     // the last kMaxOutputTailBytes kept
    };

    void onStarted();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onTimeout();
    void read(QProcess::ProcessChannel channel, Stream &stream);
    void flush(Stream &stream, bool all);
    void finish(wire::CommandResult result);
    wire::CommandResult baseResult() const;

    wire::Command m_command;
    RunAsUser m_user;
    qint64 m_maxOutputBytes;
    QProcess m_process;
    Stream m_stdout;
    Stream m_stderr;
    QTimer m_timeout;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    qint64 m_startedMs = 0;
    qint64 m_processGroup = 0;
    int m_startErrorPipe = -1;  // read end: the child writes errno here when it cannot become m_user
    QString m_startError;
    bool m_timedOut = false;
    bool m_truncated = false;
    bool m_finished = false;
};

}  // namespace mirrorstage::reflector
