#include "ssh_commands.h"

#include "ctl_output.h"

#include "credential_catalog.h"

#include "approval_policy.h"
#include "remote.h"
#include "secret_store.h"
#include "store.h"
#include "time_range.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Ssh {
    const QCommandLineParser &parser;
    store::Database &database;
    QStringList args;
    bool json = false;

    QString option(const char *name) const { return parser.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser.isSet(QString::fromLatin1(name)); }
    remote::KnownHosts knownHosts() const
    {
        return isSet("known-hosts") ? remote::KnownHosts(option("known-hosts")) : remote::KnownHosts();
    }
};

QJsonObject recordJson(const store::SshHostRecord &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("agent_id"), r.agentId},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("port"), r.port},
            {QStringLiteral("user"), r.user},
            {QStringLiteral("key_file"), r.keyFile},
            {QStringLiteral("jump_host"), r.jumpHost},
            {QStringLiteral("password_keychain_entry"), store::SshHostRepository::passwordKey(r.name)},
            {QStringLiteral("updated_ms"), r.updatedMs}};
}

// The SSH details saved under `name`, or the ones linked to the agent `name` names.
std::optional<store::SshHostRecord> findSshHost(Ssh &c, const QString &name, QString *error)
{
    store::SshHostRepository repository(c.database.connection());
    if (std::optional<store::SshHostRecord> found = repository.find(name, error))
        return found;
    for (const store::HostRecord &host : store::HostRepository(c.database.connection()).list(error)) {
        if (host.agentId == name.toLower() || host.hostname == name) {
            if (std::optional<store::SshHostRecord> linked = repository.forAgent(host.agentId, error))
                return linked;
        }
    }
    if (error->isEmpty())
        *error = QStringLiteral("there are no SSH details for \"%1\"; add them with msctl ssh set %1 --address ADDRESS "
                                "--user USER")
                     .arg(name);
    return std::nullopt;
}

QString agentFor(Ssh &c, const QString &name)
{
    QString error;
    QStringList matches;
    for (const store::HostRecord &host : store::HostRepository(c.database.connection()).list(&error)) {
        if (host.agentId == name.toLower() || host.hostname == name
            || (name.size() >= 6 && host.agentId.startsWith(name.toLower())))
            matches.append(host.agentId);
    }
    return matches.size() == 1 ? matches.first() : QString();
}

QByteArray secretFromStdin()
{
    QTextStream in(stdin);
    return in.readLine().toUtf8();
}

int set(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh set needs one HOST name"));
    const QString name = c.args.first();
    QString error;
    store::SshHostRepository repository(c.database.connection());
    store::SshHostRecord record = repository.find(name, &error).value_or(store::SshHostRecord{});
    record.name = name;
    if (c.isSet("address"))
        record.address = c.option("address");
    if (c.isSet("user"))
        record.user = c.option("user");
    if (c.isSet("port")) {
        bool ok = false;
        record.port = c.option("port").toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--port needs a number"));
    }
    if (c.isSet("key-file"))
        record.keyFile = c.option("key-file").isEmpty() ? QString() : QFileInfo(c.option("key-file")).absoluteFilePath();
    if (c.isSet("jump"))
        record.jumpHost = c.option("jump");
    if (record.address.isEmpty() || record.user.isEmpty())
        return usage(QStringLiteral("ssh set needs --address and --user (the first time)"));
    if (!record.keyFile.isEmpty() && !QFileInfo::exists(record.keyFile))
        return refused(QStringLiteral("the key file %1 does not exist").arg(record.keyFile));
    if (record.agentId.isEmpty())
        record.agentId = agentFor(c, name);
    const secrets::SecretStore keychain;
    if (c.isSet("password-from-stdin")) {
        const secrets::SecretResult written = keychain.writeNow(store::SshHostRepository::passwordKey(name), secretFromStdin());
        if (!written.ok())
            return refused(QStringLiteral("the password could not be stored in the keychain, so nothing was saved: %1")
                               .arg(written.message));
        // Its name (never its value) so that the credentials page lists it.
        secrets::CredentialRegistry::remember(store::SshHostRepository::passwordKey(name));
    }
    if (c.isSet("key-passphrase-from-stdin")) {
        const secrets::SecretResult written =
            keychain.writeNow(store::SshHostRepository::keyPassphraseKey(name), secretFromStdin());
        if (!written.ok())
            return refused(QStringLiteral("the key passphrase could not be stored in the keychain, so nothing was saved: %1")
                               .arg(written.message));
        secrets::CredentialRegistry::remember(store::SshHostRepository::keyPassphraseKey(name));
    }
    if (!repository.save(record, now(), &error))
        return refused(error);
    store::AuditChain(c.database.connection())
        .append(operatorName(), QStringLiteral("ssh.host-saved"), QStringLiteral("ssh host %1").arg(name), recordJson(record),
                now(), &error);
    out() << QStringLiteral("SSH details of %1 saved: %2@%3:%4%5%6\n")
                 .arg(name, record.user, record.address)
                 .arg(record.port)
                 .arg(record.keyFile.isEmpty() ? QString() : QStringLiteral(", key ") + record.keyFile,
                      record.agentId.isEmpty() ? QString() : QStringLiteral(", agent ") + record.agentId);
    if (c.isSet("password-from-stdin"))
        out() << QStringLiteral("password stored in the keychain as %1\n").arg(store::SshHostRepository::passwordKey(name));
    out() << QStringLiteral("check its host key next: msctl ssh check %1\n").arg(name);
    out().flush();
    return Done;
}

int show(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh show needs one HOST name"));
    QString error;
    const std::optional<store::SshHostRecord> record = findSshHost(c, c.args.first(), &error);
    if (!record)
        return refused(error);
    if (c.json) {
        printJson(recordJson(*record));
        return Done;
    }
    out() << QStringLiteral("%1\n  address   %2:%3\n  user      %4\n  key file  %5\n  password  keychain entry %6 (if set)\n"
                            "  jump      %7\n  agent     %8\n")
                 .arg(record->name, record->address)
                 .arg(record->port)
                 .arg(record->user, record->keyFile.isEmpty() ? QStringLiteral("-") : record->keyFile,
                      store::SshHostRepository::passwordKey(record->name),
                      record->jumpHost.isEmpty() ? QStringLiteral("-") : record->jumpHost,
                      record->agentId.isEmpty() ? QStringLiteral("- (no agent)") : record->agentId);
    out().flush();
    return Done;
}

int list(Ssh &c)
{
    QString error;
    const QList<store::SshHostRecord> records = store::SshHostRepository(c.database.connection()).list(&error);
    if (!error.isEmpty())
        return refused(error);
    if (c.json) {
        QJsonArray array;
        for (const store::SshHostRecord &r : records)
            array.append(recordJson(r));
        printJson(array);
        return Done;
    }
    for (const store::SshHostRecord &r : records)
        out() << QStringLiteral("%1  %2@%3:%4  %5\n").arg(r.name, -20).arg(r.user, r.address).arg(r.port).arg(r.agentId);
    out() << QStringLiteral("%1 hosts with SSH details\n").arg(records.size());
    out().flush();
    return Done;
}

int forget(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh forget needs one HOST name"));
    QString error;
    if (!store::SshHostRepository(c.database.connection()).remove(c.args.first(), &error))
        return refused(error);
    const secrets::SecretStore keychain;
    keychain.removeNow(store::SshHostRepository::passwordKey(c.args.first()));
    keychain.removeNow(store::SshHostRepository::keyPassphraseKey(c.args.first()));
    out() << QStringLiteral("SSH details of %1 forgotten (and its keychain entries removed)\n").arg(c.args.first());
    out().flush();
    return Done;
}

QJsonObject checkJson(const QString &name, const remote::HostKeyCheck &check)
{
    return {{QStringLiteral("host"), name},
            {QStringLiteral("status"), remote::hostKeyStatusKey(check.status)},
            {QStringLiteral("key_type"), check.keyType},
            {QStringLiteral("fingerprint"), check.fingerprint},
            {QStringLiteral("known_fingerprints"), QJsonArray::fromStringList(check.knownFingerprints)},
            {QStringLiteral("file"), check.file},
            {QStringLiteral("message"), check.message}};
}

// Connects and checks the host key, without logging in.
std::optional<remote::HostKeyCheck> probe(Ssh &c, const store::SshHostRecord &record, remote::HostKey *key, QString *error)
{
    remote::SshSession session(remote::SshTarget::fromRecord(record), c.knownHosts());
    remote::SshError failure;
    session.connectAndVerify(remote::SshExecutor::kConnectTimeoutMs, &failure);
    if (failure.kind == remote::SshErrorKind::ConnectFailed) {
        *error = failure.message;
        return std::nullopt;
    }
    *key = session.presentedKey();
    return session.hostKeyCheck();
}

int check(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh check needs one HOST name"));
    QString error;
    const std::optional<store::SshHostRecord> record = findSshHost(c, c.args.first(), &error);
    if (!record)
        return refused(error);
    remote::HostKey key;
    const std::optional<remote::HostKeyCheck> result = probe(c, *record, &key, &error);
    if (!result)
        return refused(error);
    if (c.json) {
        printJson(checkJson(record->name, *result));
    } else {
        out() << QStringLiteral("%1 (%2:%3) presents the %4 key %5: %6\n")
                     .arg(record->name, record->address)
                     .arg(record->port)
                     .arg(result->keyType, result->fingerprint, remote::hostKeyStatusKey(result->status));
        out() << result->message << '\n';
        if (result->status == remote::HostKeyStatus::Unknown)
            out() << QStringLiteral("to accept it: msctl ssh trust %1 --fingerprint %2\n").arg(record->name, result->fingerprint);
        out().flush();
    }
    if (result->status == remote::HostKeyStatus::Changed)
        std::fprintf(stderr, "msctl: %s\n", qPrintable(result->message));
    return result->ok() ? Done : Refused;
}

int trust(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh trust needs one HOST name"));
    const QString typed = c.option("fingerprint").trimmed();
    if (!typed.startsWith(QLatin1String("SHA256:")))
        return usage(QStringLiteral("ssh trust needs --fingerprint SHA256:... as msctl ssh check printed it (compare "
                                    "it with the host's own first)"));
    QString error;
    const std::optional<store::SshHostRecord> record = findSshHost(c, c.args.first(), &error);
    if (!record)
        return refused(error);
    remote::HostKey key;
    const std::optional<remote::HostKeyCheck> result = probe(c, *record, &key, &error);
    if (!result)
        return refused(error);
    switch (result->status) {
    case remote::HostKeyStatus::Known:
        out() << QStringLiteral("%1: the key %2 is already known\n").arg(record->name, result->fingerprint);
        out().flush();
        return Done;
    case remote::HostKeyStatus::Changed:
    case remote::HostKeyStatus::Error:
        return refused(result->message);
    case remote::HostKeyStatus::Unknown:
        break;
    }
    if (typed != result->fingerprint)
        return refused(QStringLiteral("%1 presents the key %2, not %3: nothing was accepted. If you expected %3, someone "
                                      "may be in between.")
                           .arg(record->name, result->fingerprint, typed));
    const remote::KnownHosts knownHosts = c.knownHosts();
    if (!knownHosts.accept(record->address, record->port, key, &error))
        return refused(error);
    store::AuditChain(c.database.connection())
        .append(operatorName(), QStringLiteral("ssh.host-key-accepted"), QStringLiteral("ssh host %1").arg(record->name),
                {{QStringLiteral("address"), remote::KnownHosts::hostPattern(record->address, record->port)},
                 {QStringLiteral("key_type"), key.type},
                 {QStringLiteral("fingerprint"), result->fingerprint},
                 {QStringLiteral("file"), knownHosts.consoleFile()}},
                now(), &error);
    out() << QStringLiteral("%1: the %2 key %3 is now known (%4)\n")
                 .arg(record->name, key.type, result->fingerprint, knownHosts.consoleFile());
    out().flush();
    return Done;
}

int runCommand(Ssh &c)
{
    if (c.args.size() < 2)
        return usage(QStringLiteral("ssh run needs HOST -- COMMAND"));
    const QString name = c.args.first();
    const QString script = c.args.mid(1).join(QLatin1Char(' '));
    QString error;
    const std::optional<store::SshHostRecord> record = findSshHost(c, name, &error);
    if (!record)
        return refused(error);
    const core::RiskAssessment risk = core::CommandRiskClassifier::classify(script);
    core::ApprovalGesture gesture;
    gesture.confirmed = c.isSet("confirm") || c.isSet("confirm-host");
    gesture.typedHostName = c.option("confirm-host");
    if (const std::optional<QString> why = core::ApprovalPolicy::refusal(risk.level, record->name, gesture))
        return refused(QStringLiteral("%1 is %2 risk (%3): %4")
                           .arg(script, core::riskLevelKey(risk.level), risk.reasons.join(QStringLiteral("; ")), *why));
    const std::optional<qint64> timeoutMs = parseDurationMs(c.isSet("timeout") ? c.option("timeout") : QStringLiteral("60s"));
    if (!timeoutMs || *timeoutMs <= 0)
        return usage(QStringLiteral("--timeout takes a duration such as 30s, 5m"));
    store::AuditChain audit(c.database.connection());
    const QString subject = QStringLiteral("ssh host %1").arg(record->name);
    if (!audit.append(operatorName(), QStringLiteral("ssh.run"), subject,
                      {{QStringLiteral("script"), script},
                       {QStringLiteral("risk"), core::riskLevelKey(risk.level)},
                       {QStringLiteral("target"), remote::SshTarget::fromRecord(*record).displayName()}},
                      now(), &error))
        return refused(QStringLiteral("the audit log cannot be written, so nothing ran: %1").arg(error));
    remote::SshExecutor executor(c.knownHosts());
    QObject::connect(&executor, &remote::SshExecutor::output, [](const QString &stream, const QByteArray &data) {
        std::FILE *to = stream == QLatin1String("stderr") ? stderr : stdout;
        std::fwrite(data.constData(), 1, size_t(data.size()), to);
        std::fflush(to);
    });
    remote::ExecResult result;
    QEventLoop loop;
    QObject::connect(&executor, &remote::SshExecutor::finished, &loop,
                     [&](const remote::ExecResult &r, const remote::HostKey &) {
                         result = r;
                         loop.quit();
                     });
    remote::ExecLimits limits;
    limits.timeoutMs = *timeoutMs;
    executor.run(remote::SshTarget::fromRecord(*record), script, limits);
    loop.exec();
    QJsonObject details{{QStringLiteral("script"), script},
                        {QStringLiteral("timed_out"), result.timedOut},
                        {QStringLiteral("truncated"), result.truncated},
                        {QStringLiteral("duration_ms"), result.durationMs}};
    if (result.exitStatus)
        details.insert(QStringLiteral("exit_code"), *result.exitStatus);
    if (result.error.isError()) {
        details.insert(QStringLiteral("error"), remote::sshErrorKindKey(result.error.kind));
        details.insert(QStringLiteral("reason"), result.error.message);
    }
    audit.append(operatorName(), QStringLiteral("ssh.finished"), subject, details, now(), &error);
    if (result.error.isError())
        return refused(result.error.message);
    if (result.truncated)
        std::fprintf(stderr, "msctl: output cut at %lld bytes per stream (the command wrote %lld + %lld)\n",
                     static_cast<long long>(limits.outputCapBytes), static_cast<long long>(result.stdoutBytes),
                     static_cast<long long>(result.stderrBytes));
    if (result.timedOut)
        return refused(QStringLiteral("timed out after %1 ms; the command was sent TERM, then KILL").arg(result.durationMs));
    if (!result.exitStatus)
        return refused(QStringLiteral("the command ended without an exit status (killed by a signal?)"));
    return *result.exitStatus;
}

QString defaultEndpoint()
{
    QSettings settings;
    QString listen = settings.value(QStringLiteral("hub/listen"), QStringLiteral("127.0.0.1:7340")).toString();
    if (!listen.contains(QLatin1Char(':')))
        listen = QStringLiteral("127.0.0.1:") + listen;
    const bool tls = !settings.value(QStringLiteral("hub/tls_certificate")).toString().isEmpty();
    return (tls ? QStringLiteral("wss://") : QStringLiteral("ws://")) + listen + QStringLiteral("/agents");
}

int installAgent(Ssh &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("ssh install-agent needs one HOST name"));
    QString error;
    const std::optional<store::SshHostRecord> record = findSshHost(c, c.args.first(), &error);
    if (!record)
        return refused(error);
    remote::InstallRequest request;
    request.target = remote::SshTarget::fromRecord(*record);
    request.hostName = record->name;
    if (c.isSet("prefix"))
        request.layout.prefix = QDir::cleanPath(c.option("prefix"));
    const QString besideMsctl = QCoreApplication::applicationDirPath() + QStringLiteral("/reflector");
    request.reflectorBinary = c.isSet("reflector") ? c.option("reflector") : besideMsctl;
    request.endpoint = c.isSet("endpoint") ? c.option("endpoint") : defaultEndpoint();
    request.useSystemd = !c.isSet("no-systemd");
    if (c.isSet("enroll-timeout")) {
        const std::optional<qint64> ms = parseDurationMs(c.option("enroll-timeout"));
        if (!ms || *ms <= 0)
            return usage(QStringLiteral("--enroll-timeout takes a duration such as 2m"));
        request.enrollTimeoutMs = *ms;
    }
    remote::AgentInstaller installer(c.database.connection(), c.knownHosts());
    QJsonArray steps;
    QObject::connect(&installer, &remote::AgentInstaller::progress,
                     [&](const QString &step, const QString &state, const QString &message) {
                         steps.append(QJsonObject{{QStringLiteral("step"), step},
                                                  {QStringLiteral("state"), state},
                                                  {QStringLiteral("message"), message}});
                         if (!c.json) {
                             out() << QStringLiteral("[%1] %2: %3\n").arg(state, -7).arg(step, message);
                             out().flush();
                         }
                     });
    bool ok = false;
    QString finalMessage, agentId;
    QEventLoop loop;
    QObject::connect(&installer, &remote::AgentInstaller::finished, &loop,
                     [&](bool success, const QString &message, const QString &agent) {
                         ok = success;
                         finalMessage = message;
                         agentId = agent;
                         loop.quit();
                     });
    installer.start(request);
    loop.exec();
    QString auditError;
    store::AuditChain(c.database.connection())
        .append(operatorName(), ok ? QStringLiteral("ssh.agent-installed") : QStringLiteral("ssh.agent-install-failed"),
                QStringLiteral("ssh host %1").arg(record->name),
                {{QStringLiteral("prefix"), request.layout.prefix},
                 {QStringLiteral("agent_id"), agentId},
                 {QStringLiteral("message"), finalMessage}},
                now(), &auditError);
    if (c.json)
        printJson({{QStringLiteral("ok"), ok},
                   {QStringLiteral("message"), finalMessage},
                   {QStringLiteral("agent_id"), agentId},
                   {QStringLiteral("steps"), steps}});
    if (!ok)
        return refused(finalMessage);
    if (!c.json) {
        out() << finalMessage << '\n';
        out().flush();
    }
    return Done;
}

int suggest(Ssh &c)
{
    const remote::HostSuggestionReport report = remote::HostSuggestions::collect(remote::HostSuggestionSources::defaults());
    if (c.json) {
        QJsonArray hosts;
        for (const remote::HostSuggestion &h : report.hosts)
            hosts.append(QJsonObject{{QStringLiteral("name"), h.name},
                                     {QStringLiteral("address"), h.address},
                                     {QStringLiteral("port"), h.port},
                                     {QStringLiteral("user"), h.user},
                                     {QStringLiteral("source"), h.source}});
        printJson({{QStringLiteral("hosts"), hosts},
                   {QStringLiteral("hashed_known_hosts_skipped"), report.hashedKnownHosts},
                   {QStringLiteral("sources"), QJsonArray::fromStringList(report.readSources)}});
        return Done;
    }
    for (const remote::HostSuggestion &h : report.hosts)
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(h.name, -24)
                     .arg(QStringLiteral("%1%2:%3").arg(h.user.isEmpty() ? QString() : h.user + QLatin1Char('@'), h.address).arg(h.port), -32)
                     .arg(h.source, QString());
    out() << QStringLiteral("%1 suggestions from %2 (read only; nothing was sent on the network)\n")
                 .arg(report.hosts.size())
                 .arg(report.readSources.isEmpty() ? QStringLiteral("no readable source") : report.readSources.join(QStringLiteral(", ")));
    if (report.hashedKnownHosts > 0)
        out() << QStringLiteral("%1 known_hosts entries have hashed names and cannot be listed\n").arg(report.hashedKnownHosts);
    out().flush();
    return Done;
}

}  // namespace

QList<QCommandLineOption> sshOptions()
{
    return {
        {QStringLiteral("address"), QStringLiteral("ssh set: the host's address or DNS name."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("ssh set: the SSH port (default 22)."), QStringLiteral("port")},
        {QStringLiteral("user"), QStringLiteral("ssh set: the login user."), QStringLiteral("user")},
        {QStringLiteral("key-file"), QStringLiteral("ssh set: the private key file to log in with."), QStringLiteral("file")},
        {QStringLiteral("password-from-stdin"), QStringLiteral("ssh set: read the login password from stdin into the keychain.")},
        {QStringLiteral("key-passphrase-from-stdin"),
         QStringLiteral("ssh set: read the key file's passphrase from stdin into the keychain.")},
        {QStringLiteral("jump"), QStringLiteral("ssh set: a jump host, [user@]host[:port] (reached with OpenSSH's ssh -W)."),
         QStringLiteral("host")},
        {QStringLiteral("fingerprint"), QStringLiteral("ssh trust: the SHA256 fingerprint you checked."), QStringLiteral("SHA256:...")},
        {QStringLiteral("known-hosts"), QStringLiteral("ssh: the console's known_hosts file (default: its own)."),
         QStringLiteral("file")},
        {QStringLiteral("timeout"), QStringLiteral("ssh run: how long the command may run (default 60s)."), QStringLiteral("duration")},
        {QStringLiteral("prefix"), QStringLiteral("ssh install-agent: where to install on the host (default /opt/mirrorstage)."),
         QStringLiteral("dir")},
        {QStringLiteral("reflector"), QStringLiteral("ssh install-agent: the reflector binary to copy (default: beside msctl)."),
         QStringLiteral("path")},
        {QStringLiteral("no-systemd"), QStringLiteral("ssh install-agent: start the agent without systemd even where it runs.")},
        {QStringLiteral("enroll-timeout"), QStringLiteral("ssh install-agent: how long to wait for the agent to enrol (2m)."),
         QStringLiteral("duration")},
    };
}

std::optional<int> runSshCommand(const QString &command, const QStringList &words, const QCommandLineParser &parser,
                                 store::Database &database)
{
    if (command != QLatin1String("ssh"))
        return std::nullopt;
    if (words.isEmpty())
        return usage(QStringLiteral("ssh needs one of: set, show, list, forget, check, trust, run, install-agent, suggest"));
    Ssh c{parser, database, words.mid(1), parser.isSet(QStringLiteral("json"))};
    const QString what = words.first();
    if (what == QLatin1String("set"))
        return set(c);
    if (what == QLatin1String("show"))
        return show(c);
    if (what == QLatin1String("list"))
        return list(c);
    if (what == QLatin1String("forget"))
        return forget(c);
    if (what == QLatin1String("check"))
        return check(c);
    if (what == QLatin1String("trust"))
        return trust(c);
    if (what == QLatin1String("run"))
        return runCommand(c);
    if (what == QLatin1String("install-agent"))
        return installAgent(c);
    if (what == QLatin1String("suggest"))
        return suggest(c);
    return usage(QStringLiteral("unknown ssh command \"%1\"").arg(what));
}

}  // namespace mirrorstage::ctl
