#include "credentials_command.h"

#include "credential_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

using secrets::CredentialState;

const char *const credentialsUsage =
    "Usage: msctl credentials list [--json]\n"
    "The credentials the console keeps in the system keychain and whether each is stored (never a\n"
    "value). Set, replace and delete them in the console: Settings > Credentials.\n"
    "  --json   print [{\"name\", \"purpose\", \"state\"}] instead\n";

QString stateKey(CredentialState state)
{
    switch (state) {
    case CredentialState::Stored: return QStringLiteral("stored");
    case CredentialState::NotStored: return QStringLiteral("not-stored");
    case CredentialState::Unavailable: return QStringLiteral("unavailable");
    case CredentialState::Failed: return QStringLiteral("error");
    case CredentialState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

}  // namespace

int runCredentialsCommand(const QStringList &arguments)
{
    bool json = false;
    bool list = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("list")) {
            list = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            write(stdout, credentialsUsage);
            return 0;
        } else {
            write(stderr, "msctl: credentials takes \"list\" and --json, not \"" + argument.toUtf8() + "\"\n" + credentialsUsage);
            return 2;
        }
    }
    if (!list) {
        write(stderr, QByteArray("msctl: credentials needs a command: list\n") + credentialsUsage);
        return 2;
    }
    QSettings settings;
    secrets::CredentialCatalog catalog(settings);
    catalog.refreshNow();
    if (!catalog.keychainAvailable()) {
        write(stderr, "msctl: " + catalog.unavailableMessage().toUtf8()
                          + "\nThe console keeps its credentials only there; none is written anywhere else.\n");
        return 1;
    }
    QJsonArray rows;
    QByteArray text;
    for (const secrets::Credential &credential : catalog.entries()) {
        const CredentialState state = catalog.state(credential.name);
        QJsonObject row{{QStringLiteral("name"), credential.name},
                        {QStringLiteral("purpose"), credential.label},
                        {QStringLiteral("state"), stateKey(state)}};
        if (!catalog.message(credential.name).isEmpty())
            row.insert(QStringLiteral("message"), catalog.message(credential.name));
        rows.append(row);
        text += QStringLiteral("%1  %2  %3\n").arg(credential.name, -28).arg(stateKey(state), -10).arg(credential.label).toUtf8();
    }
    write(stdout, json ? QJsonDocument(rows).toJson(QJsonDocument::Indented) : text);
    return 0;
}

}  // namespace mirrorstage::ctl
