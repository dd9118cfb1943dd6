#pragma once
// The window's way to the store: queries and operator changes (accept an agent, move a host) run
// on a thread of their own with a connection of their own, and their results come back to the
// caller's thread. The UI thread never waits for SQLite.
//
//   client.request(this, [](store::Database &db) { return ...; },
//                  [this](auto result) { ... on this object's thread ... });
//
// Requests run one at a time, in order. If the receiver is gone when the result is ready, the
// result is dropped. Receivers live on the thread that owns the client (the UI thread).

#include "store.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace mirrorstage::app {

class StoreClient : public QObject {
    Q_OBJECT
public:
    explicit StoreClient(QString databasePath, QObject *parent = nullptr);
    ~StoreClient() override;

    // Opens the connection on the client's thread; false with *error when the file cannot be used.
    bool start(QString *error);
    QString databasePath() const { return m_databasePath; }

    template <typename Work, typename Done>
    void request(QObject *receiver, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, store::Database &>;
        QPointer<QObject> guard(receiver);
        post([this, guard, work = std::move(work), done = std::move(done)](store::Database &db) mutable {
            Result result = work(db);
            // Back through this object (on the caller's thread), where the receiver's life can be
            // checked without a race: QPointer is only reliable on the receiver's own thread.
            QMetaObject::invokeMethod(this, [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            }, Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void(store::Database &)> job);

    QString m_databasePath;
    QThread m_thread;
    QObject *m_anchor = nullptr;  // lives on m_thread
    std::unique_ptr<store::Database> m_database;  // opened and closed on m_thread
};

}  // namespace mirrorstage::app
