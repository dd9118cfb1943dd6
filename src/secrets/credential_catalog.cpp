#include "credential_catalog.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace mirrorstage::secrets {
namespace {

QString providerTitle(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (provider == QLatin1String("gemini"))
        return QStringLiteral("Gemini");
    return provider;
}

// "ssh/admin@db-01/password" → a label a person reads; names other code invents stay readable.
Credential recordedCredential(const QString &name)
{
    Credential credential;
    credential.name = name;
    credential.fixed = false;
    if (name.startsWith(QLatin1String("ssh/"))) {
        credential.kind = CredentialKind::Ssh;
        QString subject = name.mid(4);
        if (subject.endsWith(QLatin1String("/password"))) {
            subject.chop(9);
            credential.label = CredentialCatalog::tr("SSH password for %1").arg(subject);
        } else if (subject.endsWith(QLatin1String("/key-passphrase"))) {
            subject.chop(15);
            credential.label = CredentialCatalog::tr("Passphrase of the SSH key for %1").arg(subject);
        } else if (subject.endsWith(QLatin1String("/passphrase"))) {
            subject.chop(11);
            credential.label = CredentialCatalog::tr("Passphrase of the SSH key for %1").arg(subject);
        } else {
            credential.label = CredentialCatalog::tr("SSH secret for %1").arg(subject);
        }
        return credential;
    }
    if (name.startsWith(QLatin1String("google/"))) {
        credential.kind = CredentialKind::OAuth;
        credential.label = CredentialCatalog::tr("Google sign-in: %1").arg(name.mid(7));
        return credential;
    }
    credential.label = CredentialCatalog::tr("Recorded by the console");
    return credential;
}

CredentialState stateOf(const SecretResult &result)
{
    switch (result.status) {
    case SecretStatus::Ok: return CredentialState::Stored;
    case SecretStatus::NotFound: return CredentialState::NotStored;
    case SecretStatus::Unavailable: return CredentialState::Unavailable;
    case SecretStatus::Denied:
    case SecretStatus::Failed: break;
    }
    return CredentialState::Failed;
}

}  // namespace

QStringList CredentialRegistry::recorded(QSettings &settings)
{
    return settings.value(QLatin1String(kSettingsKey)).toStringList();
}

void CredentialRegistry::remember(QSettings &settings, const QString &name)
{
    QStringList names = recorded(settings);
    if (names.contains(name))
        return;
    names.append(name);
    names.sort();
    settings.setValue(QLatin1String(kSettingsKey), names);
    settings.sync();
}

void CredentialRegistry::forget(QSettings &settings, const QString &name)
{
    QStringList names = recorded(settings);
    if (!names.removeAll(name))
        return;
    settings.setValue(QLatin1String(kSettingsKey), names);
    settings.sync();
}

void CredentialRegistry::remember(const QString &name)
{
    QSettings settings;
    remember(settings, name);
}

void CredentialRegistry::forget(const QString &name)
{
    QSettings settings;
    forget(settings, name);
}

CredentialCatalog::CredentialCatalog(QSettings &settings, SecretStore store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(std::move(store))
{
}

QList<Credential> CredentialCatalog::builtIn()
{
    QList<Credential> list;
    list.append({CredentialNames::consoleSigningKey(),
                 tr("The console's signing key: agents pinned it at enrollment and run only what it signs"),
                 CredentialKind::SigningKey, true});
    for (const QString &provider : CredentialNames::aiProviders())
        list.append({CredentialNames::aiApiKey(provider), tr("%1 API key (remediation proposals)").arg(providerTitle(provider)),
                     CredentialKind::ApiKey, true});
    list.append({CredentialNames::googleClientSecret(), tr("Google sign-in: the OAuth client secret"), CredentialKind::OAuth, true});
    list.append({CredentialNames::googleRefreshToken(), tr("Google sign-in: the refresh token"), CredentialKind::OAuth, true});
    list.append({CredentialNames::googleAccessToken(), tr("Google sign-in: the current access token"), CredentialKind::OAuth, true});
    list.append({CredentialNames::googleSession(), tr("Google sign-in: the saved session (account and tokens)"),
                 CredentialKind::OAuth, true});
    list.append({CredentialNames::tlsKeyPassphrase(), tr("Passphrase of the TLS private key (hub/tls_key)"), CredentialKind::Tls, true});
    return list;
}

QList<Credential> CredentialCatalog::entries() const
{
    QList<Credential> list = builtIn();
    QStringList recorded = CredentialRegistry::recorded(m_settings);
    recorded.sort();
    for (const QString &name : std::as_const(recorded)) {
        const bool known = std::any_of(list.cbegin(), list.cend(), [&](const Credential &c) { return c.name == name; });
        if (!known && !name.isEmpty())
            list.append(recordedCredential(name));
    }
    return list;
}

std::optional<Credential> CredentialCatalog::find(const QString &name) const
{
    for (const Credential &credential : entries()) {
        if (credential.name == name)
            return credential;
    }
    return std::nullopt;
}

void CredentialCatalog::record(const QString &name, const SecretResult &result)
{
    const CredentialState state = stateOf(result);
    m_states.insert(name, state);
    if (state == CredentialState::Unavailable || state == CredentialState::Failed)
        m_messages.insert(name, result.message);
    else
        m_messages.remove(name);
    if (state == CredentialState::Unavailable)
        m_unavailableMessage = result.message;
    else if (state != CredentialState::Failed)
        m_unavailableMessage.clear();  // the keychain answered: it is there (again)
    emit stateChanged(name);
}

void CredentialCatalog::refresh()
{
    const QList<Credential> list = entries();
    const quint64 generation = ++m_generation;
    m_pending = int(list.size());
    QPointer<CredentialCatalog> self(this);
    for (const Credential &credential : list) {
        const QString name = credential.name;
        m_store.read(name, [self, generation, name](const SecretResult &result) {
            // Only whether it is there matters; the value goes out of scope here, unseen.
            if (!self || generation != self->m_generation)
                return;
            self->record(name, result);
            if (--self->m_pending == 0)
                emit self->refreshed();
        });
    }
    if (list.isEmpty())
        emit refreshed();
}

void CredentialCatalog::refreshNow()
{
    ++m_generation;
    m_pending = 0;
    SecretResult unreachable;
    for (const Credential &credential : entries()) {
        // One answer of "no keychain" stands for all: no need to wait for the same failure again.
        const SecretResult result = unreachable.message.isEmpty() ? m_store.readNow(credential.name) : unreachable;
        if (result.status == SecretStatus::Unavailable)
            unreachable = result;
        record(credential.name, result);
    }
    emit refreshed();
}

void CredentialCatalog::set(const QString &name, const QByteArray &value, Done done)
{
    QPointer<CredentialCatalog> self(this);
    const QList<Credential> fixed = builtIn();
    const bool builtInName = std::any_of(fixed.cbegin(), fixed.cend(), [&](const Credential &c) { return c.name == name; });
    m_store.write(name, value, [self, name, builtInName, done](const SecretResult &result) {
        if (self) {
            if (result.ok() && !builtInName)
                CredentialRegistry::remember(self->m_settings, name);
            self->record(name, result);
            if (result.ok())
                qCInfo(lcSecrets).noquote() << "stored" << name << "in the keychain";
        }
        if (done)
            done(result);
    });
}

void CredentialCatalog::remove(const QString &name, Done done)
{
    QPointer<CredentialCatalog> self(this);
    m_store.remove(name, [self, name, done](const SecretResult &result) {
        if (self) {
            const bool gone = result.ok() || result.status == SecretStatus::NotFound;
            if (gone) {
                CredentialRegistry::forget(self->m_settings, name);
                SecretResult notFound;
                notFound.status = SecretStatus::NotFound;
                self->record(name, notFound);
                qCInfo(lcSecrets).noquote() << "removed" << name << "from the keychain";
            } else {
                self->record(name, result);
            }
        }
        if (done)
            done(result);
    });
}

}  // namespace mirrorstage::secrets
