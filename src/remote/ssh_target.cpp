#include "ssh_target.h"

#include "secret_store.h"

#include <QFile>
#include <libssh/libssh.h>

namespace mirrorstage::remote {

SshTarget SshTarget::fromRecord(const store::SshHostRecord &record)
{
    SshTarget target;
    target.name = record.name;
    target.host = record.address;
    target.port = record.port;
    target.user = record.user;
    target.keyFile = record.keyFile;
    target.passwordKey = store::SshHostRepository::passwordKey(record.name);
    target.keyPassphraseKey = store::SshHostRepository::keyPassphraseKey(record.name);
    target.jumpHost = record.jumpHost;
    return target;
}

QString SshTarget::displayName() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

namespace {

bool keyNeedsPassphrase(const QString &keyFile)
{
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(keyFile).constData(), nullptr, nullptr, nullptr, &key);
    ssh_key_free(key);
    return rc != SSH_OK;
}

}  // namespace

bool CredentialReader::resolve(const SshTarget &target, const secrets::SecretStore &store, SshCredentials *credentials,
                               QString *error)
{
    *credentials = {};
    if (!target.keyFile.isEmpty()) {
        if (!QFile::exists(target.keyFile)) {
            *error = tr("the key file %1 does not exist; set another with msctl ssh set %2 --key-file FILE")
                         .arg(target.keyFile, target.name);
            return false;
        }
        if (!keyNeedsPassphrase(target.keyFile) || target.keyPassphraseKey.isEmpty())
            return true;
        const secrets::SecretResult passphrase = store.readNow(target.keyPassphraseKey);
        if (!passphrase.ok()) {
            *error = tr("the key file %1 is encrypted and its passphrase could not be read from the keychain (%2): %3")
                         .arg(target.keyFile, target.keyPassphraseKey, passphrase.message);
            return false;
        }
        credentials->keyPassphrase = passphrase.value;
        return true;
    }
    if (target.passwordKey.isEmpty()) {
        *error = tr("%1 has neither a key file nor a password in the keychain; set one with msctl ssh set").arg(target.name);
        return false;
    }
    const secrets::SecretResult password = store.readNow(target.passwordKey);
    if (!password.ok()) {
        *error = password.status == secrets::SecretStatus::NotFound
            ? tr("%1 has no key file and the keychain has no password for it (%2); set one with msctl ssh set %1 "
                 "--password-from-stdin")
                  .arg(target.name, target.passwordKey)
            : tr("the password for %1 could not be read from the keychain: %2").arg(target.name, password.message);
        return false;
    }
    credentials->password = password.value;
    return true;
}

}  // namespace mirrorstage::remote
