#pragma once
// The auth library's one logging category: mirrorstage.auth. Logs say what step failed and the
// endpoint's host and HTTP status; never a token, a code, a verifier or a client secret.

#include <QLoggingCategory>

namespace mirrorstage::auth {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
}
