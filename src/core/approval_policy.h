#pragma once
// What an operator must do to approve a command of each safety level (DESIGN.md):
//   low: one click; medium: click, then confirm; high: type the host's name; critical: never.
// The window's approval dialog and `msctl approve` apply the same check, here.

#include "command_risk.h"

#include <QCoreApplication>
#include <optional>

namespace mirrorstage::core {

enum class ApprovalStep { OneClick, Confirm, TypeHostName, Forbidden };

ApprovalStep approvalStepFor(RiskLevel level);

struct ApprovalGesture {
    bool confirmed = false;  // the operator confirmed (medium and up)
    QString typedHostName;   // what the operator typed (high)
};

class ApprovalPolicy {
    Q_DECLARE_TR_FUNCTIONS(ApprovalPolicy)
public:
    // Nothing when the gesture is enough for a command of `level` on `hostName`; else why not, in
    // words that say what to do.
    static std::optional<QString> refusal(RiskLevel level, const QString &hostName, const ApprovalGesture &gesture);
};

}  // namespace mirrorstage::core
