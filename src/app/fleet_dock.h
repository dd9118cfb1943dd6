#pragma once
// The Fleet dock: racks and their hosts as a tree with health icons and counts, and a filter box
// (name, tag:, rack:, state:). Selecting a host here selects it everywhere (HostSelection), and a
// selection made elsewhere is shown and scrolled to here.

#include <QDockWidget>
#include <QTimer>

class QLineEdit;
class QTreeView;
class QLabel;

namespace mirrorstage::core {
class FleetState;
class HostSelection;
}

namespace mirrorstage::app {

class FleetFilter;
class FleetTreeModel;

class FleetDock : public QDockWidget {
    Q_OBJECT
public:
    FleetDock(core::FleetState &state, core::HostSelection &selection, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    FleetTreeModel *model() const { return m_model; }
    FleetFilter *filter() const { return m_proxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelection(const QString &agentId);
    void updateCount();

    core::FleetState &m_state;
    core::HostSelection &m_selection;
    FleetTreeModel *m_model = nullptr;
    QTimer m_fitColumns;  // fits the columns once hosts stop coming and going
    FleetFilter *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_count = nullptr;
    bool m_syncing = false;
};

}  // namespace mirrorstage::app
