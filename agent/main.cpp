// reflector: the MIRROR STAGE agent. Collects a host's metrics from /proc and /sys.
#include "agent_config.h"
#include "agent_stream.h"
#include "log_watch.h"
#include "sample_codec.h"
#include "sample_scheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcReflector, "mirrorstage.reflector")

namespace {

using namespace mirrorstage;
using namespace mirrorstage::reflector;

constexpr int kExitUsage = 2;

void printJson(const HostSample &sample, QJsonDocument::JsonFormat format)
{
    QByteArray text = sampleToJson(sample);
    if (format == QJsonDocument::Indented)
        text = QJsonDocument::fromJson(text).toJson(QJsonDocument::Indented);
    else
        text.append('\n');
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

// Collectors keep /proc files open between samples (one per process); allow as many as the hard
// limit lets us, and leave room for sockets and the outbox.
int openFileBudget()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 256;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = qMin<rlim_t>(limit.rlim_max, 1 << 20);
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    constexpr rlim_t reserve = 256;
    return limit.rlim_cur > 2 * reserve ? int(qMin<rlim_t>(limit.rlim_cur - reserve, 1 << 20)) : int(limit.rlim_cur / 2);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "reflector: %s\n", qPrintable(message));
    return kExitUsage;
}

}  // namespace

int main(int argc, char *argv[])
{
    // Qt's own event loop is lighter than GLib's, and the agent integrates with no GLib code.
    qputenv("QT_NO_GLIB", "1");
    // Past a file-size limit, writing the outbox must fail and be reported, not kill the agent.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reflector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORSTAGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "MIRROR STAGE agent: collects this host's metrics from /proc and /sys.\n"
                "With an endpoint in its configuration it streams them to the console; without one, or with\n"
                "--once or --samples, it prints them as JSON. --watch-logs prints the log lines that match\n"
                "the log_watch patterns instead."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Read the JSON configuration from <file> (default: $MIRROR_STAGE_REFLECTOR_CONFIG)."),
        QStringLiteral("file"));
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        QCoreApplication::translate("main", "Print one sample as JSON and exit."));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QCoreApplication::translate("main", "Print <n> samples as JSON lines and exit (0: until stopped)."),
        QStringLiteral("n"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval-ms"),
        QCoreApplication::translate("main", "Milliseconds between samples (default: interval_seconds of the config)."),
        QStringLiteral("ms"));
    const QCommandLineOption watchLogsOption(
        QStringLiteral("watch-logs"),
        QCoreApplication::translate("main", "Print the log lines that match the log_watch patterns as JSON lines, until "
                                            "stopped (no samples, nothing sent, no read position saved)."));
    parser.addOptions({configOption, onceOption, samplesOption, intervalOption, watchLogsOption});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("main", "unexpected argument \"%1\"; see --help")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(onceOption) && parser.isSet(samplesOption))
        return fail(QCoreApplication::translate("main", "--once and --samples cannot be combined"));
    if (parser.isSet(watchLogsOption) && (parser.isSet(onceOption) || parser.isSet(samplesOption)))
        return fail(QCoreApplication::translate("main", "--watch-logs cannot be combined with --once or --samples"));

    AgentConfig config;
    const QString configPath = AgentConfigLoader::chooseConfigPath(parser.value(configOption));
    if (!configPath.isEmpty()) {
        QString error;
        std::optional<AgentConfig> loaded = AgentConfigLoader::load(configPath, &error);
        if (!loaded)
            return fail(error);
        config = *loaded;
    }

    qint64 samples = 0;
    if (parser.isSet(samplesOption)) {
        bool ok = false;
        samples = parser.value(samplesOption).toLongLong(&ok);
        if (!ok || samples < 0)
            return fail(QCoreApplication::translate("main", "--samples needs a whole number of 0 or more, got \"%1\"")
                            .arg(parser.value(samplesOption)));
    }
    auto interval = std::chrono::milliseconds(qint64(config.intervalSeconds * 1000.0));
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        const qint64 ms = parser.value(intervalOption).toLongLong(&ok);
        if (!ok || ms < 1 || ms > qint64(AgentConfig::kMaxIntervalSeconds * 1000))
            return fail(QCoreApplication::translate("main", "--interval-ms needs a whole number from 1 to %1, got \"%2\"")
                            .arg(qint64(AgentConfig::kMaxIntervalSeconds * 1000))
                            .arg(parser.value(intervalOption)));
        interval = std::chrono::milliseconds(ms);
    }

    if (parser.isSet(watchLogsOption)) {
        QString error;
        const std::unique_ptr<LogWatch> logWatch = LogWatch::start(config.logWatch, QString(), &error);
        if (!logWatch)
            return fail(error);
        QObject::connect(logWatch.get(), &LogWatch::matched, [](const QList<LogEvent> &events) {
            for (const LogEvent &event : events) {
                const QByteArray line = logEventToJson(event) + '\n';
                std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            }
            std::fflush(stdout);
        });
        return app.exec();
    }

    AgentIdentity identity;
    identity.hostname = config.hostnameOverride;
    identity.agentVersion = QCoreApplication::applicationVersion();
    identity.rack = config.rack;
    identity.position = config.position;
    identity.tags = config.tags;
    SampleCollector collector(SystemRoot(), {config.topK, config.includeNetworkFilesystems}, identity);
    collector.setOpenFileLimit(openFileBudget());

    if (parser.isSet(onceOption)) {
        QElapsedTimer clock;
        clock.start();
        printJson(collector.collect(clock.nsecsElapsed(), QDateTime::currentMSecsSinceEpoch()), QJsonDocument::Indented);
        return 0;
    }

    SampleScheduler scheduler(collector, interval);
    std::unique_ptr<AgentStream> stream;
    std::unique_ptr<LogWatch> logWatch;
    if (!config.endpoint.isEmpty() && !parser.isSet(samplesOption)) {
        QString error;
        stream = AgentStream::start(config, identity, interval, &error);
        if (!stream)
            return fail(error);
        QObject::connect(&scheduler, &SampleScheduler::sampled, stream.get(), &AgentStream::enqueue);
        // Read positions are saved once matched() returns, that is after the outbox holds the events.
        logWatch = LogWatch::start(config.logWatch,
                                   config.stateDir.isEmpty() ? AgentConfigLoader::defaultStateDir() : config.stateDir, &error);
        if (!logWatch)
            return fail(error);
        QObject::connect(logWatch.get(), &LogWatch::matched, stream.get(), &AgentStream::enqueueLogs);
    } else {
        QObject::connect(&scheduler, &SampleScheduler::sampled, [](const HostSample &sample) {
            printJson(sample, QJsonDocument::Compact);
        });
    }
    QObject::connect(&scheduler, &SampleScheduler::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    qCInfo(lcReflector) << "sampling every" << interval.count() << "ms";
    scheduler.start(samples);
    return app.exec();
}
