#pragma once
// What the console asks an AI provider about an incident, and what a valid answer holds.
// Providers (remediation_provider.h) turn an IncidentContext into a ProposalSet, asynchronously.
// The context is masked (core::SecretMasker) before it leaves the console; the answer is checked
// against the proposal schema and unmasked before the operator sees it.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mirrorstage::ai {

struct SeriesPoint {
    qint64 timestampMs = 0;
    double value = 0;
};

struct ProcessInfo {
    qint64 pid = 0;
    QString name;
    QString user;
    double cpuPercent = 0;
    qint64 rssBytes = 0;
};

struct IncidentContext {
    qint64 incidentId = 0;
    QString agentId;
    QString hostname;
    QString ruleId;     // the rule that opened it, e.g. "cpu-high"
    QString kind;       // what runbooks are chosen by: "cpu", "memory", "swap", "disk-space", ...
    QString severity;   // "warning" | "critical"
    QString summary;    // one line, e.g. "CPU busy 97 % for 2 min (critical at 90 %)"
    QString subject;    // what it is about: a mount point, a unit, a core, "" for the host
    // Facts that runbooks fill into their commands: top_cpu_pid, top_cpu_name, top_mem_pid,
    // top_mem_name, fullest_mount, fullest_dir, failed_unit, log_pattern, ... (strings).
    QVariantMap facts;
    QHash<QString, QList<SeriesPoint>> recentSeries;  // series name -> last minutes
    QStringList logLines;
    QList<ProcessInfo> topProcesses;
    QVariantMap hostFacts;  // os, kernel, cores, memory ...
};

struct ProposedCommand {
    QString script;   // one shell command line, run with /bin/sh -c on the host
    QString purpose;  // why this command
};

struct Proposal {
    QString title;
    QList<ProposedCommand> commands;   // run in order
    QString expectedEffect;
    QString rollback;                  // how to undo, in words or commands
    QString verification;              // a read-only command that shows whether it worked
    QString providerRiskOpinion;       // advice only; core::CommandRiskClassifier decides
};

struct TokenUsage {
    QString provider;  // "runbooks", "gemini", "openai", "anthropic"
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

struct ProposalSet {
    QString analysis;
    QList<Proposal> proposals;
    TokenUsage usage;
};

}  // namespace mirrorstage::ai

Q_DECLARE_METATYPE(mirrorstage::ai::ProposalSet)
