#pragma once
// The ai library's one logging category: mirrorstage.ai. Logs name the provider, the model, the
// URL's host and the HTTP status; never a key, a token, a prompt or an answer.

#include <QLoggingCategory>

namespace mirrorstage::ai {
Q_DECLARE_LOGGING_CATEGORY(lcAi)
}
