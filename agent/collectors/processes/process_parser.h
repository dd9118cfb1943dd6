#pragma once
// Parser for /proc/<pid>/stat.

#include <QtGlobal>
#include <optional>
#include <string_view>

namespace mirrorstage::reflector {

struct PidStat {
    std::string_view name;  // comm, inside the parsed text; may contain spaces and ')'
    char state = '?';
    quint64 utimeTicks = 0, stimeTicks = 0;
    quint64 startTimeTicks = 0;  // since boot: tells a reused pid from the process seen before
    quint64 rssPages = 0;
};

// Absent for a truncated or garbled line.
std::optional<PidStat> parsePidStat(std::string_view text);

}  // namespace mirrorstage::reflector
