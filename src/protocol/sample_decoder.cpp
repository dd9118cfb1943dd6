#include "sample_decoder.h"

#include "sample_codec.h"

#include <QCborStreamReader>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

namespace mirrorstage {
namespace {

constexpr int kMaxNesting = 1024;        // arrays and maps, as deep as QCborValue::fromCbor reads
constexpr qsizetype kMaxKeyBytes = 64;   // longer than any field name
constexpr quint64 kMaxReserved = 1024;   // a list's announced length is not trusted beyond this
// A garbled sample could otherwise add a problem for every byte it has.
constexpr qsizetype kMaxListedProblems = 100;
// Larger than any reading. sampleToCbor rounds by multiplying by 100, which overflows to infinity
// (written as null) from about 1.8e306: a larger number would not come back.
constexpr double kLargestNumber = 1e300;

// What became of reading one value.
enum class Outcome {
    Read,
    Missing,     // its key is not in the map
    Null,
    WrongType,
    OutOfRange,  // an integer the field's type cannot hold, or a number beyond kLargestNumber
    NotFinite,   // infinity or NaN
    Broken,      // the bytes are not well-formed: the whole sample is refused
};

template <typename T>
struct Expected;  // how a problem names what a field should hold, and what it reads as without it
template <>
struct Expected<qint64> {
    static constexpr const char *what = "an integer", *fallback = "0";
};
template <>
struct Expected<int> {
    static constexpr const char *what = "an integer of 32 bits", *fallback = "0";
};
template <>
struct Expected<quint64> {
    static constexpr const char *what = "a non-negative integer of 63 bits", *fallback = "0";
};
template <>
struct Expected<double> {
    static constexpr const char *what = "a number", *fallback = "0";
};
template <>
struct Expected<bool> {
    static constexpr const char *what = "true or false", *fallback = "false";
};
template <>
struct Expected<QString> {
    static constexpr const char *what = "text", *fallback = "empty";
};

// Reads the map sampleToCbor writes, straight into a HostSample. Each part of the sample has a
// function that names its fields in the order sampleToCbor writes them (see Fields), so this file
// reads like sample_codec.cpp's SampleWalker.
class SampleDecoder {
public:
    explicit SampleDecoder(QByteArrayView cbor) : m_reader(cbor.data(), cbor.size()), m_size(cbor.size()) {}

    std::optional<HostSample> decode(QString *error);

private:
    // One step of the path to the value being read: a map key, or an index in an array.
    struct Step {
        std::string_view key;
        qsizetype index = -1;
    };

    // The fields of the map being read. A describing function calls at() once per field, in the
    // order sampleToCbor writes them, and reads the value when at() is true. It runs once for every
    // key of the map, and once more after the map, when at() is true for each field that was not
    // there (its value then reads as Outcome::Missing).
    class Fields {
    public:
        explicit Fields(SampleDecoder &decoder) : m_decoder(decoder) {}

        template <size_t N>
        bool at(const char (&name)[N])
        {
            const std::string_view field(name, N - 1);
            Q_ASSERT(m_position < 64);  // m_seen has a bit per field
            const quint64 bit = quint64(1) << m_position++;
            if (m_missingPass) {
                if (m_seen & bit)
                    return false;
                enter(field);
                return true;
            }
            if (m_matched || qsizetype(field.size()) != m_key.size()
                || std::memcmp(field.data(), m_key.data(), field.size()) != 0)
                return false;
            m_matched = true;
            enter(field);
            if (m_seen & bit) {
                m_decoder.problem(QStringLiteral("the key appears more than once; the first is used"));
                m_decoder.skip();
                return false;
            }
            m_seen |= bit;
            return true;
        }

    private:
        friend class SampleDecoder;

        void beginKey(QByteArrayView key)
        {
            m_key = key;
            m_position = 0;
            m_matched = false;
        }
        void beginMissingPass()
        {
            m_position = 0;
            m_missingPass = true;
        }
        void enter(std::string_view field)
        {
            leave();
            m_decoder.m_path.append(Step{field});
            m_entered = true;
        }
        void leave()
        {
            if (m_entered)
                m_decoder.m_path.removeLast();
            m_entered = false;
        }

        SampleDecoder &m_decoder;
        QByteArrayView m_key;  // valid until the field's value is read
        quint64 m_seen = 0;
        int m_position = 0;
        bool m_matched = false;
        bool m_missingPass = false;
        bool m_entered = false;
    };

    // A part of the sample that is left out as a whole when a value in it cannot be read (a group
    // or a list entry), for as long as it is being read. The innermost one takes the failure.
    class Absorber {
    public:
        explicit Absorber(SampleDecoder &decoder)
            : m_decoder(decoder), m_depth(decoder.m_absorberDepth), m_absorbed(decoder.m_absorbed)
        {
            decoder.m_absorberDepth = decoder.m_path.size();
            decoder.m_absorbed = false;
        }
        ~Absorber()
        {
            m_decoder.m_absorberDepth = m_depth;
            m_decoder.m_absorbed = m_absorbed;
        }
        Absorber(const Absorber &) = delete;
        Absorber &operator=(const Absorber &) = delete;

        bool absorbed() const { return m_decoder.m_absorbed; }

    private:
        SampleDecoder &m_decoder;
        qsizetype m_depth;
        bool m_absorbed;
    };

    // --- the bytes ---

    bool ok() { return m_failure.isEmpty() && m_reader.lastError() == QCborError::NoError; }

    // Reads past the current item and the tags before it, checking it as QCborValue::fromCbor does.
    void skip()
    {
        while (ok() && m_reader.isTag())
            m_reader.next();
        if (ok())
            m_reader.next(kMaxNesting - m_reader.containerDepth());
    }

    bool leaveContainer()
    {
        if (!ok())
            return false;
        if (m_reader.leaveContainer())
            return true;
        if (ok())
            m_failure = QStringLiteral("the sample is not well-formed CBOR: a map or array does not end");
        return false;
    }

    // The key of a map entry as UTF-8, valid until the next key is read; empty when it is not
    // text (then it matches no field).
    QByteArrayView readKey()
    {
        if (!m_reader.isString()) {
            skip();
            return {};
        }
        if (m_reader.isLengthKnown() && m_reader.length() <= quint64(kMaxKeyBytes)) {
            qsizetype size = 0;
            auto chunk = m_reader.readStringChunk(m_key, kMaxKeyBytes);
            while (chunk.status == QCborStreamReader::Ok) {
                size += chunk.data;
                chunk = m_reader.readStringChunk(m_key + size, kMaxKeyBytes - size);
            }
            const QByteArrayView key(m_key, size);
            if (chunk.status == QCborStreamReader::Error)
                return {};
            // readStringChunk() copies bytes without checking them; readString() would.
            if (!key.isValidUtf8()) {
                m_failure = QStringLiteral("the sample is not well-formed CBOR: a map key is not valid UTF-8");
                return {};
            }
            return key;
        }
        QString text;  // in chunks, or longer than any field name: rare
        if (read(text) != Outcome::Read)
            return {};
        m_longKey = text.toUtf8();
        return m_longKey.size() <= kMaxKeyBytes ? QByteArrayView(m_longKey) : QByteArrayView();
    }

    const char *typeName() const
    {
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger: return "an integer";
        case QCborStreamReader::ByteArray: return "a byte string";
        case QCborStreamReader::String: return "text";
        case QCborStreamReader::Array: return "an array";
        case QCborStreamReader::Map: return "a map";
        case QCborStreamReader::Tag: return "a tagged value";
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double: return "a floating-point number";
        case QCborStreamReader::SimpleType:
            if (m_reader.isTrue())
                return "true";
            if (m_reader.isFalse())
                return "false";
            if (m_reader.isNull())
                return "null";
            return m_reader.isUndefined() ? "undefined" : "a simple value";
        default: return "nothing";
        }
    }

    // --- values: each reads the current item (unless it is Missing) ---

    // The item is not what the field holds: null, or of another type.
    Outcome other()
    {
        if (ok() && m_reader.isNull()) {
            m_reader.next();
            return ok() ? Outcome::Null : Outcome::Broken;
        }
        m_found = typeName();
        skip();
        return ok() ? Outcome::WrongType : Outcome::Broken;
    }

    Outcome readInteger(qint64 &out, qint64 lowest, qint64 highest)
    {
        if (m_missing)
            return Outcome::Missing;
        if (m_reader.isUnsignedInteger()) {
            const quint64 value = m_reader.toUnsignedInteger();
            m_reader.next();
            if (value > quint64(highest))
                return Outcome::OutOfRange;
            out = qint64(value);
            return Outcome::Read;
        }
        if (m_reader.isNegativeInteger()) {
            // -magnitude, where a magnitude of 0 stands for 2^64. Not toInteger(): it overflows.
            const quint64 magnitude = quint64(m_reader.toNegativeInteger());
            m_reader.next();
            if (magnitude == 0 || magnitude > quint64(1) << 63)
                return Outcome::OutOfRange;
            const qint64 value = -qint64(magnitude - 1) - 1;
            if (value < lowest)
                return Outcome::OutOfRange;
            out = value;
            return Outcome::Read;
        }
        return other();
    }

    Outcome read(qint64 &out)
    {
        return readInteger(out, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    }

    Outcome read(int &out)
    {
        qint64 value = 0;
        const Outcome outcome =
            readInteger(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (outcome == Outcome::Read)
            out = int(value);
        return outcome;
    }

    // sampleToCbor writes unsigned values as qint64: beyond that they would not come back.
    Outcome read(quint64 &out)
    {
        qint64 value = 0;
        const Outcome outcome = readInteger(value, 0, std::numeric_limits<qint64>::max());
        if (outcome == Outcome::Read)
            out = quint64(value);
        return outcome;
    }

    // sampleToCbor writes whole numbers as integers; any CBOR number is taken.
    Outcome read(double &out)
    {
        if (m_missing)
            return Outcome::Missing;
        double value = 0;
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger: value = double(m_reader.toUnsignedInteger()); break;
        case QCborStreamReader::NegativeInteger: {
            const quint64 magnitude = quint64(m_reader.toNegativeInteger());
            value = magnitude == 0 ? -0x1p64 : -double(magnitude);
            break;
        }
        case QCborStreamReader::Float16: value = double(float(m_reader.toFloat16())); break;
        case QCborStreamReader::Float: value = double(m_reader.toFloat()); break;
        case QCborStreamReader::Double: value = m_reader.toDouble(); break;
        default: return other();
        }
        m_reader.next();
        if (!std::isfinite(value))
            return Outcome::NotFinite;
        if (std::fabs(value) > kLargestNumber)
            return Outcome::OutOfRange;
        out = value;
        return Outcome::Read;
    }

    Outcome read(bool &out)
    {
        if (m_missing)
            return Outcome::Missing;
        if (!m_reader.isBool())
            return other();
        out = m_reader.toBool();
        m_reader.next();
        return Outcome::Read;
    }

    // readString() checks the UTF-8 and fails the reader on bad text.
    Outcome read(QString &out)
    {
        if (m_missing)
            return Outcome::Missing;
        if (!m_reader.isString())
            return other();
        auto chunk = m_reader.readString();
        QString text = std::move(chunk.data);  // all of it, unless the string comes in chunks
        while (chunk.status == QCborStreamReader::Ok) {
            chunk = m_reader.readString();
            text += chunk.data;
        }
        if (chunk.status == QCborStreamReader::Error)
            return Outcome::Broken;
        out = std::move(text);
        return Outcome::Read;
    }

    // At an array or a map (as asked): Read, and the caller enters it. Else the item is read past.
    Outcome container(QCborStreamReader::Type type)
    {
        if (m_missing)
            return Outcome::Missing;
        if (ok() && m_reader.type() == type)
            return Outcome::Read;
        return other();
    }

    // --- problems ---

    QString pathText(qsizetype depth) const
    {
        QString text;
        for (qsizetype i = 0; i < depth; ++i) {
            const Step &step = m_path[i];
            if (step.index >= 0) {
                text += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
                continue;
            }
            if (i > 0)
                text += QLatin1Char('.');
            text += QLatin1StringView(step.key.data(), qsizetype(step.key.size()));
        }
        return text;
    }

    QString reasonFor(Outcome outcome, const char *expected) const
    {
        const QLatin1StringView what(expected);
        switch (outcome) {
        case Outcome::Missing: return QStringLiteral("missing");
        case Outcome::Null: return QStringLiteral("null, expected %1").arg(what);
        case Outcome::WrongType: return QStringLiteral("expected %1, found %2").arg(what, QLatin1StringView(m_found));
        case Outcome::OutOfRange: return QStringLiteral("expected %1, found one out of its range").arg(what);
        case Outcome::NotFinite: return QStringLiteral("expected a finite number, found infinity or NaN");
        case Outcome::Read:
        case Outcome::Broken: break;
        }
        return {};
    }

    // A problem with the value at the current path.
    void problem(const QString &reason)
    {
        if (!ok())
            return;
        if (m_problems.size() >= kMaxListedProblems) {
            ++m_unlisted;
            return;
        }
        m_problems.append({QStringLiteral("cbor:") + pathText(m_path.size()), reason});
    }

    // A value the sample always has. One that cannot be read takes the innermost Absorber's part
    // with it, or, outside any, reads as `fallback`.
    void requiredOutcome(Outcome outcome, const char *expected, const char *fallback)
    {
        if (outcome == Outcome::Read || !ok())
            return;
        QString consequence;
        if (m_absorberDepth < 0) {
            consequence = QStringLiteral("read as ") + QLatin1StringView(fallback);
        } else {
            m_absorbed = true;
            consequence = m_absorberDepth == m_path.size()
                              ? QStringLiteral("left out")
                              : pathText(m_absorberDepth) + QStringLiteral(" is left out");
        }
        problem(reasonFor(outcome, expected) + QStringLiteral("; ") + consequence);
    }

    // A value that may be absent: null (or no key) says so; anything else unreadable is a problem.
    void optionalOutcome(Outcome outcome, const char *expected)
    {
        if (outcome == Outcome::Read || outcome == Outcome::Null || outcome == Outcome::Missing || !ok())
            return;
        problem(reasonFor(outcome, expected) + QStringLiteral("; left out"));
    }

    // --- fields ---

    template <typename T>
    bool required(T &out)
    {
        const Outcome outcome = read(out);
        requiredOutcome(outcome, Expected<T>::what, Expected<T>::fallback);
        return outcome == Outcome::Read;
    }

    template <typename T>
    void optional(std::optional<T> &out)
    {
        T value{};
        const Outcome outcome = read(value);
        if (outcome == Outcome::Read)
            out = value;
        optionalOutcome(outcome, Expected<T>::what);
    }

    // Text that sampleToCbor writes as null when it is empty.
    void text(QString &out)
    {
        const Outcome outcome = read(out);
        if (outcome == Outcome::Read || outcome == Outcome::Null || outcome == Outcome::Missing || !ok())
            return;
        problem(reasonFor(outcome, Expected<QString>::what) + QStringLiteral("; read as empty"));
    }

    // Calls describe(Fields &) for the map the reader is at (see Fields).
    template <typename Describe>
    void readMap(Describe &&describe)
    {
        if (!m_reader.enterContainer())
            return;
        Fields fields(*this);
        while (ok() && m_reader.hasNext()) {
            fields.beginKey(readKey());
            if (!ok())
                return;
            describe(fields);
            fields.leave();
            if (!fields.m_matched)
                skip();  // an unknown key: how fields are added
        }
        if (!leaveContainer())
            return;
        fields.beginMissingPass();
        m_missing = true;
        describe(fields);
        m_missing = false;
        fields.leave();
    }

    // Calls element(index) for each element of the array the reader is at.
    template <typename Element>
    void readArray(Element &&element)
    {
        if (!m_reader.enterContainer())
            return;
        for (qsizetype index = 0; ok() && m_reader.hasNext(); ++index) {
            m_path.append(Step{{}, index});
            element(index);
            m_path.removeLast();
        }
        leaveContainer();
    }

    // A map the sample always has: a section, or a list entry.
    template <typename Describe>
    void map(Describe &&describe)
    {
        const Outcome outcome = container(QCborStreamReader::Map);
        if (outcome == Outcome::Read)
            readMap(describe);
        else
            requiredOutcome(outcome, "a map", "empty");
    }

    // An optional part read as a whole by fill(T &), from a map or an array.
    template <typename T, typename Fill>
    std::optional<T> group(QCborStreamReader::Type type, Fill &&fill)
    {
        const Outcome outcome = container(type);
        if (outcome != Outcome::Read) {
            optionalOutcome(outcome, type == QCborStreamReader::Map ? "a map" : "an array");
            return std::nullopt;
        }
        Absorber absorber(*this);
        T value{};
        fill(value);
        if (absorber.absorbed())
            return std::nullopt;
        return value;
    }

    // A list whose entries are read by fill(T &); an entry that cannot be read is left out.
    template <typename T, typename Fill>
    void list(QList<T> &out, Fill &&fill)
    {
        const Outcome outcome = container(QCborStreamReader::Array);
        if (outcome != Outcome::Read)
            return requiredOutcome(outcome, "an array", "an empty list");
        if (m_reader.isLengthKnown())
            out.reserve(qsizetype(std::min(m_reader.length(), kMaxReserved)));
        readArray([&](qsizetype) {
            Absorber absorber(*this);
            T item{};
            fill(item);
            if (!absorber.absorbed())
                out.append(std::move(item));
        });
    }

    // --- the sample, in sampleToCbor's order ---

    void sample(Fields &f, HostSample &s)
    {
        if (f.at("schema"))
            schema();
        if (f.at("timestamp_ms"))
            required(s.timestampMs);
        if (f.at("interval_ms"))
            optional(s.intervalMs);
        if (f.at("has_rates"))
            required(s.hasRates);
        if (f.at("agent"))
            map([&](Fields &g) { agent(g, s.agent); });
        if (f.at("host"))
            map([&](Fields &g) { facts(g, s.facts); });
        if (f.at("cpu"))
            map([&](Fields &g) { cpu(g, s.cpu); });
        if (f.at("memory"))
            map([&](Fields &g) { memory(g, s.memory); });
        if (f.at("network"))
            map([&](Fields &g) { network(g, s.network); });
        if (f.at("filesystems"))
            list(s.filesystems, [&](FilesystemSample &fs) { map([&](Fields &g) { filesystem(g, fs); }); });
        if (f.at("disks"))
            list(s.disks, [&](DiskSample &d) { map([&](Fields &g) { disk(g, d); }); });
        if (f.at("temperatures"))
            map([&](Fields &g) { thermal(g, s.thermal); });
        if (f.at("processes"))
            map([&](Fields &g) { processes(g, s.processes); });
        if (f.at("problems"))
            list(s.problems, [&](SampleProblem &p) {
                map([&](Fields &g) {
                    if (g.at("source"))
                        required(p.source);
                    if (g.at("reason"))
                        required(p.reason);
                });
            });
    }

    // Not kept in the sample; a newer schema is read as far as this one goes.
    void schema()
    {
        qint64 version = 0;
        const Outcome outcome = read(version);
        if (outcome != Outcome::Read)
            return requiredOutcome(outcome, Expected<qint64>::what, "schema 1");
        if (version != kSampleSchemaVersion)
            problem(QStringLiteral("schema %1 is not known here; read as schema %2").arg(version).arg(kSampleSchemaVersion));
    }

    void agent(Fields &f, AgentIdentity &a)
    {
        if (f.at("hostname"))
            required(a.hostname);
        if (f.at("version"))
            required(a.agentVersion);
        if (f.at("rack"))
            text(a.rack);
        if (f.at("position"))
            a.position = group<RackPosition>(QCborStreamReader::Map, [&](RackPosition &p) {
                readMap([&](Fields &g) {
                    if (g.at("x"))
                        required(p.x);
                    if (g.at("y"))
                        required(p.y);
                    if (g.at("z"))
                        required(p.z);
                });
            });
        if (f.at("tags"))
            list(a.tags, [&](QString &tag) { required(tag); });
    }

    void facts(Fields &f, HostFacts &h)
    {
        if (f.at("kernel_hostname"))
            text(h.kernelHostname);
        if (f.at("os_id"))
            text(h.osId);
        if (f.at("os_name"))
            text(h.osName);
        if (f.at("os_version"))
            text(h.osVersion);
        if (f.at("os_pretty_name"))
            text(h.osPrettyName);
        if (f.at("kernel"))
            text(h.kernelRelease);
        if (f.at("boot_id"))
            text(h.bootId);
        if (f.at("vendor"))
            text(h.vendor);
        if (f.at("model"))
            text(h.model);
        if (f.at("uptime_seconds"))
            optional(h.uptimeSeconds);
    }

    std::optional<CpuUsage> usage()
    {
        return group<CpuUsage>(QCborStreamReader::Map, [&](CpuUsage &u) {
            readMap([&](Fields &f) {
                if (f.at("busy_percent"))
                    required(u.busyPercent);
                if (f.at("user_percent"))
                    required(u.userPercent);
                if (f.at("system_percent"))
                    required(u.systemPercent);
                if (f.at("iowait_percent"))
                    required(u.iowaitPercent);
                if (f.at("steal_percent"))
                    required(u.stealPercent);
                if (f.at("idle_percent"))
                    required(u.idlePercent);
            });
        });
    }

    std::optional<LoadAverage> loadAverage()
    {
        return group<LoadAverage>(QCborStreamReader::Array, [&](LoadAverage &load) {
            double *const minutes[] = {&load.one, &load.five, &load.fifteen};
            qsizetype count = 0;
            readArray([&](qsizetype index) {
                count = index + 1;
                if (index < 3)
                    required(*minutes[index]);
                else
                    skip();
            });
            if (ok() && count != 3) {
                m_absorbed = true;
                problem(QStringLiteral("expected 3 numbers, found %1; left out").arg(count));
            }
        });
    }

    void cpu(Fields &f, CpuSample &c)
    {
        if (f.at("model"))
            text(c.model);
        if (f.at("logical_cores"))
            required(c.logicalCores);
        if (f.at("physical_cores"))
            optional(c.physicalCores);
        if (f.at("usage"))
            c.total = usage();
        if (f.at("load_average"))
            c.load = loadAverage();
        if (f.at("cores"))
            list(c.cores, [&](CoreSample &core) {
                map([&](Fields &g) {
                    if (g.at("id"))
                        required(core.id);
                    if (g.at("usage"))
                        core.usage = usage();
                    if (g.at("mhz"))
                        optional(core.mhz);
                });
            });
    }

    void memory(Fields &f, MemorySample &m)
    {
        if (f.at("total_bytes"))
            optional(m.totalBytes);
        if (f.at("available_bytes"))
            optional(m.availableBytes);
        if (f.at("used_percent"))
            optional(m.usedPercent);
        if (f.at("swap_total_bytes"))
            optional(m.swapTotalBytes);
        if (f.at("swap_used_bytes"))
            optional(m.swapUsedBytes);
        if (f.at("swap_used_percent"))
            optional(m.swapUsedPercent);
    }

    void interface(Fields &f, InterfaceSample &nic)
    {
        InterfaceCounters &c = nic.counters;
        if (f.at("name"))
            required(nic.name);
        if (f.at("oper_state"))
            text(nic.operState);
        if (f.at("up"))
            optional(nic.up);
        if (f.at("speed_mbps"))
            optional(nic.speedMbps);
        if (f.at("primary"))
            required(nic.primary);
        if (f.at("rx_bytes"))
            required(c.rxBytes);
        if (f.at("rx_packets"))
            required(c.rxPackets);
        if (f.at("rx_errors"))
            required(c.rxErrors);
        if (f.at("rx_drops"))
            required(c.rxDrops);
        if (f.at("tx_bytes"))
            required(c.txBytes);
        if (f.at("tx_packets"))
            required(c.txPackets);
        if (f.at("tx_errors"))
            required(c.txErrors);
        if (f.at("tx_drops"))
            required(c.txDrops);
        if (f.at("rates"))
            nic.rates = group<InterfaceRates>(QCborStreamReader::Map, [&](InterfaceRates &r) {
                readMap([&](Fields &g) {
                    if (g.at("rx_bytes_per_s"))
                        required(r.rxBytesPerSecond);
                    if (g.at("rx_packets_per_s"))
                        required(r.rxPacketsPerSecond);
                    if (g.at("rx_errors_per_s"))
                        required(r.rxErrorsPerSecond);
                    if (g.at("rx_drops_per_s"))
                        required(r.rxDropsPerSecond);
                    if (g.at("tx_bytes_per_s"))
                        required(r.txBytesPerSecond);
                    if (g.at("tx_packets_per_s"))
                        required(r.txPacketsPerSecond);
                    if (g.at("tx_errors_per_s"))
                        required(r.txErrorsPerSecond);
                    if (g.at("tx_drops_per_s"))
                        required(r.txDropsPerSecond);
                });
            });
    }

    void network(Fields &f, NetworkSample &n)
    {
        if (f.at("primary_interface"))
            text(n.primaryInterface);
        if (f.at("interfaces"))
            list(n.interfaces, [&](InterfaceSample &nic) { map([&](Fields &g) { interface(g, nic); }); });
    }

    void filesystem(Fields &f, FilesystemSample &fs)
    {
        if (f.at("device"))
            required(fs.device);
        if (f.at("mountpoint"))
            required(fs.mountpoint);
        if (f.at("type"))
            required(fs.type);
        if (f.at("total_bytes"))
            required(fs.totalBytes);
        if (f.at("used_bytes"))
            required(fs.usedBytes);
        if (f.at("free_bytes"))
            required(fs.freeBytes);
        if (f.at("used_percent"))
            optional(fs.usedPercent);
        if (f.at("inodes_used_percent"))
            optional(fs.inodesUsedPercent);
    }

    void disk(Fields &f, DiskSample &d)
    {
        DiskCounters &c = d.counters;
        if (f.at("name"))
            required(d.name);
        if (f.at("reads"))
            required(c.reads);
        if (f.at("writes"))
            required(c.writes);
        if (f.at("read_bytes"))
            required(c.readBytes);
        if (f.at("write_bytes"))
            required(c.writeBytes);
        if (f.at("busy_ms"))
            required(c.busyMilliseconds);
        if (f.at("rates"))
            d.rates = group<DiskRates>(QCborStreamReader::Map, [&](DiskRates &r) {
                readMap([&](Fields &g) {
                    if (g.at("reads_per_s"))
                        required(r.readsPerSecond);
                    if (g.at("writes_per_s"))
                        required(r.writesPerSecond);
                    if (g.at("read_bytes_per_s"))
                        required(r.readBytesPerSecond);
                    if (g.at("write_bytes_per_s"))
                        required(r.writeBytesPerSecond);
                    if (g.at("busy_percent"))
                        required(r.busyPercent);
                });
            });
    }

    // A kind this reader does not know (from a newer agent) reads as "other", as an unknown key
    // would be skipped.
    static SensorKind sensorKind(const QString &name)
    {
        if (name == QLatin1StringView("cpu"))
            return SensorKind::Cpu;
        if (name == QLatin1StringView("gpu"))
            return SensorKind::Gpu;
        return SensorKind::Other;
    }

    void thermal(Fields &f, ThermalSample &t)
    {
        if (f.at("cpu_max_celsius"))
            optional(t.cpuMaxCelsius);
        if (f.at("gpu_celsius"))
            optional(t.gpuCelsius);
        if (f.at("sensors"))
            list(t.sensors, [&](TemperatureReading &r) {
                map([&](Fields &g) {
                    if (g.at("source"))
                        required(r.source);
                    if (g.at("chip"))
                        required(r.chip);
                    if (g.at("label"))
                        required(r.label);
                    QString kind;
                    if (g.at("kind") && required(kind))
                        r.kind = sensorKind(kind);
                    if (g.at("celsius"))
                        required(r.celsius);
                });
            });
    }

    void process(Fields &f, ProcessSample &p)
    {
        if (f.at("pid"))
            required(p.pid);
        if (f.at("name"))
            required(p.name);
        if (f.at("user"))
            required(p.user);
        if (f.at("cpu_percent"))
            optional(p.cpuPercent);
        if (f.at("rss_bytes"))
            required(p.rssBytes);
        if (f.at("memory_percent"))
            optional(p.memoryPercent);
    }

    void processes(Fields &f, ProcessesSample &p)
    {
        if (f.at("count"))
            optional(p.count);
        if (f.at("top_by_cpu"))
            list(p.topByCpu, [&](ProcessSample &s) { map([&](Fields &g) { process(g, s); }); });
        if (f.at("top_by_memory"))
            list(p.topByMemory, [&](ProcessSample &s) { map([&](Fields &g) { process(g, s); }); });
    }

    // --- the whole ---

    // Why the bytes were refused; empty when they were not.
    QString failure()
    {
        if (!m_failure.isEmpty())
            return m_failure;
        const QCborError error = m_reader.lastError();
        if (error == QCborError::NoError)
            return {};
        if (error == QCborError::NestingTooDeep)
            return QStringLiteral("the sample nests arrays and maps more than %1 deep").arg(kMaxNesting);
        if (error == QCborError::EndOfFile)
            return QStringLiteral("the sample is not well-formed CBOR: it ends inside an item, after %1 bytes "
                                  "(truncated?)")
                .arg(m_size);
        return QStringLiteral("the sample is not well-formed CBOR: %1 (near byte %2)")
            .arg(error.toString())
            .arg(m_reader.currentOffset());
    }

    QCborStreamReader m_reader;
    qsizetype m_size;
    QString m_failure;  // a refusal the reader does not make itself
    QVarLengthArray<Step, 16> m_path;
    QList<SampleProblem> m_problems;  // appended to the sample's own
    qsizetype m_unlisted = 0;
    qsizetype m_absorberDepth = -1;  // the path length of the innermost Absorber; -1: none
    bool m_absorbed = false;
    bool m_missing = false;  // values read as Outcome::Missing (Fields' pass after a map)
    const char *m_found = "";
    char m_key[kMaxKeyBytes];
    QByteArray m_longKey;
};

std::optional<HostSample> SampleDecoder::decode(QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<HostSample> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (m_size == 0)
        return refuse(QStringLiteral("the sample is empty"));
    if (ok() && !m_reader.isMap())
        return refuse(QStringLiteral("the sample is not a CBOR map but %1").arg(QLatin1StringView(typeName())));
    HostSample s;
    if (ok())
        readMap([&](Fields &f) { sample(f, s); });
    if (const QString why = failure(); !why.isEmpty())
        return refuse(why);
    if (const qint64 after = m_size - m_reader.currentOffset(); after != 0) {
        return refuse(after == 1 ? QStringLiteral("the sample has 1 byte after its CBOR map")
                                 : QStringLiteral("the sample has %1 bytes after its CBOR map").arg(after));
    }
    s.problems.append(m_problems);
    if (m_unlisted > 0)
        s.problems.append({QStringLiteral("cbor:"),
                           QStringLiteral("%1 more problems with the sample's fields are not listed").arg(m_unlisted)});
    if (error)
        error->clear();
    return s;
}

}  // namespace

std::optional<HostSample> sampleFromCbor(QByteArrayView cbor, QString *error)
{
    return SampleDecoder(cbor).decode(error);
}

}  // namespace mirrorstage
