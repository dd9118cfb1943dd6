#include "agent_stream.h"

#include "command_result.h"
#include "key_file.h"
#include "sample_codec.h"

#include <QDir>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcReflector)

namespace mirrorstage::reflector {

std::unique_ptr<AgentStream> AgentStream::start(const AgentConfig &config, const AgentIdentity &identity,
                                                std::chrono::milliseconds interval, QString *error)
{
    const QString stateDir = config.stateDir.isEmpty() ? AgentConfigLoader::defaultStateDir() : config.stateDir;
    if (!QDir().mkpath(stateDir) || !QFile::setPermissions(stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = QCoreApplication::translate("AgentStream", "cannot create the state directory %1 (set state_dir in the configuration)")
                     .arg(stateDir);
        return nullptr;
    }
    std::unique_ptr<AgentStream> stream(new AgentStream);
    stream->m_key = KeyFile::loadOrCreate(stateDir + QStringLiteral("/agent.key"), error);
    if (!stream->m_key)
        return nullptr;

    const QString bootId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stream->m_outbox = Outbox::open(stateDir + QStringLiteral("/outbox"), bootId,
                                    {config.outboxMaxBytes, config.outboxMaxAgeSeconds}, error);
    if (!stream->m_outbox)
        return nullptr;

    RunnerSettings runnerSettings;
    runnerSettings.enabled = config.commands.enabled;
    runnerSettings.agentId = agentIdForKey(stream->m_key->publicKey());
    runnerSettings.consolePublicKey = config.consolePublicKey;
    runnerSettings.runAs = config.commands.runAs;
    runnerSettings.deny = config.commands.deny;
    runnerSettings.allow = config.commands.allow;
    runnerSettings.maxTimeoutMs = qint64(config.commands.maxTimeoutSeconds) * 1000;
    runnerSettings.maxOutputBytes = qint64(config.commands.maxOutputKib) * 1024;
    runnerSettings.workingDirectory = config.commands.workingDir;
    runnerSettings.maxConcurrent = config.commands.maxConcurrent;
    runnerSettings.ledgerPath = stateDir + QStringLiteral("/command-nonces");
    stream->m_runner = CommandRunner::create(runnerSettings, error);
    if (!stream->m_runner)
        return nullptr;

    wire::Hello hello;
    hello.bootId = bootId;
    hello.hostname = identity.hostname.isEmpty() ? QSysInfo::machineHostName() : identity.hostname;
    hello.agentVersion = identity.agentVersion;
    hello.capabilities = {QStringLiteral("samples"), QStringLiteral("logs")};
    if (config.commands.enabled)
        hello.capabilities.append(QLatin1String(wire::kExecCapability));
    hello.rack = identity.rack;
    hello.position = identity.position;
    hello.tags = identity.tags;
    hello.intervalMs = interval.count();

    UplinkSettings settings;
    settings.endpoint = config.endpoint;
    settings.consolePublicKey = config.consolePublicKey;
    settings.tlsPinSha256 = config.tlsPinSha256;
    settings.enrollmentToken = config.enrollmentToken;
    stream->m_uplink = std::make_unique<Uplink>(settings, *stream->m_key, *stream->m_outbox, hello);
    QObject::connect(stream->m_uplink.get(), &Uplink::stateChanged, stream.get(),
                     [](Uplink::State state, const QString &detail) {
                         if (state == Uplink::State::Streaming)
                             qCInfo(lcReflector) << "streaming to the console";
                         else if (state == Uplink::State::Disconnected && !detail.isEmpty())
                             qCInfo(lcReflector).noquote() << detail;
                     });
    AgentStream *self = stream.get();
    QObject::connect(stream->m_uplink.get(), &Uplink::commandReceived, stream->m_runner.get(), &CommandRunner::handle);
    QObject::connect(stream->m_runner.get(), &CommandRunner::output, stream->m_uplink.get(), &Uplink::sendOutput);
    QObject::connect(stream->m_runner.get(), &CommandRunner::finished, self,
                     [self](const wire::CommandResult &result) { self->appendResult(result); });
    qCInfo(lcReflector).noquote() << "agent" << agentIdForKey(stream->m_key->publicKey()) << "boot" << bootId
                                  << "outbox" << stream->m_outbox->recordCount() << "records";
    stream->m_uplink->start();
    return stream;
}

AgentStream::~AgentStream() = default;

void AgentStream::appendResult(const wire::CommandResult &result)
{
    const quint64 seq = m_outbox->append(RecordKind::CommandResult, result.finishedMs, wire::encodeCommandResult(result));
    if (seq == 0 || !m_outbox->flush()) {
        // Unlike a sample, a result is not made again: say which one was lost.
        qCWarning(lcReflector).noquote() << "outbox: the result of command" << result.id << "was not stored:"
                                         << m_outbox->errorString();
        return;
    }
    m_uplink->recordsAppended();
}

void AgentStream::enqueue(const HostSample &sample)
{
    const quint64 seq = m_outbox->append(RecordKind::Sample, sample.timestampMs, sampleToCbor(sample));
    if (seq == 0 || !m_outbox->flush()) {
        reportOutboxFailure();
        return;
    }
    m_lastError.clear();
    m_uplink->recordsAppended();
}

void AgentStream::enqueueLogs(const QList<LogEvent> &events)
{
    bool appended = false;
    for (const LogEvent &event : events) {
        if (m_outbox->append(RecordKind::Log, event.tsMs, logEventToCbor(event)) == 0)
            reportOutboxFailure();
        else
            appended = true;
    }
    if (!appended)
        return;
    if (!m_outbox->flush()) {
        reportOutboxFailure();
        return;
    }
    m_lastError.clear();
    m_uplink->recordsAppended();
}

void AgentStream::reportOutboxFailure()
{
    // Said once per kind of failure, not once per record: a full disk stays full for a while.
    if (m_outbox->errorString() != m_lastError) {
        m_lastError = m_outbox->errorString();
        qCWarning(lcReflector).noquote() << "outbox:" << m_lastError;
    }
}

}  // namespace mirrorstage::reflector
