#include "seq_progress.h"

#include <algorithm>
#include <iterator>

namespace mirrorstage::store {

void SeqProgress::add(quint64 first, quint64 last)
{
    if (last < first || last <= m_acked)
        return;
    first = std::max(first, m_acked + 1);
    auto next = m_runs.upper_bound(first);
    if (next != m_runs.begin()) {
        const auto before = std::prev(next);
        if (before->second + 1 >= first) {  // overlaps or touches: absorb it
            first = before->first;
            last = std::max(last, before->second);
            next = m_runs.erase(before);
        }
    }
    while (next != m_runs.end() && next->first <= last + 1) {
        last = std::max(last, next->second);
        next = m_runs.erase(next);
    }
    m_runs.emplace(first, last);
    advance();
}

void SeqProgress::advance()
{
    const auto lowest = m_runs.begin();
    if (lowest == m_runs.end() || lowest->first > m_acked + 1)
        return;
    m_acked = std::max(m_acked, lowest->second);
    m_runs.erase(lowest);
}

}  // namespace mirrorstage::store
