#pragma once
// Asks the operator for the gesture a proposal's safety level demands (DESIGN.md): low, one click
// on Approve; medium, a confirmation box first; high, the host's name typed out; critical, no way
// to approve at all. The dialog only collects the gesture: ProposalRepository::approve() checks it
// again with core::ApprovalPolicy, so a dialog bug cannot approve what the rules forbid.

#include "approval_policy.h"
#include "proposal_repository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mirrorstage::app {

class ApprovalDialog : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(const store::ProposalRecord &proposal, const QString &hostName, QWidget *parent = nullptr);

    core::RiskLevel level() const { return m_level; }
    core::ApprovalGesture gesture() const;

    QPushButton *approveButton() const { return m_approve; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QLineEdit *hostNameEdit() const { return m_hostName; }
    QLabel *ruleLabel() const { return m_rule; }

private:
    void updateApprove();

    core::RiskLevel m_level = core::RiskLevel::High;
    QString m_expectedHost;
    QLabel *m_rule = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLineEdit *m_hostName = nullptr;
    QPushButton *m_approve = nullptr;
};

// The words and colour of a safety level, the same in the dialog and the incidents dock.
QString riskLevelName(core::RiskLevel level);
QString riskLevelColor(core::RiskLevel level);

}  // namespace mirrorstage::app
