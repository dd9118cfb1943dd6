// SSH against a real sshd on 127.0.0.1 with a private configuration (its own host key,
// authorized_keys and pid file, a free port), as DESIGN.md describes: key login, a wrong key, a
// password from the keychain, an unknown host key (nothing runs until it is accepted), a changed
// host key (refused), a timeout, 10 MiB of output (capped and flagged), a non-zero exit status,
// an approved execution dispatched over SSH, msctl's ssh commands, and "install agent over SSH"
// into a temporary prefix, ending with the agent enrolled in a real headless console.
//
// Password login needs a local user with a password. The least invasive way found: a throwaway
// user (useradd -M: no home directory) whose password chpasswd sets, that only this private sshd
// lets in (AllowUsers), removed with userdel when the suite ends. The sshd runs with UsePAM no,
// so its password check reads /etc/shadow and no PAM stack of the machine is involved. Root logs
// in with keys only. Needs root (useradd, sshd) and the keychain (dbus-run-session with
// gnome-keyring, as ./run-tests runs the suite).
#include "fleet_harness.h"

#include "remote.h"
#include "secret_store.h"
#include "store.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <QSignalSpy>
#include <QSqlQuery>
#include <unistd.h>

using namespace mirrorstage;
using namespace mirrorstage::remote;

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CommandResult runWithInput(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

struct Ran {
    ExecResult result;
    HostKey hostKey;
    QByteArray liveStdout;
    qint64 liveBytes = 0;
};

}  // namespace

class SshRemoteTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unknownHostKeyRunsNothingUntilAccepted();
    void changedHostKeyIsRefused();
    void keyLoginStreamsOutput();
    void wrongKeyIsRefused();
    void passwordFromTheKeychain();
    void timeoutEndsTheCommand();
    void tenMebibytesAreCappedAndFlagged();
    void nonZeroExitStatus();
    void approvedExecutionRunsOverSsh();
    void unknownHostKeyRefusesTheExecution();
    void msctlSshCommands();
    void installAgentIntoATemporaryPrefix();

private:
    SshTarget rootTarget(const QString &keyFile = {}) const;
    KnownHosts trusted() const { return KnownHosts(m_dir.filePath(QStringLiteral("trusted_known_hosts")), {}); }
    Ran run(const SshTarget &target, const KnownHosts &knownHosts, const QString &command, ExecLimits limits = {},
            std::optional<SshCredentials> credentials = SshCredentials{});
    QString hostFingerprint(const QString &pub) const;
    CommandResult msctl(const QStringList &arguments);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    qint64 m_sshdPid = 0;
    QString m_user;
    QByteArray m_password;
    Child m_console;
};

void SshRemoteTest::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "this suite starts its own sshd and a throwaway user: run it as root (as CI does)");
    QVERIFY2(QFile::exists(kSshd), "openssh-server is needed (DESIGN.md lists the packages)");
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CONSOLE_BINARY)) && QFile::exists(QStringLiteral(REFLECTOR_BINARY))
            && QFile::exists(QStringLiteral(MSCTL_BINARY)));
    // The console's files and ~/.ssh of every process here live in the temporary folder.
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));

    for (const char *key : {"hostkey", "otherhostkey", "client", "wrongclient"}) {
        const CommandResult made = runCommand(QStringLiteral("ssh-keygen"),
                                              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                               m_dir.filePath(QString::fromLatin1(key))});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("client.pub")), m_dir.filePath(QStringLiteral("authorized_keys"))));

    m_user = QStringLiteral("mstest%1").arg(::getpid() % 100000);
    m_password = QByteArray("pw-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    runCommand(QStringLiteral("userdel"), {m_user});  // a leftover of an aborted run
    const CommandResult added = runCommand(QStringLiteral("useradd"), {QStringLiteral("-M"), QStringLiteral("-s"),
                                                                       QStringLiteral("/bin/sh"), m_user});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CommandResult password = runWithInput(QStringLiteral("chpasswd"), {}, m_user.toUtf8() + ':' + m_password + '\n');
    QVERIFY2(password.exitCode == 0, password.err.constData());

    m_port = freeLoopbackPort();
    QVERIFY(QDir().mkpath(QStringLiteral("/run/sshd")));
    QFile::setPermissions(QStringLiteral("/run/sshd"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                          | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nPidFile %3\nAuthorizedKeysFile %4\n"
                              "StrictModes no\nUsePAM no\nPermitRootLogin prohibit-password\nPasswordAuthentication yes\n"
                              "KbdInteractiveAuthentication no\nAllowUsers root %5\nSubsystem sftp internal-sftp\n")
                   .arg(m_port)
                   .arg(m_dir.filePath(QStringLiteral("hostkey")), m_dir.filePath(QStringLiteral("sshd.pid")),
                        m_dir.filePath(QStringLiteral("authorized_keys")), m_user)
                   .toUtf8());
    file.close();
    QProcess sshd;
    sshd.setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")));
    sshd.setStandardErrorFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    sshd.setProgram(kSshd);
    sshd.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    QVERIFY(sshd.startDetached(&m_sshdPid));
    QTRY_VERIFY_WITH_TIMEOUT(readAll(m_dir.filePath(QStringLiteral("sshd.log"))).contains("Server listening"), 20'000);
}

void SshRemoteTest::cleanupTestCase()
{
    m_console.terminate();
    const QByteArray agentPid = readAll(m_dir.filePath(QStringLiteral("prefix/run/reflector.pid"))).trimmed();
    if (agentPid.toLongLong() > 1)
        ::kill(pid_t(agentPid.toLongLong()), SIGTERM);
    if (m_sshdPid > 1)
        ::kill(pid_t(m_sshdPid), SIGTERM);
    if (!m_user.isEmpty())
        runCommand(QStringLiteral("userdel"), {m_user});
}

SshTarget SshRemoteTest::rootTarget(const QString &keyFile) const
{
    SshTarget target;
    target.name = QStringLiteral("box");
    target.host = QStringLiteral("127.0.0.1");
    target.port = m_port;
    target.user = QStringLiteral("root");
    target.keyFile = keyFile.isEmpty() ? m_dir.filePath(QStringLiteral("client")) : keyFile;
    return target;
}

QString SshRemoteTest::hostFingerprint(const QString &pub) const
{
    const CommandResult listed = runCommand(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), pub});
    return QString::fromLatin1(listed.out.split(' ').value(1));
}

Ran SshRemoteTest::run(const SshTarget &target, const KnownHosts &knownHosts, const QString &command, ExecLimits limits,
                       std::optional<SshCredentials> credentials)
{
    Ran ran;
    SshExecutor executor(knownHosts);
    connect(&executor, &SshExecutor::output, this, [&ran](const QString &stream, const QByteArray &data) {
        ran.liveBytes += data.size();
        if (stream == QLatin1String("stdout") && ran.liveStdout.size() < 4096)
            ran.liveStdout += data.left(4096);
    });
    bool done = false;
    connect(&executor, &SshExecutor::finished, this, [&](const ExecResult &result, const HostKey &key) {
        ran.result = result;
        ran.hostKey = key;
        done = true;
    });
    executor.run(target, command, limits, credentials);
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 120'000)
        QTest::qWait(20);
    if (!done)  // the caller's checks then fail on an empty result
        qWarning("the SSH command did not finish within 120 s");
    return ran;
}

void SshRemoteTest::unknownHostKeyRunsNothingUntilAccepted()
{
    const KnownHosts knownHosts(m_dir.filePath(QStringLiteral("fresh_known_hosts")), {});
    const QString marker = m_dir.filePath(QStringLiteral("ran-before-accepting"));
    const Ran first = run(rootTarget(), knownHosts, QStringLiteral("touch %1").arg(marker));
    QCOMPARE(first.result.error.kind, SshErrorKind::HostKeyUnknown);
    const QString fingerprint = hostFingerprint(m_dir.filePath(QStringLiteral("hostkey.pub")));
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(first.result.error.hostKey.fingerprint, fingerprint);  // what ssh-keygen -l says
    QVERIFY(first.result.error.message.contains(fingerprint));
    QVERIFY(!first.result.exitStatus);
    QVERIFY(!QFile::exists(marker));

    QString error;
    QVERIFY2(knownHosts.accept(QStringLiteral("127.0.0.1"), m_port, first.hostKey, &error), qPrintable(error));
    const Ran second = run(rootTarget(), knownHosts, QStringLiteral("touch %1").arg(marker));
    QVERIFY2(second.result.succeeded(), qPrintable(second.result.error.message));
    QVERIFY(QFile::exists(marker));
    // Kept for the other cases.
    QVERIFY(QFile::copy(knownHosts.consoleFile(), trusted().consoleFile()));
}

void SshRemoteTest::changedHostKeyIsRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("changed_known_hosts"));
    const QList<QByteArray> other = readAll(m_dir.filePath(QStringLiteral("otherhostkey.pub"))).split(' ');
    QFile known(file);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toLatin1() + other.value(0) + ' ' + other.value(1) + '\n');
    known.close();
    const QString marker = m_dir.filePath(QStringLiteral("ran-with-changed-key"));
    const Ran ran = run(rootTarget(), KnownHosts(file, {}), QStringLiteral("touch %1").arg(marker));
    QCOMPARE(ran.result.error.kind, SshErrorKind::HostKeyChanged);
    QVERIFY(ran.result.error.message.contains(QLatin1String("HAS CHANGED")));
    QVERIFY(ran.result.error.message.contains(hostFingerprint(m_dir.filePath(QStringLiteral("hostkey.pub")))));
    QCOMPARE(ran.result.error.hostKey.knownFingerprints,
             QStringList{hostFingerprint(m_dir.filePath(QStringLiteral("otherhostkey.pub")))});
    QVERIFY(!QFile::exists(marker));
}

void SshRemoteTest::keyLoginStreamsOutput()
{
    const Ran ran = run(rootTarget(), trusted(), QStringLiteral("echo out; echo err >&2; id -un"));
    QVERIFY2(ran.result.succeeded(), qPrintable(ran.result.error.message));
    QCOMPARE(ran.result.exitStatus, 0);
    QCOMPARE(ran.result.stdoutData, QByteArray("out\nroot\n"));
    QCOMPARE(ran.result.stderrData, QByteArray("err\n"));
    QCOMPARE(ran.liveStdout, QByteArray("out\nroot\n"));
    QVERIFY(!ran.result.truncated && !ran.result.timedOut);
}

void SshRemoteTest::wrongKeyIsRefused()
{
    const QString marker = m_dir.filePath(QStringLiteral("ran-with-wrong-key"));
    const Ran ran = run(rootTarget(m_dir.filePath(QStringLiteral("wrongclient"))), trusted(),
                        QStringLiteral("touch %1").arg(marker));
    QCOMPARE(ran.result.error.kind, SshErrorKind::AuthFailed);
    QVERIFY2(ran.result.error.message.contains(QLatin1String("refused the login")), qPrintable(ran.result.error.message));
    QVERIFY(!QFile::exists(marker));
}

void SshRemoteTest::passwordFromTheKeychain()
{
    const secrets::SecretStore keychain;
    const QString entry = QStringLiteral("ssh/test-%1/password").arg(m_user);
    const secrets::SecretResult written = keychain.writeNow(entry, m_password);
    QVERIFY2(written.ok(), qPrintable(written.message));
    SshTarget target;
    target.name = QStringLiteral("pw");
    target.host = QStringLiteral("127.0.0.1");
    target.port = m_port;
    target.user = m_user;
    target.passwordKey = entry;
    const Ran ran = run(target, trusted(), QStringLiteral("id -un"), {}, std::nullopt);  // secrets from the keychain
    QVERIFY2(ran.result.succeeded(), qPrintable(ran.result.error.message));
    QCOMPARE(ran.result.stdoutData, m_user.toUtf8() + '\n');

    QVERIFY(keychain.writeNow(entry, "not-the-password").ok());
    const Ran wrong = run(target, trusted(), QStringLiteral("id -un"), {}, std::nullopt);
    QCOMPARE(wrong.result.error.kind, SshErrorKind::AuthFailed);
    keychain.removeNow(entry);
    const Ran none = run(target, trusted(), QStringLiteral("id -un"), {}, std::nullopt);
    QCOMPARE(none.result.error.kind, SshErrorKind::AuthFailed);
    QVERIFY2(none.result.error.message.contains(QLatin1String("no password")), qPrintable(none.result.error.message));
}

void SshRemoteTest::timeoutEndsTheCommand()
{
    ExecLimits limits;
    limits.timeoutMs = 1500;
    const Ran ran = run(rootTarget(), trusted(), QStringLiteral("sleep 987; echo not reached"), limits);
    QVERIFY(ran.result.timedOut);
    QVERIFY(!ran.result.exitStatus);
    QVERIFY(!ran.result.succeeded());
    QVERIFY(ran.result.stdoutData.isEmpty());
    // The command's process group was ended on the host, not left behind.
    QTRY_COMPARE_WITH_TIMEOUT(runCommand(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("sleep 987")}).exitCode, 1,
                              20'000);
}

void SshRemoteTest::tenMebibytesAreCappedAndFlagged()
{
    ExecLimits limits;
    limits.outputCapBytes = 1024 * 1024;
    const Ran ran = run(rootTarget(), trusted(), QStringLiteral("head -c 10485760 /dev/zero | tr '\\0' x; echo end >&2"), limits);
    QVERIFY2(!ran.result.error.isError(), qPrintable(ran.result.error.message));
    QCOMPARE(ran.result.exitStatus, 0);  // read to the end, not cut off
    QVERIFY(ran.result.truncated);
    QCOMPARE(ran.result.stdoutBytes, 10 * 1024 * 1024);
    QCOMPARE(ran.result.stdoutData.size(), 1024 * 1024);
    QCOMPARE(ran.result.stdoutData.count('x'), 1024 * 1024);
    QCOMPARE(ran.result.stderrData, QByteArray("end\n"));
    QCOMPARE(ran.liveBytes, 1024 * 1024 + 4);
}

void SshRemoteTest::nonZeroExitStatus()
{
    const Ran ran = run(rootTarget(), trusted(), QStringLiteral("echo failing >&2; exit 7"));
    QVERIFY(!ran.result.error.isError());
    QCOMPARE(ran.result.exitStatus, 7);
    QVERIFY(!ran.result.succeeded());
    QCOMPARE(ran.result.stderrData, QByteArray("failing\n"));
}

namespace {

QString insertExecution(const QSqlDatabase &db, const QString &script, const QString &sshHost)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO executions (id, agent_id, script, risk_level, approved_by, approved_ms,"
                             " timeout_ms, not_after_ms, state, ssh_host) VALUES (?, '', ?, 'low', 'tester', ?, ?, ?,"
                             " 'approved', ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QVariant &v : QVariantList{id, script, now, 20'000, now + 600'000, sshHost})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("cannot insert an execution");
    return id;
}

}  // namespace

void SshRemoteTest::approvedExecutionRunsOverSsh()
{
    store::Database db(m_dir.filePath(QStringLiteral("dispatch.db")), QStringLiteral("dispatch"));
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QString error;
    store::SshHostRecord host{QStringLiteral("agentless-box"), {}, QStringLiteral("127.0.0.1"), m_port, QStringLiteral("root"),
                              m_dir.filePath(QStringLiteral("client")), {}, 0, 0};
    QVERIFY2(store::SshHostRepository(db.connection()).save(host, 1, &error), qPrintable(error));
    const QString id = insertExecution(db.connection(), QStringLiteral("echo dispatched; echo warn >&2; exit 3"), host.name);
    std::optional<Ed25519Key> key = Ed25519Key::generate();
    QVERIFY(key);
    SshDispatcher dispatcher(db.connection(), *key, trusted());
    QByteArray live;
    connect(&dispatcher, &SshDispatcher::output, this, [&](const QString &execution, const QString &stream, const QByteArray &data) {
        if (execution == id && stream == QLatin1String("stdout"))
            live += data;
    });
    QSignalSpy finished(&dispatcher, &SshDispatcher::finished);
    store::ExecutionRepository executions(db.connection());
    QVERIFY(dispatcher.dispatch(*executions.find(id, &error)));
    QCOMPARE(executions.find(id, &error)->state, QStringLiteral("dispatched"));
    QCOMPARE(executions.find(id, &error)->channel, QStringLiteral("ssh"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    const store::ExecutionRecord done = *executions.find(id, &error);
    QCOMPARE(done.state, QStringLiteral("failed"));
    QCOMPARE(done.exitCode, 3);
    QCOMPARE(done.stdoutTail, QStringLiteral("dispatched\n"));
    QCOMPARE(done.stderrTail, QStringLiteral("warn\n"));
    QCOMPARE(live, QByteArray("dispatched\n"));
    // The console's signature over what ran is in the audit log, and the chain holds.
    bool signedRow = false;
    for (const store::AuditEntry &entry : store::AuditChain(db.connection()).list(0, 100, &error)) {
        if (entry.action == QLatin1String("execution.ssh") && entry.subject.endsWith(id)) {
            const QByteArray signature = QByteArray::fromBase64(entry.details.value(QStringLiteral("signature")).toString().toLatin1());
            signedRow = signature.size() == 64
                && entry.details.value(QStringLiteral("console_key")).toString() == QString::fromLatin1(key->publicKey().toBase64());
        }
    }
    QVERIFY(signedRow);
    QVERIFY(store::AuditChain(db.connection()).verify(&error).intact);

    // Exit status 0 completes it.
    const QString ok = insertExecution(db.connection(), QStringLiteral("true"), host.name);
    QVERIFY(dispatcher.dispatch(*executions.find(ok, &error)));
    QTRY_COMPARE_WITH_TIMEOUT(executions.find(ok, &error)->state, QStringLiteral("completed"), 60'000);
    // A host without SSH details is not taken.
    const QString none = insertExecution(db.connection(), QStringLiteral("true"), QStringLiteral("no-such-host"));
    QVERIFY(!dispatcher.dispatch(*executions.find(none, &error)));
    QCOMPARE(executions.find(none, &error)->state, QStringLiteral("approved"));
}

void SshRemoteTest::unknownHostKeyRefusesTheExecution()
{
    store::Database db(m_dir.filePath(QStringLiteral("dispatch-unknown.db")), QStringLiteral("dispatch-unknown"));
    QVERIFY(db.isOpen());
    QString error;
    store::SshHostRecord host{QStringLiteral("new-box"), {}, QStringLiteral("127.0.0.1"), m_port, QStringLiteral("root"),
                              m_dir.filePath(QStringLiteral("client")), {}, 0, 0};
    QVERIFY(store::SshHostRepository(db.connection()).save(host, 1, &error));
    const QString marker = m_dir.filePath(QStringLiteral("dispatched-to-unknown-host"));
    const QString id = insertExecution(db.connection(), QStringLiteral("touch %1").arg(marker), host.name);
    SshDispatcher dispatcher(db.connection(), *Ed25519Key::generate(),
                             KnownHosts(m_dir.filePath(QStringLiteral("empty_known_hosts")), {}));
    store::ExecutionRepository executions(db.connection());
    QVERIFY(dispatcher.dispatch(*executions.find(id, &error)));
    QTRY_COMPARE_WITH_TIMEOUT(executions.find(id, &error)->state, QStringLiteral("refused"), 60'000);
    const store::ExecutionRecord refused = *executions.find(id, &error);
    QCOMPARE(refused.refusalCode, QStringLiteral("host-key-unknown"));
    QVERIFY2(refused.reason.contains(hostFingerprint(m_dir.filePath(QStringLiteral("hostkey.pub")))), qPrintable(refused.reason));
    QVERIFY(!QFile::exists(marker));
}

CommandResult SshRemoteTest::msctl(const QStringList &arguments)
{
    return runCommand(QStringLiteral(MSCTL_BINARY),
                      QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("console.db"))} + arguments,
                      240'000);
}

void SshRemoteTest::msctlSshCommands()
{
    const QString port = QString::number(m_port);
    CommandResult r = msctl({QStringLiteral("ssh"), QStringLiteral("set"), QStringLiteral("box"), QStringLiteral("--address"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port, QStringLiteral("--user"),
                             QStringLiteral("root"), QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("client"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = msctl({QStringLiteral("ssh"), QStringLiteral("show"), QStringLiteral("box"), QStringLiteral("--json")});
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QStringLiteral("port")).toInt(), int(m_port));
    QCOMPARE(shown.value(QStringLiteral("user")).toString(), QStringLiteral("root"));

    const QString fingerprint = hostFingerprint(m_dir.filePath(QStringLiteral("hostkey.pub")));
    r = msctl({QStringLiteral("ssh"), QStringLiteral("check"), QStringLiteral("box"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonObject checked = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(checked.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(checked.value(QStringLiteral("fingerprint")).toString(), fingerprint);

    // Nothing runs on a host whose key is unknown.
    const QString marker = m_dir.filePath(QStringLiteral("msctl-ran-before-trust"));
    r = msctl({QStringLiteral("ssh"), QStringLiteral("run"), QStringLiteral("box"), QStringLiteral("--confirm"), QStringLiteral("--"),
               QStringLiteral("touch"), marker});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(fingerprint.toLatin1()), r.err.constData());
    QVERIFY(!QFile::exists(marker));

    r = msctl({QStringLiteral("ssh"), QStringLiteral("trust"), QStringLiteral("box"), QStringLiteral("--fingerprint"),
               hostFingerprint(m_dir.filePath(QStringLiteral("otherhostkey.pub")))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nothing was accepted"), r.err.constData());
    r = msctl({QStringLiteral("ssh"), QStringLiteral("trust"), QStringLiteral("box"), QStringLiteral("--fingerprint"), fingerprint});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = msctl({QStringLiteral("ssh"), QStringLiteral("check"), QStringLiteral("box"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("known"));

    r = msctl({QStringLiteral("ssh"), QStringLiteral("run"), QStringLiteral("box"), QStringLiteral("--"), QStringLiteral("echo"),
               QStringLiteral("hello;"), QStringLiteral("exit"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QByteArray("hello\n"));
    // The same risk rules as approvals: critical never, high only with the host's name typed.
    r = msctl({QStringLiteral("ssh"), QStringLiteral("run"), QStringLiteral("box"), QStringLiteral("--"), QStringLiteral("rm -rf /")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("critical"), r.err.constData());
    const QString victim = m_dir.filePath(QStringLiteral("victim"));
    QVERIFY(QDir().mkpath(victim));
    r = msctl({QStringLiteral("ssh"), QStringLiteral("run"), QStringLiteral("box"), QStringLiteral("--"),
               QStringLiteral("rm -rf %1").arg(victim)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("high"), r.err.constData());
    QVERIFY(QFileInfo::exists(victim));
    r = msctl({QStringLiteral("ssh"), QStringLiteral("run"), QStringLiteral("box"), QStringLiteral("--confirm-host"),
               QStringLiteral("box"), QStringLiteral("--"), QStringLiteral("rm -rf %1").arg(victim)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFileInfo::exists(victim));
    r = msctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray audit = QJsonDocument::fromJson(r.out).array();
    QStringList actions;
    for (const QJsonValue &row : audit)
        actions.append(row.toObject().value(QStringLiteral("action")).toString());
    QVERIFY2(actions.contains(QStringLiteral("ssh.host-key-accepted")) && actions.count(QStringLiteral("ssh.run")) == 3
                 && actions.count(QStringLiteral("ssh.finished")) == 3,
             qPrintable(actions.join(u' ')));
}

void SshRemoteTest::installAgentIntoATemporaryPrefix()
{
    // A real headless console for the agent to enrol with.
    const quint16 consolePort = freeLoopbackPort();
    m_console.start(QStringLiteral(CONSOLE_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(consolePort),
                     QStringLiteral("--database"), m_dir.filePath(QStringLiteral("console.db")), QStringLiteral("--key-file"),
                     m_dir.filePath(QStringLiteral("console.key"))});
    QVERIFY2(m_console.waitForLog("console ready", 120'000), m_console.log().constData());
    // "box" with its key known, as msctlSshCommands() left it (again here, so that this case
    // stands on its own: trusting a known key again changes nothing).
    CommandResult set = msctl({QStringLiteral("ssh"), QStringLiteral("set"), QStringLiteral("box"), QStringLiteral("--address"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port),
                               QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--key-file"),
                               m_dir.filePath(QStringLiteral("client"))});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    set = msctl({QStringLiteral("ssh"), QStringLiteral("trust"), QStringLiteral("box"), QStringLiteral("--fingerprint"),
                 hostFingerprint(m_dir.filePath(QStringLiteral("hostkey.pub")))});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const CommandResult r =
        msctl({QStringLiteral("ssh"), QStringLiteral("install-agent"), QStringLiteral("box"), QStringLiteral("--prefix"), prefix,
               QStringLiteral("--reflector"), QStringLiteral(REFLECTOR_BINARY), QStringLiteral("--endpoint"),
               QStringLiteral("ws://127.0.0.1:%1/agents").arg(consolePort), QStringLiteral("--enroll-timeout"),
               QStringLiteral("3m"), QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(r.exitCode == 0, (r.out + r.err + readAll(prefix + QStringLiteral("/var/log/reflector.log"))).constData());
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    QStringList doneSteps;
    QString startMessage;
    for (const QJsonValue &value : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        if (step.value(QStringLiteral("state")).toString() == QLatin1String("done"))
            doneSteps.append(step.value(QStringLiteral("step")).toString());
        if (step.value(QStringLiteral("step")).toString() == QLatin1String("start")
            && step.value(QStringLiteral("state")).toString() == QLatin1String("done"))
            startMessage = step.value(QStringLiteral("message")).toString();
    }
    QCOMPARE(doneSteps, QStringList({QStringLiteral("token"), QStringLiteral("connect"), QStringLiteral("host-key"),
                                     QStringLiteral("login"), QStringLiteral("upload"), QStringLiteral("config"),
                                     QStringLiteral("unit"), QStringLiteral("start"), QStringLiteral("enroll")}));
    // No systemd runs here (as in CI): the start step says it started the binary itself.
    QVERIFY2(startMessage.contains(QLatin1String("no systemd runs on the host"))
                 && startMessage.contains(QLatin1String("plain start instead of systemd")),
             qPrintable(startMessage));

    // What was installed, where.
    QFileInfo binary(prefix + QStringLiteral("/bin/reflector"));
    QVERIFY(binary.isExecutable());
    QCOMPARE(binary.size(), QFileInfo(QStringLiteral(REFLECTOR_BINARY)).size());
    QFileInfo config(prefix + QStringLiteral("/etc/reflector.json"));
    QCOMPARE(config.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QJsonObject agentConfig = QJsonDocument::fromJson(readAll(config.filePath())).object();
    QVERIFY(!agentConfig.value(QStringLiteral("enrollment_token")).toString().isEmpty());
    QCOMPARE(agentConfig.value(QStringLiteral("endpoint")).toString(), QStringLiteral("ws://127.0.0.1:%1/agents").arg(consolePort));
    const QByteArray unit = readAll(prefix + QStringLiteral("/etc/systemd/system/mirrorstage-reflector.service"));
    QVERIFY(unit.contains("ProtectSystem=strict") && unit.contains("NoNewPrivileges=yes"));

    // The console has the agent, accepted by its token, linked to the host's SSH details.
    const QString agentId = report.value(QStringLiteral("agent_id")).toString();
    QCOMPARE(agentId.size(), 32);
    const QJsonArray hosts = QJsonDocument::fromJson(msctl({QStringLiteral("hosts"), QStringLiteral("--json")}).out).array();
    bool accepted = false;
    for (const QJsonValue &host : hosts) {
        accepted |= host.toObject().value(QStringLiteral("agent_id")).toString() == agentId
            && host.toObject().value(QStringLiteral("enrollment")).toString() == QLatin1String("accepted");
    }
    QVERIFY2(accepted, QJsonDocument(hosts).toJson().constData());
    const QJsonObject box =
        QJsonDocument::fromJson(msctl({QStringLiteral("ssh"), QStringLiteral("show"), QStringLiteral("box"), QStringLiteral("--json")}).out)
            .object();
    QCOMPARE(box.value(QStringLiteral("agent_id")).toString(), agentId);
}

QTEST_GUILESS_MAIN(SshRemoteTest)
#include "test_ssh_remote.moc"
