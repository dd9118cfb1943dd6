#pragma once
// Parsers for /etc/os-release and /proc/uptime.

#include <QString>
#include <optional>
#include <string_view>

namespace mirrorstage::reflector {

struct OsRelease {
    QString id, name, version, prettyName;
};

// Shell-style KEY=value lines; values may be quoted with ' or " and use \-escapes in double quotes.
OsRelease parseOsRelease(std::string_view text);

// Seconds since boot, the first number of /proc/uptime.
std::optional<double> parseUptime(std::string_view text);

}  // namespace mirrorstage::reflector
