#pragma once
// What became of a command the console sent: the body of a record of kind 4 (CommandResult),
// which travels through the agent's outbox like any record, so that it reaches the console after
// a disconnect or an agent restart. docs/PROTOCOL.md ("Commands") is the reference.
//
// Decoding is strict: one well-formed CBOR map, no key twice, every field of its type and range,
// and the fields that go with the status present (exit_code for "exited", signal for "killed",
// code for "refused"). Unknown keys are ignored, as in every message.

#include <QByteArray>
#include <QString>
#include <optional>

namespace mirrorstage::wire {

inline constexpr qsizetype kMaxOutputTailBytes = 16 * 1024;

namespace CommandStatus {
inline constexpr char Exited[] = "exited";                 // ran to its end; exit_code
inline constexpr char Killed[] = "killed";                 // ended by a signal; signal (timed_out: ours)
inline constexpr char Refused[] = "refused";               // never started; code and reason
inline constexpr char FailedToStart[] = "failed-to-start"; // allowed, but could not be started; reason
}  // namespace CommandStatus

struct CommandResult {
    QString id;
    QString status;  // one of CommandStatus
    QString code;    // for "refused": bad-signature, wrong-agent, expired, replayed, disabled, ...
    QString reason;  // in words, for the operator; may be empty for "exited"
    std::optional<int> exitCode;  // "exited" only, 0..255
    std::optional<int> signal;    // "killed" only, 1..127
    qint64 durationMs = 0;
    bool timedOut = false;   // the agent ended it because its timeout passed
    bool truncated = false;  // a stream passed the output cap; the rest was read and dropped
    QByteArray stdoutTail;   // the last (at most kMaxOutputTailBytes) bytes kept of each stream
    QByteArray stderrTail;
    qint64 startedMs = 0;    // 0 when it never started
    qint64 finishedMs = 0;   // when it ended, or was refused
    QString runAs;           // the user it ran (or would have run) as
};

QByteArray encodeCommandResult(const CommandResult &result);
// On failure: nothing, and *error says what is wrong ("missing-field: status" and the like).
std::optional<CommandResult> decodeCommandResult(const QByteArray &body, QString *error = nullptr);

}  // namespace mirrorstage::wire
