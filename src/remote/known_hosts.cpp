#include "known_hosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace mirrorstage::remote {
namespace {

struct Entry {
    bool revoked = false;
    QString type;
    QByteArray blob;
};

// One pattern of an entry's host list against the name the host is looked up by.
bool patternMatches(const QString &pattern, const QString &name)
{
    if (pattern.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = pattern.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    if (pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                    QRegularExpression::CaseInsensitiveOption);
        return re.match(name).hasMatch();
    }
    return pattern.compare(name, Qt::CaseInsensitive) == 0;
}

bool hostListMatches(const QString &list, const QString &name)
{
    bool matched = false;
    for (const QString &pattern : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (patternMatches(pattern.mid(1), name))
                return false;
        } else if (patternMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

// The entries of `path` for `name`; false when the file exists but cannot be read.
bool entriesFor(const QString &path, const QString &name, QList<Entry> *entries)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        Entry entry;
        if (fields.value(0).startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker == QLatin1String("@cert-authority"))
                continue;  // certificates are not used here
            entry.revoked = marker == QLatin1String("@revoked");
        }
        if (fields.size() < 3 || !hostListMatches(fields.at(0), name))
            continue;
        entry.type = fields.at(1);
        entry.blob = QByteArray::fromBase64(fields.at(2).toLatin1());
        entries->append(entry);
    }
    return true;
}

}  // namespace

QString sha256Fingerprint(const QByteArray &blob)
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

QString HostKey::fingerprint() const
{
    return sha256Fingerprint(blob);
}

QString hostKeyStatusKey(HostKeyStatus status)
{
    switch (status) {
    case HostKeyStatus::Known: return QStringLiteral("known");
    case HostKeyStatus::Unknown: return QStringLiteral("unknown");
    case HostKeyStatus::Changed: return QStringLiteral("changed");
    case HostKeyStatus::Error: break;
    }
    return QStringLiteral("error");
}

KnownHosts::KnownHosts(QString consoleFile, QStringList readOnlyFiles)
    : m_consoleFile(std::move(consoleFile))
    , m_readOnlyFiles(std::move(readOnlyFiles))
{
}

QString KnownHosts::defaultConsoleFile()
{
    const QString configured = QSettings().value(QStringLiteral("ssh/known_hosts")).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QString KnownHosts::userFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

HostKeyCheck KnownHosts::check(const QString &host, int port, const HostKey &key) const
{
    HostKeyCheck result;
    result.fingerprint = key.fingerprint();
    result.keyType = key.type;
    const QString name = hostPattern(host, port);
    QStringList others;
    QString otherFile;
    for (const QString &path : QStringList{m_consoleFile} + m_readOnlyFiles) {
        QList<Entry> entries;
        if (!entriesFor(path, name, &entries)) {
            result.status = HostKeyStatus::Error;
            result.message = tr("%1 cannot be read; check its permissions").arg(path);
            return result;
        }
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.revoked && entry.blob == key.blob) {
                result.status = HostKeyStatus::Error;
                result.file = path;
                result.message = tr("%1 presented the key %2, which %3 marks as revoked: nothing was sent to it")
                                     .arg(name, result.fingerprint, path);
                return result;
            }
        }
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.revoked)
                continue;
            if (entry.blob == key.blob) {
                result.status = HostKeyStatus::Known;
                result.file = path;
                result.message = tr("%1 is known (%2 in %3)").arg(name, result.fingerprint, path);
                return result;
            }
            const QString fingerprint = sha256Fingerprint(entry.blob);
            if (!others.contains(fingerprint))
                others.append(fingerprint);
            if (otherFile.isEmpty())
                otherFile = path;
        }
    }
    if (!others.isEmpty()) {
        result.status = HostKeyStatus::Changed;
        result.knownFingerprints = others;
        result.file = otherFile;
        result.message = tr("THE HOST KEY OF %1 HAS CHANGED: it presented %2 but %3 has %4. Someone may be "
                            "intercepting the connection, or the host was reinstalled. Nothing was sent to it. If "
                            "the change is expected, remove the old entry from %3 and check the host again.")
                             .arg(name, result.fingerprint, otherFile, others.join(QStringLiteral(", ")));
        return result;
    }
    result.status = HostKeyStatus::Unknown;
    result.message = tr("%1 is not known yet: it presented the %2 key %3. Compare it with the host's own "
                        "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) before accepting it.")
                         .arg(name, key.type, result.fingerprint);
    return result;
}

bool KnownHosts::accept(const QString &host, int port, const HostKey &key, QString *error) const
{
    if (key.isNull() || key.type.isEmpty()) {
        *error = tr("there is no host key to accept");
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_consoleFile).absolutePath())) {
        *error = tr("cannot create the folder of %1").arg(m_consoleFile);
        return false;
    }
    QByteArray contents;
    QFile existing(m_consoleFile);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(m_consoleFile, existing.errorString());
            return false;
        }
        contents = existing.readAll();
        existing.close();
        if (!contents.isEmpty() && !contents.endsWith('\n'))
            contents += '\n';
    }
    contents += hostPattern(host, port).toUtf8() + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64() + '\n';
    QSaveFile file(m_consoleFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_consoleFile, file.errorString());
        return false;
    }
    return true;
}

}  // namespace mirrorstage::remote
