#pragma once
// The store's one writer. It owns a thread with its own connection; submit() and prune() may be
// called from any thread and return at once. Submissions that arrive while a transaction runs
// are written together in the next one (up to maxRecordsPerTransaction records), so the fsync of
// synchronous=FULL is paid once per batch. committed() is emitted for a ticket only after its
// COMMIT returned; failed() when it was refused or the transaction failed (then nothing of it is
// stored). Both are emitted from the writer thread: connect with the default (auto) connection
// to receive them in the receiver's thread.

#include "ingest_record.h"
#include "retention.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <optional>

namespace mirrorstage::store {

class WriterWorker;

struct WriterOptions {
    RetentionPolicy retention;
    int maxRecordsPerTransaction = 5000;
    int autoPruneIntervalMs = 60 * 60 * 1000;  // 0: prune only when prune() is called
    // A limit on the database file (SQLite's max_page_count); writing past it fails like a full
    // disk. Unset: only the disk limits it.
    std::optional<qint64> maxDatabaseBytes;
    // The writer thread's nice value (Linux: per thread). The desktop console raises it so that,
    // on a saturated machine, the window's thread is scheduled first; the writer only waits.
    int threadNice = 0;
};

class StoreWriter : public QObject {
    Q_OBJECT
public:
    explicit StoreWriter(const QString &databasePath, const WriterOptions &options = {}, QObject *parent = nullptr);
    // Writes what was submitted before, then stops the thread and closes the connection. Do not
    // destroy the writer from a slot connected directly to its signals.
    ~StoreWriter() override;

    // Opens the database on the writer thread (waits for it). On failure *error says why, and
    // every submission fails with that reason.
    bool start(QString *error);

    void submit(QList<mirrorstage::store::IngestRecord> records, quint64 ticket);
    // Deletes what is older than the retention policy at nowMs, between two transactions.
    void prune(qint64 nowMs);

signals:
    void committed(quint64 ticket, QList<mirrorstage::store::AckPoint> acks);
    void failed(quint64 ticket, QString error);
    void pruned(mirrorstage::store::PruneResult result);
    void pruneFailed(QString error);

private:
    QThread m_thread;
    WriterWorker *m_worker = nullptr;  // lives on m_thread, deleted when it finishes
};

}  // namespace mirrorstage::store
