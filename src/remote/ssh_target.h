#pragma once
// Where and as whom to log in over SSH, and the secrets for it. A target names keychain entries,
// never secrets: resolveCredentials() reads them from the keychain when a login needs them.

#include "ssh_host_repository.h"

#include <QCoreApplication>
#include <QString>

namespace mirrorstage::secrets {
class SecretStore;
}

namespace mirrorstage::remote {

struct SshTarget {
    QString name;  // the host's name in the console (for messages and keychain entries)
    QString host;  // address or DNS name to connect to
    int port = 22;
    QString user;
    QString keyFile;           // private key file; empty: password login
    QString passwordKey;       // keychain entry of the password, e.g. "ssh/web-1/password"
    QString keyPassphraseKey;  // keychain entry of the key file's passphrase
    QString jumpHost;          // [user@]host[:port] to go through; empty: connect directly

    static SshTarget fromRecord(const store::SshHostRecord &record);
    QString displayName() const;  // "user@host:port"
};

struct SshCredentials {
    QByteArray password;       // empty: none
    QByteArray keyPassphrase;  // empty: the key file is not encrypted
};

class CredentialReader {
    Q_DECLARE_TR_FUNCTIONS(CredentialReader)
public:
    // Reads only what the login needs: the key's passphrase when the key file is encrypted, the
    // password when there is no key file. Blocks (a local event loop for the keychain): call it
    // off the UI thread. false with *error in words when a needed secret cannot be read.
    static bool resolve(const SshTarget &target, const secrets::SecretStore &store, SshCredentials *credentials,
                        QString *error);
};

}  // namespace mirrorstage::remote
