// Gemini, OpenAI-compatible and Anthropic providers against a loopback HTTP server that speaks each
// API's real request and reply JSON: success, bad key, rate limits, server errors, timeouts,
// refusals, broken and schema-invalid answers. Every case checks what the operator would: the
// proposals (unmasked) or an error of the right kind, and how many requests were sent; the
// request itself is checked for path, model, auth header, schema and that no planted secret left.
#include "loopback_http_server.h"
#include "provider_factory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mirrorstage::ai;

Q_DECLARE_METATYPE(mirrorstage::ai::ProviderKind)

namespace {

const QString kKey = QStringLiteral("test-key-9f8e7d");
const QString kModel = QStringLiteral("test-model");

// The secrets planted in the incident; none may appear in a request, all must come back.
const QStringList kSecrets{QStringLiteral("10.20.30.40"), QStringLiteral("ops.lead@example.com"),
                           QStringLiteral("Sup3rS3cretPw"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")};

IncidentContext incidentWithSecrets()
{
    IncidentContext context;
    context.incidentId = 17;
    context.hostname = QStringLiteral("web-3");
    context.ruleId = QStringLiteral("cpu-high");
    context.kind = QStringLiteral("cpu");
    context.severity = QStringLiteral("critical");
    context.summary = QStringLiteral("CPU busy 97 % for 2 min (critical at 90 %)");
    context.facts.insert(QStringLiteral("top_cpu_pid"), QStringLiteral("4242"));
    context.facts.insert(QStringLiteral("top_cpu_name"), QStringLiteral("worker"));
    context.logLines = {QStringLiteral("worker: connecting to 10.20.30.40:5432"),
                        QStringLiteral("worker: DATABASE_URL=postgres://app:Sup3rS3cretPw@db.internal/app"),
                        QStringLiteral("cron: mail sent to ops.lead@example.com"),
                        QStringLiteral("aws: using key AKIAIOSFODNN7EXAMPLE")};
    context.topProcesses = {{4242, QStringLiteral("worker"), QStringLiteral("app"), 97.0, 512 << 20}};
    context.recentSeries.insert(QStringLiteral("cpu/all/usage"), {{1000, 95.0}, {2000, 97.0}});
    context.hostFacts.insert(QStringLiteral("os"), QStringLiteral("Debian 12"));
    context.hostFacts.insert(QStringLiteral("primary_address"), QStringLiteral("10.20.30.40"));
    return context;
}

QJsonObject validAnswer(const QString &command = QStringLiteral("ps -o pid,args -p 4242"))
{
    const QJsonObject proposal{
        {QStringLiteral("title"), QStringLiteral("Look at the worker")},
        {QStringLiteral("commands"),
         QJsonArray{QJsonObject{{QStringLiteral("command"), command},
                                {QStringLiteral("purpose"), QStringLiteral("See what it is.")}}}},
        {QStringLiteral("expected_effect"), QStringLiteral("Nothing changes.")},
        {QStringLiteral("rollback"), QStringLiteral("Nothing to undo.")},
        {QStringLiteral("verification"), QStringLiteral("uptime")},
        {QStringLiteral("risk"), QStringLiteral("low")},
    };
    return {{QStringLiteral("analysis"), QStringLiteral("The worker is busy.")},
            {QStringLiteral("proposals"), QJsonArray{proposal}}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Each API's reply shapes.
struct Api {
    ProviderKind kind;

    QString path() const
    {
        switch (kind) {
        case ProviderKind::Gemini: return QStringLiteral("/v1beta/models/test-model:generateContent");
        case ProviderKind::OpenAi: return QStringLiteral("/v1/chat/completions");
        default: return QStringLiteral("/v1/messages");
        }
    }
    QUrl baseUrl(const LoopbackHttpServer &server) const
    {
        return server.url(kind == ProviderKind::OpenAi ? QStringLiteral("/v1") : QString());
    }

    // The model answered with `text` (its JSON as a string).
    QByteArray textReply(const QByteArray &text, int in = 120, int out = 80) const
    {
        const QString answer = QString::fromUtf8(text);
        switch (kind) {
        case ProviderKind::Gemini:
            return compact({{"candidates", QJsonArray{QJsonObject{
                                               {"content", QJsonObject{{"role", "model"},
                                                                       {"parts", QJsonArray{QJsonObject{{"text", answer}}}}}},
                                               {"finishReason", "STOP"}}}},
                            {"usageMetadata", QJsonObject{{"promptTokenCount", in}, {"candidatesTokenCount", out},
                                                          {"totalTokenCount", in + out}}},
                            {"modelVersion", "test-model"}});
        case ProviderKind::OpenAi:
            return compact({{"id", "chatcmpl-1"}, {"object", "chat.completion"},
                            {"choices", QJsonArray{QJsonObject{
                                            {"index", 0},
                                            {"message", QJsonObject{{"role", "assistant"}, {"content", answer},
                                                                    {"refusal", QJsonValue::Null}}},
                                            {"finish_reason", "stop"}}}},
                            {"usage", QJsonObject{{"prompt_tokens", in}, {"completion_tokens", out},
                                                  {"total_tokens", in + out}}}});
        default:
            return compact({{"id", "msg_1"}, {"type", "message"}, {"role", "assistant"}, {"model", "test-model"},
                            {"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", answer}}}},
                            {"stop_reason", "end_turn"},
                            {"usage", QJsonObject{{"input_tokens", in}, {"output_tokens", out}}}});
        }
    }

    // The structured answer as each API delivers it (Anthropic: a tool_use block).
    QByteArray answerReply(const QJsonObject &answer, int in = 120, int out = 80) const
    {
        if (kind != ProviderKind::Anthropic)
            return textReply(compact(answer), in, out);
        return compact({{"id", "msg_1"}, {"type", "message"}, {"role", "assistant"}, {"model", "test-model"},
                        {"content", QJsonArray{QJsonObject{{"type", "tool_use"}, {"id", "toolu_1"},
                                                           {"name", "propose_remediation"}, {"input", answer}}}},
                        {"stop_reason", "tool_use"},
                        {"usage", QJsonObject{{"input_tokens", in}, {"output_tokens", out}}}});
    }

    QByteArray refusalReply() const
    {
        switch (kind) {
        case ProviderKind::Gemini:
            return compact({{"promptFeedback", QJsonObject{{"blockReason", "SAFETY"}}},
                            {"usageMetadata", QJsonObject{{"promptTokenCount", 50}}}});
        case ProviderKind::OpenAi:
            return compact({{"choices", QJsonArray{QJsonObject{
                                            {"index", 0},
                                            {"message", QJsonObject{{"role", "assistant"}, {"content", QJsonValue::Null},
                                                                    {"refusal", "I can't help with that."}}},
                                            {"finish_reason", "stop"}}}},
                            {"usage", QJsonObject{{"prompt_tokens", 50}, {"completion_tokens", 7}}}});
        default:
            return compact({{"id", "msg_1"}, {"type", "message"}, {"role", "assistant"},
                            {"content", QJsonArray{}}, {"stop_reason", "refusal"},
                            {"usage", QJsonObject{{"input_tokens", 50}, {"output_tokens", 0}}}});
        }
    }

    QByteArray errorBody(int status, const QString &message) const
    {
        if (kind == ProviderKind::Anthropic)
            return compact({{"type", "error"}, {"error", QJsonObject{{"type", "api_error"}, {"message", message}}}});
        return compact({{"error", QJsonObject{{"code", status}, {"message", message}}}});
    }

    // The masked user prompt inside a request body.
    QString userPrompt(const QJsonObject &body) const
    {
        switch (kind) {
        case ProviderKind::Gemini:
            return body["contents"][0]["parts"][0]["text"].toString();
        case ProviderKind::OpenAi:
            return body["messages"][1]["content"].toString();
        default:
            return body["messages"][0]["content"].toString();
        }
    }

    QJsonObject schemaIn(const QJsonObject &body) const
    {
        switch (kind) {
        case ProviderKind::Gemini:
            return body["generationConfig"]["responseSchema"].toObject();
        case ProviderKind::OpenAi:
            return body["response_format"]["json_schema"]["schema"].toObject();
        default:
            return body["tools"][0]["input_schema"].toObject();
        }
    }
};

struct Outcome {
    std::optional<ProposalSet> proposals;
    std::optional<ProviderError> error;
    int ends = 0;  // how many of finished/failed arrived
};

}  // namespace

class RemoteProvidersTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void success_data() { providers(); }
    void success();
    void unauthorized_data() { providers(); }
    void unauthorized();
    void rateLimitedThenSuccess_data() { providers(); }
    void rateLimitedThenSuccess();
    void retryAfterBeyondCapFailsAtOnce_data() { providers(); }
    void retryAfterBeyondCapFailsAtOnce();
    void rateLimitedUntilExhausted_data() { providers(); }
    void rateLimitedUntilExhausted();
    void serverErrorThenSuccess_data() { providers(); }
    void serverErrorThenSuccess();
    void serverErrorUntilExhausted_data() { providers(); }
    void serverErrorUntilExhausted();
    void badRequestIsNotRetried_data() { providers(); }
    void badRequestIsNotRetried();
    void timeout_data() { providers(); }
    void timeout();
    void refusal_data() { providers(); }
    void refusal();
    void invalidJsonAnswer_data() { providers(); }
    void invalidJsonAnswer();
    void schemaInvalidAnswer_data();
    void schemaInvalidAnswer();
    void malformedReply_data() { providers(); }
    void malformedReply();
    void cancel_data() { providers(); }
    void cancel();
    void connectionRefused_data() { providers(); }
    void connectionRefused();

    void geminiFinishReasonSafety();
    void geminiInvalidKeyIs400();
    void geminiBearerToken();
    void openAiWithoutKeySendsNoAuthorization();
    void openAiFallsBackToJsonObject();
    void openAiContentFilter();
    void anthropicPlainJsonText();
    void anthropicNeedsKey();

private:
    void providers();
    ProviderSettings settings(ProviderKind kind) const;
    Outcome run(const ProviderSettings &settings, const IncidentContext &context = incidentWithSecrets());
    Api api() const;

    std::unique_ptr<LoopbackHttpServer> m_server;
};

void RemoteProvidersTest::initTestCase()
{
    // Loopback only: never through a proxy from the environment.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
}

void RemoteProvidersTest::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void RemoteProvidersTest::cleanup()
{
    m_server.reset();
}

void RemoteProvidersTest::providers()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("gemini") << ProviderKind::Gemini;
    QTest::newRow("openai") << ProviderKind::OpenAi;
    QTest::newRow("anthropic") << ProviderKind::Anthropic;
}

Api RemoteProvidersTest::api() const
{
    QFETCH(ProviderKind, kind);
    return {kind};
}

ProviderSettings RemoteProvidersTest::settings(ProviderKind kind) const
{
    ProviderSettings settings;
    settings.kind = kind;
    settings.model = kModel;
    settings.baseUrl = Api{kind}.baseUrl(*m_server);
    settings.apiKey = kKey;
    settings.timeoutMs = 10'000;
    settings.maxAttempts = 3;
    settings.retryBaseDelayMs = 20;
    return settings;
}

Outcome RemoteProvidersTest::run(const ProviderSettings &settings, const IncidentContext &context)
{
    Outcome outcome;
    std::unique_ptr<RemediationProvider> provider = makeProvider(settings);
    ProposalRequest *request = provider->propose(context);
    connect(request, &ProposalRequest::finished, this, [&outcome](const ProposalSet &set) {
        outcome.proposals = set;
        ++outcome.ends;
    });
    connect(request, &ProposalRequest::failed, this, [&outcome](const ProviderError &error) {
        outcome.error = error;
        ++outcome.ends;
    });
    if (!QTest::qWaitFor([&] { return outcome.ends > 0; }, 60'000))
        qWarning("the request neither finished nor failed within 60 s");
    QTest::qWait(50);  // a second signal would arrive here
    return outcome;
}

void RemoteProvidersTest::success()
{
    const Api fake = api();
    // Echo every placeholder the provider received back in a command, as a model would.
    m_server->setResponder([fake](const RecordedRequest &request) {
        const QString prompt = fake.userPrompt(QJsonDocument::fromJson(request.body).object());
        QStringList placeholders;
        auto it = QRegularExpression(QStringLiteral("@@[A-Z0-9_]+@@")).globalMatch(prompt);
        while (it.hasNext()) {
            const QString placeholder = it.next().captured();
            if (!placeholders.contains(placeholder))
                placeholders.append(placeholder);
        }
        QJsonObject answer = validAnswer(QStringLiteral("echo ") + placeholders.join(QLatin1Char(' ')));
        answer[QStringLiteral("analysis")] = QStringLiteral("Seen: ") + placeholders.join(QStringLiteral(", "));
        return ScriptedResponse::json(200, fake.answerReply(answer, 1234, 321));
    });

    const Outcome outcome = run(settings(fake.kind));
    QCOMPARE(outcome.ends, 1);
    QVERIFY2(outcome.proposals, outcome.error ? qPrintable(outcome.error->message) : "no answer");

    QCOMPARE(m_server->requests.size(), 1);
    const RecordedRequest &request = m_server->requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(QString::fromLatin1(request.path), fake.path());
    QVERIFY(request.header("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QVERIFY(!body.isEmpty());
    switch (fake.kind) {
    case ProviderKind::Gemini:
        QCOMPARE(request.header("x-goog-api-key"), kKey.toUtf8());
        QCOMPARE(body["generationConfig"]["responseMimeType"].toString(), QStringLiteral("application/json"));
        QVERIFY(body["systemInstruction"]["parts"][0]["text"].toString().contains(QStringLiteral("/bin/sh -c")));
        break;
    case ProviderKind::OpenAi:
        QCOMPARE(request.header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(body["model"].toString(), kModel);
        QCOMPARE(body["response_format"]["type"].toString(), QStringLiteral("json_schema"));
        QCOMPARE(body["response_format"]["json_schema"]["strict"].toBool(), true);
        QCOMPARE(body["messages"][0]["role"].toString(), QStringLiteral("system"));
        break;
    default:
        QCOMPARE(request.header("x-api-key"), kKey.toUtf8());
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        QCOMPARE(body["model"].toString(), kModel);
        QVERIFY(body["max_tokens"].toInt() > 0);
        QCOMPARE(body["tool_choice"]["type"].toString(), QStringLiteral("tool"));
        QCOMPARE(body["tool_choice"]["name"].toString(), body["tools"][0]["name"].toString());
        QVERIFY(body["system"].toString().contains(QStringLiteral("/bin/sh -c")));
        break;
    }
    const QJsonObject schema = fake.schemaIn(body);
    QVERIFY(schema["properties"]["analysis"].isObject());
    const QJsonObject proposal = schema["properties"]["proposals"]["items"].toObject();
    for (const char *field : {"title", "commands", "expected_effect", "rollback", "verification"})
        QVERIFY2(proposal["properties"][QLatin1String(field)].isObject(), field);
    QVERIFY(proposal["properties"]["commands"]["items"]["properties"]["command"].isObject());

    // The incident went out masked: none of its secrets, nor the key, is in the body.
    const QString prompt = fake.userPrompt(body);
    QVERIFY(prompt.contains(QStringLiteral("web-3")));
    QVERIFY(prompt.contains(QStringLiteral("@@")));
    for (const QString &secret : kSecrets)
        QVERIFY2(!request.body.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!request.body.contains(kKey.toUtf8()));

    // The answer came back unmasked: the operator sees the real values.
    const ProposalSet &set = *outcome.proposals;
    QCOMPARE(set.proposals.size(), 1);
    const QString command = set.proposals.first().commands.first().script;
    for (const QString &secret : kSecrets) {
        QVERIFY2(command.contains(secret), qPrintable(command));
        QVERIFY(set.analysis.contains(secret));
    }
    QVERIFY(!command.contains(QStringLiteral("@@")));
    QCOMPARE(set.proposals.first().providerRiskOpinion, QStringLiteral("low"));
    QCOMPARE(set.usage.provider, ProviderSettingsText::kindKey(fake.kind));
    QCOMPARE(set.usage.model, kModel);
    QCOMPARE(set.usage.inputTokens, qint64(1234));
    QCOMPARE(set.usage.outputTokens, qint64(321));
}

void RemoteProvidersTest::unauthorized()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(401, fake.errorBody(401, QStringLiteral("invalid api key"))));
    const Outcome outcome = run(settings(fake.kind));
    QCOMPARE(outcome.ends, 1);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Authentication);
    QCOMPARE(outcome.error->httpStatus, 401);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("keychain")), qPrintable(outcome.error->message));
    QVERIFY(outcome.error->message.contains(QStringLiteral("invalid api key")));
    QVERIFY(!outcome.error->message.contains(kKey));
    QCOMPARE(m_server->requests.size(), 1);  // never retried
}

void RemoteProvidersTest::rateLimitedThenSuccess()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(429, fake.errorBody(429, QStringLiteral("slow down")),
                                             {{"Retry-After", "1"}}));
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(validAnswer())));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY2(outcome.proposals, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(m_server->requests.size(), 2);
    // It waited as asked (the backoff alone would have been 20 ms).
    const qint64 waited = m_server->requests.at(1).receivedMs - m_server->requests.at(0).receivedMs;
    QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
}

void RemoteProvidersTest::retryAfterBeyondCapFailsAtOnce()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(429, fake.errorBody(429, QStringLiteral("quota")),
                                             {{"Retry-After", "3600"}}));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::RateLimited);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("3600")), qPrintable(outcome.error->message));
    QCOMPARE(m_server->requests.size(), 1);
}

void RemoteProvidersTest::rateLimitedUntilExhausted()
{
    const Api fake = api();
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(ScriptedResponse::json(429, fake.errorBody(429, QStringLiteral("slow down"))));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::RateLimited);
    QCOMPARE(outcome.error->attempts, 3);
    QCOMPARE(m_server->requests.size(), 3);
}

void RemoteProvidersTest::serverErrorThenSuccess()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(503, fake.errorBody(503, QStringLiteral("overloaded"))));
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(validAnswer())));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY2(outcome.proposals, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(outcome.proposals->proposals.size(), 1);
    QCOMPARE(m_server->requests.size(), 2);
}

void RemoteProvidersTest::serverErrorUntilExhausted()
{
    const Api fake = api();
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(ScriptedResponse::json(500, fake.errorBody(500, QStringLiteral("internal"))));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::ServerError);
    QCOMPARE(outcome.error->httpStatus, 500);
    QCOMPARE(outcome.error->attempts, 3);
    QCOMPARE(m_server->requests.size(), 3);
    QVERIFY(outcome.error->message.contains(QStringLiteral("500")));
}

void RemoteProvidersTest::badRequestIsNotRetried()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(400, fake.errorBody(400, QStringLiteral("unknown field foo"))));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::BadRequest);
    QVERIFY(outcome.error->message.contains(QStringLiteral("unknown field foo")));
    QVERIFY(outcome.error->message.contains(QStringLiteral("ai/model")));
    QCOMPARE(m_server->requests.size(), 1);
}

void RemoteProvidersTest::timeout()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::hang());
    m_server->enqueue(ScriptedResponse::hang());
    ProviderSettings s = settings(fake.kind);
    s.timeoutMs = 300;
    s.maxAttempts = 2;
    const Outcome outcome = run(s);
    QCOMPARE(outcome.ends, 1);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Timeout);
    QCOMPARE(outcome.error->attempts, 2);
    QCOMPARE(m_server->requests.size(), 2);
}

void RemoteProvidersTest::refusal()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(200, fake.refusalReply()));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QVERIFY(!outcome.proposals);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Refused);
    QCOMPARE(outcome.error->usage.inputTokens, qint64(50));  // a refusal is billed too
    QCOMPARE(m_server->requests.size(), 1);
}

void RemoteProvidersTest::invalidJsonAnswer()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(200, fake.textReply("{\"analysis\": \"cut off\", \"proposals\": [")));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QVERIFY(!outcome.proposals);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::InvalidAnswer);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("not valid JSON")), qPrintable(outcome.error->message));
}

void RemoteProvidersTest::schemaInvalidAnswer_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("expected");
    const QJsonObject good = validAnswer();
    QJsonObject missingCommands = good;
    QJsonObject proposal = good["proposals"][0].toObject();
    proposal.remove(QStringLiteral("commands"));
    missingCommands[QStringLiteral("proposals")] = QJsonArray{proposal};
    QJsonObject wrongType = good;
    proposal = good["proposals"][0].toObject();
    proposal[QStringLiteral("commands")] = QStringLiteral("rm -rf /tmp/x");
    wrongType[QStringLiteral("proposals")] = QJsonArray{proposal};
    QJsonObject newline = good;
    proposal = good["proposals"][0].toObject();
    proposal[QStringLiteral("commands")] = QJsonArray{QJsonObject{{"command", "ls\nreboot"}, {"purpose", "p"}}};
    newline[QStringLiteral("proposals")] = QJsonArray{proposal};

    for (ProviderKind kind : {ProviderKind::Gemini, ProviderKind::OpenAi, ProviderKind::Anthropic}) {
        const QByteArray name = ProviderSettingsText::kindKey(kind).toUtf8();
        QTest::addRow("%s missing commands", name.constData()) << kind << compact(missingCommands)
                                                  << QStringLiteral("proposals[0].commands is missing");
        QTest::addRow("%s commands a string", name.constData()) << kind << compact(wrongType)
                                                   << QStringLiteral("proposals[0].commands must be an array, not a string");
        QTest::addRow("%s newline", name.constData()) << kind << compact(newline)
                                         << QStringLiteral("proposals[0].commands[0].command holds a line break");
    }
}

void RemoteProvidersTest::schemaInvalidAnswer()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QByteArray, answer);
    QFETCH(QString, expected);
    const Api fake{kind};
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(QJsonDocument::fromJson(answer).object())));
    const Outcome outcome = run(settings(kind));
    QVERIFY(!outcome.proposals);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::InvalidAnswer);
    QVERIFY2(outcome.error->message.contains(expected), qPrintable(outcome.error->message));
    QCOMPARE(outcome.error->usage.outputTokens, qint64(80));
}

void RemoteProvidersTest::malformedReply()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::json(200, "{\"hello\": \"this is not the API you are looking for\"}"));
    const Outcome outcome = run(settings(fake.kind));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::MalformedResponse);
    QVERIFY(outcome.error->message.contains(QStringLiteral("ai/base_url")));
}

void RemoteProvidersTest::cancel()
{
    const Api fake = api();
    m_server->enqueue(ScriptedResponse::hang());
    std::unique_ptr<RemediationProvider> provider = makeProvider(settings(fake.kind));
    ProposalRequest *request = provider->propose(incidentWithSecrets());
    QSignalSpy finished(request, &ProposalRequest::finished);
    QSignalSpy failed(request, &ProposalRequest::failed);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, 10'000);
    request->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ProviderError>().kind, ProviderError::Kind::Cancelled);
    QVERIFY(request->isFinished());
    request->cancel();  // a second cancel does nothing
    QTest::qWait(200);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void RemoteProvidersTest::connectionRefused()
{
    const Api fake = api();
    ProviderSettings s = settings(fake.kind);
    m_server->close();  // nobody listens on that port any more
    const Outcome outcome = run(s);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Network);
    QCOMPARE(outcome.error->attempts, 1);
    QVERIFY(outcome.error->message.contains(QStringLiteral("127.0.0.1")));
}

void RemoteProvidersTest::geminiFinishReasonSafety()
{
    m_server->enqueue(ScriptedResponse::json(
        200, compact({{"candidates", QJsonArray{QJsonObject{{"finishReason", "SAFETY"},
                                                            {"safetyRatings", QJsonArray{}}}}},
                      {"usageMetadata", QJsonObject{{"promptTokenCount", 40}, {"candidatesTokenCount", 0}}}})));
    const Outcome outcome = run(settings(ProviderKind::Gemini));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Refused);
    QVERIFY(outcome.error->message.contains(QStringLiteral("SAFETY")));
}

void RemoteProvidersTest::geminiInvalidKeyIs400()
{
    // What Google really answers for a wrong key.
    m_server->enqueue(ScriptedResponse::json(
        400, R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT",)"
             R"("details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})"));
    const Outcome outcome = run(settings(ProviderKind::Gemini));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Authentication);
    QCOMPARE(m_server->requests.size(), 1);
}

void RemoteProvidersTest::geminiBearerToken()
{
    const Api fake{ProviderKind::Gemini};
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(validAnswer())));
    ProviderSettings s = settings(ProviderKind::Gemini);
    s.apiKey.clear();
    s.bearerToken = QStringLiteral("ya29.oauth-token");
    const Outcome outcome = run(s);
    QVERIFY(outcome.proposals);
    QCOMPARE(m_server->requests.first().header("authorization"), QByteArray("Bearer ya29.oauth-token"));
    QVERIFY(m_server->requests.first().header("x-goog-api-key").isEmpty());
}

void RemoteProvidersTest::openAiWithoutKeySendsNoAuthorization()
{
    const Api fake{ProviderKind::OpenAi};
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(validAnswer())));
    ProviderSettings s = settings(ProviderKind::OpenAi);
    s.apiKey.clear();  // a local Ollama or llama.cpp server
    const Outcome outcome = run(s);
    QVERIFY(outcome.proposals);
    QVERIFY(!m_server->requests.first().headers.contains("authorization"));
}

void RemoteProvidersTest::openAiFallsBackToJsonObject()
{
    const Api fake{ProviderKind::OpenAi};
    m_server->enqueue(ScriptedResponse::json(
        400, fake.errorBody(400, QStringLiteral("response_format type json_schema is not supported"))));
    m_server->enqueue(ScriptedResponse::json(200, fake.answerReply(validAnswer())));
    ProviderSettings s = settings(ProviderKind::OpenAi);
    s.maxAttempts = 1;  // the fallback is not a failed attempt
    const Outcome outcome = run(s);
    QVERIFY2(outcome.proposals, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(m_server->requests.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(m_server->requests.at(1).body).object();
    QCOMPARE(second["response_format"]["type"].toString(), QStringLiteral("json_object"));
    // The schema still travels in the system prompt.
    QVERIFY(second["messages"][0]["content"].toString().contains(QStringLiteral("expected_effect")));
}

void RemoteProvidersTest::openAiContentFilter()
{
    m_server->enqueue(ScriptedResponse::json(
        200, R"({"choices":[{"index":0,"message":{"role":"assistant","content":null},"finish_reason":"content_filter"}],)"
             R"("usage":{"prompt_tokens":10,"completion_tokens":0}})"));
    const Outcome outcome = run(settings(ProviderKind::OpenAi));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Refused);
}

void RemoteProvidersTest::anthropicPlainJsonText()
{
    const Api fake{ProviderKind::Anthropic};
    m_server->enqueue(ScriptedResponse::json(200, fake.textReply("```json\n" + compact(validAnswer()) + "\n```")));
    const Outcome outcome = run(settings(ProviderKind::Anthropic));
    QVERIFY2(outcome.proposals, outcome.error ? qPrintable(outcome.error->message) : "no answer");
    QCOMPARE(outcome.proposals->proposals.first().commands.first().script, QStringLiteral("ps -o pid,args -p 4242"));
}

void RemoteProvidersTest::anthropicNeedsKey()
{
    ProviderSettings s = settings(ProviderKind::Anthropic);
    s.apiKey.clear();
    const Outcome outcome = run(s);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ProviderError::Kind::Configuration);
    QVERIFY(outcome.error->message.contains(QStringLiteral("keychain")));
    QCOMPARE(m_server->requests.size(), 0);
}

QTEST_MAIN(RemoteProvidersTest)
#include "test_remote_providers.moc"
