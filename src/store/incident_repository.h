#pragma once
// Incidents and their lifecycle: open -> acknowledged -> remediating -> resolved, or silenced
// until a time (a silenced incident keeps its state; it just does not ask for attention). One
// unresolved incident per (host, rule, subject). Every transition is kept with who or what did it.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct IncidentRecord {
    qint64 id = 0;
    QString agentId, hostname, ruleId, subject, kind;
    QString severity;  // "warning" | "critical"
    QString state;     // "open" | "acknowledged" | "remediating" | "resolved"
    QString summary;
    QJsonObject facts;
    qint64 openedMs = 0, updatedMs = 0;
    std::optional<qint64> resolvedMs, silencedUntilMs;
    bool flapping = false;
    int reopenCount = 0;  // how often this (host, rule, subject) came back within the flap window

    bool isSilencedAt(qint64 nowMs) const { return silencedUntilMs && *silencedUntilMs > nowMs; }
};

struct IncidentTransition {
    qint64 atMs = 0;
    QString fromState, toState, severity, actor, note;
};

// What the incident engine reports about a condition.
struct IncidentRaise {
    QString agentId, hostname, ruleId, subject, kind, severity, summary;
    QJsonObject facts;
};

class IncidentRepository {
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)
public:
    explicit IncidentRepository(const QSqlDatabase &db) : m_db(db) {}

    // A reopen within this window counts towards flapping.
    static constexpr qint64 kFlapWindowMs = 30 * 60 * 1000;
    static constexpr int kFlapReopens = 2;

    // Opens an incident, or updates the unresolved one of the same (host, rule, subject): a higher
    // severity escalates it, a lower one eases it (both recorded as transitions). *opened says
    // whether it is new.
    std::optional<IncidentRecord> raise(const IncidentRaise &raise, const QString &actor, qint64 nowMs, bool *opened,
                                        QString *error);
    // Moves to `state`; refuses a move the lifecycle does not allow (resolved is final).
    bool transition(qint64 id, const QString &state, const QString &actor, const QString &note, qint64 nowMs,
                    QString *error);
    bool silence(qint64 id, qint64 untilMs, const QString &actor, qint64 nowMs, QString *error);

    // A line in the incident's history without a change of state (a provider's error, ...).
    bool note(qint64 id, const QString &actor, const QString &note, qint64 nowMs, QString *error);

    std::optional<IncidentRecord> find(qint64 id, QString *error) const;
    std::optional<IncidentRecord> findUnresolved(const QString &agentId, const QString &ruleId, const QString &subject,
                                                 QString *error) const;
    QList<IncidentRecord> list(bool includeResolved, int limit, QString *error) const;
    QList<IncidentRecord> unresolved(QString *error) const;
    QList<IncidentTransition> transitions(qint64 id, QString *error) const;

    static bool isAllowed(const QString &from, const QString &to);

private:
    bool recordTransition(qint64 id, const QString &from, const QString &to, const QString &severity,
                          const QString &actor, const QString &note, qint64 nowMs, QString *error);
    QList<IncidentRecord> select(const QString &where, const QVariantList &binds, QString *error) const;

    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
