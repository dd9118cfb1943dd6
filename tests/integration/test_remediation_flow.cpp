// The whole remediation loop with real processes: a headless console, a real reflector with
// commands enabled, and a real fault on this machine (a process spinning on a CPU core). The
// fault becomes an incident; the local runbook proposes stopping that process (medium risk);
// msctl refuses the approval without --confirm and takes it with; the console signs the command,
// the agent runs it, the process dies, the incident resolves by itself; the audit log records each
// step and verifies, and editing one of its rows in the database is caught and named.
#include "fleet_harness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <csignal>

namespace {

QJsonArray jsonArray(const CommandResult &result)
{
    return QJsonDocument::fromJson(result.out).array();
}

}  // namespace

class RemediationFlowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void spinningProcessIsStoppedThroughAnApprovedProposal();
    void auditVerifyNamesAnEditedRow();
    void unknownProposalsAndMissingReasonsAreRefusedInWords();
    void aCriticalCommandWrittenIntoTheDatabaseIsNeverSigned();

private:
    CommandResult msctl(const QStringList &arguments);
    QJsonObject waitForIncident(const QString &subjectPrefix, const QString &state, int timeoutMs);
    QJsonObject waitForProposal(qint64 incidentId, const QString &needle, int timeoutMs);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    Child m_console;
    Child m_agent;
    QProcess m_burner;
    QString m_database;
};

void RemediationFlowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_port = freeLoopbackPort();
    m_database = m_dir.filePath(QStringLiteral("console.db"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QDir().mkpath(m_dir.filePath(QStringLiteral("config/MirrorStage")));
    QFile settings(m_dir.filePath(QStringLiteral("config/MirrorStage/mirrorstage.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[hub]\npending_retry_seconds=1\n");
    settings.close();

    // The operator's rules: only the runaway-process rule, quick, and only for this test's host
    // (this machine's other processes are not this test's business).
    QJsonArray rules;
    for (const QString &id :
         {QStringLiteral("cpu-high"), QStringLiteral("core-saturated"), QStringLiteral("io-wait"), QStringLiteral("memory-high"),
          QStringLiteral("swap-high"), QStringLiteral("load-high"), QStringLiteral("disk-space"), QStringLiteral("inodes"),
          QStringLiteral("temperature"), QStringLiteral("nic-errors"), QStringLiteral("outbox-gap")})
        rules.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("enabled"), false}});
    rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("process-runaway")},
                             {QStringLiteral("kind"), QStringLiteral("cpu")},
                             {QStringLiteral("metric"), QStringLiteral("process.cpu_percent")},
                             // Low and short: on a loaded machine the spinner gets well under a core, and a
                             // dip below the threshold restarts the duration.
                             {QStringLiteral("warning"), 15},
                             {QStringLiteral("critical"), 400},
                             {QStringLiteral("for_seconds"), 2},
                             {QStringLiteral("clear_margin"), 10},
                             {QStringLiteral("hold_seconds"), 3},
                             {QStringLiteral("hosts"), QJsonObject{{QStringLiteral("hostnames"), QJsonArray{QStringLiteral("e2e-host")}}}},
                             // Low-risk runbook commands may run without a click; medium ones may not.
                             {QStringLiteral("auto_remediation"), QJsonObject{{QStringLiteral("enabled"), true}}}});
    QFile rulesFile(m_dir.filePath(QStringLiteral("rules.json")));
    QVERIFY(rulesFile.open(QIODevice::WriteOnly));
    rulesFile.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson());
    rulesFile.close();

    m_console.start(QStringLiteral(CONSOLE_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--database"), m_database, QStringLiteral("--key-file"),
                     m_dir.filePath(QStringLiteral("console.key")), QStringLiteral("--rules"), rulesFile.fileName()});
    QVERIFY2(m_console.waitForLog("console ready"), m_console.log().constData());

    const CommandResult token = msctl({QStringLiteral("enroll"), QStringLiteral("token"), QStringLiteral("--json"),
                                       QStringLiteral("--endpoint"), QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port)});
    QCOMPARE(token.exitCode, 0);
    QJsonObject config = QJsonDocument::fromJson(token.out).object().value(QStringLiteral("config")).toObject();
    config.insert(QStringLiteral("hostname_override"), QStringLiteral("e2e-host"));
    config.insert(QStringLiteral("interval_seconds"), 0.5);
    config.insert(QStringLiteral("top_k"), 10);
    config.insert(QStringLiteral("state_dir"), m_dir.filePath(QStringLiteral("agent")));
    config.insert(QStringLiteral("commands"), QJsonObject{{QStringLiteral("enabled"), true}});
    QFile agentConfig(m_dir.filePath(QStringLiteral("reflector.json")));
    QVERIFY(agentConfig.open(QIODevice::WriteOnly));
    agentConfig.write(QJsonDocument(config).toJson());
    agentConfig.close();
    m_agent.start(QStringLiteral(REFLECTOR_BINARY), {QStringLiteral("--config"), agentConfig.fileName()});
}

void RemediationFlowTest::cleanupTestCase()
{
    if (m_burner.state() != QProcess::NotRunning) {
        m_burner.kill();
        m_burner.waitForFinished();
    }
    m_agent.terminate();
    m_console.terminate();
}

CommandResult RemediationFlowTest::msctl(const QStringList &arguments)
{
    return runCommand(QStringLiteral(MSCTL_BINARY), QStringList{QStringLiteral("--database"), m_database} + arguments);
}

QJsonObject RemediationFlowTest::waitForIncident(const QString &subjectPrefix, const QString &state, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const QJsonValue &value : jsonArray(msctl({QStringLiteral("incidents"), QStringLiteral("--all"), QStringLiteral("--json")}))) {
            const QJsonObject incident = value.toObject();
            // "unresolved": open, or already remediating (auto-remediation may be quicker than us).
            const QString actual = incident.value(QStringLiteral("state")).toString();
            const bool matches = state == QLatin1String("unresolved") ? actual != QLatin1String("resolved") : actual == state;
            if (incident.value(QStringLiteral("subject")).toString().startsWith(subjectPrefix) && matches)
                return incident;
        }
        QTest::qWait(300);
    }
    return {};
}

QJsonObject RemediationFlowTest::waitForProposal(qint64 incidentId, const QString &needle, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const QJsonValue &value :
             jsonArray(msctl({QStringLiteral("proposals"), QString::number(incidentId), QStringLiteral("--json")}))) {
            for (const QJsonValue &command : value.toObject().value(QStringLiteral("commands")).toArray()) {
                if (command.toObject().value(QStringLiteral("script")).toString() == needle)
                    return value.toObject();
            }
        }
        QTest::qWait(300);
    }
    return {};
}

void RemediationFlowTest::spinningProcessIsStoppedThroughAnApprovedProposal()
{
    m_burner.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    QVERIFY(m_burner.waitForStarted());
    const QString pid = QString::number(m_burner.processId());

    // The spinning shell becomes an incident about that process, on that host.
    const QJsonObject incident = waitForIncident(pid + QLatin1Char(' '), QStringLiteral("unresolved"), 120'000);
    QVERIFY2(!incident.isEmpty(), (m_console.log() + m_agent.log()).constData());
    QCOMPARE(incident.value(QStringLiteral("host")).toString(), QStringLiteral("e2e-host"));
    QCOMPARE(incident.value(QStringLiteral("rule")).toString(), QStringLiteral("process-runaway"));
    const qint64 incidentId = incident.value(QStringLiteral("id")).toInteger();

    // The local runbook proposes stopping exactly that process; the classifier calls it medium.
    const QJsonObject proposal = waitForProposal(incidentId, QStringLiteral("kill -TERM ") + pid, 60'000);
    QVERIFY2(!proposal.isEmpty(), m_console.log().constData());
    QCOMPARE(proposal.value(QStringLiteral("risk")).toString(), QStringLiteral("medium"));
    QCOMPARE(proposal.value(QStringLiteral("provider")).toString(), QStringLiteral("runbooks"));
    const QString proposalId = QString::number(proposal.value(QStringLiteral("id")).toInteger());

    // The low-risk diagnostics ran by themselves (auto-remediation), recorded as such; the medium
    // proposal still waits for the operator.
    QElapsedTimer autoTimer;
    autoTimer.start();
    QJsonObject autoStep;
    while (autoStep.isEmpty() && autoTimer.elapsed() < 60'000) {
        for (const QJsonValue &value : jsonArray(msctl({QStringLiteral("executions"), QStringLiteral("--json")}))) {
            const QJsonObject e = value.toObject();
            if (e.value(QStringLiteral("approved_by")).toString() == QLatin1String("auto-remediation")
                && e.value(QStringLiteral("state")).toString() == QLatin1String("completed"))
                autoStep = e;
        }
        QTest::qWait(300);
    }
    QVERIFY2(!autoStep.isEmpty(), m_console.log().constData());
    QCOMPARE(autoStep.value(QStringLiteral("risk")).toString(), QStringLiteral("low"));
    for (const QJsonValue &value : jsonArray(msctl({QStringLiteral("executions"), QStringLiteral("--json")})))
        QVERIFY(value.toObject().value(QStringLiteral("risk")).toString() == QLatin1String("low"));

    // Medium: one click is not enough.
    const CommandResult unconfirmed = msctl({QStringLiteral("approve"), proposalId});
    QCOMPARE(unconfirmed.exitCode, 1);
    QVERIFY2(unconfirmed.err.contains("confirm"), unconfirmed.err.constData());
    QVERIFY(m_burner.state() == QProcess::Running);

    const CommandResult approved = msctl({QStringLiteral("approve"), proposalId, QStringLiteral("--confirm")});
    QVERIFY2(approved.exitCode == 0, approved.err.constData());

    // The agent runs it: the process ends by SIGTERM.
    QVERIFY2(m_burner.waitForFinished(60'000), (m_console.log() + m_agent.log()).constData());
    QCOMPARE(m_burner.exitStatus(), QProcess::CrashExit);

    // Every step completed, with the agent's own exit code.
    QElapsedTimer timer;
    timer.start();
    QJsonArray steps;
    while (timer.elapsed() < 60'000) {
        steps = {};
        bool allDone = true;
        for (const QJsonValue &value : jsonArray(msctl({QStringLiteral("executions"), QStringLiteral("--json")}))) {
            if (value.toObject().value(QStringLiteral("proposal")).toInteger() != proposalId.toLongLong())
                continue;
            steps.append(value);
            if (value.toObject().value(QStringLiteral("state")).toString() != QLatin1String("completed"))
                allDone = false;
        }
        if (allDone && steps.size() == 3)  // ps, kill, and the verification
            break;
        QTest::qWait(300);
    }
    QCOMPARE(steps.size(), 3);
    for (const QJsonValue &step : steps) {
        QCOMPARE(step.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(step.toObject().value(QStringLiteral("exit_code")).toInteger(), 0);
        QCOMPARE(step.toObject().value(QStringLiteral("approved_by")).toString().left(6), QStringLiteral("msctl:"));
    QVERIFY(m_console.log().contains("approved automatically"));
    }

    // With the process gone the condition clears, and the engine resolves the incident itself.
    const QJsonObject resolved = waitForIncident(pid + QLatin1Char(' '), QStringLiteral("resolved"), 90'000);
    QVERIFY2(!resolved.isEmpty(), m_console.log().constData());
    QCOMPARE(resolved.value(QStringLiteral("id")).toInteger(), incidentId);

    const CommandResult show = msctl({QStringLiteral("incident"), QString::number(incidentId), QStringLiteral("--json")});
    QStringList states;
    for (const QJsonValue &t : QJsonDocument::fromJson(show.out).object().value(QStringLiteral("history")).toArray())
        states.append(t.toObject().value(QStringLiteral("to")).toString());
    QVERIFY2(states.contains(QStringLiteral("remediating")) && states.last() == QLatin1String("resolved"),
             qPrintable(states.join(QLatin1Char(','))));

    // The history is in the audit log, and the chain verifies.
    QStringList actions;
    for (const QJsonValue &entry : jsonArray(msctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")})))
        actions.append(entry.toObject().value(QStringLiteral("action")).toString());
    for (const QString &expected : {QStringLiteral("enrollment.accepted"), QStringLiteral("proposal.created"),
                                    QStringLiteral("proposal.approved"), QStringLiteral("execution.dispatched"),
                                    QStringLiteral("execution.finished"), QStringLiteral("incident.resolved")})
        QVERIFY2(actions.contains(expected), qPrintable(expected + QStringLiteral(" missing from ") + actions.join(QLatin1Char(','))));
    const CommandResult verify = msctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QVERIFY(verify.out.contains("intact"));
}

void RemediationFlowTest::auditVerifyNamesAnEditedRow()
{
    const QJsonArray entries = jsonArray(msctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY(entries.size() >= 4);
    qint64 approvedSeq = 0;
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QStringLiteral("action")).toString() == QLatin1String("proposal.approved"))
            approvedSeq = entry.toObject().value(QStringLiteral("seq")).toInteger();
    }
    QVERIFY(approvedSeq > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.prepare(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?")));
        update.addBindValue(approvedSeq);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        QCOMPARE(update.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const CommandResult verify = msctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("row %1").arg(approvedSeq).toUtf8()), verify.err.constData());
}

void RemediationFlowTest::unknownProposalsAndMissingReasonsAreRefusedInWords()
{
    const CommandResult noReason = msctl({QStringLiteral("reject"), QStringLiteral("999999")});
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY2(noReason.err.contains("reason"), noReason.err.constData());
    const CommandResult unknown = msctl({QStringLiteral("approve"), QStringLiteral("999999"), QStringLiteral("--confirm")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no proposal 999999"), unknown.err.constData());
}

void RemediationFlowTest::aCriticalCommandWrittenIntoTheDatabaseIsNeverSigned()
{
    QString agentId;
    for (const QJsonValue &host : jsonArray(msctl({QStringLiteral("hosts"), QStringLiteral("--json")}))) {
        if (host.toObject().value(QStringLiteral("hostname")).toString() == QLatin1String("e2e-host"))
            agentId = host.toObject().value(QStringLiteral("agent_id")).toString();
    }
    QVERIFY(!agentId.isEmpty());
    // What someone with write access to the database, but not to the console's key, could try: an
    // "approved" row that no approval made, labelled low.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString marker = m_dir.filePath(QStringLiteral("forged-ran"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO executions (id, proposal_id, ordinal, purpose, agent_id, script, risk_level, approved_by,"
            " approved_ms, timeout_ms, not_after_ms, state) VALUES ('forged-1', NULL, 0, 'remediation', ?, ?, 'low',"
            " 'mallory', ?, 60000, ?, 'approved')")));
        insert.addBindValue(agentId);
        insert.addBindValue(QStringLiteral("touch %1; rm -rf --no-preserve-root /").arg(marker));
        insert.addBindValue(now);
        insert.addBindValue(now + 600'000);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    QJsonObject forged;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &value : jsonArray(msctl({QStringLiteral("executions"), QStringLiteral("--json")}))) {
                if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("forged-1"))
                    forged = value.toObject();
            }
            return forged.value(QStringLiteral("state")).toString() != QLatin1String("approved");
        }(),
        m_console.log().constData(), 30'000);
    QCOMPARE(forged.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    QCOMPARE(forged.value(QStringLiteral("refusal")).toString(), QStringLiteral("critical"));  // by the console itself
    QVERIFY(!QFile::exists(marker));
}

QTEST_GUILESS_MAIN(RemediationFlowTest)
#include "test_remediation_flow.moc"
