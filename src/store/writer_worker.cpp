#include "writer_worker.h"

#include "sql_support.h"
#include "store_log.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

namespace mirrorstage::store {

WriterWorker::WriterWorker(const QString &path, const WriterOptions &options, StoreWriter *writer)
    : m_path(path),
      m_options(options),
      m_writer(writer),
      m_openError(tr("The store writer for %1 is not open (it was not started, failed to start, or is "
                     "stopping).")
                      .arg(path))
{
}

WriterWorker::~WriterWorker()
{
    shutdown();
}

bool WriterWorker::open(QString *error)
{
    if (m_batches)
        return true;
    const QString name = QStringLiteral("mirrorstage.store.writer.%1").arg(quintptr(this), 0, 16);
    m_database = std::make_unique<Database>(m_path, name);
    QString failure = m_database->errorString();
    if (!m_database->isOpen() || !limitSize(&failure)) {
        m_database.reset();
        m_openError = failure;
        *error = failure;
        return false;
    }
    m_batches = std::make_unique<BatchWriter>(m_database->connection(), m_options.retention);
    startAutoPrune();
    qCInfo(lcStore) << "writer open on" << m_path;
    return true;
}

void WriterWorker::startAutoPrune()
{
    if (m_options.autoPruneIntervalMs <= 0)
        return;
    m_pruneTimer = new QTimer(this);
    connect(m_pruneTimer, &QTimer::timeout, this, [this] { prune(QDateTime::currentMSecsSinceEpoch()); });
    m_pruneTimer->start(m_options.autoPruneIntervalMs);
}

bool WriterWorker::limitSize(QString *error)
{
    if (!m_options.maxDatabaseBytes)
        return true;
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    if (!prepare(query, db, QStringLiteral("PRAGMA page_size"), error) || !run(query, db, error))
        return false;
    const qint64 pageSize = query.next() ? std::max<qint64>(query.value(0).toLongLong(), 1) : 4096;
    query.finish();
    const qint64 pages = std::max<qint64>(*m_options.maxDatabaseBytes / pageSize, 1);
    return runStatement(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages), error);
}

void WriterWorker::enqueue(Submission submission)
{
    if (!m_batches) {
        emit m_writer->failed(submission.ticket, m_openError);
        return;
    }
    m_queue.append(std::move(submission));
    scheduleFlush();
}

// Posted, not run at once: submissions already waiting in the thread's event queue are taken
// into the queue first, and so into the same transaction.
void WriterWorker::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, [this] { flush(); }, Qt::QueuedConnection);
}

void WriterWorker::flush()
{
    m_flushScheduled = false;
    if (!m_batches || m_queue.isEmpty())
        return;
    report(m_batches->write(takeBatch()));
    if (!m_queue.isEmpty())
        scheduleFlush();
}

QList<Submission> WriterWorker::takeBatch()
{
    QList<Submission> batch;
    qsizetype records = 0;
    while (!m_queue.isEmpty()) {
        const qsizetype next = m_queue.constFirst().records.size();
        if (!batch.isEmpty() && records + next > m_options.maxRecordsPerTransaction)
            break;
        records += next;
        batch.append(m_queue.takeFirst());
    }
    return batch;
}

void WriterWorker::report(const QList<SubmissionOutcome> &outcomes)
{
    for (const SubmissionOutcome &outcome : outcomes) {
        if (outcome.committed)
            emit m_writer->committed(outcome.ticket, outcome.acks);
        else
            emit m_writer->failed(outcome.ticket, outcome.error);
    }
}

void WriterWorker::prune(qint64 nowMs)
{
    if (!m_database) {
        emit m_writer->pruneFailed(m_openError);
        return;
    }
    QString error;
    const std::optional<PruneResult> result =
        Retention::prune(m_database->connection(), m_options.retention, nowMs, &error);
    if (result)
        emit m_writer->pruned(*result);
    else
        emit m_writer->pruneFailed(error);
}

void WriterWorker::shutdown()
{
    while (m_batches && !m_queue.isEmpty())
        report(m_batches->write(takeBatch()));
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    m_batches.reset();  // its queries first: a connection is removed only when nothing uses it
    m_database.reset();
}

}  // namespace mirrorstage::store
