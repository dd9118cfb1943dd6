#pragma once
// Why a provider could not give proposals, for the operator: a kind to decide on (retry later, fix
// a setting, nothing to do) and a message in words that says what happened and what to do next.

#include "remediation.h"

#include <QMetaType>
#include <QString>

namespace mirrorstage::ai {

struct ProviderError {
    enum class Kind {
        Configuration,   // a setting is missing or wrong (no key, bad base URL): fix the setting
        Authentication,  // 401/403, or a key the API calls invalid: fix the key in the keychain
        RateLimited,     // 429 after every attempt, or a Retry-After longer than we wait
        ServerError,     // 5xx after every attempt
        BadRequest,      // 400/404/other 4xx: model name, base URL, or an API change
        Timeout,         // no answer within timeoutMs, on every attempt
        Network,         // connection refused, host not found, TLS ...
        Refused,         // the model or its safety filter declined to answer
        MalformedResponse,  // the API's reply is not what its documentation promises
        InvalidAnswer,   // the model's answer does not follow the proposal schema
        NoRunbook,       // no local runbook for this kind of incident
        InvalidRunbook,  // a runbook file is broken
        Cancelled,       // the caller cancelled the request
    };

    Kind kind = Kind::Network;
    QString message;     // one or two sentences, already translated
    int httpStatus = 0;  // 0 when there was no HTTP answer
    int attempts = 0;    // how many requests were sent
    TokenUsage usage;    // tokens spent anyway (a refusal or an invalid answer is billed too)

    // "configuration", "authentication", ... for logs, the store and tests.
    static QString kindKey(Kind kind);
};

}  // namespace mirrorstage::ai

Q_DECLARE_METATYPE(mirrorstage::ai::ProviderError)
