#pragma once
// The user commands run as (`commands.run_as`), looked up once at start. An agent running as root
// drops to that user in the child, before exec (supplementary groups, then group, then user); an
// agent running as anyone else cannot switch users and refuses to start when asked to.

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace mirrorstage::reflector {

struct RunAsUser {
    QString name;
    QString home;
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;  // supplementary groups, as initgroups() would set them
    bool switchUser = false;    // false: the child keeps the agent's own user

    // An empty name: the agent's own user. Null with *error when the user does not exist or the
    // agent cannot become it.
    static std::optional<RunAsUser> resolve(const QString &name, QString *error);

    Q_DECLARE_TR_FUNCTIONS(RunAsUser)  // last: it ends in "private:"
};

}  // namespace mirrorstage::reflector
