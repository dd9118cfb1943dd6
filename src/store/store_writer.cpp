#include "store_writer.h"

#include "writer_worker.h"

#include <sys/resource.h>
#include <unistd.h>

namespace mirrorstage::store {

StoreWriter::StoreWriter(const QString &databasePath, const WriterOptions &options, QObject *parent)
    : QObject(parent), m_worker(new WriterWorker(databasePath, options, this))
{
    m_worker->moveToThread(&m_thread);
    // The worker's connection must be closed on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("mirrorstage.store.writer"));
    m_thread.start();
    if (options.threadNice != 0) {
        QMetaObject::invokeMethod(m_worker, [nice = options.threadNice] {
            ::setpriority(PRIO_PROCESS, ::gettid(), nice);
        });
    }
}

StoreWriter::~StoreWriter()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool StoreWriter::start(QString *error)
{
    bool opened = false;
    QString failure;
    QMetaObject::invokeMethod(
        m_worker, [&, worker = m_worker] { opened = worker->open(&failure); }, Qt::BlockingQueuedConnection);
    if (!opened && error)
        *error = failure;
    return opened;
}

void StoreWriter::submit(QList<IngestRecord> records, quint64 ticket)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, submission = Submission{ticket, std::move(records)}]() mutable {
            worker->enqueue(std::move(submission));
        },
        Qt::QueuedConnection);
}

void StoreWriter::prune(qint64 nowMs)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, nowMs] { worker->prune(nowMs); }, Qt::QueuedConnection);
}

}  // namespace mirrorstage::store
