#include "wire_messages.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QSet>

namespace mirrorstage::wire {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QCborArray stringArray(const QStringList &strings)
{
    return QCborArray::fromStringList(strings);
}

// Reads the fields of one message map, remembering the first thing that was wrong.
class FieldReader {
public:
    explicit FieldReader(const QCborMap &map) : m_map(map) {}

    bool ok() const { return !m_failure; }
    DecodeFailure failure() const { return *m_failure; }

    QString text(const char *name, qsizetype maxLength = 256, bool required = true)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined()) {
            if (required)
                fail(DecodeError::MissingField, name);
            return {};
        }
        if (!value.isString())
            return fail(DecodeError::WrongType, name), QString();
        QString result = value.toString();
        if (result.size() > maxLength)
            return fail(DecodeError::OutOfRange, name), QString();
        return result;
    }
    QByteArray bytes(const char *name, qsizetype exactSize = -1, qsizetype maxSize = kDefaultMaxFrameBytes)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined())
            return fail(DecodeError::MissingField, name), QByteArray();
        if (!value.isByteArray())
            return fail(DecodeError::WrongType, name), QByteArray();
        QByteArray result = value.toByteArray();
        if ((exactSize >= 0 && result.size() != exactSize) || result.size() > maxSize)
            return fail(DecodeError::OutOfRange, name), QByteArray();
        return result;
    }
    QByteArray bytesBetween(const char *name, qsizetype minSize, qsizetype maxSize)
    {
        QByteArray result = bytes(name, -1, maxSize);
        if (ok() && result.size() < minSize)
            fail(DecodeError::OutOfRange, name);
        return result;
    }
    qint64 integer(const char *name, qint64 min, qint64 max, bool required = true, qint64 fallback = 0)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined()) {
            if (required)
                fail(DecodeError::MissingField, name);
            return fallback;
        }
        if (!value.isInteger())
            return fail(DecodeError::WrongType, name), 0;
        const qint64 result = value.toInteger();
        if (result < min || result > max)
            return fail(DecodeError::OutOfRange, name), 0;
        return result;
    }
    QStringList textList(const char *name, qsizetype maxItems = 64, bool required = false)
    {
        const QCborValue value = m_map.value(key(name));
        if (value.isUndefined()) {
            if (required)
                fail(DecodeError::MissingField, name);
            return {};
        }
        if (!value.isArray())
            return fail(DecodeError::WrongType, name), QStringList();
        const QCborArray array = value.toArray();
        if (array.size() > maxItems)
            return fail(DecodeError::OutOfRange, name), QStringList();
        QStringList result;
        for (const QCborValue &item : array) {
            if (!item.isString() || item.toString().size() > 256)
                return fail(DecodeError::WrongType, name), QStringList();
            result.append(item.toString());
        }
        return result;
    }
    QCborValue value(const char *name) const { return m_map.value(key(name)); }

    void fail(DecodeError error, const char *name) { fail(error, QString::fromLatin1(name)); }
    void fail(DecodeError error, const QString &detail)
    {
        if (!m_failure)
            m_failure = DecodeFailure{error, detail};
    }

private:
    const QCborMap &m_map;
    std::optional<DecodeFailure> m_failure;
};

// CBOR allows a key twice in a map; which one counts would then depend on the reader. Refused.
std::optional<QString> duplicateKey(const QCborMap &map)
{
    if (map.size() < 2)
        return std::nullopt;
    QSet<QString> seen;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString name = it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation();
        if (seen.contains(name))
            return name.left(64);
        seen.insert(name);
    }
    return std::nullopt;
}

constexpr qint64 kMaxSeq = std::numeric_limits<qint64>::max();
constexpr qsizetype kMaxRecordsPerBatch = 4096;

Hello decodeHello(FieldReader &r)
{
    Hello hello;
    hello.agentId = r.text("agent", 64);
    hello.publicKey = r.bytes("key", 32);
    hello.bootId = r.text("boot", 64);
    hello.hostname = r.text("hostname", 253);
    hello.agentVersion = r.text("version", 64);
    hello.capabilities = r.textList("capabilities");
    hello.rack = r.text("rack", 128, false);
    hello.tags = r.textList("tags");
    hello.intervalMs = r.integer("interval_ms", 1, 3'600'000);
    hello.enrollmentToken = r.text("token", 128, false);
    hello.unacknowledgedBoots = r.textList("unacked_boots", 1024);
    const QCborValue position = r.value("position");
    if (position.isMap()) {
        const QCborMap map = position.toMap();
        double xyz[3];
        const char *axes[] = {"x", "y", "z"};
        for (int i = 0; i < 3; ++i) {
            const QCborValue axis = map.value(key(axes[i]));
            if (!axis.isDouble() && !axis.isInteger()) {
                r.fail(DecodeError::WrongType, QStringLiteral("position.") + QLatin1String(axes[i]));
                return hello;
            }
            xyz[i] = axis.toDouble();
        }
        hello.position = RackPosition{xyz[0], xyz[1], xyz[2]};
    } else if (!position.isUndefined() && !position.isNull()) {
        r.fail(DecodeError::WrongType, "position");
    }
    return hello;
}

Welcome decodeWelcome(FieldReader &r)
{
    Welcome welcome;
    welcome.agentId = r.text("agent", 64);
    welcome.heartbeatMs = r.integer("heartbeat_ms", 100, 3'600'000);
    const QCborValue acked = r.value("acked");
    if (acked.isUndefined()) {
        r.fail(DecodeError::MissingField, "acked");
    } else if (!acked.isMap()) {
        r.fail(DecodeError::WrongType, "acked");
    } else if (const auto duplicate = duplicateKey(acked.toMap())) {
        r.fail(DecodeError::DuplicateKey, QStringLiteral("acked.") + *duplicate);
    } else {
        for (auto it = acked.toMap().cbegin(); it != acked.toMap().cend(); ++it) {
            if (!it.key().isString() || !it.value().isInteger() || it.value().toInteger() < 0) {
                r.fail(DecodeError::WrongType, "acked");
                break;
            }
            welcome.acknowledged.insert(it.key().toString(), quint64(it.value().toInteger()));
        }
    }
    return welcome;
}

Batch decodeBatch(FieldReader &r)
{
    Batch batch;
    batch.bootId = r.text("boot", 64);
    const QCborValue records = r.value("records");
    if (records.isUndefined())
        return r.fail(DecodeError::MissingField, "records"), batch;
    if (!records.isArray())
        return r.fail(DecodeError::WrongType, "records"), batch;
    const QCborArray array = records.toArray();
    if (array.isEmpty() || array.size() > kMaxRecordsPerBatch)
        return r.fail(DecodeError::OutOfRange, "records"), batch;
    batch.records.reserve(array.size());
    for (const QCborValue &item : array) {
        if (!item.isMap())
            return r.fail(DecodeError::WrongType, "records[]"), batch;
        const QCborMap map = item.toMap();
        if (const auto duplicate = duplicateKey(map))
            return r.fail(DecodeError::DuplicateKey, QStringLiteral("records[].") + *duplicate), batch;
        FieldReader fields(map);
        Record record;
        record.seq = quint64(fields.integer("seq", 1, kMaxSeq));
        record.kind = RecordKind(fields.integer("kind", 1, 4));
        record.createdMs = fields.integer("ts", 0, kMaxSeq);
        record.body = fields.bytes("body");
        if (!fields.ok()) {
            DecodeFailure failure = fields.failure();
            r.fail(failure.error, QStringLiteral("records[].") + failure.detail);
            return batch;
        }
        batch.records.append(std::move(record));
    }
    return batch;
}

Command decodeCommand(FieldReader &r)
{
    Command command;
    command.id = r.text("id", kMaxCommandIdLength);
    command.agentId = r.text("agent", 64);
    // At most kMaxScriptBytes of UTF-8; the QChar count bounds the conversion before it is made.
    command.script = r.text("script", kMaxScriptBytes);
    if (r.ok() && command.script.toUtf8().size() > kMaxScriptBytes)
        r.fail(DecodeError::OutOfRange, "script");
    command.timeoutMs = r.integer("timeout_ms", 1, kMaxCommandTimeoutMs);
    command.notAfterMs = r.integer("not_after", 0, kMaxSeq);
    command.nonce = r.bytesBetween("nonce", kMinCommandNonceBytes, kMaxCommandNonceBytes);
    command.signature = r.bytes("sig", kEd25519SignatureBytes);
    if (r.ok() && command.id.isEmpty())
        r.fail(DecodeError::OutOfRange, "id");
    return command;
}

CommandOutput decodeCommandOutput(FieldReader &r)
{
    CommandOutput output;
    output.id = r.text("id", kMaxCommandIdLength);
    output.stream = r.text("stream", 16);
    if (r.ok() && output.stream != QLatin1String("stdout") && output.stream != QLatin1String("stderr"))
        r.fail(DecodeError::OutOfRange, "stream");
    output.offset = quint64(r.integer("offset", 0, kMaxSeq));
    output.data = r.bytes("data", -1, kMaxOutputChunkBytes);
    return output;
}

std::optional<Message> decodeBody(const QString &type, FieldReader &r)
{
    if (type == QLatin1String("hello"))
        return decodeHello(r);
    if (type == QLatin1String("challenge"))
        return Challenge{r.bytes("nonce", 32), r.bytes("key", 32), r.bytes("sig", 64)};
    if (type == QLatin1String("proof"))
        return Proof{r.bytes("sig", 64)};
    if (type == QLatin1String("welcome"))
        return decodeWelcome(r);
    if (type == QLatin1String("pending"))
        return Pending{r.text("reason", 1024), r.integer("retry_after_ms", 0, 86'400'000)};
    if (type == QLatin1String("refused"))
        return Refused{r.text("code", 64), r.text("reason", 1024)};
    if (type == QLatin1String("batch"))
        return decodeBatch(r);
    if (type == QLatin1String("ack"))
        return Ack{r.text("boot", 64), quint64(r.integer("seq", 0, kMaxSeq))};
    if (type == QLatin1String("command"))
        return decodeCommand(r);
    if (type == QLatin1String("output"))
        return decodeCommandOutput(r);
    return std::nullopt;
}

struct Encoder {
    QCborMap operator()(const Hello &m) const
    {
        QCborMap map{{key("agent"), m.agentId},
                     {key("key"), m.publicKey},
                     {key("boot"), m.bootId},
                     {key("hostname"), m.hostname},
                     {key("version"), m.agentVersion},
                     {key("capabilities"), stringArray(m.capabilities)},
                     {key("tags"), stringArray(m.tags)},
                     {key("interval_ms"), m.intervalMs},
                     {key("unacked_boots"), stringArray(m.unacknowledgedBoots)}};
        if (!m.rack.isEmpty())
            map.insert(key("rack"), m.rack);
        if (m.position) {
            map.insert(key("position"), QCborMap{{key("x"), m.position->x},
                                                 {key("y"), m.position->y},
                                                 {key("z"), m.position->z}});
        }
        if (!m.enrollmentToken.isEmpty())
            map.insert(key("token"), m.enrollmentToken);
        return map;
    }
    QCborMap operator()(const Challenge &m) const
    {
        return {{key("nonce"), m.nonce}, {key("key"), m.consolePublicKey}, {key("sig"), m.consoleSignature}};
    }
    QCborMap operator()(const Proof &m) const { return {{key("sig"), m.signature}}; }
    QCborMap operator()(const Welcome &m) const
    {
        // In boot id order, not the QHash's: its order depends on the process's hash seed and on the
        // order of insertion, and one message must always encode to the same bytes.
        QStringList boots = m.acknowledged.keys();
        boots.sort();
        QCborMap acked;
        for (const QString &boot : std::as_const(boots))
            acked.insert(boot, qint64(m.acknowledged.value(boot)));
        return {{key("agent"), m.agentId}, {key("acked"), acked}, {key("heartbeat_ms"), m.heartbeatMs}};
    }
    QCborMap operator()(const Pending &m) const
    {
        return {{key("reason"), m.reason}, {key("retry_after_ms"), m.retryAfterMs}};
    }
    QCborMap operator()(const Refused &m) const { return {{key("code"), m.code}, {key("reason"), m.reason}}; }
    QCborMap operator()(const Batch &m) const
    {
        QCborArray records;
        for (const Record &r : m.records) {
            records.append(QCborMap{{key("seq"), qint64(r.seq)},
                                    {key("kind"), int(r.kind)},
                                    {key("ts"), r.createdMs},
                                    {key("body"), r.body}});
        }
        return {{key("boot"), m.bootId}, {key("records"), records}};
    }
    QCborMap operator()(const Ack &m) const { return {{key("boot"), m.bootId}, {key("seq"), qint64(m.seq)}}; }
    QCborMap operator()(const Command &m) const
    {
        return {{key("id"), m.id},
                {key("agent"), m.agentId},
                {key("script"), m.script},
                {key("timeout_ms"), m.timeoutMs},
                {key("not_after"), m.notAfterMs},
                {key("nonce"), m.nonce},
                {key("sig"), m.signature}};
    }
    QCborMap operator()(const CommandOutput &m) const
    {
        return {{key("id"), m.id}, {key("stream"), m.stream}, {key("offset"), qint64(m.offset)}, {key("data"), m.data}};
    }
};

struct TypeName {
    const char *operator()(const Hello &) const { return "hello"; }
    const char *operator()(const Challenge &) const { return "challenge"; }
    const char *operator()(const Proof &) const { return "proof"; }
    const char *operator()(const Welcome &) const { return "welcome"; }
    const char *operator()(const Pending &) const { return "pending"; }
    const char *operator()(const Refused &) const { return "refused"; }
    const char *operator()(const Batch &) const { return "batch"; }
    const char *operator()(const Ack &) const { return "ack"; }
    const char *operator()(const Command &) const { return "command"; }
    const char *operator()(const CommandOutput &) const { return "output"; }
};

}  // namespace

QString DecodeFailure::reason() const
{
    static const char *codes[] = {"frame-too-large", "not-cbor",     "trailing-bytes", "not-a-map",  "unsupported-version",
                                  "unknown-type",    "missing-field", "wrong-type",     "out-of-range",
                                  "duplicate-key"};
    const QString code = QString::fromLatin1(codes[int(error)]);
    return detail.isEmpty() ? code : code + QStringLiteral(": ") + detail;
}

QString messageTypeName(const Message &message)
{
    return QString::fromLatin1(std::visit(TypeName{}, message));
}

QByteArray encodeMessage(const Message &message)
{
    QCborMap map = std::visit(Encoder{}, message);
    map.insert(key("v"), kProtocolVersion);
    map.insert(key("t"), messageTypeName(message));
    return QCborValue(map).toCbor();
}

DecodeResult decodeMessage(const QByteArray &frame, qsizetype maxFrameBytes)
{
    if (frame.size() > maxFrameBytes)
        return DecodeFailure{DecodeError::FrameTooLarge, QString::number(frame.size())};
    QCborStreamReader reader(frame);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return DecodeFailure{DecodeError::NotCbor, reader.lastError().toString()};
    if (reader.currentOffset() != frame.size())
        return DecodeFailure{DecodeError::TrailingBytes, QString::number(frame.size() - reader.currentOffset())};
    if (!value.isMap())
        return DecodeFailure{DecodeError::NotAMap, {}};
    const QCborMap map = value.toMap();
    if (const auto duplicate = duplicateKey(map))
        return DecodeFailure{DecodeError::DuplicateKey, *duplicate};
    const QCborValue version = map.value(key("v"));
    if (version.isUndefined())
        return DecodeFailure{DecodeError::MissingField, QStringLiteral("v")};
    if (!version.isInteger())
        return DecodeFailure{DecodeError::WrongType, QStringLiteral("v")};
    if (version.toInteger() != kProtocolVersion)
        return DecodeFailure{DecodeError::UnsupportedVersion, QString::number(version.toInteger())};
    const QCborValue type = map.value(key("t"));
    if (type.isUndefined())
        return DecodeFailure{DecodeError::MissingField, QStringLiteral("t")};
    if (!type.isString())
        return DecodeFailure{DecodeError::WrongType, QStringLiteral("t")};

    FieldReader reader2(map);
    std::optional<Message> message = decodeBody(type.toString(), reader2);
    if (!message)
        return DecodeFailure{DecodeError::UnknownType, type.toString().left(64)};
    if (!reader2.ok())
        return reader2.failure();
    return *message;
}

QByteArray challengeMessage(const QByteArray &nonce, const QString &agentId)
{
    return QByteArrayLiteral("mirrorstage/1 challenge") + '\0' + nonce + agentId.toUtf8();
}

QByteArray proofMessage(const QByteArray &nonce, const QByteArray &consolePublicKey)
{
    return QByteArrayLiteral("mirrorstage/1 proof") + '\0' + nonce + consolePublicKey;
}

QByteArray commandMessage(const Command &command)
{
    // A CBOR array, not a concatenation: no field can borrow bytes from its neighbour (a script
    // ending in "x" with id "y" must not sign the same as script "" with id "xy"). QCborValue
    // writes integers and lengths in their shortest form, so one command has one encoding.
    const QCborArray fields{command.agentId, command.id,         command.script,
                            command.timeoutMs, command.notAfterMs, command.nonce};
    return QByteArrayLiteral("mirrorstage/1 command") + '\0' + QCborValue(fields).toCbor();
}

void signCommand(Command &command, const Ed25519Key &consoleKey)
{
    command.signature = consoleKey.sign(commandMessage(command));
}

bool verifyCommand(const Command &command, const QByteArray &consolePublicKey)
{
    return command.signature.size() == kEd25519SignatureBytes
        && verifyEd25519(consolePublicKey, commandMessage(command), command.signature);
}

}  // namespace mirrorstage::wire
