#include "fleet_dock.h"

#include "fleet_filter.h"
#include "fleet_tree_model.h"
#include "host_selection.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace mirrorstage::app {

FleetDock::FleetDock(core::FleetState &state, core::HostSelection &selection, QWidget *parent)
    : QDockWidget(parent)
    , m_state(state)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("fleetDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new FleetTreeModel(state, this);
    m_proxy = new FleetFilter(this);
    m_proxy->setSourceModel(m_model);

    m_tree = new QTreeView(body);
    m_tree->setObjectName(QStringLiteral("fleetTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);  // 10,000 rows: no per-row size queries
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Columns fit their contents when hosts come or go, not at every sample: ResizeToContents
    // measured the text of every row at each frame, which kept the UI thread 67 % busy and froze
    // the window for seconds at 5,000 streaming hosts (perf: text layout under FleetTreeModel).
    // The host's name keeps its full width; the other columns scroll.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setMinimumSectionSize(40);
    m_fitColumns.setSingleShot(true);
    m_fitColumns.setInterval(500);
    connect(&m_fitColumns, &QTimer::timeout, this, [this] {
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            m_tree->resizeColumnToContents(column);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, &m_fitColumns, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, &m_fitColumns, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_fitColumns, qOverload<>(&QTimer::start));
    m_fitColumns.start();
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("fleetCount"));
    layout->addWidget(m_count);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        m_tree->expandAll();
        updateCount();
    });
    // New racks open expanded; the operator's collapsing of existing ones is kept.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_tree->expand(m_proxy->index(row, 0));
        }
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetDock::updateCount);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing)
                    return;
                const QString agentId = current.data(FleetTreeModel::AgentIdRole).toString();
                if (!agentId.isEmpty())
                    m_selection.select(agentId);
            });
    connect(&m_selection, &core::HostSelection::changed, this, &FleetDock::showSelection);
    retranslate();
    updateCount();
}

void FleetDock::showSelection(const QString &agentId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfHost(agentId));
    m_syncing = true;
    if (index.isValid()) {
        m_tree->expand(index.parent());
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

void FleetDock::updateCount()
{
    int shown = 0;
    for (int rack = 0; rack < m_proxy->rowCount(); ++rack)
        shown += m_proxy->rowCount(m_proxy->index(rack, 0));
    const int total = int(m_state.hosts().size());
    m_count->setText(shown == total ? tr("%n host(s)", nullptr, total) : tr("%1 of %n host(s) shown", nullptr, total).arg(shown));
}

void FleetDock::retranslate()
{
    setWindowTitle(tr("Fleet"));
    m_filter->setPlaceholderText(tr("Filter: name, tag:web, rack:rack-a, state:critical"));
    m_model->retranslate();
    updateCount();
}

void FleetDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

}  // namespace mirrorstage::app
