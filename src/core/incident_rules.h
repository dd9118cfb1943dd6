#pragma once
// The rules that turn what agents report into incidents, from JSON files: the defaults shipped in
// resources/rules/default-rules.json, then the operator's own file, whose rules replace defaults
// of the same id (or switch them off with "enabled": false). Every key is checked; a bad file is
// refused with the file, the rule and the key named.
//
//   threshold  a metric of each sample (per host, or per core / filesystem / interface / process)
//              at or past "warning"/"critical" for "for_seconds"; it clears once it has stayed
//              below warning minus "clear_margin" for "hold_seconds" (hysteresis, no flapping on
//              the threshold itself).
//   offline    the host's agent has been disconnected for "for_seconds".
//   gap        the agent's outbox had to drop records (it says so with a gap record).
//   log        a log line the agent matched: by the agent's pattern name ("pattern") or a regular
//              expression over the message ("match"); resolves "resolve_after_seconds" after the
//              last such line.

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage::core {

enum class RuleType { Threshold, Offline, Gap, Log };

// Which hosts a rule applies to; empty lists match every host.
struct HostSelector {
    QStringList hostnames, racks, tags;
    bool matches(const QString &hostname, const QString &rack, const QStringList &hostTags) const;
};

struct AutoRemediation {
    bool enabled = false;       // off by default, per rule
    bool allowMedium = false;   // low-risk runbook commands only, unless this says medium too
    int maxPerHourPerHost = 2;  // never high or critical, whatever this says
};

struct IncidentRule {
    QString id;
    RuleType type = RuleType::Threshold;
    QString kind;  // the runbook kind: cpu, memory, disk-space, ...
    QString metric;
    double warning = 0, critical = 0;
    double clearMargin = 0;
    qint64 forMs = 0;
    qint64 holdMs = 60'000;
    qint64 resolveAfterMs = 15 * 60'000;
    QString severity = QStringLiteral("warning");  // offline / gap / log rules
    QString pattern;                               // log: the agent's pattern name
    QRegularExpression match;                      // log: over the message
    HostSelector hosts;
    AutoRemediation autoRemediation;
    bool enabled = true;
};

class IncidentRuleSet {
    Q_DECLARE_TR_FUNCTIONS(IncidentRuleSet)
public:
    // The metrics a threshold rule may name (see incident_observations.h).
    static const QStringList &knownMetrics();

    static std::optional<IncidentRuleSet> parse(const QByteArray &json, const QString &origin, QString *error);
    // Defaults (a file or the built-in resource) overlaid with the user's file, which may be absent.
    static std::optional<IncidentRuleSet> load(const QString &defaultsPath, const QString &userPath, QString *error);
    // The default rules compiled into the program (resources/rules/default-rules.json).
    static QString builtInDefaultsPath();

    void overlay(const IncidentRuleSet &other);
    QList<IncidentRule> enabledRules() const;
    const IncidentRule *find(const QString &id) const;
    const QList<IncidentRule> &rules() const { return m_rules; }

private:
    QList<IncidentRule> m_rules;
    QStringList m_disabled;
};

}  // namespace mirrorstage::core
