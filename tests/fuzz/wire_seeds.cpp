// Writes the seed corpus of wire_fuzzer: one valid frame of every message type (the batch carries a
// real sample from sampleToCbor of a filled HostSample, a gap and a log record), variants that take
// the optional branches, frames each refused for a different reason, and the regression inputs of
// bugs the fuzzer found. scripts/fuzz-wire runs it into a fresh directory before every run, so the
// seeds always match the current encoder and nothing binary is committed.
//
//   wire_fuzz_seeds OUTDIR
#include "sample_codec.h"
#include "wire_messages.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QHashSeed>
#include <cstdio>

using namespace mirrorstage;
using namespace mirrorstage::wire;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

HostSample filledSample()
{
    HostSample sample;
    sample.timestampMs = 1'700'000'000'000;
    sample.intervalMs = 5000;
    sample.hasRates = true;
    sample.agent = {s("web-01"), s("0.1.0"), s("R1"), RackPosition{1, 2.5, 3}, {s("web"), s("prod")}};
    sample.facts.kernelHostname = s("web-01");
    sample.facts.osId = s("debian");
    sample.facts.osName = s("Debian GNU/Linux");
    sample.facts.osVersion = s("12 (bookworm)");
    sample.facts.osPrettyName = s("Debian GNU/Linux 12 (bookworm)");
    sample.facts.kernelRelease = s("6.1.0-18-amd64");
    sample.facts.bootId = s("5f0c7b8e-2d4a-4c1e-9a3b-0e6f7d8c9b1a");
    sample.facts.vendor = s("Dell Inc.");
    sample.facts.model = s("PowerEdge R650");
    sample.facts.uptimeSeconds = 86400.5;
    const CpuUsage usage{42.5, 30.25, 10.0, 1.5, 0.75, 57.5};
    sample.cpu.model = s("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz");
    sample.cpu.logicalCores = 2;
    sample.cpu.physicalCores = 1;
    sample.cpu.total = usage;
    sample.cpu.cores = {CoreSample{0, usage, 2000.0}, CoreSample{1, std::nullopt, std::nullopt}};
    sample.cpu.load = LoadAverage{0.5, 0.75, 1.25};
    sample.memory = {17179869184ull, 8589934592ull, 50.0, 2147483648ull, 1048576ull, 0.05};
    InterfaceSample eth0;
    eth0.name = s("eth0");
    eth0.operState = s("up");
    eth0.up = true;
    eth0.speedMbps = 10000;
    eth0.primary = true;
    eth0.counters = {1000, 10, 1, 2, 2000, 20, 3, 4};
    eth0.rates = InterfaceRates{100.5, 1, 0, 0, 200.25, 2, 0, 0};
    InterfaceSample lo;
    lo.name = s("lo");
    lo.operState = s("unknown");
    sample.network = {s("eth0"), {eth0, lo}};
    sample.filesystems = {FilesystemSample{s("/dev/sda1"), s("/"), s("ext4"), 100, 40, 55, 40.0, 12.5},
                          FilesystemSample{s("tmpfs"), s("/run"), s("tmpfs"), 10, 1, 9, 10.0, std::nullopt}};
    sample.disks = {DiskSample{s("sda"), {1, 2, 512, 1024, 30}, DiskRates{1, 2, 512, 1024, 3.0}},
                    DiskSample{s("nvme0n1"), {}, std::nullopt}};
    sample.thermal.sensors = {
        TemperatureReading{s("hwmon"), s("coretemp"), s("Package id 0"), SensorKind::Cpu, 55.0},
        TemperatureReading{s("hwmon"), s("amdgpu"), s("edge"), SensorKind::Gpu, 48.0},
        TemperatureReading{s("thermal_zone"), s("acpitz"), s("thermal_zone0"), SensorKind::Other, 40.0}};
    sample.thermal.cpuMaxCelsius = 55.0;
    sample.thermal.gpuCelsius = 48.0;
    sample.processes.count = 321;
    const ProcessSample process{1234, s("postgres"), s("postgres"), 12.5, 104857600, 0.6};
    sample.processes.topByCpu = {process};
    sample.processes.topByMemory = {process, ProcessSample{1, s("systemd"), s("root"), std::nullopt, 4096, std::nullopt}};
    sample.problems = {SampleProblem{s("/sys/class/net/eth0/speed"), s("Invalid argument")}};
    return sample;
}

Hello hello()
{
    Hello m;
    m.agentId = s("0123456789abcdef0123456789abcdef");
    m.publicKey = QByteArray(32, 'k');
    m.bootId = s("boot-2");
    m.hostname = s("web-01");
    m.agentVersion = s("0.1.0");
    m.capabilities = {s("samples")};
    m.rack = s("R1");
    m.position = RackPosition{1, 2.5, 3};
    m.tags = {s("web"), s("prod")};
    m.intervalMs = 5000;
    m.enrollmentToken = s("tok-123");
    m.unacknowledgedBoots = {s("boot-0"), s("boot-1")};
    return m;
}

Record record(quint64 seq, RecordKind kind, const QByteArray &body)
{
    return Record{seq, kind, 1'700'000'000'000 + qint64(seq), body};
}

QByteArray cbor(const QCborValue &value)
{
    return value.toCbor();
}

QByteArray withField(const QByteArray &frame, const char *name, const QCborValue &value)
{
    QCborMap map = QCborValue::fromCbor(frame).toMap();
    map.insert(s(name), value);
    return cbor(map);
}

QByteArray withoutField(const QByteArray &frame, const char *name)
{
    QCborMap map = QCborValue::fromCbor(frame).toMap();
    map.remove(s(name));
    return cbor(map);
}

// Inputs the fuzzer once failed on; each keeps its bug fixed. Hex, as the fuzzer's report gives it.
// {name, hex, what decodeMessage must say}
const char *const kRegressions[][3] = {
    // welcome whose two acked boots ("488", "190") collide at the end of the QHash (deterministic
    // seed): encoded in hash order, each re-encoding swapped them. Fixed by encoding in key order.
    {"regression-welcome-acked-order",
     "a561760161746777656c636f6d65656167656e7461616c6865617274626561745f6d7318646561636b6564a263343838006331393000",
     "accepted"},
};

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    QHashSeed::setDeterministicGlobalSeed();
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "wire_fuzz_seeds: cannot create %s\n", argv[1]);
        return 1;
    }
    int written = 0;
    bool failed = false;
    // Every seed says what the decoder makes of it, so a seed that stopped meaning what its name
    // says (the decoder or encoder changed) fails here instead of quietly covering less.
    auto write = [&](const char *name, const QByteArray &bytes, const char *expected = "accepted") {
        const DecodeResult result = decodeMessage(bytes);
        const auto *failure = std::get_if<DecodeFailure>(&result);
        const QString outcome = failure ? failure->reason() : QStringLiteral("accepted");
        if (!outcome.startsWith(s(expected))) {
            std::fprintf(stderr, "wire_fuzz_seeds: %s: expected %s, decoder says %s\n", name, expected,
                         qPrintable(outcome));
            failed = true;
        }
        QFile file(dir.filePath(s(name)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "wire_fuzz_seeds: cannot write %s\n", qPrintable(file.fileName()));
            failed = true;
            return;
        }
        ++written;
    };

    // Valid frames, one per type.
    const QByteArray sample = sampleToCbor(filledSample());
    const QByteArray gap = cbor(QCborMap{{s("boot"), s("boot-1")}, {s("first_seq"), 3}, {s("last_seq"), 9},
                                         {s("count"), 7}, {s("reason"), s("outbox full")}});
    const QByteArray log = cbor(QCborMap{{s("message"), s("collector restarted")}, {s("level"), s("info")}});
    const QByteArray helloFrame = encodeMessage(hello());
    const QByteArray batchFrame = encodeMessage(
        Batch{s("boot-2"), {record(1, RecordKind::Sample, sample), record(2, RecordKind::Gap, gap),
                            record(3, RecordKind::Log, log), record(4, RecordKind::CommandResult, QByteArray("\xa0", 1))}});
    const QByteArray ackFrame = encodeMessage(Ack{s("boot-2"), 4});
    write("hello", helloFrame);
    write("challenge", encodeMessage(Challenge{QByteArray(32, 'n'), QByteArray(32, 'c'), QByteArray(64, 's')}));
    write("proof", encodeMessage(Proof{QByteArray(64, 'p')}));
    write("welcome", encodeMessage(Welcome{s("0123456789abcdef0123456789abcdef"),
                                           {{s("boot-0"), 17}, {s("boot-1"), 0}, {s("boot-2"), 3}}, 15000}));
    write("pending", encodeMessage(Pending{s("waiting for an operator to accept this agent"), 60000}));
    write("refused", encodeMessage(Refused{s("rejected"), s("an operator rejected this agent")}));
    write("batch", batchFrame);
    write("ack", ackFrame);

    // Valid, through the other branches.
    Hello bare = hello();
    bare.rack.clear();
    bare.position.reset();
    bare.enrollmentToken.clear();
    bare.capabilities.clear();
    write("hello-minimal", encodeMessage(bare));
    write("hello-position-null", withField(helloFrame, "position", QCborValue(QCborValue::Null)));
    write("hello-position-integers", withField(helloFrame, "position", QCborMap{{s("x"), 1}, {s("y"), 2}, {s("z"), 3}}));
    write("hello-unknown-field", withField(helloFrame, "later_field", s("ignored")));
    write("welcome-empty", encodeMessage(Welcome{s("a"), {}, 100}));
    write("batch-one-sample", encodeMessage(Batch{s("b"), {record(1, RecordKind::Sample, sample)}}));

    // Refused, one reason each.
    write("empty", QByteArray(), "not-cbor");
    write("not-cbor-truncated", batchFrame.left(batchFrame.size() / 2), "not-cbor");
    write("trailing-bytes", ackFrame + ackFrame, "trailing-bytes: 27");
    write("not-a-map", cbor(QCborArray{1, 2, 3}), "not-a-map");
    write("missing-version", withoutField(ackFrame, "v"), "missing-field: v");
    write("version-wrong-type", withField(ackFrame, "v", s("1")), "wrong-type: v");
    write("unsupported-version", withField(ackFrame, "v", 2), "unsupported-version: 2");
    write("missing-type", withoutField(ackFrame, "t"), "missing-field: t");
    write("unknown-type", withField(ackFrame, "t", s("bye")), "unknown-type: bye");
    write("missing-field", withoutField(ackFrame, "boot"), "missing-field: boot");
    write("wrong-type", withField(ackFrame, "seq", s("4")), "wrong-type: seq");
    write("out-of-range", withField(ackFrame, "seq", -1), "out-of-range: seq");
    write("hello-position-wrong-type", withField(helloFrame, "position", QCborMap{{s("x"), s("1")}}),
          "wrong-type: position.x");
    write("welcome-acked-negative", withField(encodeMessage(Welcome{s("a"), {}, 100}), "acked", QCborMap{{s("b"), -1}}),
          "wrong-type: acked");
    QCborArray many;
    for (int i = 0; i < 4097; ++i)
        many.append(0);
    write("batch-too-many-records", withField(batchFrame, "records", many), "out-of-range: records");
    write("batch-record-not-a-map", withField(batchFrame, "records", QCborArray{1}), "wrong-type: records[]");
    write("batch-record-bad-kind",
          withField(batchFrame, "records",
                    QCborArray{QCborMap{{s("seq"), 1}, {s("kind"), 9}, {s("ts"), 0}, {s("body"), QByteArray()}}}),
          "out-of-range: records[].kind");
    // An ack as an indefinite-length map with a chunked boot text, and unknown fields holding a tagged
    // date and a half-precision float: well-formed CBOR the encoder never writes, accepted.
    write("indefinite-tagged", QByteArray::fromHex("bf617601617463" "61636b" "64626f6f74" "7f62626f646f742d32ff" "6373657104"
                                                          "6178c11a6553f100" "6179f93c00" "ff"));

    for (const auto &regression : kRegressions)
        write(regression[0], QByteArray::fromHex(regression[1]), regression[2]);
    std::printf("wire_fuzz_seeds: %d seeds in %s\n", written, argv[1]);
    return failed ? 1 : 0;
}
