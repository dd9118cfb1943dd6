#include "remediation_commands.h"

#include "ctl_output.h"

#include "incident_rules.h"
#include "store.h"
#include "time_range.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

std::optional<qint64> idArgument(const QStringList &words, int index, const QString &what, int *exit)
{
    bool ok = false;
    const qint64 id = words.value(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        *exit = usage(QStringLiteral("%1 needs a number (the id msctl lists)").arg(what));
        return std::nullopt;
    }
    return id;
}

QJsonObject incidentJson(const store::IncidentRecord &i)
{
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("agent"), i.agentId},
                  {QStringLiteral("host"), i.hostname},
                  {QStringLiteral("rule"), i.ruleId},
                  {QStringLiteral("subject"), i.subject},
                  {QStringLiteral("kind"), i.kind},
                  {QStringLiteral("severity"), i.severity},
                  {QStringLiteral("state"), i.state},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("facts"), i.facts},
                  {QStringLiteral("opened_ms"), i.openedMs},
                  {QStringLiteral("updated_ms"), i.updatedMs},
                  {QStringLiteral("flapping"), i.flapping}};
    if (i.resolvedMs)
        o.insert(QStringLiteral("resolved_ms"), *i.resolvedMs);
    if (i.silencedUntilMs)
        o.insert(QStringLiteral("silenced_until_ms"), *i.silencedUntilMs);
    return o;
}

QJsonObject proposalJson(const store::ProposalRecord &p)
{
    QJsonArray commands;
    for (const store::ProposalCommandRecord &c : p.commands)
        commands.append(QJsonObject{{QStringLiteral("script"), c.script},
                                    {QStringLiteral("purpose"), c.purpose},
                                    {QStringLiteral("risk"), c.riskLevel},
                                    {QStringLiteral("reasons"), QJsonArray::fromStringList(c.riskReasons)}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("incident"), p.incidentId},
            {QStringLiteral("provider"), p.provider},
            {QStringLiteral("model"), p.model},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("analysis"), p.analysis},
            {QStringLiteral("risk"), p.riskLevel},
            {QStringLiteral("state"), p.state},
            {QStringLiteral("expected_effect"), p.expectedEffect},
            {QStringLiteral("rollback"), p.rollback},
            {QStringLiteral("verification"), p.verification},
            {QStringLiteral("decided_by"), p.decidedBy},
            {QStringLiteral("decision_note"), p.decisionNote},
            {QStringLiteral("commands"), commands}};
}

QJsonObject executionJson(const store::ExecutionRecord &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("agent"), e.agentId},
                  {QStringLiteral("script"), e.script},
                  {QStringLiteral("purpose"), e.purpose},
                  {QStringLiteral("risk"), e.riskLevel},
                  {QStringLiteral("state"), e.state},
                  {QStringLiteral("approved_by"), e.approvedBy},
                  {QStringLiteral("approved_ms"), e.approvedMs},
                  {QStringLiteral("timed_out"), e.timedOut},
                  {QStringLiteral("truncated"), e.truncated},
                  {QStringLiteral("refusal"), e.refusalCode},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("stdout_tail"), e.stdoutTail},
                  {QStringLiteral("stderr_tail"), e.stderrTail}};
    if (e.proposalId)
        o.insert(QStringLiteral("proposal"), *e.proposalId);
    if (e.exitCode)
        o.insert(QStringLiteral("exit_code"), *e.exitCode);
    if (e.durationMs)
        o.insert(QStringLiteral("duration_ms"), *e.durationMs);
    return o;
}

void printProposal(const store::ProposalRecord &p)
{
    out() << QStringLiteral("proposal %1 [%2, %3] %4 (from %5%6)\n")
                 .arg(p.id)
                 .arg(p.riskLevel, p.state, p.title, p.provider,
                      p.model.isEmpty() || p.model == p.provider ? QString() : QStringLiteral(" ") + p.model);
    if (!p.analysis.isEmpty())
        out() << QStringLiteral("  analysis: %1\n").arg(p.analysis);
    for (const store::ProposalCommandRecord &c : p.commands) {
        out() << QStringLiteral("  %1. [%2] %3\n").arg(c.ordinal + 1).arg(c.riskLevel, c.script);
        if (!c.purpose.isEmpty())
            out() << QStringLiteral("     why: %1\n").arg(c.purpose);
        for (const QString &reason : c.riskReasons)
            out() << QStringLiteral("     risk: %1\n").arg(reason);
    }
    if (!p.expectedEffect.isEmpty())
        out() << QStringLiteral("  expected: %1\n").arg(p.expectedEffect);
    if (!p.rollback.isEmpty())
        out() << QStringLiteral("  rollback: %1\n").arg(p.rollback);
    if (!p.verification.isEmpty())
        out() << QStringLiteral("  verify:   %1\n").arg(p.verification);
    if (!p.decidedBy.isEmpty())
        out() << QStringLiteral("  decided by %1%2\n")
                     .arg(p.decidedBy, p.decisionNote.isEmpty() ? QString() : QStringLiteral(": ") + p.decisionNote);
}

int incidents(const QCommandLineParser &parser, store::Database &db)
{
    QString error;
    const bool all = parser.isSet(QStringLiteral("all"));
    const QList<store::IncidentRecord> list = store::IncidentRepository(db.connection()).list(all, 500, &error);
    if (!error.isEmpty())
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::IncidentRecord &i : list)
            array.append(incidentJson(i));
        printJson(array);
        return Done;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const store::IncidentRecord &i : list) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                     .arg(i.id, 5)
                     .arg(i.severity, -8)
                     .arg(i.state, -12)
                     .arg(i.hostname, -14)
                     .arg(formatAgo(i.openedMs, now), -8)
                     .arg(i.summary, i.isSilencedAt(now) ? QStringLiteral("  (silenced)") : QString());
    }
    if (list.isEmpty())
        out() << (all ? QStringLiteral("no incidents\n") : QStringLiteral("no open incidents\n"));
    out().flush();
    return Done;
}

int incident(const QStringList &words, const QCommandLineParser &parser, store::Database &db)
{
    QString error;
    store::IncidentRepository repository(db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int exit = Done;
    const QString verb = words.value(0);
    if (verb == QLatin1String("ack") || verb == QLatin1String("resolve") || verb == QLatin1String("silence")) {
        const std::optional<qint64> id = idArgument(words, 1, QStringLiteral("incident %1").arg(verb), &exit);
        if (!id)
            return exit;
        bool ok = false;
        QString action;
        if (verb == QLatin1String("silence")) {
            const std::optional<qint64> span = parseDurationMs(parser.value(QStringLiteral("until")));
            if (!span || *span <= 0)
                return usage(QStringLiteral("incident silence needs --until with a duration such as 30m, 2h or 1d"));
            ok = repository.silence(*id, now + *span, operatorName(), now, &error);
            action = QStringLiteral("incident.silenced");
        } else {
            const QString state = verb == QLatin1String("ack") ? QStringLiteral("acknowledged") : QStringLiteral("resolved");
            ok = repository.transition(*id, state, operatorName(), QStringLiteral("by hand"), now, &error);
            action = QStringLiteral("incident.") + state;
        }
        if (!ok)
            return refused(error);
        store::AuditChain(db.connection()).append(operatorName(), action, QStringLiteral("incident %1").arg(*id), {}, now, &error);
        out() << QStringLiteral("incident %1: %2\n").arg(*id).arg(verb);
        out().flush();
        return Done;
    }
    const std::optional<qint64> id = idArgument(words, 0, QStringLiteral("incident"), &exit);
    if (!id)
        return exit;
    const std::optional<store::IncidentRecord> found = repository.find(*id, &error);
    if (!found)
        return refused(error.isEmpty() ? QStringLiteral("there is no incident %1 (msctl incidents --all lists them)").arg(*id) : error);
    const QList<store::IncidentTransition> history = repository.transitions(*id, &error);
    const QList<store::ProposalRecord> proposals = store::ProposalRepository(db.connection()).forIncident(*id, &error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = incidentJson(*found);
        QJsonArray h, p;
        for (const store::IncidentTransition &t : history)
            h.append(QJsonObject{{QStringLiteral("at_ms"), t.atMs},
                                 {QStringLiteral("from"), t.fromState},
                                 {QStringLiteral("to"), t.toState},
                                 {QStringLiteral("severity"), t.severity},
                                 {QStringLiteral("actor"), t.actor},
                                 {QStringLiteral("note"), t.note}});
        for (const store::ProposalRecord &proposal : proposals)
            p.append(proposalJson(proposal));
        o.insert(QStringLiteral("history"), h);
        o.insert(QStringLiteral("proposals"), p);
        printJson(o);
        return Done;
    }
    out() << QStringLiteral("incident %1 on %2: %3 (%4, %5)\n")
                 .arg(found->id)
                 .arg(found->hostname, found->summary, found->severity, found->state);
    out() << QStringLiteral("  rule %1%2, opened %3\n")
                 .arg(found->ruleId, found->subject.isEmpty() ? QString() : QStringLiteral(" on ") + found->subject,
                      when(found->openedMs));
    for (const store::IncidentTransition &t : history)
        out() << QStringLiteral("  %1  %2 -> %3  by %4: %5\n")
                     .arg(when(t.atMs), t.fromState.isEmpty() ? QStringLiteral("-") : t.fromState, t.toState, t.actor, t.note);
    for (const store::ProposalRecord &proposal : proposals)
        printProposal(proposal);
    out().flush();
    return Done;
}

int proposals(const QStringList &words, const QCommandLineParser &parser, store::Database &db)
{
    QString error;
    store::ProposalRepository repository(db.connection());
    QList<store::ProposalRecord> list;
    if (!words.isEmpty()) {
        int exit = Done;
        const std::optional<qint64> id = idArgument(words, 0, QStringLiteral("proposals"), &exit);
        if (!id)
            return exit;
        list = repository.forIncident(*id, &error);
    } else {
        list = repository.pending(&error);
    }
    if (!error.isEmpty())
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::ProposalRecord &p : list)
            array.append(proposalJson(p));
        printJson(array);
        return Done;
    }
    for (const store::ProposalRecord &p : list)
        printProposal(p);
    if (list.isEmpty())
        out() << QStringLiteral("no proposals waiting for a decision\n");
    out().flush();
    return Done;
}

int approve(const QStringList &words, const QCommandLineParser &parser, store::Database &db)
{
    int exit = Done;
    const std::optional<qint64> id = idArgument(words, 0, QStringLiteral("approve"), &exit);
    if (!id)
        return exit;
    store::ApprovalRequest request;
    request.proposalId = *id;
    request.actor = operatorName();
    request.gesture.confirmed = parser.isSet(QStringLiteral("confirm")) || parser.isSet(QStringLiteral("confirm-host"));
    request.gesture.typedHostName = parser.value(QStringLiteral("confirm-host"));
    request.runVerification = !parser.isSet(QStringLiteral("no-verify"));
    QString error;
    const std::optional<QStringList> executions =
        store::ProposalRepository(db.connection()).approve(request, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!executions)
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("proposal"), *id},
                              {QStringLiteral("executions"), QJsonArray::fromStringList(*executions)}});
        return Done;
    }
    out() << QStringLiteral("proposal %1 approved by %2; the console sends %3 command(s) to the host:\n")
                 .arg(*id)
                 .arg(request.actor)
                 .arg(executions->size());
    for (const QString &execution : *executions)
        out() << QStringLiteral("  execution %1\n").arg(execution);
    out().flush();
    return Done;
}

int reject(const QStringList &words, const QCommandLineParser &parser, store::Database &db)
{
    int exit = Done;
    const std::optional<qint64> id = idArgument(words, 0, QStringLiteral("reject"), &exit);
    if (!id)
        return exit;
    QString error;
    if (!store::ProposalRepository(db.connection())
             .reject(*id, operatorName(), parser.value(QStringLiteral("reason")), QDateTime::currentMSecsSinceEpoch(), &error))
        return refused(error);
    out() << QStringLiteral("proposal %1 rejected\n").arg(*id);
    out().flush();
    return Done;
}

int executions(const QCommandLineParser &parser, store::Database &db)
{
    QString error;
    const QList<store::ExecutionRecord> list = store::ExecutionRepository(db.connection()).recent(200, &error);
    if (!error.isEmpty())
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::ExecutionRecord &e : list)
            array.append(executionJson(e));
        printJson(array);
        return Done;
    }
    for (const store::ExecutionRecord &e : list) {
        QString result = e.state;
        if (e.exitCode)
            result += QStringLiteral(" exit %1").arg(*e.exitCode);
        if (e.timedOut)
            result += QStringLiteral(" timed out");
        if (!e.refusalCode.isEmpty())
            result += QStringLiteral(" (%1)").arg(e.refusalCode);
        out() << QStringLiteral("%1  %2  %3  by %4: %5\n").arg(e.id, when(e.approvedMs), result, e.approvedBy, e.script);
        if (!e.reason.isEmpty())
            out() << QStringLiteral("    %1\n").arg(e.reason);
    }
    out().flush();
    return Done;
}

int audit(const QStringList &words, const QCommandLineParser &parser, store::Database &db)
{
    QString error;
    store::AuditChain chain(db.connection());
    if (words.value(0) == QLatin1String("verify")) {
        const store::AuditVerification result = chain.verify(&error);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("intact"), result.intact}, {QStringLiteral("rows"), result.rows}};
            if (result.firstBrokenSeq)
                o.insert(QStringLiteral("first_broken_row"), *result.firstBrokenSeq);
            if (!result.problem.isEmpty())
                o.insert(QStringLiteral("problem"), result.problem);
            printJson(o);
        } else if (result.intact) {
            out() << QStringLiteral("audit log intact: %1 rows, every hash and link checks out\n").arg(result.rows);
        }
        out().flush();
        if (!result.intact) {
            std::fprintf(stderr, "msctl: the audit log is broken at row %lld: %s\n",
                         static_cast<long long>(result.firstBrokenSeq.value_or(0)), qPrintable(result.problem));
            return Refused;
        }
        return Done;
    }
    if (words.value(0) != QLatin1String("list"))
        return usage(QStringLiteral("audit needs list or verify"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Without --since: the whole log.
    const std::optional<qint64> since = parser.isSet(QStringLiteral("since"))
        ? parseMomentMs(parser.value(QStringLiteral("since")), now)
        : std::optional<qint64>(0);
    if (!since)
        return usage(QStringLiteral("--since takes 15m, 2h, 7d or an ISO date"));
    const QList<store::AuditEntry> entries = chain.list(*since, 10'000, &error);
    if (!error.isEmpty())
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::AuditEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at_ms"), e.atMs},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("subject"), e.subject},
                                     {QStringLiteral("details"), e.details},
                                     {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        printJson(array);
        return Done;
    }
    for (const store::AuditEntry &e : entries)
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(e.seq, 5)
                     .arg(when(e.atMs), e.actor, e.action, e.subject,
                          QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    out().flush();
    return Done;
}

int usageReport(const QCommandLineParser &parser, store::Database &db)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> since =
        parseMomentMs(parser.isSet(QStringLiteral("since")) ? parser.value(QStringLiteral("since")) : QStringLiteral("30d"), now);
    if (!since)
        return usage(QStringLiteral("--since takes 15m, 2h, 30d or an ISO date"));
    QString error;
    const QList<store::UsageRow> rows =
        store::UsageRepository(db.connection()).since(store::UsageRepository::dayOf(*since), &error);
    if (!error.isEmpty())
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const store::UsageRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("day"), r.day},
                                     {QStringLiteral("provider"), r.provider},
                                     {QStringLiteral("model"), r.model},
                                     {QStringLiteral("requests"), r.requests},
                                     {QStringLiteral("failures"), r.failures},
                                     {QStringLiteral("input_tokens"), r.inputTokens},
                                     {QStringLiteral("output_tokens"), r.outputTokens},
                                     {QStringLiteral("cost_usd"), double(r.costMicroUsd) / 1e6}});
        printJson(array);
        return Done;
    }
    double total = 0;
    out() << QStringLiteral("day         provider   model                       requests  failed  input tok  output tok  cost USD\n");
    for (const store::UsageRow &r : rows) {
        total += double(r.costMicroUsd) / 1e6;
        out() << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(r.day)
                     .arg(r.provider, -10)
                     .arg(r.model, -27)
                     .arg(r.requests, 8)
                     .arg(r.failures, 7)
                     .arg(r.inputTokens, 10)
                     .arg(r.outputTokens, 11)
                     .arg(double(r.costMicroUsd) / 1e6, 9, 'f', 4);
    }
    out() << QStringLiteral("total cost: %1 USD\n").arg(total, 0, 'f', 4);
    out().flush();
    return Done;
}

}  // namespace

QList<QCommandLineOption> remediationOptions()
{
    return {
        {QStringLiteral("all"), QStringLiteral("incidents: resolved ones too.")},
        {QStringLiteral("confirm"), QStringLiteral("approve: confirm a medium-risk proposal.")},
        {QStringLiteral("confirm-host"), QStringLiteral("approve: the host's name, to approve a high-risk proposal."),
         QStringLiteral("name")},
        {QStringLiteral("no-verify"), QStringLiteral("approve: do not run the proposal's verification command afterwards.")},
        {QStringLiteral("reason"), QStringLiteral("reject: why (kept in the audit log)."), QStringLiteral("text")},
    };
}

std::optional<int> runRemediationCommand(const QString &command, const QStringList &words,
                                         const QCommandLineParser &parser, store::Database &database)
{
    if (command == QLatin1String("incidents"))
        return incidents(parser, database);
    if (command == QLatin1String("incident"))
        return incident(words, parser, database);
    if (command == QLatin1String("proposals"))
        return proposals(words, parser, database);
    if (command == QLatin1String("approve"))
        return approve(words, parser, database);
    if (command == QLatin1String("reject"))
        return reject(words, parser, database);
    if (command == QLatin1String("executions"))
        return executions(parser, database);
    if (command == QLatin1String("audit"))
        return audit(words, parser, database);
    if (command == QLatin1String("usage"))
        return usageReport(parser, database);
    return std::nullopt;
}

}  // namespace mirrorstage::ctl
