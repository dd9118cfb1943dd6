#pragma once
// Parsers for /proc/self/mountinfo and /proc/filesystems, and the choice of which mounts are real
// filesystems an operator cares about.

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <string_view>

namespace mirrorstage::reflector {

struct MountEntry {
    QByteArray device;      // major:minor
    QByteArray root;        // the directory of the filesystem mounted here ("/" unless a bind mount)
    QByteArray mountpoint;  // unescaped (\040 is a space), raw bytes for statvfs
    QByteArray type;
    QByteArray source;
};

struct MountInfo {
    QList<MountEntry> mounts;
    QStringList issues;
};

MountInfo parseMountInfo(std::string_view text);

// Filesystem types the kernel marks "nodev" (proc, tmpfs, cgroup, overlay, ...).
QSet<QByteArray> parseNodevFilesystems(std::string_view procFilesystems);

bool isNetworkFilesystem(const QByteArray &type);

// Real filesystems only: not pseudo (nodev) filesystems, not read-only images (squashfs, erofs,
// iso9660, which are always "full"), network filesystems only when asked (statvfs on a dead NFS
// server blocks). "/" is always reported whatever its type, so a container's overlay root counts.
// One entry per device: bind mounts and repeated mounts of the same filesystem are reported once,
// at the mount of its root directory with the shortest path.
QList<MountEntry> selectRealFilesystems(const QList<MountEntry> &mounts, const QSet<QByteArray> &nodevTypes,
                                        bool includeNetwork);

}  // namespace mirrorstage::reflector
