#pragma once
// Real processes for integration tests: the headless console, reflector agents and msctl, each
// started from the build tree with its own files in a temporary directory, on 127.0.0.1 only.

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

struct CommandResult {
    int exitCode = -1;
    QByteArray out, err;
};

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free loopback port");
    return probe.serverPort();
}

inline CommandResult runCommand(const QString &program, const QStringList &arguments, int timeoutMs = 60'000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// A child process whose stderr is kept, that can be stopped hard (SIGKILL) or politely.
class Child {
public:
    ~Child() { kill(); }
    void start(const QString &program, const QStringList &arguments)
    {
        m_program = program;
        m_arguments = arguments;
        m_log.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, [this] {
            m_log += m_process->readAllStandardError();
        });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, [this] {
            m_log += m_process->readAllStandardOutput();
        });
        m_process->start(program, arguments);
    }
    void restart() { start(m_program, m_arguments); }
    bool waitForLog(const QByteArray &text, int timeoutMs = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_log.contains(text) && timer.elapsed() < timeoutMs && running())
            QTest::qWait(20);
        return m_log.contains(text);
    }
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    void kill()
    {
        if (!running())
            return;
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10'000);
    }
    void terminate()
    {
        if (!running())
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(15'000))
            kill();
    }
    QByteArray log() const { return m_log; }

private:
    QString m_program;
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};
