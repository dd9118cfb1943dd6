#pragma once
// The commands of msctl. Exit codes: 0 done, 1 refused or not found, 2 bad usage.

#include <QStringList>

namespace mirrorstage::ctl {

int run(const QStringList &arguments);

}  // namespace mirrorstage::ctl
