#include "run_as_user.h"

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace mirrorstage::reflector {
namespace {

struct PasswdEntry {
    passwd entry{};
    std::vector<char> buffer = std::vector<char>(16384);
    bool found = false;
    int error = 0;
};

PasswdEntry lookUpName(const QByteArray &name)
{
    PasswdEntry result;
    passwd *found = nullptr;
    result.error = ::getpwnam_r(name.constData(), &result.entry, result.buffer.data(), result.buffer.size(), &found);
    result.found = found != nullptr;
    return result;
}

PasswdEntry lookUpUid(uid_t uid)
{
    PasswdEntry result;
    passwd *found = nullptr;
    result.error = ::getpwuid_r(uid, &result.entry, result.buffer.data(), result.buffer.size(), &found);
    result.found = found != nullptr;
    return result;
}

}  // namespace

std::optional<RunAsUser> RunAsUser::resolve(const QString &name, QString *error)
{
    const uid_t self = ::geteuid();
    const PasswdEntry own = lookUpUid(self);
    const QString ownName = own.found ? QString::fromLocal8Bit(own.entry.pw_name) : QString::number(self);
    if (name.isEmpty() || name == ownName) {
        RunAsUser user;
        user.name = ownName;
        user.uid = self;
        user.gid = ::getegid();
        user.home = own.found ? QString::fromLocal8Bit(own.entry.pw_dir) : QStringLiteral("/");
        return user;
    }
    const PasswdEntry entry = lookUpName(name.toLocal8Bit());
    if (!entry.found) {
        *error = tr("key \"commands.run_as\": there is no user \"%1\" on this host%2")
                     .arg(name, entry.error ? QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(entry.error)))
                                            : QString());
        return std::nullopt;
    }
    if (self != 0 && entry.entry.pw_uid != self) {
        *error = tr("key \"commands.run_as\": commands are to run as \"%1\", but the agent runs as \"%2\" "
                                   "and only root can switch users; run the agent as root, or set run_as to \"%2\" "
                                   "or leave it out")
                     .arg(name, ownName);
        return std::nullopt;
    }
    RunAsUser user;
    user.name = name;
    user.uid = entry.entry.pw_uid;
    user.gid = entry.entry.pw_gid;
    user.home = QString::fromLocal8Bit(entry.entry.pw_dir);
    user.switchUser = entry.entry.pw_uid != self || entry.entry.pw_gid != ::getegid();
    int count = 64;
    for (int attempt = 0; attempt < 4; ++attempt) {
        user.groups.resize(size_t(count));
        int got = count;
        if (::getgrouplist(entry.entry.pw_name, entry.entry.pw_gid, user.groups.data(), &got) >= 0) {
            user.groups.resize(size_t(got));
            return user;
        }
        count = got > count ? got : count * 4;
    }
    *error = tr("key \"commands.run_as\": cannot list the groups of user \"%1\"").arg(name);
    return std::nullopt;
}

}  // namespace mirrorstage::reflector
