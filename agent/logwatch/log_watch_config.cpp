#include "log_watch_config.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <functional>

namespace mirrorstage::reflector {
namespace {

using Reader = LogWatchConfigReader;

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

struct Check {
    QString *badKey;
    QString *problem;

    bool fail(const QString &key, const QString &what)
    {
        *badKey = key;
        *problem = what;
        return false;
    }
};

bool readBool(Check &check, const QJsonValue &value, const QString &key, bool &out)
{
    if (!value.isBool())
        return check.fail(key, Reader::tr("must be true or false, got %1").arg(shown(value)));
    out = value.toBool();
    return true;
}

bool readWholeNumber(Check &check, const QJsonValue &value, const QString &key, int min, int max, int &out)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < min || number > max)
        return check.fail(key, Reader::tr("must be a whole number from %1 to %2, got %3").arg(min).arg(max).arg(shown(value)));
    out = int(number);
    return true;
}

bool readAbsolutePath(Check &check, const QJsonValue &value, const QString &key, QString &out)
{
    if (!value.isString() || !QDir::isAbsolutePath(value.toString()) || value.toString().contains(QChar(0)))
        return check.fail(key, Reader::tr("must be an absolute path, got %1").arg(shown(value)));
    out = QDir::cleanPath(value.toString());
    return true;
}

bool readFiles(Check &check, const QJsonValue &value, const QString &key, LogWatchConfig &config)
{
    if (!value.isArray())
        return check.fail(key, Reader::tr("must be a list of absolute paths like [\"/var/log/syslog\"], got %1").arg(shown(value)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = QStringLiteral("%1[%2]").arg(key).arg(i);
        QString path;
        if (!readAbsolutePath(check, array.at(i), itemKey, path))
            return false;
        if (config.files.contains(path))
            return check.fail(itemKey, Reader::tr("repeats the file %1").arg(shown(path)));
        config.files.append(path);
    }
    return true;
}

bool readPattern(Check &check, const QJsonValue &value, const QString &key, LogPattern &out)
{
    if (!value.isObject())
        return check.fail(key, Reader::tr("must be an object like {\"name\": \"app-panic\", \"regex\": \"panic:\"}, got %1")
                                   .arg(shown(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("regex") && it.key() != QLatin1String("severity"))
            return check.fail(key + QLatin1Char('.') + it.key(), Reader::tr("unknown key; a pattern has name, regex and severity"));
    }
    static const QRegularExpression goodName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || !goodName.match(name.toString()).hasMatch())
        return check.fail(key + QStringLiteral(".name"),
                          Reader::tr("must be a name of letters, digits, '-', '_' or '.' (at most 64), got %1").arg(shown(name)));
    out.name = name.toString();
    const QJsonValue regex = object.value(QLatin1String("regex"));
    if (!regex.isString() || regex.toString().isEmpty())
        return check.fail(key + QStringLiteral(".regex"), Reader::tr("must be a regular expression, got %1").arg(shown(regex)));
    out.regex = QRegularExpression(regex.toString());
    if (!out.regex.isValid())
        return check.fail(key + QStringLiteral(".regex"), Reader::tr("is not a valid regular expression: %1 at offset %2")
                                                              .arg(out.regex.errorString())
                                                              .arg(out.regex.patternErrorOffset()));
    if (out.regex.match(QString()).hasMatch())
        return check.fail(key + QStringLiteral(".regex"),
                          Reader::tr("matches an empty line, so it would send every line; make it more specific"));
    out.regex.optimize();
    if (object.contains(QLatin1String("severity"))) {
        int severity = 0;
        if (!readWholeNumber(check, object.value(QLatin1String("severity")), key + QStringLiteral(".severity"), 0, 7, severity))
            return false;
        out.severity = severity;
    }
    return true;
}

bool readPatterns(Check &check, const QJsonValue &value, const QString &key, LogWatchConfig &config)
{
    if (!value.isArray())
        return check.fail(key, Reader::tr("must be a list of patterns like [{\"name\": \"app-panic\", \"regex\": \"panic:\"}], got %1")
                                   .arg(shown(value)));
    const QJsonArray array = value.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = QStringLiteral("%1[%2]").arg(key).arg(i);
        LogPattern pattern;
        if (!readPattern(check, array.at(i), itemKey, pattern))
            return false;
        if (names.contains(pattern.name))
            return check.fail(itemKey + QStringLiteral(".name"), Reader::tr("repeats the pattern name %1").arg(shown(pattern.name)));
        names.insert(pattern.name);
        config.patterns.append(pattern);
    }
    return true;
}

}  // namespace

LogPatternSet LogWatchConfig::patternSet() const
{
    LogPatternSet set(defaultPatterns ? LogPatternSet::defaultPatterns() : QList<LogPattern>{});
    for (const LogPattern &pattern : patterns)
        set.add(pattern);
    return set;
}

std::optional<LogWatchConfig> LogWatchConfigReader::read(const QJsonValue &value, const QString &key, QString *badKey,
                                                         QString *problem)
{
    Check check{badKey, problem};
    if (!value.isObject()) {
        check.fail(key, tr("must be an object like {\"files\": [\"/var/log/syslog\"]}, got %1").arg(shown(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    LogWatchConfig config;
    using Field = std::function<bool(const QJsonValue &, const QString &)>;
    const QList<std::pair<QString, Field>> fields{
        {QStringLiteral("journal"),
         [&](const QJsonValue &v, const QString &k) {
             bool on = false;
             if (!readBool(check, v, k, on))
                 return false;
             config.journal = on;
             return true;
         }},
        {QStringLiteral("journal_directory"),
         [&](const QJsonValue &v, const QString &k) { return readAbsolutePath(check, v, k, config.journalDirectory); }},
        {QStringLiteral("files"), [&](const QJsonValue &v, const QString &k) { return readFiles(check, v, k, config); }},
        {QStringLiteral("patterns"), [&](const QJsonValue &v, const QString &k) { return readPatterns(check, v, k, config); }},
        {QStringLiteral("default_patterns"),
         [&](const QJsonValue &v, const QString &k) { return readBool(check, v, k, config.defaultPatterns); }},
        {QStringLiteral("max_per_minute"),
         [&](const QJsonValue &v, const QString &k) {
             return readWholeNumber(check, v, k, 1, LogWatchConfig::kMaxPerMinute, config.maxPerMinute);
         }},
        {QStringLiteral("start_at_end"),
         [&](const QJsonValue &v, const QString &k) { return readBool(check, v, k, config.startAtEnd); }},
    };
    QStringList known;
    for (const auto &field : fields)
        known.append(field.first);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            check.fail(key + QLatin1Char('.') + it.key(),
                       tr("unknown key (a typo?); %1 has %2").arg(key, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    for (const auto &[name, readField] : fields) {
        if (object.contains(name) && !readField(object.value(name), key + QLatin1Char('.') + name))
            return std::nullopt;
    }
    if (!config.defaultPatterns && config.patterns.isEmpty()) {
        check.fail(key + QStringLiteral(".patterns"),
                   tr("is empty while default_patterns is false, so no line could ever match; add a pattern or "
                      "turn the defaults back on"));
        return std::nullopt;
    }
    if (!config.journalDirectory.isEmpty() && config.journal == false) {
        check.fail(key + QStringLiteral(".journal_directory"), tr("is set while journal is false; remove one of them"));
        return std::nullopt;
    }
    return config;
}

}  // namespace mirrorstage::reflector
