#pragma once
// The `log_watch` section of the reflector's configuration:
//
//   "log_watch": {
//     "journal": true,                      // default: on where the system journal can be read
//     "journal_directory": "/var/log/journal/<machine-id>",   // optional: read this directory
//     "files": ["/var/log/syslog", "/var/log/nginx/error.log"],
//     "patterns": [{"name": "app-panic", "regex": "panic:", "severity": 2}],
//     "default_patterns": true,
//     "max_per_minute": 60,
//     "start_at_end": true
//   }
//
// Checked as strictly as the rest of the configuration: an unknown key or a regex that does not
// compile is refused with the key's full name ("log_watch.patterns[1].regex").

#include "log_pattern_set.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace mirrorstage::reflector {

struct LogWatchConfig {
    std::optional<bool> journal;  // unset: on when the system journal can be opened
    QString journalDirectory;     // empty: the system journal
    QStringList files;
    QList<LogPattern> patterns;   // configured, in addition to the defaults
    bool defaultPatterns = true;
    int maxPerMinute = 60;        // per pattern
    bool startAtEnd = true;       // on first sight of a file or journal, only what comes next

    static constexpr int kMaxPerMinute = 100000;

    LogPatternSet patternSet() const;
};

class LogWatchConfigReader {
    Q_DECLARE_TR_FUNCTIONS(LogWatchConfigReader)
public:
    // `value` is the value of the key `key` ("log_watch"). On failure returns nothing, sets
    // *badKey to the full name of the offending key and *problem to what is wrong with it.
    static std::optional<LogWatchConfig> read(const QJsonValue &value, const QString &key, QString *badKey,
                                              QString *problem);
};

}  // namespace mirrorstage::reflector
