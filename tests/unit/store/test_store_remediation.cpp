// Incidents, proposals, executions and the audit chain in a real SQLite file: the lifecycle
// allows what it should and nothing else, approval follows each safety level's rule, steps run in
// order, and the audit chain catches an edited, a deleted and a re-linked row.
#include "store_test_support.h"

#include "audit_chain.h"
#include "execution_repository.h"
#include "incident_repository.h"
#include "proposal_repository.h"
#include "usage_repository.h"

#include <QJsonArray>
#include <QSqlError>

using namespace storetest;

class StoreRemediationTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void raiseIsOncePerHostRuleAndSubject();
    void lifecycleRefusesWhatItDoesNotAllow();
    void reopeningSoonIsFlapping();
    void approvalFollowsTheLevelsRule_data();
    void approvalFollowsTheLevelsRule();
    void approvalMakesOrderedExecutionsAndAudits();
    void decidedProposalCannotBeDecidedAgain();
    void executionResultIsAppliedOnce();
    void overdueApprovalsExpire();
    void auditChainVerifiesAndNamesTheBrokenRow();
    void usageAddsUp();

private:
    qint64 openIncident(const QString &subject = QString(), const QString &severity = QStringLiteral("warning"));
    qint64 addProposal(qint64 incidentId, const QStringList &scripts, const QString &verification = QString());

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_case = 0;
};

void StoreRemediationTest::init()
{
    m_db = openDatabase(m_dir.filePath(QStringLiteral("case-%1.db").arg(++m_case)));
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    QString error;
    QVERIFY2(HostRepository(m_db->connection()).upsertFromHello(hello(1), kT0, &error), qPrintable(error));
}

qint64 StoreRemediationTest::openIncident(const QString &subject, const QString &severity)
{
    IncidentRaise raise{agentId(1), QStringLiteral("host-1"), QStringLiteral("cpu-high"), subject, QStringLiteral("cpu"),
                        severity, QStringLiteral("CPU busy"), QJsonObject{{QStringLiteral("top_cpu_pid"), QStringLiteral("42")}}};
    bool opened = false;
    QString error;
    const std::optional<IncidentRecord> incident =
        IncidentRepository(m_db->connection()).raise(raise, QStringLiteral("engine"), kT0, &opened, &error);
    if (!incident)
        qWarning("raise: %s", qPrintable(error));
    return incident ? incident->id : 0;
}

qint64 StoreRemediationTest::addProposal(qint64 incidentId, const QStringList &scripts, const QString &verification)
{
    ProposalRecord proposal;
    proposal.incidentId = incidentId;
    proposal.provider = QStringLiteral("runbooks");
    proposal.title = QStringLiteral("a proposal");
    proposal.verification = verification;
    for (const QString &script : scripts)
        proposal.commands.append({0, script, QStringLiteral("because"), {}, {}});
    QString error;
    const std::optional<qint64> id = ProposalRepository(m_db->connection()).add(proposal, kT0, &error);
    if (!id)
        qWarning("add: %s", qPrintable(error));
    return id.value_or(0);
}

void StoreRemediationTest::raiseIsOncePerHostRuleAndSubject()
{
    IncidentRepository incidents(m_db->connection());
    const qint64 first = openIncident(QStringLiteral("/var"));
    QVERIFY(first > 0);
    QCOMPARE(openIncident(QStringLiteral("/var"), QStringLiteral("critical")), first);  // escalates, same one
    QVERIFY(openIncident(QStringLiteral("/home")) != first);                           // another subject
    QString error;
    const std::optional<IncidentRecord> escalated = incidents.find(first, &error);
    QVERIFY(escalated);
    QCOMPARE(escalated->severity, QStringLiteral("critical"));
    const QList<IncidentTransition> history = incidents.transitions(first, &error);
    QCOMPARE(history.size(), 2);
    QVERIFY(history.last().note.startsWith(QStringLiteral("escalated")));
    QCOMPARE(incidents.unresolved(&error).size(), 2);
}

void StoreRemediationTest::lifecycleRefusesWhatItDoesNotAllow()
{
    IncidentRepository incidents(m_db->connection());
    const qint64 id = openIncident();
    QString error;
    QVERIFY(incidents.transition(id, QStringLiteral("acknowledged"), QStringLiteral("alice"), {}, kT0 + 1, &error));
    QVERIFY(!incidents.transition(id, QStringLiteral("open"), QStringLiteral("alice"), {}, kT0 + 2, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot become open")), qPrintable(error));
    QVERIFY(incidents.silence(id, kT0 + kDay, QStringLiteral("alice"), kT0 + 3, &error));
    QVERIFY(incidents.find(id, &error)->isSilencedAt(kT0 + 10));
    QVERIFY(incidents.transition(id, QStringLiteral("resolved"), QStringLiteral("engine"), {}, kT0 + 4, &error));
    QVERIFY(!incidents.transition(id, QStringLiteral("acknowledged"), QStringLiteral("alice"), {}, kT0 + 5, &error));
    QVERIFY(!incidents.silence(id, kT0 + kDay, QStringLiteral("alice"), kT0 + 6, &error));
    QStringList actors;
    for (const IncidentTransition &t : incidents.transitions(id, &error))
        actors.append(t.actor);
    QCOMPARE(actors, (QStringList{QStringLiteral("engine"), QStringLiteral("alice"), QStringLiteral("alice"),
                                  QStringLiteral("engine")}));
}

void StoreRemediationTest::reopeningSoonIsFlapping()
{
    IncidentRepository incidents(m_db->connection());
    QString error;
    bool opened = false;
    for (int round = 0; round < 3; ++round) {
        const qint64 id = openIncident();
        QVERIFY(incidents.transition(id, QStringLiteral("resolved"), QStringLiteral("engine"), {}, kT0 + round, &error));
    }
    IncidentRaise raise{agentId(1), QStringLiteral("host-1"), QStringLiteral("cpu-high"), QString(), QStringLiteral("cpu"),
                        QStringLiteral("warning"), QStringLiteral("CPU busy"), {}};
    const std::optional<IncidentRecord> again = incidents.raise(raise, QStringLiteral("engine"), kT0 + 10, &opened, &error);
    QVERIFY(again && opened);
    QVERIFY(again->flapping);
    QCOMPARE(again->reopenCount, 3);
}

void StoreRemediationTest::approvalFollowsTheLevelsRule_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("approved");
    QTest::newRow("low, one click") << QStringLiteral("uptime") << false << QString() << true;
    QTest::newRow("medium, one click") << QStringLiteral("systemctl restart nginx") << false << QString() << false;
    QTest::newRow("medium, confirmed") << QStringLiteral("systemctl restart nginx") << true << QString() << true;
    QTest::newRow("high, confirmed only") << QStringLiteral("rm -rf /var/tmp/cache") << true << QString() << false;
    QTest::newRow("high, wrong name") << QStringLiteral("rm -rf /var/tmp/cache") << true << QStringLiteral("host-2") << false;
    QTest::newRow("high, host named") << QStringLiteral("rm -rf /var/tmp/cache") << true << QStringLiteral("host-1") << true;
    QTest::newRow("critical, everything") << QStringLiteral("rm -rf /") << true << QStringLiteral("host-1") << false;
    QTest::newRow("critical, disguised") << QStringLiteral("echo cm0gLXJmIC8= | base64 -d | sh") << true
                                         << QStringLiteral("host-1") << false;
}

void StoreRemediationTest::approvalFollowsTheLevelsRule()
{
    QFETCH(QString, script);
    QFETCH(bool, confirmed);
    QFETCH(QString, typed);
    QFETCH(bool, approved);
    const qint64 proposal = addProposal(openIncident(), {script});
    QVERIFY(proposal > 0);
    ApprovalRequest request;
    request.proposalId = proposal;
    request.actor = QStringLiteral("alice@example.com");
    request.gesture = {confirmed, typed};
    QString error;
    const std::optional<QStringList> executions = ProposalRepository(m_db->connection()).approve(request, kT0 + 1, &error);
    QCOMPARE(executions.has_value(), approved);
    if (!approved) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(ProposalRepository(m_db->connection()).find(proposal, &error)->state, QStringLiteral("proposed"));
        QCOMPARE(ExecutionRepository(m_db->connection()).readyToDispatch(&error).size(), 0);
    }
}

void StoreRemediationTest::approvalMakesOrderedExecutionsAndAudits()
{
    const qint64 incident = openIncident();
    const qint64 proposal = addProposal(incident, {QStringLiteral("uptime"), QStringLiteral("df -h")},
                                        QStringLiteral("free -m"));
    ApprovalRequest request;
    request.proposalId = proposal;
    request.actor = QStringLiteral("alice@example.com");
    QString error;
    const std::optional<QStringList> ids = ProposalRepository(m_db->connection()).approve(request, kT0 + 1, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), 3);  // two commands and the read-only verification
    ExecutionRepository executions(m_db->connection());
    // Only the first step may go; the next waits for it to complete.
    QList<ExecutionRecord> ready = executions.readyToDispatch(&error);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().script, QStringLiteral("uptime"));
    QCOMPARE(ready.first().approvedBy, QStringLiteral("alice@example.com"));
    QVERIFY(executions.markDispatched(ready.first().id, QStringLiteral("agent"), kT0 + 2, &error));
    QCOMPARE(executions.readyToDispatch(&error).size(), 0);
    QVERIFY(executions.finish(ready.first().id, {QStringLiteral("completed"), 0, 5, false, false, {}, {}, {}, {}}, kT0 + 3, &error));
    ready = executions.readyToDispatch(&error);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().script, QStringLiteral("df -h"));

    QCOMPARE(IncidentRepository(m_db->connection()).find(incident, &error)->state, QStringLiteral("remediating"));
    QStringList actions;
    for (const AuditEntry &entry : AuditChain(m_db->connection()).list(0, 100, &error))
        actions.append(entry.action);
    QVERIFY(actions.contains(QStringLiteral("proposal.approved")));
    QVERIFY(actions.contains(QStringLiteral("execution.dispatched")));
    QVERIFY(actions.contains(QStringLiteral("execution.finished")));
}

void StoreRemediationTest::decidedProposalCannotBeDecidedAgain()
{
    const qint64 proposal = addProposal(openIncident(), {QStringLiteral("uptime")});
    ProposalRepository proposals(m_db->connection());
    QString error;
    QVERIFY(!proposals.reject(proposal, QStringLiteral("bob"), QStringLiteral("  "), kT0, &error));  // a reason is needed
    QVERIFY(proposals.reject(proposal, QStringLiteral("bob"), QStringLiteral("not during business hours"), kT0, &error));
    ApprovalRequest request;
    request.proposalId = proposal;
    request.actor = QStringLiteral("alice");
    QVERIFY(!proposals.approve(request, kT0 + 1, &error));
    QVERIFY2(error.contains(QStringLiteral("rejected")), qPrintable(error));
    QCOMPARE(proposals.find(proposal, &error)->decisionNote, QStringLiteral("not during business hours"));
}

void StoreRemediationTest::executionResultIsAppliedOnce()
{
    const qint64 proposal = addProposal(openIncident(), {QStringLiteral("uptime")});
    ApprovalRequest request;
    request.proposalId = proposal;
    request.actor = QStringLiteral("alice");
    request.runVerification = false;
    QString error;
    const QString id = ProposalRepository(m_db->connection()).approve(request, kT0, &error)->first();
    ExecutionRepository executions(m_db->connection());
    QVERIFY(executions.finish(id, {QStringLiteral("failed"), 3, 10, false, true, {}, QStringLiteral("boom"), {}, {}}, kT0 + 1, &error));
    QVERIFY(executions.finish(id, {QStringLiteral("completed"), 0, 10, false, false, {}, {}, {}, {}}, kT0 + 2, &error));
    const std::optional<ExecutionRecord> record = executions.find(id, &error);
    QCOMPARE(record->state, QStringLiteral("failed"));
    QCOMPARE(record->exitCode, 3);
    QVERIFY(record->truncated);
}

void StoreRemediationTest::overdueApprovalsExpire()
{
    const qint64 proposal = addProposal(openIncident(), {QStringLiteral("uptime")});
    ApprovalRequest request;
    request.proposalId = proposal;
    request.actor = QStringLiteral("alice");
    request.validForMs = 1000;
    request.runVerification = false;
    QString error;
    const QString id = ProposalRepository(m_db->connection()).approve(request, kT0, &error)->first();
    ExecutionRepository executions(m_db->connection());
    QCOMPARE(executions.expireOverdue(kT0 + 500, 0, &error).size(), 0);
    QCOMPARE(executions.expireOverdue(kT0 + 1500, 0, &error), QStringList{id});
    QCOMPARE(executions.find(id, &error)->state, QStringLiteral("expired"));
}

void StoreRemediationTest::auditChainVerifiesAndNamesTheBrokenRow()
{
    AuditChain chain(m_db->connection());
    QString error;
    for (int i = 0; i < 5; ++i)
        QVERIFY(chain.append(QStringLiteral("alice"), QStringLiteral("test.%1").arg(i), QStringLiteral("row"),
                             QJsonObject{{QStringLiteral("n"), i}}, kT0 + i, &error));
    AuditVerification ok = chain.verify(&error);
    QVERIFY(ok.intact);
    QCOMPARE(ok.rows, 5);

    QSqlQuery edit(m_db->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 3")));
    AuditVerification edited = chain.verify(&error);
    QVERIFY(!edited.intact);
    QCOMPARE(edited.firstBrokenSeq, 3);

    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_log SET details = '{\"n\":2}' WHERE seq = 3")));
    QVERIFY(chain.verify(&error).intact);  // put back exactly: intact again
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    AuditVerification deleted = chain.verify(&error);
    QVERIFY(!deleted.intact);
    QCOMPARE(deleted.firstBrokenSeq, 2);
    QVERIFY2(deleted.problem.contains(QStringLiteral("missing")), qPrintable(deleted.problem));
}

void StoreRemediationTest::usageAddsUp()
{
    UsageRepository usage(m_db->connection());
    QString error;
    QVERIFY(usage.record({QStringLiteral("2026-12-07"), QStringLiteral("openai"), QStringLiteral("gpt"), 1, 0, 100, 20, 500}, &error));
    QVERIFY(usage.record({QStringLiteral("2026-12-07"), QStringLiteral("openai"), QStringLiteral("gpt"), 1, 1, 50, 0, 100}, &error));
    const QList<UsageRow> rows = usage.since(QStringLiteral("2026-12-01"), &error);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().requests, 2);
    QCOMPARE(rows.first().failures, 1);
    QCOMPARE(rows.first().inputTokens, 150);
    QCOMPARE(rows.first().costMicroUsd, 600);
}

QTEST_GUILESS_MAIN(StoreRemediationTest)
#include "test_store_remediation.moc"
