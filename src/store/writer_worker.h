#pragma once
// StoreWriter's half on the writer thread: the connection, the queue of submissions and the
// batching. Private to the store library.

#include "batch_writer.h"
#include "database.h"
#include "store_writer.h"

#include <QObject>
#include <memory>

class QTimer;

namespace mirrorstage::store {

class WriterWorker : public QObject {
    Q_OBJECT
public:
    WriterWorker(const QString &path, const WriterOptions &options, StoreWriter *writer);
    ~WriterWorker() override;

    // All of these run on the writer thread.
    bool open(QString *error);
    void enqueue(Submission submission);
    void prune(qint64 nowMs);
    void shutdown();

private:
    void scheduleFlush();
    void flush();
    QList<Submission> takeBatch();
    void report(const QList<SubmissionOutcome> &outcomes);
    bool limitSize(QString *error);
    void startAutoPrune();

    QString m_path;
    WriterOptions m_options;
    StoreWriter *m_writer;  // only to emit its signals; they are thread-safe
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BatchWriter> m_batches;
    QList<Submission> m_queue;
    QString m_openError;
    QTimer *m_pruneTimer = nullptr;
    bool m_flushScheduled = false;
};

}  // namespace mirrorstage::store
