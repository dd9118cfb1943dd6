#include "agent_installer.h"

#include "console_identity.h"
#include "enrollment_offer.h"
#include "host_repository.h"
#include "remote_log.h"
#include "secret_store.h"
#include "shell_quote.h"
#include "ssh_host_repository.h"
#include "token_repository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace mirrorstage::remote {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int kConnectTimeoutMs = 20'000;
constexpr qint64 kStepTimeoutMs = 120'000;

QString q(const QString &path)
{
    return core::shellQuoted(path);
}

}  // namespace

AgentInstaller::AgentInstaller(const QSqlDatabase &db, KnownHosts knownHosts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_knownHosts(std::move(knownHosts))
{
    m_watch.setInterval(500);
    connect(&m_watch, &QTimer::timeout, this, &AgentInstaller::watchEnrollment);
}

AgentInstaller::~AgentInstaller()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AgentInstaller::cancel()
{
    m_cancel = true;
    if (m_watch.isActive())
        fail(QStringLiteral("enroll"), tr("cancelled"));
}

void AgentInstaller::report(const QString &step, const QString &state, const QString &message)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, step, state, message] { emit progress(step, state, message); },
                                  Qt::QueuedConnection);
        return;
    }
    emit progress(step, state, message);
}

void AgentInstaller::fail(const QString &step, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_watch.stop();
    emit progress(step, QStringLiteral("failed"), message);
    emit finished(false, tr("Install stopped at \"%1\": %2").arg(step, message), QString());
}

void AgentInstaller::start(const InstallRequest &request)
{
    m_request = request;
    m_done = false;
    m_cancel = false;
    emit progress(QStringLiteral("token"), QStringLiteral("running"), tr("making a one-time enrollment token"));
    if (!QFileInfo(request.reflectorBinary).isFile()) {
        fail(QStringLiteral("token"),
             tr("the reflector binary %1 does not exist; name it with --reflector PATH").arg(request.reflectorBinary));
        return;
    }
    QString error;
    const std::optional<QByteArray> consoleKey = store::ConsoleIdentity(m_db).publicKey(&error);
    if (!consoleKey) {
        fail(QStringLiteral("token"),
             error.isEmpty() ? tr("the console has not run with this database yet, so its public key is unknown: start "
                                  "the console once, then try again")
                             : error);
        return;
    }
    const std::optional<store::EnrollmentOffer> offer = store::EnrollmentOffer::make(
        m_db, request.endpoint, *consoleKey, now(), request.tokenValidMs,
        tr("install over SSH on %1").arg(request.target.displayName()), &error);
    if (!offer) {
        fail(QStringLiteral("token"), error);
        return;
    }
    m_tokenId = offer->token.id;
    QJsonObject config = offer->agentConfig;
    config.insert(QStringLiteral("state_dir"), request.layout.stateDir());
    const QByteArray configText = QJsonDocument(config).toJson(QJsonDocument::Indented);
    emit progress(QStringLiteral("token"), QStringLiteral("done"),
                  tr("token %1, valid until %2, for %3")
                      .arg(m_tokenId)
                      .arg(QDateTime::fromMSecsSinceEpoch(offer->token.expiresMs, Qt::UTC).toString(Qt::ISODate),
                           request.endpoint));

    m_thread = QThread::create([this, request, configText] {
        const RemoteOutcome outcome = runRemote(request, configText);
        releaseThreadCrypto();
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_presentedKey = outcome.hostKey;
                if (!outcome.ok) {
                    fail(outcome.failedStep, outcome.message);
                    return;
                }
                emit progress(QStringLiteral("enroll"), QStringLiteral("running"),
                              tr("waiting for the agent to enrol with the console (up to %1 s)")
                                  .arg(m_request.enrollTimeoutMs / 1000));
                m_watchStartedMs = now();
                m_watch.start();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("agent installer"));
    m_thread->start();
}

AgentInstaller::RemoteOutcome AgentInstaller::runRemote(const InstallRequest &request, const QByteArray &config)
{
    RemoteOutcome outcome;
    const AgentLayout &layout = request.layout;
    auto stop = [&](const QString &step, const QString &message) {
        outcome.failedStep = step;
        outcome.message = message;
        return outcome;
    };
    // Runs one shell command as part of `step`; false (and the outcome filled) when it failed.
    SshSession session(request.target, m_knownHosts);
    auto shell = [&](const QString &step, const QString &command, ExecResult *result = nullptr) {
        ExecLimits limits;
        limits.timeoutMs = kStepTimeoutMs;
        limits.outputCapBytes = 64 * 1024;
        const ExecResult ran = session.exec(command, limits, {}, &m_cancel);
        if (result)
            *result = ran;
        if (ran.succeeded())
            return true;
        QString why = ran.error.isError() ? ran.error.message
            : ran.timedOut                ? tr("timed out")
                                          : tr("exit status %1").arg(ran.exitStatus.value_or(-1));
        const QString detail = QString::fromUtf8(ran.stderrData + ran.stdoutData).trimmed().right(600);
        if (!detail.isEmpty())
            why += QStringLiteral(": ") + detail;
        outcome.failedStep = step;
        outcome.message = tr("`%1` failed on the host (%2)").arg(command, why);
        return false;
    };

    report(QStringLiteral("connect"), QStringLiteral("running"), tr("connecting to %1").arg(request.target.displayName()));
    SshError error;
    const bool verified = session.connectAndVerify(kConnectTimeoutMs, &error);
    outcome.hostKey = session.presentedKey();
    if (!verified) {
        if (error.kind == SshErrorKind::ConnectFailed)
            return stop(QStringLiteral("connect"), error.message);
        report(QStringLiteral("connect"), QStringLiteral("done"), tr("connected"));
        QString message = error.message;
        if (error.kind == SshErrorKind::HostKeyUnknown)
            message += QLatin1Char(' ')
                + tr("Accept it with: msctl ssh trust %1 --fingerprint %2").arg(request.hostName, error.hostKey.fingerprint);
        return stop(QStringLiteral("host-key"), message);
    }
    report(QStringLiteral("connect"), QStringLiteral("done"), tr("connected"));
    report(QStringLiteral("host-key"), QStringLiteral("done"),
           tr("%1 key %2 is known").arg(session.presentedKey().type, session.presentedKey().fingerprint()));

    report(QStringLiteral("login"), QStringLiteral("running"), tr("logging in as %1").arg(request.target.user));
    SshCredentials credentials;
    if (request.credentials) {
        credentials = *request.credentials;
    } else {
        QString why;
        if (!CredentialReader::resolve(request.target, secrets::SecretStore(), &credentials, &why))
            return stop(QStringLiteral("login"), why);
    }
    if (!session.authenticate(credentials, &error))
        return stop(QStringLiteral("login"), error.message);
    report(QStringLiteral("login"), QStringLiteral("done"), tr("logged in as %1").arg(request.target.user));

    report(QStringLiteral("upload"), QStringLiteral("running"),
           tr("copying %1 (%2 MiB) to %3 over SFTP")
               .arg(request.reflectorBinary)
               .arg(double(QFileInfo(request.reflectorBinary).size()) / (1024 * 1024), 0, 'f', 1)
               .arg(layout.binary()));
    if (!shell(QStringLiteral("upload"),
               QStringLiteral("mkdir -p %1 %2 %3 %4 %5 %6 && chmod 700 %4")
                   .arg(q(layout.binDir()), q(layout.unitDir()), q(QFileInfo(layout.logFile()).path()), q(layout.stateDir()),
                        q(QFileInfo(layout.pidFile()).path()), q(layout.etcDir()))))
        return outcome;
    const QString binaryPart = layout.binary() + QStringLiteral(".part");
    if (!session.upload(request.reflectorBinary, binaryPart, 0755, &error))
        return stop(QStringLiteral("upload"), error.message);
    // A rename, so that a running agent's binary is replaced whole, never half-written.
    if (!shell(QStringLiteral("upload"), QStringLiteral("mv -f %1 %2").arg(q(binaryPart), q(layout.binary()))))
        return outcome;
    report(QStringLiteral("upload"), QStringLiteral("done"), tr("%1 is in place").arg(layout.binary()));

    report(QStringLiteral("config"), QStringLiteral("running"), tr("writing %1 (mode 0600)").arg(layout.config()));
    const QString configPart = layout.config() + QStringLiteral(".part");
    if (!session.writeFile(config, configPart, 0600, &error))
        return stop(QStringLiteral("config"), error.message);
    if (!shell(QStringLiteral("config"), QStringLiteral("mv -f %1 %2").arg(q(configPart), q(layout.config()))))
        return outcome;
    report(QStringLiteral("config"), QStringLiteral("done"),
           tr("%1 written: console endpoint %2, its public key and the one-time token").arg(layout.config(), request.endpoint));

    report(QStringLiteral("unit"), QStringLiteral("running"), tr("writing %1").arg(layout.unitFile()));
    if (!session.writeFile(systemdUnitText(layout).toUtf8(), layout.unitFile(), 0644, &error))
        return stop(QStringLiteral("unit"), error.message);
    report(QStringLiteral("unit"), QStringLiteral("done"),
           tr("%1 written (ProtectSystem=strict, ProtectHome=yes, NoNewPrivileges=yes, PrivateTmp=yes)").arg(layout.unitFile()));

    ExecResult probe;
    report(QStringLiteral("start"), QStringLiteral("running"), tr("looking for systemd on the host"));
    if (!shell(QStringLiteral("start"),
               QStringLiteral("if test -d /run/systemd/system && command -v systemctl >/dev/null; then echo systemd; "
                              "else echo none; fi"),
               &probe))
        return outcome;
    const bool hostHasSystemd = probe.stdoutData.trimmed() == "systemd";
    if (hostHasSystemd && request.useSystemd) {
        const bool standardPlace = layout.unitDir() == QLatin1String("/etc/systemd/system");
        const QString unit = QLatin1String(AgentLayout::kUnitName);
        const QString command = standardPlace
            ? QStringLiteral("systemctl daemon-reload && systemctl enable --now %1 && systemctl is-active %1").arg(unit)
            : QStringLiteral("systemctl daemon-reload && systemctl enable --now %1 && systemctl is-active %2")
                  .arg(q(layout.unitFile()), unit);
        if (!shell(QStringLiteral("start"), command))
            return outcome;
        report(QStringLiteral("start"), QStringLiteral("done"), tr("systemd runs %1 (enabled, started)").arg(unit));
    } else {
        // No systemd to run the unit (a container, CI): start the binary itself in the
        // background, in a session of its own so that it outlives this SSH channel.
        const QString command =
            QStringLiteral("if test -f %1 && kill -0 \"$(cat %1)\" 2>/dev/null; then kill \"$(cat %1)\"; sleep 1; fi; "
                           "cd / && nohup setsid %2 --config %3 >>%4 2>&1 </dev/null & echo $! >%1; sleep 1; "
                           "if kill -0 \"$(cat %1)\" 2>/dev/null; then echo running; else tail -n 20 %4; exit 1; fi")
                .arg(q(layout.pidFile()), q(layout.binary()), q(layout.config()), q(layout.logFile()));
        if (!shell(QStringLiteral("start"), command))
            return outcome;
        const QString why = request.useSystemd
            ? tr("no systemd runs on the host (no /run/systemd/system)")
            : tr("systemd was not to be used (--no-systemd)");
        report(QStringLiteral("start"), QStringLiteral("done"),
               tr("%1: plain start instead of systemd: %2 runs in the background (nohup), log %3, pid file %4. It "
                  "does not restart after a reboot: install again where systemd runs, or start it yourself.")
                   .arg(why, layout.binary(), layout.logFile(), layout.pidFile()));
    }
    outcome.ok = true;
    return outcome;
}

void AgentInstaller::watchEnrollment()
{
    if (m_done)
        return;
    QString error;
    const QList<store::TokenInfo> tokens = store::TokenRepository(m_db).list(&error);
    for (const store::TokenInfo &token : tokens) {
        if (token.id != m_tokenId || token.usedByAgent.isEmpty())
            continue;
        const std::optional<store::HostRecord> host = store::HostRepository(m_db).find(token.usedByAgent, &error);
        if (!host || host->enrollment != store::EnrollmentState::Accepted)
            break;
        m_done = true;
        m_watch.stop();
        if (!m_request.hostName.isEmpty())
            store::SshHostRepository(m_db).linkAgent(m_request.hostName, host->agentId, &error);
        const QString message = tr("agent %1 (%2) enrolled and is accepted").arg(host->agentId, host->hostname);
        emit progress(QStringLiteral("enroll"), QStringLiteral("done"), message);
        emit finished(true, message, host->agentId);
        return;
    }
    if (now() - m_watchStartedMs > m_request.enrollTimeoutMs) {
        fail(QStringLiteral("enroll"),
             tr("the agent did not enrol within %1 s. Is the console running, and can the host reach %2? The agent's "
                "log on the host: %3 (or journalctl -u %4).")
                 .arg(m_request.enrollTimeoutMs / 1000)
                 .arg(m_request.endpoint, m_request.layout.logFile(), QLatin1String(AgentLayout::kUnitName)));
    }
}

}  // namespace mirrorstage::remote
