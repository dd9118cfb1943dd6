#pragma once
// A private Ed25519 key in a file (PKCS#8 PEM), for the agent's own key and for a headless
// console given --key-file: made on first use with mode 0600 from the moment it exists, read on
// every later start. A key file that others can read is refused, as ssh refuses one: it would let
// them speak as its owner.

#include "ed25519.h"

#include <QCoreApplication>
#include <optional>

namespace mirrorstage {

class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
public:
    static std::optional<Ed25519Key> loadOrCreate(const QString &path, QString *error);
    // Only loads: a missing file is an error too.
    static std::optional<Ed25519Key> load(const QString &path, QString *error);
};

}  // namespace mirrorstage
