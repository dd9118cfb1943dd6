// The approval gesture in the window: the dialog offers Approve only once the operator has done
// what the command's safety level demands (a high-level command needs the host's name typed; a
// critical one can never be approved), and the Incidents dock, over a real store, approves
// through the same rules, lists incidents through a model that QAbstractItemModelTester accepts,
// and shows the proposal and its result.
#include "approval_dialog.h"
#include "incidents_dock.h"
#include "store.h"
#include "store_client.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mirrorstage;
using namespace mirrorstage::app;

namespace {

store::ProposalRecord proposalWith(const QStringList &scripts)
{
    store::ProposalRecord proposal;
    proposal.id = 7;
    proposal.title = QStringLiteral("test proposal");
    proposal.state = QStringLiteral("proposed");
    for (const QString &script : scripts)
        proposal.commands.append({0, script, QStringLiteral("because"), {}, {}});
    return proposal;
}

const QString kAgent = QStringLiteral("0123456789abcdef0123456789abcdef");

}  // namespace

class ApprovalTest : public QObject {
    Q_OBJECT
private slots:
    void lowNeedsOneClick();
    void mediumNeedsConfirmation();
    void highNeedsTheHostNameTyped();
    void criticalCannotBeApproved();
    void mixedProposalTakesItsMostDangerousCommand();
    void modelPassesTheTester();
    void dockApprovesThroughTheStoreRules();
};

void ApprovalTest::lowNeedsOneClick()
{
    ApprovalDialog dialog(proposalWith({QStringLiteral("uptime"), QStringLiteral("df -h")}), QStringLiteral("web-01"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.level(), core::RiskLevel::Low);
    QVERIFY(dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.confirmBox()->isVisible());
    QVERIFY(!dialog.hostNameEdit()->isVisible());
    QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void ApprovalTest::mediumNeedsConfirmation()
{
    ApprovalDialog dialog(proposalWith({QStringLiteral("systemctl restart nginx")}), QStringLiteral("web-01"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.level(), core::RiskLevel::Medium);
    QVERIFY(!dialog.approveButton()->isEnabled());
    QVERIFY(dialog.confirmBox()->isVisible());
    QTest::mouseClick(dialog.confirmBox(), Qt::LeftButton, {}, QPoint(5, dialog.confirmBox()->height() / 2));
    QVERIFY(dialog.confirmBox()->isChecked());
    QVERIFY(dialog.approveButton()->isEnabled());
    QVERIFY(dialog.gesture().confirmed);
}

void ApprovalTest::highNeedsTheHostNameTyped()
{
    ApprovalDialog dialog(proposalWith({QStringLiteral("rm -rf /var/lib/app/cache")}), QStringLiteral("db-02"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.level(), core::RiskLevel::High);
    QVERIFY(dialog.hostNameEdit()->isVisible());
    QVERIFY(dialog.ruleLabel()->text().contains(QStringLiteral("db-02")));
    QVERIFY(!dialog.approveButton()->isEnabled());
    QTest::mouseClick(dialog.confirmBox(), Qt::LeftButton, {}, QPoint(5, dialog.confirmBox()->height() / 2));
    QVERIFY(!dialog.approveButton()->isEnabled());  // confirming is not enough
    QTest::keyClicks(dialog.hostNameEdit(), QStringLiteral("db-01"));
    QVERIFY(!dialog.approveButton()->isEnabled());  // another host's name is not enough
    dialog.hostNameEdit()->clear();
    QTest::keyClicks(dialog.hostNameEdit(), QStringLiteral("db-02"));
    QVERIFY(dialog.approveButton()->isEnabled());
    QCOMPARE(dialog.gesture().typedHostName, QStringLiteral("db-02"));
}

void ApprovalTest::criticalCannotBeApproved()
{
    ApprovalDialog dialog(proposalWith({QStringLiteral("dd if=/dev/zero of=/dev/sda bs=1M")}), QStringLiteral("db-02"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.level(), core::RiskLevel::Critical);
    QVERIFY(!dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.confirmBox()->isVisible());
    QVERIFY(!dialog.hostNameEdit()->isVisible());
    // Even a gesture forced through the hidden widgets does not enable it.
    dialog.confirmBox()->setChecked(true);
    dialog.hostNameEdit()->setText(QStringLiteral("db-02"));
    QVERIFY(!dialog.approveButton()->isEnabled());
    QVERIFY(dialog.ruleLabel()->text().contains(QStringLiteral("cannot be approved")));
}

void ApprovalTest::mixedProposalTakesItsMostDangerousCommand()
{
    ApprovalDialog dialog(proposalWith({QStringLiteral("uptime"), QStringLiteral("apt-get purge -y nginx")}),
                          QStringLiteral("web-01"));
    QCOMPARE(dialog.level(), core::RiskLevel::High);
}

void ApprovalTest::modelPassesTheTester()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<store::IncidentRecord> incidents;
    for (int i = 1; i <= 3; ++i) {
        store::IncidentRecord r;
        r.id = i;
        r.hostname = QStringLiteral("web-%1").arg(i);
        r.severity = i == 2 ? QStringLiteral("critical") : QStringLiteral("warning");
        r.state = QStringLiteral("open");
        r.summary = QStringLiteral("CPU busy");
        incidents.append(r);
    }
    model.setIncidents(incidents, 0);
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    incidents[1].state = QStringLiteral("acknowledged");
    model.setIncidents(incidents, 0);  // same rows: updated in place, selection survives
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.data(model.index(1, IncidentListModel::State)).toString(), QStringLiteral("acknowledged"));
    incidents.removeFirst();
    model.setIncidents(incidents, 0);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowOf(2), 0);
    model.setIncidents({}, 0);
    QCOMPARE(model.rowCount(), 0);
}

void ApprovalTest::dockApprovesThroughTheStoreRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.db"));
    store::Database db(path, QStringLiteral("test-writer"));
    QVERIFY(db.isOpen());
    QString error;
    store::HostHello hello;
    hello.agentId = kAgent;
    hello.publicKey = QByteArray(32, 'A');
    hello.hostname = QStringLiteral("db-02");
    hello.bootId = QStringLiteral("boot");
    QVERIFY2(store::HostRepository(db.connection()).upsertFromHello(hello, 1000, &error), qPrintable(error));
    bool opened = false;
    const auto incident = store::IncidentRepository(db.connection())
                              .raise({kAgent, QStringLiteral("db-02"), QStringLiteral("disk-space"), QStringLiteral("/var"),
                                      QStringLiteral("disk-space"), QStringLiteral("critical"),
                                      QStringLiteral("filesystem /var 97 % full"), {}},
                                     QStringLiteral("engine"), 1000, &opened, &error);
    QVERIFY2(incident, qPrintable(error));
    store::ProposalRecord proposal = proposalWith({QStringLiteral("rm -rf /var/lib/app/cache")});
    proposal.incidentId = incident->id;
    proposal.provider = QStringLiteral("runbooks");
    const std::optional<qint64> proposalId = store::ProposalRepository(db.connection()).add(proposal, 1000, &error);
    QVERIFY2(proposalId, qPrintable(error));

    StoreClient client(path);
    QVERIFY2(client.start(&error), qPrintable(error));
    IncidentsDock dock(client, nullptr, QStringLiteral("alice@example.com"));
    dock.show();
    QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 20'000);
    dock.selectIncident(incident->id);
    QTRY_VERIFY_WITH_TIMEOUT(dock.proposalBox()->count() == 1, 20'000);
    QTRY_VERIFY(dock.detailsView()->toPlainText().contains(QStringLiteral("rm -rf /var/lib/app/cache")));
    QVERIFY(dock.approveButton()->isEnabled());

    // A gesture short of the rule (confirmed, but no host name) is refused by the store, in words.
    dock.approveWith({true, QString()});
    QTRY_VERIFY_WITH_TIMEOUT(dock.statusLabel()->text().contains(QStringLiteral("type the host's name")), 20'000);
    QCOMPARE(store::ProposalRepository(db.connection()).find(*proposalId, &error)->state, QStringLiteral("proposed"));

    dock.approveWith({true, QStringLiteral("db-02")});
    const QString approvedText = QStringLiteral("Proposal %1 approved").arg(*proposalId);
    QTRY_VERIFY_WITH_TIMEOUT(dock.statusLabel()->text().startsWith(approvedText), 20'000);
    const auto approved = store::ProposalRepository(db.connection()).find(*proposalId, &error);
    QCOMPARE(approved->state, QStringLiteral("approved"));
    QCOMPARE(approved->decidedBy, QStringLiteral("alice@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(!dock.approveButton()->isEnabled(), 20'000);  // decided once
}

QTEST_MAIN(ApprovalTest)
#include "test_approval.moc"
