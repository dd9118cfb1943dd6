#pragma once
// Quoting for /bin/sh: a value becomes exactly one word that the shell will not expand, split or
// run, whatever it holds ("x; rm -rf /" stays the text x; rm -rf /).

#include <QString>

namespace mirrorstage::ai {

// Left as is when made only of [A-Za-z0-9_@%+=:,./-] (and not empty); otherwise in single quotes,
// each ' written as '\''.
QString shellQuoted(const QString &value);

}  // namespace mirrorstage::ai
