#include "auth_log.h"

namespace mirrorstage::auth {
Q_LOGGING_CATEGORY(lcAuth, "mirrorstage.auth")
}
