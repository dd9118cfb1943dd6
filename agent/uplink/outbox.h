#pragma once
// The agent's durable outbox. Every record the agent produces (sample, gap, log event, command
// result) gets (boot id, seq) and is written here before it is sent; it stays until the console
// acknowledges it, across reconnects and restarts, kill -9 included.
//
//   const QString boot = QUuid::createUuid().toString(QUuid::WithoutBraces);
//   auto outbox = Outbox::open(stateDirectory + "/outbox", boot, {}, &error);
//   outbox->append(RecordKind::Sample, nowMs, cbor);   // … once per record
//   outbox->flush();                                   // once per batch, before sending it
//   outbox->unacknowledged(256, 1 << 20, lastSent);    // the next window to send
//   outbox->acknowledge(bootId, seq);                  // the console has everything up to seq
//
// A boot is one run of the agent: a fresh id each start, seqs 1, 2, 3 … The outbox keeps the records
// of earlier boots under their own ids. When it outgrows its limits it drops the oldest records and
// says so: a Gap record in the current boot names the boot and seqs it lost (see outbox_gap.h).
// Not thread-safe: one thread owns it.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <span>

namespace mirrorstage::reflector {

class GapLedger;

struct OutboxLimits {
    qint64 maxBytes = 64 * 1024 * 1024;        // all segment files together
    qint64 maxAgeSeconds = 7 * 24 * 60 * 60;   // by a record's createdMs
};

enum class RecordKind : quint8 { Sample = 1, Gap = 2, Log = 3, CommandResult = 4 };

struct OutboxRecord {
    QString bootId;
    quint64 seq = 0;
    RecordKind kind = RecordKind::Sample;
    qint64 createdMs = 0;
    QByteArray payload;
};

// A place in the outbox's order: "after the record (bootId, seq)". The default is the beginning.
struct OutboxPosition {
    QString bootId;
    quint64 seq = 0;
};

class Outbox {
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    // Opens or creates the outbox in `directory` (made mode 0700), recovers what a crash left (a torn
    // record is cut off with a warning; every whole record before it is kept) and starts boot
    // `bootId`, which must not be in the outbox yet. On failure returns null and says why in *error.
    static std::unique_ptr<Outbox> open(const QString &directory, const QString &bootId,
                                        const OutboxLimits &limits, QString *error);
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    QString bootId() const;
    QString directory() const;

    // Writes the record (one write(2); not synced) and returns its seq. Drops the oldest records
    // first when the limits demand it. Returns 0 when it could not store the record (disk full, a
    // payload over a quarter of maxBytes): errorString() says why, no seq is spent, and the records
    // already in the outbox stay intact.
    quint64 append(RecordKind kind, qint64 createdMs, const QByteArray &payload);

    // Makes every appended record durable (fdatasync). The agent calls it once per batch, before
    // sending. False with errorString() when the disk refused.
    bool flush();

    // The console has committed every record of `bootId` up to `seq`: they are dropped, and the
    // fact is saved at once so that a restart does not send them again. Cumulative: an older
    // acknowledgement changes nothing; one beyond the boot's last record counts up to that record,
    // so that it cannot swallow records not yet written. False with errorString() when it could not be saved (the
    // records are dropped all the same, and saving is retried at the next flush()).
    bool acknowledge(const QString &bootId, quint64 seq);

    // Drops records created before nowMs - maxAgeSeconds, with a Gap record. append() does this on
    // its own every maxAgeSeconds / 64 of createdMs; the agent may call it from a timer.
    bool dropExpired(qint64 nowMs);

    // Unacknowledged records after `after`, oldest first: at most maxRecords, and payloads of at
    // most maxBytes together (though always one record when there is one, however large). A boot the
    // outbox no longer holds starts at the oldest record: sending twice is safe, skipping is not.
    QList<OutboxRecord> unacknowledged(qsizetype maxRecords, qint64 maxBytes, const OutboxPosition &after = {}) const;
    QStringList bootsWithUnacknowledgedRecords() const;  // oldest first

    qint64 sizeBytes() const;    // the segment files on disk
    qint64 recordCount() const;  // unacknowledged records
    QString errorString() const;

private:
    struct Segment;
    struct State;
    struct DropPlan;
    struct PendingRecord;
    explicit Outbox(std::unique_ptr<State> state);

    bool recover(QString *error);
    void loadState();
    bool loadSegments(QList<Segment> &loaded, QString *error);
    bool loadSegment(quint64 number, const QString &path, QList<Segment> &loaded, QString *error);
    GapLedger corruptionGaps(const QList<Segment> &loaded) const;
    void repairCutSegments(const QList<Segment> &loaded);
    void indexLiveGaps();
    void pruneLiveGaps();

    quint64 writeRecords(std::span<const PendingRecord> records);
    bool writerFits(qint64 batchBytes) const;
    bool ensureWriter(qint64 batchBytes);
    void retireWriter();
    bool failToSync(const QString &why);

    bool makeRoom(qint64 recordBytes, qint64 nowMs);
    void planWholeSegment(DropPlan &plan) const;
    void carryGaps(const Segment &segment, qsizetype from, qsizetype to, DropPlan &plan) const;
    bool coveredByAnotherLiveGap(qsizetype liveIndex, const DropPlan &plan) const;
    bool planExpiry(qint64 cutoffMs, DropPlan &plan) const;
    bool commit(DropPlan &plan, qint64 nowMs);
    bool writeGaps(GapLedger ledger, qint64 createdMs);
    bool saveState();
    void removeDroppedSegments();

    quint64 lastSeqOf(const QString &bootId) const;
    qsizetype firstVisible(const Segment &segment) const;
    std::pair<qsizetype, qsizetype> startAfter(const OutboxPosition &after) const;
    bool readRecords(const Segment &segment, qsizetype from, qsizetype to, QList<OutboxRecord> &out) const;
    bool fail(const QString &message) const;

    std::unique_ptr<State> d;
};

}  // namespace mirrorstage::reflector
