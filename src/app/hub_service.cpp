#include "hub_service.h"

#include <sys/resource.h>
#include <unistd.h>


namespace mirrorstage::app {

// The objects that live on the hub thread, created and destroyed there.
struct HubService::Worker : QObject {
    // The newest samples in frames: for the window, and for the incident engine in any case.
    std::unique_ptr<core::FleetFeed> feed;
    StoreEnrollmentBook book;
    StoreRecordSink sink;
    hub::IngestHub hub;

    Worker(const hub::HubSettings &settings, const Ed25519Key &key, const QString &databasePath,
           store::StoreWriter &writer)
        : feed(std::make_unique<core::FleetFeed>())
        , book(databasePath)
        , sink(writer, feed.get())
        , hub(settings, key, book, sink)
    {
        if (feed) {
            connect(&hub, &hub::IngestHub::agentOnline, feed.get(), &core::FleetFeed::agentOnline);
            connect(&hub, &hub::IngestHub::agentOffline, feed.get(), &core::FleetFeed::agentOffline);
        }
    }
};

HubService::HubService(hub::HubSettings settings, Ed25519Key consoleKey, QString databasePath, store::StoreWriter &writer,
                       bool liveView)
    : m_settings(std::move(settings))
    , m_consoleKey(std::move(consoleKey))
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
    , m_liveView(liveView)
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
            connect(worker->feed.get(), &core::FleetFeed::frameReady, this, &HubService::frameReady);
            connect(&worker->sink, &StoreRecordSink::logOrGap, this, &HubService::logOrGap);
            connect(&worker->hub, &hub::IngestHub::commandOutput, this, &HubService::commandOutput);
            m_listenUrl = worker->hub.listenUrl();
            // With a window, sockets yield the CPU to it when the machine is saturated: agents wait
            // a few milliseconds longer for their acks, the operator's clicks do not.
            if (m_liveView)
                ::setpriority(PRIO_PROCESS, ::gettid(), kBackgroundNice);
            m_worker = worker;
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

bool HubService::sendCommand(const wire::Command &command, QString *error)
{
    if (!m_worker) {
        *error = tr("The console's hub is not running.");
        return false;
    }
    bool sent = false;
    QString why;
    QMetaObject::invokeMethod(
        m_anchor, [&] { sent = m_worker->hub.sendCommand(command, &why); }, Qt::BlockingQueuedConnection);
    if (!sent)
        *error = why;
    return sent;
}

}  // namespace mirrorstage::app
