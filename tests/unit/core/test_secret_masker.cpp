// What leaves the console for an AI provider: every fixture in tests/fixtures/masking (NAME.txt)
// plants secrets (NAME.secrets, one a line) that must not survive masking and ordinary text
// (NAME.keep: versions, times, paths, PIDs, percentages) that must; unmask gives back the
// original exactly. Exact cases pin down the rules one by one.
#include "secret_masker.h"
#include "../fixture.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using mirrorstage::core::SecretMasker;

namespace {

QStringList fixtureLines(const QString &name)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(readFixture(QStringLiteral("masking/") + name)).split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QStringList fixtureNames()
{
    QStringList names;
    const QDir dir(fixturePath(QStringLiteral("masking")));
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("@@([A-Z0-9_]+)@@"));
    return re;
}

// Every placeholder in `masked` is KIND_N with a known kind: nothing of the value in it.
bool placeholdersAreOnlyKindAndNumber(const QString &masked, QString *bad)
{
    static const QRegularExpression name(
        QStringLiteral("^(IPV4|IPV6|MAC|EMAIL|JWT|TOKEN|API_KEY|AWS_KEY|PASSWORD|SECRET|PRIVATE_KEY|MARKER|TEXT)_[1-9][0-9]*$"));
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(masked);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!name.match(match.captured(1)).hasMatch()) {
            *bad = match.captured();
            return false;
        }
    }
    return true;
}

}  // namespace

class SecretMaskerTest : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void exactMasking_data();
    void exactMasking();
    void sameValueSamePlaceholderAcrossCalls();
    void counts();
    void unmaskProviderEchoesInJson();
    void unmaskReplacesOnlyKnownPlaceholders();
    void roundTripOverFixturesAndRandomText();
    void placeholderLookAlikesInTheInputSurvive_data();
    void placeholderLookAlikesInTheInputSurvive();
};

void SecretMaskerTest::fixtures_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = fixtureNames();
    QVERIFY2(names.size() >= 10, "tests/fixtures/masking holds too few fixtures");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void SecretMaskerTest::fixtures()
{
    QFETCH(QString, name);
    const QString original = QString::fromUtf8(readFixture(QStringLiteral("masking/") + name + QStringLiteral(".txt")));
    const QStringList secrets = fixtureLines(name + QStringLiteral(".secrets"));
    const QStringList keep = fixtureLines(name + QStringLiteral(".keep"));
    QVERIFY(!secrets.isEmpty());
    QVERIFY(!keep.isEmpty());
    for (const QString &secret : secrets)
        QVERIFY2(original.contains(secret), qPrintable(QStringLiteral("the fixture does not hold \"%1\"").arg(secret)));

    SecretMasker masker;
    const QString masked = masker.mask(original);
    for (const QString &secret : secrets) {
        QVERIFY2(!masked.contains(secret), qPrintable(QStringLiteral("\"%1\" leaked:\n%2").arg(secret, masked)));
        // Nor any part of it: a value cut short at a "&" or a space leaks its tail.
        static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
        for (const QString &part : secret.split(separators, Qt::SkipEmptyParts)) {
            if (part.size() >= 6 && !QString(original).remove(secret).contains(part))
                QVERIFY2(!masked.contains(part), qPrintable(QStringLiteral("\"%1\" of \"%2\" leaked").arg(part, secret)));
        }
    }
    for (const QString &text : keep)
        QVERIFY2(masked.contains(text), qPrintable(QStringLiteral("\"%1\" did not survive:\n%2").arg(text, masked)));
    QString bad;
    QVERIFY2(placeholdersAreOnlyKindAndNumber(masked, &bad), qPrintable(bad));
    QCOMPARE(masker.unmask(masked), original);
    QVERIFY(masker.maskedCount() > 0);
    QVERIFY(!masker.kindsFound().isEmpty());

    // Deterministic: the same masker gives the same text again, a fresh one the same text.
    QCOMPARE(masker.mask(original), masked);
    SecretMasker other;
    QCOMPARE(other.mask(original), masked);
}

void SecretMaskerTest::exactMasking_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *input, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    // IPv4
    row("ipv4", "from 10.0.0.5 port 22", "from @@IPV4_1@@ port 22");
    row("ipv4 port kept", "upstream 10.0.0.5:8080 down", "upstream @@IPV4_1@@:8080 down");
    row("ipv4 prefix kept", "route 10.1.0.0/16 via 10.1.0.1", "route @@IPV4_1@@/16 via @@IPV4_2@@");
    row("ipv4 repeated", "a 10.0.0.5, b 10.0.0.6, a 10.0.0.5", "a @@IPV4_1@@, b @@IPV4_2@@, a @@IPV4_1@@");
    row("ipv4 ends a sentence", "lost 192.0.2.1.", "lost @@IPV4_1@@.");
    row("versions stay", "qt 6.4.2, nginx/1.22.1, ld 2.40, 1.2.3", "qt 6.4.2, nginx/1.22.1, ld 2.40, 1.2.3");
    row("five parts is a version", "build 1.2.3.4.5", "build 1.2.3.4.5");
    row("quads above 255 stay", "id 256.1.1.1 and 999.10.10.10", "id 256.1.1.1 and 999.10.10.10");
    row("loopback and any stay", "bind 127.0.0.1 and 0.0.0.0", "bind 127.0.0.1 and 0.0.0.0");
    // IPv6
    row("ipv6 compressed", "from 2001:db8::1 port 22", "from @@IPV6_1@@ port 22");
    row("ipv6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "@@IPV6_1@@");
    row("ipv6 bracketed with port", "[2001:db8::1]:443", "[@@IPV6_1@@]:443");
    row("ipv6 zone kept", "via fe80::1%eth0", "via @@IPV6_1@@%eth0");
    row("ipv6 embedded ipv4", "peer ::ffff:192.0.2.1 up", "peer @@IPV6_1@@ up");
    row("ipv6 trailing colon", "fe80::5054:ff:fe3a:1f9c: link up", "@@IPV6_1@@: link up");
    row("times stay", "at 12:30:45 and 01:02:03.456", "at 12:30:45 and 01:02:03.456");
    row("c++ scope stays", "std::string and Abc::Def", "std::string and Abc::Def");
    row("ipv6 loopback stays", "listen [::1]:80 and [::]:80", "listen [::1]:80 and [::]:80");
    row("pci slot stays", "pci 0000:00:1f.6 eth0", "pci 0000:00:1f.6 eth0");
    // MAC
    row("mac colons", "ether aa:bb:cc:dd:ee:0f brd ff:ff:ff:ff:ff:ff", "ether @@MAC_1@@ brd @@MAC_2@@");
    row("mac dashes", "hw AA-BB-CC-DD-EE-0F", "hw @@MAC_1@@");
    row("mac cisco", "mac 0050.56a1.2b3c vlan 12", "mac @@MAC_1@@ vlan 12");
    row("netfilter mac", "MAC=52:54:00:3a:1f:9c:52:54:00:de:ad:01:08:00 SRC", "MAC=@@MAC_1@@:@@MAC_2@@:08:00 SRC");
    // e-mail
    row("email", "mail to bob.smith+ops@example.co.uk now", "mail to @@EMAIL_1@@ now");
    row("systemd units stay", "getty@tty1.service user@1000.service", "getty@tty1.service user@1000.service");
    row("no domain stays", "root@localhost and @@ and a@b", "root@localhost and @@ and a@b");
    // URLs
    row("url password", "postgres://app:s3cret@db.example.com/app", "postgres://app:@@PASSWORD_1@@@db.example.com/app");
    row("url password and ip host", "redis://:pw-1@10.0.0.9:6379", "redis://:@@PASSWORD_1@@@@@IPV4_1@@:6379");
    row("url without password", "https://example.com:8443/x?y=1", "https://example.com:8443/x?y=1");
    // tokens and keys
    row("bearer", "Authorization: Bearer abcdef1234567890", "Authorization: Bearer @@TOKEN_1@@");
    row("basic", "authorization: Basic dXNlcjpwYXNz", "authorization: Basic @@TOKEN_1@@");
    row("token query", "GET /x?token=abc123&page=2", "GET /x?token=@@TOKEN_1@@&page=2");
    row("jwt", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl ok", "jwt @@JWT_1@@ ok");
    row("aws key id", "id AKIAIOSFODNN7EXAMPLE ok", "id @@AWS_KEY_1@@ ok");
    row("aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "aws_secret_access_key = @@SECRET_1@@");
    row("github", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "@@API_KEY_1@@");
    row("slack", "xoxb-1234-5678-abcdefghij", "@@API_KEY_1@@");
    row("google", "key AIzaSyD3aF7kLm9Qw2Er5Ty8Ui1Op4As6Df9Gh", "key @@API_KEY_1@@");
    row("gitlab", "glpat-Zq8Xw7Cv6Bn5Mk4Lj3Hg", "@@API_KEY_1@@");
    row("anthropic", "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2", "@@API_KEY_1@@");
    row("openai", "sk-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", "@@API_KEY_1@@");
    row("sk- slug stays", "disk-usage-report-for-all-mounts and sk-some-long-lowercase-slug",
        "disk-usage-report-for-all-mounts and sk-some-long-lowercase-slug");
    // KEY=value
    row("env password", "DB_PASSWORD=hunter2", "DB_PASSWORD=@@PASSWORD_1@@");
    row("yaml password", "  MYSQL_ROOT_PASSWORD: two words # prod", "  MYSQL_ROOT_PASSWORD: @@PASSWORD_1@@ # prod");
    row("json secret", R"({"api_key": "k-123", "port": 80})", R"({"api_key": "@@SECRET_1@@", "port": 80})");
    row("escaped json", R"("{\"password\":\"x1\"}")", R"("{\"password\":\"@@PASSWORD_1@@\"}")");
    row("flag", "app --password=pw1 --token tk-99 --port 8", "app --password=@@PASSWORD_1@@ --token @@TOKEN_1@@ --port 8");
    row("mysql -p", "mysql -u root -pS3cr3t db", "mysql -u root -p@@PASSWORD_1@@ db");
    row("working directory stays", "PWD=/home/x OLDPWD=/tmp", "PWD=/home/x OLDPWD=/tmp");
    row("about a secret stays", "PASSWORD_FILE=/run/secrets/db max_tokens=4096 token_type=Bearer",
        "PASSWORD_FILE=/run/secrets/db max_tokens=4096 token_type=Bearer");
    row("references stay", "password=${DB_PASSWORD} token=$TOKEN secret=<redacted> pass=****",
        "password=${DB_PASSWORD} token=$TOKEN secret=<redacted> pass=****");
    row("empty value stays", "ruser= rhost=host-a password= user=x", "ruser= rhost=host-a password= user=x");
    row("prose stays", "pam_unix: session: opened for user root", "pam_unix: session: opened for user root");
    row("random after key", "using key 3f9a0c77e1b24d5e8a61f0b2c9d4e7a1 now", "using key @@SECRET_1@@ now");
    row("known value elsewhere", "export PGPASSWORD=Sup3r-s3cret\npsql --host db Sup3r-s3cret",
        "export PGPASSWORD=@@PASSWORD_1@@\npsql --host db @@PASSWORD_1@@");
    row("environment line", "MYSQL_PWD=c0rrect horse&battery\nTZ=UTC", "MYSQL_PWD=@@PASSWORD_1@@\nTZ=UTC");
    row("private key block",
        "before\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\nabc=\n-----END EC PRIVATE KEY-----\nafter",
        "before\n@@PRIVATE_KEY_1@@\nafter");
    row("placeholder look-alike", "literal @@IPV4_1@@ and 10.0.0.1", "literal @@MARKER_1@@ and @@IPV4_1@@");
    row("nothing to mask", "CPU busy 97 % for 2 min on web-03 (load 3.4)", "CPU busy 97 % for 2 min on web-03 (load 3.4)");
}

void SecretMaskerTest::exactMasking()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    SecretMasker masker;
    const QString masked = masker.mask(input);
    QCOMPARE(masked, expected);
    QCOMPARE(masker.unmask(masked), input);
}

void SecretMaskerTest::sameValueSamePlaceholderAcrossCalls()
{
    SecretMasker masker;
    QCOMPARE(masker.mask(QStringLiteral("a 10.0.0.1")), QStringLiteral("a @@IPV4_1@@"));
    QCOMPARE(masker.mask(QStringLiteral("b 10.0.0.2 c 10.0.0.1")), QStringLiteral("b @@IPV4_2@@ c @@IPV4_1@@"));
    // One value, one placeholder, whatever found it.
    QCOMPARE(masker.mask(QStringLiteral("DB_PASSWORD=Sup3r-s3cret")), QStringLiteral("DB_PASSWORD=@@PASSWORD_1@@"));
    QCOMPARE(masker.mask(QStringLiteral("mysql -pSup3r-s3cret")), QStringLiteral("mysql -p@@PASSWORD_1@@"));
    QCOMPARE(masker.mask(QStringLiteral("echo Sup3r-s3cret")), QStringLiteral("echo @@PASSWORD_1@@"));
    QCOMPARE(masker.unmask(QStringLiteral("@@IPV4_1@@ @@IPV4_2@@ @@PASSWORD_1@@")),
             QStringLiteral("10.0.0.1 10.0.0.2 Sup3r-s3cret"));
    QCOMPARE(masker.maskedCount(), 3);
}

void SecretMaskerTest::counts()
{
    SecretMasker masker;
    QCOMPARE(masker.maskedCount(), 0);
    QVERIFY(masker.kindsFound().isEmpty());
    masker.mask(QStringLiteral("10.0.0.1 10.0.0.2 10.0.0.1 bob@example.com password=x1 "
                               "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"));
    QCOMPARE(masker.maskedCount(), 5);
    QCOMPARE(masker.kindsFound(), (QStringList{QStringLiteral("email"), QStringLiteral("ipv4"), QStringLiteral("jwt"),
                                               QStringLiteral("password")}));
}

void SecretMaskerTest::unmaskProviderEchoesInJson()
{
    SecretMasker masker;
    const QString masked = masker.mask(QStringLiteral("host 10.0.0.7 failed\nDB_PASSWORD=pa\"ss\\w0rd"));
    QCOMPARE(masked, QStringLiteral("host @@IPV4_1@@ failed\nDB_PASSWORD=@@PASSWORD_1@@"));

    // The provider answers in JSON: parsed first, then each string unmasked.
    const QByteArray answer = R"({"analysis": "@@IPV4_1@@ is down", "command": "ping -c1 @@IPV4_1@@"})";
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    QCOMPARE(masker.unmask(object.value(QLatin1String("analysis")).toString()), QStringLiteral("10.0.0.7 is down"));
    QCOMPARE(masker.unmask(object.value(QLatin1String("command")).toString()), QStringLiteral("ping -c1 10.0.0.7"));

    // Escaped in the raw JSON text (\u0040 for "@", \u005f for "_"): unmasked in place, and a value
    // with quotes and backslashes is escaped so that the JSON stays valid.
    const QString raw = QStringLiteral(
        R"({"a": "\u0040\u0040IPV4_1\u0040\u0040", "b": "\u0040\u0040PASSWORD\u005f1\u0040\u0040", "c": "@@IPV4_1@@"})");
    QJsonParseError error;
    const QJsonObject unmasked = QJsonDocument::fromJson(masker.unmask(raw).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(unmasked.value(QLatin1String("a")).toString(), QStringLiteral("10.0.0.7"));
    QCOMPARE(unmasked.value(QLatin1String("b")).toString(), QStringLiteral("pa\"ss\\w0rd"));
    QCOMPARE(unmasked.value(QLatin1String("c")).toString(), QStringLiteral("10.0.0.7"));
}

void SecretMaskerTest::unmaskReplacesOnlyKnownPlaceholders()
{
    SecretMasker masker;
    masker.mask(QStringLiteral("10.0.0.1"));
    const QStringList untouched = {QStringLiteral("user@@host"), QStringLiteral("@@"), QStringLiteral("@@@@"),
                                   QStringLiteral("@@IPV4_99@@"), QStringLiteral("@@ipv4_1@@"),
                                   QStringLiteral("@@IPV4_1"), QStringLiteral("IPV4_1@@"), QStringLiteral("a@@b@@c"),
                                   QStringLiteral("@@ IPV4_1 @@")};
    for (const QString &text : untouched)
        QCOMPARE(masker.unmask(text), text);
    QCOMPARE(masker.unmask(QStringLiteral("@@@IPV4_1@@@")), QStringLiteral("@10.0.0.1@"));
    QCOMPARE(masker.unmask(QStringLiteral("@@x@@IPV4_1@@")), QStringLiteral("@@x10.0.0.1"));
    QCOMPARE(masker.unmask(QStringLiteral("@@IPV4_1@@@@IPV4_1@@")), QStringLiteral("10.0.0.110.0.0.1"));
}

void SecretMaskerTest::roundTripOverFixturesAndRandomText()
{
    // One masker for everything, as the console keeps one per conversation: earlier values must
    // never disturb later round trips.
    SecretMasker shared;
    QString all;
    for (const QString &name : fixtureNames()) {
        const QString text = QString::fromUtf8(readFixture(QStringLiteral("masking/") + name + QStringLiteral(".txt")));
        QCOMPARE(shared.unmask(shared.mask(text)), text);
        all += text;
    }
    QCOMPARE(shared.unmask(shared.mask(all)), all);

    // Random text built from pieces that provoke the detectors and the placeholder syntax.
    const QStringList pieces = {
        QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("@@"), QStringLiteral("@"),
        QStringLiteral("@@IPV4_1@@"), QStringLiteral("IPV4_1"),
        QStringLiteral("@@IPV4_1"), QStringLiteral("IPV4_1@@"), QStringLiteral("@IPV4_1@"), QStringLiteral("@@PASSWORD_1"), QStringLiteral("PASSWORD_1"), QStringLiteral("_1"),
        QStringLiteral("\\u0040"), QStringLiteral("\\u005f"), QStringLiteral("password="), QStringLiteral("token: "),
        QStringLiteral("a@b.com"), QStringLiteral("fe80::1"), QStringLiteral("aa:bb:cc:dd:ee:ff"), QStringLiteral(":"),
        QStringLiteral("."), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("\""), QStringLiteral("{"),
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"), QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
        QStringLiteral("-----BEGIN PRIVATE KEY-----"), QStringLiteral("-----END PRIVATE KEY-----"),
        QStringLiteral("hunter22"), QStringLiteral("https://u:"), QStringLiteral("Bearer "), QStringLiteral("한글"),
        QStringLiteral("x"), QStringLiteral("Z9"),
    };
    QRandomGenerator random(20240314);
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int count = random.bounded(0, 24);
        for (int p = 0; p < count; ++p) {
            if (random.bounded(4) == 0)
                text += QChar(char16_t(random.bounded(0x20, 0x7f)));
            else
                text += pieces.at(random.bounded(pieces.size()));
        }
        SecretMasker fresh;
        const QString masked = fresh.mask(text);
        QVERIFY2(fresh.unmask(masked) == text, qPrintable(QStringLiteral("fresh masker broke: [%1] -> [%2]").arg(text, masked)));
        QVERIFY2(shared.unmask(shared.mask(text)) == text, qPrintable(QStringLiteral("shared masker broke: [%1]").arg(text)));
    }
}

void SecretMaskerTest::placeholderLookAlikesInTheInputSurvive_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("glued before") << QStringLiteral("@@IPV4_1@10.0.0.1");
    QTest::newRow("glued after") << QStringLiteral("10.0.0.1@IPV4_1@@");
    QTest::newRow("between two") << QStringLiteral("x=10.0.0.1 password=abc@IPV4_1@10.0.0.2");
    QTest::newRow("name between") << QStringLiteral("password=\"pw\"IPV4_1@@ 10.0.0.1");
    QTest::newRow("escaped") << QStringLiteral("\\u0040\\u0040IPV4_1\\u0040\\u0040 10.0.0.1");
    QTest::newRow("overlapping") << QStringLiteral("@@A@@IPV4_1@@B@@ 10.0.0.1");
}

void SecretMaskerTest::placeholderLookAlikesInTheInputSurvive()
{
    QFETCH(QString, input);
    SecretMasker masker;
    const QString masked = masker.mask(input);
    QVERIFY(!masked.contains(QLatin1String("10.0.0.1")));
    QCOMPARE(masker.unmask(masked), input);
}

QTEST_GUILESS_MAIN(SecretMaskerTest)
#include "test_secret_masker.moc"
