// Keys and signatures: what one key signs, only its public key verifies, and nothing else.
#include "ed25519.h"

#include <QTest>

using namespace mirrorstage;

class Ed25519Test : public QObject {
    Q_OBJECT
private slots:
    void signAndVerify();
    void tamperedMessageOrSignatureFails();
    void pemRoundTrip();
    void rawPrivateKeyRoundTrip();
    void agentIdIsStableAndShort();
    void garbageKeysAreRefused();
};

void Ed25519Test::signAndVerify()
{
    const auto key = Ed25519Key::generate();
    QVERIFY(key);
    QCOMPARE(key->publicKey().size(), 32);
    const QByteArray signature = key->sign("hello");
    QCOMPARE(signature.size(), 64);
    QVERIFY(verifyEd25519(key->publicKey(), "hello", signature));
}

void Ed25519Test::tamperedMessageOrSignatureFails()
{
    const auto key = Ed25519Key::generate();
    const auto other = Ed25519Key::generate();
    QByteArray signature = key->sign("approve 42");
    QVERIFY(!verifyEd25519(key->publicKey(), "approve 43", signature));
    QVERIFY(!verifyEd25519(other->publicKey(), "approve 42", signature));
    signature[10] = char(signature[10] ^ 1);
    QVERIFY(!verifyEd25519(key->publicKey(), "approve 42", signature));
    QVERIFY(!verifyEd25519(key->publicKey(), "approve 42", signature.left(63)));
}

void Ed25519Test::pemRoundTrip()
{
    const auto key = Ed25519Key::generate();
    const QByteArray pem = key->toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const auto loaded = Ed25519Key::fromPem(pem);
    QVERIFY(loaded);
    QCOMPARE(loaded->publicKey(), key->publicKey());
}

void Ed25519Test::rawPrivateKeyRoundTrip()
{
    const auto key = Ed25519Key::generate();
    const auto loaded = Ed25519Key::fromPrivateKey(key->privateKey());
    QVERIFY(loaded);
    QCOMPARE(loaded->publicKey(), key->publicKey());
    QVERIFY(verifyEd25519(key->publicKey(), "x", loaded->sign("x")));
}

void Ed25519Test::agentIdIsStableAndShort()
{
    const auto key = Ed25519Key::generate();
    const QString id = agentIdForKey(key->publicKey());
    QCOMPARE(id.size(), 32);
    QCOMPARE(id, agentIdForKey(key->publicKey()));
    QVERIFY(id != agentIdForKey(Ed25519Key::generate()->publicKey()));
}

void Ed25519Test::garbageKeysAreRefused()
{
    QVERIFY(!Ed25519Key::fromPem("-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n"));
    QVERIFY(!Ed25519Key::fromPrivateKey(QByteArray(31, 'x')));
    QVERIFY(!verifyEd25519(QByteArray(32, '\0'), "x", QByteArray(64, '\0')));
}

QTEST_GUILESS_MAIN(Ed25519Test)
#include "test_ed25519.moc"
