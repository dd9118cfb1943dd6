#pragma once
// Ed25519 keys, signatures and agent ids, through OpenSSL's libcrypto: nothing cryptographic is
// written here by hand.

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace mirrorstage {

inline constexpr qsizetype kEd25519PublicKeyBytes = 32;
inline constexpr qsizetype kEd25519PrivateKeyBytes = 32;
inline constexpr qsizetype kEd25519SignatureBytes = 64;

class Ed25519Key {
public:
    static std::optional<Ed25519Key> generate();
    static std::optional<Ed25519Key> fromPrivateKey(const QByteArray &raw32);
    // PKCS#8 PEM, as `openssl genpkey -algorithm ed25519` writes it.
    static std::optional<Ed25519Key> fromPem(const QByteArray &pem);

    QByteArray publicKey() const;   // 32 raw bytes
    QByteArray privateKey() const;  // 32 raw bytes: handle as a secret
    QByteArray toPem() const;
    QByteArray sign(const QByteArray &message) const;

private:
    explicit Ed25519Key(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
};

// False also for keys of small order, with which a signature proves nothing.
bool hasSmallOrder(const QByteArray &publicKey);
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// An agent is named by its key: the first 16 bytes of SHA-256(public key), in hex.
QString agentIdForKey(const QByteArray &publicKey);

QByteArray sha256(const QByteArray &data);
QByteArray randomBytes(qsizetype count);

}  // namespace mirrorstage
