#include "sample_series.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QList>
#include <array>
#include <cmath>

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

// One pass over the encoded sample with QCborStreamReader: nothing is allocated per item, and
// what the series do not need is skipped. It reads what extractSeries(QCborMap) used to read from
// QCborValue::fromCbor(bytes), with fromCbor's typing:
//   - a map key matches when it is a text string equal to the name; of equal keys the first
//     counts (QCborMap::value());
//   - integers within qint64 are integers, those outside are doubles; half and single floats are
//     doubles; tags, simple types, strings and containers are neither;
//   - reading stops at the first error (malformed or truncated CBOR, text that is not UTF-8,
//     nesting deeper than kMaxDepth), and what was read before it counts.
class SampleReader {
public:
    explicit SampleReader(QByteArrayView cbor) : m_reader(cbor.data(), cbor.size()) {}

    bool ok() { return !m_failed && m_reader.lastError() == QCborError::NoError; }
    bool atMap() { return ok() && m_reader.isMap(); }
    bool atArray() { return ok() && m_reader.isArray(); }

    // Calls entry(key) for each entry of the map the reader is at; entry must read or skip the
    // value. `key` is empty for a key that is not a short text string (it matches no name).
    template <typename Entry>
    void forEachEntry(Entry &&entry)
    {
        if (!enter())
            return;
        while (ok() && m_reader.hasNext()) {
            const QByteArrayView key = readKey();
            if (!ok())
                break;
            entry(key);
        }
        leave();
    }

    // Calls element(index) for each element of the array the reader is at; element must read or
    // skip it.
    template <typename Element>
    void forEachElement(Element &&element)
    {
        if (!enter())
            return;
        for (qsizetype index = 0; ok() && m_reader.hasNext(); ++index)
            element(index);
        leave();
    }

    // A number, as number(QCborValue) reads one: integers and finite floating point.
    Number number()
    {
        std::optional<double> value;
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger:
            if (const double outside = integerOutOfRange())
                value = std::isfinite(outside) ? Number(outside) : std::nullopt;
            else
                value = double(m_reader.toInteger());
            m_reader.next();
            return value;
        case QCborStreamReader::Float16:
            value = double(m_reader.toFloat16());
            break;
        case QCborStreamReader::Float:
            value = double(m_reader.toFloat());
            break;
        case QCborStreamReader::Double:
            value = m_reader.toDouble();
            break;
        default:
            skip();
            return std::nullopt;
        }
        m_reader.next();
        return std::isfinite(*value) ? value : std::nullopt;
    }

    // An integer within qint64, as QCborValue::isInteger() says.
    Series integer()
    {
        if (m_reader.isInteger() && !integerOutOfRange()) {
            const qint64 value = m_reader.toInteger();
            m_reader.next();
            return value;
        }
        skip();
        return std::nullopt;
    }

    // A text string's UTF-8 bytes; nullopt for anything else.
    std::optional<QByteArray> text()
    {
        if (!m_reader.isString()) {
            skip();
            return std::nullopt;
        }
        QByteArray bytes;
        if (!readString(&bytes))
            return std::nullopt;
        return bytes;
    }

    // Reads past the current item, checking it as fromCbor would.
    void skip()
    {
        if (!ok())
            return;
        while (ok() && m_reader.isTag())
            m_reader.next();  // a tag is followed by the item it tags
        if (!ok())
            return;
        switch (m_reader.type()) {
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            if (enter()) {
                while (ok() && m_reader.hasNext())
                    skip();
                leave();
            }
            return;
        case QCborStreamReader::String:
        case QCborStreamReader::ByteArray:
            readString(nullptr);
            return;
        case QCborStreamReader::Invalid:
            m_failed = true;
            return;
        default:
            m_reader.next();
            return;
        }
    }

private:
    static constexpr int kMaxDepth = 1024;
    static constexpr qsizetype kMaxKey = 64;  // longer than any name looked for

    bool enter()
    {
        if (++m_depth > kMaxDepth)
            m_failed = true;
        if (!ok() || !m_reader.enterContainer()) {
            m_failed = true;
            return false;
        }
        return true;
    }

    void leave()
    {
        --m_depth;
        if (ok())
            m_reader.leaveContainer();
    }

    // As fromCbor (integerOutOfRange() in qcborvalue.cpp): integers beyond qint64 are doubles.
    double integerOutOfRange() const
    {
        if (m_reader.isUnsignedInteger()) {
            const quint64 v = m_reader.toUnsignedInteger();
            if (qint64(v) < 0)
                return double(v);
        } else {
            const quint64 v = quint64(m_reader.toNegativeInteger());
            if (qint64(v - 1) < 0)
                return -double(v);
        }
        return 0;
    }

    QByteArrayView readKey()
    {
        if (!m_reader.isString()) {
            skip();
            return {};
        }
        if (!readString(&m_key) || m_key.size() > kMaxKey)
            return {};
        return m_key;
    }

    // Reads a text or byte string chunk by chunk, into *into when given; text must be UTF-8.
    bool readString(QByteArray *into)
    {
        const bool isText = m_reader.isString();
        QByteArray &buffer = into ? *into : m_scratch;
        buffer.resize(0);
        while (ok()) {
            const qsizetype size = m_reader.currentStringChunkSize();
            if (size < 0)
                break;
            const qsizetype at = into ? buffer.size() : 0;
            buffer.resize(at + size);
            const auto chunk = m_reader.readStringChunk(buffer.data() + at, size);
            if (chunk.status == QCborStreamReader::EndOfString) {
                buffer.resize(at);
                return true;
            }
            if (chunk.status != QCborStreamReader::Ok)
                break;
            if (isText && !QByteArrayView(buffer.constData() + at, chunk.data).isValidUtf8())
                break;
            buffer.resize(at + chunk.data);
        }
        m_failed = true;
        return false;
    }

    QCborStreamReader m_reader;
    QByteArray m_key, m_scratch;
    int m_depth = 0;
    bool m_failed = false;
};

// The fields of a map that are read, each at its first occurrence only.
template <size_t N>
class FirstOf {
public:
    explicit FirstOf(const std::array<const char *, N> &names) : m_names(names) {}
    // The index of `key` among the names if it was not seen yet, else -1.
    int take(QByteArrayView key)
    {
        for (size_t i = 0; i < N; ++i) {
            if (key == QByteArrayView(m_names[i])) {
                if (m_seen[i])
                    return -1;
                m_seen[i] = true;
                return int(i);
            }
        }
        return -1;
    }

private:
    std::array<const char *, N> m_names;
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
    return out;
}

}  // namespace mirrorstage::store
