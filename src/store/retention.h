#pragma once
// How long the store keeps what, and the pruning that enforces it. Boots rows stay: a few per
// host and reboot, and an agent may resend an old boot's records from its outbox. The file does
// not shrink when rows go (SQLite reuses the pages); VACUUM gives the space back to the disk.

#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct RetentionPolicy {
    static constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

    qint64 rawSamplesMs = 7 * kDayMs;  // samples and gap records
    qint64 rollupsMs = 90 * kDayMs;    // minute_rollups
    qint64 logEventsMs = 30 * kDayMs;  // log_events
};

struct PruneResult {
    qint64 samples = 0, gaps = 0, logEvents = 0, rollups = 0;  // rows deleted
};

class Retention {
public:
    // Deletes what is older than the policy allows at nowMs, one short transaction per boot (and
    // per host for rollups), so that the writer and other connections are never held up long.
    static std::optional<PruneResult> prune(const QSqlDatabase &db, const RetentionPolicy &policy,
                                            qint64 nowMs, QString *error);
};

}  // namespace mirrorstage::store

Q_DECLARE_METATYPE(mirrorstage::store::PruneResult)
