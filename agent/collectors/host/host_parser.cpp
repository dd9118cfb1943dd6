#include "host_parser.h"

#include "text_fields.h"

namespace mirrorstage::reflector {
namespace {

QString unquote(std::string_view value)
{
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'')
        return toQString(value.substr(1, value.size() - 2));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
        std::string out;
        for (size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '\\' && i + 1 < value.size())
                ++i;
            out.push_back(value[i]);
        }
        return QString::fromStdString(out);
    }
    return toQString(value);
}

}  // namespace

OsRelease parseOsRelease(std::string_view text)
{
    OsRelease release;
    forEachLine(text, [&](std::string_view line) {
        line = trimmed(line);
        if (line.empty() || line.front() == '#')
            return;
        const auto [key, value] = splitKeyValue(line, '=');
        if (key == "ID") release.id = unquote(value);
        else if (key == "NAME") release.name = unquote(value);
        else if (key == "VERSION_ID") release.version = unquote(value);
        else if (key == "PRETTY_NAME") release.prettyName = unquote(value);
    });
    return release;
}

std::optional<double> parseUptime(std::string_view text)
{
    const Fields f = splitFields(text);
    if (f.isEmpty())
        return std::nullopt;
    const auto seconds = parseDouble(f[0]);
    if (!seconds || *seconds < 0)
        return std::nullopt;
    return seconds;
}

}  // namespace mirrorstage::reflector
