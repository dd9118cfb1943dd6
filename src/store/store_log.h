#pragma once
// The store library's one logging category: mirrorstage.store.

#include <QLoggingCategory>

namespace mirrorstage::store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
