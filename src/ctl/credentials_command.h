#pragma once
// msctl credentials list: the credentials the console keeps in the keychain (the same catalogue as
// Settings → Credentials) and whether each is stored. Names and states only, never a value; needs
// no database.

#include <QStringList>

namespace mirrorstage::ctl {

// `arguments` are those after "credentials". Exit codes: 0 done, 1 no keychain reachable, 2 bad usage.
int runCredentialsCommand(const QStringList &arguments);

}  // namespace mirrorstage::ctl
