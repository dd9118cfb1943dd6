#pragma once
// "Move host…": put a host into another rack slot. The choice outranks the agent's configured
// rack and position and is saved in the store (PlacementRepository), so it survives restarts.

#include "fleet_state.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace mirrorstage::app {

class MoveHostDialog : public QDialog {
    Q_OBJECT
public:
    MoveHostDialog(const core::FleetState &state, const QString &agentId, QWidget *parent = nullptr);

    // The placement chosen; nullopt when the operator asked for the agent's own position again.
    std::optional<core::Placement> placement() const;
    bool resetRequested() const { return m_reset; }

    QComboBox *rackBox() const { return m_rack; }
    QSpinBox *slotBox() const { return m_slot; }

private:
    void rackChosen();

    const core::FleetState &m_state;
    QComboBox *m_rack = nullptr;
    QSpinBox *m_column = nullptr;
    QSpinBox *m_slot = nullptr;
    QSpinBox *m_depth = nullptr;
    bool m_reset = false;
};

}  // namespace mirrorstage::app
