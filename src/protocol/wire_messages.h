#pragma once
// The messages agents and the console exchange: one CBOR map per binary WebSocket frame, with a
// version "v" and a type "t". docs/PROTOCOL.md is the reference for every field and for the rules
// of adding one. Decoding is strict: a frame that is not exactly one well-formed message of a
// known version and type, with every required field of the right type, is refused with a reason.

#include "ed25519.h"
#include "host_sample.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <variant>

namespace mirrorstage::wire {

inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kDefaultMaxFrameBytes = 4 * 1024 * 1024;

enum class RecordKind : quint8 { Sample = 1, Gap = 2, Log = 3, CommandResult = 4 };

// agent -> console, first message of a connection.
struct Hello {
    QString agentId;  // agentIdForKey(publicKey)
    QByteArray publicKey;
    QString bootId;  // this run of the agent
    QString hostname;
    QString agentVersion;
    QStringList capabilities;
    QString rack;
    std::optional<RackPosition> position;
    QStringList tags;
    qint64 intervalMs = 0;
    QString enrollmentToken;
    QStringList unacknowledgedBoots;  // earlier runs whose records are still in the outbox
};

// console -> agent: prove you hold your key; here is proof that I hold mine.
struct Challenge {
    QByteArray nonce;             // 32 random bytes
    QByteArray consolePublicKey;  // 32 bytes
    QByteArray consoleSignature;  // over challengeMessage(nonce, agentId)
};

// agent -> console.
struct Proof {
    QByteArray signature;  // over proofMessage(nonce, consolePublicKey)
};

// console -> agent: accepted; stream from here.
struct Welcome {
    QString agentId;
    QHash<QString, quint64> acknowledged;  // boot id -> every seq up to this one is stored
    qint64 heartbeatMs = 0;
};

// console -> agent: not accepted yet; the console closes the connection after it.
struct Pending {
    QString reason;
    qint64 retryAfterMs = 0;
};

// either way: why the connection is being closed.
struct Refused {
    QString code;  // machine-readable, e.g. "rejected", "bad-signature", "protocol"
    QString reason;
};

struct Record {
    quint64 seq = 0;
    RecordKind kind = RecordKind::Sample;
    qint64 createdMs = 0;
    QByteArray body;  // CBOR of the record itself (a sample, a gap description, ...)
};

// agent -> console: records of one boot, in seq order.
struct Batch {
    QString bootId;
    QList<Record> records;
};

// console -> agent: every record of bootId up to seq is stored; drop them.
struct Ack {
    QString bootId;
    quint64 seq = 0;
};

// console -> agent: run `script` (docs/PROTOCOL.md, "Commands"). Sent only to an agent that
// announced the capability "exec". The agent checks the signature with the console key it pinned,
// that it is the target, the expiry, that the nonce is fresh, and its own policy.
struct Command {
    QString id;       // made by the console, a UUID; names the command's output and result
    QString agentId;  // the target agent
    QString script;   // run as /bin/sh -c script
    qint64 timeoutMs = 0;
    qint64 notAfterMs = 0;  // ms since the epoch; the agent refuses the command from then on
    QByteArray nonce;       // 16..64 random bytes
    QByteArray signature;   // the console's, over commandMessage()
};

// agent -> console: a piece of a running command's output, for the live view only. Not durable:
// dropped while disconnected; the command's result record carries the tails.
struct CommandOutput {
    QString id;
    QString stream;       // "stdout" or "stderr"
    quint64 offset = 0;   // bytes of that stream before this chunk
    QByteArray data;
};

inline constexpr qsizetype kMaxCommandIdLength = 64;
inline constexpr qsizetype kMaxScriptBytes = 64 * 1024;
inline constexpr qint64 kMaxCommandTimeoutMs = 86'400'000;
inline constexpr qsizetype kMinCommandNonceBytes = 16;
inline constexpr qsizetype kMaxCommandNonceBytes = 64;
inline constexpr qsizetype kMaxOutputChunkBytes = 64 * 1024;
// The hello capability of an agent that runs commands; the console sends `command` to no other.
inline constexpr char kExecCapability[] = "exec";

using Message = std::variant<Hello, Challenge, Proof, Welcome, Pending, Refused, Batch, Ack, Command, CommandOutput>;

enum class DecodeError {
    FrameTooLarge,
    NotCbor,
    TrailingBytes,
    NotAMap,
    UnsupportedVersion,
    UnknownType,
    MissingField,
    WrongType,
    OutOfRange,
    DuplicateKey,
};

struct DecodeFailure {
    DecodeError error;
    QString detail;  // the field, the type, the version ...
    QString reason() const;  // "missing-field: boot" and the like, for logs and Refused
};

using DecodeResult = std::variant<Message, DecodeFailure>;

QByteArray encodeMessage(const Message &message);
DecodeResult decodeMessage(const QByteArray &frame, qsizetype maxFrameBytes = kDefaultMaxFrameBytes);

// What each side signs. A context string keeps a signature made for one purpose from being
// replayed for another.
QByteArray challengeMessage(const QByteArray &nonce, const QString &agentId);
QByteArray proofMessage(const QByteArray &nonce, const QByteArray &consolePublicKey);
// "mirrorstage/1 command" 0x00, then the CBOR array [agent, id, script, timeout_ms, not_after,
// nonce] in CBOR's shortest form: every field that decides what runs where and until when.
QByteArray commandMessage(const Command &command);
void signCommand(Command &command, const Ed25519Key &consoleKey);
bool verifyCommand(const Command &command, const QByteArray &consolePublicKey);

QString messageTypeName(const Message &message);

}  // namespace mirrorstage::wire
