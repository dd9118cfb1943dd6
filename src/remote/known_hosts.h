#pragma once
// Host keys, checked before anything is sent to a host: the console's own known_hosts file (read
// and written; default $XDG_DATA_HOME/MirrorStage/mirrorstage/known_hosts) and, read-only, the
// operator's ~/.ssh/known_hosts. The format is OpenSSH's: "host[,host...] type base64", with
// "[host]:port" for ports other than 22, hashed names ("|1|salt|hash") and the @revoked marker.
//
//   Known    a file has this very key for the host
//   Unknown  no file has a key for the host: show the fingerprint, let the operator accept it
//   Changed  a file has another key for the host: refuse (someone may be in between), loudly
//   Error    the key is marked @revoked, or a file cannot be read

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mirrorstage::remote {

struct HostKey {
    QString type;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray blob;  // the public key in SSH wire format (what known_hosts holds in base64)
    bool isNull() const { return blob.isEmpty(); }
    QString fingerprint() const;  // "SHA256:" + unpadded base64, as ssh-keygen -l prints it
};

QString sha256Fingerprint(const QByteArray &blob);

enum class HostKeyStatus { Known, Unknown, Changed, Error };

struct HostKeyCheck {
    HostKeyStatus status = HostKeyStatus::Error;
    QString fingerprint;             // of the key the host presented
    QString keyType;
    QStringList knownFingerprints;   // Changed: the keys on file for this host
    QString file;                    // Known/Changed: the file that has the entry
    QString message;                 // in words, for the operator
    bool ok() const { return status == HostKeyStatus::Known; }
};

QString hostKeyStatusKey(HostKeyStatus status);  // "known", "unknown", "changed", "error"

class KnownHosts {
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)
public:
    // consoleFile is read and written; readOnlyFiles are only read (missing files are no error).
    explicit KnownHosts(QString consoleFile = defaultConsoleFile(), QStringList readOnlyFiles = {userFile()});

    static QString defaultConsoleFile();  // AppDataLocation/known_hosts, or settings ssh/known_hosts
    static QString userFile();            // ~/.ssh/known_hosts

    // "host" for port 22, "[host]:port" otherwise, as OpenSSH writes it.
    static QString hostPattern(const QString &host, int port);

    HostKeyCheck check(const QString &host, int port, const HostKey &key) const;
    // Adds the key to the console's file (creating it, mode 0600). false with *error in words.
    bool accept(const QString &host, int port, const HostKey &key, QString *error) const;

    QString consoleFile() const { return m_consoleFile; }
    QStringList readOnlyFiles() const { return m_readOnlyFiles; }

private:
    QString m_consoleFile;
    QStringList m_readOnlyFiles;
};

}  // namespace mirrorstage::remote
