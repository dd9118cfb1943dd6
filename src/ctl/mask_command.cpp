#include "mask_command.h"

#include "secret_masker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

const char *const maskUsage =
    "Usage: msctl mask [--json] < FILE\n"
    "Masks what must not reach an AI provider in the text on stdin: IP and MAC addresses, e-mail\n"
    "addresses, tokens, API and cloud keys, passwords in URLs and KEY=value assignments, private\n"
    "key blocks, JWTs. Writes the masked text to stdout and what was masked to stderr.\n"
    "  --json   print {\"masked\": TEXT, \"counts\": {KIND: N}} instead (never the real values)\n";

// Distinct values per kind, read off the placeholders of the masked text (@@API_KEY_2@@ is one
// api_key): all a fresh masker produced, and nothing of the values themselves.
QMap<QString, int> countsByKind(const QString &masked)
{
    static const QRegularExpression placeholder(QStringLiteral("@@([A-Z0-9_]+)_[0-9]+@@"));
    QMap<QString, QSet<QString>> seen;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(masked);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        seen[match.captured(1).toLower()].insert(match.captured());
    }
    QMap<QString, int> counts;
    for (auto kind = seen.cbegin(); kind != seen.cend(); ++kind)
        counts.insert(kind.key(), int(kind.value().size()));
    return counts;
}

// "masked 5 values: ipv4 ×2, email, jwt, password", the most frequent kind first.
QString summary(int total, const QMap<QString, int> &counts)
{
    if (total == 0)
        return QStringLiteral("masked 0 values");
    QList<std::pair<QString, int>> kinds;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        kinds.append({it.key(), it.value()});
    std::stable_sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[kind, count] : kinds)
        parts.append(count > 1 ? QStringLiteral("%1 \u00d7%2").arg(kind).arg(count) : kind);
    return QStringLiteral("masked %1 %2: %3")
        .arg(total)
        .arg(total == 1 ? QStringLiteral("value") : QStringLiteral("values"), parts.join(QStringLiteral(", ")));
}

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

}  // namespace

int runMaskCommand(const QStringList &arguments)
{
    bool json = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            write(stdout, maskUsage);
            return 0;
        } else {
            std::fprintf(stderr, "msctl: mask reads its text from stdin and takes only --json, not \"%s\"\n%s",
                         argument.toUtf8().constData(), maskUsage);
            return 2;
        }
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        std::fprintf(stderr, "msctl: cannot read stdin: %s\n", input.errorString().toUtf8().constData());
        return 1;
    }
    const QString text = QString::fromUtf8(input.readAll());

    core::SecretMasker masker;
    const QString masked = masker.mask(text);
    const QMap<QString, int> counts = countsByKind(masked);
    if (json) {
        QJsonObject countObject;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countObject.insert(it.key(), it.value());
        write(stdout, QJsonDocument(QJsonObject{{QStringLiteral("masked"), masked}, {QStringLiteral("counts"), countObject}})
                          .toJson(QJsonDocument::Indented));
        return 0;
    }
    write(stdout, masked.toUtf8());
    write(stderr, summary(masker.maskedCount(), counts).toUtf8() + '\n');
    return 0;
}

}  // namespace mirrorstage::ctl
