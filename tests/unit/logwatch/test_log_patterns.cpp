// The default patterns over real-looking log lines: each fixture file holds lines that one pattern
// must name, and no-match.log lines that no pattern may send. Also: units named in messages, the
// severity a matched line gets, and the rate limit with its summary.
#include "log_pattern_set.h"
#include "log_rate_limiter.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTest>

using namespace mirrorstage::reflector;

namespace {

QString fixtures()
{
    return QStringLiteral(MIRRORSTAGE_FIXTURES "/logs");
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

LogLine line(const QString &message)
{
    LogLine read;
    read.tsMs = 1'700'000'000'000;
    read.source = QStringLiteral("/var/log/syslog");
    read.message = message;
    return read;
}

}  // namespace

class LogPatternsTest : public QObject {
    Q_OBJECT
private slots:
    void everyDefaultHasFixtures();
    void matches_data();
    void matches();
    void unitNamedInMessage_data();
    void unitNamedInMessage();
    void severity();
    void rateLimitSummarises();
    void recordBodyForTheConsole();
};

void LogPatternsTest::everyDefaultHasFixtures()
{
    for (const LogPattern &pattern : LogPatternSet::defaultPatterns()) {
        const QString path = fixtures() + QLatin1Char('/') + pattern.name + QStringLiteral(".log");
        QVERIFY2(!linesOf(path).isEmpty(), qPrintable(QStringLiteral("no fixture lines in %1").arg(path)));
    }
    QVERIFY(linesOf(fixtures() + QStringLiteral("/no-match.log")).size() >= 20);
}

void LogPatternsTest::matches_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("pattern");  // empty: must not match
    const QStringList files = QDir(fixtures()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString expected = file == QLatin1String("no-match.log") ? QString() : file.chopped(4);
        const QStringList lines = linesOf(fixtures() + QLatin1Char('/') + file);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QTest::addRow("%s:%lld", qPrintable(file), qlonglong(i + 1)) << lines[i] << expected;
    }
}

void LogPatternsTest::matches()
{
    QFETCH(QString, message);
    QFETCH(QString, pattern);
    const LogPatternSet set(LogPatternSet::defaultPatterns());
    const std::optional<LogEvent> event = set.match(line(message));
    if (pattern.isEmpty()) {
        QVERIFY2(!event, qPrintable(QStringLiteral("matched %1").arg(event ? event->pattern : QString())));
        return;
    }
    QVERIFY(event);
    QCOMPARE(event->pattern, pattern);
    QCOMPARE(event->message, message);
    QCOMPARE(event->source, QStringLiteral("/var/log/syslog"));
    QCOMPARE(event->tsMs, 1'700'000'000'000);
}

void LogPatternsTest::unitNamedInMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("unit");
    QTest::newRow("failed to start") << "systemd[1]: Failed to start nginx.service - A high performance web server."
                                     << "nginx.service";
    QTest::newRow("main process") << "systemd[1]: nginx.service: Main process exited, code=exited, status=1/FAILURE"
                                  << "nginx.service";
    QTest::newRow("template instance") << "Unit postgresql@15-main.service entered failed state." << "postgresql@15-main.service";
    QTest::newRow("timer") << "Failed to start apt-daily.timer - Daily apt download activities." << "apt-daily.timer";
    QTest::newRow("description only") << "Failed to start Daily apt upgrade and clean activities." << "";
    QTest::newRow("a file name is no unit") << "cannot open /etc/foo.servicex" << "";
}

void LogPatternsTest::unitNamedInMessage()
{
    QFETCH(QString, message);
    QFETCH(QString, unit);
    QCOMPARE(LogPatternSet::unitNamedIn(message), unit);
}

void LogPatternsTest::severity()
{
    LogPatternSet set(LogPatternSet::defaultPatterns());
    LogLine fromFile = line(QStringLiteral("kernel: Out of memory: Killed process 12 (java)"));
    QCOMPARE(set.match(fromFile)->severity, LogPatternSet::kDefaultSeverity);

    LogLine fromJournal = fromFile;
    fromJournal.priority = 2;
    fromJournal.originUnit = QStringLiteral("kernel");
    QCOMPARE(set.match(fromJournal)->severity, 2);
    QCOMPARE(set.match(fromJournal)->unit, QStringLiteral("kernel"));

    // A failed unit: the journal's UNIT= field names it, before the unit that logged the line.
    LogLine failed = line(QStringLiteral("Failed to start Web server."));
    failed.namedUnit = QStringLiteral("nginx.service");
    failed.originUnit = QStringLiteral("init.scope");
    QCOMPARE(set.match(failed)->unit, QStringLiteral("nginx.service"));

    set.add({QStringLiteral("oom-killer"), QRegularExpression(QStringLiteral("Out of memory")), 0});
    QCOMPARE(set.match(fromJournal)->severity, 0);  // a configured severity overrides the line's
}

void LogPatternsTest::rateLimitSummarises()
{
    LogRateLimiter limiter(3);
    int admitted = 0;
    for (int i = 0; i < 535; ++i)
        admitted += limiter.admit(QStringLiteral("oom-killer"), 1000 + i) ? 1 : 0;
    QCOMPARE(admitted, 3);
    QVERIFY(limiter.admit(QStringLiteral("no-space"), 2000));  // each pattern has its own budget
    QVERIFY(limiter.summaries(30'000, 42).isEmpty());          // the minute has not ended yet

    // A line after the minute but before the summary is counted, not lost.
    QVERIFY(!limiter.admit(QStringLiteral("oom-killer"), 61'500));
    const QList<LogEvent> summaries = limiter.summaries(62'000, 1'700'000'062'000);
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries[0].pattern, QStringLiteral("oom-killer"));
    QCOMPARE(summaries[0].tsMs, 1'700'000'062'000);
    QCOMPARE(summaries[0].severity, 4);
    QVERIFY2(summaries[0].message.contains(QLatin1String("suppressed 533 more lines matching oom-killer")),
             qPrintable(summaries[0].message));
    QVERIFY(limiter.admit(QStringLiteral("oom-killer"), 62'001));  // a new minute
    QVERIFY(limiter.summaries(200'000, 0).isEmpty());               // nothing was held back in it
}

void LogPatternsTest::recordBodyForTheConsole()
{
    // The console stores ts_ms (integer), source, severity (0..7) and message, and ignores the rest.
    const LogEvent event{1'700'000'000'123, QStringLiteral("systemd"), 3,
                         QStringLiteral("Failed to start nginx.service - web."), QStringLiteral("unit-failed"),
                         QStringLiteral("nginx.service")};
    const QCborMap body = QCborValue::fromCbor(logEventToCbor(event)).toMap();
    QVERIFY(body.value(QStringLiteral("ts_ms")).isInteger());
    QCOMPARE(body.value(QStringLiteral("ts_ms")).toInteger(), 1'700'000'000'123);
    QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("systemd"));
    QCOMPARE(body.value(QStringLiteral("severity")).toInteger(), 3);
    QVERIFY(body.value(QStringLiteral("message")).isString());
    QCOMPARE(body.value(QStringLiteral("pattern")).toString(), QStringLiteral("unit-failed"));
    QCOMPARE(body.value(QStringLiteral("unit")).toString(), QStringLiteral("nginx.service"));
    QCOMPARE(logEventFromCbor(logEventToCbor(event)), std::optional<LogEvent>(event));
    QCOMPARE(QJsonDocument::fromJson(logEventToJson(event)).object().value(QLatin1String("pattern")).toString(),
             QStringLiteral("unit-failed"));
}

QTEST_GUILESS_MAIN(LogPatternsTest)
#include "test_log_patterns.moc"
