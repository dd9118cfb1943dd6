#include "console_key.h"

#include "key_file.h"
#include "secret_store.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace mirrorstage::app {

std::optional<Ed25519Key> ConsoleKey::obtain(const QString &keyFile, QString *error)
{
    if (!keyFile.isEmpty())
        return KeyFile::loadOrCreate(keyFile, error);

    const secrets::SecretStore keychain;
    const QString entry = QString::fromLatin1(kKeychainEntry);
    const secrets::SecretResult stored = keychain.readNow(entry);
    if (stored.ok()) {
        std::optional<Ed25519Key> key = Ed25519Key::fromPrivateKey(stored.value);
        if (!key)
            *error = tr("the keychain entry \"%1\" is not an Ed25519 key; remove it to make a new one "
                        "(agents must then be enrolled again)").arg(entry);
        return key;
    }
    if (stored.status != secrets::SecretStatus::NotFound) {
        *error = tr("%1 The console keeps its signing key there, so the hub is not started. On a server "
                    "without a keychain, start with --key-file PATH.").arg(stored.message);
        return std::nullopt;
    }
    std::optional<Ed25519Key> key = Ed25519Key::generate();
    if (!key) {
        *error = tr("cannot generate an Ed25519 key (libcrypto failed)");
        return std::nullopt;
    }
    const secrets::SecretResult saved = keychain.writeNow(entry, key->privateKey());
    if (!saved.ok()) {
        *error = tr("cannot save the console's new signing key: %1").arg(saved.message);
        return std::nullopt;
    }
    qCInfo(lcApp) << "made the console's signing key and saved it in the keychain";
    return key;
}

}  // namespace mirrorstage::app
