#pragma once
// One segment file of the outbox: the records of one boot, in seq order, appended and never
// rewritten. Named by a growing number ("00000000000000000042.seg"), so that the names' order is
// the outbox's order.
//
// On disk, integers little-endian:
//   header  "MSOUTBOX" | u16 format = 1 | u8 n | boot id, n bytes of UTF-8 | u32 CRC-32C of all before
//   record  u32 L | u32 CRC-32C of L's four bytes and the L bytes that follow
//           | u8 kind | u64 seq | i64 createdMs | payload (L - 17 bytes)
// A record is whole when L is in range, all its bytes are there, its CRC matches and its seq follows
// the one before. The first record that is not whole ends the segment: a crash tore it, or the disk
// damaged it, and what follows cannot be trusted.

#include "outbox.h"
#include "posix_file.h"

#include <optional>

namespace mirrorstage::reflector {

inline constexpr qint64 kRecordOverheadBytes = 25;                // per record: 8 frame + 17 fields
inline constexpr qint64 kMaxPayloadBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kMaxBootIdBytes = 255;

QString segmentFileName(quint64 number);
std::optional<quint64> segmentNumber(const QString &fileName);     // nullopt: not a segment's name
qint64 segmentHeaderBytes(const QString &bootId);

// Appends one encoded record to `out`.
void encodeRecord(QByteArray &out, RecordKind kind, quint64 seq, qint64 createdMs, const QByteArray &payload);

struct SegmentScan {
    enum class Status {
        Valid,
        Stub,         // too short for a header: a crash right after the file was created
        NotASegment,  // a bad header: not ours, or damaged beyond use
    };
    Status status = Status::NotASegment;
    QString bootId;
    quint64 firstSeq = 0;
    QList<quint32> offsets;     // where each whole record starts
    QList<quint32> gapIndexes;  // which of them are Gap records
    qint64 validBytes = 0;      // header and whole records
    qint64 fileBytes = 0;
    QString problem;            // why the bytes after validBytes are not whole records
};

// Reads and checks a whole segment. Garbage never crashes it; it only says what it found.
SegmentScan scanSegment(const QString &path, QString *error);

// Reads the records that start at offsets[from .. to) and end at offsets[to] or `end`.
// A record whose CRC no longer matches is left out with a warning.
bool readSegmentRecords(const QString &path, const QString &bootId, const QList<quint32> &offsets,
                        qsizetype from, qsizetype to, qint64 end, QList<OutboxRecord> &out, QString *error);

// The open end of the current boot's newest segment.
class SegmentWriter {
public:
    // Creates the file (it must not exist) and writes its header. On failure nothing is left behind.
    static std::unique_ptr<SegmentWriter> create(const QString &path, const QString &bootId, QString *error);

    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }
    bool needsSync() const { return m_unsynced; }

    // Writes encoded records at the end in one pwrite(2). When the disk refuses part of them the
    // file is cut back, so that no torn record stays behind a later one; if even that fails, the
    // writer is broken and the next record goes to a new segment.
    bool append(const QByteArray &records, QString *error);
    bool isBroken() const { return m_broken; }
    bool sync(QString *error);

private:
    SegmentWriter(QString path, posix::FileDescriptor fd, qint64 size);

    QString m_path;
    posix::FileDescriptor m_fd;
    qint64 m_size = 0;
    bool m_unsynced = true;
    bool m_broken = false;
};

}  // namespace mirrorstage::reflector
