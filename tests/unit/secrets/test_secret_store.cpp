// Secrets against the real Secret Service (gnome-keyring in the private D-Bus session that
// ./run-tests starts). Without one this test fails: a skip would hide a missing keychain.
#include "secret_store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace mirrorstage::secrets;

class SecretStoreTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemove();
    void missingEntryIsNotFound();
    void noSecretServiceIsSaidPlainly();

private:
    SecretStore m_store{QStringLiteral("mirrorstage-test")};
    QString m_key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void SecretStoreTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite through ./run-tests, which starts gnome-keyring");
}

void SecretStoreTest::writeReadRemove()
{
    const QByteArray secret("\x00\x01 binary secret \xff", 19);
    const SecretResult written = m_store.writeNow(m_key, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const SecretResult read = m_store.readNow(m_key);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, secret);
    QVERIFY(m_store.removeNow(m_key).ok());
    QCOMPARE(m_store.readNow(m_key).status, SecretStatus::NotFound);
}

void SecretStoreTest::missingEntryIsNotFound()
{
    const SecretResult read = m_store.readNow(QStringLiteral("never-written"));
    QCOMPARE(read.status, SecretStatus::NotFound);
    QVERIFY(read.message.contains(QLatin1String("never-written")));
}

void SecretStoreTest::noSecretServiceIsSaidPlainly()
{
    // In a process whose session bus does not exist, the keychain is unavailable, in words.
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.insert(QStringLiteral("SECRET_STORE_PROBE"), QStringLiteral("1"));
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(60000));
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(output.startsWith(QLatin1String("unavailable:")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("gnome-keyring")), qPrintable(output));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SECRET_STORE_PROBE")) {
        const SecretResult result = SecretStore(QStringLiteral("mirrorstage-test")).readNow(QStringLiteral("anything"));
        const char *status = result.status == SecretStatus::Unavailable ? "unavailable" : "other";
        std::printf("%s: %s\n", status, qPrintable(result.message));
        return 0;
    }
    SecretStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_secret_store.moc"
