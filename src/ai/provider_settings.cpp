#include "provider_settings.h"

#include <algorithm>

namespace mirrorstage::ai {

QString ProviderSettingsText::kindKey(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Runbooks: return QStringLiteral("runbooks");
    case ProviderKind::Gemini: return QStringLiteral("gemini");
    case ProviderKind::OpenAi: return QStringLiteral("openai");
    case ProviderKind::Anthropic: return QStringLiteral("anthropic");
    }
    return QStringLiteral("runbooks");
}

std::optional<ProviderKind> ProviderSettingsText::kindFromKey(const QString &key)
{
    for (ProviderKind kind : {ProviderKind::Runbooks, ProviderKind::Gemini, ProviderKind::OpenAi,
                              ProviderKind::Anthropic}) {
        if (key.trimmed().compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ProviderSettingsText::displayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Runbooks: return tr("Local runbooks");
    case ProviderKind::Gemini: return tr("Google Gemini");
    case ProviderKind::OpenAi: return tr("OpenAI-compatible");
    case ProviderKind::Anthropic: return tr("Anthropic Claude");
    }
    return {};
}

QString ProviderSettingsText::defaultModel(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Runbooks: return QStringLiteral("runbooks");
    case ProviderKind::Gemini: return QStringLiteral("gemini-2.5-flash");
    case ProviderKind::OpenAi: return QStringLiteral("gpt-4.1-mini");
    case ProviderKind::Anthropic: return QStringLiteral("claude-sonnet-4-5");
    }
    return {};
}

QUrl ProviderSettingsText::defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Runbooks: return {};
    case ProviderKind::Gemini: return QUrl(QStringLiteral("https://generativelanguage.googleapis.com"));
    case ProviderKind::OpenAi: return QUrl(QStringLiteral("https://api.openai.com/v1"));
    case ProviderKind::Anthropic: return QUrl(QStringLiteral("https://api.anthropic.com"));
    }
    return {};
}

std::optional<ProviderSettings> ProviderSettingsText::resolved(const ProviderSettings &settings,
                                                               QString *error)
{
    ProviderSettings result = settings;
    result.model = result.model.trimmed();
    if (result.model.isEmpty())
        result.model = defaultModel(result.kind);
    if (result.baseUrl.isEmpty())
        result.baseUrl = defaultBaseUrl(result.kind);
    result.timeoutMs = std::clamp(result.timeoutMs, 100, 15 * 60 * 1000);
    result.maxAttempts = std::clamp(result.maxAttempts, 1, ProviderSettings::kMaxAttempts);
    result.retryBaseDelayMs = std::clamp(result.retryBaseDelayMs, 0, ProviderSettings::kMaxBackoffMs);
    result.maxRetryAfterMs = std::clamp(result.maxRetryAfterMs, 0, 60 * 60 * 1000);
    if (result.kind == ProviderKind::Runbooks)
        return result;

    const QString scheme = result.baseUrl.scheme();
    if (!result.baseUrl.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))
        || result.baseUrl.host().isEmpty()) {
        *error = tr("The AI base URL \"%1\" is not an http:// or https:// address. Fix the setting "
                    "ai/base_url, or leave it empty for %2's own endpoint.")
                     .arg(result.baseUrl.toDisplayString(), displayName(result.kind));
        return std::nullopt;
    }
    if (result.model.contains(QLatin1Char('/')) && result.kind == ProviderKind::Gemini) {
        *error = tr("The Gemini model name \"%1\" holds a \"/\". Fix the setting ai/model "
                    "(for example gemini-2.5-flash).").arg(result.model);
        return std::nullopt;
    }
    // A local OpenAI-compatible server (Ollama, llama.cpp, vLLM) needs no key; the public APIs do.
    const bool hasCredential = !result.apiKey.isEmpty() || !result.bearerToken.isEmpty();
    if (!hasCredential && result.kind != ProviderKind::OpenAi) {
        *error = result.kind == ProviderKind::Gemini
            ? tr("Gemini needs an API key or a Google sign-in. Store a key in the keychain "
                 "(Settings, AI provider) or sign in with Google.")
            : tr("Anthropic needs an API key. Store it in the keychain (Settings, AI provider).");
        return std::nullopt;
    }
    return result;
}

}  // namespace mirrorstage::ai
