#include "ed25519.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace mirrorstage {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

QByteArray rawKey(EVP_PKEY *key, int (*get)(const EVP_PKEY *, unsigned char *, size_t *))
{
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (get(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
        return {};
    raw.resize(qsizetype(length));
    return raw;
}

}  // namespace

Ed25519Key::Ed25519Key(EVP_PKEY *key)
    : m_key(key, PkeyFree())
{
}

std::optional<Ed25519Key> Ed25519Key::generate()
{
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    if (!context)
        return std::nullopt;
    EVP_PKEY *key = nullptr;
    const bool ok = EVP_PKEY_keygen_init(context) == 1 && EVP_PKEY_keygen(context, &key) == 1;
    EVP_PKEY_CTX_free(context);
    if (!ok)
        return std::nullopt;
    return Ed25519Key(key);
}

std::optional<Ed25519Key> Ed25519Key::fromPrivateKey(const QByteArray &raw32)
{
    if (raw32.size() != kEd25519PrivateKeyBytes)
        return std::nullopt;
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char *>(raw32.constData()),
                                                 size_t(raw32.size()));
    if (!key)
        return std::nullopt;
    return Ed25519Key(key);
}

std::optional<Ed25519Key> Ed25519Key::fromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return std::nullopt;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return Ed25519Key(key);
}

QByteArray Ed25519Key::publicKey() const
{
    return rawKey(m_key.get(), EVP_PKEY_get_raw_public_key);
}

QByteArray Ed25519Key::privateKey() const
{
    return rawKey(m_key.get(), EVP_PKEY_get_raw_private_key);
}

QByteArray Ed25519Key::toPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    QByteArray pem;
    if (PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(length));
    }
    BIO_free(bio);
    return pem;
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (!context)
        return {};
    QByteArray signature(kEd25519SignatureBytes, '\0');
    size_t length = size_t(signature.size());
    const bool ok = EVP_DigestSignInit(context, nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return ok ? signature : QByteArray();
}

bool hasSmallOrder(const QByteArray &publicKey)
{
    // Encodings of the points of order 1, 2, 4 and 8 (and non-canonical twins), as libsodium
    // lists them. With such a "public key" a signature can verify for any message, so it can
    // prove nothing: it is refused outright. The sign bit of the last byte is ignored.
    static const unsigned char blocklist[][32] = {
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
         0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
         0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4, 0x89, 0xf2, 0xef, 0x98, 0xf0,
         0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6, 0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05},
        {0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b, 0x76, 0x0d, 0x10, 0x67, 0x0f,
         0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39, 0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a},
        {0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
        {0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
        {0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
    };
    const auto *key = reinterpret_cast<const unsigned char *>(publicKey.constData());
    for (const auto &bad : blocklist) {
        bool same = true;
        for (int i = 0; i < 31 && same; ++i)
            same = key[i] == bad[i];
        if (same && (key[31] & 0x7f) == bad[31])
            return true;
    }
    return false;
}

bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kEd25519PublicKeyBytes || signature.size() != kEd25519SignatureBytes
        || hasSmallOrder(publicKey)) {
        return false;
    }
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                                size_t(publicKey.size()));
    if (!key)
        return false;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = context && EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return ok;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(32, '\0');
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
               EVP_sha256(), nullptr);
    return digest;
}

QString agentIdForKey(const QByteArray &publicKey)
{
    return QString::fromLatin1(sha256(publicKey).left(16).toHex());
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(count)) != 1)
        qFatal("the system random number generator failed");
    return bytes;
}

}  // namespace mirrorstage
