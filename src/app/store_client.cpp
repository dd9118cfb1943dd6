#include "store_client.h"

namespace mirrorstage::app {

StoreClient::StoreClient(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("store-client"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

StoreClient::~StoreClient()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_anchor, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_anchor;
    }
}

bool StoreClient::start(QString *error)
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto database = std::make_unique<store::Database>(m_databasePath, QStringLiteral("store-client"));
            if (!database->isOpen()) {
                *error = database->errorString();
                return;
            }
            m_database = std::move(database);
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void StoreClient::post(std::function<void(store::Database &)> job)
{
    QMetaObject::invokeMethod(m_anchor, [this, job = std::move(job)] {
        if (m_database)
            job(*m_database);
    });
}

}  // namespace mirrorstage::app
