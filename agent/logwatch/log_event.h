#pragma once
// What the log watchers read (a LogLine) and what the agent sends (a LogEvent: a line that matched
// a pattern, or a summary of lines a rate limit held back).
//
// A LogEvent travels as a Log record (kind 3) whose body is a CBOR map:
//   ts_ms (integer, ms since the epoch), source (text), severity (0..7, syslog), message (text),
//   pattern (text: the pattern's name), unit (text, when known).
// The console stores the first four and ignores what it does not know (docs/PROTOCOL.md).

#include <QByteArray>
#include <QString>
#include <optional>

namespace mirrorstage::reflector {

struct LogLine {
    qint64 tsMs = 0;
    QString source;                  // a file's path, or the journal's identifier or unit
    QString message;
    std::optional<int> priority;     // the journal's PRIORITY; files have none
    QString namedUnit;               // the journal's UNIT= (the unit a systemd message is about)
    QString originUnit;              // the journal's _SYSTEMD_UNIT, else SYSLOG_IDENTIFIER
};

struct LogEvent {
    qint64 tsMs = 0;
    QString source;
    int severity = 3;
    QString message;
    QString pattern;
    QString unit;

    bool operator==(const LogEvent &) const = default;
};

QByteArray logEventToCbor(const LogEvent &event);
QByteArray logEventToJson(const LogEvent &event);  // one line, no newline
std::optional<LogEvent> logEventFromCbor(const QByteArray &cbor);

}  // namespace mirrorstage::reflector
