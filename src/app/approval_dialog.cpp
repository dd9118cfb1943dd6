#include "approval_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mirrorstage::app {

QString riskLevelName(core::RiskLevel level)
{
    switch (level) {
    case core::RiskLevel::Low: return ApprovalDialog::tr("low");
    case core::RiskLevel::Medium: return ApprovalDialog::tr("medium");
    case core::RiskLevel::High: return ApprovalDialog::tr("high");
    case core::RiskLevel::Critical: return ApprovalDialog::tr("critical");
    }
    return {};
}

QString riskLevelColor(core::RiskLevel level)
{
    switch (level) {
    case core::RiskLevel::Low: return QStringLiteral("#2e7d32");
    case core::RiskLevel::Medium: return QStringLiteral("#b26a00");
    case core::RiskLevel::High: return QStringLiteral("#c62828");
    case core::RiskLevel::Critical: return QStringLiteral("#6a1b9a");
    }
    return {};
}

ApprovalDialog::ApprovalDialog(const store::ProposalRecord &proposal, const QString &hostName, QWidget *parent)
    : QDialog(parent)
    , m_expectedHost(hostName)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve: %1").arg(proposal.title));
    // Classified again here, as the store will when it takes the approval.
    m_level = core::RiskLevel::Low;
    QString commands;
    for (const store::ProposalCommandRecord &command : proposal.commands) {
        const core::RiskAssessment risk = core::CommandRiskClassifier::classify(command.script);
        m_level = std::max(m_level, risk.level);
        commands += QStringLiteral("<li><code>%1</code> <b style='color:%2'>[%3]</b><br/>%4<br/><small>%5</small></li>")
                        .arg(command.script.toHtmlEscaped(), riskLevelColor(risk.level), riskLevelName(risk.level),
                             command.purpose.toHtmlEscaped(), risk.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("approvalText"));
    text->setHtml(tr("<p>On <b>%1</b>, in this order:</p><ol>%2</ol><p><b>Expected:</b> %3</p><p><b>Rollback:</b> %4</p>"
                     "<p><b>Verification:</b> <code>%5</code></p>")
                      .arg(hostName.toHtmlEscaped(), commands, proposal.expectedEffect.toHtmlEscaped(),
                           proposal.rollback.toHtmlEscaped(), proposal.verification.toHtmlEscaped()));

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("approvalRule"));
    m_rule->setWordWrap(true);
    m_confirm = new QCheckBox(tr("I have read these commands and want them run on %1.").arg(hostName), this);
    m_confirm->setObjectName(QStringLiteral("approvalConfirm"));
    m_hostName = new QLineEdit(this);
    m_hostName->setObjectName(QStringLiteral("approvalHostName"));
    m_hostName->setPlaceholderText(tr("Type the host's name"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approve = buttons->addButton(tr("Approve and run"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString level = QStringLiteral("<b style='color:%1'>%2</b>").arg(riskLevelColor(m_level), riskLevelName(m_level));
    switch (core::approvalStepFor(m_level)) {
    case core::ApprovalStep::OneClick:
        m_rule->setText(tr("Risk %1: read-only diagnostics. Approve runs them.").arg(level));
        m_confirm->hide();
        m_hostName->hide();
        break;
    case core::ApprovalStep::Confirm:
        m_rule->setText(tr("Risk %1: this changes the host's state, reversibly. Confirm to approve.").arg(level));
        m_hostName->hide();
        break;
    case core::ApprovalStep::TypeHostName:
        m_rule->setText(tr("Risk %1: destructive or hard to reverse. Confirm and type the host's name, %2, to approve.")
                            .arg(level, hostName.toHtmlEscaped()));
        break;
    case core::ApprovalStep::Forbidden:
        m_rule->setText(tr("Risk %1: this can destroy the host or open it up. It cannot be approved here; reject it, "
                           "or run it by hand outside MIRROR STAGE if you are sure.")
                            .arg(level));
        m_confirm->hide();
        m_hostName->hide();
        break;
    }
    connect(m_confirm, &QCheckBox::toggled, this, &ApprovalDialog::updateApprove);
    connect(m_hostName, &QLineEdit::textChanged, this, &ApprovalDialog::updateApprove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_rule);
    layout->addWidget(m_confirm);
    layout->addWidget(m_hostName);
    layout->addWidget(buttons);
    resize(640, 480);
    updateApprove();
}

core::ApprovalGesture ApprovalDialog::gesture() const
{
    const bool needsTyping = core::approvalStepFor(m_level) == core::ApprovalStep::TypeHostName;
    return {m_confirm->isChecked() || core::approvalStepFor(m_level) == core::ApprovalStep::OneClick,
            needsTyping ? m_hostName->text().trimmed() : QString()};
}

void ApprovalDialog::updateApprove()
{
    // The same policy that the store applies decides whether the button can be pressed.
    m_approve->setEnabled(!core::ApprovalPolicy::refusal(m_level, m_expectedHost, gesture()).has_value());
}

}  // namespace mirrorstage::app
