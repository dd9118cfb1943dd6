#include "ctl_commands.h"

#include "ctl_output.h"

#include "credentials_command.h"
#include "mask_command.h"
#include "remediation_commands.h"
#include "risk_command.h"
#include "ssh_commands.h"
#include "store.h"
#include "time_range.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

QString stateName(store::EnrollmentState state)
{
    return store::enrollmentStateKey(state);
}

struct Context {
    QCommandLineParser &parser;
    QStringList args;  // after the command words
    bool json = false;
    store::Database &database;
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
};

// An agent named by its id, a unique prefix of it (6 characters or more), or its unique hostname.
std::optional<store::HostRecord> findHost(Context &c, const QString &name, QString *error)
{
    const QList<store::HostRecord> hosts = store::HostRepository(c.database.connection()).list(error);
    QList<store::HostRecord> matches;
    for (const store::HostRecord &host : hosts) {
        if (host.agentId == name.toLower() || host.hostname == name
            || (name.size() >= 6 && host.agentId.startsWith(name.toLower()))) {
            matches.append(host);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty() ? QStringLiteral("no agent is called \"%1\" (msctl hosts lists them)").arg(name)
                               : QStringLiteral("\"%1\" names %2 agents; use the agent id").arg(name).arg(matches.size());
    return std::nullopt;
}

QJsonObject hostJson(const store::HostRecord &host)
{
    QJsonObject object{{QStringLiteral("agent_id"), host.agentId},
                       {QStringLiteral("hostname"), host.hostname},
                       {QStringLiteral("version"), host.agentVersion},
                       {QStringLiteral("rack"), host.rack.isEmpty() ? QJsonValue() : QJsonValue(host.rack)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(host.tags)},
                       {QStringLiteral("enrollment"), stateName(host.enrollment)},
                       {QStringLiteral("enrollment_changed_by"), host.enrollmentChangedBy},
                       {QStringLiteral("first_seen_ms"), host.firstSeenMs},
                       {QStringLiteral("last_seen_ms"), host.lastSeenMs},
                       {QStringLiteral("boot"), host.currentBoot}};
    if (host.position) {
        object.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), host.position->x},
                                                              {QStringLiteral("y"), host.position->y},
                                                              {QStringLiteral("z"), host.position->z}});
    }
    return object;
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

int enrollToken(Context &c)
{
    const QString validFor = c.parser.value(QStringLiteral("valid-for"));
    const auto validMs = parseDurationMs(validFor);
    if (!validMs || *validMs <= 0)
        return usage(QStringLiteral("--valid-for needs a duration such as 30m, 1h or 7d, got \"%1\"").arg(validFor));
    QString error;
    const std::optional<QByteArray> consoleKey = store::ConsoleIdentity(c.database.connection()).publicKey(&error);
    if (!consoleKey) {
        return refused(error.isEmpty() ? QStringLiteral("the console has not run with %1 yet: start `mirrorstage --headless` "
                                                        "once so that its key is known, then try again")
                                             .arg(c.database.path())
                                       : error);
    }
    const QString endpoint = c.parser.isSet(QStringLiteral("endpoint")) ? c.parser.value(QStringLiteral("endpoint"))
                                                                        : defaultEndpoint();
    const auto offer = store::EnrollmentOffer::make(c.database.connection(), endpoint, *consoleKey, c.nowMs, *validMs,
                                                    c.parser.value(QStringLiteral("note")), &error);
    if (!offer)
        return refused(error);
    const store::CreatedToken &token = offer->token;
    const QJsonObject &config = offer->agentConfig;
    if (c.json) {
        printJson(QJsonObject{{QStringLiteral("token"), token.token},
                              {QStringLiteral("expires_ms"), token.expiresMs},
                              {QStringLiteral("config"), config}});
        return Done;
    }
    const QString expires = QDateTime::fromMSecsSinceEpoch(token.expiresMs, Qt::UTC).toString(Qt::ISODate);
    out() << "Enrollment token, valid once until " << expires << ":\n  " << token.token << "\n\n"
          << "Agent configuration (for example /etc/mirrorstage/reflector.json):\n"
          << QJsonDocument(config).toJson(QJsonDocument::Indented) << "\n"
          << "Start the agent with:\n  reflector --config /etc/mirrorstage/reflector.json\n";
    out().flush();
    return Done;
}

int enrollList(Context &c)
{
    QString error;
    const QList<store::HostRecord> hosts = store::HostRepository(c.database.connection()).list(&error);
    if (!error.isEmpty())
        return refused(error);
    const QList<store::TokenInfo> tokens = store::TokenRepository(c.database.connection()).list(&error);
    if (!error.isEmpty())
        return refused(error);
    if (c.json) {
        QJsonArray agents;
        for (const store::HostRecord &host : hosts)
            agents.append(hostJson(host));
        QJsonArray tokenArray;
        for (const store::TokenInfo &token : tokens) {
            tokenArray.append(QJsonObject{{QStringLiteral("id"), token.id},
                                          {QStringLiteral("expires_ms"), token.expiresMs},
                                          {QStringLiteral("used_by"), token.usedByAgent},
                                          {QStringLiteral("note"), token.note}});
        }
        printJson(QJsonObject{{QStringLiteral("agents"), agents}, {QStringLiteral("tokens"), tokenArray}});
        return Done;
    }
    for (const store::HostRecord &host : hosts) {
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(host.agentId, -32)
                     .arg(stateName(host.enrollment), -8)
                     .arg(host.hostname, -24)
                     .arg(host.enrollmentChangedBy);
    }
    int open = 0;
    for (const store::TokenInfo &token : tokens)
        open += !token.usedMs && token.expiresMs > c.nowMs;
    out() << QStringLiteral("%1 agents, %2 unused enrollment tokens\n").arg(hosts.size()).arg(open);
    out().flush();
    return Done;
}

int enrollDecide(Context &c, store::EnrollmentState state)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("name one agent: its id, a prefix of it, or its hostname"));
    QString error;
    const std::optional<store::HostRecord> host = findHost(c, c.args.first(), &error);
    if (!host)
        return refused(error);
    if (!store::HostRepository(c.database.connection()).setEnrollmentState(host->agentId, state, operatorName(), c.nowMs, &error))
        return refused(error);
    out() << QStringLiteral("%1 (%2) is now %3\n").arg(host->agentId, host->hostname, stateName(state));
    out().flush();
    return Done;
}

int hosts(Context &c)
{
    QString error;
    const QList<store::HostRecord> list = store::HostRepository(c.database.connection()).list(&error);
    if (!error.isEmpty())
        return refused(error);
    if (c.json) {
        QJsonArray array;
        for (const store::HostRecord &host : list)
            array.append(hostJson(host));
        printJson(array);
        return Done;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5\n").arg(QStringLiteral("AGENT"), -12).arg(QStringLiteral("HOSTNAME"), -24)
                 .arg(QStringLiteral("RACK"), -8).arg(QStringLiteral("STATE"), -8).arg(QStringLiteral("LAST SEEN"));
    for (const store::HostRecord &host : list) {
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(host.agentId.left(12), -12)
                     .arg(host.hostname, -24)
                     .arg(host.rack.isEmpty() ? QStringLiteral("-") : host.rack, -8)
                     .arg(stateName(host.enrollment), -8)
                     .arg(formatAgo(host.lastSeenMs, c.nowMs));
    }
    out().flush();
    return Done;
}

// "cpu_busy_x100" -> ("cpu_busy", value / 100): what the operator reads.
std::pair<QString, QJsonValue> readable(const char *column, std::optional<qint64> value)
{
    QString name = QString::fromLatin1(column);
    if (!value)
        return {name.endsWith(QLatin1String("_x100")) ? name.chopped(5) : name, QJsonValue()};
    if (name.endsWith(QLatin1String("_x100")))
        return {name.chopped(5), double(*value) / 100.0};
    return {name, *value};
}

int samples(Context &c)
{
    if (c.args.size() != 1)
        return usage(QStringLiteral("name one host: its agent id, a prefix of it, or its hostname"));
    const auto since = parseMomentMs(c.parser.value(QStringLiteral("since")), c.nowMs);
    const auto until = c.parser.isSet(QStringLiteral("until")) ? parseMomentMs(c.parser.value(QStringLiteral("until")), c.nowMs)
                                                               : std::optional<qint64>(c.nowMs + 1);
    if (!since || !until)
        return usage(QStringLiteral("--since and --until take a duration (15m, 2h, 7d) or an ISO date"));
    QString error;
    const std::optional<store::HostRecord> host = findHost(c, c.args.first(), &error);
    if (!host)
        return refused(error);
    const QList<store::StoredSeries> rows =
        store::SampleQueries(c.database.connection()).series(host->agentId, *since, *until, &error);
    if (!error.isEmpty())
        return refused(error);
    QJsonArray array;
    for (const store::StoredSeries &row : rows) {
        QJsonObject object{{QStringLiteral("boot"), row.bootId},
                           {QStringLiteral("seq"), qint64(row.seq)},
                           {QStringLiteral("timestamp_ms"), row.series.timestampMs.value_or(0)}};
        for (const store::SeriesColumn &column : store::seriesColumns()) {
            const auto [name, value] = readable(column.name, row.series.*column.member);
            object.insert(name, value);
        }
        array.append(object);
    }
    if (c.json) {
        printJson(array);
        return Done;
    }
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject row = value.toObject();
        out() << QDateTime::fromMSecsSinceEpoch(row.value(QStringLiteral("timestamp_ms")).toInteger()).toString(Qt::ISODate)
              << QStringLiteral("  cpu %1%  mem %2%  load %3  fs %4%\n")
                     .arg(row.value(QStringLiteral("cpu_busy")).toDouble(), 0, 'f', 1)
                     .arg(row.value(QStringLiteral("mem_used")).toDouble(), 0, 'f', 1)
                     .arg(row.value(QStringLiteral("load1")).toDouble(), 0, 'f', 2)
                     .arg(row.value(QStringLiteral("fs_used")).toDouble(), 0, 'f', 1);
    }
    out() << QStringLiteral("%1 samples of %2\n").arg(rows.size()).arg(host->hostname);
    out().flush();
    return Done;
}

}  // namespace

int run(const QStringList &arguments)
{
    // Needs no database: dispatched before the store is opened.
    if (arguments.value(1) == QLatin1String("mask"))
        return runMaskCommand(arguments.mid(2));
    if (arguments.value(1) == QLatin1String("risk"))
        return runRiskCommand(arguments.mid(2));
    if (arguments.value(1) == QLatin1String("credentials"))
        return runCredentialsCommand(arguments.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The MIRROR STAGE console's store from the command line.\n\n"
        "Commands:\n"
        "  enroll token      make a one-time enrollment token and print the agent's configuration\n"
        "  enroll list       agents and their enrollment state, and open tokens\n"
        "  enroll accept ID  let a pending agent in (ID: agent id, a prefix of it, or hostname)\n"
        "  enroll reject ID  keep an agent out\n"
        "  enroll revoke ID  shut out an agent that was accepted\n"
        "  hosts             the hosts the console knows\n"
        "  samples HOST      a host's stored samples\n"
        "  incidents [--all] incidents not yet resolved (--all: every one)\n"
        "  incident ID       an incident, its history and proposals; incident ack|resolve ID;\n"
        "                    incident silence ID --until 2h\n"
        "  proposals [ID]    proposals waiting for a decision (or an incident's)\n"
        "  approve ID        approve a proposal: low as is, medium with --confirm, high with\n"
        "                    --confirm-host HOSTNAME, critical never\n"
        "  reject ID --reason TEXT\n"
        "  executions        commands sent to hosts and their results\n"
        "  audit list [--since 1d] | audit verify   the hash-chained audit log\n"
        "  usage [--since 30d]  AI tokens and cost per day\n"
        "  mask [--json]     mask secrets and addresses in stdin as they would reach an AI provider\n"
        "  risk [--json] 'COMMAND'  the safety level of a shell command and why (low, medium, high, critical)\n"
        "  credentials list [--json]  the credentials in the keychain and whether each is stored (no values)\n"
        "  ssh set|show|list|forget|check|trust|run|install-agent|suggest   hosts over SSH (see README)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do, see above."));
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The console's database (default: the console's own)."), QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
        {QStringLiteral("valid-for"), QStringLiteral("enroll token: how long the token is valid (default 1h)."),
         QStringLiteral("duration"), QStringLiteral("1h")},
        {QStringLiteral("note"), QStringLiteral("enroll token: a note kept with the token."), QStringLiteral("text")},
        {QStringLiteral("endpoint"), QStringLiteral("enroll token: the console URL agents use (default: from its settings)."),
         QStringLiteral("url")},
        {QStringLiteral("since"), QStringLiteral("samples: from (15m, 2h, 7d or an ISO date; default 15m)."),
         QStringLiteral("time"), QStringLiteral("15m")},
        {QStringLiteral("until"), QStringLiteral("samples: up to (default now); incident silence: for how long (2h)."),
         QStringLiteral("time")},
    });
    parser.addOptions(remediationOptions());
    parser.addOptions(sshOptions());
    parser.process(arguments);

    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usage(QStringLiteral("no command given"));
    QSettings settings;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
        : settings.value(QStringLiteral("store/database")).toString().isEmpty()
        ? store::Database::defaultPath()
        : settings.value(QStringLiteral("store/database")).toString();
    store::Database database(path, QStringLiteral("msctl"));
    if (!database.isOpen())
        return refused(database.errorString());
    Context c{parser, {}, parser.isSet(QStringLiteral("json")), database};

    const QString command = words.takeFirst();
    if (command == QLatin1String("enroll")) {
        if (words.isEmpty())
            return usage(QStringLiteral("enroll needs one of: token, list, accept, reject, revoke"));
        const QString what = words.takeFirst();
        c.args = words;
        if (what == QLatin1String("token"))
            return enrollToken(c);
        if (what == QLatin1String("list"))
            return enrollList(c);
        if (what == QLatin1String("accept"))
            return enrollDecide(c, store::EnrollmentState::Accepted);
        if (what == QLatin1String("reject"))
            return enrollDecide(c, store::EnrollmentState::Rejected);
        if (what == QLatin1String("revoke"))
            return enrollDecide(c, store::EnrollmentState::Revoked);
        return usage(QStringLiteral("unknown enroll command \"%1\"").arg(what));
    }
    c.args = words;
    if (const std::optional<int> exit = runRemediationCommand(command, words, parser, database))
        return *exit;
    if (const std::optional<int> exit = runSshCommand(command, words, parser, database))
        return *exit;
    if (command == QLatin1String("hosts"))
        return hosts(c);
    if (command == QLatin1String("samples"))
        return samples(c);
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

}  // namespace mirrorstage::ctl
