// The demo fleet, with real processes: `mirrorstage --headless --demo-fleet` starts a dozen real
// reflectors on this machine, enrolled by one-time tokens, in three racks; they stream real samples;
// one that dies is started again; SIGTERM to the console stops every one of them, SIGKILL to the
// console too (they die with their parent), and a second run reuses their keys. A missing reflector
// binary is said in words.
#include "fleet_harness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

namespace {

struct Planned {
    const char *hostname;
    const char *rack;
    int slot;
};

// The plan the README promises: three racks of four.
constexpr Planned kPlan[] = {
    {"web-01", "rack-a", 2},   {"web-02", "rack-a", 8},   {"api-01", "rack-a", 14},   {"api-02", "rack-a", 20},
    {"db-01", "rack-b", 2},    {"db-02", "rack-b", 8},    {"cache-01", "rack-b", 14}, {"queue-01", "rack-b", 20},
    {"batch-01", "rack-c", 2}, {"batch-02", "rack-c", 8}, {"mon-01", "rack-c", 14},   {"build-01", "rack-c", 20},
};

// PIDs of live processes with a file under `dir` on their command line: the agents, whose
// configuration is there, not the console, which names `dir` itself. Zombies have no cmdline.
QList<int> processesUnder(const QString &dir)
{
    QList<int> pids;
    const QByteArray needle = QFile::encodeName(dir) + '/';
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            pids.append(pid);
    }
    return pids;
}

// Processes whose command line starts with `name` (the demo's hog renames itself).
QList<int> processesNamed(const QByteArray &name)
{
    QList<int> pids;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (isPid && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().startsWith(name))
            pids.append(pid);
    }
    return pids;
}

}  // namespace

class DemoFleetTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twelveHostsStreamAndStopWithTheConsole();
    void agentsDieWithAKilledConsoleAndComeBackAsThemselves();
    void missingReflectorIsNamed();
    void theDemoFaultIsFixedByAnApprovedProposal();

private:
    CommandResult msctl(const QStringList &arguments);
    QStringList consoleArguments(const QStringList &extra = {}) const;
    void startConsole();
    void stopConsole(int signal);
    QJsonArray hosts();
    int sampleCount(const QString &hostname, qint64 sinceMs);
    bool startFleet(int minSamples, qint64 seenAfterMs = 0);
    void waitForPlan(int minSamples, qint64 seenAfterMs);
    bool planIsAcceptedWithSamples(int minSamples, qint64 seenAfterMs);
    bool checkPlan(int minSamples, qint64 seenAfterMs);
    QString demoDir() const { return m_dir->filePath(QStringLiteral("demo")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_console;
    QByteArray m_consoleLog;
    QString m_why;  // what the last failed check saw
    QElapsedTimer m_lastCheck;
    bool m_lastAnswer = false;
};

void DemoFleetTest::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CONSOLE_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(REFLECTOR_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(MSCTL_BINARY)));
}

void DemoFleetTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = freeLoopbackPort();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
}

void DemoFleetTest::cleanup()
{
    if (m_console && m_console->state() != QProcess::NotRunning) {
        m_console->kill();
        m_console->waitForFinished(10'000);
    }
    // Whatever a failed test left behind.
    for (int pid : processesUnder(demoDir()))
        ::kill(pid_t(pid), SIGKILL);
    m_console.reset();
}

QStringList DemoFleetTest::consoleArguments(const QStringList &extra) const
{
    // No --reflector: the console finds the agent in the build tree, as ./run's console will.
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--demo-fleet"), QStringLiteral("--demo-dir"), demoDir(),
                       QStringLiteral("--database"), m_dir->filePath(QStringLiteral("db.sqlite")),
                       QStringLiteral("--key-file"), m_dir->filePath(QStringLiteral("console.key")),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}
        + extra;
}

void DemoFleetTest::startConsole()
{
    m_consoleLog.clear();
    m_console = std::make_unique<QProcess>();
    m_console->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_console.get(), &QProcess::readyRead, this, [this] { m_consoleLog += m_console->readAll(); });
    m_console->start(QStringLiteral(CONSOLE_BINARY), consoleArguments({QStringLiteral("--demo-hosts"), QStringLiteral("12")}));
    QVERIFY(m_console->waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(m_consoleLog.contains("console ready") || m_console->state() == QProcess::NotRunning,
                              m_consoleLog.constData(), 60'000);
    QVERIFY2(m_console->state() == QProcess::Running, m_consoleLog.constData());
}

void DemoFleetTest::stopConsole(int signal)
{
    ::kill(pid_t(m_console->processId()), signal);
    QVERIFY2(m_console->waitForFinished(60'000), "the console did not exit");
    m_consoleLog += m_console->readAll();
}

QJsonArray DemoFleetTest::hosts()
{
    const CommandResult result =
        runCommand(QStringLiteral(MSCTL_BINARY), {QStringLiteral("hosts"), QStringLiteral("--json"), QStringLiteral("--database"),
                                                  m_dir->filePath(QStringLiteral("db.sqlite"))});
    if (result.exitCode != 0)
        m_why = QString::fromUtf8(result.err);
    return QJsonDocument::fromJson(result.out).array();
}

int DemoFleetTest::sampleCount(const QString &hostname, qint64 sinceMs)
{
    const QString since = sinceMs > 0 ? QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).toString(Qt::ISODateWithMs)
                                      : QStringLiteral("1h");
    const CommandResult result = runCommand(
        QStringLiteral(MSCTL_BINARY), {QStringLiteral("samples"), hostname, QStringLiteral("--since"), since,
                                       QStringLiteral("--json"), QStringLiteral("--database"),
                                       m_dir->filePath(QStringLiteral("db.sqlite"))});
    if (result.exitCode != 0)
        m_why = QString::fromUtf8(result.err);
    return int(QJsonDocument::fromJson(result.out).array().size());
}

// The console with its fleet, once every planned host streams; false when the test has failed.
bool DemoFleetTest::startFleet(int minSamples, qint64 seenAfterMs)
{
    startConsole();
    if (!QTest::currentTestFailed())
        waitForPlan(minSamples, seenAfterMs);
    return !QTest::currentTestFailed();
}

void DemoFleetTest::waitForPlan(int minSamples, qint64 seenAfterMs)
{
    m_lastCheck.invalidate();
    QTRY_VERIFY2_WITH_TIMEOUT(planIsAcceptedWithSamples(minSamples, seenAfterMs),
                              qPrintable(m_why + QLatin1Char('\n') + QString::fromUtf8(m_consoleLog)), 180'000);
}

// True once msctl lists exactly the planned hosts, each accepted, in its rack and slot, seen after
// seenAfterMs, with at least minSamples stored since then; otherwise m_why says what is missing.
bool DemoFleetTest::planIsAcceptedWithSamples(int minSamples, qint64 seenAfterMs)
{
    // QTRY_ asks every 50 ms; running msctl thirteen times once a second is plenty (and spares the
    // CPU). In between, the last answer stands (QTRY_ asks once more after its loop).
    if (m_lastCheck.isValid() && !m_lastCheck.hasExpired(1000))
        return m_lastAnswer;
    m_lastCheck.start();
    m_lastAnswer = checkPlan(minSamples, seenAfterMs);
    return m_lastAnswer;
}

bool DemoFleetTest::checkPlan(int minSamples, qint64 seenAfterMs)
{
    const QJsonArray listed = hosts();
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &value : listed)
        byName.insert(value.toObject().value(QStringLiteral("hostname")).toString(), value.toObject());
    if (listed.size() != qsizetype(std::size(kPlan))) {
        m_why = QStringLiteral("%1 hosts listed: %2").arg(listed.size()).arg(QStringList(byName.keys()).join(QLatin1Char(' ')));
        return false;
    }
    for (const Planned &planned : kPlan) {
        const QString name = QString::fromLatin1(planned.hostname);
        const QJsonObject host = byName.value(name);
        if (host.isEmpty()) {
            m_why = name + QStringLiteral(" is not listed");
            return false;
        }
        if (host.value(QStringLiteral("enrollment")).toString() != QLatin1String("accepted")) {
            m_why = name + QStringLiteral(" is ") + host.value(QStringLiteral("enrollment")).toString();
            return false;
        }
        const QJsonObject position = host.value(QStringLiteral("position")).toObject();
        if (host.value(QStringLiteral("rack")).toString() != QLatin1String(planned.rack)
            || position.value(QStringLiteral("y")).toDouble() != planned.slot
            || position.value(QStringLiteral("x")).toDouble() != 0 || position.value(QStringLiteral("z")).toDouble() != 0) {
            m_why = name + QStringLiteral(" is in the wrong place: ") + QString::fromUtf8(QJsonDocument(host).toJson());
            return false;
        }
        if (host.value(QStringLiteral("last_seen_ms")).toInteger() <= seenAfterMs) {
            m_why = name + QStringLiteral(" was not seen yet");
            return false;
        }
        const int samples = sampleCount(name, seenAfterMs);
        if (samples < minSamples) {
            m_why = QStringLiteral("%1 has %2 samples").arg(name).arg(samples);
            return false;
        }
    }
    return true;
}

void DemoFleetTest::twelveHostsStreamAndStopWithTheConsole()
{
    if (!startFleet(2))
        return;
    QCOMPARE(processesUnder(demoDir()).size(), qsizetype(std::size(kPlan)));

    // Each agent has its own 0600 configuration, its state and its log.
    for (const Planned &planned : kPlan) {
        const QString dir = demoDir() + QLatin1Char('/') + QLatin1String(planned.hostname);
        const QFileInfo config(dir + QStringLiteral("/reflector.json"));
        QVERIFY2(config.exists(), qPrintable(config.filePath()));
        QCOMPARE(config.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
        QVERIFY(QFile::exists(dir + QStringLiteral("/state/agent.key")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/reflector.log")));
    }

    // An agent that dies on its own is reported and started again.
    const QString web01 = demoDir() + QStringLiteral("/web-01");
    const QList<int> before = processesUnder(web01);
    QCOMPARE(before.size(), 1);
    ::kill(pid_t(before.first()), SIGKILL);
    QTRY_VERIFY2_WITH_TIMEOUT(m_consoleLog.contains("web-01 was killed by a signal (restart 1 of 3"), m_consoleLog.constData(),
                              60'000);
    QTRY_VERIFY_WITH_TIMEOUT(processesUnder(web01).size() == 1 && processesUnder(web01) != before, 60'000);

    stopConsole(SIGTERM);
    QCOMPARE(m_console->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_console->exitCode(), 0);
    // The console waited for its agents before it exited: none is left, not even for a moment.
    const QList<int> left = processesUnder(demoDir());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 reflectors still run").arg(left.size())));
}

void DemoFleetTest::agentsDieWithAKilledConsoleAndComeBackAsThemselves()
{
    if (!startFleet(1))
        return;
    QSet<QString> agentIds;
    for (const QJsonValue &host : hosts())
        agentIds.insert(host.toObject().value(QStringLiteral("agent_id")).toString());
    QCOMPARE(agentIds.size(), qsizetype(std::size(kPlan)));

    // SIGKILL leaves the console no time to stop anything: the kernel tells the agents.
    stopConsole(SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(processesUnder(demoDir()).isEmpty(), 30'000);

    // A second run: the same keys in the same state directories, so the same twelve agents.
    const qint64 restartedMs = QDateTime::currentMSecsSinceEpoch();
    if (!startFleet(2, restartedMs))
        return;
    QSet<QString> again;
    for (const QJsonValue &host : hosts())
        again.insert(host.toObject().value(QStringLiteral("agent_id")).toString());
    QCOMPARE(again, agentIds);

    stopConsole(SIGTERM);
    QCOMPARE(m_console->exitCode(), 0);
    QVERIFY(processesUnder(demoDir()).isEmpty());
}

void DemoFleetTest::missingReflectorIsNamed()
{
    QProcess console;
    console.start(QStringLiteral(CONSOLE_BINARY),
                  QStringList{QStringLiteral("--headless"), QStringLiteral("--demo-fleet"), QStringLiteral("--reflector"),
                              QStringLiteral("/nonexistent"), QStringLiteral("--demo-dir"), demoDir(),
                              QStringLiteral("--database"), m_dir->filePath(QStringLiteral("db.sqlite")),
                              QStringLiteral("--key-file"), m_dir->filePath(QStringLiteral("console.key")),
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY(console.waitForFinished(60'000));
    const QByteArray err = console.readAllStandardError();
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY2(console.exitCode() != 0, err.constData());
    QVERIFY2(err.contains("/nonexistent"), err.constData());
    QVERIFY2(err.contains("reflector"), err.constData());
    QVERIFY(processesUnder(demoDir()).isEmpty());
}

CommandResult DemoFleetTest::msctl(const QStringList &arguments)
{
    return runCommand(QStringLiteral(MSCTL_BINARY),
                      QStringList{QStringLiteral("--database"), m_dir->filePath(QStringLiteral("db.sqlite"))} + arguments);
}

// The README's story: the demo's CPU-hungry process under its last host becomes an incident, the
// local runbook proposes stopping it, the operator approves, the host's agent stops it, the
// incident resolves, and the audit log has it all and verifies.
void DemoFleetTest::theDemoFaultIsFixedByAnApprovedProposal()
{
    m_consoleLog.clear();
    m_console = std::make_unique<QProcess>();
    m_console->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_console.get(), &QProcess::readyRead, this, [this] { m_consoleLog += m_console->readAll(); });
    m_console->start(QStringLiteral(CONSOLE_BINARY), consoleArguments({QStringLiteral("--demo-hosts"), QStringLiteral("2")}));
    QTRY_VERIFY2_WITH_TIMEOUT(m_consoleLog.contains("console ready") || m_console->state() == QProcess::NotRunning,
                              m_consoleLog.constData(), 60'000);
    QVERIFY2(m_console->state() == QProcess::Running, m_consoleLog.constData());
    QVERIFY2(m_consoleLog.contains("demo-cpu-hog"), m_consoleLog.constData());
    QList<int> hogs = processesNamed(QByteArrayLiteral("demo-cpu-hog"));
    QCOMPARE(hogs.size(), 1);
    const QString pid = QString::number(hogs.first());

    // The incident, on the plan's last host (web-02 of two), about that very process.
    QJsonObject incident;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &value :
                 QJsonDocument::fromJson(msctl({QStringLiteral("incidents"), QStringLiteral("--json")}).out).array()) {
                if (value.toObject().value(QStringLiteral("subject")).toString().startsWith(pid + QLatin1Char(' ')))
                    incident = value.toObject();
            }
            return !incident.isEmpty();
        }(),
        m_consoleLog.constData(), 180'000);
    QCOMPARE(incident.value(QStringLiteral("host")).toString(), QStringLiteral("web-02"));
    const QString incidentId = QString::number(incident.value(QStringLiteral("id")).toInteger());

    QString proposalId;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &value :
                 QJsonDocument::fromJson(msctl({QStringLiteral("proposals"), incidentId, QStringLiteral("--json")}).out).array()) {
                for (const QJsonValue &command : value.toObject().value(QStringLiteral("commands")).toArray()) {
                    if (command.toObject().value(QStringLiteral("script")).toString() == QStringLiteral("kill -TERM ") + pid)
                        proposalId = QString::number(value.toObject().value(QStringLiteral("id")).toInteger());
                }
            }
            return !proposalId.isEmpty();
        }(),
        m_consoleLog.constData(), 60'000);
    const CommandResult approved = msctl({QStringLiteral("approve"), proposalId, QStringLiteral("--confirm")});
    QVERIFY2(approved.exitCode == 0, approved.err.constData());

    QTRY_VERIFY2_WITH_TIMEOUT(processesNamed(QByteArrayLiteral("demo-cpu-hog")).isEmpty(), m_consoleLog.constData(), 60'000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            const QJsonObject shown = QJsonDocument::fromJson(
                                          msctl({QStringLiteral("incident"), incidentId, QStringLiteral("--json")}).out)
                                          .object();
            return shown.value(QStringLiteral("state")).toString() == QLatin1String("resolved");
        }(),
        m_consoleLog.constData(), 120'000);
    const CommandResult verify = msctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    const QByteArray audit = msctl({QStringLiteral("audit"), QStringLiteral("list")}).out;
    QVERIFY2(audit.contains("proposal.approved") && audit.contains("execution.finished") && audit.contains("incident.resolved"),
             audit.constData());
    stopConsole(SIGTERM);
}

QTEST_GUILESS_MAIN(DemoFleetTest)
#include "test_demo_fleet.moc"
