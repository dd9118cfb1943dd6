#pragma once
// How to reach one remediation provider. The console fills this from its settings (ai/provider,
// ai/model, ai/base_url) and the keychain (the API key or the Google sign-in's token); nothing here
// is ever logged but the kind, the model and the base URL's host.

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace mirrorstage::ai {

enum class ProviderKind { Runbooks, Gemini, OpenAi, Anthropic };

struct ProviderSettings {
    ProviderKind kind = ProviderKind::Runbooks;
    QString model;    // empty: defaultModel(kind)
    QUrl baseUrl;     // empty: defaultBaseUrl(kind), the real endpoint
    QString apiKey;   // Gemini x-goog-api-key, OpenAI Bearer, Anthropic x-api-key
    QString bearerToken;  // a Google OAuth access token for Gemini (used when apiKey is empty)
    int timeoutMs = 90'000;  // per attempt; local models on a CPU can be slow
    int maxAttempts = 3;     // 1..kMaxAttempts; retries only 429, 5xx, timeouts, dropped connections
    int retryBaseDelayMs = 1'000;       // backoff: base, 2×base, 4×base ...
    int maxRetryAfterMs = 60'000;       // a Retry-After longer than this fails at once instead
    QString runbookDir;  // empty: only the runbooks built into the program

    static constexpr int kMaxAttempts = 10;
    static constexpr int kMaxBackoffMs = 30'000;
};

class ProviderSettingsText {
    Q_DECLARE_TR_FUNCTIONS(ProviderSettingsText)
public:
    // "runbooks", "gemini", "openai", "anthropic" (the ai/provider setting and TokenUsage::provider).
    static QString kindKey(ProviderKind kind);
    static std::optional<ProviderKind> kindFromKey(const QString &key);
    static QString displayName(ProviderKind kind);

    static QString defaultModel(ProviderKind kind);
    static QUrl defaultBaseUrl(ProviderKind kind);

    // The settings with defaults filled in and numbers clamped; *error for what cannot work
    // (a remote provider without a key where the API requires one, a base URL that is not http(s)).
    static std::optional<ProviderSettings> resolved(const ProviderSettings &settings, QString *error);
};

}  // namespace mirrorstage::ai
