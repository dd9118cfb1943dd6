#pragma once
// The remote library's one logging category: mirrorstage.remote.

#include <QLoggingCategory>

namespace mirrorstage::remote {
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
}
