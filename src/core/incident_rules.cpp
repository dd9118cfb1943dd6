#include "incident_rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mirrorstage::core {
namespace {

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList out;
    *ok = value.isUndefined() || value.isArray();
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            *ok = false;
        out.append(item.toString());
    }
    return out;
}

}  // namespace

bool HostSelector::matches(const QString &hostname, const QString &rack, const QStringList &hostTags) const
{
    if (!hostnames.isEmpty() && !hostnames.contains(hostname))
        return false;
    if (!racks.isEmpty() && !racks.contains(rack))
        return false;
    if (!tags.isEmpty()) {
        for (const QString &tag : tags) {
            if (hostTags.contains(tag))
                return true;
        }
        return false;
    }
    return true;
}

const QStringList &IncidentRuleSet::knownMetrics()
{
    static const QStringList metrics = {
        QStringLiteral("cpu.busy_percent"),       QStringLiteral("cpu.core_busy_percent"),
        QStringLiteral("cpu.iowait_percent"),     QStringLiteral("memory.used_percent"),
        QStringLiteral("swap.used_percent"),      QStringLiteral("load.per_core"),
        QStringLiteral("filesystem.used_percent"), QStringLiteral("filesystem.inodes_used_percent"),
        QStringLiteral("temperature.cpu_celsius"), QStringLiteral("network.faults_per_second"),
        QStringLiteral("process.cpu_percent"),
    };
    return metrics;
}

QString IncidentRuleSet::builtInDefaultsPath()
{
    return QStringLiteral(":/mirrorstage/rules/default-rules.json");
}

std::optional<IncidentRuleSet> IncidentRuleSet::parse(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON (at byte %2: %3).").arg(origin).arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("rules")).isArray()) {
        *error = tr("%1 must be an object with a \"rules\" array.").arg(origin);
        return std::nullopt;
    }
    static const QStringList allowedKeys = {
        QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("metric"),
        QStringLiteral("warning"), QStringLiteral("critical"), QStringLiteral("clear_margin"),
        QStringLiteral("for_seconds"), QStringLiteral("hold_seconds"), QStringLiteral("resolve_after_seconds"),
        QStringLiteral("severity"), QStringLiteral("pattern"), QStringLiteral("match"), QStringLiteral("hosts"),
        QStringLiteral("auto_remediation"), QStringLiteral("enabled"), QStringLiteral("description"),
    };
    IncidentRuleSet set;
    const QJsonArray rules = document.object().value(QStringLiteral("rules")).toArray();
    for (int index = 0; index < rules.size(); ++index) {
        const QJsonObject object = rules.at(index).toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QString where = id.isEmpty() ? tr("%1, rule %2").arg(origin).arg(index + 1)
                                           : tr("%1, rule \"%2\"").arg(origin, id);
        auto fail = [&](const QString &what) {
            *error = tr("%1: %2").arg(where, what);
            return std::nullopt;
        };
        if (!rules.at(index).isObject())
            return fail(tr("each rule must be an object"));
        if (id.isEmpty())
            return fail(tr("\"id\" is missing (a short name such as \"cpu-high\")"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowedKeys.contains(it.key()))
                return fail(tr("unknown key \"%1\"").arg(it.key()));
        }
        IncidentRule rule;
        rule.id = id;
        rule.enabled = object.value(QStringLiteral("enabled")).toBool(true);
        if (!object.value(QStringLiteral("enabled")).isUndefined() && !object.value(QStringLiteral("enabled")).isBool())
            return fail(tr("\"enabled\" must be true or false"));
        if (!rule.enabled && object.size() <= 2) {  // {"id": ..., "enabled": false} switches a default off
            set.m_disabled.append(id);
            continue;
        }
        const QString type = object.value(QStringLiteral("type")).toString(QStringLiteral("threshold"));
        static const QHash<QString, RuleType> types = {{QStringLiteral("threshold"), RuleType::Threshold},
                                                       {QStringLiteral("offline"), RuleType::Offline},
                                                       {QStringLiteral("gap"), RuleType::Gap},
                                                       {QStringLiteral("log"), RuleType::Log}};
        if (!types.contains(type))
            return fail(tr("\"type\" must be threshold, offline, gap or log, not \"%1\"").arg(type));
        rule.type = types.value(type);
        rule.kind = object.value(QStringLiteral("kind")).toString(rule.id);
        auto seconds = [&](const char *key, qint64 fallbackMs, qint64 *out) {
            const QJsonValue value = object.value(QLatin1StringView(key));
            if (value.isUndefined()) {
                *out = fallbackMs;
                return true;
            }
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 30 * 86400)
                return false;
            *out = qint64(value.toDouble() * 1000);
            return true;
        };
        if (!seconds("for_seconds", rule.type == RuleType::Offline ? 60'000 : 0, &rule.forMs))
            return fail(tr("\"for_seconds\" must be a number of seconds from 0 to 30 days"));
        if (!seconds("hold_seconds", 60'000, &rule.holdMs))
            return fail(tr("\"hold_seconds\" must be a number of seconds from 0 to 30 days"));
        if (!seconds("resolve_after_seconds", 15 * 60'000, &rule.resolveAfterMs))
            return fail(tr("\"resolve_after_seconds\" must be a number of seconds from 0 to 30 days"));
        rule.severity = object.value(QStringLiteral("severity")).toString(QStringLiteral("warning"));
        if (rule.severity != QLatin1String("warning") && rule.severity != QLatin1String("critical"))
            return fail(tr("\"severity\" must be warning or critical"));

        if (rule.type == RuleType::Threshold) {
            rule.metric = object.value(QStringLiteral("metric")).toString();
            if (!knownMetrics().contains(rule.metric))
                return fail(tr("\"metric\" must be one of %1").arg(knownMetrics().join(QStringLiteral(", "))));
            const QJsonValue warning = object.value(QStringLiteral("warning"));
            const QJsonValue critical = object.value(QStringLiteral("critical"));
            if (!warning.isDouble() || !critical.isDouble())
                return fail(tr("\"warning\" and \"critical\" must be numbers"));
            rule.warning = warning.toDouble();
            rule.critical = critical.toDouble();
            if (rule.critical < rule.warning)
                return fail(tr("\"critical\" (%1) must not be below \"warning\" (%2)").arg(rule.critical).arg(rule.warning));
            const QJsonValue margin = object.value(QStringLiteral("clear_margin"));
            if (!margin.isUndefined() && (!margin.isDouble() || margin.toDouble() < 0))
                return fail(tr("\"clear_margin\" must be a number of zero or more"));
            rule.clearMargin = margin.toDouble(0);
        }
        if (rule.type == RuleType::Log) {
            rule.pattern = object.value(QStringLiteral("pattern")).toString();
            const QString match = object.value(QStringLiteral("match")).toString();
            if (rule.pattern.isEmpty() && match.isEmpty())
                return fail(tr("a log rule needs \"pattern\" (the agent's pattern name) or \"match\" (a regular expression)"));
            if (!match.isEmpty()) {
                rule.match = QRegularExpression(match, QRegularExpression::CaseInsensitiveOption);
                if (!rule.match.isValid())
                    return fail(tr("\"match\" is not a valid regular expression: %1").arg(rule.match.errorString()));
            }
        }
        if (const QJsonValue hosts = object.value(QStringLiteral("hosts")); !hosts.isUndefined()) {
            if (!hosts.isObject())
                return fail(tr("\"hosts\" must be an object with \"hostnames\", \"racks\" and/or \"tags\""));
            const QJsonObject selector = hosts.toObject();
            bool ok = true, all = true;
            rule.hosts.hostnames = stringList(selector.value(QStringLiteral("hostnames")), &ok);
            all = all && ok;
            rule.hosts.racks = stringList(selector.value(QStringLiteral("racks")), &ok);
            all = all && ok;
            rule.hosts.tags = stringList(selector.value(QStringLiteral("tags")), &ok);
            all = all && ok;
            for (auto it = selector.begin(); it != selector.end(); ++it) {
                if (it.key() != QLatin1String("hostnames") && it.key() != QLatin1String("racks")
                    && it.key() != QLatin1String("tags"))
                    all = false;
            }
            if (!all)
                return fail(tr("\"hosts\" takes only lists of text: \"hostnames\", \"racks\", \"tags\""));
        }
        if (const QJsonValue autoValue = object.value(QStringLiteral("auto_remediation")); !autoValue.isUndefined()) {
            const QJsonObject a = autoValue.toObject();
            if (!autoValue.isObject() || (a.contains(QStringLiteral("enabled")) && !a.value(QStringLiteral("enabled")).isBool())
                || (a.contains(QStringLiteral("allow_medium")) && !a.value(QStringLiteral("allow_medium")).isBool())
                || (a.contains(QStringLiteral("max_per_hour")) && !a.value(QStringLiteral("max_per_hour")).isDouble()))
                return fail(tr("\"auto_remediation\" must be {\"enabled\": bool, \"allow_medium\": bool, \"max_per_hour\": number}"));
            rule.autoRemediation.enabled = a.value(QStringLiteral("enabled")).toBool(false);
            rule.autoRemediation.allowMedium = a.value(QStringLiteral("allow_medium")).toBool(false);
            rule.autoRemediation.maxPerHourPerHost = qBound(0, a.value(QStringLiteral("max_per_hour")).toInt(2), 60);
        }
        for (const IncidentRule &earlier : std::as_const(set.m_rules)) {
            if (earlier.id == rule.id)
                return fail(tr("the id is used twice in this file"));
        }
        set.m_rules.append(rule);
    }
    return set;
}

std::optional<IncidentRuleSet> IncidentRuleSet::load(const QString &defaultsPath, const QString &userPath, QString *error)
{
    auto readFile = [error](const QString &path) -> std::optional<IncidentRuleSet> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the rules file %1: %2.").arg(path, file.errorString());
            return std::nullopt;
        }
        return parse(file.readAll(), path, error);
    };
    std::optional<IncidentRuleSet> set = readFile(defaultsPath.isEmpty() ? builtInDefaultsPath() : defaultsPath);
    if (!set)
        return std::nullopt;
    if (!userPath.isEmpty() && QFile::exists(userPath)) {
        const std::optional<IncidentRuleSet> user = readFile(userPath);
        if (!user)
            return std::nullopt;
        set->overlay(*user);
    }
    return set;
}

void IncidentRuleSet::overlay(const IncidentRuleSet &other)
{
    for (const QString &id : other.m_disabled) {
        for (IncidentRule &rule : m_rules) {
            if (rule.id == id)
                rule.enabled = false;
        }
    }
    for (const IncidentRule &rule : other.m_rules) {
        bool replaced = false;
        for (IncidentRule &mine : m_rules) {
            if (mine.id == rule.id) {
                mine = rule;
                replaced = true;
            }
        }
        if (!replaced)
            m_rules.append(rule);
    }
}

QList<IncidentRule> IncidentRuleSet::enabledRules() const
{
    QList<IncidentRule> out;
    for (const IncidentRule &rule : m_rules) {
        if (rule.enabled)
            out.append(rule);
    }
    return out;
}

const IncidentRule *IncidentRuleSet::find(const QString &id) const
{
    for (const IncidentRule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

}  // namespace mirrorstage::core
