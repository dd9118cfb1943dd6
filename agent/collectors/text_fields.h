#pragma once
// Small, allocation-free helpers for the line-and-column text of /proc and /sys.

#include <QString>
#include <QVarLengthArray>
#include <charconv>
#include <limits>
#include <optional>
#include <string_view>

namespace mirrorstage::reflector {

using Fields = QVarLengthArray<std::string_view, 24>;

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// Whitespace-separated fields of one line; at most maxFields of them when the rest is not needed.
inline Fields splitFields(std::string_view line, qsizetype maxFields = std::numeric_limits<qsizetype>::max())
{
    Fields fields;
    size_t i = 0;
    while (i < line.size() && fields.size() < maxFields) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            fields.append(line.substr(start, i - start));
    }
    return fields;
}

// Calls fn(line) for each line, without the newline. A last line without one counts too.
template <typename Fn>
void forEachLine(std::string_view text, Fn &&fn)
{
    while (!text.empty()) {
        const size_t end = text.find('\n');
        fn(text.substr(0, end));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
}

template <typename T>
std::optional<T> parseNumber(std::string_view text, int base = 10)
{
    text = trimmed(text);
    T value{};
    const char *end = text.data() + text.size();
    std::from_chars_result result;
    if constexpr (std::is_floating_point_v<T>)
        result = std::from_chars(text.data(), end, value);
    else
        result = std::from_chars(text.data(), end, value, base);
    if (text.empty() || result.ec != std::errc() || result.ptr != end)
        return std::nullopt;
    return value;
}

inline std::optional<quint64> parseUnsigned(std::string_view text, int base = 10)
{
    return parseNumber<quint64>(text, base);
}

inline std::optional<qint64> parseSigned(std::string_view text)
{
    return parseNumber<qint64>(text);
}

inline std::optional<double> parseDouble(std::string_view text)
{
    return parseNumber<double>(text);
}

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// "key: value" or "key=value" split at the first separator; empty key when there is none.
inline std::pair<std::string_view, std::string_view> splitKeyValue(std::string_view line, char separator)
{
    const size_t at = line.find(separator);
    if (at == std::string_view::npos)
        return {};
    return {trimmed(line.substr(0, at)), trimmed(line.substr(at + 1))};
}

}  // namespace mirrorstage::reflector
