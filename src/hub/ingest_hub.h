#pragma once
// The ingest hub: the WebSocket server agents connect to. Runs on a worker thread of its own
// (start it with moveToThread and a queued call to listen()), hands records to a RecordSink and
// forwards the sink's acknowledgements, after the commit, to the right connection. Tracks which
// agents are online: an agent is offline after missedIntervalsOffline of its sampling intervals
// without a frame.

#include "agent_session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <array>

class QWebSocketServer;

namespace mirrorstage::hub {

struct HubCounters {
    quint64 connections = 0;
    quint64 recordsReceived = 0;
    quint64 recordsAcknowledged = 0;
    QHash<QString, quint64> refusedByReason;
};

class IngestHub : public QObject {
    Q_OBJECT
public:
    IngestHub(HubSettings settings, Ed25519Key consoleKey, EnrollmentBook &book, RecordSink &sink,
              QObject *parent = nullptr);
    ~IngestHub() override;

    // Returns false and sets errorString() when the address cannot be bound or TLS is broken.
    bool listen();
    QString errorString() const { return m_error; }
    quint16 serverPort() const;
    QString listenUrl() const;
    HubCounters counters() const { return m_counters; }
    QStringList onlineAgents() const;

    // Sends a signed command to its agent (command.agentId). False, with *error in words, when that
    // agent is not connected and streaming or did not announce the capability "exec". Call it on
    // the hub's thread, e.g. QMetaObject::invokeMethod(hub, [&] { ok = hub->sendCommand(c, &e); },
    // Qt::BlockingQueuedConnection) from another one. Output comes back through commandOutput(),
    // the result as a record of kind CommandResult through the RecordSink.
    Q_INVOKABLE bool sendCommand(const mirrorstage::wire::Command &command, QString *error);

signals:
    void agentOnline(const QString &agentId, const QString &hostname);
    void agentOffline(const QString &agentId);
    void agentRestarted(const QString &agentId, const QString &bootId);
    // Live output of a command; not stored (the result record carries the tails).
    void commandOutput(const QString &agentId, const mirrorstage::wire::CommandOutput &chunk);

private:
    void onNewConnection();
    void onStreaming(AgentSession *session);
    void onRecords(AgentSession *session, const QList<IngestRecord> &records, qint64 bytes);
    void onCommitted(quint64 ticket, const QList<AckPoint> &acks);
    void onFailed(quint64 ticket, const QString &error);
    void checkOffline();
    void checkEnrollment();
    bool configureTls();

    struct Presence {
        qint64 lastFrameMs = 0;
        qint64 intervalMs = 0;
        QString bootId;
        bool online = false;
    };
    struct Ticket {
        QPointer<AgentSession> session;
        qint64 bytes = 0;
        qint64 records = 0;
        qint64 receivedNs = 0;  // m_clock when the frame was decoded
    };
    // From a decoded batch frame to the writer's commit of it, as seen on this thread: a histogram
    // with four buckets per doubling, logged and restarted every kStatsIntervalMs.
    struct CommitLatency {
        static constexpr int kBuckets = 100;  // 64 us .. about 2.5 hours
        std::array<quint64, kBuckets> batches{};
        quint64 count = 0;
        qint64 maxNs = 0;
        quint64 recordsReceived = 0, recordsCommitted = 0;
        void add(qint64 ns);
        double percentileMs(double q) const;  // the bucket's upper bound, at most the maximum
    };
    void logStats();

    HubSettings m_settings;
    Ed25519Key m_consoleKey;
    EnrollmentBook &m_book;
    RecordSink &m_sink;
    QWebSocketServer *m_server = nullptr;
    QString m_error;
    QHash<QString, AgentSession *> m_streaming;  // agent id -> its connection
    QHash<QString, Presence> m_presence;
    QHash<quint64, Ticket> m_tickets;
    quint64 m_nextTicket = 1;
    QTimer m_offlineTimer;
    QTimer m_enrollmentTimer;
    QTimer m_statsTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceStats;
    CommitLatency m_latency;
    HubCounters m_counters;
};

}  // namespace mirrorstage::hub
