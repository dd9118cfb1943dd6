#pragma once
// Local runbooks: one JSON file per kind of incident (resources/runbooks/<kind>.json), written in
// the same shape as a provider's answer, with {fact} placeholders that are filled from the
// incident:
//
//   { "kind": "cpu",
//     "subject_fact": "",                       // optional: the fact the incident's subject gives
//     "analysis": ["{hostname}: {summary}.", "The busiest process is {top_cpu_name} ({top_cpu_pid})."],
//     "proposals": [ { "title": "...", "commands": [ { "command": "kill -TERM {top_cpu_pid}", "purpose": "..." } ],
//                      "expected_effect": "...", "rollback": "...", "verification": "...", "risk": "medium" } ] }
//
// A placeholder is {name} with a name from RunbookFacts::known(); anything else in braces that
// looks like one is refused when the file is read (write awk programs as '{ print $1 }').
// Filling: in command, verification and rollback every value is shell-quoted; a proposal whose
// fact is missing, or does not fit its type (a pid that is not a number, a path that is not
// absolute, a unit name with odd characters), is left out whole; an analysis sentence likewise.

#include "remediation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace mirrorstage::ai {

struct Runbook {
    QString kind;
    QString subjectFact;
    QJsonObject document;  // the file as read, placeholders unfilled
    QString source;        // the file it came from
};

enum class FactType { Text, Pid, Path, Unit, Interface, Device };

struct RunbookFact {
    QString name;
    FactType type;
};

class RunbookFacts {
public:
    static const QList<RunbookFact> &known();
    static std::optional<FactType> typeOf(const QString &name);
    // Whether `value` may stand in a command as a fact of this type.
    static bool fits(FactType type, const QString &value);
    // The facts of an incident: its own (facts map), hostname/summary/subject/kind/severity, the
    // subject as `subjectFact`, the busiest processes from topProcesses when facts lack them,
    // and agent_unit's default. Values that do not fit their type are left out.
    static QHash<QString, QString> collect(const IncidentContext &context, const QString &subjectFact);
    // The {names} a template uses, in order, without duplicates.
    static QStringList placeholdersIn(const QString &text);
};

class RunbookLoader {
    Q_DECLARE_TR_FUNCTIONS(RunbookLoader)
public:
    // Where the runbooks built into the program are (a Qt resource directory).
    static QString builtInDirectory();
    // Reads and checks one file: shape, kind, known placeholders only, and the commands follow
    // the proposal rules (ProposalParser) before filling.
    static std::optional<Runbook> parse(const QByteArray &json, const QString &source, QString *error);
    // The runbook for `kind`: <directory>/<kind>.json when that file exists, else the built-in
    // one. Nothing (and *error empty) when no runbook covers the kind.
    static std::optional<Runbook> forKind(const QString &kind, const QString &directory, QString *error);
    // Every kind with a runbook in `directory` or built in, sorted.
    static QStringList kinds(const QString &directory);
};

class RunbookFiller {
    Q_DECLARE_TR_FUNCTIONS(RunbookFiller)
public:
    // Nothing, with *error, only when a filled value breaks a proposal rule (a command grown too long).
    static std::optional<ProposalSet> fill(const Runbook &runbook, const IncidentContext &context, QString *error);
};

}  // namespace mirrorstage::ai
