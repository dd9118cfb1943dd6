#include "move_host_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace mirrorstage::app {

MoveHostDialog::MoveHostDialog(const core::FleetState &state, const QString &agentId, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("moveHostDialog"));
    const core::HostEntry *host = state.host(agentId);
    setWindowTitle(tr("Move %1").arg(host ? host->identity.hostname : agentId));
    auto *form = new QFormLayout(this);
    if (host && host->operatorPlacement) {
        form->addRow(new QLabel(tr("Placed by an operator; the agent reports rack \"%1\".").arg(host->identity.rack), this));
    }
    m_rack = new QComboBox(this);
    m_rack->setObjectName(QStringLiteral("rackChoice"));
    m_rack->setEditable(true);  // a new rack name makes a new rack, to the right of the others
    for (const core::RackSpec &rack : state.layout().racks())
        m_rack->addItem(rack.name);
    m_column = new QSpinBox(this);
    m_column->setObjectName(QStringLiteral("columnChoice"));
    m_slot = new QSpinBox(this);
    m_slot->setObjectName(QStringLiteral("slotChoice"));
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(QStringLiteral("depthChoice"));
    form->addRow(tr("Rack"), m_rack);
    form->addRow(tr("Slot (rack unit from the bottom)"), m_slot);
    form->addRow(tr("Column"), m_column);
    form->addRow(tr("Depth row"), m_depth);
    connect(m_rack, &QComboBox::currentTextChanged, this, &MoveHostDialog::rackChosen);
    if (host) {
        m_rack->setCurrentText(host->rack());
        rackChosen();
        const RackPosition position = host->position().value_or(RackPosition{0, 1, 0});
        m_column->setValue(int(position.x));
        m_slot->setValue(int(position.y));
        m_depth->setValue(int(position.z));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *reset = buttons->addButton(tr("Use the agent's position"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetPlacement"));
    reset->setEnabled(host && host->operatorPlacement);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_reset = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_rack->currentText().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void MoveHostDialog::rackChosen()
{
    const core::RackSpec *rack = m_state.layout().find(m_rack->currentText().trimmed());
    m_column->setRange(0, rack ? rack->columns - 1 : 63);
    m_slot->setRange(1, rack ? rack->slotCount : 256);
    m_depth->setRange(0, rack ? rack->depthRows - 1 : 15);
}

std::optional<core::Placement> MoveHostDialog::placement() const
{
    if (m_reset)
        return std::nullopt;
    return core::Placement{m_rack->currentText().trimmed(),
                           RackPosition{double(m_column->value()), double(m_slot->value()), double(m_depth->value())}};
}

}  // namespace mirrorstage::app
