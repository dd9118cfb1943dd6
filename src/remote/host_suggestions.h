#pragma once
// Hosts the operator may want to add, from what this machine already knows, passively: the
// operator's ~/.ssh/config and known_hosts, the kernel's ARP table and DHCP lease files that are
// readable. Nothing here sends a packet: there is no scan, no ping, no name lookup. Each parser
// takes a file path, so tests feed it fixtures.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mirrorstage::remote {

struct HostSuggestion {
    QString name;     // alias or host name when a source has one, else the address
    QString address;  // what to connect to
    QString user;     // from ~/.ssh/config; empty elsewhere
    int port = 22;
    QString source;   // "ssh-config", "known-hosts", "arp", "dhcp-leases" (several joined by ", ")
};

struct HostSuggestionSources {
    QStringList sshConfigs;
    QStringList knownHosts;
    QString arpTable;
    QStringList leaseFiles;
    // The operator's ~/.ssh files, /proc/net/arp and the usual lease files of ISC dhcpd and
    // dhclient, NetworkManager and dnsmasq.
    static HostSuggestionSources defaults();
};

struct HostSuggestionReport {
    QList<HostSuggestion> hosts;
    int hashedKnownHosts = 0;  // known_hosts entries whose names are hashed: unreadable, skipped
    QStringList readSources;   // files that were read
};

class HostSuggestions {
    Q_DECLARE_TR_FUNCTIONS(HostSuggestions)
public:
    // Host, HostName, User and Port; patterns with wildcards or negations are skipped.
    static QList<HostSuggestion> fromSshConfig(const QString &path);
    static QList<HostSuggestion> fromKnownHosts(const QString &path, int *hashedSkipped);
    // /proc/net/arp: complete entries only (flags other than 0x0).
    static QList<HostSuggestion> fromArpTable(const QString &path);
    // ISC dhcpd ("lease ADDR { ... client-hostname ...}"), dhclient ("option routers",
    // "option dhcp-server-identifier"), NetworkManager (ROUTER=, SERVER_ADDRESS=), dnsmasq
    // ("expiry mac address name id").
    static QList<HostSuggestion> fromDhcpLeases(const QString &path);

    // All sources, one suggestion per address (the sources that know it joined).
    static HostSuggestionReport collect(const HostSuggestionSources &sources);
};

}  // namespace mirrorstage::remote
