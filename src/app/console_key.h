#pragma once
// The console's Ed25519 key, which agents pin at enrollment and which signs what the console asks
// of them. It lives in the OS keychain. A headless server, where there is usually no keychain, may
// instead be given a key file explicitly (like sshd's host keys); the console never falls back to
// a file on its own.

#include "ed25519.h"

#include <QCoreApplication>
#include <optional>

namespace mirrorstage::app {

class ConsoleKey {
    Q_DECLARE_TR_FUNCTIONS(ConsoleKey)
public:
    static constexpr const char *kKeychainEntry = "console-signing-key";

    // keyFile empty: the keychain (made there on first start). Otherwise that file, made with mode
    // 0600 on first start and refused when others can read it.
    static std::optional<Ed25519Key> obtain(const QString &keyFile, QString *error);
};

}  // namespace mirrorstage::app
