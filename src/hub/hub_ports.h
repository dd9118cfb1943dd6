#pragma once
// What the hub needs from the rest of the console, as two small interfaces: who an agent is
// (enrollment), and where its records go (the store's writer). The store implements both
// (store_adapters.h); tests can hand the hub their own.

#include "wire_messages.h"

#include <QObject>
#include <optional>

namespace mirrorstage::hub {

enum class EnrollmentState { Pending, Accepted, Rejected, Revoked };

struct KnownAgent {
    QByteArray publicKey;
    EnrollmentState state = EnrollmentState::Pending;
};

struct AdmissionDecision {
    EnrollmentState state = EnrollmentState::Pending;
    QString reason;  // for the agent's log: why it waits, or why it is refused
};

class EnrollmentBook {
public:
    virtual ~EnrollmentBook() = default;
    virtual std::optional<KnownAgent> find(const QString &agentId) = 0;
    // Called once the agent has proven it holds its key: records it (pending, or accepted when it
    // brought a valid one-time token) and says what it may do now.
    virtual AdmissionDecision admit(const wire::Hello &hello, qint64 nowMs) = 0;
    // Agents that may no longer stream (an operator revoked or rejected them since they connected).
    virtual QHash<QString, EnrollmentState> notAccepted() = 0;
    // boot id -> highest seq stored without a hole, for the boots the agent asks about.
    virtual QHash<QString, quint64> acknowledged(const QString &agentId, const QStringList &bootIds) = 0;
};

struct IngestRecord {
    QString agentId;
    QString bootId;
    quint64 seq = 0;
    wire::RecordKind kind = wire::RecordKind::Sample;
    qint64 createdMs = 0;
    qint64 receivedMs = 0;
    QByteArray body;
};

struct AckPoint {
    QString agentId;
    QString bootId;
    quint64 seq = 0;  // every record of the boot up to here is committed
};

// Receives records and says, after they are durably committed, up to where each boot is stored.
class RecordSink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // May be called from any thread; `ticket` comes back in committed() or failed().
    virtual void submit(const QList<mirrorstage::hub::IngestRecord> &records, quint64 ticket) = 0;

signals:
    void committed(quint64 ticket, const QList<mirrorstage::hub::AckPoint> &acks);
    void failed(quint64 ticket, const QString &error);
};

}  // namespace mirrorstage::hub

Q_DECLARE_METATYPE(mirrorstage::hub::IngestRecord)
Q_DECLARE_METATYPE(mirrorstage::hub::AckPoint)
Q_DECLARE_METATYPE(mirrorstage::wire::Command)
Q_DECLARE_METATYPE(mirrorstage::wire::CommandOutput)
