#pragma once
// Named patterns that decide which log lines the agent sends. Only a line that matches one is sent:
// the agent never ships a whole journal.
//
//   LogPatternSet set(LogPatternSet::defaultPatterns());
//   set.add({"app-panic", QRegularExpression("panic:"), 2});   // a configured pattern
//   if (std::optional<LogEvent> event = set.match(line)) …
//
// The first pattern that matches names the event, configured patterns before the defaults; a
// configured pattern with a default's name replaces that default.

#include "log_event.h"

#include <QList>
#include <QRegularExpression>
#include <optional>

namespace mirrorstage::reflector {

struct LogPattern {
    QString name;
    QRegularExpression regex;
    std::optional<int> severity;  // overrides the line's own priority
};

class LogPatternSet {
public:
    // Severity of a matched line that carries none (a plain file) and whose pattern sets none.
    static constexpr int kDefaultSeverity = 3;  // err

    // The out-of-memory killer, full disks, segfaults, failed systemd units, I/O errors, hung tasks
    // and the original system's keywords (DISK FULL, OUT OF MEMORY, NO SPACE LEFT).
    static QList<LogPattern> defaultPatterns();

    LogPatternSet() = default;
    explicit LogPatternSet(const QList<LogPattern> &patterns);

    // Adds a pattern ahead of the defaults, or in place of the one with the same name.
    void add(const LogPattern &pattern);
    const QList<LogPattern> &patterns() const { return m_patterns; }

    std::optional<LogEvent> match(const LogLine &line) const;

    // "nginx.service" from "Failed to start nginx.service - …" or "nginx.service: Main process
    // exited, …"; empty when the text names no unit.
    static QString unitNamedIn(const QString &message);

private:
    QList<LogPattern> m_patterns;
    qsizetype m_configured = 0;  // configured patterns come first
};

}  // namespace mirrorstage::reflector
