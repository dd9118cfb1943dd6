#pragma once
// msctl risk: the safety level the console gives a shell command (core::CommandRiskClassifier),
// with its reasons, most severe first. --json prints {"command", "level", "reasons": [...]}.
// Needs no database.

#include <QStringList>

namespace mirrorstage::ctl {

// `arguments` are those after "risk". Exit codes as ctl_commands.h: 0 done, 2 bad usage.
int runRiskCommand(const QStringList &arguments);

}  // namespace mirrorstage::ctl
