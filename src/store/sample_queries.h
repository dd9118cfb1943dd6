#pragma once
// What the console and msctl read back: a host's series over a time range, its newest full
// sample, its minute rollups, and how far each of its boots is acknowledged. Safe to use while
// the writer writes (WAL): a reader sees whole transactions only.

#include "minute_rollups.h"
#include "sample_series.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage::store {

struct StoredSeries {
    QString bootId;
    quint64 seq = 0;
    SampleSeries series;  // series.timestampMs is always set
};

struct LatestSample {
    QString bootId;
    quint64 seq = 0;
    qint64 timestampMs = 0;
    qint64 receivedMs = 0;
    QByteArray cbor;  // as the agent sent it: sampleToCbor()
};

class SampleQueries {
public:
    explicit SampleQueries(const QSqlDatabase &db) : m_db(db) {}

    // Samples with sinceMs <= timestamp < untilMs, oldest first.
    QList<StoredSeries> series(const QString &agentId, qint64 sinceMs, qint64 untilMs, QString *error) const;
    std::optional<LatestSample> latestSample(const QString &agentId, QString *error) const;
    // Minutes starting in [sinceMs, untilMs), oldest first.
    QList<MinuteRollup> rollups(const QString &agentId, qint64 sinceMs, qint64 untilMs, QString *error) const;
    // The highest contiguous committed seq of each of these boots that the store knows; a boot
    // it does not know has nothing acknowledged (0).
    // The host's newest log events (all boots) since sinceMs, oldest first: "time source: message".
    QStringList recentLogLines(const QString &agentId, qint64 sinceMs, int limit, QString *error) const;
    QHash<QString, quint64> ackedSeqs(const QString &agentId, const QStringList &bootIds, QString *error) const;

private:
    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
