#include "log_pattern_set.h"

namespace mirrorstage::reflector {

QList<LogPattern> LogPatternSet::defaultPatterns()
{
    const auto pattern = [](const char *name, const char *regex,
                            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption) {
        QRegularExpression expression(QString::fromLatin1(regex), options);
        expression.optimize();
        return LogPattern{QString::fromLatin1(name), expression, std::nullopt};
    };
    // Specific patterns first: "No space left on device" is also the keyword NO SPACE LEFT, and the
    // event should say which problem it is.
    return {
        pattern("oom-killer", R"(Out of memory: Kill(ed)? process|oom-kill|invoked oom-killer|Memory cgroup out of memory)"),
        pattern("no-space", R"(No space left on device|ENOSPC)"),
        pattern("segfault", R"(segfault at [0-9a-f]+|general protection fault|traps: .* trap invalid opcode)"),
        pattern("unit-failed",
                R"(Failed to start |entered failed state|Main process exited, code=(exited|killed|dumped), status=[1-9]|Failed with result ')"),
        pattern("io-error", R"(I/O error|blk_update_request: I/O error|Buffer I/O error|critical medium error)"),
        pattern("hung-task", R"(task \S+.* blocked for more than \d+ seconds)"),
        pattern("keyword", R"(DISK FULL|OUT OF MEMORY|NO SPACE LEFT)", QRegularExpression::CaseInsensitiveOption),
    };
}

LogPatternSet::LogPatternSet(const QList<LogPattern> &patterns) : m_patterns(patterns) {}

void LogPatternSet::add(const LogPattern &pattern)
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        if (m_patterns[i].name == pattern.name) {
            m_patterns.removeAt(i);
            if (i < m_configured)
                --m_configured;
            break;
        }
    }
    m_patterns.insert(m_configured++, pattern);
}

std::optional<LogEvent> LogPatternSet::match(const LogLine &line) const
{
    for (const LogPattern &pattern : m_patterns) {
        if (!pattern.regex.match(line.message).hasMatch())
            continue;
        LogEvent event;
        event.tsMs = line.tsMs;
        event.source = line.source;
        event.severity = pattern.severity.value_or(line.priority.value_or(kDefaultSeverity));
        event.message = line.message;
        event.pattern = pattern.name;
        event.unit = line.namedUnit;
        if (event.unit.isEmpty())
            event.unit = unitNamedIn(line.message);
        if (event.unit.isEmpty())
            event.unit = line.originUnit;
        return event;
    }
    return std::nullopt;
}

QString LogPatternSet::unitNamedIn(const QString &message)
{
    // systemd's unit types; a word ending in one of them is a unit name.
    static const QRegularExpression unit(QStringLiteral(
        R"((?<![\w@.:\\-])([\w@:\\-][\w@.:\\-]*\.(service|socket|mount|automount|swap|timer|path|target|slice|scope|device))\b)"));
    const QRegularExpressionMatch found = unit.match(message);
    return found.hasMatch() ? found.captured(1) : QString();
}

}  // namespace mirrorstage::reflector
