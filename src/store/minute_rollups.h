#pragma once
// Per host and minute, min/avg/max of the main series, kept long after the raw samples are gone.
//
// Recomputed rather than accumulated: the writer notes each (host, minute) it stored new samples
// for and, in the same transaction, recomputes those minutes from the raw samples. A duplicate is
// never counted twice, a sample that arrives an hour late lands in its own minute, and rollups
// and samples can never disagree after a crash. Minutes older than the raw window are not
// recomputed (their raw samples may be pruned already; see BatchWriter).

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <span>

namespace mirrorstage::store {

struct RollupRange {
    std::optional<qint64> min, avg, max;

    friend bool operator==(const RollupRange &, const RollupRange &) = default;
};

// Units as in SampleSeries (sample_series.h).
struct MinuteRollup {
    qint64 minuteMs = 0;  // start of the minute, milliseconds since the epoch
    qint64 sampleCount = 0;
    RollupRange cpuBusyX100, memUsedX100, swapUsedX100, load1X100, fsUsedX100;
    RollupRange netRxBps, netTxBps, diskBusyMaxX100, cpuTempX100;
};

struct RollupColumn {
    const char *series;  // column of samples; minute_rollups has <series>_min, _avg, _max
    RollupRange MinuteRollup::*member;
};

std::span<const RollupColumn> rollupColumns();

constexpr qint64 kMinuteMs = 60 * 1000;

inline qint64 minuteOf(qint64 timestampMs)
{
    const qint64 rest = timestampMs % kMinuteMs;
    return timestampMs - (rest < 0 ? rest + kMinuteMs : rest);
}

// Recomputes minutes of one connection's hosts; prepared once, used many times.
class MinuteRollups {
public:
    explicit MinuteRollups(const QSqlDatabase &db);

    bool recompute(qint64 hostId, qint64 minuteMs, QString *error);

private:
    bool prepared(QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

}  // namespace mirrorstage::store
