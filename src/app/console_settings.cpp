#include "console_settings.h"

#include <QFileInfo>

#include "demo_fleet.h"

#include <QSettings>

namespace mirrorstage::app {
namespace {

const QString kListen = QStringLiteral("listen");
const QString kDatabase = QStringLiteral("database");
const QString kKeyFile = QStringLiteral("key-file");
const QString kTlsCert = QStringLiteral("tls-cert");
const QString kTlsKey = QStringLiteral("tls-key");
const QString kHeadless = QStringLiteral("headless");
const QString kDemoFleet = QStringLiteral("demo-fleet");
const QString kDemoHosts = QStringLiteral("demo-hosts");
const QString kReflector = QStringLiteral("reflector");
const QString kDemoDir = QStringLiteral("demo-dir");
const QString kRules = QStringLiteral("rules");
const QString kNoDemoFault = QStringLiteral("no-demo-fault");
const QString kProvider = QStringLiteral("ai-provider");

// "127.0.0.1:7340", "[::1]:7340", "0.0.0.0:7340" or just a port.
bool parseListen(const QString &text, hub::HubSettings &hub)
{
    QString host = text;
    QString port = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    } else {
        host.clear();
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (!host.isEmpty()) {
        QHostAddress address;
        if (!address.setAddress(host))
            return false;
        hub.address = address;
    }
    hub.port = quint16(number);
    return true;
}

}  // namespace

void ConsoleSettingsLoader::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kHeadless, tr("Run the hub and the store without a window (servers, tests).")},
        {kListen, tr("Where agents connect: ADDRESS:PORT (default 127.0.0.1:7340)."), tr("address:port")},
        {kDatabase, tr("The SQLite database (default: in the XDG data directory)."), tr("file")},
        {kKeyFile, tr("Keep the console's signing key in this file (mode 0600) instead of the keychain."), tr("file")},
        {kTlsCert, tr("Serve wss:// with this PEM certificate chain."), tr("file")},
        {kTlsKey, tr("The PEM private key of --tls-cert."), tr("file")},
        {kDemoFleet, tr("Start a demo fleet: reflector agents on this machine, in three racks, streaming to this console.")},
        {kDemoHosts, tr("How many hosts the demo fleet has, 1 to %1 (default %2).").arg(DemoFleet::kMaxHosts).arg(DemoFleet::kDefaultHosts),
         tr("count")},
        {kReflector, tr("The reflector program the demo fleet runs (default: next to mirrorstage, else in the build tree)."),
         tr("path")},
        {kDemoDir, tr("Where the demo fleet keeps its agents' configuration, keys, outboxes and logs."), tr("dir")},
        {kNoDemoFault, tr("Run the demo fleet without its fault (a CPU-hungry process under its last host).")},
        {kRules, tr("The operator's incident rules, over the built-in defaults (default: rules.json in the "
                    "console's configuration directory)."),
         tr("file")},
        {kProvider, tr("Who proposes remediations: runbooks (local, the default), gemini, openai or anthropic."),
         tr("name")},
    });
}

bool ConsoleSettingsLoader::load(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("hub"));
    const QString listen = parser.isSet(kListen) ? parser.value(kListen)
                                                 : stored.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:7340")).toString();
    if (!parseListen(listen, settings.hub)) {
        *error = tr("\"%1\" is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340").arg(listen);
        return false;
    }
    settings.hub.tlsCertificatePath = parser.isSet(kTlsCert) ? parser.value(kTlsCert)
                                                             : stored.value(QStringLiteral("tls_certificate")).toString();
    settings.hub.tlsKeyPath = parser.isSet(kTlsKey) ? parser.value(kTlsKey) : stored.value(QStringLiteral("tls_key")).toString();
    if (settings.hub.tlsCertificatePath.isEmpty() != settings.hub.tlsKeyPath.isEmpty()) {
        *error = tr("TLS needs both a certificate (--tls-cert) and its key (--tls-key)");
        return false;
    }
    bool ok = false;
    const int missed = stored.value(QStringLiteral("missed_intervals_offline"), 3).toInt(&ok);
    if (!ok || missed < 1 || missed > 1000) {
        *error = tr("hub/missed_intervals_offline in %1 must be a whole number from 1 to 1000").arg(stored.fileName());
        return false;
    }
    settings.hub.missedIntervalsOffline = missed;
    const int retrySeconds = stored.value(QStringLiteral("pending_retry_seconds"), 30).toInt(&ok);
    if (!ok || retrySeconds < 1 || retrySeconds > 86400) {
        *error = tr("hub/pending_retry_seconds in %1 must be a whole number from 1 to 86400").arg(stored.fileName());
        return false;
    }
    settings.hub.pendingRetryMs = qint64(retrySeconds) * 1000;
    stored.endGroup();

    const struct {
        const char *key;
        qint64 *target;
        int maxDays;
    } retentionKeys[] = {{"store/raw_samples_days", &settings.retention.rawSamplesMs, 3650},
                         {"store/rollups_days", &settings.retention.rollupsMs, 3650},
                         {"store/log_events_days", &settings.retention.logEventsMs, 3650}};
    for (const auto &entry : retentionKeys) {
        const QString key = QString::fromLatin1(entry.key);
        if (!stored.contains(key))
            continue;
        const double days = stored.value(key).toDouble(&ok);
        if (!ok || days <= 0 || days > entry.maxDays) {
            *error = tr("%1 in %2 must be a number of days from 0.01 to %3").arg(key, stored.fileName()).arg(entry.maxDays);
            return false;
        }
        *entry.target = qint64(days * double(store::RetentionPolicy::kDayMs));
    }

    settings.databasePath = parser.isSet(kDatabase) ? parser.value(kDatabase)
                                                    : stored.value(QStringLiteral("store/database")).toString();
    settings.keyFile = parser.value(kKeyFile);
    settings.headless = parser.isSet(kHeadless);
    return loadRemediation(parser, settings, error) && loadDemoFleet(parser, settings, error);
}

QString ConsoleSettingsLoader::apiKeyName(ai::ProviderKind kind)
{
    return QStringLiteral("ai/%1/api_key").arg(ai::ProviderSettingsText::kindKey(kind));
}

bool ConsoleSettingsLoader::loadRemediation(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error)
{
    QSettings stored;
    RemediationSettings &r = settings.remediation;
    const QString configDir = QFileInfo(stored.fileName()).absolutePath();
    r.userRulesFile = parser.isSet(kRules) ? parser.value(kRules)
        : stored.value(QStringLiteral("incidents/rules_file"), configDir + QStringLiteral("/rules.json")).toString();
    settings.rulesGiven = parser.isSet(kRules);
    if (parser.isSet(kRules) && !QFileInfo::exists(r.userRulesFile)) {
        *error = tr("the rules file %1 does not exist").arg(r.userRulesFile);
        return false;
    }
    const QString providerKey = parser.isSet(kProvider) ? parser.value(kProvider)
                                                        : stored.value(QStringLiteral("ai/provider"), QStringLiteral("runbooks")).toString();
    const std::optional<ai::ProviderKind> kind = ai::ProviderSettingsText::kindFromKey(providerKey);
    if (!kind) {
        *error = tr("\"%1\" is not a provider; ai/provider takes runbooks, gemini, openai or anthropic").arg(providerKey);
        return false;
    }
    r.provider.kind = *kind;
    r.provider.model = stored.value(QStringLiteral("ai/model")).toString();
    const QString baseUrl = stored.value(QStringLiteral("ai/base_url")).toString();
    if (!baseUrl.isEmpty())
        r.provider.baseUrl = QUrl(baseUrl);
    bool ok = true;
    const int timeoutSeconds = stored.value(QStringLiteral("ai/timeout_seconds"), 90).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600) {
        *error = tr("ai/timeout_seconds in %1 must be a whole number from 1 to 600").arg(stored.fileName());
        return false;
    }
    r.provider.timeoutMs = timeoutSeconds * 1000;
    r.provider.runbookDir = stored.value(QStringLiteral("ai/runbook_dir")).toString();
    r.pricesFile = stored.value(QStringLiteral("ai/prices_file")).toString();
    r.askProvider = stored.value(QStringLiteral("ai/ask_on_open"), true).toBool();
    return true;
}

bool ConsoleSettingsLoader::loadDemoFleet(const QCommandLineParser &parser, ConsoleSettings &settings, QString *error)
{
    settings.demoFleet = parser.isSet(kDemoFleet);
    for (const QString &option : {kDemoHosts, kReflector, kDemoDir, kNoDemoFault}) {
        if (parser.isSet(option) && !settings.demoFleet) {
            *error = tr("--%1 goes with --demo-fleet").arg(option);
            return false;
        }
    }
    if (parser.isSet(kDemoHosts)) {
        bool ok = false;
        const QString text = parser.value(kDemoHosts);
        settings.demoHosts = text.toInt(&ok);
        if (!ok || settings.demoHosts < 1 || settings.demoHosts > DemoFleet::kMaxHosts) {
            *error = tr("--demo-hosts takes a whole number from 1 to %1, got \"%2\"").arg(DemoFleet::kMaxHosts).arg(text);
            return false;
        }
    }
    settings.demoFault = !parser.isSet(kNoDemoFault);
    settings.demoReflector = parser.value(kReflector);
    settings.demoDir = parser.value(kDemoDir);
    return true;
}

}  // namespace mirrorstage::app
