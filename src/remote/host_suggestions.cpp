#include "host_suggestions.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace mirrorstage::remote {
namespace {

const QRegularExpression &whitespace()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

QStringList readLines(const QString &path, bool *readable = nullptr)
{
    QFile file(path);
    const bool ok = file.open(QIODevice::ReadOnly);
    if (readable)
        *readable = ok;
    if (!ok)
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

bool isPattern(const QString &name)
{
    return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) || name.startsWith(QLatin1Char('!'));
}

bool isAddress(const QString &text)
{
    return !QHostAddress(text).isNull();
}

// "name" or "[name]:port" from a known_hosts host list.
HostSuggestion knownHost(const QString &pattern)
{
    HostSuggestion s;
    s.source = QStringLiteral("known-hosts");
    static const QRegularExpression bracketed(QStringLiteral("^\\[(.+)\\]:(\\d+)$"));
    const QRegularExpressionMatch m = bracketed.match(pattern);
    s.address = m.hasMatch() ? m.captured(1) : pattern;
    s.port = m.hasMatch() ? m.captured(2).toInt() : 22;
    s.name = s.address;
    return s;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.endsWith(QLatin1Char(';')))
        value.chop(1);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

HostSuggestion leaseHost(const QString &address, const QString &name)
{
    return {name.isEmpty() ? address : name, address, {}, 22, QStringLiteral("dhcp-leases")};
}

}  // namespace

HostSuggestionSources HostSuggestionSources::defaults()
{
    HostSuggestionSources sources;
    const QString ssh = QDir::homePath() + QStringLiteral("/.ssh/");
    sources.sshConfigs = {ssh + QStringLiteral("config")};
    sources.knownHosts = {ssh + QStringLiteral("known_hosts")};
    sources.arpTable = QStringLiteral("/proc/net/arp");
    const QList<QPair<QString, QStringList>> leaseGlobs = {
        {QStringLiteral("/var/lib/dhcp"), {QStringLiteral("*.leases")}},
        {QStringLiteral("/var/lib/dhclient"), {QStringLiteral("*.leases")}},
        {QStringLiteral("/var/lib/NetworkManager"), {QStringLiteral("*.lease")}},
        {QStringLiteral("/var/lib/misc"), {QStringLiteral("dnsmasq*.leases")}},
    };
    for (const auto &[folder, globs] : leaseGlobs) {
        for (const QString &file : QDir(folder).entryList(globs, QDir::Files | QDir::Readable, QDir::Name))
            sources.leaseFiles.append(folder + QLatin1Char('/') + file);
    }
    return sources;
}

QList<HostSuggestion> HostSuggestions::fromSshConfig(const QString &path)
{
    QList<HostSuggestion> hosts;
    QList<int> current;  // indexes into hosts of the block being read
    for (QString line : readLines(path)) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // "Key Value" or "Key=Value"
        static const QRegularExpression keyValue(QStringLiteral("^(\\S+?)\\s*(?:=|\\s)\\s*(.*)$"));
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        const QString value = unquoted(m.captured(2));
        if (key == QLatin1String("host")) {
            current.clear();
            for (const QString &alias : value.split(whitespace(), Qt::SkipEmptyParts)) {
                if (isPattern(alias))
                    continue;
                current.append(int(hosts.size()));
                hosts.append({alias, alias, {}, 22, QStringLiteral("ssh-config")});
            }
        } else if (key == QLatin1String("match")) {
            current.clear();  // conditional blocks say nothing about one host
        } else {
            for (int index : std::as_const(current)) {
                HostSuggestion &host = hosts[index];
                if (key == QLatin1String("hostname"))
                    host.address = value;
                else if (key == QLatin1String("user"))
                    host.user = value;
                else if (key == QLatin1String("port"))
                    host.port = value.toInt() > 0 && value.toInt() < 65536 ? value.toInt() : 22;
            }
        }
    }
    return hosts;
}

QList<HostSuggestion> HostSuggestions::fromKnownHosts(const QString &path, int *hashedSkipped)
{
    QList<HostSuggestion> hosts;
    for (QString line : readLines(path)) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(whitespace(), Qt::SkipEmptyParts);
        if (fields.value(0).startsWith(QLatin1Char('@'))) {
            if (fields.first() != QLatin1String("@revoked"))
                fields.removeFirst();
            else
                continue;  // a revoked key is no invitation
        }
        if (fields.size() < 3)
            continue;
        if (fields.at(0).startsWith(QLatin1String("|1|"))) {
            ++*hashedSkipped;
            continue;
        }
        for (const QString &pattern : fields.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!isPattern(pattern))
                hosts.append(knownHost(pattern));
        }
    }
    return hosts;
}

QList<HostSuggestion> HostSuggestions::fromArpTable(const QString &path)
{
    QList<HostSuggestion> hosts;
    const QStringList lines = readLines(path);
    for (qsizetype i = 1; i < lines.size(); ++i) {  // the first line names the columns
        const QStringList fields = lines.at(i).split(whitespace(), Qt::SkipEmptyParts);
        // IP address, HW type, Flags, HW address, Mask, Device
        if (fields.size() < 6 || fields.at(2) == QLatin1String("0x0") || !isAddress(fields.at(0)))
            continue;
        hosts.append({fields.at(0), fields.at(0), {}, 22, QStringLiteral("arp")});
    }
    return hosts;
}

QList<HostSuggestion> HostSuggestions::fromDhcpLeases(const QString &path)
{
    QList<HostSuggestion> hosts;
    const QStringList lines = readLines(path);
    QString leaseAddress, leaseName;
    bool inServerLease = false;
    static const QRegularExpression serverLease(QStringLiteral("^lease\\s+(\\S+)\\s*\\{"));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // NetworkManager: KEY=VALUE lines of the console host's own lease.
        if (line.startsWith(QLatin1String("ROUTER=")) || line.startsWith(QLatin1String("SERVER_ADDRESS="))) {
            for (const QString &address : line.section(QLatin1Char('='), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (isAddress(address))
                    hosts.append(leaseHost(address, {}));
            }
            continue;
        }
        if (const QRegularExpressionMatch m = serverLease.match(line); m.hasMatch()) {
            inServerLease = isAddress(m.captured(1));
            leaseAddress = m.captured(1);
            leaseName.clear();
            continue;
        }
        if (line.startsWith(QLatin1Char('}'))) {
            if (inServerLease)
                hosts.append(leaseHost(leaseAddress, leaseName));
            inServerLease = false;
            continue;
        }
        const QStringList fields = line.split(whitespace(), Qt::SkipEmptyParts);
        if (inServerLease && fields.value(0) == QLatin1String("client-hostname")) {
            leaseName = unquoted(fields.mid(1).join(QLatin1Char(' ')));
            continue;
        }
        // dhclient: the server and routers of the console host's own lease.
        if (fields.value(0) == QLatin1String("option")
            && (fields.value(1) == QLatin1String("routers") || fields.value(1) == QLatin1String("dhcp-server-identifier"))) {
            for (const QString &address : unquoted(fields.mid(2).join(QLatin1Char(' '))).split(QLatin1Char(','))) {
                if (isAddress(address.trimmed()))
                    hosts.append(leaseHost(address.trimmed(), {}));
            }
            continue;
        }
        // dnsmasq: expiry mac address hostname client-id
        if (fields.size() >= 4 && fields.at(0).toLongLong() > 0 && fields.at(1).count(QLatin1Char(':')) >= 5
            && isAddress(fields.at(2))) {
            hosts.append(leaseHost(fields.at(2), fields.at(3) == QLatin1String("*") ? QString() : fields.at(3)));
        }
    }
    return hosts;
}

HostSuggestionReport HostSuggestions::collect(const HostSuggestionSources &sources)
{
    HostSuggestionReport report;
    QList<HostSuggestion> all;
    auto take = [&](const QString &path, const QList<HostSuggestion> &found) {
        if (QFile::exists(path))
            report.readSources.append(path);
        all += found;
    };
    for (const QString &path : sources.sshConfigs)
        take(path, fromSshConfig(path));
    for (const QString &path : sources.knownHosts)
        take(path, fromKnownHosts(path, &report.hashedKnownHosts));
    if (!sources.arpTable.isEmpty())
        take(sources.arpTable, fromArpTable(sources.arpTable));
    for (const QString &path : sources.leaseFiles)
        take(path, fromDhcpLeases(path));
    QHash<QString, qsizetype> byAddress;  // "address:port" -> index in report.hosts
    for (const HostSuggestion &host : std::as_const(all)) {
        const QString key = host.address.toLower() + QLatin1Char(':') + QString::number(host.port);
        const auto it = byAddress.constFind(key);
        if (it == byAddress.cend()) {
            byAddress.insert(key, report.hosts.size());
            report.hosts.append(host);
            continue;
        }
        HostSuggestion &merged = report.hosts[*it];
        if (!merged.source.split(QStringLiteral(", ")).contains(host.source))
            merged.source += QStringLiteral(", ") + host.source;
        if (merged.name == merged.address && host.name != host.address)
            merged.name = host.name;
        if (merged.user.isEmpty())
            merged.user = host.user;
    }
    return report;
}

}  // namespace mirrorstage::remote
