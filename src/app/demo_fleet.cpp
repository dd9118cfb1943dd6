#include "demo_fleet.h"

#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace mirrorstage::app {
namespace {

// The fixed plan: three racks of four, spread over the rack's height.
struct PlannedHost {
    const char *hostname;
    const char *role;
    const char *rack;
    int slot;
};
constexpr PlannedHost kPlan[] = {
    {"web-01", "web", "rack-a", 2},     {"web-02", "web", "rack-a", 8},
    {"api-01", "api", "rack-a", 14},    {"api-02", "api", "rack-a", 20},
    {"db-01", "db", "rack-b", 2},       {"db-02", "db", "rack-b", 8},
    {"cache-01", "cache", "rack-b", 14}, {"queue-01", "queue", "rack-b", 20},
    {"batch-01", "batch", "rack-c", 2}, {"batch-02", "batch", "rack-c", 8},
    {"mon-01", "mon", "rack-c", 14},    {"build-01", "build", "rack-c", 20},
};
constexpr int kPlanSize = int(std::size(kPlan));
constexpr int kSlotSpacing = 6;  // units between two planned slots: room for 5 more cycles
constexpr int kPlanHeight = 24;  // units the four slots of a rack span

constexpr qint64 kTokenValidMs = 15 * 60 * 1000;  // used within seconds; an accepted agent ignores it
constexpr int kStartTimeoutMs = 10'000;
constexpr int kLogTailLines = 10;
constexpr qint64 kLogTailBytes = 8192;

QStringList lastLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const bool fromMiddle = file.size() > kLogTailBytes;
    if (fromMiddle)
        file.seek(file.size() - kLogTailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (fromMiddle && !lines.isEmpty())
        lines.removeFirst();  // cut off at its start
    if (lines.size() > kLogTailLines)
        lines = lines.mid(lines.size() - kLogTailLines);
    return lines;
}

// The hub may listen on every address; the demo agents are on this machine and use loopback.
QString localEndpoint(const QString &listenUrl)
{
    QUrl url(listenUrl);
    const QHostAddress host(url.host());
    if (host == QHostAddress(QHostAddress::AnyIPv4))
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        url.setHost(QStringLiteral("::1"));
    return url.toString();
}

// Agents are the console's children: they go when it goes, killed or not. Ctrl-C in the terminal
// reaches the console alone (own process group), which then stops them in order.
void bindToParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)  // the console died before prctl
            ::_exit(1);
    });
}

bool makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

}  // namespace

struct DemoFleet::Host {
    DemoHost plan;
    QString dir;
    QString configPath;
    QString logPath;
    std::unique_ptr<QProcess> process;
    QTimer restartTimer;
    int restarts = 0;
};

QList<DemoHost> DemoFleet::plan(int count)
{
    QList<DemoHost> hosts;
    for (int i = 0; i < count; ++i) {
        const PlannedHost &planned = kPlan[i % kPlanSize];
        const int cycle = i / kPlanSize;
        DemoHost host{QString::fromLatin1(planned.hostname), QString::fromLatin1(planned.role),
                      QString::fromLatin1(planned.rack), planned.slot};
        if (cycle > 0) {
            host.hostname += QLatin1Char('-') + QString::number(cycle + 1);
            // One unit above the last copy; past the spacing, a floor of the plan higher up.
            host.slot += cycle % kSlotSpacing + (cycle / kSlotSpacing) * kPlanHeight;
        }
        hosts.append(host);
    }
    return hosts;
}

QStringList DemoFleet::reflectorCandidates()
{
    const QString dir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(dir + QStringLiteral("/reflector")),
            QDir::cleanPath(dir + QStringLiteral("/../../agent/reflector"))};  // build/<preset>/src/app → agent
}

QString DemoFleet::defaultReflectorPath()
{
    for (const QString &candidate : reflectorCandidates()) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

QString DemoFleet::defaultStateRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-fleet");
}

DemoFleet::DemoFleet(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.endpoint = localEndpoint(m_options.endpoint);
    m_reflectorPath = m_options.reflectorPath.isEmpty() ? defaultReflectorPath() : m_options.reflectorPath;
    m_stateRoot = QDir::cleanPath(m_options.stateRoot.isEmpty() ? defaultStateRoot() : m_options.stateRoot);
}

DemoFleet::~DemoFleet()
{
    stop();
}

QStringList DemoFleet::hostnames() const
{
    QStringList names;
    for (const auto &host : m_hosts)
        names.append(host->plan.hostname);
    return names;
}

int DemoFleet::running() const
{
    int count = 0;
    for (const auto &host : m_hosts)
        count += host->process && host->process->state() != QProcess::NotRunning;
    return count;
}

bool DemoFleet::start(QString *error)
{
    stop();
    m_hosts.clear();
    m_stopping = false;

    if (m_options.hostCount < 1 || m_options.hostCount > kMaxHosts) {
        *error = tr("a demo fleet has 1 to %1 hosts, not %2").arg(kMaxHosts).arg(m_options.hostCount);
        return false;
    }
    if (m_reflectorPath.isEmpty()) {
        *error = tr("the demo fleet needs the reflector agent, which is neither at %1 nor at %2; build the "
                    "`reflector` target (cmake --build build/<preset> --target reflector) or name it with --reflector PATH")
                     .arg(reflectorCandidates().value(0), reflectorCandidates().value(1));
        return false;
    }
    if (!QFileInfo(m_reflectorPath).isExecutable()) {
        *error = tr("the demo fleet needs the reflector agent, but there is no executable program at %1; build the "
                    "`reflector` target (cmake --build build/<preset> --target reflector) or name it with --reflector PATH")
                     .arg(m_reflectorPath);
        return false;
    }
    if (!makePrivateDir(m_stateRoot)) {
        *error = tr("cannot create the demo fleet's directory %1; choose a writable one with --demo-dir DIR").arg(m_stateRoot);
        return false;
    }

    for (const DemoHost &planned : plan(m_options.hostCount)) {
        auto host = std::make_unique<Host>();
        host->plan = planned;
        host->dir = m_stateRoot + QLatin1Char('/') + planned.hostname;
        host->configPath = host->dir + QStringLiteral("/reflector.json");
        host->logPath = host->dir + QStringLiteral("/reflector.log");
        host->restartTimer.setSingleShot(true);
        host->restartTimer.setInterval(kRestartDelayMs);
        Host *raw = host.get();
        connect(&host->restartTimer, &QTimer::timeout, this, [this, raw] {
            QString why;
            if (!writeConfig(*raw, &why))
                qCWarning(lcApp).noquote() << "demo fleet:" << raw->plan.hostname << why << "(restarting with the old configuration)";
            if (!launch(*raw, false, &why))
                qCWarning(lcApp).noquote() << "demo fleet:" << why;
        });
        m_hosts.push_back(std::move(host));
    }
    for (const auto &host : m_hosts) {
        if (!writeConfig(*host, error) || !launch(*host, true, error)) {
            stop();
            return false;
        }
    }
    qCInfo(lcApp).noquote() << "demo fleet:" << m_hosts.size() << "reflectors from" << m_reflectorPath << "in"
                            << m_stateRoot;
    if (m_options.fault)
        startFault();
    return true;
}

QString DemoFleet::faultHost(int hostCount)
{
    return plan(hostCount).constLast().hostname;
}

bool DemoFleet::writeDemoRules(const QString &path, int hostCount, QString *error)
{
    const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("process-runaway")},
                           {QStringLiteral("kind"), QStringLiteral("cpu")},
                           {QStringLiteral("metric"), QStringLiteral("process.cpu_percent")},
                           // A third of a core is enough: on a busy machine the hog gets less than all of
                           // one, and any dip below the threshold restarts the 15 s.
                           {QStringLiteral("warning"), 30},
                           {QStringLiteral("critical"), 180},
                           {QStringLiteral("for_seconds"), 15},
                           {QStringLiteral("clear_margin"), 10},
                           {QStringLiteral("hold_seconds"), 15},
                           {QStringLiteral("hosts"), QJsonObject{{QStringLiteral("hostnames"), QJsonArray{faultHost(hostCount)}}}},
                           {QStringLiteral("description"),
                            QStringLiteral("The demo: every demo agent reads this one machine, so only the fault's host "
                                           "watches runaway processes.")}};
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}).toJson()) < 0) {
        *error = tr("cannot write the demo's rules to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A real process spinning on one core. Perl (always on Debian) names itself, so the operator
// sees "demo-cpu-hog" in the process list and in the proposal, not an anonymous shell.
void DemoFleet::startFault()
{
    m_fault = std::make_unique<QProcess>();
    m_fault->setProgram(QStringLiteral("/usr/bin/perl"));
    m_fault->setArguments({QStringLiteral("-e"), QStringLiteral("$0 = 'demo-cpu-hog'; 1 while 1;")});
    m_fault->setStandardInputFile(QProcess::nullDevice());
    m_fault->setStandardOutputFile(QProcess::nullDevice());
    bindToParent(*m_fault);
    m_fault->start();
    if (!m_fault->waitForStarted(kStartTimeoutMs)) {
        qCWarning(lcApp).noquote() << "demo fleet: the CPU-hungry demo process did not start:" << m_fault->errorString();
        m_fault.reset();
        return;
    }
    connect(m_fault.get(), &QProcess::finished, this, [](int, QProcess::ExitStatus status) {
        qCInfo(lcApp).noquote() << "demo fleet: the demo's CPU-hungry process ended"
                                << (status == QProcess::CrashExit ? "(by a signal)" : "");
    });
    qCInfo(lcApp).noquote() << "demo fleet: a CPU-hungry process (demo-cpu-hog, pid" << m_fault->processId()
                            << ") now runs under" << faultHost(m_options.hostCount)
                            << "; an incident opens for it in about 15 s";
}

qint64 DemoFleet::faultPid() const
{
    return m_fault && m_fault->state() == QProcess::Running ? m_fault->processId() : 0;
}

// Each start writes the configuration anew with a fresh token: harmless for an agent that was
// accepted before (its key in state_dir is what the console knows), and it lets one that never
// got in try again.
bool DemoFleet::writeConfig(Host &host, QString *error)
{
    const QString stateDir = host.dir + QStringLiteral("/state");
    if (!makePrivateDir(host.dir) || !makePrivateDir(stateDir)) {
        *error = tr("cannot create the demo host's directory %1; choose a writable one with --demo-dir DIR").arg(stateDir);
        return false;
    }
    std::optional<store::EnrollmentOffer> offer;
    {
        const store::Database database(m_options.databasePath, QStringLiteral("demo-fleet"));
        if (!database.isOpen()) {
            *error = tr("cannot make enrollment tokens for the demo fleet: %1").arg(database.errorString());
            return false;
        }
        QString why;
        offer = store::EnrollmentOffer::make(database.connection(), m_options.endpoint, m_options.consolePublicKey,
                                             QDateTime::currentMSecsSinceEpoch(), kTokenValidMs,
                                             QStringLiteral("demo fleet: ") + host.plan.hostname, &why);
        if (!offer) {
            *error = tr("cannot make an enrollment token for the demo host %1: %2").arg(host.plan.hostname, why);
            return false;
        }
    }
    QJsonObject config = offer->agentConfig;
    config.insert(QStringLiteral("hostname_override"), host.plan.hostname);
    config.insert(QStringLiteral("rack"), host.plan.rack);
    config.insert(QStringLiteral("position"),
                  QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), host.plan.slot}, {QStringLiteral("z"), 0}});
    config.insert(QStringLiteral("tags"), QJsonArray{host.plan.role, QStringLiteral("demo")});
    config.insert(QStringLiteral("interval_seconds"), 1);
    config.insert(QStringLiteral("top_k"), 5);
    config.insert(QStringLiteral("state_dir"), stateDir);
    // Only the fault's host runs approved commands; the others show what an agent with commands
    // off says when asked.
    if (m_options.fault && host.plan.hostname == faultHost(m_options.hostCount))
        config.insert(QStringLiteral("commands"), QJsonObject{{QStringLiteral("enabled"), true}});
    if (m_options.endpoint.startsWith(QLatin1String("wss://")) && !m_options.tlsCertificatePath.isEmpty()) {
        QFile certificate(m_options.tlsCertificatePath);
        const QList<QSslCertificate> chain =
            certificate.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(certificate.readAll()) : QList<QSslCertificate>{};
        if (!chain.isEmpty())
            config.insert(QStringLiteral("tls_pin_sha256"),
                          QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex()));
    }

    // The token is a secret until used: the file is the owner's alone, like the directory.
    QFile file(host.configPath);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(QJsonDocument(config).toJson()) < 0 || !file.flush()) {
        *error = tr("cannot write %1: %2; choose a writable directory with --demo-dir DIR")
                     .arg(host.configPath, file.errorString());
        return false;
    }
    return true;
}

bool DemoFleet::launch(Host &host, bool truncateLog, QString *error)
{
    host.process = std::make_unique<QProcess>();
    QProcess &process = *host.process;
    process.setProgram(m_reflectorPath);
    process.setArguments({QStringLiteral("--config"), host.configPath});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(host.logPath, truncateLog ? QIODevice::Truncate : QIODevice::Append);
    bindToParent(process);
    connect(&process, &QProcess::finished, this, [this, raw = &host](int exitCode, QProcess::ExitStatus status) {
        onFinished(*raw, status == QProcess::NormalExit ? exitCode : -1);
    });
    process.start();
    if (!process.waitForStarted(kStartTimeoutMs)) {
        *error = tr("the reflector of demo host %1 did not start (%2 --config %3): %4")
                     .arg(host.plan.hostname, m_reflectorPath, host.configPath, process.errorString());
        return false;
    }
    return true;
}

void DemoFleet::onFinished(Host &host, int exitCode)
{
    if (m_stopping)
        return;
    const QStringList lines = lastLines(host.logPath);
    const QString how = exitCode < 0 ? QStringLiteral("was killed by a signal") : QStringLiteral("exited with %1").arg(exitCode);
    const QString next = host.restarts < kMaxRestarts
        ? QStringLiteral("restart %1 of %2 in %3 s").arg(host.restarts + 1).arg(kMaxRestarts).arg(kRestartDelayMs / 1000)
        : QStringLiteral("not restarted again after %1 restarts").arg(kMaxRestarts);
    qCWarning(lcApp).noquote() << QStringLiteral("demo fleet: %1 %2 (%3); the end of %4:\n  %5")
                                      .arg(host.plan.hostname, how, next, host.logPath, lines.join(QStringLiteral("\n  ")));
    emit hostExited(host.plan.hostname, exitCode, lines);
    if (host.restarts >= kMaxRestarts)
        return;
    ++host.restarts;
    host.restartTimer.start();
}

void DemoFleet::stop()
{
    m_stopping = true;
    if (m_fault && m_fault->state() != QProcess::NotRunning) {
        m_fault->kill();
        m_fault->waitForFinished(kStopGraceMs);
    }
    m_fault.reset();
    QList<QProcess *> live;
    for (const auto &host : m_hosts) {
        host->restartTimer.stop();
        if (host->process && host->process->state() != QProcess::NotRunning) {
            host->process->terminate();
            live.append(host->process.get());
        }
    }
    if (live.isEmpty())
        return;
    const QDeadlineTimer deadline(kStopGraceMs);
    for (QProcess *process : std::as_const(live))
        process->waitForFinished(int(qMax<qint64>(deadline.remainingTime(), 1)));
    int killed = 0;
    for (QProcess *process : std::as_const(live)) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->kill();
        process->waitForFinished(kStopGraceMs);
        ++killed;
    }
    qCInfo(lcApp).noquote() << QStringLiteral("demo fleet stopped: %1 reflectors, %2 of them with SIGKILL").arg(live.size()).arg(killed);
}

}  // namespace mirrorstage::app
