// The sample's encoding: absent values are null, never 0 or -1, and CBOR and JSON say the same.
#include "sample_codec.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mirrorstage;

class SampleCodecTest : public QObject {
    Q_OBJECT
private slots:
    void absentValuesAreNull();
    void presentValuesAreRounded();
    void cborAndJsonAgree();
    void oddNamesStayValidJson();
};

void SampleCodecTest::absentValuesAreNull()
{
    HostSample sample;
    sample.timestampMs = 1'700'000'000'000;
    InterfaceSample nic;
    nic.name = QStringLiteral("eth0");
    sample.network.interfaces.append(nic);
    const QJsonObject json = sampleToJsonObject(sample);
    QCOMPARE(json.value(QLatin1String("schema")).toInt(), kSampleSchemaVersion);
    QVERIFY(json.value(QLatin1String("interval_ms")).isNull());
    QVERIFY(json.value(QLatin1String("memory")).toObject().value(QLatin1String("total_bytes")).isNull());
    QVERIFY(json.value(QLatin1String("memory")).toObject().value(QLatin1String("swap_used_percent")).isNull());
    const QJsonObject eth0 =
        json.value(QLatin1String("network")).toObject().value(QLatin1String("interfaces")).toArray().at(0).toObject();
    QVERIFY(eth0.value(QLatin1String("speed_mbps")).isNull());
    QVERIFY(eth0.value(QLatin1String("rates")).isNull());
    QVERIFY(eth0.value(QLatin1String("up")).isNull());
    QVERIFY(json.value(QLatin1String("temperatures")).toObject().value(QLatin1String("cpu_max_celsius")).isNull());
}

void SampleCodecTest::presentValuesAreRounded()
{
    HostSample sample;
    sample.memory.usedPercent = 12.345678;
    sample.memory.totalBytes = 17179869184ull;
    sample.thermal.cpuMaxCelsius = 55.0;
    const QJsonObject json = sampleToJsonObject(sample);
    const QJsonObject memory = json.value(QLatin1String("memory")).toObject();
    QCOMPARE(memory.value(QLatin1String("used_percent")).toDouble(), 12.35);
    QCOMPARE(memory.value(QLatin1String("total_bytes")).toInteger(), qint64(17179869184));
    QCOMPARE(json.value(QLatin1String("temperatures")).toObject().value(QLatin1String("cpu_max_celsius")).toDouble(),
             55.0);
}

void SampleCodecTest::cborAndJsonAgree()
{
    HostSample sample;
    sample.agent.hostname = QStringLiteral("db-01");
    sample.agent.position = RackPosition{1, 2, 3};
    sample.agent.tags = {QStringLiteral("db")};
    sample.problems.append({QStringLiteral("/proc/stat"), QStringLiteral("no such file")});
    QCborParserError error;
    const QCborMap decoded = QCborValue::fromCbor(sampleToCbor(sample), &error).toMap();
    QCOMPARE(error.error, QCborError::NoError);
    QCOMPARE(decoded.toJsonObject(), sampleToJsonObject(sample));
    QCOMPARE(decoded.value(QLatin1String("agent")).toMap().value(QLatin1String("position")).toMap()
                 .value(QLatin1String("z")).toDouble(), 3.0);
}

void SampleCodecTest::oddNamesStayValidJson()
{
    HostSample sample;
    InterfaceSample nic;
    nic.name = QStringLiteral("we\"ird\\name\x01\t\u00e9\u4e2d");
    sample.network.interfaces.append(nic);
    sample.problems.append({QStringLiteral("/proc/net/dev"), QStringLiteral("line\nbreak")});
    const QByteArray json = sampleToJson(sample);
    QVERIFY(!json.contains('\n'));  // one sample, one line
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject first =
        parsed.value(QLatin1String("network")).toObject().value(QLatin1String("interfaces")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), nic.name);
}

QTEST_GUILESS_MAIN(SampleCodecTest)
#include "test_sample_codec.moc"
