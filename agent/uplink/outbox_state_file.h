#pragma once
// The outbox's small state file, "outbox.state": per boot, the seq up to which every record is
// gone (acknowledged by the console, or dropped and reported in a Gap record). A CBOR map
//   {"format": 1, "removed_through": {"<boot id>": seq, …}}
// replaced atomically (write a temporary file, fdatasync, rename), so a crash leaves the old or the
// new one, never a mix.

#include <QHash>
#include <QString>
#include <optional>

namespace mirrorstage::reflector {

using RemovedThrough = QHash<QString, quint64>;

// A missing file is an empty map; an unreadable or malformed one is nullopt with *error saying why.
std::optional<RemovedThrough> readOutboxState(const QString &path, QString *error);
bool writeOutboxState(const QString &path, const RemovedThrough &removed, QString *error);

}  // namespace mirrorstage::reflector
