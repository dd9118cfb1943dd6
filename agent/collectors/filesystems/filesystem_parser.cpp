#include "filesystem_parser.h"

#include "text_fields.h"

#include <QHash>

namespace mirrorstage::reflector {
namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
QByteArray unescapeOctal(std::string_view text)
{
    QByteArray result;
    result.reserve(qsizetype(text.size()));
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size()) {
            const auto code = parseUnsigned(text.substr(i + 1, 3), 8);
            if (code && *code < 256) {
                result.append(char(*code));
                i += 3;
                continue;
            }
        }
        result.append(text[i]);
    }
    return result;
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool isReadOnlyImage(const QByteArray &type)
{
    return type == "squashfs" || type == "erofs" || type == "iso9660" || type == "cramfs";
}

bool preferOver(const MountEntry &candidate, const MountEntry &current)
{
    const bool candidateWhole = candidate.root == "/";
    const bool currentWhole = current.root == "/";
    if (candidateWhole != currentWhole)
        return candidateWhole;
    return candidate.mountpoint.size() < current.mountpoint.size();
}

}  // namespace

MountInfo parseMountInfo(std::string_view text)
{
    MountInfo info;
    forEachLine(text, [&](std::string_view line) {
        if (trimmed(line).empty())
            return;
        const Fields f = splitFields(line);
        qsizetype separator = -1;
        for (qsizetype i = 6; i < f.size(); ++i) {
            if (f[i] == "-") {
                separator = i;
                break;
            }
        }
        if (f.size() < 6 || separator < 0 || separator + 2 >= f.size()) {
            info.issues.append(QStringLiteral("truncated line \"%1\"").arg(toQString(line)));
            return;
        }
        MountEntry entry;
        entry.device = bytes(f[2]);
        entry.root = unescapeOctal(f[3]);
        entry.mountpoint = unescapeOctal(f[4]);
        entry.type = bytes(f[separator + 1]);
        entry.source = unescapeOctal(f[separator + 2]);
        info.mounts.append(entry);
    });
    return info;
}

QSet<QByteArray> parseNodevFilesystems(std::string_view procFilesystems)
{
    QSet<QByteArray> types;
    forEachLine(procFilesystems, [&](std::string_view line) {
        const Fields f = splitFields(line);
        if (f.size() == 2 && f[0] == "nodev")
            types.insert(bytes(f[1]));
    });
    return types;
}

bool isNetworkFilesystem(const QByteArray &type)
{
    static const QSet<QByteArray> network{"nfs", "nfs4", "cifs", "smb3", "smbfs", "ceph", "glusterfs",
                                          "fuse.glusterfs", "fuse.sshfs", "fuse.s3fs", "9p", "afs", "lustre"};
    return network.contains(type);
}

QList<MountEntry> selectRealFilesystems(const QList<MountEntry> &mounts, const QSet<QByteArray> &nodevTypes,
                                        bool includeNetwork)
{
    QList<MountEntry> chosen;
    QHash<QByteArray, qsizetype> indexByDevice;
    for (const MountEntry &mount : mounts) {
        const bool network = isNetworkFilesystem(mount.type);
        bool real = !nodevTypes.contains(mount.type) && !isReadOnlyImage(mount.type);
        if (network)
            real = includeNetwork;
        if (mount.mountpoint == "/")
            real = true;
        if (!real)
            continue;
        const auto existing = indexByDevice.constFind(mount.device);
        if (existing == indexByDevice.cend()) {
            indexByDevice.insert(mount.device, chosen.size());
            chosen.append(mount);
        } else if (preferOver(mount, chosen[*existing])) {
            chosen[*existing] = mount;
        }
    }
    return chosen;
}

}  // namespace mirrorstage::reflector
