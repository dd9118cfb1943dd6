#include "ai_log.h"

namespace mirrorstage::ai {
Q_LOGGING_CATEGORY(lcAi, "mirrorstage.ai")
}
