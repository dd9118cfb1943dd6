// The Fleet dock's model and filter under QAbstractItemModelTester while hosts arrive, move
// between racks, lose and regain a rack, rename and leave: the tree stays consistent and follows
// with inserts and removals, never resets.
#include "fleet_filter.h"
#include "fleet_tree_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mirrorstage;
using namespace mirrorstage::app;

namespace {

QString id(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

core::HostUpdate update(int n, const QString &hostname, const QString &rack, double slot, double cpu = 10)
{
    core::HostUpdate u;
    u.agentId = id(n);
    u.identity.hostname = hostname;
    u.identity.rack = rack;
    if (!rack.isEmpty())
        u.identity.position = RackPosition{0, slot, 0};
    u.identity.tags = {hostname.left(hostname.indexOf(QLatin1Char('-')))};
    u.vitals.cpuPercent = cpu;
    u.vitals.memoryPercent = 20;
    u.receivedMs = 1000;
    u.intervalMs = 1000;
    return u;
}

QStringList hostsUnder(const QAbstractItemModel &model, const QString &rackLabel)
{
    for (int rack = 0; rack < model.rowCount(); ++rack) {
        const QModelIndex rackIndex = model.index(rack, 0);
        if (rackIndex.data().toString() != rackLabel)
            continue;
        QStringList names;
        for (int row = 0; row < model.rowCount(rackIndex); ++row)
            names.append(model.index(row, 0, rackIndex).data().toString());
        return names;
    }
    return {QStringLiteral("<no rack %1>").arg(rackLabel)};
}

}  // namespace

class FleetTreeModelTest : public QObject {
    Q_OBJECT
private slots:
    void followsTheFleet();
    void filterMatchesNameTagRackAndState();
};

void FleetTreeModelTest::followsTheFleet()
{
    core::FleetState state;
    QString error;
    state.setLayout(*core::RackLayout::parse(R"({"racks": [{"name": "r1"}, {"name": "r2"}, {"name": "empty"}]})",
                                             QStringLiteral("racks.json"), &error));
    FleetTreeModel model(state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QCOMPARE(model.rowCount(), 3);  // the declared racks, even empty
    core::FleetFrame frame;
    frame.updates = {update(1, QStringLiteral("web-02"), QStringLiteral("r1"), 2),
                     update(2, QStringLiteral("web-01"), QStringLiteral("r1"), 4),
                     update(3, QStringLiteral("db-01"), QStringLiteral("r2"), 2),
                     update(4, QStringLiteral("loose-01"), QString(), 0),
                     update(5, QStringLiteral("new-01"), QStringLiteral("r9"), 1)};
    state.apply(frame, 1000);
    QCOMPARE(hostsUnder(model, QStringLiteral("r1")), (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
    QCOMPARE(hostsUnder(model, QStringLiteral("r2")), QStringList{QStringLiteral("db-01")});
    QCOMPARE(hostsUnder(model, QStringLiteral("r9")), QStringList{QStringLiteral("new-01")});  // reported rack
    QCOMPARE(hostsUnder(model, QStringLiteral("Unplaced")), QStringList{QStringLiteral("loose-01")});
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("Unplaced"));  // always last
    QCOMPARE(model.indexOfHost(id(3)).data(FleetTreeModel::RackRole).toString(), QStringLiteral("r2"));

    // Vitals change in place: one ranged dataChanged per rack, the rows stay.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    frame.updates = {update(1, QStringLiteral("web-02"), QStringLiteral("r1"), 2, 99),
                     update(2, QStringLiteral("web-01"), QStringLiteral("r1"), 4, 50)};
    state.apply(frame, 1100);
    QCOMPARE(changed.size(), 2);  // the two rows together, and the rack's summary
    QCOMPARE(model.indexOfHost(id(1)).siblingAtColumn(FleetTreeModel::CpuColumn).data().toString(), QStringLiteral("99 %"));
    QCOMPARE(model.indexOfHost(id(1)).data(FleetTreeModel::HealthKeyRole).toString(), QStringLiteral("critical"));

    // Moves: to another rack, out of every rack, and a rename that re-sorts.
    frame.updates = {update(1, QStringLiteral("web-02"), QStringLiteral("r2"), 6),
                     update(4, QStringLiteral("loose-01"), QStringLiteral("r1"), 9),
                     update(3, QStringLiteral("aaa-db"), QStringLiteral("r2"), 2)};
    state.apply(frame, 1200);
    QCOMPARE(hostsUnder(model, QStringLiteral("r1")), (QStringList{QStringLiteral("loose-01"), QStringLiteral("web-01")}));
    QCOMPARE(hostsUnder(model, QStringLiteral("r2")), (QStringList{QStringLiteral("aaa-db"), QStringLiteral("web-02")}));
    QVERIFY(hostsUnder(model, QStringLiteral("Unplaced")).first().startsWith(QStringLiteral("<no rack")));  // gone when empty

    state.setPlacement(id(2), core::Placement{QStringLiteral("empty"), RackPosition{0, 1, 0}});
    QCOMPARE(hostsUnder(model, QStringLiteral("empty")), QStringList{QStringLiteral("web-01")});
    state.remove({id(2), id(5)});
    QCOMPARE(hostsUnder(model, QStringLiteral("empty")), QStringList{});
    QCOMPARE(hostsUnder(model, QStringLiteral("r9")), QStringList{});  // the rack stays in the layout
    QCOMPARE(resets.size(), 0);
}

void FleetTreeModelTest::filterMatchesNameTagRackAndState()
{
    core::FleetState state;
    FleetTreeModel model(state);
    FleetFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::FleetFrame frame;
    frame.presence = {{id(1), true}, {id(2), true}, {id(3), true}};
    frame.updates = {update(1, QStringLiteral("web-01"), QStringLiteral("r1"), 2, 99),
                     update(2, QStringLiteral("db-01"), QStringLiteral("r1"), 4),
                     update(3, QStringLiteral("db-02"), QStringLiteral("r2"), 2)};
    state.apply(frame, 1000);
    const auto shown = [&] {
        QStringList names;
        for (int rack = 0; rack < filter.rowCount(); ++rack) {
            for (int row = 0; row < filter.rowCount(filter.index(rack, 0)); ++row)
                names.append(filter.index(row, 0, filter.index(rack, 0)).data().toString());
        }
        names.sort();
        return names;
    };
    filter.setQuery(QStringLiteral("db"));
    QCOMPARE(shown(), (QStringList{QStringLiteral("db-01"), QStringLiteral("db-02")}));
    filter.setQuery(QStringLiteral("db rack:r2"));
    QCOMPARE(shown(), QStringList{QStringLiteral("db-02")});
    QCOMPARE(filter.rowCount(), 1);  // racks without a match disappear while filtering
    filter.setQuery(QStringLiteral("state:critical"));
    QCOMPARE(shown(), QStringList{QStringLiteral("web-01")});
    filter.setQuery(QStringLiteral("tag:WEB"));
    QCOMPARE(shown(), QStringList{QStringLiteral("web-01")});
    filter.setQuery(QStringLiteral("name:02"));
    QCOMPARE(shown(), QStringList{QStringLiteral("db-02")});
    filter.setQuery(QStringLiteral("nothing-like-this"));
    QVERIFY(shown().isEmpty());
    filter.setQuery(QString());
    QCOMPARE(shown().size(), 3);
}

QTEST_MAIN(FleetTreeModelTest)
#include "test_fleet_tree_model.moc"
