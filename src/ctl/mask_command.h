#pragma once
// msctl mask: what a text looks like to an AI provider. Reads stdin, writes it masked to stdout
// (core::SecretMasker) and a summary of what was masked to stderr; --json prints
// {"masked": text, "counts": {kind: n}}. Never prints a real value, needs no database.

#include <QStringList>

namespace mirrorstage::ctl {

// `arguments` are those after "mask". Exit codes as ctl_commands.h: 0 done, 2 bad usage.
int runMaskCommand(const QStringList &arguments);

}  // namespace mirrorstage::ctl
