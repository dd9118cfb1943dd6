#pragma once
// The log watcher's one logging category, shared by its files.

#include <QLoggingCategory>

namespace mirrorstage::reflector {
Q_DECLARE_LOGGING_CATEGORY(lcLogWatch)
}
