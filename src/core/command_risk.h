#pragma once
// The safety level of a shell command (DESIGN.md, "Safety levels of a command"):
//   low       read-only diagnostics                       one click
//   medium    changes state, reversibly                   click, then confirm
//   high      destructive or hard to reverse              type the host's name
//   critical  can destroy the host or open it up          cannot be approved
// The command is parsed as sh would parse it (quoting, pipes, lists, subshells, substitutions,
// redirections, wrappers such as sudo/env/xargs/bash -c, eval and decoded payloads). The most
// dangerous part decides; obfuscation never lowers a level; what cannot be parsed is high. An AI
// provider's own opinion of the risk is advice only: this classifier decides.

#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage::core {

enum class RiskLevel { Low = 0, Medium = 1, High = 2, Critical = 3 };

struct RiskAssessment {
    RiskLevel level = RiskLevel::High;
    QStringList reasons;  // one sentence each, most severe first
};

class CommandRiskClassifier {
public:
    static RiskAssessment classify(const QString &command);
};

QString riskLevelKey(RiskLevel level);  // "low", "medium", "high", "critical"
std::optional<RiskLevel> riskLevelFromKey(const QString &key);

}  // namespace mirrorstage::core
