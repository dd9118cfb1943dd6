#pragma once
// How far a boot's records are stored without a hole. Records arrive out of order after a
// reconnect; a run of stored seqs above a hole waits here until the hole is filled (by the
// record itself or by a gap record covering it). Runs are merged as they touch, so memory grows
// with the number of holes, not of records, and advancing never scans the table.

#include <QtGlobal>
#include <map>

namespace mirrorstage::store {

class SeqProgress {
public:
    explicit SeqProgress(quint64 acked = 0) : m_acked(acked) {}

    // seq first..last are stored (or covered by a gap record).
    void add(quint64 first, quint64 last);
    void add(quint64 seq) { add(seq, seq); }

    quint64 acked() const { return m_acked; }  // every seq from 1 to this is stored
    qsizetype waitingRuns() const { return qsizetype(m_runs.size()); }

private:
    void advance();

    quint64 m_acked = 0;
    std::map<quint64, quint64> m_runs;  // first -> last; disjoint, not touching, all above m_acked + 1
};

}  // namespace mirrorstage::store
