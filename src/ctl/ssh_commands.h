#pragma once
// msctl's commands over SSH (src/remote):
//
//   msctl ssh set HOST --address A [--port P] --user U [--key-file F] [--password-from-stdin]
//                 [--key-passphrase-from-stdin] [--jump H]   (secrets go to the keychain only)
//   msctl ssh show HOST | ssh list | ssh forget HOST
//   msctl ssh check HOST                       the host key's fingerprint: known, unknown, changed
//   msctl ssh trust HOST --fingerprint SHA256:...   accept the key only if it is that one
//   msctl ssh run HOST [--confirm] [--confirm-host HOST] [--timeout 60s] -- COMMAND
//   msctl ssh install-agent HOST [--prefix DIR] [--reflector PATH] [--endpoint URL] [--no-systemd]
//   msctl ssh suggest                          hosts from passive sources only (never a scan)
//
// HOST is the name the SSH details are saved under; when it names a known agent (its id, a
// prefix of it, or its hostname), the details are linked to that agent, and approved commands
// for it run over SSH while the agent is away.

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace mirrorstage::store {
class Database;
}

namespace mirrorstage::ctl {

QList<QCommandLineOption> sshOptions();
// Nothing when `command` is not "ssh"; else the exit code.
std::optional<int> runSshCommand(const QString &command, const QStringList &words, const QCommandLineParser &parser,
                                 store::Database &database);

}  // namespace mirrorstage::ctl
