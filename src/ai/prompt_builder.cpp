#include "prompt_builder.h"

#include "proposal_schema.h"
#include "secret_masker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace mirrorstage::ai {
namespace {

// The model sees this in English whatever the console's language: models follow English rules
// best, and the operator never reads it.
const char *const kRules = R"(You help the operator of a fleet of Linux servers to resolve an incident.
You receive the incident as JSON: what was detected, facts about it, recent metric series, recent
log lines, the busiest processes and facts about the host. Answer with remediation proposals.

Rules:
- Answer with one JSON object only, no prose around it, following this JSON schema:
%1
- Every "command" and "verification" is ONE line of shell that the console runs with /bin/sh -c on
  the affected Linux host, as a privileged user, without a terminal. No line breaks, no here-documents,
  no interactive programs (no top without -b, no editors, no pagers: use --no-pager, -b -n 1, head).
- Put read-only diagnostics first (ps, top -b -n 1, df, du, journalctl, systemctl status, ss, dmesg,
  free, vmstat, iostat). Propose changes (kill, restart, clean up) only when the data supports them,
  as separate proposals, each with a rollback and a read-only verification command.
- Never propose commands that can destroy the host or data beyond what is needed (rm -rf on broad
  paths, mkfs, dd to disks, disabling the firewall, piping downloads into a shell). Prefer the
  gentlest effective action (kill -TERM before kill -KILL, restart one unit rather than reboot).
- Values such as @@IPV4_1@@ or @@EMAIL_2@@ are placeholders for data the console masked. Use them
  verbatim in commands where the real value is needed; never guess the real value.
- "risk" is your estimate (low: read-only; medium: reversible change; high: destructive or hard to
  reverse; critical: can destroy or expose the host). The console classifies every command itself.
- At most %2 proposals, each with 1 to %3 commands. Use proposals: [] if nothing should be done, and
  say why in "analysis". Write analysis and texts in plain English, briefly.)";

QJsonArray seriesPoints(const QList<SeriesPoint> &points, qint64 nowMs)
{
    QList<SeriesPoint> sorted = points;
    std::sort(sorted.begin(), sorted.end(),
              [](const SeriesPoint &a, const SeriesPoint &b) { return a.timestampMs < b.timestampMs; });
    QJsonArray result;
    const qsizetype count = sorted.size();
    const qsizetype keep = std::min<qsizetype>(count, PromptBuilder::kMaxSeriesPoints);
    for (qsizetype i = 0; i < keep; ++i) {
        // Evenly thinned, always ending at the newest point.
        const qsizetype index = keep == 1 ? count - 1 : (count - 1) * i / (keep - 1);
        const SeriesPoint &point = sorted.at(index);
        result.append(QJsonArray{double((nowMs - point.timestampMs) / 1000), point.value});
    }
    return result;
}

QJsonArray processes(const QList<ProcessInfo> &list)
{
    QJsonArray result;
    for (const ProcessInfo &process : list.mid(0, PromptBuilder::kMaxProcesses)) {
        result.append(QJsonObject{{QStringLiteral("pid"), double(process.pid)},
                                  {QStringLiteral("name"), process.name},
                                  {QStringLiteral("user"), process.user},
                                  {QStringLiteral("cpu_percent"), process.cpuPercent},
                                  {QStringLiteral("rss_bytes"), double(process.rssBytes)}});
    }
    return result;
}

QJsonArray logLines(const QStringList &lines)
{
    QJsonArray result;
    const QStringList newest = lines.mid(std::max<qsizetype>(0, lines.size() - PromptBuilder::kMaxLogLines));
    for (const QString &line : newest) {
        result.append(line.size() > PromptBuilder::kMaxLogLineLength
                          ? line.left(PromptBuilder::kMaxLogLineLength) + QStringLiteral(" …")
                          : line);
    }
    return result;
}

QString unmasked(const QString &text, const core::SecretMasker &masker)
{
    return masker.unmask(text);
}

// String by string rather than the whole JSON text, so that no pattern can reach across a quote
// and swallow JSON syntax; keys too (a series or fact may be named after an address).
QJsonValue masked(const QJsonValue &value, core::SecretMasker &masker)
{
    if (value.isString())
        return masker.mask(value.toString());
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(masked(item, masker));
        return result;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            result.insert(masker.mask(it.key()), masked(it.value(), masker));
        return result;
    }
    return value;
}

}  // namespace

QString PromptBuilder::systemPrompt()
{
    const QString schema = QString::fromUtf8(QJsonDocument(ProposalSchema::jsonSchema()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(kRules)
        .arg(schema)
        .arg(ProposalLimits::kMaxProposals)
        .arg(ProposalLimits::kMaxCommandsPerProposal);
}

QJsonObject PromptBuilder::contextObject(const IncidentContext &context, qint64 nowMs)
{
    QJsonObject series;
    for (auto it = context.recentSeries.cbegin(); it != context.recentSeries.cend(); ++it)
        series.insert(it.key(), seriesPoints(it.value(), nowMs));

    const QJsonObject incident{
        {QStringLiteral("hostname"), context.hostname},
        {QStringLiteral("rule"), context.ruleId},
        {QStringLiteral("kind"), context.kind},
        {QStringLiteral("severity"), context.severity},
        {QStringLiteral("summary"), context.summary},
        {QStringLiteral("subject"), context.subject},
    };
    const QJsonObject root{
        {QStringLiteral("incident"), incident},
        {QStringLiteral("facts"), QJsonObject::fromVariantMap(context.facts)},
        {QStringLiteral("recent_series"), series},
        {QStringLiteral("recent_series_format"),
         QStringLiteral("each point is [seconds before now, value]")},
        {QStringLiteral("log_lines"), logLines(context.logLines)},
        {QStringLiteral("top_processes"), processes(context.topProcesses)},
        {QStringLiteral("host"), QJsonObject::fromVariantMap(context.hostFacts)},
    };
    return root;
}

Prompt PromptBuilder::build(const IncidentContext &context, core::SecretMasker &masker, qint64 nowMs)
{
    const QJsonObject maskedContext = masked(contextObject(context, nowMs), masker).toObject();
    return {systemPrompt(), QString::fromUtf8(QJsonDocument(maskedContext).toJson(QJsonDocument::Indented))};
}

ProposalSet PromptBuilder::unmaskedProposals(const ProposalSet &proposals, const core::SecretMasker &masker)
{
    ProposalSet result = proposals;
    result.analysis = unmasked(result.analysis, masker);
    for (Proposal &proposal : result.proposals) {
        proposal.title = unmasked(proposal.title, masker);
        proposal.expectedEffect = unmasked(proposal.expectedEffect, masker);
        proposal.rollback = unmasked(proposal.rollback, masker);
        proposal.verification = unmasked(proposal.verification, masker);
        proposal.providerRiskOpinion = unmasked(proposal.providerRiskOpinion, masker);
        for (ProposedCommand &command : proposal.commands) {
            command.script = unmasked(command.script, masker);
            command.purpose = unmasked(command.purpose, masker);
        }
    }
    return result;
}

}  // namespace mirrorstage::ai
