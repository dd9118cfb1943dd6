#pragma once
// Turns what agents report into incident signals, by the rules (incident_rules.h). It keeps only
// timing state (since when a condition holds, since when it is clear); the incidents themselves
// live in the store, which makes "raise" idempotent per (host, rule, subject). On start the
// console hands it the unresolved incidents (restore()), so a condition that cleared while the
// console was down resolves, and one that still holds is not opened twice.
//
// Raise: a condition reached a severity for its rule's duration (first time: open; later: a
// change of severity). Clear: it has been below warning minus the margin for the hold time (three
// times as long for a flapping incident), or an event rule saw nothing for resolve_after_seconds.

#include "host_sample.h"
#include "incident_rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace mirrorstage::core {

struct IncidentKey {
    QString agentId, ruleId, subject;
    friend bool operator==(const IncidentKey &, const IncidentKey &) = default;
};
size_t qHash(const IncidentKey &key, size_t seed = 0);

struct IncidentSignal {
    enum class Type { Raise, Clear };
    Type type = Type::Raise;
    IncidentKey key;
    QString hostname, kind, severity, summary;
    QJsonObject facts;
};

struct LogEvent {
    QString source, message, pattern, unit;
    int severity = 6;
    qint64 timestampMs = 0;
};

class IncidentEngine {
    Q_DECLARE_TR_FUNCTIONS(IncidentEngine)
public:
    explicit IncidentEngine(IncidentRuleSet rules);

    QList<IncidentSignal> observeSample(const QString &agentId, const HostSample &sample, qint64 nowMs);
    QList<IncidentSignal> observePresence(const QString &agentId, const QString &hostname, bool online, qint64 nowMs);
    QList<IncidentSignal> observeLog(const QString &agentId, const AgentIdentity &host, const LogEvent &event,
                                     qint64 nowMs);
    QList<IncidentSignal> observeGap(const QString &agentId, const AgentIdentity &host, qint64 lostRecords,
                                     const QString &reason, qint64 nowMs);
    // Time passing: offline hosts, quiet event rules, holds that ran out.
    QList<IncidentSignal> tick(qint64 nowMs);

    // An incident the store holds unresolved; `flapping` lengthens its hold.
    void restore(const IncidentKey &key, const QString &hostname, const QString &severity, bool flapping, qint64 nowMs);
    void setFlapping(const IncidentKey &key, bool flapping);
    // The store resolved it by other means (an operator): forget its state.
    void forget(const IncidentKey &key);

    const IncidentRuleSet &rules() const { return m_rules; }
    int activeCount() const;

private:
    struct Condition {
        QString hostname;
        qint64 warningSinceMs = -1, criticalSinceMs = -1;  // the value at or past each threshold since
        qint64 clearSinceMs = -1;                          // below warning minus the margin since
        qint64 lastEventMs = -1;                           // event rules
        qint64 offlineSinceMs = -1;
        QString reported;                                  // "", "warning", "critical"
        bool flapping = false;
        bool seenThisSample = false;
        double lastValue = 0;
    };

    void evaluateThreshold(const IncidentRule &rule, const IncidentKey &key, const QString &hostname, double value,
                           const QJsonObject &facts, qint64 nowMs, QList<IncidentSignal> &out);
    void maybeClear(const IncidentRule &rule, const IncidentKey &key, Condition &condition, qint64 nowMs,
                    QList<IncidentSignal> &out);
    QString thresholdSummary(const IncidentRule &rule, const QString &subject, double value, const QString &severity,
                             qint64 forMs) const;
    IncidentSignal signal(IncidentSignal::Type type, const IncidentRule &rule, const IncidentKey &key,
                          const QString &hostname, const QString &severity, const QString &summary,
                          const QJsonObject &facts) const;

    IncidentRuleSet m_rules;
    QList<IncidentRule> m_enabled;
    QHash<IncidentKey, Condition> m_conditions;
    QHash<QString, QJsonObject> m_lastFacts;  // agent -> facts of its newest sample
};

}  // namespace mirrorstage::core
