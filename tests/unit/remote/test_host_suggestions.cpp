// Host suggestions from passive sources only, over fixture files: ~/.ssh/config, known_hosts,
// /proc/net/arp and DHCP lease files of ISC dhcpd, dhclient, NetworkManager and dnsmasq.
#include "host_suggestions.h"

#include <QTest>

using namespace mirrorstage::remote;

namespace {

const QString kFixtures = QStringLiteral(MIRRORSTAGE_FIXTURES "/ssh/");

QStringList rows(const QList<HostSuggestion> &hosts)
{
    QStringList list;
    for (const HostSuggestion &h : hosts)
        list.append(QStringLiteral("%1 %2@%3:%4").arg(h.name, h.user, h.address).arg(h.port));
    return list;
}

}  // namespace

class HostSuggestionsTest : public QObject {
    Q_OBJECT
private slots:
    void sshConfigSkipsPatterns();
    void knownHostsCountsHashedNames();
    void arpTableKeepsCompleteEntries();
    void leaseFiles_data();
    void leaseFiles();
    void collectMergesByAddress();
    void missingFilesAreNoError();
};

void HostSuggestionsTest::sshConfigSkipsPatterns()
{
    QCOMPARE(rows(HostSuggestions::fromSshConfig(kFixtures + QStringLiteral("ssh_config"))),
             QStringList({QStringLiteral("web-1 deploy@10.0.0.11:2222"), QStringLiteral("web-1.example deploy@10.0.0.11:2222"),
                          QStringLiteral("bastion ops@192.0.2.1:22"), QStringLiteral("plain @plain:22")}));
}

void HostSuggestionsTest::knownHostsCountsHashedNames()
{
    int hashed = 0;
    QCOMPARE(rows(HostSuggestions::fromKnownHosts(kFixtures + QStringLiteral("known_hosts"), &hashed)),
             QStringList({QStringLiteral("10.0.0.11 @10.0.0.11:22"), QStringLiteral("10.0.0.12 @10.0.0.12:2200"),
                          QStringLiteral("app-2 @app-2:22")}));
    QCOMPARE(hashed, 2);
}

void HostSuggestionsTest::arpTableKeepsCompleteEntries()
{
    QCOMPARE(rows(HostSuggestions::fromArpTable(kFixtures + QStringLiteral("arp"))),
             QStringList({QStringLiteral("192.168.1.1 @192.168.1.1:22"), QStringLiteral("192.168.1.23 @192.168.1.23:22")}));
}

void HostSuggestionsTest::leaseFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ISC dhcpd") << "dhcpd.leases"
                               << QStringList{QStringLiteral("storage-3 @192.168.1.23:22"),
                                              QStringLiteral("192.168.1.77 @192.168.1.77:22")};
    QTest::newRow("dhclient") << "dhclient.leases"
                              << QStringList{QStringLiteral("192.168.1.1 @192.168.1.1:22"),
                                             QStringLiteral("192.168.1.2 @192.168.1.2:22")};
    QTest::newRow("NetworkManager") << "networkmanager.lease"
                                    << QStringList{QStringLiteral("192.168.5.1 @192.168.5.1:22"),
                                                   QStringLiteral("192.168.5.1 @192.168.5.1:22")};
    QTest::newRow("dnsmasq") << "dnsmasq.leases"
                             << QStringList{QStringLiteral("printer-lab @192.168.7.10:22"),
                                            QStringLiteral("192.168.7.11 @192.168.7.11:22")};
}

void HostSuggestionsTest::leaseFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QList<HostSuggestion> hosts = HostSuggestions::fromDhcpLeases(kFixtures + file);
    QCOMPARE(rows(hosts), expected);
    for (const HostSuggestion &h : hosts)
        QCOMPARE(h.source, QStringLiteral("dhcp-leases"));
}

void HostSuggestionsTest::collectMergesByAddress()
{
    HostSuggestionSources sources;
    sources.sshConfigs = {kFixtures + QStringLiteral("ssh_config")};
    sources.knownHosts = {kFixtures + QStringLiteral("known_hosts")};
    sources.arpTable = kFixtures + QStringLiteral("arp");
    sources.leaseFiles = {kFixtures + QStringLiteral("dhcpd.leases"), kFixtures + QStringLiteral("dhclient.leases")};
    const HostSuggestionReport report = HostSuggestions::collect(sources);
    QCOMPARE(report.hashedKnownHosts, 2);
    QCOMPARE(report.readSources.size(), 5);
    QHash<QString, HostSuggestion> byAddress;
    for (const HostSuggestion &h : report.hosts) {
        QVERIFY2(!byAddress.contains(h.address + QString::number(h.port)), qPrintable(h.address));
        byAddress.insert(h.address + QString::number(h.port), h);
    }
    // The router is in the ARP table and in the console's own lease: one suggestion, two sources.
    QCOMPARE(byAddress.value(QStringLiteral("192.168.1.122")).source, QStringLiteral("arp, dhcp-leases"));
    // A lease names the host the ARP table only knows by address.
    QCOMPARE(byAddress.value(QStringLiteral("192.168.1.2322")).name, QStringLiteral("storage-3"));
    // 10.0.0.11 on port 2222 (ssh config) and on port 22 (known_hosts) are two ways in.
    QCOMPARE(byAddress.value(QStringLiteral("10.0.0.112222")).user, QStringLiteral("deploy"));
    QCOMPARE(byAddress.value(QStringLiteral("10.0.0.1122")).source, QStringLiteral("known-hosts"));
}

void HostSuggestionsTest::missingFilesAreNoError()
{
    HostSuggestionSources sources;
    sources.sshConfigs = {QStringLiteral("/nonexistent/ssh_config")};
    sources.arpTable = QStringLiteral("/nonexistent/arp");
    const HostSuggestionReport report = HostSuggestions::collect(sources);
    QVERIFY(report.hosts.isEmpty());
    QVERIFY(report.readSources.isEmpty());
}

QTEST_GUILESS_MAIN(HostSuggestionsTest)
#include "test_host_suggestions.moc"
