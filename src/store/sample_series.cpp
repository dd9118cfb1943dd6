#include "sample_series.h"

#include <QCborArray>
#include <QCborValue>
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

// The codec writes whole numbers as CBOR integers and the rest as doubles: both are numbers.
Number number(const QCborValue &value)
{
    if (value.isInteger())
        return double(value.toInteger());
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    return std::nullopt;
}

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

Series integer(const QCborValue &value)
{
    return value.isInteger() ? Series(value.toInteger()) : std::nullopt;
}

QCborMap mapAt(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1StringView(key));
    return value.isMap() ? value.toMap() : QCborMap();
}

QCborArray arrayAt(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1StringView(key));
    return value.isArray() ? value.toArray() : QCborArray();
}

Number numberAt(const QCborMap &map, const char *key)
{
    return number(map.value(QLatin1StringView(key)));
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

void extractCpu(const QCborMap &cpu, SampleSeries &out)
{
    const QCborMap usage = mapAt(cpu, "usage");
    out.cpuBusyX100 = hundredths(numberAt(usage, "busy_percent"));
    out.cpuIowaitX100 = hundredths(numberAt(usage, "iowait_percent"));
    out.cpuStealX100 = hundredths(numberAt(usage, "steal_percent"));

    const QCborArray load = arrayAt(cpu, "load_average");
    out.load1X100 = hundredths(number(load.at(0)));
    out.load5X100 = hundredths(number(load.at(1)));
    out.load15X100 = hundredths(number(load.at(2)));
}

void extractCores(const QCborMap &cpu, SampleSeries &out)
{
    Sum sum;
    int counted = 0;
    Number highest;
    for (const QCborValue &core : arrayAt(cpu, "cores")) {
        const Number busy = numberAt(mapAt(core.toMap(), "usage"), "busy_percent");
        if (!busy)
            continue;
        sum.add(busy);
        ++counted;
        if (!highest || *busy > *highest)
            highest = busy;
    }
    out.coreBusyMaxX100 = hundredths(highest);
    out.coreBusyMeanX100 = counted > 0 ? hundredths(sum.total / counted) : std::nullopt;
}

void extractMemory(const QCborMap &memory, SampleSeries &out)
{
    out.memUsedX100 = hundredths(numberAt(memory, "used_percent"));
    out.swapUsedX100 = hundredths(numberAt(memory, "swap_used_percent"));
}

struct NetworkRates {
    Sum rx, tx, rxFaults, txFaults;
    void add(const QCborMap &rates)
    {
        rx.add(numberAt(rates, "rx_bytes_per_s"));
        tx.add(numberAt(rates, "tx_bytes_per_s"));
        rxFaults.add(sumOf(numberAt(rates, "rx_errors_per_s"), numberAt(rates, "rx_drops_per_s")));
        txFaults.add(sumOf(numberAt(rates, "tx_errors_per_s"), numberAt(rates, "tx_drops_per_s")));
    }
};

QString textAt(const QCborMap &map, const char *key)
{
    const QCborValue value = map.value(QLatin1StringView(key));
    return value.isString() ? value.toString() : QString();
}

// The primary interface is what the operator means by "the host's traffic". Without a default
// route every interface counts but loopback, whose traffic never leaves the host.
NetworkRates networkRates(const QCborMap &network)
{
    const QString primary = textAt(network, "primary_interface");
    NetworkRates rates;
    for (const QCborValue &item : arrayAt(network, "interfaces")) {
        const QCborMap nic = item.toMap();
        const QString name = textAt(nic, "name");
        const bool counts = primary.isEmpty() ? name != QLatin1String("lo") : name == primary;
        if (counts)
            rates.add(mapAt(nic, "rates"));
    }
    return rates;
}

void extractNetwork(const QCborMap &network, SampleSeries &out)
{
    const NetworkRates rates = networkRates(network);
    out.netRxBps = rounded(rates.rx.result());
    out.netTxBps = rounded(rates.tx.result());
    out.netRxFaultsX100 = hundredths(rates.rxFaults.result());
    out.netTxFaultsX100 = hundredths(rates.txFaults.result());
}

void extractFilesystems(const QCborArray &filesystems, SampleSeries &out)
{
    Number fullest;
    Number inodes;
    for (const QCborValue &item : filesystems) {
        const QCborMap fs = item.toMap();
        const Number used = numberAt(fs, "used_percent");
        if (!used || (fullest && *used <= *fullest))
            continue;
        fullest = used;
        inodes = numberAt(fs, "inodes_used_percent");
    }
    out.fsUsedX100 = hundredths(fullest);
    out.fsInodesUsedX100 = hundredths(inodes);
}

void extractDisks(const QCborArray &disks, SampleSeries &out)
{
    Sum read, written;
    Number busiest;
    for (const QCborValue &item : disks) {
        const QCborMap rates = mapAt(item.toMap(), "rates");
        read.add(numberAt(rates, "read_bytes_per_s"));
        written.add(numberAt(rates, "write_bytes_per_s"));
        const Number busy = numberAt(rates, "busy_percent");
        if (busy && (!busiest || *busy > *busiest))
            busiest = busy;
    }
    out.diskReadBps = rounded(read.result());
    out.diskWriteBps = rounded(written.result());
    out.diskBusyMaxX100 = hundredths(busiest);
}

void extractThermal(const QCborMap &temperatures, SampleSeries &out)
{
    out.cpuTempX100 = hundredths(numberAt(temperatures, "cpu_max_celsius"));
    out.gpuTempX100 = hundredths(numberAt(temperatures, "gpu_celsius"));
}

}  // namespace

std::span<const SeriesColumn> seriesColumns()
{
    return kColumns;
}

SampleSeries extractSeries(const QCborMap &sample)
{
    SampleSeries out;
    out.timestampMs = integer(sample.value(QLatin1StringView("timestamp_ms")));
    const QCborMap cpu = mapAt(sample, "cpu");
    extractCpu(cpu, out);
    extractCores(cpu, out);
    extractMemory(mapAt(sample, "memory"), out);
    extractNetwork(mapAt(sample, "network"), out);
    extractFilesystems(arrayAt(sample, "filesystems"), out);
    extractDisks(arrayAt(sample, "disks"), out);
    extractThermal(mapAt(sample, "temperatures"), out);
    out.processes = integer(mapAt(sample, "processes").value(QLatin1StringView("count")));
    return out;
}

}  // namespace mirrorstage::store
