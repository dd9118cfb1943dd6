// Private key files (the agent's own, and a headless console's --key-file): made 0600 from the
// start, read back the same, refused when others could read them.
#include "key_file.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace mirrorstage;

class KeyFileTest : public QObject {
    Q_OBJECT
private slots:
    void madeOnFirstUseWithMode0600();
    void readBackTheSameKey();
    void readableByOthersIsRefused();
    void garbageIsRefused();
    void missingIsAnErrorForLoad();
};

void KeyFileTest::madeOnFirstUseWithMode0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.key"));
    QString error;
    QVERIFY2(KeyFile::loadOrCreate(path, &error), qPrintable(error));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
}

void KeyFileTest::readBackTheSameKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agent.key"));
    QString error;
    const auto made = KeyFile::loadOrCreate(path, &error);
    const auto again = KeyFile::loadOrCreate(path, &error);
    QVERIFY(made && again);
    QCOMPARE(again->publicKey(), made->publicKey());
}

void KeyFileTest::readableByOthersIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.key"));
    QString error;
    QVERIFY(KeyFile::loadOrCreate(path, &error));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QVERIFY(!KeyFile::loadOrCreate(path, &error));
    QVERIFY2(error.contains(QLatin1String("can be read by other users")) && error.contains(QLatin1String("chmod 600")),
             qPrintable(error));
}

void KeyFileTest::garbageIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a key\n");
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
    QString error;
    QVERIFY(!KeyFile::loadOrCreate(path, &error));
    QVERIFY2(error.contains(QLatin1String("not an Ed25519 private key")), qPrintable(error));
}

void KeyFileTest::missingIsAnErrorForLoad()
{
    QString error;
    QVERIFY(!KeyFile::load(QStringLiteral("/nonexistent/console.key"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/console.key")), qPrintable(error));
}

QTEST_GUILESS_MAIN(KeyFileTest)
#include "test_key_file.moc"
