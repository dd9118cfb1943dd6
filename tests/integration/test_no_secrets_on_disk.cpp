// Secrets stay in the keychain. With known secrets planted there (an OpenAI API key, a Google
// refresh token, an SSH password) and the console's own signing key made there, a demo run of the
// real console — three real agents, an incident opened within seconds, the AI provider (a loopback
// server of this test) asked with the key — leaves none of them, raw, base64 or hex, in any file
// the console wrote: the database, the settings, the demo fleet's directory, its own log. The
// loopback server did receive the key, so the secret really was used.
//
// With no D-Bus session at all the console refuses to start, promptly, naming the Secret Service
// and what to do instead, and writes no key anywhere; msctl credentials list says the same.
// An encrypted TLS key is read with the passphrase from the keychain entry "tls/key_passphrase",
// and without that entry the console says it needs one.
#include "../unit/ai/loopback_http_server.h"
#include "credential_catalog.h"
#include "ed25519.h"
#include "fleet_harness.h"
#include "secret_store.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSettings>
#include <QUuid>
#include <algorithm>

using namespace mirrorstage;

namespace {

const QString kOpenAiKey = QStringLiteral("ai/openai/api_key");
const QString kRefreshToken = QStringLiteral("google/refresh_token");
const QString kSshPassword = QStringLiteral("ssh/ops@web-01/password");
const QString kSigningKey = QStringLiteral("console-signing-key");
const QString kTlsPassphrase = QStringLiteral("tls/key_passphrase");

QByteArray unique(const char *prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
}

// The forms a secret could take in a file: as is, base64 (both alphabets, with or without
// padding) and hex (either case).
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms;
    for (const QByteArray &form : {secret, secret.toBase64(),
                                   secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                                   secret.toBase64(QByteArray::OmitTrailingEquals), secret.toHex(), secret.toHex().toUpper()}) {
        if (!forms.contains(form))
            forms.append(form);
    }
    return forms;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// A valid OpenAI chat completion whose content is a proposal the parser accepts.
QByteArray chatCompletion()
{
    const QJsonObject proposal{
        {QStringLiteral("title"), QStringLiteral("Look at memory use")},
        {QStringLiteral("commands"), QJsonArray{QJsonObject{{QStringLiteral("command"), QStringLiteral("free -m")},
                                                            {QStringLiteral("purpose"), QStringLiteral("See the memory.")}}}},
        {QStringLiteral("expected_effect"), QStringLiteral("Nothing changes.")},
        {QStringLiteral("rollback"), QStringLiteral("Nothing to undo.")},
        {QStringLiteral("verification"), QStringLiteral("free -m")},
        {QStringLiteral("risk"), QStringLiteral("low")},
    };
    const QJsonObject answer{{QStringLiteral("analysis"), QStringLiteral("Memory is in use.")},
                             {QStringLiteral("proposals"), QJsonArray{proposal}}};
    const QJsonObject reply{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"),
                                              QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 100}, {QStringLiteral("completion_tokens"), 50}}},
    };
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

}  // namespace

class NoSecretsOnDiskTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void consoleWithoutAKeychainRefusesCleanly();
    void demoRunLeavesNoSecretOnDisk();
    void encryptedTlsKeyTakesItsPassphraseFromTheKeychain();

private:
    void useHome(const QString &root);

    secrets::SecretStore m_keychain;  // the console's own service
    bool m_signingKeyExisted = false;
};

void NoSecretsOnDiskTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite through ./run-tests, which starts gnome-keyring");
    for (const char *binary : {CONSOLE_BINARY, REFLECTOR_BINARY, MSCTL_BINARY})
        QVERIFY2(QFile::exists(QString::fromLocal8Bit(binary)), binary);
    const secrets::SecretResult existing = m_keychain.readNow(kSigningKey);
    QVERIFY2(existing.ok() || existing.status == secrets::SecretStatus::NotFound, qPrintable(existing.message));
    m_signingKeyExisted = existing.ok();
}

void NoSecretsOnDiskTest::cleanupTestCase()
{
    for (const QString &name : {kOpenAiKey, kRefreshToken, kSshPassword, kTlsPassphrase})
        m_keychain.removeNow(name);
    if (!m_signingKeyExisted)
        m_keychain.removeNow(kSigningKey);
}

// XDG directories of the test (and so of the processes it starts) under `root`.
void NoSecretsOnDiskTest::useHome(const QString &root)
{
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(variable).toLower();
        QDir().mkpath(dir);
        qputenv(variable, QFile::encodeName(dir));
    }
}

void NoSecretsOnDiskTest::consoleWithoutAKeychainRefusesCleanly()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(variable), home.filePath(QString::fromLatin1(variable).toLower()));
    const quint16 port = freeLoopbackPort();

    QProcess console;
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(CONSOLE_BINARY),
                  {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(console.waitForFinished(120'000));
    const QString said = QString::fromLocal8Bit(console.readAllStandardError());
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY2(console.exitCode() != 0, qPrintable(said));
    for (const char *needed : {"Secret Service", "gnome-keyring", "--key-file", "hub is not started"})
        QVERIFY2(said.contains(QLatin1String(needed)), qPrintable(said));
    // The hub never listened, and no key was made anywhere instead of the keychain.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
    for (const QString &file : filesUnder(home.path())) {
        QVERIFY2(!QFileInfo(file).fileName().contains(QLatin1String("key")), qPrintable(file));
        QFile opened(file);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QVERIFY2(!opened.readAll().contains("PRIVATE KEY"), qPrintable(file));
    }

    // msctl answers in the same words, and lists nothing it cannot know.
    QProcess msctl;
    msctl.setProcessEnvironment(environment);
    msctl.start(QStringLiteral(MSCTL_BINARY), {QStringLiteral("credentials"), QStringLiteral("list")});
    QVERIFY(msctl.waitForFinished(120'000));
    const QString msctlSaid = QString::fromLocal8Bit(msctl.readAllStandardError());
    QCOMPARE(msctl.exitCode(), 1);
    QVERIFY2(msctlSaid.contains(QLatin1String("gnome-keyring")), qPrintable(msctlSaid));
    QVERIFY(msctl.readAllStandardOutput().isEmpty());
}

void NoSecretsOnDiskTest::demoRunLeavesNoSecretOnDisk()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    useHome(root.path());
    const QString demoDir = root.filePath(QStringLiteral("demo"));

    // The planted secrets, in the keychain only.
    const QByteArray apiKey = unique("sk-planted-openai-");
    const QByteArray refreshToken = unique("1//planted-refresh-");
    const QByteArray sshPassword = unique("planted-ssh-password-");
    QVERIFY(m_keychain.writeNow(kOpenAiKey, apiKey).ok());
    QVERIFY(m_keychain.writeNow(kRefreshToken, refreshToken).ok());
    QVERIFY(m_keychain.writeNow(kSshPassword, sshPassword).ok());

    // The AI provider: this test, on loopback, answering every chat completion with a proposal.
    LoopbackHttpServer provider;
    QVERIFY(provider.listen());
    provider.setResponder([](const RecordedRequest &) { return ScriptedResponse::json(200, chatCompletion()); });

    const QString configFile = root.filePath(QStringLiteral("xdg_config_home/MirrorStage/mirrorstage.conf"));
    {
        QSettings settings(configFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("ai/provider"), QStringLiteral("openai"));
        settings.setValue(QStringLiteral("ai/base_url"), provider.url(QStringLiteral("/v1")).toString());
        settings.setValue(QStringLiteral("ai/model"), QStringLiteral("test-model"));
        secrets::CredentialRegistry::remember(settings, kSshPassword);  // as the SSH code records its entries
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    // Memory in use above 1 % for a second: an incident on every host at once.
    const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("memory-any")},
                           {QStringLiteral("kind"), QStringLiteral("memory")},
                           {QStringLiteral("metric"), QStringLiteral("memory.used_percent")},
                           {QStringLiteral("warning"), 1},
                           {QStringLiteral("critical"), 100},
                           {QStringLiteral("for_seconds"), 1},
                           {QStringLiteral("clear_margin"), 0},
                           {QStringLiteral("hold_seconds"), 1}};
    QFile rules(root.filePath(QStringLiteral("rules.json")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}).toJson());
    rules.close();

    // The console with its key in the keychain (no --key-file), its database in XDG_DATA_HOME.
    Child console;
    console.start(QStringLiteral(CONSOLE_BINARY),
                  {QStringLiteral("--headless"), QStringLiteral("--demo-fleet"), QStringLiteral("--demo-hosts"), QStringLiteral("3"),
                   QStringLiteral("--demo-dir"), demoDir, QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort()), QStringLiteral("--rules"), rules.fileName()});
    QVERIFY2(console.waitForLog("console ready", 120'000), console.log().constData());
    QElapsedTimer running;
    running.start();

    // The provider is asked, with the planted key.
    const QByteArray bearer = "Bearer " + apiKey;
    QTRY_VERIFY2_WITH_TIMEOUT(std::any_of(provider.requests.cbegin(), provider.requests.cend(),
                                          [&](const RecordedRequest &r) { return r.header("authorization") == bearer; }),
                              console.log().constData(), 180'000);
    if (running.elapsed() < 20'000)
        QTest::qWait(int(20'000 - running.elapsed()));
    console.terminate();
    QVERIFY(!console.running());
    const QByteArray consoleLog = console.log();
    QVERIFY2(consoleLog.contains("openai"), consoleLog.constData());
    QFile logFile(root.filePath(QStringLiteral("console.log")));
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    logFile.write(consoleLog);
    logFile.close();

    // The console's signing key, as it is in the keychain now.
    const secrets::SecretResult signingKey = m_keychain.readNow(kSigningKey);
    QVERIFY2(signingKey.ok(), qPrintable(signingKey.message));
    QCOMPARE(signingKey.value.size(), kEd25519PrivateKeyBytes);
    const std::optional<Ed25519Key> key = Ed25519Key::fromPrivateKey(signingKey.value);
    QVERIFY(key);

    const QList<std::pair<const char *, QList<QByteArray>>> secretsToFind{
        {"the OpenAI API key", formsOf(apiKey)},
        {"the Google refresh token", formsOf(refreshToken)},
        {"the SSH password", formsOf(sshPassword)},
        {"the console's private key", formsOf(signingKey.value) << key->toPem()},
    };

    // Every file of this run: XDG data, config and cache, the demo fleet's directory, the log.
    const QStringList files = filesUnder(root.path());
    QVERIFY2(std::any_of(files.cbegin(), files.cend(), [](const QString &f) { return f.endsWith(QLatin1String(".db")) || f.endsWith(QLatin1String(".sqlite")); }),
             qPrintable(files.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return f.startsWith(demoDir); }),
             "the demo fleet wrote nothing");
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        for (const auto &[what, forms] : secretsToFind) {
            for (const QByteArray &form : forms)
                QVERIFY2(!content.contains(form), qPrintable(QStringLiteral("%1 is in %2").arg(QLatin1String(what), path)));
        }
    }

    // The settings name the recorded SSH entry, never its value; msctl lists it as stored.
    QSettings settings(configFile, QSettings::IniFormat);
    QVERIFY(secrets::CredentialRegistry::recorded(settings).contains(kSshPassword));
    const CommandResult listed = runCommand(QStringLiteral(MSCTL_BINARY), {QStringLiteral("credentials"), QStringLiteral("list"),
                                                                         QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QHash<QString, QString> states;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
        states.insert(row[QStringLiteral("name")].toString(), row[QStringLiteral("state")].toString());
    for (const QString &name : {kSigningKey, kOpenAiKey, kRefreshToken, kSshPassword})
        QCOMPARE(states.value(name), QStringLiteral("stored"));
    QCOMPARE(states.value(QStringLiteral("ai/gemini/api_key")), QStringLiteral("not-stored"));
    for (const auto &[what, forms] : secretsToFind) {
        for (const QByteArray &form : forms)
            QVERIFY2(!listed.out.contains(form) && !listed.err.contains(form), what);
    }
}

void NoSecretsOnDiskTest::encryptedTlsKeyTakesItsPassphraseFromTheKeychain()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    useHome(root.path());
    const QByteArray passphrase = unique("planted-tls-");
    const QString keyFile = root.filePath(QStringLiteral("tls.key"));
    const QString certificate = root.filePath(QStringLiteral("tls.crt"));
    const CommandResult made = runCommand(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificate,
         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-passout"), QStringLiteral("pass:") + QString::fromLatin1(passphrase)});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().contains("ENCRYPTED PRIVATE KEY"));
    const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--key-file"), root.filePath(QStringLiteral("console.key")),
                                QStringLiteral("--database"), root.filePath(QStringLiteral("console.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort()),
                                QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), keyFile};

    // No passphrase in the keychain: the console cannot read its key, and says so.
    m_keychain.removeNow(kTlsPassphrase);
    const CommandResult refused = runCommand(QStringLiteral(CONSOLE_BINARY), arguments, 120'000);
    QVERIFY2(refused.exitCode != 0, refused.err.constData());
    QVERIFY2(refused.err.contains("passphrase"), refused.err.constData());

    // With it there, the hub serves wss://.
    QVERIFY(m_keychain.writeNow(kTlsPassphrase, passphrase).ok());
    Child console;
    console.start(QStringLiteral(CONSOLE_BINARY), arguments);
    QVERIFY2(console.waitForLog("console ready", 120'000), console.log().constData());
    QVERIFY2(console.log().contains("wss://"), console.log().constData());
    console.terminate();
    for (const QString &path : filesUnder(root.path())) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(passphrase), qPrintable(path));
    }
    QVERIFY(!console.log().contains(passphrase));
}

QTEST_GUILESS_MAIN(NoSecretsOnDiskTest)
#include "test_no_secrets_on_disk.moc"
