#include "remediation_service.h"

#include "command_result.h"
#include "command_risk.h"
#include "hub_service.h"
#include "incident_engine.h"
#include "provider_factory.h"
#include "sample_decoder.h"
#include "ssh_dispatcher.h"
#include "store.h"
#include "usage_prices.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <sys/resource.h>
#include <unistd.h>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRemediation, "mirrorstage.remediation")

namespace mirrorstage::app {
namespace {

const QString kEngineActor = QStringLiteral("incident engine");
const QString kAutoActor = QStringLiteral("auto-remediation");
constexpr int kEngineNice = 10;  // below the hub and the store writer (HubService::kBackgroundNice)

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariantMap toVariantMap(const QJsonObject &object)
{
    return object.toVariantMap();
}

QString tailText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

store::ExecutionOutcome outcomeOf(const wire::CommandResult &result)
{
    store::ExecutionOutcome outcome;
    outcome.durationMs = result.durationMs;
    outcome.timedOut = result.timedOut;
    outcome.truncated = result.truncated;
    outcome.stdoutTail = tailText(result.stdoutTail);
    outcome.stderrTail = tailText(result.stderrTail);
    outcome.reason = result.reason;
    if (result.status == QLatin1String(wire::CommandStatus::Exited)) {
        outcome.exitCode = result.exitCode.value_or(-1);
        outcome.state = outcome.exitCode == 0 ? QStringLiteral("completed") : QStringLiteral("failed");
    } else if (result.status == QLatin1String(wire::CommandStatus::Refused)) {
        outcome.state = QStringLiteral("refused");
        outcome.refusalCode = result.code;
    } else {
        outcome.state = QStringLiteral("failed");
        if (result.signal)
            outcome.reason = outcome.reason.isEmpty()
                ? QCoreApplication::translate("RemediationService", "ended by signal %1").arg(*result.signal)
                : outcome.reason;
    }
    return outcome;
}

}  // namespace

// Lives on the service's thread, with a store connection of its own.
struct RemediationService::Worker : QObject {
    RemediationService &service;
    HubService &hub;
    Ed25519Key consoleKey;
    store::Database db;
    core::IncidentEngine engine;
    std::unique_ptr<ai::RemediationProvider> provider;
    ai::ProviderSettings providerSettings;
    std::vector<std::unique_ptr<ai::RemediationProvider>> retiredProviders;  // until their requests end
    ai::UsagePrices prices;
    bool askProvider = true;
    QHash<QString, AgentIdentity> identities;        // agent -> as it reports itself
    QHash<qint64, QPointer<ai::ProposalRequest>> asking;  // incident -> request in flight
    QHash<QString, QList<qint64>> autoApprovals;     // agent -> when auto-remediation approved
    QSet<QString> unsendableLogged;                  // executions whose agent is away, said once
    QTimer tickTimer, dispatchTimer;
    QSet<QString> onlineAgents;  // agents streaming now, from the frames' presence changes
    // Approved commands for hosts whose agent is away, over SSH when the host has SSH details.
    remote::SshDispatcher sshDispatcher{db.connection(), consoleKey, remote::KnownHosts()};

    Worker(RemediationService &service, HubService &hub, const Ed25519Key &key, const QString &databasePath,
           core::IncidentRuleSet rules, const RemediationSettings &settings, ai::UsagePrices prices)
        : service(service)
        , hub(hub)
        , consoleKey(key)
        , db(databasePath, QStringLiteral("remediation"))
        , engine(std::move(rules))
        , provider(ai::makeProvider(settings.provider))
        , providerSettings(settings.provider)
        , prices(std::move(prices))
        , askProvider(settings.askProvider)
    {
        connect(&tickTimer, &QTimer::timeout, this, [this] { apply(engine.tick(now())); });
        connect(&dispatchTimer, &QTimer::timeout, this, &Worker::dispatchRound);
        tickTimer.start(settings.engineTickMs);
        dispatchTimer.start(settings.dispatchIntervalMs);
    }

    void restore()
    {
        QString error;
        const qint64 t = now();
        for (const store::IncidentRecord &incident : store::IncidentRepository(db.connection()).unresolved(&error))
            engine.restore({incident.agentId, incident.ruleId, incident.subject}, incident.hostname, incident.severity,
                           incident.flapping, t);
        if (!error.isEmpty())
            qCWarning(lcRemediation).noquote() << error;
    }

    // Frames are only collected here, newest sample per agent, and evaluated once the queue is
    // empty: when evaluating falls behind the hub (thousands of agents on two cores), older
    // samples of an agent are dropped instead of queueing frames without bound (measured: 1.4 GB
    // after a minute of 5,000 agents, before this).
    QHash<QString, core::HostUpdate> pendingUpdates;
    QList<core::PresenceChange> pendingPresence;
    bool evaluationQueued = false;

    void onFrame(const core::FleetFrame &frame)
    {
        for (const core::HostUpdate &update : frame.updates)
            pendingUpdates.insert(update.agentId, update);
        pendingPresence += frame.presence;
        if (evaluationQueued)
            return;
        evaluationQueued = true;
        QMetaObject::invokeMethod(this, [this] { evaluatePending(); }, Qt::QueuedConnection);
    }

    void evaluatePending()
    {
        evaluationQueued = false;
        const QHash<QString, core::HostUpdate> updates = std::exchange(pendingUpdates, {});
        const QList<core::PresenceChange> presence = std::exchange(pendingPresence, {});
        const qint64 t = now();
        QList<core::IncidentSignal> signals_;
        for (const core::HostUpdate &update : updates) {
            identities.insert(update.agentId, update.identity);
            const std::optional<HostSample> sample = sampleFromCbor(update.sample);
            if (sample)
                signals_ += engine.observeSample(update.agentId, *sample, t);
        }
        for (const core::PresenceChange &change : presence) {
            if (change.online)
                onlineAgents.insert(change.agentId);
            else
                onlineAgents.remove(change.agentId);
            signals_ += engine.observePresence(change.agentId, identities.value(change.agentId).hostname, change.online, t);
        }
        apply(signals_);
    }

    void onLogOrGap(const QString &agentId, int kind, const QByteArray &body)
    {
        const QCborMap map = QCborValue::fromCbor(body).toMap();
        const AgentIdentity host = identities.value(agentId);
        if (kind == int(wire::RecordKind::Log)) {
            core::LogEvent event;
            event.source = map.value(QLatin1StringView("source")).toString();
            event.message = map.value(QLatin1StringView("message")).toString();
            event.pattern = map.value(QLatin1StringView("pattern")).toString();
            event.unit = map.value(QLatin1StringView("unit")).toString();
            event.severity = int(map.value(QLatin1StringView("severity")).toInteger(6));
            event.timestampMs = map.value(QLatin1StringView("ts_ms")).toInteger(now());
            apply(engine.observeLog(agentId, host, event, now()));
        } else if (kind == int(wire::RecordKind::Gap)) {
            apply(engine.observeGap(agentId, host, map.value(QLatin1StringView("count")).toInteger(0),
                                    map.value(QLatin1StringView("reason")).toString(), now()));
        }
    }

    void apply(const QList<core::IncidentSignal> &signalsToApply)
    {
        if (signalsToApply.isEmpty())
            return;
        store::IncidentRepository incidents(db.connection());
        bool changed = false;
        for (const core::IncidentSignal &s : signalsToApply) {
            QString error;
            if (s.type == core::IncidentSignal::Type::Raise) {
                bool opened = false;
                const store::IncidentRaise raise{s.key.agentId, s.hostname, s.key.ruleId, s.key.subject,
                                                 s.kind,        s.severity, s.summary,     s.facts};
                const std::optional<store::IncidentRecord> incident = incidents.raise(raise, kEngineActor, now(), &opened, &error);
                if (!incident) {
                    qCWarning(lcRemediation).noquote() << "cannot record an incident:" << error;
                    continue;
                }
                changed = true;
                if (opened) {
                    qCInfo(lcRemediation).noquote() << "incident" << incident->id << "opened on" << incident->hostname
                                                    << QStringLiteral("(%1):").arg(incident->ruleId) << incident->summary;
                    if (incident->flapping)
                        engine.setFlapping(s.key, true);
                    if (askProvider)
                        ask(*incident);
                }
                continue;
            }
            const std::optional<store::IncidentRecord> incident =
                incidents.findUnresolved(s.key.agentId, s.key.ruleId, s.key.subject, &error);
            if (!incident)
                continue;
            if (!incidents.transition(incident->id, QStringLiteral("resolved"), kEngineActor, s.summary, now(), &error)) {
                qCWarning(lcRemediation).noquote() << "cannot resolve incident" << incident->id << ":" << error;
                continue;
            }
            supersedePending(incident->id);
            store::AuditChain(db.connection())
                .append(kEngineActor, QStringLiteral("incident.resolved"), QStringLiteral("incident %1").arg(incident->id),
                        {{QStringLiteral("host"), incident->hostname},
                         {QStringLiteral("rule"), incident->ruleId},
                         {QStringLiteral("note"), s.summary}},
                        now(), &error);
            qCInfo(lcRemediation).noquote() << "incident" << incident->id << "on" << incident->hostname << "resolved:" << s.summary;
            if (asking.contains(incident->id) && asking.value(incident->id))
                asking.value(incident->id)->cancel();
            changed = true;
        }
        if (changed)
            emit service.incidentsChanged();
    }

    void supersedePending(qint64 incidentId)
    {
        QString error;
        store::ProposalRepository proposals(db.connection());
        for (const store::ProposalRecord &proposal : proposals.forIncident(incidentId, &error)) {
            if (proposal.state == QLatin1String("proposed"))
                proposals.setState(proposal.id, QStringLiteral("superseded"), &error);
        }
    }

    ai::IncidentContext contextFor(const store::IncidentRecord &incident)
    {
        ai::IncidentContext context;
        context.incidentId = incident.id;
        context.agentId = incident.agentId;
        context.hostname = incident.hostname;
        context.ruleId = incident.ruleId;
        context.kind = incident.kind;
        context.severity = incident.severity;
        context.summary = incident.summary;
        context.subject = incident.subject;
        context.facts = toVariantMap(incident.facts);
        QString error;
        store::SampleQueries queries(db.connection());
        const qint64 t = now();
        for (const store::StoredSeries &row : queries.series(incident.agentId, t - 15 * 60'000, t + 1, &error)) {
            const qint64 ts = row.series.timestampMs.value_or(0);
            if (row.series.cpuBusyX100)
                context.recentSeries[QStringLiteral("cpu_busy_percent")].append({ts, *row.series.cpuBusyX100 / 100.0});
            if (row.series.memUsedX100)
                context.recentSeries[QStringLiteral("memory_used_percent")].append({ts, *row.series.memUsedX100 / 100.0});
            if (row.series.load1X100)
                context.recentSeries[QStringLiteral("load1")].append({ts, *row.series.load1X100 / 100.0});
            if (row.series.fsUsedX100)
                context.recentSeries[QStringLiteral("fullest_filesystem_percent")].append({ts, *row.series.fsUsedX100 / 100.0});
        }
        context.logLines = queries.recentLogLines(incident.agentId, t - 15 * 60'000, 50, &error);
        if (const std::optional<store::LatestSample> latest = queries.latestSample(incident.agentId, &error)) {
            if (const std::optional<HostSample> sample = sampleFromCbor(latest->cbor)) {
                for (const ProcessSample &p : sample->processes.topByCpu)
                    context.topProcesses.append({p.pid, p.name, p.user, p.cpuPercent.value_or(0), qint64(p.rssBytes)});
                context.hostFacts.insert(QStringLiteral("os"), sample->facts.osPrettyName);
                context.hostFacts.insert(QStringLiteral("kernel"), sample->facts.kernelRelease);
                context.hostFacts.insert(QStringLiteral("cores"), sample->cpu.logicalCores);
                if (sample->memory.totalBytes)
                    context.hostFacts.insert(QStringLiteral("memory_bytes"), qint64(*sample->memory.totalBytes));
            }
        }
        return context;
    }

    void useBearerToken(const QString &token)
    {
        if (providerSettings.kind != ai::ProviderKind::Gemini || !providerSettings.apiKey.isEmpty()
            || providerSettings.bearerToken == token)
            return;
        providerSettings.bearerToken = token;
        retiredProviders.push_back(std::exchange(provider, ai::makeProvider(providerSettings)));
        qCInfo(lcRemediation) << (token.isEmpty() ? "Gemini lost the Google sign-in's token"
                                                  : "Gemini uses the Google sign-in's token");
    }

    void ask(const store::IncidentRecord &incident)
    {
        if (asking.value(incident.id))
            return;
        if (std::none_of(asking.cbegin(), asking.cend(), [](const auto &request) { return !request.isNull(); }))
            retiredProviders.clear();
        ai::ProposalRequest *request = provider->propose(contextFor(incident));
        asking.insert(incident.id, request);
        const qint64 incidentId = incident.id;
        connect(request, &ai::ProposalRequest::finished, this, [this, incidentId, request](const ai::ProposalSet &set) {
            asking.remove(incidentId);
            request->deleteLater();
            recordUsage(set.usage, false);
            storeProposals(incidentId, set);
        });
        connect(request, &ai::ProposalRequest::failed, this, [this, incidentId, request](const ai::ProviderError &error) {
            asking.remove(incidentId);
            request->deleteLater();
            if (error.kind == ai::ProviderError::Kind::Cancelled)
                return;
            recordUsage(error.usage, true);
            QString storeError;
            store::IncidentRepository(db.connection())
                .note(incidentId, QStringLiteral("provider:") + ai::ProviderSettingsText::kindKey(provider->kind()),
                      RemediationService::tr("no proposals: %1").arg(error.message), now(), &storeError);
            qCWarning(lcRemediation).noquote() << "incident" << incidentId << ": the provider failed:" << error.message;
            emit service.providerFailed(incidentId, error.message);
            emit service.incidentsChanged();
        });
    }

    void recordUsage(const ai::TokenUsage &usage, bool failed)
    {
        if (usage.provider.isEmpty())
            return;
        const std::optional<double> cost = prices.costUsd(usage);
        QString error;
        store::UsageRepository(db.connection())
            .record({store::UsageRepository::dayOf(now()), usage.provider, usage.model, 1, failed ? 1 : 0,
                     usage.inputTokens, usage.outputTokens, cost ? qint64(*cost * 1e6 + 0.5) : 0},
                    &error);
    }

    void storeProposals(qint64 incidentId, const ai::ProposalSet &set)
    {
        QString error;
        store::ProposalRepository proposals(db.connection());
        const std::optional<store::IncidentRecord> incident = store::IncidentRepository(db.connection()).find(incidentId, &error);
        if (!incident || incident->state == QLatin1String("resolved"))
            return;
        for (const ai::Proposal &proposal : set.proposals) {
            store::ProposalRecord record;
            record.incidentId = incidentId;
            record.provider = set.usage.provider;
            record.model = set.usage.model;
            record.analysis = set.analysis;
            record.title = proposal.title;
            record.expectedEffect = proposal.expectedEffect;
            record.rollback = proposal.rollback;
            record.verification = proposal.verification;
            record.providerRisk = proposal.providerRiskOpinion;
            for (const ai::ProposedCommand &command : proposal.commands)
                record.commands.append({0, command.script, command.purpose, {}, {}});
            const std::optional<qint64> id = proposals.add(record, now(), &error);
            if (!id) {
                qCWarning(lcRemediation).noquote() << "cannot store a proposal:" << error;
                continue;
            }
            qCInfo(lcRemediation).noquote() << "proposal" << *id << "for incident" << incidentId << ":" << proposal.title;
            maybeAutoApprove(*incident, *id);
        }
        emit service.proposalsChanged(incidentId);
        emit service.incidentsChanged();
    }

    // Never high or critical; medium only where the rule allows it; only the local runbooks'
    // commands; at most the rule's number per host and hour; never for a silenced incident.
    void maybeAutoApprove(const store::IncidentRecord &incident, qint64 proposalId)
    {
        const core::IncidentRule *rule = engine.rules().find(incident.ruleId);
        if (!rule || !rule->autoRemediation.enabled || provider->kind() != ai::ProviderKind::Runbooks
            || incident.isSilencedAt(now()))
            return;
        QString error;
        store::ProposalRepository proposals(db.connection());
        const std::optional<store::ProposalRecord> proposal = proposals.find(proposalId, &error);
        if (!proposal)
            return;
        const std::optional<core::RiskLevel> level = core::riskLevelFromKey(proposal->riskLevel);
        const core::RiskLevel allowed = rule->autoRemediation.allowMedium ? core::RiskLevel::Medium : core::RiskLevel::Low;
        if (!level || *level > allowed)
            return;
        QList<qint64> &recent = autoApprovals[incident.agentId];
        const qint64 t = now();
        recent.removeIf([t](qint64 at) { return t - at > 3'600'000; });
        if (recent.size() >= rule->autoRemediation.maxPerHourPerHost) {
            store::IncidentRepository(db.connection())
                .note(incident.id, kAutoActor,
                      RemediationService::tr("not run automatically: %n automatic remediation(s) on this host in the "
                                             "last hour already",
                                             nullptr, int(recent.size())),
                      t, &error);
            return;
        }
        store::ApprovalRequest request;
        request.proposalId = proposalId;
        request.actor = kAutoActor;
        request.gesture.confirmed = true;  // medium needs a confirmation: the rule's allow_medium is it
        if (proposals.approve(request, t, &error)) {
            recent.append(t);
            qCInfo(lcRemediation).noquote() << "proposal" << proposalId << "approved automatically, rule" << rule->id;
        } else {
            qCWarning(lcRemediation).noquote() << "auto-remediation of proposal" << proposalId << "refused:" << error;
        }
    }

    void dispatchRound()
    {
        QString error;
        store::ExecutionRepository executions(db.connection());
        bool changed = false;
        // Results first: a finished step may let the next one go in this same round.
        for (const store::StoredCommandResult &stored : executions.unappliedResults(&error)) {
            QString decodeError;
            const std::optional<wire::CommandResult> result = wire::decodeCommandResult(stored.body, &decodeError);
            store::ExecutionOutcome outcome;
            if (result) {
                outcome = outcomeOf(*result);
            } else {
                outcome.state = QStringLiteral("failed");
                outcome.reason = RemediationService::tr("the agent's result could not be read: %1").arg(decodeError);
            }
            if (executions.finish(stored.commandId, outcome, now(), &error)) {
                afterExecution(stored.commandId);
                changed = true;
            } else {
                qCWarning(lcRemediation).noquote() << "cannot apply the result of" << stored.commandId << ":" << error;
            }
        }
        for (const QString &id : executions.expireOverdue(now(), 30'000, &error)) {
            afterExecution(id);
            changed = true;
        }
        for (const store::ExecutionRecord &execution : executions.readyToDispatch(&error)) {
            // Classified once more before the console signs it: a row written into the database
            // by other means than an approval must not get a critical command signed.
            if (core::CommandRiskClassifier::classify(execution.script).level == core::RiskLevel::Critical) {
                store::ExecutionOutcome refused;
                refused.state = QStringLiteral("refused");
                refused.refusalCode = QStringLiteral("critical");
                refused.reason = RemediationService::tr("the console does not sign a critical command");
                executions.finish(execution.id, refused, now(), &error);
                afterExecution(execution.id);
                changed = true;
                continue;
            }
            wire::Command command;
            command.id = execution.id;
            command.agentId = execution.agentId;
            command.script = execution.script;
            command.timeoutMs = execution.timeoutMs;
            command.notAfterMs = execution.notAfterMs;
            command.nonce.resize(32);
            QRandomGenerator::system()->generate(command.nonce.begin(), command.nonce.end());
            wire::signCommand(command, consoleKey);
            QString why;
            if (!hub.sendCommand(command, &why)) {
                if (!onlineAgents.contains(execution.agentId) && sshDispatcher.dispatch(execution)) {
                    unsendableLogged.remove(execution.id);
                    changed = true;
                    continue;
                }
                if (!unsendableLogged.contains(execution.id)) {
                    unsendableLogged.insert(execution.id);
                    qCInfo(lcRemediation).noquote() << "execution" << execution.id << "waits:" << why;
                }
                continue;
            }
            unsendableLogged.remove(execution.id);
            if (executions.markDispatched(execution.id, QStringLiteral("agent"), now(), &error)) {
                qCInfo(lcRemediation).noquote() << "execution" << execution.id << "sent to" << execution.agentId << ":"
                                                << execution.script;
                changed = true;
            }
        }
        if (changed)
            emit service.executionsChanged();
    }

    // A step ended: the proposal is executed when all its steps completed; a failed step stops
    // the rest and hands the incident back to the operator.
    void afterExecution(const QString &executionId)
    {
        QString error;
        store::ExecutionRepository executions(db.connection());
        const std::optional<store::ExecutionRecord> execution = executions.find(executionId, &error);
        if (!execution || !execution->proposalId)
            return;
        const qint64 proposalId = *execution->proposalId;
        const QList<store::ExecutionRecord> steps = executions.forProposal(proposalId, &error);
        bool allCompleted = true;
        const store::ExecutionRecord *failedStep = nullptr;
        for (const store::ExecutionRecord &step : steps) {
            if (step.state != QLatin1String("completed"))
                allCompleted = false;
            if (!failedStep
                && (step.state == QLatin1String("failed") || step.state == QLatin1String("refused")
                    || step.state == QLatin1String("expired")))
                failedStep = &step;
        }
        store::ProposalRepository proposals(db.connection());
        const std::optional<store::ProposalRecord> proposal = proposals.find(proposalId, &error);
        if (!proposal || proposal->state != QLatin1String("approved"))
            return;
        if (allCompleted) {
            proposals.setState(proposalId, QStringLiteral("executed"), &error);
            store::IncidentRepository(db.connection())
                .note(proposal->incidentId, kEngineActor,
                      RemediationService::tr("proposal %1 executed; watching whether the condition clears").arg(proposalId),
                      now(), &error);
            emit service.incidentsChanged();
            return;
        }
        if (!failedStep)
            return;
        const QString why = failedStep->refusalCode.isEmpty()
            ? failedStep->reason
            : QStringLiteral("%1: %2").arg(failedStep->refusalCode, failedStep->reason);
        for (const store::ExecutionRecord &step : steps) {
            if (step.state == QLatin1String("approved")) {
                store::ExecutionOutcome skipped;
                skipped.state = QStringLiteral("expired");
                skipped.reason = RemediationService::tr("not run: an earlier step of the proposal did not succeed");
                executions.finish(step.id, skipped, now(), &error);
            }
        }
        proposals.setState(proposalId, QStringLiteral("failed"), &error);
        store::IncidentRepository incidents(db.connection());
        const QString note = RemediationService::tr("proposal %1 failed at step %2 (%3): %4")
                                 .arg(proposalId)
                                 .arg(failedStep->ordinal + 1)
                                 .arg(failedStep->state, why.isEmpty() ? failedStep->stderrTail.right(300) : why);
        if (!incidents.transition(proposal->incidentId, QStringLiteral("acknowledged"), kEngineActor, note, now(), &error))
            incidents.note(proposal->incidentId, kEngineActor, note, now(), &error);
        emit service.incidentsChanged();
    }
};

RemediationService::RemediationService(RemediationSettings settings, Ed25519Key consoleKey, QString databasePath,
                                       HubService &hub)
    : m_settings(std::move(settings))
    , m_consoleKey(std::move(consoleKey))
    , m_databasePath(std::move(databasePath))
    , m_hub(hub)
{
    m_thread.setObjectName(QStringLiteral("remediation"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

RemediationService::~RemediationService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_anchor, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_anchor;
    }
}

bool RemediationService::start(QString *error)
{
    std::optional<core::IncidentRuleSet> rules =
        core::IncidentRuleSet::load(m_settings.defaultRulesFile, m_settings.userRulesFile, error);
    if (!rules)
        return false;
    ai::UsagePrices prices = ai::UsagePrices::builtIn();
    if (!m_settings.pricesFile.isEmpty()) {
        std::optional<ai::UsagePrices> loaded = ai::UsagePrices::load(m_settings.pricesFile, error);
        if (!loaded)
            return false;
        prices = std::move(*loaded);
    }
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto *worker = new Worker(*this, m_hub, m_consoleKey, m_databasePath, std::move(*rules), m_settings,
                                      std::move(prices));
            if (!worker->db.isOpen()) {
                *error = worker->db.errorString();
                delete worker;
                return;
            }
            worker->restore();
            // Incidents are a matter of seconds to minutes; acknowledgements and the window are
            // not. On a saturated machine the engine yields (its frames coalesce meanwhile).
            ::setpriority(PRIO_PROCESS, ::gettid(), kEngineNice);
            connect(&m_hub, &HubService::frameReady, worker, &Worker::onFrame);
            connect(&m_hub, &HubService::logOrGap, worker, &Worker::onLogOrGap);
            connect(&m_hub, &HubService::commandOutput, worker,
                    [this](const QString &, const wire::CommandOutput &chunk) {
                        emit commandOutput(chunk.id, chunk.stream, chunk.data);
                    });
            connect(&worker->sshDispatcher, &remote::SshDispatcher::output, worker,
                    [this](const QString &id, const QString &stream, const QByteArray &data) {
                        emit commandOutput(id, stream, data);
                    });
            connect(&worker->sshDispatcher, &remote::SshDispatcher::finished, worker, [this, worker](const QString &id) {
                worker->afterExecution(id);
                emit executionsChanged();
            });
            m_worker = worker;
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    if (ok)
        qCInfo(lcRemediation).noquote() << "incident engine running with"
                                        << ai::ProviderSettingsText::kindKey(m_settings.provider.kind) << "proposals";
    return ok;
}

void RemediationService::setBearerToken(const QString &token)
{
    QMetaObject::invokeMethod(m_anchor, [this, token] {
        if (m_worker)
            m_worker->useBearerToken(token);
    });
}

void RemediationService::requestProposals(qint64 incidentId)
{
    QMetaObject::invokeMethod(m_anchor, [this, incidentId] {
        if (!m_worker)
            return;
        QString error;
        const std::optional<store::IncidentRecord> incident =
            store::IncidentRepository(m_worker->db.connection()).find(incidentId, &error);
        if (incident && incident->state != QLatin1String("resolved"))
            m_worker->ask(*incident);
    });
}

}  // namespace mirrorstage::app
