#include "shell_payload.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

namespace mirrorstage::core::shell {
namespace {

// Decoded bytes are code only when they read as text; a binary blob is not classified.
std::optional<QString> asText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\t' && c != '\r')
            return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

QString withoutWhitespace(const QString &text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return compact;
}

}  // namespace

std::optional<QString> decodeBase64(const QString &text)
{
    const QString compact = withoutWhitespace(text);
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9+/_-]+=*$"));
    if (compact.isEmpty() || !alphabet.match(compact).hasMatch())
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return asText(*result);
}

std::optional<QString> decodeBase32(const QString &text)
{
    const QString compact = withoutWhitespace(text).toUpper();
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : compact) {
        if (c == u'=')
            break;
        const auto value = alphabet.indexOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return asText(bytes);
}

std::optional<QString> decodeHex(const QString &text)
{
    QString compact = withoutWhitespace(text);
    compact.remove(QStringLiteral("0x"));
    compact.remove(QStringLiteral("\\x"));
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    if (!hex.match(compact).hasMatch())
        return std::nullopt;
    return asText(QByteArray::fromHex(compact.toLatin1()));
}

QString decodeEchoEscapes(const QString &text, bool *changed)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(i + 1);
        auto number = [&](qsizetype from, int maxDigits, int base) {
            qsizetype end = from;
            while (end < text.size() && end - from < maxDigits) {
                bool ok = false;
                QString(text.at(end)).toInt(&ok, base);
                if (!ok)
                    break;
                ++end;
            }
            return std::pair{text.mid(from, end - from), end};
        };
        if (e == u'x') {
            const auto [digits, end] = number(i + 2, 2, 16);
            if (!digits.isEmpty()) {
                out += QChar(digits.toInt(nullptr, 16));
                i = end - 1;
                *changed = true;
                continue;
            }
        } else if (e == u'0' || (e >= u'1' && e <= u'7')) {
            // echo -e takes \0NNN; printf takes \NNN. Both reach here.
            const qsizetype from = e == u'0' ? i + 2 : i + 1;
            const auto [digits, end] = number(from, 3, 8);
            out += QChar(digits.isEmpty() ? 0 : digits.toInt(nullptr, 8));
            i = end - 1;
            *changed = true;
            continue;
        }
        static const QString simple = QStringLiteral("ntrabfv\\e");
        static const QString values = QStringLiteral("\n\t\r\a\b\f\v\\\x1b");
        const auto index = simple.indexOf(e);
        if (index >= 0) {
            out += values.at(index);
            ++i;
            if (e != u'n' && e != u't' && e != u'\\')
                *changed = true;
            continue;
        }
        out += c;
    }
    return out;
}

QString formatPrintf(const QString &format, const QStringList &arguments, bool *changed)
{
    QString out;
    qsizetype next = 0;
    auto argument = [&]() { return next < arguments.size() ? arguments.at(next++) : QString(); };
    // printf reuses its format while arguments remain.
    do {
        QString pass;
        for (qsizetype i = 0; i < format.size(); ++i) {
            const QChar c = format.at(i);
            if (c != u'%' || i + 1 >= format.size()) {
                pass += c;
                continue;
            }
            qsizetype j = i + 1;
            while (j < format.size() && QStringLiteral("-+ #0123456789.").contains(format.at(j)))
                ++j;
            if (j >= format.size())
                break;
            const QChar conversion = format.at(j);
            if (conversion == u'%') {
                pass += u'%';
            } else if (conversion == u'b') {
                pass += decodeEchoEscapes(argument(), changed);
            } else if (conversion == u'c') {
                pass += argument().left(1);
            } else if (conversion == u'd' || conversion == u'i' || conversion == u'u') {
                pass += QString::number(argument().toLongLong());
            } else if (conversion == u'x' || conversion == u'X' || conversion == u'o') {
                *changed = true;
                pass += argument();
            } else {
                pass += argument();
            }
            i = j;
        }
        out += decodeEchoEscapes(pass, changed);
    } while (next > 0 && next < arguments.size());
    return out;
}

QString rot13(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            c = QChar(u'a' + (u - u'a' + 13) % 26);
        else if (u >= u'A' && u <= u'Z')
            c = QChar(u'A' + (u - u'A' + 13) % 26);
    }
    return out;
}

}  // namespace mirrorstage::core::shell
