#include "store_log.h"

namespace mirrorstage::store {
Q_LOGGING_CATEGORY(lcStore, "mirrorstage.store")
}
