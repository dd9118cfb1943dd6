#include "hub_service.h"


namespace mirrorstage::app {

// The objects that live on the hub thread, created and destroyed there.
struct HubService::Worker : QObject {
    StoreEnrollmentBook book;
    StoreRecordSink sink;
    hub::IngestHub hub;

    Worker(const hub::HubSettings &settings, const Ed25519Key &key, const QString &databasePath,
           store::StoreWriter &writer)
        : book(databasePath)
        , sink(writer)
        , hub(settings, key, book, sink)
    {
    }
};

HubService::HubService(hub::HubSettings settings, Ed25519Key consoleKey, QString databasePath, store::StoreWriter &writer)
    : m_settings(std::move(settings))
    , m_consoleKey(std::move(consoleKey))
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
{
    m_thread.setObjectName(QStringLiteral("hub"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

HubService::~HubService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_anchor, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_anchor;
    }
}

bool HubService::start(QString *error)
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto *worker = new Worker(m_settings, m_consoleKey, m_databasePath, m_writer);
            if (!worker->book.isOpen()) {
                *error = worker->book.errorString();
                delete worker;
                return;
            }
            if (!worker->hub.listen()) {
                *error = worker->hub.errorString();
                delete worker;
                return;
            }
            connect(&worker->hub, &hub::IngestHub::agentOnline, this, &HubService::agentOnline);
            connect(&worker->hub, &hub::IngestHub::agentOffline, this, &HubService::agentOffline);
            m_listenUrl = worker->hub.listenUrl();
            m_worker = worker;
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

}  // namespace mirrorstage::app
