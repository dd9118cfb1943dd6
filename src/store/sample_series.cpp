#include "sample_series.h"

#include <QCborValue>
#include <QList>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace mirrorstage::store {
namespace {

using Series = std::optional<qint64>;
using Number = std::optional<double>;

constexpr std::array kColumns = {
    SeriesColumn{"cpu_busy_x100", &SampleSeries::cpuBusyX100},
    SeriesColumn{"cpu_iowait_x100", &SampleSeries::cpuIowaitX100},
    SeriesColumn{"cpu_steal_x100", &SampleSeries::cpuStealX100},
    SeriesColumn{"core_busy_max_x100", &SampleSeries::coreBusyMaxX100},
    SeriesColumn{"core_busy_mean_x100", &SampleSeries::coreBusyMeanX100},
    SeriesColumn{"mem_used_x100", &SampleSeries::memUsedX100},
    SeriesColumn{"swap_used_x100", &SampleSeries::swapUsedX100},
    SeriesColumn{"load1_x100", &SampleSeries::load1X100},
    SeriesColumn{"load5_x100", &SampleSeries::load5X100},
    SeriesColumn{"load15_x100", &SampleSeries::load15X100},
    SeriesColumn{"fs_used_x100", &SampleSeries::fsUsedX100},
    SeriesColumn{"fs_inodes_used_x100", &SampleSeries::fsInodesUsedX100},
    SeriesColumn{"net_rx_bps", &SampleSeries::netRxBps},
    SeriesColumn{"net_tx_bps", &SampleSeries::netTxBps},
    SeriesColumn{"net_rx_faults_x100", &SampleSeries::netRxFaultsX100},
    SeriesColumn{"net_tx_faults_x100", &SampleSeries::netTxFaultsX100},
    SeriesColumn{"disk_read_bps", &SampleSeries::diskReadBps},
    SeriesColumn{"disk_write_bps", &SampleSeries::diskWriteBps},
    SeriesColumn{"disk_busy_max_x100", &SampleSeries::diskBusyMaxX100},
    SeriesColumn{"cpu_temp_x100", &SampleSeries::cpuTempX100},
    SeriesColumn{"gpu_temp_x100", &SampleSeries::gpuTempX100},
    SeriesColumn{"processes", &SampleSeries::processes},
};

// Anything larger could not be a reading, and would not survive the conversion to qint64.
constexpr double kLargestStored = 9.0e15;

Series scaled(Number value, double factor)
{
    if (!value)
        return std::nullopt;
    const double result = std::round(*value * factor);
    if (!(std::fabs(result) <= kLargestStored))  // also false for NaN and infinity
        return std::nullopt;
    return qint64(result);
}

Series hundredths(Number value)
{
    return scaled(value, 100.0);
}

Series rounded(Number value)
{
    return scaled(value, 1.0);
}

// Sums the values present; absent when none was.
struct Sum {
    double total = 0;
    bool any = false;
    void add(Number value)
    {
        if (!value)
            return;
        total += *value;
        any = true;
    }
    Number result() const { return any ? Number(total) : std::nullopt; }
};

Number sumOf(Number a, Number b)
{
    Sum sum;
    sum.add(a);
    sum.add(b);
    return sum.result();
}

// One pass over the encoded sample (RFC 8949), straight over its bytes: nothing is allocated per
// item, and what the series do not need is skipped. QCborStreamReader was tried first; its
// per-item overhead left it barely faster than building the tree. What it reads and refuses is
// what QCborValue::fromCbor() reads and refuses, with fromCbor's typing:
//   - a map key matches when it is a text string equal to the name; of equal keys the first
//     counts (QCborMap::value());
//   - integers within qint64 are integers, those outside are doubles; half and single floats are
//     doubles; tags, simple values, strings and containers are neither;
//   - every item is checked as fromCbor checks it, also those that are skipped: an argument that
//     is reserved (28-30) or runs past the end, an indefinite length where none is allowed, a
//     misplaced break, a two-byte simple value below 32, a chunk of an indefinite string of
//     another type, text that is not UTF-8, or nesting deeper than kMaxDepth stops the reading,
//     and the caller refuses the sample.
class SampleReader {
public:
    explicit SampleReader(QByteArrayView cbor)
        : m_at(reinterpret_cast<const quint8 *>(cbor.data())), m_end(m_at + cbor.size())
    {
    }

    bool ok() const { return !m_failed; }
    bool atMap() { return peekMajor() == kMap; }
    bool atArray() { return peekMajor() == kArray; }

    // Calls entry(key) for each entry of the map the reader is at; entry must read or skip the
    // value. `key` is empty for a key that is not a short text string (it matches no name).
    template <typename Entry>
    void forEachEntry(Entry &&entry)
    {
        Head head;
        if (!enter(head))
            return;
        for (quint64 n = 0; ok() && (head.indefinite || n < head.argument); ++n) {
            if (head.indefinite && takeBreak())
                break;
            const QByteArrayView key = readKey();
            if (!ok())
                break;
            entry(key);  // a break in the value's place fails as a malformed item
        }
        --m_depth;
    }

    // Calls element(index) for each element of the array the reader is at; element must read or
    // skip it.
    template <typename Element>
    void forEachElement(Element &&element)
    {
        Head head;
        if (!enter(head))
            return;
        for (quint64 n = 0; ok() && (head.indefinite || n < head.argument); ++n) {
            if (head.indefinite && takeBreak())
                break;
            element(qsizetype(std::min<quint64>(n, quint64(std::numeric_limits<qsizetype>::max()))));
        }
        --m_depth;
    }

    // A number, as number(QCborValue) reads one: integers and finite floating point.
    Number number()
    {
        const quint8 *start = m_at;
        Head head;
        if (!readHead(head))
            return std::nullopt;
        std::optional<double> value;
        switch (head.major) {
        case kUnsigned:
        case kNegative:
            return integerValue(head).second;
        case kSimple:
            if (head.minor == 25)
                value = halfToDouble(quint16(head.argument));
            else if (head.minor == 26)
                value = double(std::bit_cast<float>(quint32(head.argument)));
            else if (head.minor == 27)
                value = std::bit_cast<double>(head.argument);
            else
                return std::nullopt;  // simple value: read whole by its head
            return std::isfinite(*value) ? value : std::nullopt;
        default:
            m_at = start;
            skip();
            return std::nullopt;
        }
    }

    // An integer within qint64, as QCborValue::isInteger() says.
    Series integer()
    {
        const quint8 *start = m_at;
        Head head;
        if (!readHead(head))
            return std::nullopt;
        if (head.major == kUnsigned || head.major == kNegative)
            return integerValue(head).first;
        m_at = start;
        skip();
        return std::nullopt;
    }

    // A text string's UTF-8 bytes; nullopt for anything else.
    std::optional<QByteArray> text()
    {
        if (peekMajor() != kText) {
            skip();
            return std::nullopt;
        }
        const std::optional<QByteArrayView> bytes = readString();
        return bytes ? std::optional<QByteArray>(bytes->toByteArray()) : std::nullopt;
    }

    // Reads past the current item (and the tags before it), checking it as fromCbor would.
    void skip()
    {
        Head head;
        do {
            if (!readHead(head))
                return;
        } while (head.major == kTag);
        switch (head.major) {
        case kBytes:
        case kText:
            m_at = m_headStart;
            readString();
            return;
        case kArray:
        case kMap: {
            if (++m_depth > kMaxDepth)
                return fail();
            const quint64 items = head.major == kMap ? 2 : 1;
            for (quint64 n = 0; ok() && (head.indefinite || n < head.argument); ++n) {
                if (head.indefinite && takeBreak())
                    break;
                for (quint64 i = 0; i < items && ok(); ++i)
                    skip();
            }
            --m_depth;
            return;
        }
        default:  // integers and simple values: the head is the whole item
            return;
        }
    }

private:
    static constexpr int kMaxDepth = 1024;
    static constexpr qsizetype kMaxKey = 64;  // longer than any name looked for
    enum Major : quint8 { kUnsigned, kNegative, kBytes, kText, kArray, kMap, kTag, kSimple };

    struct Head {
        quint8 major = 0;
        quint8 minor = 0;  // the additional information: 0-27, or 31
        quint64 argument = 0;
        bool indefinite = false;
    };

    void fail() { m_failed = true; }

    // The major type of the next item without reading it; 0xff when there is none.
    quint8 peekMajor() const { return ok() && m_at < m_end ? quint8(*m_at >> 5) : quint8(0xff); }

    // Reads an item's head. Fails on what is malformed in a head: no byte left, an argument that
    // runs past the end, the reserved minors 28-30, an indefinite length for an integer or a tag,
    // a break (it ends containers only: takeBreak()), a two-byte simple value below 32.
    bool readHead(Head &head)
    {
        if (!ok() || m_at >= m_end)
            return fail(), false;
        m_headStart = m_at;
        const quint8 initial = *m_at++;
        head.major = initial >> 5;
        head.minor = initial & 0x1f;
        head.indefinite = false;
        if (head.minor < 24) {
            head.argument = head.minor;
        } else if (head.minor <= 27) {
            const qsizetype size = qsizetype(1) << (head.minor - 24);
            if (m_end - m_at < size)
                return fail(), false;
            quint64 value = 0;
            for (qsizetype i = 0; i < size; ++i)
                value = (value << 8) | m_at[i];
            m_at += size;
            head.argument = value;
            if (head.major == kSimple && head.minor == 24 && value < 32)
                return fail(), false;
        } else if (head.minor == 31 && head.major >= kBytes && head.major <= kMap) {
            head.indefinite = true;
        } else {
            return fail(), false;
        }
        return true;
    }

    // At the break that ends an indefinite container or string: reads it.
    bool takeBreak()
    {
        if (ok() && m_at < m_end && *m_at == 0xff) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool enter(Head &head)
    {
        if (!readHead(head) || (head.major != kArray && head.major != kMap))
            return fail(), false;
        if (++m_depth > kMaxDepth)
            return fail(), false;
        return true;
    }

    // (the integer when within qint64, the number), as fromCbor types an integer.
    std::pair<Series, Number> integerValue(const Head &head) const
    {
        if (head.major == kUnsigned) {
            if (qint64(head.argument) < 0)
                return {std::nullopt, double(head.argument)};
            return {qint64(head.argument), double(qint64(head.argument))};
        }
        // -1 - argument. Beyond qint64 it is a double; fromCbor reads -2^64 as 0.
        const quint64 magnitude = head.argument + 1;
        if (qint64(magnitude - 1) < 0 && magnitude != 0)
            return {std::nullopt, -double(magnitude)};
        const qint64 value = qint64(-1) - qint64(head.argument);
        return {value, double(value)};
    }

    static double halfToDouble(quint16 half)
    {
        const int exponent = (half >> 10) & 0x1f;
        const int mantissa = half & 0x3ff;
        double value;
        if (exponent == 0)
            value = std::ldexp(mantissa, -24);
        else if (exponent != 31)
            value = std::ldexp(mantissa + 1024, exponent - 25);
        else
            value = mantissa == 0 ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
        return (half & 0x8000) ? -value : value;
    }

    QByteArrayView readKey()
    {
        if (peekMajor() != kText) {
            skip();
            return {};
        }
        const std::optional<QByteArrayView> key = readString();
        return key && key->size() <= kMaxKey ? *key : QByteArrayView();
    }

    // Reads a text or byte string, definite or in chunks; text must be UTF-8, chunk by chunk, as
    // fromCbor checks it. A definite string is seen where it lies; chunks are joined in m_joined
    // (valid until the next string is read).
    std::optional<QByteArrayView> readString()
    {
        Head head;
        if (!readHead(head))
            return std::nullopt;
        const quint8 major = head.major;
        auto chunk = [&](const Head &h) -> std::optional<QByteArrayView> {
            if (h.argument > quint64(m_end - m_at))
                return fail(), std::nullopt;
            const QByteArrayView bytes(m_at, qsizetype(h.argument));
            if (major == kText && !bytes.isValidUtf8())
                return fail(), std::nullopt;
            m_at += bytes.size();
            return bytes;
        };
        if (!head.indefinite)
            return chunk(head);
        m_joined.resize(0);
        while (!takeBreak()) {
            Head piece;
            if (!readHead(piece) || piece.major != major || piece.indefinite)
                return fail(), std::nullopt;
            const std::optional<QByteArrayView> bytes = chunk(piece);
            if (!bytes)
                return std::nullopt;
            m_joined.append(*bytes);
        }
        if (!ok())
            return std::nullopt;
        return QByteArrayView(m_joined);
    }

    const quint8 *m_at;
    const quint8 *m_end;
    const quint8 *m_headStart = nullptr;
    QByteArray m_joined;
    int m_depth = 0;
    bool m_failed = false;
};

// The fields of a map that are read, each at its first occurrence only.
template <size_t N>
class FirstOf {
public:
    explicit FirstOf(const std::array<const char *, N> &names)
    {
        for (size_t i = 0; i < N; ++i)
            m_names[i] = QByteArrayView(names[i]);
    }
    // The index of `key` among the names if it was not seen yet, else -1.
    int take(QByteArrayView key)
    {
        for (size_t i = 0; i < N; ++i) {
            if (key.size() == m_names[i].size() && std::memcmp(key.data(), m_names[i].data(), size_t(key.size())) == 0) {
                if (m_seen[i])
                    return -1;
                m_seen[i] = true;
                return int(i);
            }
        }
        return -1;
    }

private:
    std::array<QByteArrayView, N> m_names;
    std::array<bool, N> m_seen{};
};

// Reads map entries: for each name of `names` at its first occurrence, read(index); everything
// else is skipped.
template <size_t N, typename Read>
void readFields(SampleReader &r, const std::array<const char *, N> &names, Read &&read)
{
    if (!r.atMap()) {
        r.skip();
        return;
    }
    FirstOf<N> fields(names);
    r.forEachEntry([&](QByteArrayView key) {
        const int index = fields.take(key);
        if (index < 0)
            r.skip();
        else
            read(index);
    });
}

// The percentages of a "usage" map.
struct Usage {
    Number busy, iowait, steal;
};

Usage readUsage(SampleReader &r)
{
    Usage usage;
    readFields(r, std::array{"busy_percent", "iowait_percent", "steal_percent"}, [&](int field) {
        (field == 0 ? usage.busy : field == 1 ? usage.iowait : usage.steal) = r.number();
    });
    return usage;
}

void readCpu(SampleReader &r, SampleSeries &out)
{
    Sum sum;
    int counted = 0;
    Number highest;
    readFields(r, std::array{"usage", "load_average", "cores"}, [&](int field) {
        switch (field) {
        case 0: {
            const Usage usage = readUsage(r);
            out.cpuBusyX100 = hundredths(usage.busy);
            out.cpuIowaitX100 = hundredths(usage.iowait);
            out.cpuStealX100 = hundredths(usage.steal);
            break;
        }
        case 1: {
            if (!r.atArray())
                return r.skip();
            Number load[3];
            r.forEachElement([&](qsizetype index) {
                if (index < 3)
                    load[index] = r.number();
                else
                    r.skip();
            });
            out.load1X100 = hundredths(load[0]);
            out.load5X100 = hundredths(load[1]);
            out.load15X100 = hundredths(load[2]);
            break;
        }
        case 2:
            if (!r.atArray())
                return r.skip();
            r.forEachElement([&](qsizetype) {
                Number busy;
                readFields(r, std::array{"usage"}, [&](int) { busy = readUsage(r).busy; });
                if (!busy)
                    return;
                sum.add(busy);
                ++counted;
                if (!highest || *busy > *highest)
                    highest = busy;
            });
            break;
        }
    });
    out.coreBusyMaxX100 = hundredths(highest);
    out.coreBusyMeanX100 = counted > 0 ? hundredths(sum.total / counted) : std::nullopt;
}

void readMemory(SampleReader &r, SampleSeries &out)
{
    readFields(r, std::array{"used_percent", "swap_used_percent"}, [&](int field) {
        (field == 0 ? out.memUsedX100 : out.swapUsedX100) = hundredths(r.number());
    });
}

struct InterfaceRates {
    QByteArray name;  // UTF-8; empty when absent or not text
    Number rx, tx, rxFaults, txFaults;
};

InterfaceRates readInterface(SampleReader &r)
{
    InterfaceRates nic;
    readFields(r, std::array{"name", "rates"}, [&](int field) {
        if (field == 0) {
            nic.name = r.text().value_or(QByteArray());
            return;
        }
        Number rates[6];
        readFields(r,
                   std::array{"rx_bytes_per_s", "tx_bytes_per_s", "rx_errors_per_s", "rx_drops_per_s",
                              "tx_errors_per_s", "tx_drops_per_s"},
                   [&](int rate) { rates[rate] = r.number(); });
        nic.rx = rates[0];
        nic.tx = rates[1];
        nic.rxFaults = sumOf(rates[2], rates[3]);
        nic.txFaults = sumOf(rates[4], rates[5]);
    });
    return nic;
}

// The primary interface is what the operator means by "the host's traffic". Without a default
// route every interface counts but loopback, whose traffic never leaves the host. The interfaces
// may come before the primary interface's name: they are kept until the map is read.
void readNetwork(SampleReader &r, SampleSeries &out)
{
    QByteArray primary;
    QList<InterfaceRates> interfaces;
    readFields(r, std::array{"primary_interface", "interfaces"}, [&](int field) {
        if (field == 0) {
            primary = r.text().value_or(QByteArray());
            return;
        }
        if (!r.atArray())
            return r.skip();
        r.forEachElement([&](qsizetype) { interfaces.append(readInterface(r)); });
    });
    Sum rx, tx, rxFaults, txFaults;
    for (const InterfaceRates &nic : std::as_const(interfaces)) {
        const bool counts = primary.isEmpty() ? nic.name != "lo" : nic.name == primary;
        if (!counts)
            continue;
        rx.add(nic.rx);
        tx.add(nic.tx);
        rxFaults.add(nic.rxFaults);
        txFaults.add(nic.txFaults);
    }
    out.netRxBps = rounded(rx.result());
    out.netTxBps = rounded(tx.result());
    out.netRxFaultsX100 = hundredths(rxFaults.result());
    out.netTxFaultsX100 = hundredths(txFaults.result());
}

void readFilesystems(SampleReader &r, SampleSeries &out)
{
    if (!r.atArray())
        return r.skip();
    Number fullest;
    Number inodes;
    r.forEachElement([&](qsizetype) {
        Number used, usedInodes;
        readFields(r, std::array{"used_percent", "inodes_used_percent"},
                   [&](int field) { (field == 0 ? used : usedInodes) = r.number(); });
        if (!used || (fullest && *used <= *fullest))
            return;
        fullest = used;
        inodes = usedInodes;
    });
    out.fsUsedX100 = hundredths(fullest);
    out.fsInodesUsedX100 = hundredths(inodes);
}

void readDisks(SampleReader &r, SampleSeries &out)
{
    if (!r.atArray())
        return r.skip();
    Sum read, written;
    Number busiest;
    r.forEachElement([&](qsizetype) {
        readFields(r, std::array{"rates"}, [&](int) {
            readFields(r, std::array{"read_bytes_per_s", "write_bytes_per_s", "busy_percent"}, [&](int field) {
                const Number value = r.number();
                if (field == 0)
                    read.add(value);
                else if (field == 1)
                    written.add(value);
                else if (value && (!busiest || *value > *busiest))
                    busiest = value;
            });
        });
    });
    out.diskReadBps = rounded(read.result());
    out.diskWriteBps = rounded(written.result());
    out.diskBusyMaxX100 = hundredths(busiest);
}

void readThermal(SampleReader &r, SampleSeries &out)
{
    readFields(r, std::array{"cpu_max_celsius", "gpu_celsius"}, [&](int field) {
        (field == 0 ? out.cpuTempX100 : out.gpuTempX100) = hundredths(r.number());
    });
}

}  // namespace

std::span<const SeriesColumn> seriesColumns()
{
    return kColumns;
}

SampleSeries extractSeries(const QCborMap &sample)
{
    return extractSeries(QByteArrayView(QCborValue(sample).toCbor())).value_or(SampleSeries{});
}

std::optional<SampleSeries> extractSeries(QByteArrayView cbor)
{
    SampleReader r(cbor);
    if (!r.atMap())
        return std::nullopt;
    SampleSeries out;
    // Each section is read where it stands in the map; the network's series are computed when its
    // map is read to the end, the cores' mean when the cores are.
    readFields(r,
               std::array{"timestamp_ms", "cpu", "memory", "network", "filesystems", "disks", "temperatures",
                          "processes"},
               [&](int field) {
                   switch (field) {
                   case 0: out.timestampMs = r.integer(); break;
                   case 1: readCpu(r, out); break;
                   case 2: readMemory(r, out); break;
                   case 3: readNetwork(r, out); break;
                   case 4: readFilesystems(r, out); break;
                   case 5: readDisks(r, out); break;
                   case 6: readThermal(r, out); break;
                   case 7: readFields(r, std::array{"count"}, [&](int) { out.processes = r.integer(); }); break;
                   }
               });
    if (!r.ok())
        return std::nullopt;
    return out;
}

}  // namespace mirrorstage::store
