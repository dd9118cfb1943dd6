#pragma once
// What the outbox tests share: fresh boot ids, recognisable payloads, a look at the files on disk,
// and the check that matters most: every seq of a boot is either still in the outbox or named by a
// Gap record, never both.

#include "outbox.h"
#include "outbox_gap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>
#include <limits>

namespace outbox_test {

using namespace mirrorstage::reflector;

inline QString newBoot()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Different for every (boot, seq) and size, so a record that comes back mixed up is noticed.
inline QByteArray payloadFor(quint64 seq, qsizetype size = 100)
{
    QByteArray payload = "record " + QByteArray::number(seq) + ' ';
    while (payload.size() < size)
        payload.append(char('a' + (payload.size() + seq) % 26));
    payload.truncate(size);
    return payload;
}

// The outbox's warning (a regular expression) must come, or the test fails.
inline void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromLatin1(pattern)));
}

inline void failOnWarning(const char *pattern)
{
    QTest::failOnWarning(QRegularExpression(QString::fromLatin1(pattern)));
}

inline QList<OutboxRecord> everything(const Outbox &outbox)
{
    return outbox.unacknowledged(std::numeric_limits<qsizetype>::max(), std::numeric_limits<qint64>::max());
}

inline QStringList segmentFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.seg")}, QDir::Files, QDir::Name);
}

inline QString lastSegmentPath(const QString &directory)
{
    const QStringList files = segmentFiles(directory);
    return files.isEmpty() ? QString() : directory + QLatin1Char('/') + files.last();
}

inline qint64 segmentBytesOnDisk(const QString &directory)
{
    qint64 bytes = 0;
    for (const QString &name : segmentFiles(directory))
        bytes += QFileInfo(directory + QLatin1Char('/') + name).size();
    return bytes;
}

inline QList<OutboxGap> gapsIn(const QList<OutboxRecord> &records)
{
    QList<OutboxGap> gaps;
    for (const OutboxRecord &record : records) {
        if (record.kind != RecordKind::Gap)
            continue;
        const auto gap = OutboxGap::fromCbor(record.payload);
        if (!gap)
            qFatal("a Gap record's payload does not decode");
        gaps.append(*gap);
    }
    return gaps;
}

inline QList<quint64> seqsOf(const QList<OutboxRecord> &records, const QString &bootId)
{
    QList<quint64> seqs;
    for (const OutboxRecord &record : records) {
        if (record.bootId == bootId)
            seqs.append(record.seq);
    }
    return seqs;
}

inline QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> seqs;
    for (quint64 seq = first; seq <= last; ++seq)
        seqs.append(seq);
    return seqs;
}

// For each boot: each of seqs 1..last is either in `records` or inside a Gap record (ranges may
// overlap), never both, and nothing beyond `last` shows up. Returns what is wrong, or nothing.
inline QString accountingProblem(const QList<OutboxRecord> &records, const QMap<QString, quint64> &lastSeqs)
{
    const QList<OutboxGap> gaps = gapsIn(records);
    for (auto it = lastSeqs.cbegin(); it != lastSeqs.cend(); ++it) {
        const QList<quint64> present = seqsOf(records, it.key());
        QMap<quint64, bool> reported;
        for (const OutboxGap &gap : gaps) {
            if (gap.bootId != it.key())
                continue;
            if (gap.count != gap.lastSeq - gap.firstSeq + 1)
                return QStringLiteral("gap %1..%2 says count %3").arg(gap.firstSeq).arg(gap.lastSeq).arg(gap.count);
            for (quint64 seq = gap.firstSeq; seq <= gap.lastSeq; ++seq)
                reported[seq] = true;
        }
        for (quint64 seq = 1; seq <= it.value(); ++seq) {
            const bool there = present.contains(seq);
            if (there == reported.value(seq))
                return QStringLiteral("boot %1 seq %2 is %3 reported lost")
                    .arg(it.key())
                    .arg(seq)
                    .arg(there ? QStringLiteral("there and") : QStringLiteral("neither there nor"));
        }
        const bool beyond = (!present.isEmpty() && present.last() > it.value())
            || (!reported.isEmpty() && reported.lastKey() > it.value());
        if (beyond)
            return QStringLiteral("boot %1 has seqs beyond %2").arg(it.key()).arg(it.value());
    }
    return {};
}

}  // namespace outbox_test
