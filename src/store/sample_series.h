#pragma once
// The key series of a sample: the few numbers per sample that the store keeps for every sample
// (the full sample is kept only for a host's newest one). Integers throughout, because SQLite
// stores small integers in 1 to 4 bytes where a REAL always takes 8:
//   *_x100  hundredths: percent x 100, degrees Celsius x 100, load x 100, events/s x 100
//   *_bps   bytes per second, rounded
// A series the agent did not send, sent as null, or sent with the wrong type is absent (NULL).

#include <QByteArrayView>
#include <QCborMap>
#include <QtGlobal>
#include <optional>
#include <span>

namespace mirrorstage::store {

struct SampleSeries {
    std::optional<qint64> timestampMs;
    std::optional<qint64> cpuBusyX100, cpuIowaitX100, cpuStealX100;
    std::optional<qint64> coreBusyMaxX100, coreBusyMeanX100;  // over the cores reported
    std::optional<qint64> memUsedX100, swapUsedX100;
    std::optional<qint64> load1X100, load5X100, load15X100;
    std::optional<qint64> fsUsedX100, fsInodesUsedX100;  // the fullest filesystem, and its inodes
    // The primary interface; without one, the sum over every interface but loopback.
    // Faults are errors + drops per second.
    std::optional<qint64> netRxBps, netTxBps, netRxFaultsX100, netTxFaultsX100;
    std::optional<qint64> diskReadBps, diskWriteBps;  // summed over disks
    std::optional<qint64> diskBusyMaxX100;            // the busiest disk
    std::optional<qint64> cpuTempX100, gpuTempX100;
    std::optional<qint64> processes;

    friend bool operator==(const SampleSeries &, const SampleSeries &) = default;
};

// One column of the samples table and where its value lives in SampleSeries.
struct SeriesColumn {
    const char *name;
    std::optional<qint64> SampleSeries::*member;
};

// The series columns of the samples table in table order (the timestamp is ts_ms, apart).
std::span<const SeriesColumn> seriesColumns();

// Pulls the key series out of a sample as sampleToCbor() writes it (docs/REFLECTOR.md).
SampleSeries extractSeries(const QCborMap &sample);

// The same, read straight from the encoded sample in one pass, without building a QCborValue
// tree (the store writer's hot path: building the tree cost more than the SQL). nullopt unless
// the bytes start with one well-formed CBOR map (what QCborValue::fromCbor() reads without an
// error, text in UTF-8, nested at most 1024 deep); bytes after it are ignored, as fromCbor does.
std::optional<SampleSeries> extractSeries(QByteArrayView cbor);

}  // namespace mirrorstage::store
