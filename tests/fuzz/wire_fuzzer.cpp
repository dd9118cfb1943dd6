// libFuzzer target for the wire decoder (src/protocol/wire_messages.cpp). For every input:
//
//  1. decodeMessage(input) must return, never crash, leak or hit undefined behaviour (ASan, UBSan).
//  2. The same input with a frame limit one byte below its size must be refused as frame-too-large.
//  3. An input that decodes to a message is re-encoded: m1 = encode(decode(input)). m1 must decode
//     again, to the same message type, and encode to exactly the same bytes:
//     encode(decode(m1)) == m1. What the console sends or stores is then a fixed point of the codec.
//     A violation prints both frames in hex and abort()s: it is a bug, not noise.
//  4. Every record body of a decoded batch is read as a sample would be: QCborValue::fromCbor and,
//     when it is a map, a walk over every key and value (and its JSON form, as readers print it).
//
// Deterministic (fixed QHash seed, no clocks, no randomness) and without a QCoreApplication: QCbor*
// works without one. tests/fuzz/README.md says how to run it (scripts/fuzz-wire SECONDS).
#include "wire_messages.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHashSeed>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mirrorstage::wire;

namespace {

[[noreturn]] void bug(const char *what, const QByteArray &first, const QByteArray &second = {})
{
    std::fprintf(stderr, "wire_fuzzer: BUG: %s\n  first:  %s\n  second: %s\n", what, first.toHex().constData(),
                 second.toHex().constData());
    std::fflush(stderr);
    std::abort();
}

// Keeps the walk from being optimised away.
volatile quint64 g_sink = 0;

// QCborValue::fromCbor stops nesting at Qt's own limit; this bound only keeps the walk's stack
// finite should that limit ever change.
constexpr int kMaxWalkDepth = 2048;

quint64 walk(const QCborValue &value, int depth)
{
    if (depth > kMaxWalkDepth)
        return 1;
    quint64 h = quint64(value.type());
    switch (value.type()) {
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            h = h * 31 + walk(it.key(), depth + 1) + walk(it.value(), depth + 1);
        // The lookups a sample reader makes (src/store/sample_series.cpp and the like).
        for (const char *name : {"schema", "timestamp_ms", "cpu", "memory", "network", "first_seq", "message"})
            h += quint64(map.value(QLatin1StringView(name)).type());
        break;
    }
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        for (const QCborValue &item : array)
            h = h * 31 + walk(item, depth + 1);
        break;
    }
    case QCborValue::Tag:
        h += quint64(value.tag()) + walk(value.taggedValue(), depth + 1);
        break;
    case QCborValue::String:
        h += quint64(value.toString().size());
        break;
    case QCborValue::ByteArray:
        h += quint64(value.toByteArray().size());
        break;
    case QCborValue::Integer:
        h += quint64(value.toInteger());
        break;
    case QCborValue::Double:
        h += quint64(value.toDouble() == value.toDouble());
        break;
    default:
        h += quint64(value.isSimpleType());
        break;
    }
    return h;
}

void readBody(const QByteArray &body)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return;
    g_sink = g_sink + walk(value, 0);
    g_sink = g_sink + quint64(value.toMap().toJsonObject().size());
}

QString reasonOf(const DecodeResult &result)
{
    const auto *failure = std::get_if<DecodeFailure>(&result);
    return failure ? failure->reason() : QStringLiteral("accepted");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Welcome's acked map is a QHash: a fixed seed keeps every run reproducible.
    QHashSeed::setDeterministicGlobalSeed();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // No copy: bytes past the input are ASan's redzone, so a read beyond the frame is reported.
    const QByteArray frame = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const DecodeResult limited = decodeMessage(frame, frame.size() - 1);
    const auto *tooLarge = std::get_if<DecodeFailure>(&limited);
    if (!tooLarge || tooLarge->error != DecodeError::FrameTooLarge)
        bug("a frame above the limit was not refused as frame-too-large", frame);

    const DecodeResult result = decodeMessage(frame);
    const auto *message = std::get_if<Message>(&result);
    if (!message) {
        g_sink = g_sink + quint64(std::get<DecodeFailure>(result).reason().size());
        return 0;
    }

    const QByteArray encoded = encodeMessage(*message);
    const DecodeResult again = decodeMessage(encoded);
    const auto *second = std::get_if<Message>(&again);
    if (!second) {
        std::fprintf(stderr, "wire_fuzzer: re-encoded %s refused: %s\n", qPrintable(messageTypeName(*message)),
                     qPrintable(reasonOf(again)));
        bug("a decoded message, re-encoded, does not decode", frame, encoded);
    }
    if (second->index() != message->index())
        bug("a decoded message, re-encoded, decodes to another type", frame, encoded);
    const QByteArray reencoded = encodeMessage(*second);
    if (reencoded != encoded) {
        std::fprintf(stderr, "wire_fuzzer: %s: encode(decode(m)) != m\n", qPrintable(messageTypeName(*message)));
        bug("re-encoding is not stable", encoded, reencoded);
    }

    if (const auto *batch = std::get_if<Batch>(message)) {
        for (const Record &record : batch->records)
            readBody(record.body);
    }
    return 0;
}
