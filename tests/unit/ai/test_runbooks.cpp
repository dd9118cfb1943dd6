// The local runbooks, data-driven over the runbook files themselves: every file parses and uses
// only known facts; with all facts an incident gets every proposal, filled; without a fact the
// proposals that need it are left out (never a command with a {placeholder}); hostile values are
// quoted so that /bin/sh reads them back as the very same text.
#include "provider_factory.h"
#include "runbook.h"
#include "shell_quote.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage::ai;

namespace {

const QStringList kRequiredKinds{
    QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("swap"), QStringLiteral("load"),
    QStringLiteral("disk-space"), QStringLiteral("inodes"), QStringLiteral("temperature"),
    QStringLiteral("nic-errors"), QStringLiteral("io-wait"), QStringLiteral("host-offline"),
    QStringLiteral("outbox-gap"), QStringLiteral("oom"), QStringLiteral("disk-full-log"),
    QStringLiteral("segfault"), QStringLiteral("unit-failed"), QStringLiteral("io-error"),
    QStringLiteral("hung-task")};

// Facts an incident always brings (or that have a default), so no runbook can lack them.
const QStringList kAlwaysThere{QStringLiteral("hostname"), QStringLiteral("summary"), QStringLiteral("kind"),
                               QStringLiteral("severity"), QStringLiteral("subject"), QStringLiteral("agent_unit")};

QVariantMap allFacts()
{
    return {{QStringLiteral("top_cpu_pid"), 4242},
            {QStringLiteral("top_cpu_name"), QStringLiteral("stress-ng")},
            {QStringLiteral("top_mem_pid"), QStringLiteral("5151")},
            {QStringLiteral("top_mem_name"), QStringLiteral("java")},
            {QStringLiteral("fullest_mount"), QStringLiteral("/var")},
            {QStringLiteral("fullest_dir"), QStringLiteral("/var/log/app")},
            {QStringLiteral("log_file"), QStringLiteral("/var/log/app/app.log")},
            {QStringLiteral("failed_unit"), QStringLiteral("nginx.service")},
            {QStringLiteral("interface"), QStringLiteral("eth0")},
            {QStringLiteral("device"), QStringLiteral("/dev/sda")},
            {QStringLiteral("log_pattern"), QStringLiteral("error")},
            {QStringLiteral("oom_pid"), QStringLiteral("777")},
            {QStringLiteral("oom_process"), QStringLiteral("postgres")},
            {QStringLiteral("segfault_pid"), QStringLiteral("888")},
            {QStringLiteral("segfault_process"), QStringLiteral("php-fpm")},
            {QStringLiteral("hung_task_pid"), QStringLiteral("999")},
            {QStringLiteral("hung_task_name"), QStringLiteral("jbd2/sda1-8")}};
}

IncidentContext incident(const QString &kind, const QVariantMap &facts = allFacts())
{
    IncidentContext context;
    context.hostname = QStringLiteral("web-3");
    context.kind = kind;
    context.severity = QStringLiteral("critical");
    context.summary = QStringLiteral("something is wrong");
    context.facts = facts;
    return context;
}

Runbook builtIn(const QString &kind)
{
    QString error;
    const std::optional<Runbook> runbook = RunbookLoader::forKind(kind, QString(), &error);
    if (!runbook)
        qFatal("runbook %s: %s", qPrintable(kind), qPrintable(error));
    return *runbook;
}

QStringList factsOfProposal(const QJsonObject &proposal)
{
    QStringList names;
    const auto add = [&names](const QString &text) {
        for (const QString &name : RunbookFacts::placeholdersIn(text)) {
            if (!names.contains(name))
                names.append(name);
        }
    };
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("expected_effect"), QStringLiteral("rollback"),
                               QStringLiteral("verification")})
        add(proposal.value(key).toString());
    for (const QJsonValue &command : proposal.value(QStringLiteral("commands")).toArray()) {
        add(command[QStringLiteral("command")].toString());
        add(command[QStringLiteral("purpose")].toString());
    }
    return names;
}

QStringList allScripts(const ProposalSet &set)
{
    QStringList scripts;
    for (const Proposal &proposal : set.proposals) {
        for (const ProposedCommand &command : proposal.commands)
            scripts.append(command.script);
        scripts.append(proposal.verification);
        scripts.append(proposal.rollback);
    }
    return scripts;
}

ProposalSet filled(const Runbook &runbook, const IncidentContext &context)
{
    QString error;
    const std::optional<ProposalSet> set = RunbookFiller::fill(runbook, context, &error);
    if (!set)
        qFatal("fill %s: %s", qPrintable(runbook.kind), qPrintable(error));
    return *set;
}

}  // namespace

class RunbooksTest : public QObject {
    Q_OBJECT
private slots:
    void everyRequiredKindHasARunbook();
    void sourceFilesMatchTheBuiltInOnes();

    void everyFileParses_data();
    void everyFileParses();
    void allFactsGiveEveryProposal_data() { kinds(); }
    void allFactsGiveEveryProposal();
    void missingFactDropsItsProposals_data();
    void missingFactDropsItsProposals();

    void topProcessesStandInForMissingFacts();
    void subjectFillsTheSubjectFact();
    void hostileValuesAreQuoted_data();
    void hostileValuesAreQuoted();
    void shellQuotingRoundTrips_data();
    void shellQuotingRoundTrips();
    void valuesThatDoNotFitAreLeftOut_data();
    void valuesThatDoNotFitAreLeftOut();

    void brokenRunbooksAreRefused_data();
    void brokenRunbooksAreRefused();
    void directoryOverridesBuiltIn();
    void providerAnswersAsynchronously();
    void providerWithoutRunbookSaysSo();
    void providerReportsBrokenRunbook();

private:
    void kinds();
};

void RunbooksTest::kinds()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : RunbookLoader::kinds(QString()))
        QTest::newRow(qPrintable(kind)) << kind;
}

void RunbooksTest::everyRequiredKindHasARunbook()
{
    const QStringList kinds = RunbookLoader::kinds(QString());
    for (const QString &kind : kRequiredKinds)
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
}

void RunbooksTest::sourceFilesMatchTheBuiltInOnes()
{
    // The program carries resources/runbooks as they are in the tree.
    const QDir source(QStringLiteral(MIRRORSTAGE_SOURCE_DIR "/resources/runbooks"));
    const QStringList files = source.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), RunbookLoader::kinds(QString()).size());
    for (const QString &name : files) {
        QFile onDisk(source.filePath(name));
        QFile builtIn(RunbookLoader::builtInDirectory() + QLatin1Char('/') + name);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY2(builtIn.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(builtIn.readAll(), onDisk.readAll());
    }
}

void RunbooksTest::everyFileParses_data()
{
    QTest::addColumn<QString>("path");
    const QDir source(QStringLiteral(MIRRORSTAGE_SOURCE_DIR "/resources/runbooks"));
    for (const QString &name : source.entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << source.filePath(name);
}

void RunbooksTest::everyFileParses()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<Runbook> runbook = RunbookLoader::parse(file.readAll(), path, &error);
    QVERIFY2(runbook, qPrintable(error));
    QCOMPARE(runbook->kind + QStringLiteral(".json"), QFileInfo(path).fileName());
    // Only known facts, anywhere in the file.
    const QString text = QString::fromUtf8(QJsonDocument(runbook->document).toJson());
    for (const QString &name : RunbookFacts::placeholdersIn(text))
        QVERIFY2(RunbookFacts::typeOf(name), qPrintable(name));
    // Diagnostics come first: the first proposal only reads.
    QCOMPARE(runbook->document[QStringLiteral("proposals")][0][QStringLiteral("risk")].toString(), QStringLiteral("low"));
}

void RunbooksTest::allFactsGiveEveryProposal()
{
    QFETCH(QString, kind);
    const Runbook runbook = builtIn(kind);
    const ProposalSet set = filled(runbook, incident(kind));
    const QJsonArray templates = runbook.document[QStringLiteral("proposals")].toArray();
    QCOMPARE(set.proposals.size(), templates.size());
    QVERIFY(set.analysis.contains(QStringLiteral("web-3")));
    QVERIFY(!set.analysis.contains(QLatin1Char('{')));
    QCOMPARE(set.usage.provider, QStringLiteral("runbooks"));

    const QRegularExpression placeholder(QStringLiteral("\\{[a-z][a-z0-9_]*\\}"));
    for (const QString &script : allScripts(set))
        QVERIFY2(!placeholder.match(script).hasMatch(), qPrintable(script));
    // Each fact a command uses appears in it, filled.
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonArray commands = templates.at(i)[QStringLiteral("commands")].toArray();
        for (qsizetype c = 0; c < commands.size(); ++c) {
            const QString script = set.proposals.at(i).commands.at(c).script;
            for (const QString &name : RunbookFacts::placeholdersIn(commands.at(c)[QStringLiteral("command")].toString())) {
                QString value = allFacts().value(name).toString();
                if (name == QStringLiteral("device"))
                    value = QStringLiteral("sda");
                if (name == QStringLiteral("agent_unit"))
                    value = QStringLiteral("mirrorstage-reflector.service");
                if (value.isEmpty())
                    continue;  // hostname and the like
                QVERIFY2(script.contains(mirrorstage::core::shellQuoted(value)), qPrintable(script + QStringLiteral(" lacks ") + value));
            }
        }
    }
}

void RunbooksTest::missingFactDropsItsProposals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fact");
    QTest::addColumn<int>("remaining");
    for (const QString &kind : RunbookLoader::kinds(QString())) {
        const QJsonArray proposals = builtIn(kind).document[QStringLiteral("proposals")].toArray();
        QStringList facts;
        for (const QJsonValue &proposal : proposals) {
            for (const QString &name : factsOfProposal(proposal.toObject())) {
                if (!facts.contains(name) && !kAlwaysThere.contains(name))
                    facts.append(name);
            }
        }
        for (const QString &fact : facts) {
            int remaining = 0;
            for (const QJsonValue &proposal : proposals)
                remaining += factsOfProposal(proposal.toObject()).contains(fact) ? 0 : 1;
            QTest::addRow("%s without %s", qPrintable(kind), qPrintable(fact)) << kind << fact << remaining;
        }
    }
}

void RunbooksTest::missingFactDropsItsProposals()
{
    QFETCH(QString, kind);
    QFETCH(QString, fact);
    QFETCH(int, remaining);
    QVariantMap facts = allFacts();
    facts.remove(fact);
    const ProposalSet set = filled(builtIn(kind), incident(kind, facts));
    QCOMPARE(set.proposals.size(), remaining);
    QVERIFY2(set.analysis.contains(fact), qPrintable(set.analysis));  // says what was left out, and why
    const QRegularExpression placeholder(QStringLiteral("\\{[a-z][a-z0-9_]*\\}"));
    for (const QString &script : allScripts(set))
        QVERIFY2(!placeholder.match(script).hasMatch(), qPrintable(script));
}

void RunbooksTest::topProcessesStandInForMissingFacts()
{
    IncidentContext context = incident(QStringLiteral("cpu"), {});
    context.topProcesses = {{11, QStringLiteral("idle-ish"), QStringLiteral("root"), 1.0, 100},
                            {4242, QStringLiteral("stress-ng"), QStringLiteral("app"), 97.0, 200}};
    const ProposalSet set = filled(builtIn(QStringLiteral("cpu")), context);
    QCOMPARE(set.proposals.size(), 3);
    QVERIFY(allScripts(set).contains(QStringLiteral("renice -n 0 -p 4242")));
    bool killsIt = false;
    for (const Proposal &proposal : set.proposals) {
        for (const ProposedCommand &command : proposal.commands)
            killsIt = killsIt || command.script == QStringLiteral("kill -TERM 4242");
    }
    QVERIFY(killsIt);
    QVERIFY(set.analysis.contains(QStringLiteral("stress-ng (pid 4242)")));
}

void RunbooksTest::subjectFillsTheSubjectFact()
{
    IncidentContext context = incident(QStringLiteral("unit-failed"), {});
    context.subject = QStringLiteral("postgresql@15-main.service");
    const ProposalSet set = filled(builtIn(QStringLiteral("unit-failed")), context);
    QCOMPARE(set.proposals.size(), 3);
    QCOMPARE(set.proposals.at(1).commands.at(1).script, QStringLiteral("systemctl restart postgresql@15-main.service"));
}

void RunbooksTest::hostileValuesAreQuoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("command list") << QStringLiteral("x; rm -rf /");
    QTest::newRow("quote") << QStringLiteral("it's; reboot");
    QTest::newRow("substitution") << QStringLiteral("$(reboot)`id`");
    QTest::newRow("glob and pipe") << QStringLiteral("* | sh");
    QTest::newRow("leading dash") << QStringLiteral("-rf");
}

void RunbooksTest::hostileValuesAreQuoted()
{
    QFETCH(QString, value);
    QVariantMap facts = allFacts();
    facts.insert(QStringLiteral("oom_process"), value);
    const ProposalSet set = filled(builtIn(QStringLiteral("oom")), incident(QStringLiteral("oom"), facts));
    QCOMPARE(set.proposals.size(), 3);
    const QString script = set.proposals.at(1).commands.at(0).script;
    QCOMPARE(script, QStringLiteral("pgrep -a -x -- ") + mirrorstage::core::shellQuoted(value));
}

void RunbooksTest::shellQuotingRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("nginx.service");
    QTest::newRow("space") << QStringLiteral("my process");
    QTest::newRow("injection") << QStringLiteral("x; rm -rf / #");
    QTest::newRow("single quotes") << QStringLiteral("a'b''c'");
    QTest::newRow("double quotes and dollar") << QStringLiteral("\"$HOME\" ${PATH} $(id) `id`");
    QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\c\\");
    QTest::newRow("glob") << QStringLiteral("* ? [a-z]");
    QTest::newRow("unicode") << QStringLiteral("서버 ünïcode");
    QTest::newRow("empty") << QString();
}

void RunbooksTest::shellQuotingRoundTrips()
{
    QFETCH(QString, value);
    // What /bin/sh makes of the quoted word is the value itself, as one argument.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + mirrorstage::core::shellQuoted(value)});
    QVERIFY(sh.waitForFinished(30'000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), value + QLatin1Char('|'));
}

void RunbooksTest::valuesThatDoNotFitAreLeftOut_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("value");
    QTest::newRow("pid with a command") << QStringLiteral("oom_pid") << QStringLiteral("1; reboot");
    QTest::newRow("negative pid") << QStringLiteral("top_mem_pid") << QStringLiteral("-1");
    QTest::newRow("relative path") << QStringLiteral("log_file") << QStringLiteral("../../etc/shadow");
    QTest::newRow("unit with space") << QStringLiteral("failed_unit") << QStringLiteral("a b.service");
    QTest::newRow("unit option") << QStringLiteral("failed_unit") << QStringLiteral("--all");
    QTest::newRow("name with newline") << QStringLiteral("oom_process") << QStringLiteral("a\nreboot");
    QTest::newRow("interface too long") << QStringLiteral("interface") << QStringLiteral("eth0123456789abcdef");
    QTest::newRow("device path") << QStringLiteral("device") << QStringLiteral("/dev/../sda");
}

void RunbooksTest::valuesThatDoNotFitAreLeftOut()
{
    QFETCH(QString, fact);
    QFETCH(QString, value);
    QVariantMap facts = allFacts();
    facts.insert(fact, value);
    IncidentContext context = incident(QStringLiteral("x"), facts);
    QVERIFY(!RunbookFacts::collect(context, QString()).contains(fact));
}

void RunbooksTest::brokenRunbooksAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray proposal =
        R"({"title":"t","commands":[{"command":"COMMAND","purpose":"p"}],"expected_effect":"e","rollback":"r","verification":"uptime","risk":"low"})";
    const auto runbook = [&proposal](const QByteArray &command) {
        QByteArray p = proposal;
        p.replace("COMMAND", command);
        return R"({"kind":"cpu","analysis":["a"],"proposals":[)" + p + "]}";
    };
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("unknown fact") << runbook("kill {pid}") << QStringLiteral("{pid}, which is not a known fact");
    QTest::newRow("fact in single quotes") << runbook("echo 'stop {top_cpu_pid}'") << QStringLiteral("inside quotes");
    QTest::newRow("fact in double quotes") << runbook(R"(echo \"{top_cpu_name}\")") << QStringLiteral("inside quotes");
    QTest::newRow("newline in command") << runbook(R"(ls\nreboot)") << QStringLiteral("line break");
    QTest::newRow("empty command") << runbook(" ") << QStringLiteral("is empty");
    QTest::newRow("bad kind") << QByteArray(R"({"kind":"../etc","analysis":"a","proposals":[]})") << QStringLiteral("\"kind\"");
    QTest::newRow("no proposals") << QByteArray(R"({"kind":"cpu","analysis":"a","proposals":[]})") << QStringLiteral("no proposals");
    QTest::newRow("unknown subject fact") << QByteArray(R"({"kind":"cpu","subject_fact":"mount","analysis":"a","proposals":[]})")
                                          << QStringLiteral("subject_fact");
}

void RunbooksTest::brokenRunbooksAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!RunbookLoader::parse(json, QStringLiteral("test.json"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("test.json")));
}

void RunbooksTest::directoryOverridesBuiltIn()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("cpu.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"kind":"cpu","analysis":["Site runbook for {hostname}."],"proposals":[{"title":"Ours",
        "commands":[{"command":"our-tool --pid {top_cpu_pid}","purpose":"p"}],"expected_effect":"e","rollback":"r",
        "verification":"uptime","risk":"low"}]})");
    file.close();
    QString error;
    const std::optional<Runbook> cpu = RunbookLoader::forKind(QStringLiteral("cpu"), dir.path(), &error);
    QVERIFY2(cpu, qPrintable(error));
    QCOMPARE(cpu->source, file.fileName());
    const ProposalSet set = filled(*cpu, incident(QStringLiteral("cpu")));
    QCOMPARE(set.proposals.size(), 1);
    QCOMPARE(set.proposals.first().commands.first().script, QStringLiteral("our-tool --pid 4242"));
    // Kinds the directory does not have still come from the built-in set.
    const std::optional<Runbook> memory = RunbookLoader::forKind(QStringLiteral("memory"), dir.path(), &error);
    QVERIFY(memory);
    QVERIFY(memory->source.startsWith(QLatin1Char(':')));
    QVERIFY(RunbookLoader::kinds(dir.path()).contains(QStringLiteral("memory")));
}

void RunbooksTest::providerAnswersAsynchronously()
{
    ProviderSettings settings;  // the default: runbooks
    std::unique_ptr<RemediationProvider> provider = makeProvider(settings);
    QCOMPARE(provider->kind(), ProviderKind::Runbooks);
    ProposalRequest *request = provider->propose(incident(QStringLiteral("disk-space")));
    QSignalSpy finished(request, &ProposalRequest::finished);
    QSignalSpy failed(request, &ProposalRequest::failed);
    QCOMPARE(finished.size(), 0);  // not before the caller could connect
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(failed.size(), 0);
    const ProposalSet set = finished.first().first().value<ProposalSet>();
    QCOMPARE(set.proposals.size(), 3);
    QCOMPARE(set.proposals.first().commands.first().script, QStringLiteral("df -h /var"));
    QCOMPARE(set.usage.inputTokens, qint64(0));
}

void RunbooksTest::providerWithoutRunbookSaysSo()
{
    std::unique_ptr<RemediationProvider> provider = makeProvider(ProviderSettings{});
    ProposalRequest *request = provider->propose(incident(QStringLiteral("no-such-kind")));
    QSignalSpy failed(request, &ProposalRequest::failed);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    const ProviderError error = failed.first().first().value<ProviderError>();
    QCOMPARE(error.kind, ProviderError::Kind::NoRunbook);
    QVERIFY(error.message.contains(QStringLiteral("no-such-kind")));
}

void RunbooksTest::providerReportsBrokenRunbook()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("cpu.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"kind":"cpu","analysis":"a","proposals":[{"title":"t"}]})");
    file.close();
    ProviderSettings settings;
    settings.runbookDir = dir.path();
    std::unique_ptr<RemediationProvider> provider = makeProvider(settings);
    ProposalRequest *request = provider->propose(incident(QStringLiteral("cpu")));
    QSignalSpy failed(request, &ProposalRequest::failed);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    const ProviderError error = failed.first().first().value<ProviderError>();
    QCOMPARE(error.kind, ProviderError::Kind::InvalidRunbook);
    QVERIFY2(error.message.contains(QStringLiteral("proposals[0].commands is missing")), qPrintable(error.message));
}

QTEST_MAIN(RunbooksTest)
#include "test_runbooks.moc"
