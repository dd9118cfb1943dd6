#include "agent_config.h"

#include "ed25519.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace mirrorstage::reflector {
namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeName(value);
}

// Line and column of a byte offset, for a JSON syntax error an operator can find in an editor.
QString position(const QByteArray &json, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

struct Checker {
    QString *error;
    bool failed = false;

    bool fail(const QString &key, const QString &problem)
    {
        if (!failed && error)
            *error = AgentConfigLoader::tr("key \"%1\": %2").arg(key, problem);
        failed = true;
        return false;
    }
};

// `shownKey` names a key inside an object ("commands.run_as"); empty: `key` itself.
bool readText(Checker &check, const QJsonObject &root, const QString &key, QString &out, const QString &shownKey = {})
{
    const QString name = shownKey.isEmpty() ? key : shownKey;
    const QJsonValue value = root.value(key);
    if (!value.isString())
        return check.fail(name, AgentConfigLoader::tr("must be a string, got %1").arg(typeName(value)));
    out = value.toString();
    if (out.trimmed().isEmpty())
        return check.fail(name, AgentConfigLoader::tr("must not be empty; leave the key out instead"));
    if (out.trimmed() != out || hasControlCharacters(out))
        return check.fail(name, AgentConfigLoader::tr("must not start or end with blanks or hold control characters"));
    return true;
}

bool readEndpoint(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("endpoint");
    QString text;
    if (!readText(check, root, key, text))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        || url.host().isEmpty()) {
        return check.fail(key, AgentConfigLoader::tr("must be a ws:// or wss:// URL with a host, e.g. "
                                                     "\"wss://console.example:7443/agents\", got %1")
                                   .arg(shown(text)));
    }
    config.endpoint = url;
    return true;
}

bool readHostname(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("hostname_override");
    if (!readText(check, root, key, config.hostnameOverride))
        return false;
    if (config.hostnameOverride.size() > 253)
        return check.fail(key, AgentConfigLoader::tr("must be at most 253 characters long"));
    if (config.hostnameOverride.contains(QLatin1Char(' ')))
        return check.fail(key, AgentConfigLoader::tr("must not contain spaces, got %1").arg(shown(config.hostnameOverride)));
    return true;
}

bool readPosition(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("position");
    const QJsonValue value = root.value(key);
    if (!value.isObject()) {
        return check.fail(key, AgentConfigLoader::tr("must be an object like {\"x\": 0, \"y\": 2, \"z\": 0}, got %1")
                                   .arg(typeName(value)));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("x") && it.key() != QLatin1String("y") && it.key() != QLatin1String("z"))
            return check.fail(key + QLatin1Char('.') + it.key(), AgentConfigLoader::tr("unknown key; position has x, y and z"));
    }
    double coordinates[3] = {};
    const char *names[3] = {"x", "y", "z"};
    for (int i = 0; i < 3; ++i) {
        const QString axisKey = key + QLatin1Char('.') + QLatin1String(names[i]);
        const QJsonValue axis = object.value(QLatin1String(names[i]));
        if (axis.isUndefined())
            return check.fail(axisKey, AgentConfigLoader::tr("is missing; a position needs x, y and z"));
        if (!axis.isDouble() || !std::isfinite(axis.toDouble()))
            return check.fail(axisKey, AgentConfigLoader::tr("must be a number, got %1").arg(shown(axis)));
        coordinates[i] = axis.toDouble();
    }
    config.position = RackPosition{coordinates[0], coordinates[1], coordinates[2]};
    return true;
}

bool readInterval(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("interval_seconds");
    const QJsonValue value = root.value(key);
    if (!value.isDouble()) {
        return check.fail(key, AgentConfigLoader::tr("must be a number of seconds, got %1 (%2)")
                                   .arg(shown(value), typeName(value)));
    }
    const double seconds = value.toDouble();
    if (!(seconds >= AgentConfig::kMinIntervalSeconds && seconds <= AgentConfig::kMaxIntervalSeconds)) {
        return check.fail(key, AgentConfigLoader::tr("must be between %1 and %2 seconds, got %3")
                                   .arg(AgentConfig::kMinIntervalSeconds)
                                   .arg(AgentConfig::kMaxIntervalSeconds)
                                   .arg(seconds));
    }
    config.intervalSeconds = seconds;
    return true;
}

bool readTags(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("tags");
    const QJsonValue value = root.value(key);
    if (!value.isArray()) {
        return check.fail(key, AgentConfigLoader::tr("must be a list of strings like [\"web\", \"prod\"], got %1")
                                   .arg(typeName(value)));
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = QStringLiteral("%1[%2]").arg(key).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return check.fail(itemKey, AgentConfigLoader::tr("must be a non-empty string, got %1").arg(shown(item)));
        if (seen.contains(item.toString()))
            return check.fail(itemKey, AgentConfigLoader::tr("repeats the tag %1").arg(shown(item)));
        seen.insert(item.toString());
        config.tags.append(item.toString());
    }
    return true;
}

bool readTopK(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("top_k");
    const QJsonValue value = root.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 0 || number > AgentConfig::kMaxTopK) {
        return check.fail(key, AgentConfigLoader::tr("must be a whole number from 0 (no process lists) to %1, got %2")
                                   .arg(AgentConfig::kMaxTopK)
                                   .arg(shown(value)));
    }
    config.topK = int(number);
    return true;
}

bool readConsoleKey(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("console_public_key");
    QString text;
    if (!readText(check, root, key, text))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || hasSmallOrder(decoded.decoded)) {
        return check.fail(key, AgentConfigLoader::tr("must be the console's Ed25519 public key in base64 "
                                                     "(44 characters), as `msctl enroll token` prints it"));
    }
    config.consolePublicKey = decoded.decoded;
    return true;
}

bool readToken(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("enrollment_token");
    if (!readText(check, root, key, config.enrollmentToken))
        return false;
    if (config.enrollmentToken.size() > 128)
        return check.fail(key, AgentConfigLoader::tr("is longer than any token `msctl enroll token` makes"));
    return true;
}

bool readTlsPin(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("tls_pin_sha256");
    QString text;
    if (!readText(check, root, key, text))
        return false;
    const QByteArray hex = text.remove(QLatin1Char(':')).toLatin1();
    const QByteArray raw = QByteArray::fromHex(hex);
    if (hex.size() != 64 || raw.size() != 32 || raw.toHex() != hex.toLower()) {
        return check.fail(key, AgentConfigLoader::tr("must be the SHA-256 of the console's certificate in hex "
                                                     "(64 digits, colons allowed)"));
    }
    config.tlsPinSha256 = raw;
    return true;
}

bool readStateDir(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("state_dir");
    if (!readText(check, root, key, config.stateDir))
        return false;
    if (!QDir::isAbsolutePath(config.stateDir))
        return check.fail(key, AgentConfigLoader::tr("must be an absolute path, got %1").arg(shown(config.stateDir)));
    return true;
}

bool readNumber(Checker &check, const QJsonObject &root, const QString &key, double min, double max, double &out)
{
    const QJsonValue value = root.value(key);
    if (!value.isDouble() || !(value.toDouble() >= min && value.toDouble() <= max)) {
        return check.fail(key, AgentConfigLoader::tr("must be a number from %1 to %2, got %3")
                                   .arg(min)
                                   .arg(max)
                                   .arg(shown(value)));
    }
    out = value.toDouble();
    return true;
}

bool readOutboxBytes(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    double megabytes = 0;
    if (!readNumber(check, root, QStringLiteral("outbox_max_megabytes"), 0.1, 1024 * 1024, megabytes))
        return false;
    config.outboxMaxBytes = qint64(megabytes * 1024 * 1024);
    return true;
}

bool readOutboxAge(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    double hours = 0;
    if (!readNumber(check, root, QStringLiteral("outbox_max_age_hours"), 0.01, 24 * 365, hours))
        return false;
    config.outboxMaxAgeSeconds = qint64(hours * 3600);
    return true;
}

bool readBool(Checker &check, const QJsonObject &root, const QString &key, bool &out)
{
    const QJsonValue value = root.value(key);
    if (!value.isBool())
        return check.fail(key, AgentConfigLoader::tr("must be true or false, got %1").arg(shown(value)));
    out = value.toBool();
    return true;
}

bool readWhole(Checker &check, const QJsonObject &object, const QString &key, const QString &shownKey, int min,
               int max, int &out)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
        return check.fail(shownKey, AgentConfigLoader::tr("must be a whole number from %1 to %2, got %3")
                                        .arg(min)
                                        .arg(max)
                                        .arg(shown(value)));
    }
    out = int(number);
    return true;
}

// A list of regular expressions (QRegularExpression, Perl syntax), each checked here so that a
// typo stops the agent at start rather than letting every command through or none.
bool readPatterns(Checker &check, const QJsonObject &object, const QString &key, const QString &shownKey,
                  QStringList &out)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        return check.fail(shownKey, AgentConfigLoader::tr("must be a list of regular expressions like "
                                                          "[\"^systemctl status [a-z0-9@.-]+$\"], got %1")
                                        .arg(typeName(value)));
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = QStringLiteral("%1[%2]").arg(shownKey).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString() || item.toString().isEmpty())
            return check.fail(itemKey, AgentConfigLoader::tr("must be a non-empty string, got %1").arg(shown(item)));
        const QRegularExpression pattern(item.toString());
        if (!pattern.isValid()) {
            return check.fail(itemKey, AgentConfigLoader::tr("is not a valid regular expression: %1 at offset %2")
                                           .arg(pattern.errorString())
                                           .arg(pattern.patternErrorOffset()));
        }
        out.append(item.toString());
    }
    return true;
}

bool readCommands(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    const QString key = QStringLiteral("commands");
    const QJsonValue value = root.value(key);
    if (!value.isObject()) {
        return check.fail(key, AgentConfigLoader::tr("must be an object like {\"enabled\": true, \"run_as\": \"nobody\"}, "
                                                     "got %1")
                                   .arg(typeName(value)));
    }
    const QJsonObject object = value.toObject();
    const QStringList known{QStringLiteral("enabled"),           QStringLiteral("run_as"),
                            QStringLiteral("deny"),              QStringLiteral("allow"),
                            QStringLiteral("max_timeout_seconds"), QStringLiteral("max_output_kib"),
                            QStringLiteral("working_dir"),       QStringLiteral("max_concurrent")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return check.fail(key + QLatin1Char('.') + it.key(),
                              AgentConfigLoader::tr("unknown key (a typo?); commands has %1").arg(known.join(QStringLiteral(", "))));
        }
    }
    const auto sub = [&key](const char *name) { return key + QLatin1Char('.') + QLatin1String(name); };
    CommandsConfig &commands = config.commands;
    if (object.contains(QLatin1String("enabled"))) {
        const QJsonValue enabled = object.value(QLatin1String("enabled"));
        if (!enabled.isBool())
            return check.fail(sub("enabled"), AgentConfigLoader::tr("must be true or false, got %1").arg(shown(enabled)));
        commands.enabled = enabled.toBool();
    }
    if (object.contains(QLatin1String("run_as"))) {
        if (!readText(check, object, QStringLiteral("run_as"), commands.runAs, sub("run_as")))
            return false;
        static const QRegularExpression userName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}\\$?$"));
        if (!userName.match(commands.runAs).hasMatch())
            return check.fail(sub("run_as"), AgentConfigLoader::tr("must be a user name like \"nobody\", got %1")
                                                 .arg(shown(commands.runAs)));
    }
    if (object.contains(QLatin1String("deny"))
        && !readPatterns(check, object, QStringLiteral("deny"), sub("deny"), commands.deny)) {
        return false;
    }
    if (object.contains(QLatin1String("allow"))) {
        QStringList allow;
        if (!readPatterns(check, object, QStringLiteral("allow"), sub("allow"), allow))
            return false;
        if (allow.isEmpty()) {
            return check.fail(sub("allow"), AgentConfigLoader::tr("must hold at least one pattern; to run no command, "
                                                                  "set \"enabled\" to false"));
        }
        commands.allow = allow;
    }
    if (object.contains(QLatin1String("max_timeout_seconds"))
        && !readWhole(check, object, QStringLiteral("max_timeout_seconds"), sub("max_timeout_seconds"), 1,
                      CommandsConfig::kMaxTimeoutSeconds, commands.maxTimeoutSeconds)) {
        return false;
    }
    if (object.contains(QLatin1String("max_output_kib"))
        && !readWhole(check, object, QStringLiteral("max_output_kib"), sub("max_output_kib"), 1,
                      CommandsConfig::kMaxOutputKib, commands.maxOutputKib)) {
        return false;
    }
    if (object.contains(QLatin1String("max_concurrent"))
        && !readWhole(check, object, QStringLiteral("max_concurrent"), sub("max_concurrent"), 1,
                      CommandsConfig::kMaxConcurrent, commands.maxConcurrent)) {
        return false;
    }
    if (object.contains(QLatin1String("working_dir"))) {
        QString directory;
        if (!readText(check, object, QStringLiteral("working_dir"), directory, sub("working_dir")))
            return false;
        if (!QDir::isAbsolutePath(directory))
            return check.fail(sub("working_dir"), AgentConfigLoader::tr("must be an absolute path, got %1").arg(shown(directory)));
        commands.workingDir = directory;
    }
    return true;
}

bool readLogWatch(Checker &check, const QJsonObject &root, AgentConfig &config)
{
    QString badKey, problem;
    std::optional<LogWatchConfig> logWatch =
        LogWatchConfigReader::read(root.value(QLatin1String("log_watch")), QStringLiteral("log_watch"), &badKey, &problem);
    if (!logWatch)
        return check.fail(badKey, problem);
    config.logWatch = *logWatch;
    return true;
}

}  // namespace

std::optional<AgentConfig> AgentConfigLoader::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("not valid JSON at %1: %2").arg(position(json, parseError.offset), parseError.errorString());
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("the configuration must be a JSON object ({ ... })");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Checker check{error};
    AgentConfig config;

    using Reader = bool (*)(Checker &, const QJsonObject &, AgentConfig &);
    const QList<std::pair<QString, Reader>> readers{
        {QStringLiteral("endpoint"), readEndpoint},
        {QStringLiteral("hostname_override"), readHostname},
        {QStringLiteral("rack"),
         [](Checker &c, const QJsonObject &r, AgentConfig &cfg) { return readText(c, r, QStringLiteral("rack"), cfg.rack); }},
        {QStringLiteral("position"), readPosition},
        {QStringLiteral("interval_seconds"), readInterval},
        {QStringLiteral("tags"), readTags},
        {QStringLiteral("top_k"), readTopK},
        {QStringLiteral("include_network_filesystems"),
         [](Checker &c, const QJsonObject &r, AgentConfig &cfg) {
             return readBool(c, r, QStringLiteral("include_network_filesystems"), cfg.includeNetworkFilesystems);
         }},
        {QStringLiteral("console_public_key"), readConsoleKey},
        {QStringLiteral("enrollment_token"), readToken},
        {QStringLiteral("tls_pin_sha256"), readTlsPin},
        {QStringLiteral("state_dir"), readStateDir},
        {QStringLiteral("outbox_max_megabytes"), readOutboxBytes},
        {QStringLiteral("outbox_max_age_hours"), readOutboxAge},
        {QStringLiteral("commands"), readCommands},
        {QStringLiteral("log_watch"), readLogWatch},
    };
    QStringList known;
    for (const auto &[key, reader] : readers)
        known.append(key);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key())) {
            check.fail(it.key(), tr("unknown key (a typo?); the known keys are %1").arg(known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    for (const auto &[key, reader] : readers) {
        if (root.contains(key) && !reader(check, root, config))
            return std::nullopt;
    }
    if (!config.endpoint.isEmpty() && config.consolePublicKey.isEmpty()) {
        check.fail(QStringLiteral("console_public_key"),
                   tr("is needed with \"endpoint\", to know the console is the real one; "
                      "`msctl enroll token` prints the configuration with it"));
        return std::nullopt;
    }
    return config;
}

std::optional<AgentConfig> AgentConfigLoader::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<AgentConfig> config = parse(file.readAll(), &problem);
    if (!config && error)
        *error = tr("%1: %2").arg(path, problem);
    return config;
}

QString AgentConfigLoader::defaultStateDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/mirrorstage-reflector");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/mirrorstage-reflector");
}

QString AgentConfigLoader::chooseConfigPath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    return qEnvironmentVariable("MIRROR_STAGE_REFLECTOR_CONFIG");
}

}  // namespace mirrorstage::reflector
