#include "incident_engine.h"

#include "incident_observations.h"

namespace mirrorstage::core {
namespace {

bool isThresholdOf(const IncidentRule &rule, const QString &metric)
{
    return rule.type == RuleType::Threshold && rule.metric == metric;
}

QString formatValue(double value)
{
    return QString::number(value, 'f', value >= 100 || value == qRound64(value) ? 0 : 1);
}

// The counts are computed before the translate() calls: lupdate 6.4 never returns from a file
// where a numerus argument is an expression with a division in it.
QString durationWords(qint64 ms)
{
    const int seconds = int(ms / 1000);
    const int minutes = int(ms / 60000);
    if (ms < 60000)
        return QCoreApplication::translate("IncidentEngine", "%n s", nullptr, seconds);
    return QCoreApplication::translate("IncidentEngine", "%n min", nullptr, minutes);
}

}  // namespace

size_t qHash(const IncidentKey &key, size_t seed)
{
    return qHashMulti(seed, key.agentId, key.ruleId, key.subject);
}

IncidentEngine::IncidentEngine(IncidentRuleSet rules)
    : m_rules(std::move(rules))
    , m_enabled(m_rules.enabledRules())
{
}

int IncidentEngine::activeCount() const
{
    int count = 0;
    for (const Condition &condition : m_conditions) {
        if (!condition.reported.isEmpty())
            ++count;
    }
    return count;
}

IncidentSignal IncidentEngine::signal(IncidentSignal::Type type, const IncidentRule &rule, const IncidentKey &key,
                                      const QString &hostname, const QString &severity, const QString &summary,
                                      const QJsonObject &facts) const
{
    IncidentSignal s;
    s.type = type;
    s.key = key;
    s.hostname = hostname;
    s.kind = rule.kind;
    s.severity = severity;
    s.summary = summary;
    s.facts = facts;
    return s;
}

QString IncidentEngine::thresholdSummary(const IncidentRule &rule, const QString &subject, double value,
                                         const QString &severity, qint64 forMs) const
{
    const QString v = formatValue(value);
    QString what;
    const QString &m = rule.metric;
    if (m == QLatin1String("cpu.busy_percent"))
        what = tr("CPU busy %1 %").arg(v);
    else if (m == QLatin1String("cpu.core_busy_percent"))
        what = tr("core %1 busy %2 %").arg(subject, v);
    else if (m == QLatin1String("cpu.iowait_percent"))
        what = tr("CPU waiting for I/O %1 % of the time").arg(v);
    else if (m == QLatin1String("memory.used_percent"))
        what = tr("memory %1 % used").arg(v);
    else if (m == QLatin1String("swap.used_percent"))
        what = tr("swap %1 % used").arg(v);
    else if (m == QLatin1String("load.per_core"))
        what = tr("load %1 per core").arg(QString::number(value, 'f', 2));
    else if (m == QLatin1String("filesystem.used_percent"))
        what = tr("filesystem %1 %2 % full").arg(subject, v);
    else if (m == QLatin1String("filesystem.inodes_used_percent"))
        what = tr("filesystem %1 has used %2 % of its inodes").arg(subject, v);
    else if (m == QLatin1String("temperature.cpu_celsius"))
        what = tr("CPU at %1 °C").arg(v);
    else if (m == QLatin1String("network.faults_per_second"))
        what = tr("interface %1: %2 errors and drops per second").arg(subject, v);
    else if (m == QLatin1String("process.cpu_percent"))
        what = tr("process %1 uses %2 % of a core").arg(subject, v);
    else
        what = tr("%1 = %2").arg(m, v);
    const double limit = severity == QLatin1String("critical") ? rule.critical : rule.warning;
    if (forMs <= 0)
        return tr("%1 (%2 at %3)").arg(what, severity, formatValue(limit));
    return tr("%1 for %2 (%3 at %4)").arg(what, durationWords(forMs), severity, formatValue(limit));
}

QList<IncidentSignal> IncidentEngine::observeSample(const QString &agentId, const HostSample &sample, qint64 nowMs)
{
    QList<IncidentSignal> out;
    const QJsonObject facts = sampleFacts(sample);
    m_lastFacts.insert(agentId, facts);
    const QList<MetricObservation> observations = observationsOf(sample);
    const QString &hostname = sample.agent.hostname;
    for (const IncidentRule &rule : std::as_const(m_enabled)) {
        if (rule.type != RuleType::Threshold || !rule.hosts.matches(hostname, sample.agent.rack, sample.agent.tags))
            continue;
        for (auto it = m_conditions.begin(); it != m_conditions.end(); ++it) {
            if (it.key().agentId == agentId && it.key().ruleId == rule.id)
                it->seenThisSample = false;
        }
        for (const MetricObservation &observation : observations) {
            if (!isThresholdOf(rule, observation.metric))
                continue;
            QJsonObject subjectFacts = facts;
            subjectFacts.insert(QStringLiteral("metric"), rule.metric);
            subjectFacts.insert(QStringLiteral("value"), formatValue(observation.value));
            if (!observation.subject.isEmpty())
                subjectFacts.insert(QStringLiteral("subject"), observation.subject);
            if (rule.metric == QLatin1String("process.cpu_percent")) {
                // The runaway process is the subject, whatever else is on top right now.
                const QString pid = observation.subject.section(QLatin1Char(' '), 0, 0);
                const QString name = observation.subject.section(QLatin1Char(' '), 1);
                subjectFacts.insert(QStringLiteral("top_cpu_pid"), pid);
                subjectFacts.insert(QStringLiteral("top_cpu_name"), name);
            } else if (rule.metric.startsWith(QLatin1String("filesystem."))) {
                subjectFacts.insert(QStringLiteral("fullest_mount"), observation.subject);
            } else if (rule.metric == QLatin1String("network.faults_per_second")) {
                subjectFacts.insert(QStringLiteral("interface"), observation.subject);
            }
            evaluateThreshold(rule, {agentId, rule.id, observation.subject}, hostname, observation.value,
                              subjectFacts, nowMs, out);
        }
        // A subject this sample no longer reports (the process exited, the filesystem went):
        // its condition is over; an incident about it clears after the hold.
        QList<IncidentKey> gone;
        for (auto it = m_conditions.begin(); it != m_conditions.end(); ++it) {
            if (it.key().agentId != agentId || it.key().ruleId != rule.id || it->seenThisSample)
                continue;
            it->warningSinceMs = it->criticalSinceMs = -1;
            if (it->reported.isEmpty()) {
                gone.append(it.key());
                continue;
            }
            if (it->clearSinceMs < 0)
                it->clearSinceMs = nowMs;
        }
        for (const IncidentKey &key : gone)
            m_conditions.remove(key);
        QList<IncidentKey> keys;
        for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
            if (it.key().agentId == agentId && it.key().ruleId == rule.id && !it->seenThisSample)
                keys.append(it.key());
        }
        for (const IncidentKey &key : keys)
            maybeClear(rule, key, m_conditions[key], nowMs, out);
    }
    return out;
}

void IncidentEngine::evaluateThreshold(const IncidentRule &rule, const IncidentKey &key, const QString &hostname,
                                       double value, const QJsonObject &facts, qint64 nowMs,
                                       QList<IncidentSignal> &out)
{
    auto found = m_conditions.find(key);
    if (found == m_conditions.end()) {
        if (value < rule.warning)
            return;  // nothing pending, nothing to remember
        found = m_conditions.insert(key, Condition{});
    }
    Condition &c = *found;
    c.hostname = hostname;
    c.seenThisSample = true;
    c.lastValue = value;
    c.warningSinceMs = value >= rule.warning ? (c.warningSinceMs < 0 ? nowMs : c.warningSinceMs) : -1;
    c.criticalSinceMs = value >= rule.critical ? (c.criticalSinceMs < 0 ? nowMs : c.criticalSinceMs) : -1;

    QString effective;
    qint64 heldMs = 0;
    if (c.criticalSinceMs >= 0 && nowMs - c.criticalSinceMs >= rule.forMs) {
        effective = QStringLiteral("critical");
        heldMs = nowMs - c.criticalSinceMs;
    } else if (c.warningSinceMs >= 0 && nowMs - c.warningSinceMs >= rule.forMs) {
        effective = QStringLiteral("warning");
        heldMs = nowMs - c.warningSinceMs;
    }

    if (!effective.isEmpty()) {
        c.clearSinceMs = -1;
        if (effective == c.reported)
            return;
        // Easing from critical to warning waits until the value is clearly below critical.
        if (c.reported == QLatin1String("critical") && value >= rule.critical - rule.clearMargin)
            return;
        c.reported = effective;
        out.append(signal(IncidentSignal::Type::Raise, rule, key, hostname, effective,
                          thresholdSummary(rule, key.subject, value, effective, heldMs), facts));
        return;
    }
    if (c.reported.isEmpty()) {
        if (c.warningSinceMs < 0)
            m_conditions.erase(found);
        return;
    }
    if (value < rule.warning - rule.clearMargin) {
        if (c.clearSinceMs < 0)
            c.clearSinceMs = nowMs;
        maybeClear(rule, key, c, nowMs, out);
    } else {
        c.clearSinceMs = -1;  // inside the hysteresis band: neither worse nor clear
    }
}

void IncidentEngine::maybeClear(const IncidentRule &rule, const IncidentKey &key, Condition &condition, qint64 nowMs,
                                QList<IncidentSignal> &out)
{
    if (condition.reported.isEmpty() || condition.clearSinceMs < 0)
        return;
    const qint64 holdMs = condition.flapping ? 3 * rule.holdMs : rule.holdMs;
    if (nowMs - condition.clearSinceMs < holdMs)
        return;
    out.append(signal(IncidentSignal::Type::Clear, rule, key, condition.hostname, condition.reported,
                      tr("clear for %1").arg(durationWords(nowMs - condition.clearSinceMs)), {}));
    m_conditions.remove(key);
}

QList<IncidentSignal> IncidentEngine::observePresence(const QString &agentId, const QString &hostname, bool online,
                                                      qint64 nowMs)
{
    QList<IncidentSignal> out;
    for (const IncidentRule &rule : std::as_const(m_enabled)) {
        if (rule.type != RuleType::Offline || (!rule.hosts.hostnames.isEmpty() && !rule.hosts.hostnames.contains(hostname)))
            continue;
        const IncidentKey key{agentId, rule.id, QString()};
        if (!online) {
            Condition &c = m_conditions[key];
            c.hostname = hostname;
            if (c.offlineSinceMs < 0)
                c.offlineSinceMs = nowMs;
            c.clearSinceMs = -1;
            continue;
        }
        auto found = m_conditions.find(key);
        if (found == m_conditions.end())
            continue;
        found->offlineSinceMs = -1;
        if (found->reported.isEmpty()) {
            m_conditions.erase(found);
            continue;
        }
        found->clearSinceMs = nowMs;
        maybeClear(rule, key, *found, nowMs, out);
    }
    return out;
}

QList<IncidentSignal> IncidentEngine::observeLog(const QString &agentId, const AgentIdentity &host, const LogEvent &event,
                                                 qint64 nowMs)
{
    QList<IncidentSignal> out;
    for (const IncidentRule &rule : std::as_const(m_enabled)) {
        if (rule.type != RuleType::Log || !rule.hosts.matches(host.hostname, host.rack, host.tags))
            continue;
        const bool byPattern = !rule.pattern.isEmpty() && event.pattern == rule.pattern;
        const bool byMatch = !rule.match.pattern().isEmpty() && rule.match.match(event.message).hasMatch();
        if (!byPattern && !byMatch)
            continue;
        // A failed unit is its own incident; other log conditions are one per host.
        const QString subject = rule.kind == QLatin1String("unit-failed") ? event.unit : QString();
        const IncidentKey key{agentId, rule.id, subject};
        Condition &c = m_conditions[key];
        c.hostname = host.hostname;
        c.lastEventMs = nowMs;
        if (!c.reported.isEmpty())
            continue;
        c.reported = rule.severity;
        QJsonObject facts = m_lastFacts.value(agentId);
        facts.insert(QStringLiteral("log_pattern"), event.pattern.isEmpty() ? rule.id : event.pattern);
        facts.insert(QStringLiteral("log_message"), event.message.left(2000));
        facts.insert(QStringLiteral("log_source"), event.source);
        if (!event.unit.isEmpty())
            facts.insert(QStringLiteral("failed_unit"), event.unit);
        const QString summary = event.unit.isEmpty()
            ? tr("log: %1").arg(event.message.left(200))
            : tr("log of %1: %2").arg(event.unit, event.message.left(200));
        out.append(signal(IncidentSignal::Type::Raise, rule, key, host.hostname, rule.severity, summary, facts));
    }
    return out;
}

QList<IncidentSignal> IncidentEngine::observeGap(const QString &agentId, const AgentIdentity &host, qint64 lostRecords,
                                                 const QString &reason, qint64 nowMs)
{
    QList<IncidentSignal> out;
    for (const IncidentRule &rule : std::as_const(m_enabled)) {
        if (rule.type != RuleType::Gap || !rule.hosts.matches(host.hostname, host.rack, host.tags))
            continue;
        const IncidentKey key{agentId, rule.id, QString()};
        Condition &c = m_conditions[key];
        c.hostname = host.hostname;
        c.lastEventMs = nowMs;
        if (!c.reported.isEmpty())
            continue;
        c.reported = rule.severity;
        QJsonObject facts = m_lastFacts.value(agentId);
        facts.insert(QStringLiteral("lost_records"), QString::number(lostRecords));
        facts.insert(QStringLiteral("gap_reason"), reason);
        const int lost = int(qMin<qint64>(lostRecords, INT_MAX));
        out.append(signal(IncidentSignal::Type::Raise, rule, key, host.hostname, rule.severity,
                          tr("the agent's outbox dropped %n record(s) before the console had them (%1)", nullptr, lost)
                              .arg(reason),
                          facts));
    }
    return out;
}

QList<IncidentSignal> IncidentEngine::tick(qint64 nowMs)
{
    QList<IncidentSignal> out;
    QList<IncidentKey> keys = m_conditions.keys();
    for (const IncidentKey &key : keys) {
        const IncidentRule *rule = m_rules.find(key.ruleId);
        if (!rule || !rule->enabled) {
            // Restored from the store under a rule that is gone or switched off: nothing watches
            // it any more, so it must not stay open forever.
            const Condition gone = m_conditions.take(key);
            if (!gone.reported.isEmpty()) {
                IncidentRule placeholder;
                placeholder.id = key.ruleId;
                placeholder.kind = key.ruleId;
                out.append(signal(IncidentSignal::Type::Clear, placeholder, key, gone.hostname, gone.reported,
                                  tr("its rule \"%1\" is no longer enabled").arg(key.ruleId), {}));
            }
            continue;
        }
        Condition &c = m_conditions[key];
        switch (rule->type) {
        case RuleType::Offline:
            if (c.offlineSinceMs >= 0 && c.reported.isEmpty() && nowMs - c.offlineSinceMs >= rule->forMs) {
                c.reported = rule->severity;
                QJsonObject facts = m_lastFacts.value(key.agentId);
                facts.insert(QStringLiteral("offline_since_ms"), QString::number(c.offlineSinceMs));
                out.append(signal(IncidentSignal::Type::Raise, *rule, key, c.hostname, rule->severity,
                                  tr("the agent has been offline for %1").arg(durationWords(nowMs - c.offlineSinceMs)),
                                  facts));
            } else {
                maybeClear(*rule, key, c, nowMs, out);
            }
            break;
        case RuleType::Log:
        case RuleType::Gap:
            if (!c.reported.isEmpty() && nowMs - c.lastEventMs >= rule->resolveAfterMs) {
                out.append(signal(IncidentSignal::Type::Clear, *rule, key, c.hostname, c.reported,
                                  tr("nothing new for %1").arg(durationWords(nowMs - c.lastEventMs)), {}));
                m_conditions.remove(key);
            }
            break;
        case RuleType::Threshold:
            maybeClear(*rule, key, c, nowMs, out);
            break;
        }
    }
    return out;
}

void IncidentEngine::restore(const IncidentKey &key, const QString &hostname, const QString &severity, bool flapping,
                             qint64 nowMs)
{
    const IncidentRule *rule = m_rules.find(key.ruleId);
    Condition &c = m_conditions[key];
    c.hostname = hostname;
    c.reported = severity;
    c.flapping = flapping;
    if (!rule)
        return;  // a rule that is gone: tick() lets the store know nothing watches it any more
    if (rule->type == RuleType::Offline)
        c.offlineSinceMs = nowMs;  // until the agent is seen again
    if (rule->type == RuleType::Log || rule->type == RuleType::Gap)
        c.lastEventMs = nowMs;
}

void IncidentEngine::setFlapping(const IncidentKey &key, bool flapping)
{
    if (auto found = m_conditions.find(key); found != m_conditions.end())
        found->flapping = flapping;
}

void IncidentEngine::forget(const IncidentKey &key)
{
    m_conditions.remove(key);
}

}  // namespace mirrorstage::core
