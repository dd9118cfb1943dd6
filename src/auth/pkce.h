#pragma once
// Proof Key for Code Exchange (RFC 7636), S256: the console keeps a random verifier and sends only
// its SHA-256 challenge with the authorization request; the token request must then show the
// verifier, so a code caught on its way back through the loopback port is useless to anyone else.

#include <QByteArray>

namespace mirrorstage::auth {

struct Pkce {
    QByteArray verifier;   // 43 characters of base64url (32 random bytes)
    QByteArray challenge;  // base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// `bytes` random bytes from the system's generator as base64url without padding: verifiers, states.
QByteArray randomUrlSafe(int bytes);

}  // namespace mirrorstage::auth
