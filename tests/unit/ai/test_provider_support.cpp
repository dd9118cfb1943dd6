// The pieces around the providers: token prices and costs (from a price file), Retry-After in
// both of its forms, the backoff, the prompts (rules, bounds, masking) and the settings.
#include "../fixture.h"
#include "prompt_builder.h"
#include "provider_settings.h"
#include "retry_policy.h"
#include "secret_masker.h"
#include "usage_prices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace mirrorstage;
using namespace mirrorstage::ai;

class ProviderSupportTest : public QObject {
    Q_OBJECT
private slots:
    void costFromPriceFile_data();
    void costFromPriceFile();
    void builtInPricesCoverTheDefaultModels();
    void badPriceFilesAreRefused_data();
    void badPriceFilesAreRefused();

    void retryAfter_data();
    void retryAfter();
    void retryAfterMsWins();
    void backoffDoublesUpToACap();
    void whatIsRetried();

    void systemPromptStatesTheRules();
    void userPromptIsBoundedAndMasked();
    void unmaskRestoresEveryField();

    void settingsDefaultsAndChecks();
};

void ProviderSupportTest::costFromPriceFile_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<double>("cost");  // -1: no price
    QTest::newRow("exact") << "openai" << "gpt-test" << qint64(1'000'000) << qint64(500'000) << 6.0;
    QTest::newRow("small numbers") << "anthropic" << "claude-test" << qint64(1200) << qint64(300) << 0.0081;
    QTest::newRow("longest prefix wins") << "openai" << "gpt-test-mini-2025-01-01" << qint64(2'000'000) << qint64(0) << 1.0;
    QTest::newRow("dated version") << "anthropic" << "claude-test-20250929" << qint64(0) << qint64(1'000'000) << 15.0;
    QTest::newRow("provider wildcard") << "gemini" << "gemini-unknown" << qint64(1'000'000) << qint64(1'000'000) << 5.0;
    QTest::newRow("exact beats wildcard") << "gemini" << "gemini-test" << qint64(4'000'000) << qint64(0) << 1.0;
    QTest::newRow("runbooks are free") << "runbooks" << "runbooks" << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("unknown model") << "openai" << "llama3.1:8b" << qint64(1000) << qint64(1000) << -1.0;
    QTest::newRow("not a prefix without dash") << "openai" << "gpt-testing" << qint64(1000) << qint64(1000) << -1.0;
    QTest::newRow("unknown provider") << "mistral" << "gpt-test" << qint64(1000) << qint64(1000) << -1.0;
}

void ProviderSupportTest::costFromPriceFile()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(double, cost);
    QString error;
    const std::optional<UsagePrices> prices = UsagePrices::load(fixturePath(QStringLiteral("ai/prices.json")), &error);
    QVERIFY2(prices, qPrintable(error));
    const std::optional<double> computed = prices->costUsd({provider, model, input, output});
    if (cost < 0) {
        QVERIFY(!computed);
        return;
    }
    QVERIFY(computed);
    QVERIFY2(qAbs(*computed - cost) < 1e-9, qPrintable(QString::number(*computed, 'g', 12)));
}

void ProviderSupportTest::builtInPricesCoverTheDefaultModels()
{
    const UsagePrices prices = UsagePrices::builtIn();
    QVERIFY(prices.prices().size() > 5);
    for (ProviderKind kind : {ProviderKind::Runbooks, ProviderKind::Gemini, ProviderKind::OpenAi, ProviderKind::Anthropic}) {
        const TokenUsage usage{ProviderSettingsText::kindKey(kind), ProviderSettingsText::defaultModel(kind), 1000, 1000};
        QVERIFY2(prices.costUsd(usage), qPrintable(usage.model));
    }
    QCOMPARE(*prices.costUsd({QStringLiteral("runbooks"), QStringLiteral("runbooks"), 5000, 5000}), 0.0);
}

void ProviderSupportTest::badPriceFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    QTest::newRow("no prices") << QByteArray("{}") << "\"prices\"";
    QTest::newRow("euro") << QByteArray(R"({"currency":"EUR","prices":[]})") << "only USD";
    QTest::newRow("negative") << QByteArray(R"({"prices":[{"provider":"openai","model":"m","input_per_million":-1,"output_per_million":1}]})")
                              << "prices[0]";
    QTest::newRow("price as text") << QByteArray(R"({"prices":[{"provider":"openai","model":"m","input_per_million":"1","output_per_million":1}]})")
                                   << "prices[0]";
}

void ProviderSupportTest::badPriceFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!UsagePrices::parse(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void ProviderSupportTest::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected");  // -1: unreadable
    QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
    QTest::newRow("padded") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
    QTest::newRow("http-date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30'000);
    QTest::newRow("http-date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
}

void ProviderSupportTest::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    const std::optional<qint64> wait = RetryPolicy::parseRetryAfter(header, now);
    if (expected < 0) {
        QVERIFY(!wait);
        return;
    }
    QVERIFY(wait);
    QCOMPARE(*wait, expected);
}

void ProviderSupportTest::retryAfterMsWins()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RetryPolicy::retryAfterFromHeaders("1500", "30", now).value_or(-1), qint64(1500));
    QCOMPARE(RetryPolicy::retryAfterFromHeaders(QByteArray(), "30", now).value_or(-1), qint64(30'000));
    QVERIFY(!RetryPolicy::retryAfterFromHeaders(QByteArray(), QByteArray(), now));
}

void ProviderSupportTest::backoffDoublesUpToACap()
{
    QCOMPARE(RetryPolicy::backoffMs(2, 1000), qint64(1000));
    QCOMPARE(RetryPolicy::backoffMs(3, 1000), qint64(2000));
    QCOMPARE(RetryPolicy::backoffMs(4, 1000), qint64(4000));
    QCOMPARE(RetryPolicy::backoffMs(10, 1000), qint64(ProviderSettings::kMaxBackoffMs));
}

void ProviderSupportTest::whatIsRetried()
{
    for (int status : {429, 500, 502, 503, 504, 529})
        QVERIFY2(RetryPolicy::isRetryableStatus(status), qPrintable(QString::number(status)));
    for (int status : {400, 401, 403, 404, 422})
        QVERIFY2(!RetryPolicy::isRetryableStatus(status), qPrintable(QString::number(status)));
    QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::RemoteHostClosedError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::ConnectionRefusedError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::HostNotFoundError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::SslHandshakeFailedError));
}

void ProviderSupportTest::systemPromptStatesTheRules()
{
    const QString prompt = PromptBuilder::systemPrompt();
    for (const char *needle : {"/bin/sh -c", "Linux", "read-only diagnostics", "JSON", "\"expected_effect\"",
                               "\"verification\"", "@@IPV4_1@@", "rollback"})
        QVERIFY2(prompt.contains(QLatin1String(needle)), needle);
    QVERIFY(!prompt.contains(QStringLiteral("%1")));
}

void ProviderSupportTest::userPromptIsBoundedAndMasked()
{
    IncidentContext context;
    context.hostname = QStringLiteral("db-1");
    context.kind = QStringLiteral("memory");
    context.summary = QStringLiteral("Memory 96 %");
    for (int i = 0; i < 500; ++i)
        context.logLines.append(QStringLiteral("line %1 from 192.168.7.%2 ").arg(i).arg(i % 250) + QString(1000, QLatin1Char('x')));
    QList<SeriesPoint> points;
    for (int i = 0; i < 1000; ++i)
        points.append({qint64(i) * 1000, double(i)});
    context.recentSeries.insert(QStringLiteral("mem/used"), points);
    for (int i = 0; i < 40; ++i)
        context.topProcesses.append({1000 + i, QStringLiteral("p%1").arg(i), QStringLiteral("u"), 1.0, 1});
    context.hostFacts.insert(QStringLiteral("admin"), QStringLiteral("root@example.org"));

    core::SecretMasker masker;
    const Prompt prompt = PromptBuilder::build(context, masker, 1'000'000);
    const QJsonObject json = QJsonDocument::fromJson(prompt.user.toUtf8()).object();
    QVERIFY2(!json.isEmpty(), "the masked user prompt is still JSON");
    QCOMPARE(json[QStringLiteral("log_lines")].toArray().size(), PromptBuilder::kMaxLogLines);
    QVERIFY(json[QStringLiteral("log_lines")].toArray().last().toString().startsWith(QStringLiteral("line 499 ")));
    QCOMPARE(json[QStringLiteral("recent_series")][QStringLiteral("mem/used")].toArray().size(), PromptBuilder::kMaxSeriesPoints);
    // The newest point is 1 s old and holds the newest value.
    QCOMPARE(json[QStringLiteral("recent_series")][QStringLiteral("mem/used")].toArray().last()[1].toDouble(), 999.0);
    QCOMPARE(json[QStringLiteral("top_processes")].toArray().size(), PromptBuilder::kMaxProcesses);
    QVERIFY(prompt.user.size() < 60'000);
    QVERIFY(!prompt.user.contains(QStringLiteral("192.168.7.")));
    QVERIFY(!prompt.user.contains(QStringLiteral("root@example.org")));
    QVERIFY(prompt.user.contains(QStringLiteral("db-1")));
}

void ProviderSupportTest::unmaskRestoresEveryField()
{
    core::SecretMasker masker;
    const QString ip = masker.mask(QStringLiteral("10.1.2.3"));
    QVERIFY(ip != QStringLiteral("10.1.2.3"));
    ProposalSet set;
    set.analysis = ip;
    Proposal proposal;
    proposal.title = ip;
    proposal.commands = {{QStringLiteral("ping -c 1 ") + ip, QStringLiteral("reach ") + ip}};
    proposal.expectedEffect = ip;
    proposal.rollback = ip;
    proposal.verification = QStringLiteral("ping -c 1 ") + ip;
    proposal.providerRiskOpinion = QStringLiteral("low");
    set.proposals = {proposal};
    const ProposalSet real = PromptBuilder::unmaskedProposals(set, masker);
    const Proposal &p = real.proposals.first();
    QCOMPARE(real.analysis, QStringLiteral("10.1.2.3"));
    QCOMPARE(p.title, QStringLiteral("10.1.2.3"));
    QCOMPARE(p.commands.first().script, QStringLiteral("ping -c 1 10.1.2.3"));
    QCOMPARE(p.commands.first().purpose, QStringLiteral("reach 10.1.2.3"));
    QCOMPARE(p.expectedEffect, QStringLiteral("10.1.2.3"));
    QCOMPARE(p.rollback, QStringLiteral("10.1.2.3"));
    QCOMPARE(p.verification, QStringLiteral("ping -c 1 10.1.2.3"));
}

void ProviderSupportTest::settingsDefaultsAndChecks()
{
    QString error;
    ProviderSettings gemini;
    gemini.kind = ProviderKind::Gemini;
    gemini.apiKey = QStringLiteral("k");
    gemini.maxAttempts = 99;
    const auto resolved = ProviderSettingsText::resolved(gemini, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->baseUrl, QUrl(QStringLiteral("https://generativelanguage.googleapis.com")));
    QCOMPARE(resolved->model, QStringLiteral("gemini-2.5-flash"));
    QCOMPARE(resolved->maxAttempts, ProviderSettings::kMaxAttempts);

    QCOMPARE(ProviderSettingsText::defaultBaseUrl(ProviderKind::OpenAi), QUrl(QStringLiteral("https://api.openai.com/v1")));
    QCOMPARE(ProviderSettingsText::defaultBaseUrl(ProviderKind::Anthropic), QUrl(QStringLiteral("https://api.anthropic.com")));

    ProviderSettings local;
    local.kind = ProviderKind::OpenAi;
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
    QVERIFY2(ProviderSettingsText::resolved(local, &error), "a local server needs no key");

    ProviderSettings ftp = local;
    ftp.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    QVERIFY(!ProviderSettingsText::resolved(ftp, &error));
    QVERIFY(error.contains(QStringLiteral("ai/base_url")));

    ProviderSettings keyless;
    keyless.kind = ProviderKind::Anthropic;
    QVERIFY(!ProviderSettingsText::resolved(keyless, &error));
    QVERIFY(error.contains(QStringLiteral("keychain")));

    for (const QString &key : {QStringLiteral("runbooks"), QStringLiteral("gemini"), QStringLiteral("openai"), QStringLiteral("anthropic")})
        QCOMPARE(ProviderSettingsText::kindKey(*ProviderSettingsText::kindFromKey(key)), key);
    QVERIFY(!ProviderSettingsText::kindFromKey(QStringLiteral("chatgpt")));
}

QTEST_MAIN(ProviderSupportTest)
#include "test_provider_support.moc"
