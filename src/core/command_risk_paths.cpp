// Which paths matter to the risk classifier: block devices, the trees and files a host cannot
// live without, system configuration, logs; and what writing to each of them means.
#include "command_risk_engine.h"

#include <QRegularExpression>

namespace mirrorstage::core::risk {
namespace {

const QStringList &vitalTrees()
{
    static const QStringList trees = {
        QStringLiteral("/"),          QStringLiteral("~"),           QStringLiteral("/etc"),
        QStringLiteral("/usr"),       QStringLiteral("/usr/bin"),    QStringLiteral("/usr/sbin"),
        QStringLiteral("/usr/lib"),   QStringLiteral("/usr/lib32"),  QStringLiteral("/usr/lib64"),
        QStringLiteral("/usr/libexec"), QStringLiteral("/usr/share"), QStringLiteral("/usr/local"),
        QStringLiteral("/usr/include"), QStringLiteral("/boot"),     QStringLiteral("/boot/efi"),
        QStringLiteral("/var"),       QStringLiteral("/var/lib"),    QStringLiteral("/var/lib/dpkg"),
        QStringLiteral("/var/lib/rpm"), QStringLiteral("/var/lib/apt"), QStringLiteral("/var/lib/docker"),
        QStringLiteral("/bin"),       QStringLiteral("/sbin"),       QStringLiteral("/lib"),
        QStringLiteral("/lib32"),     QStringLiteral("/lib64"),      QStringLiteral("/libx32"),
        QStringLiteral("/root"),      QStringLiteral("/home"),       QStringLiteral("/dev"),
        QStringLiteral("/proc"),      QStringLiteral("/sys"),        QStringLiteral("/opt"),
        QStringLiteral("/srv"),       QStringLiteral("/snap"),       QStringLiteral("/run"),
        QStringLiteral("/etc/ssh"),   QStringLiteral("/etc/pam.d"),  QStringLiteral("/etc/systemd"),
        QStringLiteral("/etc/sudoers.d"), QStringLiteral("/etc/default"), QStringLiteral("/etc/security"),
        QStringLiteral("/root/.ssh"), QStringLiteral("~/.ssh"),
    };
    return trees;
}

bool matchesGlob(const QString &pattern, const QString &path)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
    return re.match(path).hasMatch();
}

QString globDirectory(const QString &pattern)
{
    // The directory before the first component that holds a wildcard: /usr/* → /usr, /e* → /.
    const qsizetype wildcard = pattern.indexOf(QRegularExpression(QStringLiteral("[*?\\[]")));
    if (wildcard < 0)
        return pattern;
    const qsizetype slash = pattern.lastIndexOf(u'/', wildcard);
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : pattern.left(slash);
}

}  // namespace

QString normalizePath(const QString &input)
{
    QString path = input;
    if (path.startsWith(QLatin1String("$HOME")))
        path.replace(0, 5, QStringLiteral("~"));
    else if (path.startsWith(QLatin1String("${HOME}")))
        path.replace(0, 7, QStringLiteral("~"));
    const bool absolute = path.startsWith(u'/');
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty() && parts.last() != QLatin1String("..") && parts.last() != QLatin1String("~"))
                parts.removeLast();
            else if (!absolute)
                parts.append(part);
            continue;
        }
        parts.append(part);
    }
    if (absolute)
        return QStringLiteral("/") + parts.join(u'/');
    return parts.isEmpty() ? QStringLiteral(".") : parts.join(u'/');
}

bool isBlockDevice(const QString &path)
{
    static const QRegularExpression device(QStringLiteral(
        "^/dev/(sd[a-z]+[0-9]*|hd[a-z][0-9]*|vd[a-z]+[0-9]*|xvd[a-z]+[0-9]*|nvme[0-9]+(n[0-9]+(p[0-9]+)?)?|"
        "mmcblk[0-9]+(p[0-9]+)?|dm-[0-9]+|md[0-9]+(p[0-9]+)?|sr[0-9]+|mem|kmem|port|root|"
        "(mapper|disk|block|md|cciss)/.+|(?!fd/|pts/|shm/|tcp/|udp/|net/|input/|snd/|dri/|bus/|hugepages/|mqueue/|cpu/|char/)"
        "[a-z][a-z0-9_.-]*/[a-z0-9][a-z0-9_.+-]*)$"));
    if (device.match(path).hasMatch())
        return true;
    static const QStringList prefixes = {QStringLiteral("/dev/sd"), QStringLiteral("/dev/hd"), QStringLiteral("/dev/vd"),
                                         QStringLiteral("/dev/xvd"), QStringLiteral("/dev/nvme"), QStringLiteral("/dev/mmcblk"),
                                         QStringLiteral("/dev/dm-"), QStringLiteral("/dev/md"), QStringLiteral("/dev/mapper/"),
                                         QStringLiteral("/dev/disk/")};
    if (!path.contains(QRegularExpression(QStringLiteral("[*?\\[]"))))
        return false;
    const QString fixed = path.left(path.indexOf(QRegularExpression(QStringLiteral("[*?\\[]"))));
    for (const QString &prefix : prefixes) {
        if (prefix.startsWith(fixed) || fixed.startsWith(prefix))
            return fixed.startsWith(QLatin1String("/dev/"));
    }
    return false;
}

bool isStandardProgramPath(const QString &path)
{
    static const QStringList directories = {QStringLiteral("/bin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
                                            QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/bin"),
                                            QStringLiteral("/usr/local/sbin"), QStringLiteral("/snap/bin")};
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash > 0 && directories.contains(path.left(slash));
}

bool isVitalTree(const QString &path, bool glob)
{
    if (!glob)
        return vitalTrees().contains(path);
    // A pattern is vital when it can match a vital tree or everything inside one. A relative
    // pattern (*, ./*) is relative to a directory the classifier does not know: high, not vital.
    if (!path.startsWith(u'/') && !path.startsWith(u'~'))
        return false;
    const QString directory = globDirectory(path);
    if (vitalTrees().contains(directory))
        return true;
    for (const QString &tree : vitalTrees()) {
        if (tree.at(0) == path.at(0) && matchesGlob(path, tree))
            return true;
    }
    return false;
}

bool isVitalFile(const QString &path)
{
    static const QRegularExpression vital(QStringLiteral(
        "^(/etc/(passwd|shadow|group|gshadow|sudoers|sudoers\\.d/.*|pam\\.d/.*|ld\\.so\\.preload|nsswitch\\.conf|"
        "security/.*)|.*/\\.ssh/authorized_keys2?|/boot/.*|/proc/sysrq-trigger|/etc/ssh/sshd_config(\\.d/.*)?|"
        // programs and libraries without which nothing starts or nobody logs in
        "/(usr/)?s?bin/(sh|bash|dash|sudo|su|login|init|systemd|mount|sshd)|/(usr/)?lib(64)?/(systemd/systemd|ld-linux.*|"
        "x86_64-linux-gnu/(libc\\.so.*|ld-linux.*)|aarch64-linux-gnu/(libc\\.so.*|ld-linux.*)))$"));
    return vital.match(path).hasMatch();
}

bool isSystemPath(const QString &path)
{
    static const QRegularExpression system(QStringLiteral(
        "^(/(etc|usr|bin|sbin|lib|lib32|lib64|libx32|boot|opt|root|snap)(/.*)?|/var/(lib|spool|cache|mail|www)(/.*)?|"
        "~/\\.[^/]+(/.*)?)$"));
    return system.match(path).hasMatch();
}

bool isLogPath(const QString &path)
{
    return path.startsWith(QLatin1String("/var/log/")) || path.endsWith(QLatin1String(".log"))
        || path.contains(QRegularExpression(QStringLiteral("\\.log\\.[0-9]+$")));
}

void classifyWriteTarget(const QString &who, const Argument &target, WriteMode mode, Findings &out)
{
    const QString path = normalizePath(target.text);
    static const QStringList harmless = {QStringLiteral("/dev/null"), QStringLiteral("/dev/stdout"),
                                         QStringLiteral("/dev/stderr"), QStringLiteral("/dev/tty"),
                                         QStringLiteral("/dev/zero")};
    if (harmless.contains(path) || path.startsWith(QLatin1String("/dev/fd/")) || target.processSubstitution)
        return;
    if (path.startsWith(QLatin1String("/dev/tcp/")) || path.startsWith(QLatin1String("/dev/udp/"))) {
        out.add(RiskLevel::Medium, Engine::tr("%1 sends data to %2 over the network").arg(who, target.text));
        return;
    }
    if (target.dynamic) {
        const QString emptied = normalizePath(target.emptied);
        if (isBlockDevice(emptied) || isVitalFile(emptied)) {
            out.add(RiskLevel::Critical, Engine::tr("%1 writes to %2, which is %3 if the variable is empty")
                                             .arg(who, target.text, target.emptied));
            return;
        }
        out.add(RiskLevel::High, Engine::tr("%1 writes to %2, a file known only when the command runs").arg(who, target.text));
        return;
    }
    if (isBlockDevice(path)) {
        out.add(RiskLevel::Critical, Engine::tr("%1 writes straight onto the disk device %2, destroying its file systems")
                                         .arg(who, target.text));
        return;
    }
    if (path == QLatin1String("/proc/sysrq-trigger")) {
        out.add(RiskLevel::Critical, Engine::tr("%1 writes to /proc/sysrq-trigger, which can crash or reboot the host at once").arg(who));
        return;
    }
    if (isVitalFile(path)) {
        const bool boot = path.startsWith(QLatin1String("/boot/"));
        if (boot && mode == WriteMode::Append) {
            out.add(RiskLevel::High, Engine::tr("%1 changes the boot file %2").arg(who, target.text));
            return;
        }
        out.add(RiskLevel::Critical, mode == WriteMode::Overwrite
                                         ? Engine::tr("%1 overwrites %2, which can lock everyone out or open the host").arg(who, target.text)
                                         : Engine::tr("%1 changes %2, which can open the host to others or lock everyone out").arg(who, target.text));
        return;
    }
    if (path.startsWith(QLatin1String("/proc/sys/"))) {
        out.add(RiskLevel::Medium, Engine::tr("%1 changes the kernel setting %2 until the next boot").arg(who, target.text));
        return;
    }
    if (path.startsWith(QLatin1String("/sys/")) || path.startsWith(QLatin1String("/proc/"))) {
        out.add(RiskLevel::High, Engine::tr("%1 writes to the kernel interface %2").arg(who, target.text));
        return;
    }
    if (path.startsWith(QLatin1String("/dev/"))) {
        out.add(RiskLevel::High, Engine::tr("%1 writes to the device %2").arg(who, target.text));
        return;
    }
    if (isSystemPath(path)) {
        out.add(RiskLevel::High, mode == WriteMode::Append
                                     ? Engine::tr("%1 appends to the system file %2").arg(who, target.text)
                                     : Engine::tr("%1 overwrites the system file %2").arg(who, target.text));
        return;
    }
    if (target.glob) {
        out.add(RiskLevel::High, Engine::tr("%1 writes to files matching %2").arg(who, target.text));
        return;
    }
    if (isLogPath(path) && mode == WriteMode::Overwrite) {
        out.add(RiskLevel::Medium, Engine::tr("%1 empties the log file %2").arg(who, target.text));
        return;
    }
    out.add(RiskLevel::Medium, mode == WriteMode::Append ? Engine::tr("%1 appends to %2").arg(who, target.text)
                                                         : Engine::tr("%1 creates or overwrites %2").arg(who, target.text));
}

}  // namespace mirrorstage::core::risk
