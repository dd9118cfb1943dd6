#pragma once
// Quoting for /bin/sh: a value becomes exactly one word that the shell will not expand, split or
// run, whatever it holds ("x; rm -rf /" stays the text x; rm -rf /). The runbooks fill facts into
// commands with it, the SSH installer paths and names.

#include <QString>

namespace mirrorstage::core {

// Left as is when made only of [A-Za-z0-9_@%+=:,./-] (and not empty); otherwise in single quotes,
// each ' written as '\''.
QString shellQuoted(const QString &value);

}  // namespace mirrorstage::core
