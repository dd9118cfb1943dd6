#pragma once
// The hub's two ports (hub_ports.h) served by the store: enrollment from the hosts and tokens
// tables, records into the StoreWriter. This is where hub and store meet; neither knows the other.

#include "fleet_feed.h"
#include "hub_ports.h"
#include "store.h"

#include <memory>

namespace mirrorstage::app {

// Used on the hub's thread, on a connection of its own.
class StoreEnrollmentBook : public hub::EnrollmentBook {
public:
    explicit StoreEnrollmentBook(const QString &databasePath);
    bool isOpen() const { return m_database.isOpen(); }
    QString errorString() const { return m_database.errorString(); }

    std::optional<hub::KnownAgent> find(const QString &agentId) override;
    hub::AdmissionDecision admit(const wire::Hello &hello, qint64 nowMs) override;
    QHash<QString, quint64> acknowledged(const QString &agentId, const QStringList &bootIds) override;
    QHash<QString, hub::EnrollmentState> notAccepted() override;

private:
    store::Database m_database;
};

// Also shows every sample to the live view's feed (when there is one), and log and gap records
// to whoever watches for incidents (logOrGap()), on the hub's thread.
class StoreRecordSink : public hub::RecordSink {
    Q_OBJECT
public:
    explicit StoreRecordSink(store::StoreWriter &writer, core::FleetFeed *feed = nullptr, QObject *parent = nullptr);
    void submit(const QList<mirrorstage::hub::IngestRecord> &records, quint64 ticket) override;

signals:
    void logOrGap(const QString &agentId, int kind, const QByteArray &body);

private:
    store::StoreWriter &m_writer;
    core::FleetFeed *m_feed = nullptr;
};

}  // namespace mirrorstage::app
