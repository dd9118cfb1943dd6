#include "console_runtime.h"

#include "console_key.h"
#include "credential_catalog.h"
#include "secret_store.h"

#include <QLoggingCategory>

// The console's own category (startup, keys, the demo fleet, the store adapters).
Q_LOGGING_CATEGORY(lcApp, "mirrorstage.app")

namespace mirrorstage::app {

ConsoleRuntime::ConsoleRuntime(ConsoleSettings settings, bool liveView)
    : m_settings(std::move(settings))
    , m_liveView(liveView)
{
}

ConsoleRuntime::~ConsoleRuntime()
{
    stop();
}

bool ConsoleRuntime::start(QString *error)
{
    m_databasePath = m_settings.databasePath.isEmpty() ? store::Database::defaultPath() : m_settings.databasePath;
    m_database = std::make_unique<store::Database>(m_databasePath, QStringLiteral("main"));
    if (!m_database->isOpen()) {
        *error = m_database->errorString();
        return false;
    }
    m_key = ConsoleKey::obtain(m_settings.keyFile, error);
    if (!m_key)
        return false;
    store::ConsoleIdentity identity(m_database->connection());
    if (!identity.savePublicKey(m_key->publicKey(), error))
        return false;

    store::WriterOptions writerOptions;
    writerOptions.retention = m_settings.retention;
    if (m_liveView)
        writerOptions.threadNice = HubService::kBackgroundNice;
    m_writer = std::make_unique<store::StoreWriter>(m_databasePath, writerOptions);
    if (!m_writer->start(error))
        return false;
    if (!m_settings.hub.tlsKeyPath.isEmpty() && m_settings.hub.tlsKeyPassphrase.isEmpty()) {
        // An encrypted TLS key's passphrase is in the keychain only; a key without one needs none.
        const secrets::SecretResult passphrase = secrets::SecretStore().readNow(secrets::CredentialNames::tlsKeyPassphrase());
        if (passphrase.ok())
            m_settings.hub.tlsKeyPassphrase = passphrase.value;
        else if (passphrase.status != secrets::SecretStatus::NotFound)
            qCWarning(lcApp).noquote() << "no passphrase for the TLS key:" << passphrase.message;
    }
    m_hub = std::make_unique<HubService>(m_settings.hub, *m_key, m_databasePath, *m_writer, m_liveView);
    if (!m_hub->start(error))
        return false;
    RemediationSettings remediation = m_settings.remediation;
    if (remediation.provider.kind != ai::ProviderKind::Runbooks && remediation.provider.apiKey.isEmpty()) {
        // The provider's key lives in the keychain only; without it the provider says which
        // setting to fix at its first request, instead of stopping the console.
        const secrets::SecretResult key =
            secrets::SecretStore().readNow(ConsoleSettingsLoader::apiKeyName(remediation.provider.kind));
        if (key.ok())
            remediation.provider.apiKey = QString::fromUtf8(key.value);
        else
            qCWarning(lcApp).noquote() << "no API key for the AI provider:" << key.message;
    }
    if (m_settings.demoFleet && m_settings.demoFault && !m_settings.rulesGiven) {
        const QString root = m_settings.demoDir.isEmpty() ? DemoFleet::defaultStateRoot() : m_settings.demoDir;
        remediation.userRulesFile = root + QStringLiteral("/demo-rules.json");
        if (!DemoFleet::writeDemoRules(remediation.userRulesFile, m_settings.demoHosts, error))
            return false;
    }
    m_remediation = std::make_unique<RemediationService>(remediation, *m_key, m_databasePath, *m_hub);
    if (!m_remediation->start(error))
        return false;
    if (m_settings.demoFleet) {
        m_demoFleet = std::make_unique<DemoFleet>(DemoFleet::Options{
            m_databasePath, m_key->publicKey(), m_hub->listenUrl(), m_settings.hub.tlsCertificatePath,
            m_settings.demoHosts, m_settings.demoReflector, m_settings.demoDir, m_settings.demoFault});
        if (!m_demoFleet->start(error))
            return false;
    }
    return true;
}

void ConsoleRuntime::stop()
{
    if (m_demoFleet)
        m_demoFleet->stop();
    m_demoFleet.reset();
    m_remediation.reset();
    m_hub.reset();
    m_writer.reset();
    m_database.reset();
}

}  // namespace mirrorstage::app
