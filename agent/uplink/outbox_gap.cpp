#include "outbox_gap.h"

#include <QCborMap>
#include <QCborValue>
#include <algorithm>

namespace mirrorstage::reflector {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

std::optional<GapReason> reasonFromName(const QString &name)
{
    for (GapReason reason : {GapReason::OutboxFull, GapReason::TooOld, GapReason::Corrupt}) {
        if (gapReasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

std::optional<quint64> positive(const QCborValue &value)
{
    if (!value.isInteger() || value.toInteger() <= 0)
        return std::nullopt;
    return quint64(value.toInteger());
}

}  // namespace

QString gapReasonName(GapReason reason)
{
    switch (reason) {
    case GapReason::OutboxFull: return QStringLiteral("outbox-full");
    case GapReason::TooOld: return QStringLiteral("too-old");
    case GapReason::Corrupt: return QStringLiteral("corrupt");
    }
    return {};
}

QByteArray OutboxGap::toCbor() const
{
    QCborMap map;
    map.insert(key("boot"), bootId);
    map.insert(key("first_seq"), qint64(firstSeq));
    map.insert(key("last_seq"), qint64(lastSeq));
    map.insert(key("count"), qint64(count));
    map.insert(key("reason"), gapReasonName(reason));
    return map.toCborValue().toCbor();
}

std::optional<OutboxGap> OutboxGap::fromCbor(const QByteArray &payload)
{
    const QCborValue value = QCborValue::fromCbor(payload);
    if (!value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    const auto first = positive(map.value(key("first_seq")));
    const auto last = positive(map.value(key("last_seq")));
    const auto count = positive(map.value(key("count")));
    const auto reason = reasonFromName(map.value(key("reason")).toString());
    const QString boot = map.value(key("boot")).toString();
    if (!first || !last || !count || !reason || boot.isEmpty() || *last < *first)
        return std::nullopt;
    return OutboxGap{boot, *first, *last, *count, *reason};
}

bool OutboxGap::covers(const OutboxGap &other) const
{
    return bootId == other.bootId && firstSeq <= other.firstSeq && lastSeq >= other.lastSeq;
}

bool OutboxGap::touches(const OutboxGap &other) const
{
    return bootId == other.bootId && reason == other.reason && firstSeq <= other.lastSeq + 1
        && other.firstSeq <= lastSeq + 1;
}

void GapLedger::merge(QList<Entry> &entries, Entry entry)
{
    qsizetype at = entries.size();
    for (qsizetype i = 0; i < entries.size();) {
        const Entry &known = entries[i];
        if (!known.gap.touches(entry.gap)) {
            ++i;
            continue;
        }
        entry.gap.firstSeq = std::min(entry.gap.firstSeq, known.gap.firstSeq);
        entry.gap.lastSeq = std::max(entry.gap.lastSeq, known.gap.lastSeq);
        entry.carried = entry.carried || known.carried;
        entries.removeAt(i);
        at = std::min(at, i);
        i = 0;  // the wider range may touch one passed over
    }
    entry.gap.count = entry.gap.lastSeq - entry.gap.firstSeq + 1;
    entries.insert(std::min(at, entries.size()), entry);
}

void GapLedger::lose(const QString &bootId, quint64 firstSeq, quint64 lastSeq, GapReason reason)
{
    if (lastSeq < firstSeq)
        return;
    const Entry entry{OutboxGap{bootId, firstSeq, lastSeq, lastSeq - firstSeq + 1, reason}, false};
    merge(m_entries, entry);
    merge(m_newLosses, entry);
}

void GapLedger::carry(const OutboxGap &gap)
{
    merge(m_entries, Entry{gap, true});
}

void GapLedger::extendCarried(const QList<OutboxGap> &live)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (const OutboxGap &gap : live) {
            const bool extends = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) {
                return entry.carried && entry.gap.touches(gap) && !entry.gap.covers(gap);
            });
            if (extends) {
                merge(m_entries, Entry{gap, true});
                changed = true;
            }
        }
    }
}

QList<OutboxGap> GapLedger::gapsOf(const QList<Entry> &entries)
{
    QList<OutboxGap> gaps;
    for (const Entry &entry : entries)
        gaps.append(entry.gap);
    return gaps;
}

}  // namespace mirrorstage::reflector
