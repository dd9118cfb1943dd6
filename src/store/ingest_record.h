#pragma once
// What the hub hands the store writer, and what the writer answers once it is on disk.
//
// Every record of an agent's boot has a place (seq, from 1) in one sequence shared by all kinds.
// body, by kind:
//   Sample  the CBOR bytes of sampleToCbor() (docs/REFLECTOR.md)
//   Gap     a CBOR map {first_seq, last_seq, count, reason}: records the agent's outbox dropped
//   Log     a CBOR map {ts_ms, source, severity (syslog 0-7), message}
//   CommandResult  a CBOR map with at least `id`: what the agent did with a signed command
//           (src/protocol/command_result.h); kept whole, read by the console's remediation service

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mirrorstage::store {

struct IngestRecord {
    enum Kind { Sample, Gap, Log, CommandResult };

    QString agentId;
    QString bootId;
    quint64 seq = 0;
    Kind kind = Sample;
    qint64 receivedMs = 0;  // when the hub received it, milliseconds since the epoch
    QByteArray body;
};

// Every record of (agentId, bootId) from seq 1 to highestContiguousSeq is durably stored or
// covered by a gap record: the agent may drop them from its outbox.
struct AckPoint {
    QString agentId;
    QString bootId;
    quint64 highestContiguousSeq = 0;

    friend bool operator==(const AckPoint &, const AckPoint &) = default;
};

}  // namespace mirrorstage::store

Q_DECLARE_METATYPE(mirrorstage::store::IngestRecord)
Q_DECLARE_METATYPE(mirrorstage::store::AckPoint)
