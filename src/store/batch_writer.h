#pragma once
// Writes a batch of submissions in one transaction on the writer thread's connection, and keeps
// what it needs between batches: the (host, boot) -> boots.id map and each boot's SeqProgress.
// StoreWriter owns the thread and the queue; this class owns the SQL.
//
// A submission is all or nothing: if one of its records is refused (unknown or not accepted
// agent, malformed record), none of them is stored and its ticket fails with the reason, while
// the other submissions of the batch go ahead. If the database fails (disk full, I/O error), the
// whole transaction rolls back and every ticket of the batch fails: nothing is acknowledged.

#include "ingest_record.h"
#include "minute_rollups.h"
#include "retention.h"
#include "sample_series.h"
#include "seq_progress.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>
#include <set>

namespace mirrorstage::store {

struct Submission {
    quint64 ticket = 0;
    QList<IngestRecord> records;
};

struct SubmissionOutcome {
    quint64 ticket = 0;
    bool committed = false;
    QString error;          // why not, when not committed
    QList<AckPoint> acks;   // when committed: one per (agent, boot) of the submission
};

class BatchWriter {
    Q_DECLARE_TR_FUNCTIONS(BatchWriter)
public:
    BatchWriter(const QSqlDatabase &db, const RetentionPolicy &retention);

    QList<SubmissionOutcome> write(const QList<Submission> &batch);

private:
    using BootKey = QPair<qint64, QString>;  // (hosts.id, boot id)
    using AckKey = QPair<QString, QString>;  // (agent id, boot id)

    struct Host {
        qint64 id = 0;
        QString enrollment;
    };
    struct CheckedRecord {
        const IngestRecord *record = nullptr;
        qint64 hostId = 0;
        QCborMap body;                       // gap and log records
        std::optional<SampleSeries> series;  // samples: read from the bytes, no QCborMap
    };
    struct LatestSample {
        QString bootId;
        qint64 seq = 0, timestampMs = 0, receivedMs = 0;
        QByteArray body;
    };
    // What one transaction changes, adopted only once COMMIT succeeded.
    struct Staging {
        QHash<QString, std::optional<Host>> hosts;  // by agent id; nullopt: not in hosts
        QHash<BootKey, qint64> newBoots;
        QHash<qint64, SeqProgress> progress;        // by boots.id
        QHash<qint64, quint64> ackedBefore;         // by boots.id, as the table has it
        QHash<qint64, LatestSample> latest;         // by hosts.id
        QHash<qint64, qint64> lastSeen;             // by hosts.id
        std::set<std::pair<qint64, qint64>> dirtyMinutes;  // (hosts.id, minute)
    };
    using Touched = QList<QPair<AckKey, qint64>>;  // a submission's (agent, boot) -> boots.id
    enum class Check { Accepted, Refused, Failed };

    bool prepareStatements(QString *error);
    QList<SubmissionOutcome> failAll(QList<SubmissionOutcome> outcomes, const QString &error);
    Check check(const Submission &submission, Staging &staging, QList<CheckedRecord> &checked, QString *refusal,
                QString *error);
    std::optional<QString> refusalFor(const IngestRecord &record, const std::optional<Host> &host, bool isMap,
                                      const QCborMap &body) const;
    bool lookUpHost(const QString &agentId, Staging &staging, QString *error);
    bool store(const QList<CheckedRecord> &checked, Staging &staging, Touched &touched, QString *error);
    std::optional<qint64> bootFor(qint64 hostId, const QString &bootId, qint64 receivedMs, Staging &staging,
                                  QString *error);
    void stageKnown(qint64 boot, Staging &staging);
    bool stageFromTables(qint64 boot, quint64 acked, Staging &staging, QString *error);
    bool loadWaitingSeqs(qint64 boot, SeqProgress &progress, QString *error);
    bool storeSample(const CheckedRecord &checked, qint64 boot, Staging &staging, QString *error);
    bool storeGap(const CheckedRecord &checked, qint64 boot, Staging &staging, Touched &touched, QString *error);
    bool storeLog(const CheckedRecord &checked, qint64 boot, QString *error);
    bool storeCommandResult(const CheckedRecord &checked, qint64 boot, QString *error);
    bool finish(Staging &staging, QString *error);
    bool saveAcked(const Staging &staging, QString *error);
    bool saveLatest(const Staging &staging, QString *error);
    bool saveLastSeen(const Staging &staging, QString *error);
    bool saveRollups(const Staging &staging, QString *error);
    void adopt(const Staging &staging);
    QList<AckPoint> acksOf(const Touched &touched) const;

    QSqlDatabase m_db;
    RetentionPolicy m_retention;
    MinuteRollups m_rollups;
    bool m_prepared = false;
    QSqlQuery m_selectHost, m_insertBoot, m_selectBoot;
    QSqlQuery m_insertSample, m_insertGap, m_insertLog, m_insertCommandResult;
    QSqlQuery m_updateAcked, m_upsertLatest, m_updateLastSeen;

    QHash<BootKey, qint64> m_boots;          // committed boots rows
    QHash<qint64, SeqProgress> m_progress;   // committed progress, by boots.id
};

}  // namespace mirrorstage::store
