// Host ▸ SSH… over a real store in a temporary folder and the real keychain: the details are saved
// (read back through SshHostRepository), a typed password goes to the keychain and never into the
// SQLite files, suggestions come from the fixture files, and the host-key check runs against a
// private sshd on 127.0.0.1 (its own host key, a free port, as tests/integration/test_ssh_remote.cpp
// starts one): unknown shows the fingerprint and "Trust" writes it to known_hosts; changed is
// shown in red with nothing to trust; "Install agent" lists its steps and stops at the first
// failure (the host key is not trusted in that known_hosts file).
#include "ssh_host_dialog.h"
#include "store_client.h"

#include "remote.h"
#include "secret_store.h"
#include "store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <csignal>
#include <unistd.h>

using namespace mirrorstage;
using namespace mirrorstage::app;

namespace {

const QString kFixtures = QStringLiteral(MIRRORSTAGE_FIXTURES "/ssh/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

remote::HostSuggestionSources fixtureSources()
{
    remote::HostSuggestionSources sources;
    sources.sshConfigs = {kFixtures + QStringLiteral("ssh_config")};
    sources.knownHosts = {kFixtures + QStringLiteral("known_hosts")};
    sources.arpTable = kFixtures + QStringLiteral("arp");
    sources.leaseFiles = {kFixtures + QStringLiteral("dhcpd.leases"), kFixtures + QStringLiteral("dnsmasq.leases")};
    return sources;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class SshHostDialogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesDetailsAndKeepsThePasswordOutOfSqlite();
    void suggestionsFromFixtureFiles();
    void unknownHostKeyShowsFingerprintAndTrustWritesIt();
    void changedHostKeyIsShownLoudlyWithoutTrust();
    void installAgentStopsAtTheFirstFailedStep();

private:
    SshHostDialog::Options options(const QString &name, const QString &knownHostsFile) const;
    QString fingerprintOf(const QString &pub) const;

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<StoreClient> m_store;
    quint16 m_port = 0;
    qint64 m_sshdPid = 0;
};

void SshHostDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The console's settings and files of this process live in the temporary folder.
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    m_dbPath = m_dir.filePath(QStringLiteral("console.db"));
    m_store = std::make_unique<StoreClient>(m_dbPath);
    QString error;
    QVERIFY2(m_store->start(&error), qPrintable(error));

    // A private sshd: only its host key matters here (nobody logs in).
    QVERIFY2(::geteuid() == 0, "this suite starts its own sshd: run it as root (as CI does)");
    QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")), "openssh-server is needed (DESIGN.md lists the packages)");
    for (const char *key : {"hostkey", "otherhostkey"})
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                           QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                           m_dir.filePath(QString::fromLatin1(key))});
    m_port = freeLoopbackPort();
    QVERIFY(m_port != 0);
    QVERIFY(QDir().mkpath(QStringLiteral("/run/sshd")));
    const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nPidFile %3\nStrictModes no\nUsePAM no\n"
                              "PasswordAuthentication no\nKbdInteractiveAuthentication no\n")
                   .arg(m_port)
                   .arg(m_dir.filePath(QStringLiteral("hostkey")), m_dir.filePath(QStringLiteral("sshd.pid")))
                   .toUtf8());
    file.close();
    QProcess sshd;
    sshd.setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")));
    sshd.setStandardErrorFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    sshd.setProgram(QStringLiteral("/usr/sbin/sshd"));
    sshd.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    QVERIFY(sshd.startDetached(&m_sshdPid));
    QTRY_VERIFY_WITH_TIMEOUT(readAll(m_dir.filePath(QStringLiteral("sshd.log"))).contains("Server listening"), 20'000);
}

void SshHostDialogTest::cleanupTestCase()
{
    if (m_sshdPid > 1)
        ::kill(pid_t(m_sshdPid), SIGTERM);
    m_store.reset();
}

SshHostDialog::Options SshHostDialogTest::options(const QString &name, const QString &knownHostsFile) const
{
    SshHostDialog::Options o;
    o.name = name;
    o.operatorName = QStringLiteral("console:tester");
    o.endpoint = QStringLiteral("ws://127.0.0.1:1/agents");
    o.knownHosts = remote::KnownHosts(m_dir.filePath(knownHostsFile), {});
    o.suggestionSources = fixtureSources();
    return o;
}

QString SshHostDialogTest::fingerprintOf(const QString &pub) const
{
    // "256 SHA256:... comment (ED25519)"
    return run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), pub}).section(QLatin1Char(' '), 1, 1);
}

void SshHostDialogTest::savesDetailsAndKeepsThePasswordOutOfSqlite()
{
    const QByteArray password = "pw-" + QByteArray::number(quint64(::getpid()) * 7919u, 36) + "-never-in-sqlite";
    const QString keyFile = m_dir.filePath(QStringLiteral("otherhostkey"));
    SshHostDialog dialog(*m_store, options(QString(), QStringLiteral("kh_save")));
    QSignalSpy loaded(&dialog, &SshHostDialog::loaded);
    QSignalSpy saved(&dialog, &SshHostDialog::saved);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20'000);
    QVERIFY(!dialog.nameEdit()->isReadOnly());  // a new agentless host: the operator names it
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);

    // Nothing is saved without an address and a user, and the dialog says so.
    dialog.nameEdit()->setText(QStringLiteral("lab-7"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sshSave")), Qt::LeftButton);
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("address")));
    QCOMPARE(saved.count(), 0);

    dialog.addressEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portBox()->setValue(2022);
    dialog.userEdit()->setText(QStringLiteral("ops"));
    dialog.keyFileEdit()->setText(keyFile);
    dialog.jumpHostEdit()->setText(QStringLiteral("bastion@127.0.0.1:2200"));
    dialog.passwordEdit()->setText(QString::fromUtf8(password));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sshSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());

    store::Database db(m_dbPath, QStringLiteral("test-reader"));
    QVERIFY(db.isOpen());
    QString error;
    const std::optional<store::SshHostRecord> record = store::SshHostRepository(db.connection()).find(QStringLiteral("lab-7"), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->address, QStringLiteral("127.0.0.1"));
    QCOMPARE(record->port, 2022);
    QCOMPARE(record->user, QStringLiteral("ops"));
    QCOMPARE(record->keyFile, keyFile);
    QCOMPARE(record->jumpHost, QStringLiteral("bastion@127.0.0.1:2200"));
    QVERIFY(record->agentId.isEmpty());
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'ssh.host-saved'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("console:tester"));

    // The password is in the keychain under the host's entry, and in no SQLite file.
    const secrets::SecretResult stored = secrets::SecretStore().readNow(store::SshHostRepository::passwordKey(QStringLiteral("lab-7")));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.value, password);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        const QByteArray bytes = readAll(m_dbPath + suffix);
        QVERIFY2(!bytes.contains(password), qPrintable(m_dbPath + suffix));
    }
    QVERIFY(!readAll(m_dbPath).isEmpty());

    // Opened again, the details come back; the password field stays empty (never shown).
    SshHostDialog again(*m_store, options(QStringLiteral("lab-7"), QStringLiteral("kh_save")));
    QSignalSpy loadedAgain(&again, &SshHostDialog::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loadedAgain.count(), 1, 20'000);
    QCOMPARE(again.addressEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(again.portBox()->value(), 2022);
    QCOMPARE(again.userEdit()->text(), QStringLiteral("ops"));
    QVERIFY(again.passwordEdit()->text().isEmpty());
}

void SshHostDialogTest::suggestionsFromFixtureFiles()
{
    SshHostDialog dialog(*m_store, options(QString(), QStringLiteral("kh_suggest")));
    QComboBox *box = dialog.suggestionBox();
    const remote::HostSuggestionReport report = remote::HostSuggestions::collect(fixtureSources());
    QVERIFY(report.hosts.size() >= 2);
    QCOMPARE(box->count(), int(report.hosts.size()) + 1);
    int web = -1;
    for (int i = 1; i < box->count(); ++i) {
        if (box->itemText(i).startsWith(QStringLiteral("web-1 ")))
            web = i;
    }
    QVERIFY2(web > 0, "the ssh_config fixture's web-1 is offered");
    QVERIFY(box->itemText(web).contains(QStringLiteral("deploy@10.0.0.11:2222")));
    box->setCurrentIndex(web);
    emit box->activated(web);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("web-1"));
    QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("10.0.0.11"));
    QCOMPARE(dialog.portBox()->value(), 2222);
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("deploy"));
}

void SshHostDialogTest::unknownHostKeyShowsFingerprintAndTrustWritesIt()
{
    const QString fingerprint = fingerprintOf(m_dir.filePath(QStringLiteral("hostkey.pub")));
    QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
    SshHostDialog dialog(*m_store, options(QString(), QStringLiteral("kh_trust")));
    QSignalSpy checked(&dialog, &SshHostDialog::hostKeyChecked);
    QSignalSpy trusted(&dialog, &SshHostDialog::hostKeyTrusted);
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("sshd-under-test"));
    dialog.addressEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portBox()->setValue(m_port);
    dialog.userEdit()->setText(QStringLiteral("root"));
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30'000);
    QCOMPARE(checked.first().first().value<remote::HostKeyStatus>(), remote::HostKeyStatus::Unknown);
    QVERIFY2(dialog.hostKeyLabel()->text().contains(fingerprint), qPrintable(dialog.hostKeyLabel()->text()));
    QVERIFY(dialog.trustButton()->isVisible());
    QVERIFY(readAll(m_dir.filePath(QStringLiteral("kh_trust"))).isEmpty());

    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QCOMPARE(trusted.count(), 1);
    QCOMPARE(trusted.first().first().toString(), fingerprint);
    const QByteArray knownHosts = readAll(m_dir.filePath(QStringLiteral("kh_trust")));
    QVERIFY2(knownHosts.contains(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_port).toUtf8()), knownHosts.constData());
    const QByteArray pub = readAll(m_dir.filePath(QStringLiteral("hostkey.pub"))).split(' ').value(1);
    QVERIFY(knownHosts.contains(pub));
    QVERIFY(!dialog.trustButton()->isVisible());
    QVERIFY(dialog.hostKeyLabel()->text().startsWith(QStringLiteral("Known")));

    // A second check now finds it known, through the file Trust wrote.
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 30'000);
    QCOMPARE(checked.last().first().value<remote::HostKeyStatus>(), remote::HostKeyStatus::Known);
}

void SshHostDialogTest::changedHostKeyIsShownLoudlyWithoutTrust()
{
    // known_hosts has another key for this very host and port.
    const QByteArray other = readAll(m_dir.filePath(QStringLiteral("otherhostkey.pub")));
    QFile file(m_dir.filePath(QStringLiteral("kh_changed")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + other.split(' ').mid(0, 2).join(' ') + '\n');
    file.close();
    SshHostDialog dialog(*m_store, options(QString(), QStringLiteral("kh_changed")));
    QSignalSpy checked(&dialog, &SshHostDialog::hostKeyChecked);
    dialog.show();
    dialog.addressEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portBox()->setValue(m_port);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30'000);
    QCOMPARE(checked.first().first().value<remote::HostKeyStatus>(), remote::HostKeyStatus::Changed);
    QVERIFY(dialog.hostKeyLabel()->text().contains(QStringLiteral("CHANGED")));
    QVERIFY(dialog.hostKeyLabel()->text().contains(fingerprintOf(m_dir.filePath(QStringLiteral("otherhostkey.pub")))));
    QVERIFY(dialog.hostKeyLabel()->styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(!dialog.trustButton()->isVisible());
    QCOMPARE(readAll(m_dir.filePath(QStringLiteral("kh_changed"))).count('\n'), 1);  // nothing added
}

void SshHostDialogTest::installAgentStopsAtTheFirstFailedStep()
{
    // The console has run with this store (its public key goes into the agent's configuration).
    {
        store::Database db(m_dbPath, QStringLiteral("test-identity"));
        QString error;
        QVERIFY2(store::ConsoleIdentity(db.connection()).savePublicKey(QByteArray(32, 'K'), &error), qPrintable(error));
    }
    SshHostDialog::Options o = options(QStringLiteral("install-target"), QStringLiteral("kh_install"));
    o.reflectorBinary = QStringLiteral("/bin/true");  // never copied: the unknown host key stops the install first
    SshHostDialog dialog(*m_store, o);
    QSignalSpy loaded(&dialog, &SshHostDialog::loaded);
    QSignalSpy finished(&dialog, &SshHostDialog::installFinished);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20'000);
    dialog.addressEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portBox()->setValue(m_port);
    dialog.userEdit()->setText(QStringLiteral("root"));
    QTest::mouseClick(dialog.installButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTreeWidget *steps = dialog.installSteps();
    QVERIFY(steps->isVisible());
    QVERIFY(steps->topLevelItemCount() >= 2);
    // Every step but the last finished; the last one failed, with the reason; nothing after it ran.
    QTreeWidgetItem *last = steps->topLevelItem(steps->topLevelItemCount() - 1);
    QCOMPARE(last->text(0), QStringLiteral("host-key"));
    QVERIFY2(last->text(2).contains(QStringLiteral("SHA256:")), qPrintable(last->text(2)));
    QCOMPARE(last->data(1, Qt::UserRole).toString(), QStringLiteral("failed"));
    QVERIFY(!last->text(2).isEmpty());
    for (int i = 0; i + 1 < steps->topLevelItemCount(); ++i)
        QCOMPARE(steps->topLevelItem(i)->data(1, Qt::UserRole).toString(), QStringLiteral("done"));
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        QVERIFY(steps->topLevelItem(i)->text(0) != QStringLiteral("upload"));
    QVERIFY(dialog.statusLabel()->text().contains(finished.first().at(1).toString()));
    // The details were saved before the install began (the installer links the agent to them).
    store::Database db(m_dbPath, QStringLiteral("test-install-reader"));
    QString error;
    QVERIFY(store::SshHostRepository(db.connection()).find(QStringLiteral("install-target"), &error));
}

QTEST_MAIN(SshHostDialogTest)
#include "test_ssh_host_dialog.moc"
