#include "outbox.h"

#include "outbox_gap.h"
#include "outbox_log.h"
#include "outbox_segment.h"
#include "outbox_state_file.h"
#include "posix_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <algorithm>
#include <limits>
#include <span>
#include <vector>

namespace mirrorstage::reflector {

Q_LOGGING_CATEGORY(lcOutbox, "mirrorstage.reflector.outbox")

namespace {

constexpr qint64 kMinSegmentBytes = 4 * 1024;
constexpr qint64 kMaxSegmentBytes = 4 * 1024 * 1024;
constexpr qint64 kMinMaxBytes = 4 * kMinSegmentBytes;
constexpr qint64 kMaxMaxAgeSeconds = qint64(100) * 365 * 24 * 60 * 60;
constexpr qint64 kExpiryChecksPerMaxAge = 64;
constexpr qint64 kMinExpiryCheckIntervalMs = 1000;
constexpr qsizetype kKeptEncodeBufferBytes = 1024 * 1024;

QString stateFileName() { return QStringLiteral("outbox.state"); }
QString lockFileName() { return QStringLiteral("outbox.lock"); }

// Small enough that dropping the oldest whole segment loses at most a sixteenth of the outbox;
// large enough that a busy agent starts a new file every few minutes, not every second.
qint64 segmentTargetBytes(const OutboxLimits &limits)
{
    return std::clamp(limits.maxBytes / 16, kMinSegmentBytes, kMaxSegmentBytes);
}

// Checking on every append would read the oldest record every time; a 64th of the age limit late
// is close enough.
qint64 expiryCheckIntervalMs(const OutboxLimits &limits)
{
    return std::max(kMinExpiryCheckIntervalMs, limits.maxAgeSeconds * 1000 / kExpiryChecksPerMaxAge);
}

// createdMs comes from the caller's clock, which may be anything; arithmetic on it must not overflow.
qint64 saturatingAdd(qint64 value, qint64 delta)
{
    qint64 sum = 0;
    if (!qAddOverflow(value, delta, &sum))
        return sum;
    return delta < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
}

qint64 encodedBytes(const QByteArray &payload)
{
    return kRecordOverheadBytes + payload.size();
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

}  // namespace

struct Outbox::Segment {
    quint64 number = 0;
    QString path;
    QString bootId;
    quint64 firstSeq = 1;       // of its first record; of the next one while it has none
    QList<quint32> offsets;     // where each record starts
    QList<quint32> gapIndexes;  // which records are Gap records
    qint64 bytes = 0;           // header and records
    bool cut = false;           // recovery cut a torn end off; the file is still longer than `bytes`

    qsizetype count() const { return offsets.size(); }
    quint64 seqAt(qsizetype index) const { return firstSeq + quint64(index); }
    quint64 lastSeq() const { return firstSeq + quint64(offsets.size()) - 1; }
    qint64 payloadBytes(qsizetype index) const
    {
        const qint64 end = index + 1 < offsets.size() ? qint64(offsets[index + 1]) : bytes;
        return end - offsets[index] - kRecordOverheadBytes;
    }
};

struct Outbox::PendingRecord {
    RecordKind kind;
    qint64 createdMs;
    QByteArray payload;
};

// What a drop will do, worked out before anything changes so that a drop whose Gap records cannot
// be written changes nothing.
struct Outbox::DropPlan {
    RemovedThrough removedThrough;  // the new watermark of each boot that loses records
    GapLedger ledger;
    qsizetype wholeSegments = 0;    // the oldest segments that go entirely
    qint64 freedBytes = 0;

    bool isEmpty() const { return removedThrough.isEmpty() && wholeSegments == 0; }
    qint64 gapBytes() const
    {
        qint64 bytes = 0;
        for (const OutboxGap &gap : ledger.gaps())
            bytes += encodedBytes(gap.toCbor());
        return bytes;
    }
};

struct Outbox::State {
    // A Gap record the console does not have yet, and what it says.
    struct LiveGap {
        QString recordBoot;
        quint64 recordSeq = 0;
        OutboxGap gap;
    };

    QString directory;
    QString bootId;
    OutboxLimits limits;
    qint64 segmentTarget = kMaxSegmentBytes;
    posix::FileDescriptor lock;
    QList<Segment> segments;                                    // oldest first; the writer's is last
    std::unique_ptr<SegmentWriter> writer;                      // the current boot's open segment
    std::vector<std::unique_ptr<SegmentWriter>> retired;        // closed for writing, not yet synced
    RemovedThrough removedThrough;                              // per boot: acknowledged or dropped up to
    QList<LiveGap> liveGaps;
    quint64 nextSeq = 1;
    quint64 nextSegmentNumber = 1;
    qint64 totalBytes = 0;
    qint64 nextExpiryCheckMs = std::numeric_limits<qint64>::min();
    bool directoryChanged = false;  // a file was created, renamed or removed since the last flush
    bool stateUnsaved = false;      // the state file could not be written; flush() tries again
    QByteArray encoded;             // reused by every append
    QString error;

    QString filePath(const QString &name) const { return directory + QLatin1Char('/') + name; }
};

Outbox::Outbox(std::unique_ptr<State> state)
    : d(std::move(state))
{
}

Outbox::~Outbox()
{
    // An orderly stop loses nothing, even what was appended after the last flush.
    if (!flush())
        qCWarning(lcOutbox, "%s", qPrintable(d->error));
}

std::unique_ptr<Outbox> Outbox::open(const QString &directory, const QString &bootId, const OutboxLimits &limits,
                                     QString *error)
{
    const qsizetype bootBytes = bootId.toUtf8().size();
    if (bootBytes == 0 || bootBytes > kMaxBootIdBytes) {
        setError(error,
                 tr("The boot id must be 1 to %1 bytes long; got %2 bytes.").arg(kMaxBootIdBytes).arg(bootBytes));
        return nullptr;
    }
    if (limits.maxBytes < kMinMaxBytes || limits.maxAgeSeconds < 1 || limits.maxAgeSeconds > kMaxMaxAgeSeconds) {
        setError(error, tr("The outbox needs at least %1 bytes and an age limit of 1 second to 100 years.")
                            .arg(kMinMaxBytes));
        return nullptr;
    }
    auto state = std::make_unique<State>();
    state->directory = QDir::cleanPath(QDir(directory).absolutePath());
    state->bootId = bootId;
    state->limits = limits;
    state->segmentTarget = segmentTargetBytes(limits);
    if (!QDir().mkpath(state->directory)
        || !QFile::setPermissions(state->directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        setError(error, tr("Could not create the outbox directory %1 with mode 0700. Check that the agent's state "
                           "directory exists, is a directory and belongs to the agent's user.").arg(state->directory));
        return nullptr;
    }
    QString why;
    state->lock = posix::lockFile(state->filePath(lockFileName()), &why);
    if (!state->lock.isValid()) {
        setError(error, tr("Could not lock the outbox in %1 (%2). Another reflector is probably using it; stop it, or "
                           "give this one a state directory of its own.").arg(state->directory, why));
        return nullptr;
    }
    std::unique_ptr<Outbox> outbox(new Outbox(std::move(state)));
    if (!outbox->recover(error))
        return nullptr;
    return outbox;
}

// ---- recovery ----------------------------------------------------------------------------------

bool Outbox::recover(QString *error)
{
    posix::removeFile(d->filePath(stateFileName() + QStringLiteral(".tmp")), nullptr);
    loadState();
    QList<Segment> loaded;
    if (!loadSegments(loaded, error))
        return false;
    for (const Segment &segment : std::as_const(loaded)) {
        if (segment.count() == 0)
            continue;
        d->segments.append(segment);
        d->totalBytes += segment.bytes;
    }
    indexLiveGaps();
    // The damaged ends are cut only once the loss they caused is on record, durably: a crash in
    // between finds them again.
    const GapLedger corrupt = corruptionGaps(loaded);
    if (!corrupt.isEmpty() && (!writeGaps(corrupt, QDateTime::currentMSecsSinceEpoch()) || !flush()))
        qCWarning(lcOutbox, "could not report records lost to damage (%s); will try again at the next start",
                  qPrintable(d->error));
    else
        repairCutSegments(loaded);
    removeDroppedSegments();
    if (recordCount() > 0)
        qCInfo(lcOutbox, "outbox %s: %lld unacknowledged records of %lld earlier boots, %lld bytes",
               qPrintable(d->directory), recordCount(), qint64(bootsWithUnacknowledgedRecords().size()),
               d->totalBytes);
    return true;
}

void Outbox::loadState()
{
    QString why;
    const auto saved = readOutboxState(d->filePath(stateFileName()), &why);
    if (!saved) {
        qCWarning(lcOutbox, "%s; every record in the outbox will be sent again (the console drops duplicates)",
                  qPrintable(why));
        return;
    }
    d->removedThrough = *saved;
}

bool Outbox::loadSegments(QList<Segment> &loaded, QString *error)
{
    const QStringList names = QDir(d->directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QList<std::pair<quint64, QString>> segments;
    for (const QString &name : names) {
        if (name == stateFileName() || name == lockFileName())
            continue;
        if (const auto number = segmentNumber(name))
            segments.append({*number, name});
        else if (name.endsWith(QStringLiteral(".seg.corrupt")))
            qCWarning(lcOutbox, "%s was set aside as damaged; remove it once inspected", qPrintable(d->filePath(name)));
        else
            qCWarning(lcOutbox, "ignoring %s: not a file of the outbox", qPrintable(d->filePath(name)));
    }
    std::sort(segments.begin(), segments.end());
    for (const auto &[number, name] : std::as_const(segments)) {
        d->nextSegmentNumber = std::max(d->nextSegmentNumber, number + 1);
        if (!loadSegment(number, d->filePath(name), loaded, error))
            return false;
    }
    return true;
}

bool Outbox::loadSegment(quint64 number, const QString &path, QList<Segment> &loaded, QString *error)
{
    QString why;
    const SegmentScan scan = scanSegment(path, &why);
    if (!why.isEmpty()) {
        setError(error, tr("Could not read the outbox file %1. Check the permissions of the agent's state directory.")
                            .arg(why));
        return false;
    }
    if (scan.status == SegmentScan::Status::Stub) {
        qCWarning(lcOutbox, "%s: removed; a crash left it before its first record", qPrintable(path));
        posix::removeFile(path, nullptr);
        d->directoryChanged = true;
        return true;
    }
    if (scan.status == SegmentScan::Status::NotASegment) {
        const QString aside = path + QStringLiteral(".corrupt");
        qCWarning(lcOutbox, "%s is not an outbox segment (bad header); renamed to %s for inspection",
                  qPrintable(path), qPrintable(aside));
        posix::renameFile(path, aside, nullptr);
        d->directoryChanged = true;
        return true;
    }
    if (scan.bootId == d->bootId) {
        setError(error, tr("The boot id %1 is already in the outbox %2; every start of the agent needs a new one.")
                            .arg(d->bootId, d->directory));
        return false;
    }
    if (!scan.problem.isEmpty())
        qCWarning(lcOutbox, "%s %s; the %lld bytes from there on are cut off (a write torn by a crash, or damage)",
                  qPrintable(path), qPrintable(scan.problem), scan.fileBytes - scan.validBytes);
    loaded.append(Segment{number, path, scan.bootId, scan.firstSeq, scan.offsets, scan.gapIndexes, scan.validBytes,
                          !scan.problem.isEmpty()});
    return true;
}

// A cut that the same boot's next segment outlives lost a known range of seqs; say which. A cut at
// the end of a boot's last segment lost records nobody can count (a torn tail); only the warning
// says so.
GapLedger Outbox::corruptionGaps(const QList<Segment> &loaded) const
{
    GapLedger ledger;
    QHash<QString, quint64> expected;  // per boot: the seq its next segment should start with
    QSet<QString> cutBefore;
    for (const Segment &segment : loaded) {
        if (!expected.contains(segment.bootId))
            expected.insert(segment.bootId, d->removedThrough.value(segment.bootId) + 1);
        quint64 &next = expected[segment.bootId];
        if (segment.count() > 0) {
            if (cutBefore.remove(segment.bootId) && segment.firstSeq > next)
                ledger.lose(segment.bootId, next, segment.firstSeq - 1, GapReason::Corrupt);
            next = std::max(next, segment.lastSeq() + 1);
        }
        if (segment.cut)
            cutBefore.insert(segment.bootId);
    }
    return ledger;
}

void Outbox::indexLiveGaps()
{
    for (const Segment &segment : std::as_const(d->segments)) {
        for (quint32 index : segment.gapIndexes) {
            QList<OutboxRecord> records;
            if (qsizetype(index) < firstVisible(segment) || !readRecords(segment, index, index + 1, records)
                || records.isEmpty())
                continue;
            if (const auto gap = OutboxGap::fromCbor(records.first().payload))
                d->liveGaps.append({segment.bootId, records.first().seq, *gap});
            else
                qCWarning(lcOutbox, "the Gap record %s/%llu is unreadable; should it be dropped unsent, what it "
                          "reported is lost", qPrintable(segment.bootId), records.first().seq);
        }
    }
}

void Outbox::pruneLiveGaps()
{
    d->liveGaps.removeIf([&](const State::LiveGap &live) {
        return live.recordSeq <= d->removedThrough.value(live.recordBoot);
    });
}

void Outbox::repairCutSegments(const QList<Segment> &loaded)
{
    for (const Segment &segment : loaded) {
        QString why;
        if (segment.count() == 0) {
            if (!posix::removeFile(segment.path, &why))
                qCWarning(lcOutbox, "could not remove a segment without whole records: %s", qPrintable(why));
            d->directoryChanged = true;
        } else if (segment.cut && !posix::truncateFile(segment.path, segment.bytes, &why)) {
            qCWarning(lcOutbox, "could not cut the torn end off: %s", qPrintable(why));
        }
    }
}

// ---- appending ---------------------------------------------------------------------------------

QString Outbox::bootId() const
{
    return d->bootId;
}

QString Outbox::directory() const
{
    return d->directory;
}

quint64 Outbox::append(RecordKind kind, qint64 createdMs, const QByteArray &payload)
{
    const qint64 bytes = encodedBytes(payload);
    if (payload.size() > kMaxPayloadBytes || bytes > d->limits.maxBytes / 4) {
        fail(tr("A record of %1 bytes does not fit in the outbox: a record may take at most a quarter of its %2 bytes, "
                "and 16 MiB.").arg(bytes).arg(d->limits.maxBytes));
        return 0;
    }
    if (quint8(kind) == 0) {
        fail(tr("A record needs a kind."));
        return 0;
    }
    // A failed expiry is tried again at the next append; it must not cost this record.
    if (createdMs >= d->nextExpiryCheckMs)
        dropExpired(createdMs);
    if (!makeRoom(bytes, createdMs))
        return 0;
    const PendingRecord record{kind, createdMs, payload};
    return writeRecords(std::span(&record, 1));
}

quint64 Outbox::writeRecords(std::span<const PendingRecord> records)
{
    qint64 batchBytes = 0;
    for (const PendingRecord &record : records)
        batchBytes += encodedBytes(record.payload);
    if (!ensureWriter(batchBytes))
        return 0;
    Segment &segment = d->segments.last();
    const quint64 firstSeq = d->nextSeq;
    d->encoded.clear();
    for (qsizetype i = 0; i < qsizetype(records.size()); ++i)
        encodeRecord(d->encoded, records[i].kind, firstSeq + quint64(i), records[i].createdMs, records[i].payload);
    QString why;
    const bool written = d->writer->append(d->encoded, &why);
    if (d->encoded.capacity() > kKeptEncodeBufferBytes)
        d->encoded = QByteArray();
    if (!written) {
        fail(tr("Could not store a record in the outbox (%1). The records already in it are kept; free disk space "
                "in %2 and the agent stores records again.").arg(why, d->directory));
        return 0;
    }
    for (const PendingRecord &record : records) {
        if (record.kind == RecordKind::Gap)
            segment.gapIndexes.append(quint32(segment.count()));
        segment.offsets.append(quint32(segment.bytes));
        segment.bytes += encodedBytes(record.payload);
    }
    d->totalBytes += batchBytes;
    d->nextSeq += quint64(records.size());
    return firstSeq;
}

bool Outbox::writerFits(qint64 batchBytes) const
{
    return d->writer && !d->writer->isBroken()
        && (d->segments.last().count() == 0 || d->writer->size() + batchBytes <= d->segmentTarget);
}

bool Outbox::ensureWriter(qint64 batchBytes)
{
    if (writerFits(batchBytes))
        return true;
    retireWriter();
    const quint64 number = d->nextSegmentNumber++;
    const QString path = d->filePath(segmentFileName(number));
    QString why;
    auto writer = SegmentWriter::create(path, d->bootId, &why);
    if (!writer)
        return fail(tr("Could not start a new outbox file (%1). The records already in the outbox are kept; free "
                       "disk space in %2 and the agent stores records again.").arg(why, d->directory));
    d->segments.append(Segment{number, path, d->bootId, d->nextSeq, {}, {}, writer->size(), false});
    d->totalBytes += writer->size();
    d->directoryChanged = true;
    d->writer = std::move(writer);
    return true;
}

// Its data still needs the next flush's fdatasync, so a retired writer stays open until then.
void Outbox::retireWriter()
{
    if (!d->writer)
        return;
    if (d->writer->needsSync())
        d->retired.push_back(std::move(d->writer));
    d->writer.reset();
}

bool Outbox::flush()
{
    QString why;
    while (!d->retired.empty()) {
        if (!d->retired.back()->sync(&why))
            return failToSync(why);
        d->retired.pop_back();
    }
    if (d->writer && d->writer->needsSync() && !d->writer->sync(&why))
        return failToSync(why);
    if (d->stateUnsaved)
        saveState();
    if (d->directoryChanged) {
        if (!posix::syncDirectory(d->directory, &why))
            return failToSync(why);
        d->directoryChanged = false;
    }
    return true;
}

bool Outbox::failToSync(const QString &why)
{
    return fail(tr("Could not make the outbox durable (%1). Records appended since the last flush may be lost if "
                   "the host loses power; check the disk under %2.").arg(why, d->directory));
}

// ---- dropping ----------------------------------------------------------------------------------

bool Outbox::makeRoom(qint64 recordBytes, qint64 nowMs)
{
    const qint64 headerBytes = writerFits(recordBytes) ? 0 : segmentHeaderBytes(d->bootId);
    if (d->totalBytes + recordBytes + headerBytes <= d->limits.maxBytes)
        return true;
    // Room for the record, the Gap records and, should they not fit the current segment, a new
    // segment's header.
    DropPlan plan;
    const auto needed = [&] {
        return d->totalBytes - plan.freedBytes + recordBytes + plan.gapBytes() + segmentHeaderBytes(d->bootId);
    };
    while (needed() > d->limits.maxBytes && plan.wholeSegments < d->segments.size())
        planWholeSegment(plan);
    return commit(plan, nowMs);
}

void Outbox::planWholeSegment(DropPlan &plan) const
{
    const Segment &segment = d->segments[plan.wholeSegments++];
    const qsizetype from = firstVisible(segment);
    plan.freedBytes += segment.bytes;
    if (from == segment.count())
        return;
    quint64 &removed = plan.removedThrough[segment.bootId];
    removed = std::max(removed, segment.lastSeq());
    plan.ledger.lose(segment.bootId, segment.seqAt(from), segment.lastSeq(), GapReason::OutboxFull);
    carryGaps(segment, from, segment.count(), plan);
}

// A Gap record that is itself dropped hands its news on to a new one, unless a Gap record that
// stays already says as much. The plan's watermarks must already include [from, to).
void Outbox::carryGaps(const Segment &segment, qsizetype from, qsizetype to, DropPlan &plan) const
{
    const quint64 first = segment.seqAt(from), last = segment.seqAt(to - 1);
    for (qsizetype i = 0; i < d->liveGaps.size(); ++i) {
        const State::LiveGap &live = d->liveGaps[i];
        if (live.recordBoot == segment.bootId && live.recordSeq >= first && live.recordSeq <= last
            && !coveredByAnotherLiveGap(i, plan))
            plan.ledger.carry(live.gap);
    }
}

bool Outbox::coveredByAnotherLiveGap(qsizetype liveIndex, const DropPlan &plan) const
{
    const OutboxGap &dropped = d->liveGaps[liveIndex].gap;
    for (qsizetype i = 0; i < d->liveGaps.size(); ++i) {
        const State::LiveGap &other = d->liveGaps[i];
        const quint64 removed = std::max(d->removedThrough.value(other.recordBoot),
                                         plan.removedThrough.value(other.recordBoot));
        if (i != liveIndex && other.recordSeq > removed && other.gap.covers(dropped))
            return true;
    }
    return false;
}

bool Outbox::dropExpired(qint64 nowMs)
{
    const qint64 cutoffMs = saturatingAdd(nowMs, -d->limits.maxAgeSeconds * 1000);
    DropPlan plan;
    if (!planExpiry(cutoffMs, plan) || !commit(plan, nowMs))
        return false;
    d->nextExpiryCheckMs = saturatingAdd(nowMs, expiryCheckIntervalMs(d->limits));
    return true;
}

// The oldest records, up to the first one that is young enough. Reads the segments only as far as
// that: usually one record.
bool Outbox::planExpiry(qint64 cutoffMs, DropPlan &plan) const
{
    for (const Segment &segment : std::as_const(d->segments)) {
        const qsizetype from = firstVisible(segment);
        if (from == segment.count())
            continue;
        QList<OutboxRecord> records;
        if (!readRecords(segment, from, from + 1, records))
            return false;
        if (records.isEmpty() || records.first().createdMs >= cutoffMs)
            return true;
        records.clear();
        if (!readRecords(segment, from, segment.count(), records))
            return false;
        const auto young = std::find_if(records.cbegin(), records.cend(),
                                        [&](const OutboxRecord &record) { return record.createdMs >= cutoffMs; });
        const qsizetype expired = young - records.cbegin();
        if (expired == 0)
            return true;
        const quint64 lastExpired = records[expired - 1].seq;
        quint64 &removed = plan.removedThrough[segment.bootId];
        removed = std::max(removed, lastExpired);
        plan.ledger.lose(segment.bootId, segment.seqAt(from), lastExpired, GapReason::TooOld);
        carryGaps(segment, from, qsizetype(lastExpired - segment.firstSeq) + 1, plan);
        if (young != records.cend())
            return true;
    }
    return true;
}

// Gap records first, made durable; only then the watermarks move and files go. A crash in between
// at worst reports a loss twice, never not at all.
bool Outbox::commit(DropPlan &plan, qint64 nowMs)
{
    if (plan.isEmpty())
        return true;
    if (plan.wholeSegments == d->segments.size())
        retireWriter();  // its own segment goes too
    if (!plan.ledger.isEmpty() && (!writeGaps(plan.ledger, nowMs) || !flush()))
        return false;
    for (auto it = plan.removedThrough.cbegin(); it != plan.removedThrough.cend(); ++it) {
        quint64 &removed = d->removedThrough[it.key()];
        removed = std::max(removed, it.value());
    }
    pruneLiveGaps();
    saveState();  // on failure the next flush() tries again; the files that go are gone either way
    removeDroppedSegments();
    return true;
}

bool Outbox::writeGaps(GapLedger ledger, qint64 createdMs)
{
    QList<OutboxGap> live;
    for (const State::LiveGap &gap : std::as_const(d->liveGaps))
        live.append(gap.gap);
    ledger.extendCarried(live);
    const QList<OutboxGap> gaps = ledger.gaps();
    QList<PendingRecord> records;
    for (const OutboxGap &gap : gaps)
        records.append(PendingRecord{RecordKind::Gap, createdMs, gap.toCbor()});
    const quint64 firstSeq = writeRecords(std::span(records.constData(), size_t(records.size())));
    if (firstSeq == 0)
        return false;
    for (qsizetype i = 0; i < gaps.size(); ++i)
        d->liveGaps.append({d->bootId, firstSeq + quint64(i), gaps[i]});
    for (const OutboxGap &loss : ledger.newLosses())
        qCWarning(lcOutbox, "dropped %llu unacknowledged records of boot %s (seq %llu to %llu, %s); a Gap record "
                  "tells the console", loss.count, qPrintable(loss.bootId), loss.firstSeq, loss.lastSeq,
                  qPrintable(gapReasonName(loss.reason)));
    return true;
}

bool Outbox::saveState()
{
    // Only boots that still have segments need a watermark; the others are gone for good.
    RemovedThrough kept;
    for (const Segment &segment : std::as_const(d->segments)) {
        const quint64 removed = d->removedThrough.value(segment.bootId);
        if (removed > 0)
            kept.insert(segment.bootId, removed);
    }
    QString why;
    if (!writeOutboxState(d->filePath(stateFileName()), kept, &why)) {
        d->stateUnsaved = true;
        qCWarning(lcOutbox, "could not save the acknowledged seqs: %s", qPrintable(why));
        return fail(tr("Could not save which records the console has acknowledged (%1); after a restart the agent "
                       "may send them again, which is harmless.").arg(why));
    }
    d->stateUnsaved = false;
    d->directoryChanged = true;
    return true;
}

void Outbox::removeDroppedSegments()
{
    const qsizetype writerIndex = d->writer ? d->segments.size() - 1 : -1;
    QList<Segment> kept;
    for (qsizetype i = 0; i < d->segments.size(); ++i) {
        const Segment &segment = d->segments[i];
        QString why;
        if (i == writerIndex || firstVisible(segment) < segment.count()) {
            kept.append(segment);
        } else if (!posix::removeFile(segment.path, &why)) {
            qCWarning(lcOutbox, "could not remove an outbox file whose records are all gone: %s", qPrintable(why));
            kept.append(segment);
        } else {
            std::erase_if(d->retired, [&](const auto &writer) { return writer->path() == segment.path; });
            d->totalBytes -= segment.bytes;
            d->directoryChanged = true;
        }
    }
    d->segments = std::move(kept);
}

// ---- acknowledging and reading -----------------------------------------------------------------

quint64 Outbox::lastSeqOf(const QString &bootId) const
{
    if (bootId == d->bootId)
        return d->nextSeq - 1;
    for (auto it = d->segments.crbegin(); it != d->segments.crend(); ++it) {
        if (it->bootId == bootId)
            return it->lastSeq();
    }
    return 0;
}

bool Outbox::acknowledge(const QString &bootId, quint64 seq)
{
    const quint64 last = lastSeqOf(bootId);
    if (last == 0) {
        qCDebug(lcOutbox, "acknowledgement for boot %s, of which the outbox holds nothing", qPrintable(bootId));
        return true;
    }
    if (seq > last) {
        // Taken as is, it would swallow this boot's next records before they were ever sent.
        qCWarning(lcOutbox, "the console acknowledged boot %s up to seq %llu, but the outbox has only up to %llu",
                  qPrintable(bootId), seq, last);
        seq = last;
    }
    quint64 &removed = d->removedThrough[bootId];
    if (seq <= removed)
        return true;
    removed = seq;
    pruneLiveGaps();
    const bool saved = saveState();
    removeDroppedSegments();
    return saved;
}

qsizetype Outbox::firstVisible(const Segment &segment) const
{
    const quint64 removed = d->removedThrough.value(segment.bootId);
    if (removed < segment.firstSeq)
        return 0;
    return qsizetype(std::min<quint64>(removed - segment.firstSeq + 1, quint64(segment.count())));
}

// Where reading "after (boot, seq)" starts: a segment index and a record index in it.
std::pair<qsizetype, qsizetype> Outbox::startAfter(const OutboxPosition &after) const
{
    qsizetype afterBoot = -1;
    for (qsizetype i = 0; i < d->segments.size() && !after.bootId.isEmpty(); ++i) {
        const Segment &segment = d->segments[i];
        if (segment.bootId != after.bootId)
            continue;
        if (segment.count() > 0 && segment.lastSeq() > after.seq)
            return {i, after.seq < segment.firstSeq ? 0 : qsizetype(after.seq - segment.firstSeq + 1)};
        afterBoot = i + 1;
    }
    return {std::max<qsizetype>(afterBoot, 0), 0};
}

QList<OutboxRecord> Outbox::unacknowledged(qsizetype maxRecords, qint64 maxBytes, const OutboxPosition &after) const
{
    QList<OutboxRecord> out;
    qint64 bytes = 0;
    auto [index, from] = startAfter(after);
    for (; index < d->segments.size() && out.size() < maxRecords; ++index, from = 0) {
        const Segment &segment = d->segments[index];
        from = std::max(from, firstVisible(segment));
        qsizetype to = from;
        bool full = false;
        for (; to < segment.count() && out.size() + (to - from) < maxRecords; ++to) {
            const bool first = out.isEmpty() && to == from;
            if (bytes + segment.payloadBytes(to) > maxBytes && !first) {
                full = true;
                break;
            }
            bytes += segment.payloadBytes(to);
        }
        if (!readRecords(segment, from, to, out) || full)
            break;
    }
    return out;
}

bool Outbox::readRecords(const Segment &segment, qsizetype from, qsizetype to, QList<OutboxRecord> &out) const
{
    QString why;
    if (readSegmentRecords(segment.path, segment.bootId, segment.offsets, from, to, segment.bytes, out, &why))
        return true;
    qCWarning(lcOutbox, "could not read the outbox: %s", qPrintable(why));
    return fail(tr("Could not read the outbox (%1).").arg(why));
}

QStringList Outbox::bootsWithUnacknowledgedRecords() const
{
    QStringList boots;
    for (const Segment &segment : std::as_const(d->segments)) {
        // A boot's segments are next to each other.
        if (firstVisible(segment) < segment.count() && (boots.isEmpty() || boots.last() != segment.bootId))
            boots.append(segment.bootId);
    }
    return boots;
}

qint64 Outbox::sizeBytes() const
{
    return d->totalBytes;
}

qint64 Outbox::recordCount() const
{
    qint64 count = 0;
    for (const Segment &segment : std::as_const(d->segments))
        count += segment.count() - firstVisible(segment);
    return count;
}

QString Outbox::errorString() const
{
    return d->error;
}

bool Outbox::fail(const QString &message) const
{
    d->error = message;
    return false;
}

}  // namespace mirrorstage::reflector
