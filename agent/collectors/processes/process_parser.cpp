#include "process_parser.h"

#include "text_fields.h"

namespace mirrorstage::reflector {

std::optional<PidStat> parsePidStat(std::string_view text)
{
    // "pid (comm) state ppid ...": comm may itself hold ") ", so it ends at the last ')'.
    const size_t open = text.find('(');
    const size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    const Fields f = splitFields(text.substr(close + 1), 22);
    // state is field 0 after comm; utime 11, stime 12, starttime 19, rss 21.
    if (f.size() < 22 || f[0].size() != 1)
        return std::nullopt;
    const auto utime = parseUnsigned(f[11]);
    const auto stime = parseUnsigned(f[12]);
    const auto start = parseUnsigned(f[19]);
    const auto rss = parseSigned(f[21]);
    if (!utime || !stime || !start || !rss)
        return std::nullopt;
    PidStat stat;
    stat.name = text.substr(open + 1, close - open - 1);
    stat.state = f[0][0];
    stat.utimeTicks = *utime;
    stat.stimeTicks = *stime;
    stat.startTimeTicks = *start;
    stat.rssPages = *rss > 0 ? quint64(*rss) : 0;
    return stat;
}

}  // namespace mirrorstage::reflector
