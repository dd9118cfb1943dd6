#pragma once
// Quoting for the few shell commands the console composes itself (mkdir, mv, systemctl): every
// path or name it puts into one goes through shellQuoted().

#include <QString>

namespace mirrorstage::remote {

// Left as is when made only of [A-Za-z0-9_@%+=:,./-] (and not empty); else in single quotes.
QString shellQuoted(const QString &value);

}  // namespace mirrorstage::remote
