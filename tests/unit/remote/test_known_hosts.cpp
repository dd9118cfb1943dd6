// Host keys against known_hosts files as OpenSSH writes them: plain, [host]:port, hashed names,
// wildcards, @revoked; accepting a key writes the console's own file (0600) and nothing else.
#include "agent_unit.h"
#include "known_hosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mirrorstage::remote;

namespace {

const QString kFixtures = QStringLiteral(MIRRORSTAGE_FIXTURES "/ssh/");

HostKey keyA()
{
    return {QStringLiteral("ssh-ed25519"),
            QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIGJ1bWJsZWJlZWJ1bWJsZWJlZWJ1bWJsZWJlZWJ1bWJs")};
}

HostKey keyB()
{
    return {QStringLiteral("ssh-ed25519"),
            QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHdhc3B3YXNwd2FzcHdhc3B3YXNwd2FzcHdhc3B3YXNw")};
}

}  // namespace

class KnownHostsTest : public QObject {
    Q_OBJECT
private slots:
    void checksAgainstTheOperatorsFile_data();
    void checksAgainstTheOperatorsFile();
    void fingerprintIsSha256InUnpaddedBase64();
    void acceptWritesOnlyTheConsolesFile();
    void unitIsHardened();
};

void KnownHostsTest::checksAgainstTheOperatorsFile_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("presentsKeyA");
    QTest::addColumn<QString>("status");

    QTest::newRow("plain entry, same key") << "10.0.0.11" << 22 << true << "known";
    QTest::newRow("plain entry, another key") << "10.0.0.11" << 22 << false << "changed";
    QTest::newRow("port 2200 entry does not cover port 22") << "10.0.0.12" << 22 << true << "unknown";
    QTest::newRow("name in a list of names") << "app-2" << 22 << true << "changed";
    QTest::newRow("hashed name, same key") << "hashed-host" << 22 << true << "known";
    QTest::newRow("hashed name, another key") << "hashed-host" << 22 << false << "changed";
    QTest::newRow("hashed [host]:port, other key type") << "10.0.0.13" << 2201 << true << "changed";
    QTest::newRow("wildcard") << "db.wild" << 22 << true << "known";
    QTest::newRow("revoked key") << "10.0.0.66" << 22 << true << "error";
    QTest::newRow("never seen") << "new.example" << 22 << true << "unknown";
}

void KnownHostsTest::checksAgainstTheOperatorsFile()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, presentsKeyA);
    QFETCH(QString, status);
    QTemporaryDir dir;
    const KnownHosts knownHosts(dir.filePath(QStringLiteral("console_known_hosts")), {kFixtures + QStringLiteral("known_hosts")});
    const HostKey key = presentsKeyA ? keyA() : keyB();
    const HostKeyCheck check = knownHosts.check(host, port, key);
    QCOMPARE(hostKeyStatusKey(check.status), status);
    QCOMPARE(check.fingerprint, key.fingerprint());
    QVERIFY2(check.message.contains(check.fingerprint), qPrintable(check.message));
    if (status == QLatin1String("changed")) {
        QVERIFY(!check.knownFingerprints.isEmpty());
        QVERIFY(!check.knownFingerprints.contains(check.fingerprint));
        QVERIFY(check.message.contains(QLatin1String("CHANGED")));
    }
}

void KnownHostsTest::fingerprintIsSha256InUnpaddedBase64()
{
    const QString fingerprint = keyA().fingerprint();
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(fingerprint.size(), 7 + 43);  // 32 bytes in base64 without the trailing '='
    QVERIFY(!fingerprint.endsWith(QLatin1Char('=')));
    QVERIFY(keyA().fingerprint() != keyB().fingerprint());
}

void KnownHostsTest::acceptWritesOnlyTheConsolesFile()
{
    QTemporaryDir dir;
    const QString operatorsFile = dir.filePath(QStringLiteral("operator_known_hosts"));
    QVERIFY(QFile::copy(kFixtures + QStringLiteral("known_hosts"), operatorsFile));
    const QByteArray operatorsBefore = [&] {
        QFile f(operatorsFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QString consoleFile = dir.filePath(QStringLiteral("console/known_hosts"));
    const KnownHosts knownHosts(consoleFile, {operatorsFile});
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), 2222, keyB()).status, HostKeyStatus::Unknown);
    QString error;
    QVERIFY2(knownHosts.accept(QStringLiteral("127.0.0.1"), 2222, keyB(), &error), qPrintable(error));
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), 2222, keyB()).status, HostKeyStatus::Known);
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), 2222, keyA()).status, HostKeyStatus::Changed);
    // Another port of the same address is another host.
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), 22, keyB()).status, HostKeyStatus::Unknown);
    QFile written(consoleFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("[127.0.0.1]:2222 ssh-ed25519 " + keyB().blob.toBase64() + "\n"));
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                      | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile operators(operatorsFile);
    QVERIFY(operators.open(QIODevice::ReadOnly));
    QCOMPARE(operators.readAll(), operatorsBefore);
}

void KnownHostsTest::unitIsHardened()
{
    AgentLayout layout;
    layout.prefix = QStringLiteral("/srv/ms");
    const QString unit = systemdUnitText(layout);
    for (const char *line : {"ExecStart=/srv/ms/bin/reflector --config /srv/ms/etc/reflector.json", "ProtectSystem=strict",
                              "ProtectHome=yes", "NoNewPrivileges=yes", "PrivateTmp=yes", "Restart=on-failure",
                              "StateDirectory=mirrorstage-reflector",
                              "ReadWritePaths=/srv/ms/var/lib/mirrorstage-reflector", "WantedBy=multi-user.target"})
        QVERIFY2(unit.split(QLatin1Char('\n')).contains(QString::fromLatin1(line)), line);
}

QTEST_GUILESS_MAIN(KnownHostsTest)
#include "test_known_hosts.moc"
