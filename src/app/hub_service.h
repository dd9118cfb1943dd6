#pragma once
// The hub and its store connection on a worker thread of their own, so sockets never wait for
// the UI and the UI never waits for sockets. Start with start(); it returns once the hub listens
// (or could not).

#include "console_settings.h"
#include "ed25519.h"
#include "fleet_frame.h"
#include "ingest_hub.h"
#include "store_adapters.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace mirrorstage::app {

class HubService : public QObject {
    Q_OBJECT
public:
    // frameReady() carries the newest samples (~4 Hz) to the window and the incident engine;
    // liveView says a window runs beside the hub (its thread then yields the CPU to the window).
    HubService(hub::HubSettings settings, Ed25519Key consoleKey, QString databasePath, store::StoreWriter &writer,
               bool liveView = false);
    ~HubService() override;

    // The nice value of the hub's thread when a window runs beside it (see start()).
    static constexpr int kBackgroundNice = 5;

    bool start(QString *error);
    QString listenUrl() const { return m_listenUrl; }
    // Sends a signed command to its agent through the hub's thread; false with *error in words when
    // the agent is not connected or does not run commands. Never call it on the hub's thread.
    bool sendCommand(const wire::Command &command, QString *error);

signals:
    void agentOnline(const QString &agentId, const QString &hostname);
    void agentOffline(const QString &agentId);
    void frameReady(const mirrorstage::core::FleetFrame &frame);
    // A log event or gap record as it arrives (kind: wire::RecordKind), for the incident engine.
    void logOrGap(const QString &agentId, int kind, const QByteArray &body);
    void commandOutput(const QString &agentId, const mirrorstage::wire::CommandOutput &chunk);

private:
    // Lives on m_thread: everything that touches sockets or the hub's connection.
    struct Worker;
    hub::HubSettings m_settings;
    Ed25519Key m_consoleKey;
    QString m_databasePath;
    store::StoreWriter &m_writer;
    bool m_liveView = false;
    QThread m_thread;
    QObject *m_anchor = nullptr;  // lives on m_thread: calls queued to it run there
    Worker *m_worker = nullptr;
    QString m_listenUrl;
};

}  // namespace mirrorstage::app
