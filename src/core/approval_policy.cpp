#include "approval_policy.h"

namespace mirrorstage::core {

ApprovalStep approvalStepFor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return ApprovalStep::OneClick;
    case RiskLevel::Medium: return ApprovalStep::Confirm;
    case RiskLevel::High: return ApprovalStep::TypeHostName;
    case RiskLevel::Critical: return ApprovalStep::Forbidden;
    }
    return ApprovalStep::Forbidden;
}

std::optional<QString> ApprovalPolicy::refusal(RiskLevel level, const QString &hostName, const ApprovalGesture &gesture)
{
    switch (approvalStepFor(level)) {
    case ApprovalStep::OneClick:
        return std::nullopt;
    case ApprovalStep::Confirm:
        if (gesture.confirmed)
            return std::nullopt;
        return tr("This command changes the host's state (medium risk): confirm the approval.");
    case ApprovalStep::TypeHostName:
        if (gesture.confirmed && !hostName.isEmpty() && gesture.typedHostName.trimmed() == hostName)
            return std::nullopt;
        return tr("This command is destructive or hard to reverse (high risk): type the host's name, \"%1\", to "
                  "approve it.")
            .arg(hostName);
    case ApprovalStep::Forbidden:
        break;
    }
    return tr("This command can destroy the host or open it up (critical risk): it cannot be approved. Run it by "
              "hand, outside MIRROR STAGE, if you are sure.");
}

}  // namespace mirrorstage::core
