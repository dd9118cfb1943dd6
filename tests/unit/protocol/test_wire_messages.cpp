// The wire protocol: every message survives a round trip, and every malformed frame is refused
// with the reason an operator would read in the log.
#include "wire_messages.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::wire;

namespace {

template <typename T>
T roundTrip(const T &message)
{
    const DecodeResult result = decodeMessage(encodeMessage(message));
    if (const auto *failure = std::get_if<DecodeFailure>(&result))
        qFatal("round trip failed: %s", qPrintable(failure->reason()));
    return std::get<T>(std::get<Message>(result));
}

QString refusal(const QByteArray &frame, qsizetype maxFrame = kDefaultMaxFrameBytes)
{
    const DecodeResult result = decodeMessage(frame, maxFrame);
    const auto *failure = std::get_if<DecodeFailure>(&result);
    return failure ? failure->reason() : QStringLiteral("accepted");
}

QByteArray frameOf(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

QCborMap validAck()
{
    return QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("t"), QStringLiteral("ack")},
                    {QStringLiteral("boot"), QStringLiteral("b1")}, {QStringLiteral("seq"), 7}};
}

}  // namespace

class WireMessagesTest : public QObject {
    Q_OBJECT
private slots:
    void helloRoundTrip();
    void batchRoundTrip();
    void welcomeRoundTrip();
    void smallMessagesRoundTrip();
    void refused_data();
    void refused();
    void unknownFieldsAreIgnored();
    void signedTextsDifferByPurpose();
};

void WireMessagesTest::helloRoundTrip()
{
    Hello hello;
    hello.agentId = QStringLiteral("0123456789abcdef0123456789abcdef");
    hello.publicKey = QByteArray(32, 'k');
    hello.bootId = QStringLiteral("boot-1");
    hello.hostname = QStringLiteral("web-01");
    hello.agentVersion = QStringLiteral("0.1.0");
    hello.capabilities = {QStringLiteral("samples")};
    hello.rack = QStringLiteral("R1");
    hello.position = RackPosition{1, 2.5, 3};
    hello.tags = {QStringLiteral("web"), QStringLiteral("prod")};
    hello.intervalMs = 5000;
    hello.enrollmentToken = QStringLiteral("tok");
    hello.unacknowledgedBoots = {QStringLiteral("boot-0")};
    const Hello back = roundTrip(hello);
    QCOMPARE(back.agentId, hello.agentId);
    QCOMPARE(back.publicKey, hello.publicKey);
    QCOMPARE(back.rack, hello.rack);
    QCOMPARE(back.position->y, 2.5);
    QCOMPARE(back.tags, hello.tags);
    QCOMPARE(back.intervalMs, 5000);
    QCOMPARE(back.enrollmentToken, hello.enrollmentToken);
    QCOMPARE(back.unacknowledgedBoots, hello.unacknowledgedBoots);

    Hello bare = hello;
    bare.rack.clear();
    bare.position.reset();
    bare.enrollmentToken.clear();
    const Hello bareBack = roundTrip(bare);
    QVERIFY(!bareBack.position);
    QVERIFY(bareBack.rack.isEmpty());
}

void WireMessagesTest::batchRoundTrip()
{
    Batch batch;
    batch.bootId = QStringLiteral("boot-1");
    for (quint64 seq = 1; seq <= 3; ++seq)
        batch.records.append({seq, RecordKind::Sample, 1000 + qint64(seq), QByteArray("body") + QByteArray::number(seq)});
    batch.records.append({4, RecordKind::Gap, 2000, QByteArray("gap")});
    const Batch back = roundTrip(batch);
    QCOMPARE(back.records.size(), 4);
    QCOMPARE(back.records[2].seq, 3u);
    QCOMPARE(back.records[2].body, QByteArray("body3"));
    QCOMPARE(back.records[3].kind, RecordKind::Gap);
}

void WireMessagesTest::welcomeRoundTrip()
{
    Welcome welcome{QStringLiteral("a"), {{QStringLiteral("b1"), 10}, {QStringLiteral("b0"), 99}}, 10000};
    const Welcome back = roundTrip(welcome);
    QCOMPARE(back.acknowledged.value(QStringLiteral("b0")), 99u);
    QCOMPARE(back.heartbeatMs, 10000);
}

void WireMessagesTest::smallMessagesRoundTrip()
{
    const Challenge challenge{QByteArray(32, 'n'), QByteArray(32, 'k'), QByteArray(64, 's')};
    QCOMPARE(roundTrip(challenge).nonce, challenge.nonce);
    QCOMPARE(roundTrip(Proof{QByteArray(64, 'p')}).signature, QByteArray(64, 'p'));
    QCOMPARE(roundTrip(Pending{QStringLiteral("waiting"), 30000}).retryAfterMs, 30000);
    QCOMPARE(roundTrip(Refused{QStringLiteral("revoked"), QStringLiteral("x")}).code, QStringLiteral("revoked"));
    QCOMPARE(roundTrip(Ack{QStringLiteral("b"), 12}).seq, 12u);
}

void WireMessagesTest::refused_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("reason");
    const QByteArray ack = frameOf(validAck());
    QTest::newRow("empty") << QByteArray() << "not-cbor: Unexpected end of input data (more bytes needed)";
    QTest::newRow("truncated CBOR") << ack.left(ack.size() - 3) << "not-cbor: Unexpected end of input data (more bytes needed)";
    QTest::newRow("trailing bytes") << ack + QByteArray("\x01", 1) << "trailing-bytes: 1";
    QTest::newRow("two messages in one frame") << ack + ack << "trailing-bytes: " + QString::number(ack.size());
    QTest::newRow("an array") << QCborValue(QCborArray{1, 2}).toCbor() << "not-a-map";
    QTest::newRow("a text") << QCborValue(QStringLiteral("hello")).toCbor() << "not-a-map";
    QCborMap noVersion = validAck();
    noVersion.remove(QStringLiteral("v"));
    QTest::newRow("no version") << frameOf(noVersion) << "missing-field: v";
    QCborMap version2 = validAck();
    version2.insert(QStringLiteral("v"), 2);
    QTest::newRow("version 2") << frameOf(version2) << "unsupported-version: 2";
    QCborMap stringVersion = validAck();
    stringVersion.insert(QStringLiteral("v"), QStringLiteral("1"));
    QTest::newRow("version as text") << frameOf(stringVersion) << "wrong-type: v";
    QCborMap unknownType = validAck();
    unknownType.insert(QStringLiteral("t"), QStringLiteral("launch"));
    QTest::newRow("unknown type") << frameOf(unknownType) << "unknown-type: launch";
    QCborMap noSeq = validAck();
    noSeq.remove(QStringLiteral("seq"));
    QTest::newRow("missing field") << frameOf(noSeq) << "missing-field: seq";
    QCborMap textSeq = validAck();
    textSeq.insert(QStringLiteral("seq"), QStringLiteral("7"));
    QTest::newRow("wrong type") << frameOf(textSeq) << "wrong-type: seq";
    QCborMap negativeSeq = validAck();
    negativeSeq.insert(QStringLiteral("seq"), -1);
    QTest::newRow("negative seq") << frameOf(negativeSeq) << "out-of-range: seq";
    const QCborMap shortNonce{{QStringLiteral("v"), 1}, {QStringLiteral("t"), QStringLiteral("challenge")},
                              {QStringLiteral("nonce"), QByteArray(31, 'n')}, {QStringLiteral("key"), QByteArray(32, 'k')},
                              {QStringLiteral("sig"), QByteArray(64, 's')}};
    QTest::newRow("short nonce") << frameOf(shortNonce) << "out-of-range: nonce";
    const QCborMap badRecord{{QStringLiteral("v"), 1}, {QStringLiteral("t"), QStringLiteral("batch")},
                             {QStringLiteral("boot"), QStringLiteral("b")},
                             {QStringLiteral("records"), QCborArray{QCborMap{{QStringLiteral("seq"), 1},
                                                                             {QStringLiteral("kind"), 1},
                                                                             {QStringLiteral("ts"), 5},
                                                                             {QStringLiteral("body"), QStringLiteral("not bytes")}}}}};
    QTest::newRow("record body not bytes") << frameOf(badRecord) << "wrong-type: records[].body";
    const QCborMap emptyBatch{{QStringLiteral("v"), 1}, {QStringLiteral("t"), QStringLiteral("batch")},
                              {QStringLiteral("boot"), QStringLiteral("b")}, {QStringLiteral("records"), QCborArray{}}};
    QTest::newRow("empty batch") << frameOf(emptyBatch) << "out-of-range: records";
    // {"v":1,"t":"ack","boot":"b","seq":7,"seq":8}: which seq? Refused.
    const QByteArray twice = QByteArray::fromHex("a5617601617463616b6364626f6f7461626373657107637365710" "8");
    QTest::newRow("a key twice") << twice << "duplicate-key: seq";
    QTest::newRow("over the frame limit") << QByteArray(5 * 1024 * 1024, '\xa0') << "frame-too-large: 5242880";
}

void WireMessagesTest::refused()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, reason);
    QCOMPARE(refusal(frame), reason);
}

void WireMessagesTest::unknownFieldsAreIgnored()
{
    QCborMap ack = validAck();
    ack.insert(QStringLiteral("added_in_a_later_minor"), 1);
    QCOMPARE(refusal(frameOf(ack)), QStringLiteral("accepted"));
}

void WireMessagesTest::signedTextsDifferByPurpose()
{
    const QByteArray nonce(32, 'n');
    QVERIFY(challengeMessage(nonce, QStringLiteral("a")) != proofMessage(nonce, QByteArray("a")));
    QVERIFY(challengeMessage(nonce, QStringLiteral("a")).startsWith("mirrorstage/1 challenge"));
}

QTEST_GUILESS_MAIN(WireMessagesTest)
#include "test_wire_messages.moc"
