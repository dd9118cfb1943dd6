#pragma once
// What a Gap record says: the records of one boot that the outbox dropped before the console had
// them, so the console can store exactly what was lost. Its payload is a CBOR map:
//   {"boot": "<boot id>", "first_seq": n, "last_seq": m, "count": k, "reason": "outbox-full" | "too-old" | "corrupt"}
// The range is contiguous (k = m - n + 1) and may include the seqs of earlier Gap records.
//
// A Gap record is first written for exactly the records one drop lost. When a Gap record is itself
// dropped before the console had it, its news is carried on in a new one, which also takes in the
// neighbouring ranges of the same boot and reason still waiting in the outbox: then those need no
// carrying when their turn comes, and the number of Gap records stays small however long the
// outbox overflows. So ranges may overlap; what was lost is their union.

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mirrorstage::reflector {

enum class GapReason {
    OutboxFull,  // the outbox reached maxBytes
    TooOld,      // older than maxAgeSeconds
    Corrupt,     // unreadable on disk (found when the outbox was opened)
};

struct OutboxGap {
    QString bootId;
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
    quint64 count = 0;
    GapReason reason = GapReason::OutboxFull;

    QByteArray toCbor() const;
    static std::optional<OutboxGap> fromCbor(const QByteArray &payload);
    bool covers(const OutboxGap &other) const;
    bool touches(const OutboxGap &other) const;  // same boot and reason, overlapping or adjacent
    friend bool operator==(const OutboxGap &, const OutboxGap &) = default;
};

QString gapReasonName(GapReason reason);

// Collects what one drop loses, as few Gap records as possible: touching ranges are merged.
class GapLedger {
public:
    void lose(const QString &bootId, quint64 firstSeq, quint64 lastSeq, GapReason reason);
    void carry(const OutboxGap &gap);  // a dropped Gap record's news
    // Carried ranges take in the touching ones of `live`, the Gap records still in the outbox.
    void extendCarried(const QList<OutboxGap> &live);

    QList<OutboxGap> gaps() const { return gapsOf(m_entries); }
    QList<OutboxGap> newLosses() const { return gapsOf(m_newLosses); }  // what this drop itself lost
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry {
        OutboxGap gap;
        bool carried = false;
    };
    static void merge(QList<Entry> &entries, Entry entry);
    static QList<OutboxGap> gapsOf(const QList<Entry> &entries);

    QList<Entry> m_entries;
    QList<Entry> m_newLosses;
};

}  // namespace mirrorstage::reflector
