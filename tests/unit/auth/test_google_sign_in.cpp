// Google sign-in end to end against FakeGoogle on 127.0.0.1: the test plays the browser (its
// opener requests the authorization URL itself and follows the 302 back to the console's loopback
// port), the tokens go to the real keychain (gnome-keyring in the private D-Bus session that
// ./run-tests starts; without one this test fails rather than skips), and gcloud's credential
// files come from tests/fixtures/auth.
#include "application_default_credentials.h"
#include "fake_google.h"
#include "google_sign_in.h"
#include "pkce.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mirrorstage;
using namespace mirrorstage::auth;

namespace {
constexpr int kWaitMs = 20'000;
const QString kService = QStringLiteral("mirrorstage-test-auth");

QString fixture(const QString &name)
{
    return QStringLiteral(MIRRORSTAGE_FIXTURES "/auth/") + name;
}
}  // namespace

class GoogleSignInTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInSucceeds();
    void consentDenied();
    void stateMismatchIsRefused();
    void badCodeIsRefused();
    void accessTokenRenewsBeforeExpiry();
    void withAccessTokenRenewsAnExpiredToken();
    void revokedRefreshTokenSignsOut();
    void signOutRevokesAndForgets();
    void noBrowserShowsTheAddress();
    void restoreFromKeychain();
    void missingClientIdIsSaid();
    void adcDiscovery_data();
    void adcDiscovery();
    void adcPathFollowsTheEnvironment();
    void signInWithGcloudCredentials();

private:
    std::unique_ptr<GoogleSignIn> makeSignIn();
    bool signInThroughBrowser(GoogleSignIn &auth);
    secrets::SecretResult keychain(const QString &key) { return m_keychain.readNow(key); }

    QTemporaryDir m_home;
    secrets::SecretStore m_keychain{kService};
    std::unique_ptr<FakeGoogle> m_google;
    QNetworkAccessManager m_browser;
    QByteArray m_browserPage;
    int m_browserVisits = 0;
};

void GoogleSignInTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite through ./run-tests, which starts gnome-keyring");
    QVERIFY(m_home.isValid());
    // Anything the library might write lands here, where the tests look for leaked tokens.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, QFile::encodeName(m_home.filePath(QString::fromLatin1(variable))));
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    qunsetenv("CLOUDSDK_CONFIG");
}

void GoogleSignInTest::init()
{
    m_google = std::make_unique<FakeGoogle>();
    QVERIFY(m_google->listen());
    m_browserPage.clear();
    m_browserVisits = 0;
    for (const QString &key : SessionVault::keys()) {
        const secrets::SecretResult removed = m_keychain.removeNow(key);
        QVERIFY2(removed.ok() || removed.status == secrets::SecretStatus::NotFound, qPrintable(removed.message));
    }
}

void GoogleSignInTest::cleanup()
{
    m_google.reset();
}

std::unique_ptr<GoogleSignIn> GoogleSignInTest::makeSignIn()
{
    GoogleSignInSettings settings;
    settings.client = {m_google->clientId, m_google->clientSecret};
    settings.endpoints = m_google->endpoints();
    auto auth = std::make_unique<GoogleSignIn>(settings, secrets::SecretStore(kService));
    // The browser: request the authorization URL and follow Google's 302 to the loopback port.
    auth->setBrowserOpener([this](const QUrl &url) {
        ++m_browserVisits;
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_browserPage = reply->readAll();
            reply->deleteLater();
        });
        return true;
    });
    return auth;
}

bool GoogleSignInTest::signInThroughBrowser(GoogleSignIn &auth)
{
    QSignalSpy signedIn(&auth, &GoogleSignIn::signedIn);
    auth.signIn();
    return signedIn.wait(kWaitMs) || signedIn.count() == 1;
}

void GoogleSignInTest::signInSucceeds()
{
    auto auth = makeSignIn();
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->signIn();
    QCOMPARE(auth->state(), GoogleSignIn::State::SigningIn);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
    QCOMPARE(signedIn.first().first().toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(auth->email(), QStringLiteral("alice@example.com"));
    QVERIFY(auth->isSignedIn());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // What went to "Google": a loopback redirect, the scopes, PKCE S256, and the verifier after.
    const QUrlQuery &asked = m_google->authorizationQuery;
    const QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY2(redirect.host() == QLatin1String("127.0.0.1") || redirect.host() == QLatin1String("localhost"),
             qPrintable(redirect.toString()));
    QCOMPARE(asked.queryItemValue(QStringLiteral("client_id")), m_google->clientId);
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' ')),
             GoogleSignInSettings::defaultScopes());
    QVERIFY(asked.queryItemValue(QStringLiteral("state")).size() >= 32);
    QCOMPARE(m_google->grantsOfType(QStringLiteral("authorization_code")), 1);
    const QUrlQuery exchange = m_google->tokenRequests.first();
    QCOMPARE(Pkce::challengeFor(exchange.queryItemValue(QStringLiteral("code_verifier")).toLatin1()),
             asked.queryItemValue(QStringLiteral("code_challenge")).toLatin1());
    QTRY_VERIFY_WITH_TIMEOUT(m_browserPage.contains("received"), kWaitMs);

    // The tokens are in the keychain, and in no file.
    const QString refreshToken = keychain(SessionVault::refreshTokenKey).value;
    QVERIFY(refreshToken.startsWith(QLatin1String("1//rt-alice-")));
    QVERIFY(m_google->refreshTokens.contains(refreshToken));
    QCOMPARE(QString::fromUtf8(keychain(SessionVault::accessTokenKey).value), auth->accessToken());
    QVERIFY(keychain(SessionVault::sessionKey).value.contains("alice@example.com"));
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("rt-alice") && !content.contains("at-alice"), qPrintable(file.fileName()));
    }
}

void GoogleSignInTest::consentDenied()
{
    m_google->consent = FakeGoogle::Consent::Deny;
    auto auth = makeSignIn();
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("declined")) && message.contains(QLatin1String("consent denied")),
             qPrintable(message));
    QCOMPARE(auth->state(), GoogleSignIn::State::SignedOut);
    QTRY_VERIFY_WITH_TIMEOUT(m_browserPage.contains("not completed"), kWaitMs);
    QCOMPARE(m_google->tokenRequests.size(), 0);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(keychain(SessionVault::refreshTokenKey).status, secrets::SecretStatus::NotFound);
}

void GoogleSignInTest::stateMismatchIsRefused()
{
    m_google->consent = FakeGoogle::Consent::WrongState;
    auto auth = makeSignIn();
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("state mismatch")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(m_browserPage.contains("does not belong"), kWaitMs);
    // The code that came with the forged state was never exchanged.
    QTest::qWait(300);
    QCOMPARE(m_google->tokenRequests.size(), 0);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!auth->isSignedIn());
}

void GoogleSignInTest::badCodeIsRefused()
{
    m_google->consent = FakeGoogle::Consent::BadCode;
    auto auth = makeSignIn();
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    auth->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("did not accept the sign-in code")) && message.contains(QLatin1String("invalid_grant")),
             qPrintable(message));
    QCOMPARE(m_google->grantsOfType(QStringLiteral("authorization_code")), 1);
    QCOMPARE(auth->state(), GoogleSignIn::State::SignedOut);
    QCOMPARE(keychain(SessionVault::refreshTokenKey).status, secrets::SecretStatus::NotFound);
}

void GoogleSignInTest::accessTokenRenewsBeforeExpiry()
{
    m_google->expiresIn = 2;
    auto auth = makeSignIn();
    QVERIFY(signInThroughBrowser(*auth));
    const QString first = auth->accessToken();
    m_google->expiresIn = 3600;
    QSignalSpy changed(auth.get(), &GoogleSignIn::accessTokenChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, kWaitMs);
    const QString renewed = changed.last().first().toString();
    QVERIFY(!renewed.isEmpty() && renewed != first);
    QCOMPARE(auth->accessToken(), renewed);
    QCOMPARE(m_google->grantsOfType(QStringLiteral("refresh_token")), 1);
    QVERIFY(auth->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3000));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(keychain(SessionVault::accessTokenKey).value), renewed, kWaitMs);
    QVERIFY(auth->isSignedIn());
}

void GoogleSignInTest::withAccessTokenRenewsAnExpiredToken()
{
    m_google->expiresIn = 30;  // inside the one-minute margin: handing it out needs a renewal first
    auto auth = makeSignIn();
    QVERIFY(signInThroughBrowser(*auth));
    const QString first = auth->accessToken();
    m_google->expiresIn = 3600;
    QString token, error;
    bool called = false;
    auth->withAccessToken(this, [&](const QString &t, const QString &e) {
        token = t;
        error = e;
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!token.isEmpty() && token != first);
    QVERIFY(m_google->accessTokens.contains(token));
}

void GoogleSignInTest::revokedRefreshTokenSignsOut()
{
    auto auth = makeSignIn();
    QVERIFY(signInThroughBrowser(*auth));
    m_google->revokeAll();  // the operator removed the app's access in their Google account
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    QSignalSpy signedOut(auth.get(), &GoogleSignIn::signedOut);
    auth->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kWaitMs);
    QCOMPARE(signedOut.first().at(0).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(signedOut.first().at(1).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("expired or was revoked; sign in again")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!auth->isSignedIn());
    QVERIFY(auth->accessToken().isEmpty());
    for (const QString &key : SessionVault::keys())
        QCOMPARE(keychain(key).status, secrets::SecretStatus::NotFound);
}

void GoogleSignInTest::signOutRevokesAndForgets()
{
    auto auth = makeSignIn();
    QVERIFY(signInThroughBrowser(*auth));
    const QString refreshToken = QString::fromUtf8(keychain(SessionVault::refreshTokenKey).value);
    QVERIFY(!refreshToken.isEmpty());
    QSignalSpy signedOut(auth.get(), &GoogleSignIn::signedOut);
    auth->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kWaitMs);
    QCOMPARE(signedOut.first().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_google->revocations.size(), 1, kWaitMs);
    QCOMPARE(m_google->revocations.first().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), refreshToken);
    QVERIFY(!m_google->refreshTokens.contains(refreshToken));
    for (const QString &key : SessionVault::keys())
        QCOMPARE(keychain(key).status, secrets::SecretStatus::NotFound);
    QCOMPARE(auth->state(), GoogleSignIn::State::SignedOut);
    QVERIFY(auth->email().isEmpty());
}

void GoogleSignInTest::noBrowserShowsTheAddress()
{
    auto auth = makeSignIn();
    auth->setBrowserOpener([](const QUrl &) { return false; });
    QSignalSpy unavailable(auth.get(), &GoogleSignIn::browserUnavailable);
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, kWaitMs);
    const QUrl url = unavailable.first().at(0).toUrl();
    const QString message = unavailable.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("No web browser")), qPrintable(message));
    QVERIFY2(message.contains(url.toString(QUrl::FullyEncoded)), qPrintable(message));
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_google->endpoints().authorization);
    QCOMPARE(auth->state(), GoogleSignIn::State::SigningIn);

    // The operator pastes the address into a browser by hand: the sign-in goes on.
    QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    delete reply;
}

void GoogleSignInTest::restoreFromKeychain()
{
    {
        auto first = makeSignIn();
        QVERIFY(signInThroughBrowser(*first));
    }
    // The next start of the console.
    auto auth = makeSignIn();
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->restore();
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
    QCOMPARE(auth->email(), QStringLiteral("alice@example.com"));
    QCOMPARE(m_google->grantsOfType(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_browserVisits, 1);
    QVERIFY(m_google->accessTokens.contains(auth->accessToken()));
}

void GoogleSignInTest::missingClientIdIsSaid()
{
    GoogleSignIn auth(GoogleSignInSettings{}, secrets::SecretStore(kService));
    QSignalSpy failed(&auth, &GoogleSignIn::failed);
    auth.signIn();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("google/client_id")));
    QCOMPARE(auth.state(), GoogleSignIn::State::SignedOut);
}

void GoogleSignInTest::adcDiscovery_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("problem");
    QTest::newRow("authorized_user") << "adc_authorized_user.json" << true << true << QString();
    QTest::newRow("service_account") << "adc_service_account.json" << true << false << "service account";
    QTest::newRow("external_account") << "adc_external_account.json" << true << false << "\"external_account\"";
    QTest::newRow("truncated") << "adc_truncated.json" << true << false << "not a JSON object";
    QTest::newRow("missing") << "no_such_file.json" << false << false << QString();
}

void GoogleSignInTest::adcDiscovery()
{
    QFETCH(QString, file);
    QFETCH(bool, exists);
    QFETCH(bool, usable);
    QFETCH(QString, problem);
    const AdcDiscovery found = ApplicationDefaultCredentials::load(fixture(file));
    QCOMPARE(found.exists, exists);
    QCOMPARE(found.credentials.has_value(), usable);
    if (problem.isEmpty())
        QVERIFY2(found.problem.isEmpty(), qPrintable(found.problem));
    else
        QVERIFY2(found.problem.contains(problem), qPrintable(found.problem));
    if (usable) {
        QCOMPARE(found.credentials->client.id, QStringLiteral("764086051850-fixture.apps.googleusercontent.com"));
        QCOMPARE(found.credentials->client.secret, QStringLiteral("fixture-gcloud-secret"));
        QCOMPARE(found.credentials->refreshToken, QStringLiteral("1//fixture-adc-refresh-token"));
        QCOMPARE(found.credentials->quotaProjectId, QStringLiteral("mirror-stage-test"));
    }
}

void GoogleSignInTest::adcPathFollowsTheEnvironment()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(ApplicationDefaultCredentials::defaultPath(),
             m_home.filePath(QStringLiteral(".config/gcloud/application_default_credentials.json")));
    QVERIFY(!ApplicationDefaultCredentials::discover().exists);
    qputenv("CLOUDSDK_CONFIG", "/somewhere/gcloud");
    QCOMPARE(ApplicationDefaultCredentials::defaultPath(), QStringLiteral("/somewhere/gcloud/application_default_credentials.json"));
    qputenv("GOOGLE_APPLICATION_CREDENTIALS", QFile::encodeName(fixture(QStringLiteral("adc_authorized_user.json"))));
    QVERIFY(ApplicationDefaultCredentials::discover().credentials.has_value());
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    qunsetenv("CLOUDSDK_CONFIG");
}

void GoogleSignInTest::signInWithGcloudCredentials()
{
    const AdcDiscovery found = ApplicationDefaultCredentials::load(fixture(QStringLiteral("adc_authorized_user.json")));
    QVERIFY(found.credentials);
    m_google->knowRefreshToken(found.credentials->refreshToken, found.credentials->client.id);
    auto auth = makeSignIn();
    QSignalSpy signedIn(auth.get(), &GoogleSignIn::signedIn);
    auth->signInWith(*found.credentials);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kWaitMs);
    QCOMPARE(auth->email(), QStringLiteral("alice@example.com"));
    QCOMPARE(auth->method(), QStringLiteral("gcloud"));
    QCOMPARE(m_browserVisits, 0);
    const QUrlQuery grant = m_google->tokenRequests.first();
    QCOMPARE(grant.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), found.credentials->client.id);
    QCOMPARE(QString::fromUtf8(keychain(SessionVault::refreshTokenKey).value), found.credentials->refreshToken);

    // Signing out forgets gcloud's token here without revoking it: gcloud still uses it.
    QSignalSpy signedOut(auth.get(), &GoogleSignIn::signedOut);
    auth->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kWaitMs);
    QCOMPARE(m_google->revocations.size(), 0);
    QCOMPARE(keychain(SessionVault::refreshTokenKey).status, secrets::SecretStatus::NotFound);

    // A gcloud token that Google no longer takes is said plainly.
    m_google->revokeAll();
    QSignalSpy failed(auth.get(), &GoogleSignIn::failed);
    auth->signInWith(*found.credentials);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("gcloud auth application-default login")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!auth->isSignedIn());
}

QTEST_GUILESS_MAIN(GoogleSignInTest)
#include "test_google_sign_in.moc"
