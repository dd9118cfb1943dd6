#include "provider_error.h"

namespace mirrorstage::ai {

QString ProviderError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Configuration: return QStringLiteral("configuration");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::MalformedResponse: return QStringLiteral("malformed-response");
    case Kind::InvalidAnswer: return QStringLiteral("invalid-answer");
    case Kind::NoRunbook: return QStringLiteral("no-runbook");
    case Kind::InvalidRunbook: return QStringLiteral("invalid-runbook");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

}  // namespace mirrorstage::ai
