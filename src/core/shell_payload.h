#pragma once
// Static decoders for payloads that commands hide from a reader and decode on the host right
// before a shell runs them: base64/base32, hex (xxd -r -p), echo -e / printf escapes, rot13.
// Each returns std::nullopt when the input is not what the decoder expects, so that the risk
// classifier falls back to "cannot decode" instead of classifying garbage.

#include <QString>
#include <optional>

namespace mirrorstage::core::shell {

std::optional<QString> decodeBase64(const QString &text);
std::optional<QString> decodeBase32(const QString &text);
std::optional<QString> decodeHex(const QString &text);  // "726d202d7266202f", spaces and newlines allowed
// The escapes of echo -e (\n \t \\ \0NNN \xHH); *changed is set when any escape was decoded.
QString decodeEchoEscapes(const QString &text, bool *changed);
// printf FORMAT ARGS with %s %b %d %c and the escapes of the format; *changed as above.
QString formatPrintf(const QString &format, const QStringList &arguments, bool *changed);
QString rot13(const QString &text);

}  // namespace mirrorstage::core::shell
