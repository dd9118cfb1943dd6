// The incident rules and the engine that applies them: every bad rules file is refused with the
// rule and the key named (fixtures in tests/fixtures/rules/invalid, each with the words expected),
// the shipped defaults load, and the engine opens, escalates, eases and clears incidents with the
// rule's duration, hysteresis and hold, one per (host, rule, subject).
#include "incident_engine.h"
#include "incident_observations.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::core;

namespace {

const QString kAgent = QStringLiteral("0123456789abcdef0123456789abcdef");

IncidentRuleSet rulesFrom(const char *json)
{
    QString error;
    std::optional<IncidentRuleSet> set = IncidentRuleSet::parse(QByteArray(json), QStringLiteral("test"), &error);
    if (!set)
        qFatal("rules: %s", qPrintable(error));
    return *set;
}

HostSample cpuSample(double busy, const QString &host = QStringLiteral("web-01"))
{
    HostSample sample;
    sample.agent.hostname = host;
    sample.agent.tags = {QStringLiteral("web")};
    sample.cpu.logicalCores = 2;
    sample.cpu.total = CpuUsage{busy, busy, 0, 0, 0, 100 - busy};
    ProcessSample top;
    top.pid = 4242;
    top.name = QStringLiteral("spinner");
    top.cpuPercent = busy * 2;
    sample.processes.topByCpu = {top};
    return sample;
}

const char *kCpuRule = R"({"rules": [{"id": "cpu-high", "kind": "cpu", "metric": "cpu.busy_percent",
    "warning": 80, "critical": 95, "for_seconds": 10, "clear_margin": 10, "hold_seconds": 20}]})";

QStringList describe(const QList<IncidentSignal> &signals_)
{
    QStringList out;
    for (const IncidentSignal &s : signals_)
        out.append((s.type == IncidentSignal::Type::Raise ? QStringLiteral("raise ") : QStringLiteral("clear ")) + s.severity);
    return out;
}

}  // namespace

class IncidentEngineTest : public QObject {
    Q_OBJECT
private slots:
    void invalidRulesAreRefusedInWords_data();
    void invalidRulesAreRefusedInWords();
    void shippedDefaultsLoad();
    void userRulesReplaceAndSwitchOffDefaults();
    void thresholdNeedsItsDurationAndClearsAfterItsHold();
    void escalatesAndEasesWithHysteresis();
    void bandBetweenClearAndWarningKeepsItOpen();
    void flappingHoldsThreeTimesLonger();
    void processRuleNamesTheProcess();
    void vanishedSubjectClears();
    void hostSelectorLimitsARule();
    void offlineNeedsItsDurationAndClearsWhenBack();
    void logPatternsOpenOncePerUnitAndResolveWhenQuiet();
    void restoredIncidentClearsWhenTheConditionIsGone();
    void outboxGapOpensOnceAndResolvesWhenQuiet();
};

void IncidentEngineTest::invalidRulesAreRefusedInWords_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(MIRRORSTAGE_FIXTURES "/rules/invalid"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void IncidentEngineTest::invalidRulesAreRefusedInWords()
{
    QFETCH(QString, file);
    QFile expect(QString(file).replace(QStringLiteral(".json"), QStringLiteral(".expect")));
    QVERIFY(expect.open(QIODevice::ReadOnly));
    const QString words = QString::fromUtf8(expect.readAll()).trimmed();
    QString error;
    const std::optional<IncidentRuleSet> set = IncidentRuleSet::load(file, QString(), &error);
    QVERIFY(!set);
    QVERIFY2(error.contains(words), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));  // the file is named
}

void IncidentEngineTest::shippedDefaultsLoad()
{
    QString error;
    const std::optional<IncidentRuleSet> fromResource = IncidentRuleSet::load(QString(), QString(), &error);
    QVERIFY2(fromResource, qPrintable(error));
    const std::optional<IncidentRuleSet> fromFile =
        IncidentRuleSet::load(QStringLiteral(MIRRORSTAGE_SOURCE_DIR "/resources/rules/default-rules.json"), QString(), &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(fromResource->rules().size(), fromFile->rules().size());
    QStringList kinds;
    for (const IncidentRule &rule : fromFile->rules())
        kinds.append(rule.kind);
    // The issue's list: CPU, per-core, memory, swap, load, space and inodes, temperature, NIC
    // faults, I/O wait, offline, outbox gaps, and log patterns.
    for (const QString &kind : {QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("swap"), QStringLiteral("load"),
                                QStringLiteral("disk-space"), QStringLiteral("inodes"), QStringLiteral("temperature"),
                                QStringLiteral("nic-errors"), QStringLiteral("io-wait"), QStringLiteral("host-offline"),
                                QStringLiteral("outbox-gap"), QStringLiteral("oom"), QStringLiteral("unit-failed"),
                                QStringLiteral("segfault"), QStringLiteral("io-error"), QStringLiteral("hung-task")})
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
    for (const IncidentRule &rule : fromFile->rules())
        QVERIFY2(!rule.autoRemediation.enabled, qPrintable(rule.id));  // off by default
}

void IncidentEngineTest::userRulesReplaceAndSwitchOffDefaults()
{
    IncidentRuleSet defaults = rulesFrom(kCpuRule);
    defaults.overlay(rulesFrom(R"({"rules": [{"id": "cpu-high", "enabled": false},
        {"id": "mine", "metric": "memory.used_percent", "warning": 1, "critical": 2}]})"));
    QCOMPARE(defaults.enabledRules().size(), 1);
    QCOMPARE(defaults.enabledRules().first().id, QStringLiteral("mine"));
}

void IncidentEngineTest::thresholdNeedsItsDurationAndClearsAfterItsHold()
{
    IncidentEngine engine(rulesFrom(kCpuRule));
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(85), 0)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(85), 5'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(85), 10'000)), QStringList{QStringLiteral("raise warning")});
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(85), 11'000)), QStringList());  // once
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(20), 12'000)), QStringList());
    QCOMPARE(describe(engine.tick(31'000)), QStringList());
    QCOMPARE(describe(engine.tick(32'000)), QStringList{QStringLiteral("clear warning")});
    QCOMPARE(engine.activeCount(), 0);
    // A short spike never opens anything.
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(99), 40'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(10), 45'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(10), 60'000)), QStringList());
}

void IncidentEngineTest::escalatesAndEasesWithHysteresis()
{
    IncidentEngine engine(rulesFrom(kCpuRule));
    engine.observeSample(kAgent, cpuSample(97), 0);
    const QList<IncidentSignal> raised = engine.observeSample(kAgent, cpuSample(97), 10'000);
    QCOMPARE(describe(raised), QStringList{QStringLiteral("raise critical")});
    QVERIFY2(raised.first().summary.contains(QStringLiteral("97")), qPrintable(raised.first().summary));
    QCOMPARE(raised.first().facts.value(QStringLiteral("top_cpu_pid")).toString(), QStringLiteral("4242"));
    // 90 is below critical but within its margin: stays critical.
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(90), 20'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(90), 35'000)), QStringList());
    // 84: clearly below critical, still a warning.
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(84), 40'000)), QStringList{QStringLiteral("raise warning")});
}

void IncidentEngineTest::bandBetweenClearAndWarningKeepsItOpen()
{
    IncidentEngine engine(rulesFrom(kCpuRule));
    engine.observeSample(kAgent, cpuSample(85), 0);
    QCOMPARE(engine.observeSample(kAgent, cpuSample(85), 10'000).size(), 1);
    // 75 is below warning (80) but not below warning - margin (70): not clear, for any time.
    for (qint64 t = 11'000; t < 200'000; t += 10'000) {
        QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(75), t)), QStringList());
        QCOMPARE(describe(engine.tick(t + 1)), QStringList());
    }
    QCOMPARE(engine.activeCount(), 1);
}

void IncidentEngineTest::flappingHoldsThreeTimesLonger()
{
    IncidentEngine engine(rulesFrom(kCpuRule));
    engine.observeSample(kAgent, cpuSample(85), 0);
    const QList<IncidentSignal> raised = engine.observeSample(kAgent, cpuSample(85), 10'000);
    engine.setFlapping(raised.first().key, true);
    engine.observeSample(kAgent, cpuSample(10), 20'000);
    QCOMPARE(describe(engine.tick(41'000)), QStringList());  // 20 s hold would have ended here
    QCOMPARE(describe(engine.tick(79'000)), QStringList());
    QCOMPARE(describe(engine.tick(80'000)), QStringList{QStringLiteral("clear warning")});
}

void IncidentEngineTest::processRuleNamesTheProcess()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [{"id": "runaway", "kind": "cpu", "metric": "process.cpu_percent",
        "warning": 90, "critical": 180, "for_seconds": 0}]})"));
    const QList<IncidentSignal> raised = engine.observeSample(kAgent, cpuSample(50), 0);  // the process: 100 %
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().key.subject, QStringLiteral("4242 spinner"));
    QCOMPARE(raised.first().facts.value(QStringLiteral("top_cpu_pid")).toString(), QStringLiteral("4242"));
    QCOMPARE(raised.first().facts.value(QStringLiteral("top_cpu_name")).toString(), QStringLiteral("spinner"));
    QCOMPARE(raised.first().kind, QStringLiteral("cpu"));
}

void IncidentEngineTest::vanishedSubjectClears()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [{"id": "runaway", "kind": "cpu", "metric": "process.cpu_percent",
        "warning": 90, "critical": 180, "for_seconds": 0, "hold_seconds": 5}]})"));
    QCOMPARE(engine.observeSample(kAgent, cpuSample(50), 0).size(), 1);
    HostSample gone = cpuSample(5);
    gone.processes.topByCpu.clear();  // the process exited
    QCOMPARE(describe(engine.observeSample(kAgent, gone, 1'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, gone, 6'000)), QStringList{QStringLiteral("clear warning")});
}

void IncidentEngineTest::hostSelectorLimitsARule()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [{"id": "cpu-high", "metric": "cpu.busy_percent",
        "warning": 80, "critical": 95, "hosts": {"tags": ["db"]}}]})"));
    QCOMPARE(engine.observeSample(kAgent, cpuSample(99), 0).size(), 0);  // web-01 is tagged web
    HostSample db = cpuSample(99, QStringLiteral("db-01"));
    db.agent.tags = {QStringLiteral("db")};
    QCOMPARE(engine.observeSample(QStringLiteral("ffffffffffffffffffffffffffffffff"), db, 0).size(), 1);
}

void IncidentEngineTest::offlineNeedsItsDurationAndClearsWhenBack()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [{"id": "host-offline", "type": "offline", "severity": "critical",
        "for_seconds": 60, "hold_seconds": 0}]})"));
    QCOMPARE(engine.observePresence(kAgent, QStringLiteral("web-01"), false, 0).size(), 0);
    QCOMPARE(describe(engine.tick(59'000)), QStringList());
    QCOMPARE(describe(engine.tick(60'000)), QStringList{QStringLiteral("raise critical")});
    QCOMPARE(describe(engine.observePresence(kAgent, QStringLiteral("web-01"), true, 70'000)),
             QStringList{QStringLiteral("clear critical")});
    // Back within the duration: nothing at all.
    engine.observePresence(kAgent, QStringLiteral("web-01"), false, 100'000);
    engine.observePresence(kAgent, QStringLiteral("web-01"), true, 110'000);
    QCOMPARE(describe(engine.tick(200'000)), QStringList());
}

void IncidentEngineTest::logPatternsOpenOncePerUnitAndResolveWhenQuiet()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [
        {"id": "unit-failed", "type": "log", "kind": "unit-failed", "pattern": "unit-failed", "resolve_after_seconds": 60},
        {"id": "disk-full", "type": "log", "kind": "disk-full-log", "match": "no space left on device", "severity": "critical"}]})"));
    AgentIdentity host{QStringLiteral("web-01"), {}, {}, {}, {}};
    LogEvent failed{QStringLiteral("systemd"), QStringLiteral("nginx.service: Failed with result 'exit-code'."),
                    QStringLiteral("unit-failed"), QStringLiteral("nginx.service"), 3, 0};
    const QList<IncidentSignal> first = engine.observeLog(kAgent, host, failed, 0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().key.subject, QStringLiteral("nginx.service"));
    QCOMPARE(first.first().facts.value(QStringLiteral("failed_unit")).toString(), QStringLiteral("nginx.service"));
    QCOMPARE(engine.observeLog(kAgent, host, failed, 30'000).size(), 0);  // the same unit again: same incident
    LogEvent other = failed;
    other.unit = QStringLiteral("cron.service");
    QCOMPARE(engine.observeLog(kAgent, host, other, 31'000).size(), 1);
    LogEvent kernel{QStringLiteral("kernel"), QStringLiteral("EXT4-fs error: No space left on device"), {}, {}, 2, 0};
    const QList<IncidentSignal> full = engine.observeLog(kAgent, host, kernel, 32'000);
    QCOMPARE(describe(full), QStringList{QStringLiteral("raise critical")});
    QCOMPARE(describe(engine.tick(89'000)), QStringList());
    QCOMPARE(describe(engine.tick(91'000)), (QStringList{QStringLiteral("clear warning"), QStringLiteral("clear warning")}));
}

void IncidentEngineTest::restoredIncidentClearsWhenTheConditionIsGone()
{
    IncidentEngine engine(rulesFrom(kCpuRule));
    const IncidentKey key{kAgent, QStringLiteral("cpu-high"), QString()};
    engine.restore(key, QStringLiteral("web-01"), QStringLiteral("critical"), false, 0);
    QCOMPARE(engine.activeCount(), 1);
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(10), 1'000)), QStringList());
    QCOMPARE(describe(engine.observeSample(kAgent, cpuSample(10), 21'000)), QStringList{QStringLiteral("clear critical")});
    // A restored incident of a rule that is gone is cleared, not left open forever.
    engine.restore({kAgent, QStringLiteral("removed-rule"), QString()}, QStringLiteral("web-01"), QStringLiteral("warning"),
                   false, 0);
    QCOMPARE(describe(engine.tick(22'000)), QStringList{QStringLiteral("clear warning")});
}

void IncidentEngineTest::outboxGapOpensOnceAndResolvesWhenQuiet()
{
    IncidentEngine engine(rulesFrom(R"({"rules": [{"id": "outbox-gap", "type": "gap", "kind": "outbox-gap",
        "resolve_after_seconds": 600}]})"));
    AgentIdentity host{QStringLiteral("web-01"), {}, {}, {}, {}};
    const QList<IncidentSignal> raised = engine.observeGap(kAgent, host, 120, QStringLiteral("outbox-full"), 0);
    QCOMPARE(describe(raised), QStringList{QStringLiteral("raise warning")});
    QVERIFY2(raised.first().summary.contains(QStringLiteral("120")), qPrintable(raised.first().summary));
    QCOMPARE(raised.first().facts.value(QStringLiteral("gap_reason")).toString(), QStringLiteral("outbox-full"));
    QCOMPARE(engine.observeGap(kAgent, host, 5, QStringLiteral("outbox-full"), 300'000).size(), 0);  // same incident
    QCOMPARE(describe(engine.tick(899'000)), QStringList());
    QCOMPARE(describe(engine.tick(900'000)), QStringList{QStringLiteral("clear warning")});
}

QTEST_GUILESS_MAIN(IncidentEngineTest)
#include "test_incident_engine.moc"
