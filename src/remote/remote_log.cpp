#include "remote_log.h"

namespace mirrorstage::remote {
Q_LOGGING_CATEGORY(lcRemote, "mirrorstage.remote")
}
