// The risk classifier's rules for single commands, once wrappers are peeled (DESIGN.md, "Safety
// levels of a command"). A command that is not listed here is unknown and the engine rates it
// medium: it may change state, and nobody said it does not.
#include "command_risk_engine.h"

#include <QRegularExpression>

namespace mirrorstage::core::risk {
namespace {

using L = RiskLevel;

// A glob over the top level of the file system (/*, /e*): it matches vital trees.
bool globRootLike(const QString &path)
{
    return path.startsWith(u'/') && path.indexOf(u'/', 1) < 0;
}

// ---- argument helpers --------------------------------------------------------------------

struct Parsed {
    QStringList flags;      // short flags one by one ("-r", "-f") and long options as written
    QList<Argument> operands;
    QHash<QString, QString> values;  // options that take a value

    bool has(const QString &flag) const
    {
        for (const QString &f : flags) {
            if (f == flag || f.startsWith(flag + u'='))
                return true;
        }
        return false;
    }
    bool hasAny(std::initializer_list<const char *> options) const
    {
        for (const char *option : options) {
            if (has(QLatin1String(option)))
                return true;
        }
        return false;
    }
    QString value(const QString &option) const { return values.value(option); }
};

// Splits -rf into -r -f; `withValue` lists options whose value is the next word (or glued).
Parsed parseArgs(const QList<Argument> &args, const QStringList &withValue = {})
{
    Parsed parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i).text;
        if (optionsEnded || a == QLatin1String("-") || !a.startsWith(u'-') || args.at(i).dynamic) {
            parsed.operands.append(args.at(i));
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            parsed.flags.append(a);
            const QString key = a.section(u'=', 0, 0);
            if (a.contains(u'='))
                parsed.values.insert(key, a.section(u'=', 1));
            else if (withValue.contains(a) && i + 1 < args.size())
                parsed.values.insert(a, args.at(++i).text);
            continue;
        }
        for (qsizetype j = 1; j < a.size(); ++j) {
            const QString flag = QStringLiteral("-") + a.at(j);
            parsed.flags.append(flag);
            if (withValue.contains(flag)) {
                if (j + 1 < a.size())
                    parsed.values.insert(flag, a.mid(j + 1));
                else if (i + 1 < args.size())
                    parsed.values.insert(flag, args.at(++i).text);
                break;
            }
        }
    }
    return parsed;
}

QStringList operandTexts(const Parsed &parsed)
{
    QStringList texts;
    for (const Argument &a : parsed.operands)
        texts.append(a.text);
    return texts;
}

QString first(const Invocation &inv)
{
    return inv.args.isEmpty() ? QString() : inv.args.first().text;
}

bool anyOf(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text == QLatin1String(word))
            return true;
    }
    return false;
}

// ---- files -------------------------------------------------------------------------------

void rm(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args);
    const bool recursive = p.hasAny({"-r", "-R", "--recursive"});
    bool decided = false;
    for (const Argument &target : p.operands) {
        const QString path = normalizePath(target.text);
        const QString emptied = normalizePath(target.emptied);
        if (recursive && isVitalTree(path, target.glob) && !target.dynamic) {
            out.add(L::Critical, Engine::tr("%1 removes %2 and everything under it, which destroys the host").arg(inv.display(), target.text));
            decided = true;
        } else if (recursive && target.dynamic && isVitalTree(emptied, target.glob)) {
            out.add(L::Critical, Engine::tr("%1 removes %2; if the variable is empty that is %3, which destroys the host")
                                     .arg(inv.display(), target.text, target.emptied.isEmpty() ? QStringLiteral("/") : target.emptied));
            decided = true;
        } else if (isVitalFile(path) || (!recursive && isVitalTree(path, false))) {
            out.add(L::Critical, Engine::tr("%1 deletes %2, which the host needs to boot or to let anyone log in").arg(inv.display(), target.text));
            decided = true;
        }
    }
    if (p.has(QStringLiteral("--no-preserve-root"))) {
        out.add(L::Critical, Engine::tr("%1 turns off the protection of / against deletion").arg(inv.display()));
        decided = true;
    }
    if (decided)
        return;
    if (p.operands.isEmpty() && inv.argumentsFromInput) {
        out.add(L::High, Engine::tr("%1 deletes files named at run time").arg(inv.display()));
        return;
    }
    out.add(L::High, recursive ? Engine::tr("%1 deletes files and directories for good").arg(inv.display())
                               : Engine::tr("%1 deletes files for good").arg(inv.display()));
}

void shred(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-n"), QStringLiteral("-s"), QStringLiteral("--iterations"), QStringLiteral("--size")});
    for (const Argument &target : p.operands) {
        if (isBlockDevice(normalizePath(target.text)) || isVitalFile(normalizePath(target.text))) {
            out.add(L::Critical, Engine::tr("%1 overwrites %2 beyond recovery").arg(inv.display(), target.text));
            return;
        }
    }
    out.add(L::High, Engine::tr("%1 destroys the content of files beyond recovery").arg(inv.display()));
}

void dd(Engine &, const Invocation &inv, Findings &out)
{
    for (const Argument &argument : inv.args) {
        if (!argument.text.startsWith(QLatin1String("of=")))
            continue;
        Argument target = argument;
        target.text = argument.text.mid(3);
        target.emptied = argument.emptied.mid(3);
        const QString path = normalizePath(target.text);
        if (path == QLatin1String("/dev/null")) {
            out.add(L::Low, Engine::tr("%1 reads and discards (a read test)").arg(inv.display()));
            return;
        }
        if (!target.dynamic && (isBlockDevice(path) || isVitalFile(path))) {
            out.add(L::Critical, Engine::tr("%1 overwrites %2 and destroys what is on it").arg(inv.display(), target.text));
            return;
        }
        if (path.startsWith(QLatin1String("/tmp/")) || path.startsWith(QLatin1String("/var/tmp/"))) {
            out.add(L::Medium, Engine::tr("%1 writes the file %2").arg(inv.display(), target.text));
            return;
        }
        Findings write;
        classifyWriteTarget(inv.display(), target, WriteMode::Overwrite, write);
        out.merge(write);
        if (write.level() < L::High)
            out.add(L::High, Engine::tr("%1 overwrites %2").arg(inv.display(), target.text));
        return;
    }
    out.add(L::Low, Engine::tr("%1 copies to its output only").arg(inv.display()));
}

void formatDisk(Engine &, const Invocation &inv, Findings &out)
{
    out.add(L::Critical, Engine::tr("%1 creates a new file system, erasing everything on the device").arg(inv.display()));
}

void mkswap(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-L"), QStringLiteral("-U"), QStringLiteral("-p")});
    for (const Argument &target : p.operands) {
        if (isBlockDevice(normalizePath(target.text))) {
            out.add(L::Critical, Engine::tr("%1 turns the device %2 into swap, erasing it").arg(inv.display(), target.text));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 prepares a swap file").arg(inv.display()));
}

void wipefs(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-o"), QStringLiteral("-t"), QStringLiteral("--offset"), QStringLiteral("--types")});
    if (p.hasAny({"-n", "--no-act"}) || !p.hasAny({"-a", "--all", "-o", "--offset"})) {
        out.add(L::Low, Engine::tr("%1 only lists file system signatures").arg(inv.display()));
        return;
    }
    out.add(L::Critical, Engine::tr("%1 erases the file system signatures, so the data on the device is lost").arg(inv.display()));
}

void partitioner(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args);
    const QStringList ops = operandTexts(p);
    const bool listOnly = p.hasAny({"-l", "--list", "-d", "--dump", "-s", "--show-size", "-V", "--verify", "-p", "--print",
                                    "-v", "--verify", "-i", "--info", "-L", "--list-types", "--json", "-J"})
        && !p.hasAny({"-Z", "--zap-all", "-z", "--zap", "-o", "--clear", "-n", "--new", "-g", "--mbrtogpt", "-N", "--delete"});
    const bool partedPrints = inv.name == QLatin1String("parted") && ops.size() >= 2
        && std::all_of(ops.begin() + 1, ops.end(), [](const QString &w) {
               return anyOf(w, {"print", "p", "unit", "help", "version", "align-check", "free", "list", "all", "s", "B", "MiB", "GiB", "opt", "min"})
                   || QRegularExpression(QStringLiteral("^[0-9]+$")).match(w).hasMatch();
           });
    if (listOnly || partedPrints || (inv.name == QLatin1String("parted") && p.hasAny({"-l", "--list"}))) {
        out.add(L::Low, Engine::tr("%1 only prints the partition table").arg(inv.display()));
        return;
    }
    out.add(L::Critical, Engine::tr("%1 can rewrite the partition table and lose every file system on the disk").arg(inv.display()));
}

void storage(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    const QStringList texts = inv.texts();
    const QString sub = first(inv);
    if (anyOf(name, {"pvs", "vgs", "lvs", "pvdisplay", "vgdisplay", "lvdisplay", "pvscan", "vgscan", "lvscan", "blkid", "lsblk", "findmnt"})) {
        out.add(L::Low, Engine::tr("%1 only reads").arg(inv.display()));
        return;
    }
    if (anyOf(name, {"pvremove", "vgremove", "pvcreate", "blkdiscard"})) {
        out.add(L::Critical, Engine::tr("%1 destroys the volume metadata or data on %2").arg(inv.display(), texts.join(u' ')));
        return;
    }
    if (anyOf(name, {"lvremove", "lvreduce"})) {
        out.add(L::High, Engine::tr("%1 destroys a logical volume's data").arg(inv.display()));
        return;
    }
    if (anyOf(name, {"lvresize"}) && texts.join(u' ').contains(QLatin1String("-L-"))) {
        out.add(L::High, Engine::tr("%1 shrinks a volume and can cut its file system").arg(inv.display()));
        return;
    }
    if (name == QLatin1String("mdadm")) {
        if (texts.contains(QStringLiteral("--create")) || texts.contains(QStringLiteral("-C")) || texts.contains(QStringLiteral("--zero-superblock")))
            out.add(L::Critical, Engine::tr("%1 rewrites RAID metadata and can destroy the array's data").arg(inv.display()));
        else if (texts.contains(QStringLiteral("--detail")) || texts.contains(QStringLiteral("-D")) || texts.contains(QStringLiteral("--examine"))
                 || texts.contains(QStringLiteral("-E")) || texts.contains(QStringLiteral("--query")) || texts.contains(QStringLiteral("-Q")))
            out.add(L::Low, Engine::tr("%1 only reads the RAID state").arg(inv.display()));
        else
            out.add(L::High, Engine::tr("%1 changes a RAID array").arg(inv.display()));
        return;
    }
    if (name == QLatin1String("cryptsetup")) {
        if (anyOf(sub, {"status", "luksDump", "isLuks", "luksUUID"}))
            out.add(L::Low, Engine::tr("%1 only reads").arg(inv.display()));
        else if (anyOf(sub, {"luksFormat", "erase", "luksErase", "luksKillSlot", "reencrypt"}))
            out.add(L::Critical, Engine::tr("%1 destroys the keys or data of an encrypted device").arg(inv.display()));
        else
            out.add(L::High, Engine::tr("%1 changes an encrypted device").arg(inv.display()));
        return;
    }
    if (name == QLatin1String("zpool") || name == QLatin1String("zfs")) {
        if (anyOf(sub, {"status", "list", "get", "iostat", "history", "events"}))
            out.add(L::Low, Engine::tr("%1 only reads").arg(inv.display()));
        else if (anyOf(sub, {"destroy", "labelclear"}))
            out.add(name == QLatin1String("zpool") ? L::Critical : L::High, Engine::tr("%1 destroys ZFS data").arg(inv.display()));
        else
            out.add(L::Medium, Engine::tr("%1 changes ZFS state").arg(inv.display()));
        return;
    }
    if (name == QLatin1String("badblocks")) {
        out.add(texts.contains(QStringLiteral("-w")) ? L::Critical : L::Low,
                texts.contains(QStringLiteral("-w")) ? Engine::tr("%1 overwrites the whole device while testing it").arg(inv.display())
                                                     : Engine::tr("%1 only reads the device").arg(inv.display()));
        return;
    }
    if (name == QLatin1String("hdparm")) {
        const QString joined = texts.join(u' ');
        if (joined.contains(QLatin1String("--security-erase")) || joined.contains(QLatin1String("--trim-sector"))
            || joined.contains(QLatin1String("--fwdownload")) || joined.contains(QLatin1String("--make-bad-sector")))
            out.add(L::Critical, Engine::tr("%1 erases or damages the disk").arg(inv.display()));
        else if (QRegularExpression(QStringLiteral("(^| )-[A-Za-z]*[a-zA-Z][0-9]")).match(joined).hasMatch())
            out.add(L::Medium, Engine::tr("%1 changes disk settings").arg(inv.display()));
        else
            out.add(L::Low, Engine::tr("%1 only reads disk information").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 changes storage state").arg(inv.display()));
}

bool worldWritable(const QString &mode)
{
    static const QRegularExpression octal(QStringLiteral("^[0-7]*[2367]$"));
    static const QRegularExpression symbolic(QStringLiteral("(^|,)[ao]*[+=][rwxXst]*w"));
    return octal.match(mode).hasMatch() || (mode.contains(u'w') && (symbolic.match(mode).hasMatch() || mode.startsWith(u'+')));
}

bool setsUserId(const QString &mode)
{
    static const QRegularExpression octal(QStringLiteral("^[4-7][0-7]{3}$"));
    static const QRegularExpression symbolic(QStringLiteral("[ug]*\\+[rwx]*s"));
    return octal.match(mode).hasMatch() || symbolic.match(mode).hasMatch();
}

void permissions(Engine &, const Invocation &inv, Findings &out)
{
    const bool isChmod = inv.name == QLatin1String("chmod");
    const bool isAcl = inv.name == QLatin1String("setfacl");
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-m"), QStringLiteral("-x"), QStringLiteral("-M"), QStringLiteral("-X")});
    const bool recursive = p.hasAny({"-R", "--recursive"});
    QList<Argument> targets = p.operands;
    QString mode;
    if (!p.has(QStringLiteral("--reference")) && !isAcl && !targets.isEmpty())
        mode = targets.takeFirst().text;
    if (isChmod && mode.isEmpty() && !inv.args.isEmpty() && QRegularExpression(QStringLiteral("^-[rwxXst]+$")).match(first(inv)).hasMatch())
        mode = first(inv);  // chmod -w file
    for (const Argument &target : targets) {
        const QString path = normalizePath(target.dynamic ? target.emptied : target.text);
        if (path == QLatin1String("/") || (target.glob && globRootLike(path))) {
            out.add(L::Critical, Engine::tr("%1 changes the permissions of / itself%2, which breaks or opens the whole host")
                                     .arg(inv.display(), recursive ? Engine::tr(" and everything under it") : QString()));
            return;
        }
        if (isChmod && setsUserId(mode)) {
            out.add(L::Critical, Engine::tr("%1 makes %2 run as its owner (setuid), a way to become root").arg(inv.display(), target.text));
            return;
        }
        if (isVitalFile(path) || (recursive && isVitalTree(path, target.glob))) {
            if (isChmod && worldWritable(mode)) {
                out.add(L::Critical, Engine::tr("%1 lets every user write %2, which opens the host").arg(inv.display(), target.text));
                return;
            }
            if (isChmod && path == QLatin1String("/etc/shadow") && QRegularExpression(QStringLiteral("[4-7]$|o\\+r|a\\+r")).match(mode).hasMatch()) {
                out.add(L::Critical, Engine::tr("%1 lets every user read the password hashes").arg(inv.display()));
                return;
            }
            out.add(L::High, Engine::tr("%1 changes the ownership or permissions of %2, which the host depends on").arg(inv.display(), target.text));
            return;
        }
    }
    if (recursive) {
        out.add(L::High, Engine::tr("%1 changes permissions recursively; the previous ones cannot be restored").arg(inv.display()));
        return;
    }
    for (const Argument &target : targets) {
        if (isSystemPath(normalizePath(target.text))) {
            out.add(L::High, Engine::tr("%1 changes a system file's permissions or owner").arg(inv.display()));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 changes permissions or ownership").arg(inv.display()));
}

void chattr(Engine &, const Invocation &inv, Findings &out)
{
    const QList<Argument> targets = inv.args.mid(1);
    for (const Argument &target : targets) {
        const QString path = normalizePath(target.text);
        if (target.text.startsWith(u'-') && target.text.size() > 1 && !QRegularExpression(QStringLiteral("^-[a-zA-Z]+$")).match(target.text).hasMatch())
            continue;
        if (isVitalFile(path) || isVitalTree(path, target.glob) || isSystemPath(path)) {
            out.add(L::Critical, Engine::tr("%1 changes the attributes of the system file %2 (locks it or unlocks it for tampering)")
                                     .arg(inv.display(), target.text));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 changes file attributes").arg(inv.display()));
}

void moveOrCopy(Engine &, const Invocation &inv, Findings &out)
{
    const bool move = inv.name == QLatin1String("mv");
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-t"), QStringLiteral("-S"), QStringLiteral("-m"), QStringLiteral("-o"),
                                          QStringLiteral("-g"), QStringLiteral("--target-directory"), QStringLiteral("--suffix"),
                                          QStringLiteral("--mode"), QStringLiteral("--owner"), QStringLiteral("--group")});
    QList<Argument> sources = p.operands;
    Argument destination;
    const QString targetDirectory = p.values.value(QStringLiteral("-t"), p.values.value(QStringLiteral("--target-directory")));
    if (!targetDirectory.isEmpty())
        destination = literalArgument(targetDirectory);
    else if (sources.size() >= 2)
        destination = sources.takeLast();
    if (move) {
        for (const Argument &source : sources) {
            const QString path = normalizePath(source.text);
            if (isVitalTree(path, source.glob) || isVitalFile(path)) {
                out.add(L::Critical, Engine::tr("%1 moves %2 away, which the host cannot run or boot without").arg(inv.display(), source.text));
                return;
            }
        }
    }
    if (destination.text.isEmpty()) {
        out.add(L::Medium, move ? Engine::tr("%1 moves files").arg(inv.display()) : Engine::tr("%1 copies files").arg(inv.display()));
        return;
    }
    Findings write;
    classifyWriteTarget(inv.display(), destination, WriteMode::Overwrite, write);
    const QString path = normalizePath(destination.text);
    if (isBlockDevice(path)) {
        out.merge(write);
        return;
    }
    if (!destination.dynamic && isSystemPath(path) && !isVitalFile(path)) {
        out.add(L::High, Engine::tr("%1 can overwrite system files in %2").arg(inv.display(), destination.text));
        return;
    }
    if (write.level() >= L::High) {
        out.merge(write);
        return;
    }
    out.add(L::Medium, move ? Engine::tr("%1 moves files and can overwrite %2").arg(inv.display(), destination.text)
                            : Engine::tr("%1 copies files and can overwrite %2").arg(inv.display(), destination.text));
}

void link(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-t"), QStringLiteral("-S")});
    if (p.operands.size() >= 2) {
        const Argument &destination = p.operands.last();
        const QString path = normalizePath(destination.text);
        if (isVitalFile(path) || isBlockDevice(path)) {
            out.add(L::Critical, Engine::tr("%1 replaces %2 with a link").arg(inv.display(), destination.text));
            return;
        }
        if (isSystemPath(path) && p.hasAny({"-f", "--force"})) {
            out.add(L::High, Engine::tr("%1 replaces the system file %2 with a link").arg(inv.display(), destination.text));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 creates a link").arg(inv.display()));
}

void tee(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args);
    const WriteMode mode = p.hasAny({"-a", "--append"}) ? WriteMode::Append : WriteMode::Overwrite;
    if (p.operands.isEmpty()) {
        out.add(L::Low, Engine::tr("%1 only passes its input through").arg(inv.display()));
        return;
    }
    for (const Argument &file : p.operands)
        classifyWriteTarget(inv.display(), file, mode, out);
}

void truncate(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-s"), QStringLiteral("-r"), QStringLiteral("--size"), QStringLiteral("--reference")});
    for (const Argument &file : p.operands) {
        const QString path = normalizePath(file.text);
        if (isVitalFile(path) || isBlockDevice(path)) {
            out.add(L::Critical, Engine::tr("%1 cuts %2, which the host needs").arg(inv.display(), file.text));
        } else if (isLogPath(path) && !file.dynamic) {
            out.add(L::Medium, Engine::tr("%1 empties the log file %2").arg(inv.display(), file.text));
        } else {
            out.add(L::High, Engine::tr("%1 cuts the content of %2").arg(inv.display(), file.text));
        }
    }
    if (p.operands.isEmpty())
        out.add(L::Medium, Engine::tr("%1 changes file sizes").arg(inv.display()));
}

void sed(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-e"), QStringLiteral("-f"), QStringLiteral("-l"), QStringLiteral("--expression"),
                                          QStringLiteral("--file"), QStringLiteral("--line-length")});
    QStringList scripts;
    QList<Argument> files = p.operands;
    if (p.values.contains(QStringLiteral("-e")) || p.values.contains(QStringLiteral("--expression"))) {
        for (const Argument &a : inv.args)
            scripts.append(a.text);
    } else if (!files.isEmpty() && !p.values.contains(QStringLiteral("-f"))) {
        scripts.append(files.takeFirst().text);
    }
    // -i takes an optional glued suffix: -i.bak; parseArgs split it into -i -. -b …
    const bool inPlace = p.hasAny({"-i", "--in-place"});
    static const QRegularExpression runsOrWrites(
        QStringLiteral("(^|[;{}\\n])\\s*([0-9$,]*|/[^/]*/)\\s*[ewW]\\s|s(.)(?:(?!\\3).)*\\3(?:(?!\\3).)*\\3[gpIiMm0-9]*[ew]"));
    for (const QString &script : std::as_const(scripts)) {
        if (runsOrWrites.match(script).hasMatch()) {
            out.add(L::High, Engine::tr("%1 runs commands or writes files from its script").arg(inv.display()));
            break;
        }
    }
    if (p.values.contains(QStringLiteral("-f")))
        out.add(L::Medium, Engine::tr("%1 runs a sed script from a file").arg(inv.display()));
    if (inPlace) {
        for (const Argument &file : std::as_const(files)) {
            const QString path = normalizePath(file.text);
            if (isVitalFile(path)) {
                out.add(L::Critical, Engine::tr("%1 edits %2 in place, which can lock everyone out or open the host").arg(inv.display(), file.text));
                return;
            }
        }
        out.add(L::High, Engine::tr("%1 edits files in place").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only filters text").arg(inv.display()));
}

void awk(Engine &engine, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-F"), QStringLiteral("-v"), QStringLiteral("-f"), QStringLiteral("-i"),
                                          QStringLiteral("-E"), QStringLiteral("--file"), QStringLiteral("--include")});
    if (p.value(QStringLiteral("-i")) == QLatin1String("inplace") || p.value(QStringLiteral("--include")) == QLatin1String("inplace"))
        out.add(L::High, Engine::tr("%1 edits files in place").arg(inv.display()));
    if (p.values.contains(QStringLiteral("-f")) || p.values.contains(QStringLiteral("--file")) || p.values.contains(QStringLiteral("-E"))) {
        out.add(L::High, Engine::tr("%1 runs an awk program from a file the classifier cannot see").arg(inv.display()));
        return;
    }
    const QString program = p.operands.isEmpty() ? QString() : p.operands.first().text;
    bool acts = false;
    static const QRegularExpression system(QStringLiteral("system\\s*\\(([^)]*)\\)"));
    static const QRegularExpression pipeTo(QStringLiteral("\\|\\s*\"([^\"]*)\"|\"([^\"]*)\"\\s*\\|\\s*getline"));
    static const QRegularExpression stringLiteral(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = system.globalMatch(program); it.hasNext();) {
        const QString call = it.next().captured(1);
        acts = true;
        const QRegularExpressionMatch literal = stringLiteral.match(call);
        if (literal.hasMatch() && !call.contains(QLatin1String("$"))) {
            out.add(L::Medium, Engine::tr("%1 runs shell commands from its program").arg(inv.display()));
            engine.executeArgument(literalArgument(literal.captured(1)), inv.display(), out);
        } else {
            out.add(L::High, Engine::tr("%1 runs shell commands built at run time").arg(inv.display()));
        }
    }
    for (auto it = pipeTo.globalMatch(program); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        acts = true;
        out.add(L::Medium, Engine::tr("%1 runs shell commands from its program").arg(inv.display()));
        engine.executeArgument(literalArgument(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)), inv.display(), out);
    }
    static const QRegularExpression redirect(QStringLiteral("print[f]?[^;}]*>>?\\s*\"([^\"]+)\""));
    for (auto it = redirect.globalMatch(program); it.hasNext();) {
        acts = true;
        const QRegularExpressionMatch match = it.next();
        classifyWriteTarget(inv.display(), literalArgument(match.captured(1)),
                            match.captured(0).contains(QLatin1String(">>")) ? WriteMode::Append : WriteMode::Overwrite, out);
    }
    if (!acts)
        out.add(L::Low, Engine::tr("%1 only filters text").arg(inv.display()));
}

void sort(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-o"), QStringLiteral("-k"), QStringLiteral("-t"), QStringLiteral("-S"),
                                          QStringLiteral("-T"), QStringLiteral("--output")});
    const QString output = p.values.value(QStringLiteral("-o"), p.values.value(QStringLiteral("--output")));
    if (!output.isEmpty()) {
        classifyWriteTarget(inv.display(), literalArgument(output), WriteMode::Overwrite, out);
        return;
    }
    out.add(L::Low, Engine::tr("%1 only sorts text").arg(inv.display()));
}

// ---- processes -----------------------------------------------------------------------------

void kill(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (texts.contains(QStringLiteral("-l")) || texts.contains(QStringLiteral("-L")) || texts.contains(QStringLiteral("--list"))) {
        out.add(L::Low, Engine::tr("%1 only lists signals").arg(inv.display()));
        return;
    }
    QString signal = QStringLiteral("TERM");
    QStringList targets;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &a = texts.at(i);
        if (a == QLatin1String("-s") || a == QLatin1String("-n") || a == QLatin1String("--signal")) {
            signal = texts.value(++i);
        } else if (a == QLatin1String("--")) {
            targets += texts.mid(i + 1);
            break;
        } else if (a.startsWith(u'-') && !targets.isEmpty()) {
            targets.append(a);
        } else if (a.startsWith(u'-') && QRegularExpression(QStringLiteral("^-([A-Za-z]+[0-9]*|[0-9]+)$")).match(a).hasMatch()
                   && signal == QLatin1String("TERM") && targets.isEmpty()) {
            signal = a.mid(1);
        } else {
            targets.append(a);
        }
    }
    signal = signal.toUpper().remove(QStringLiteral("SIG"));
    if (signal == QLatin1String("0")) {
        out.add(L::Low, Engine::tr("%1 only checks that a process exists").arg(inv.display()));
        return;
    }
    for (const QString &target : std::as_const(targets)) {
        if (target == QLatin1String("1")) {
            out.add(L::Critical, Engine::tr("%1 signals process 1 (init), which brings the host down").arg(inv.display()));
            return;
        }
        if (target == QLatin1String("-1")) {
            out.add(L::Critical, Engine::tr("%1 signals every process on the host").arg(inv.display()));
            return;
        }
    }
    for (const Argument &argument : inv.args) {
        if (argument.dynamic) {
            out.add(L::Medium, Engine::tr("%1 stops processes known only at run time").arg(inv.display()));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 stops a process").arg(inv.display()));
}

void killByName(Engine &, const Invocation &inv, Findings &out)
{
    if (inv.name == QLatin1String("killall5")) {
        out.add(L::Critical, Engine::tr("%1 kills every process on the host").arg(inv.display()));
        return;
    }
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-u"), QStringLiteral("-U"), QStringLiteral("-g"), QStringLiteral("-G"),
                                          QStringLiteral("-P"), QStringLiteral("-s"), QStringLiteral("-t"), QStringLiteral("-F"),
                                          QStringLiteral("--signal"), QStringLiteral("--user"), QStringLiteral("-o"), QStringLiteral("-y"),
                                          QStringLiteral("--older-than"), QStringLiteral("--younger-than")});
    if (inv.name == QLatin1String("pgrep")) {
        out.add(L::Low, Engine::tr("%1 only lists processes").arg(inv.display()));
        return;
    }
    const QStringList patterns = operandTexts(p);
    for (const QString &pattern : patterns) {
        if (anyOf(pattern, {".", ".*", "", "^", "$", "init", "systemd", "^systemd$", "^init$"})) {
            out.add(L::Critical, Engine::tr("%1 matches every process or init and brings the host down").arg(inv.display()));
            return;
        }
        if (anyOf(pattern, {"sshd", "ssh", "dropbear", "reflector", "systemd-logind", "dbus-daemon", "dbus"})) {
            out.add(L::High, Engine::tr("%1 kills %2, which cuts remote access or core services").arg(inv.display(), pattern));
            return;
        }
    }
    if (patterns.isEmpty() && (p.values.contains(QStringLiteral("-u")) || p.values.contains(QStringLiteral("-U")))) {
        const QString user = p.values.value(QStringLiteral("-u"), p.values.value(QStringLiteral("-U")));
        out.add(user == QLatin1String("root") || user == QLatin1String("0") ? L::Critical : L::High,
                Engine::tr("%1 kills every process of the user %2").arg(inv.display(), user));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 stops processes by name").arg(inv.display()));
}

// ---- services, power, logs -----------------------------------------------------------------

enum class UnitKind { Other, Firewall, Security, RemoteAccess, Network };

UnitKind unitKind(QString unit)
{
    unit.remove(QRegularExpression(QStringLiteral("\\.(service|socket|target)$")));
    if (anyOf(unit, {"firewalld", "ufw", "nftables", "iptables", "ip6tables", "netfilter-persistent", "shorewall", "csf", "pf"}))
        return UnitKind::Firewall;
    if (anyOf(unit, {"apparmor", "auditd", "fail2ban", "selinux", "crowdsec"}))
        return UnitKind::Security;
    if (anyOf(unit, {"sshd", "ssh", "dropbear", "openssh-server", "mirrorstage-reflector", "reflector"}))
        return UnitKind::RemoteAccess;
    if (anyOf(unit, {"networking", "network", "NetworkManager", "systemd-networkd", "systemd-resolved", "wpa_supplicant", "network-online",
                     "dbus", "systemd-journald", "systemd-logind"}))
        return UnitKind::Network;
    return UnitKind::Other;
}

void serviceChange(const Invocation &inv, const QString &verb, const QStringList &units, Findings &out)
{
    const bool stops = anyOf(verb, {"stop", "disable", "mask", "kill", "freeze"});
    for (const QString &unit : units) {
        switch (unitKind(unit)) {
        case UnitKind::Firewall:
        case UnitKind::Security:
            if (stops) {
                out.add(L::Critical, Engine::tr("%1 turns off %2, which opens the host to the network").arg(inv.display(), unit));
                return;
            }
            break;
        case UnitKind::RemoteAccess:
        case UnitKind::Network:
            if (stops) {
                out.add(L::High, Engine::tr("%1 stops %2, which can cut the host off from operators").arg(inv.display(), unit));
                return;
            }
            break;
        case UnitKind::Other:
            break;
        }
    }
    out.add(L::Medium, Engine::tr("%1 changes the state of %2").arg(inv.display(), units.isEmpty() ? Engine::tr("services") : units.join(u' ')));
}

void systemctl(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-H"), QStringLiteral("-M"), QStringLiteral("-t"), QStringLiteral("-p"),
                                          QStringLiteral("-n"), QStringLiteral("-o"), QStringLiteral("-s"), QStringLiteral("--type"),
                                          QStringLiteral("--property"), QStringLiteral("--state"), QStringLiteral("--lines"),
                                          QStringLiteral("--output"), QStringLiteral("--signal"), QStringLiteral("--host"),
                                          QStringLiteral("--machine"), QStringLiteral("--root"), QStringLiteral("--kill-whom")});
    QStringList words = operandTexts(p);
    const QString verb = words.isEmpty() ? QStringLiteral("list-units") : words.takeFirst();
    if (anyOf(verb, {"status", "is-active", "is-enabled", "is-failed", "is-system-running", "list-units", "list-unit-files",
                     "list-timers", "list-sockets", "list-dependencies", "list-jobs", "list-machines", "list-automounts",
                     "list-paths", "show", "cat", "get-default", "help", "show-environment", "--failed", "--version"})) {
        out.add(L::Low, Engine::tr("%1 only reads the state of services").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"reboot", "poweroff", "halt", "kexec", "suspend", "hibernate", "hybrid-sleep", "suspend-then-hibernate",
                     "rescue", "emergency", "isolate", "soft-reboot", "switch-root", "exit"})) {
        out.add(L::High, Engine::tr("%1 takes the host down or out of normal operation").arg(inv.display()));
        return;
    }
    serviceChange(inv, verb, words, out);
}

void service(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (texts.isEmpty() || texts.first() == QLatin1String("--status-all") || texts.value(1) == QLatin1String("status")) {
        out.add(L::Low, Engine::tr("%1 only reads the state of services").arg(inv.display()));
        return;
    }
    serviceChange(inv, texts.value(1), {texts.first()}, out);
}

void power(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (inv.name == QLatin1String("shutdown") && (texts.contains(QStringLiteral("-c")) || texts.contains(QStringLiteral("-k")))) {
        out.add(L::Medium, Engine::tr("%1 cancels or announces a shutdown").arg(inv.display()));
        return;
    }
    if (inv.name == QLatin1String("init") || inv.name == QLatin1String("telinit")) {
        const QString level = texts.value(0);
        if (anyOf(level, {"q", "Q", "u", "U"})) {
            out.add(L::Medium, Engine::tr("%1 makes init reload its configuration").arg(inv.display()));
            return;
        }
        if (level.isEmpty() || anyOf(level, {"2", "3", "4", "5"})) {
            out.add(L::Medium, Engine::tr("%1 changes the run level").arg(inv.display()));
            return;
        }
    }
    out.add(L::High, Engine::tr("%1 takes the host down or reboots it; it may not come back on its own").arg(inv.display()));
}

void journalctl(Engine &, const Invocation &inv, Findings &out)
{
    const QString joined = inv.texts().join(u' ');
    if (QRegularExpression(QStringLiteral("--(vacuum-[a-z]+|rotate|flush|sync|relinquish-var|setup-keys)")).match(joined).hasMatch()) {
        out.add(L::Medium, Engine::tr("%1 rotates or deletes old journal files").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only reads the journal").arg(inv.display()));
}

void dmesg(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-n"), QStringLiteral("-l"), QStringLiteral("-f"), QStringLiteral("-F"),
                                          QStringLiteral("--console-level"), QStringLiteral("--level"), QStringLiteral("--facility")});
    if (p.hasAny({"-c", "-C", "-D", "-E", "-n", "--clear", "--read-clear", "--console-off", "--console-on", "--console-level"})) {
        out.add(L::Medium, Engine::tr("%1 clears the kernel log or changes its console level").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only reads the kernel log").arg(inv.display()));
}

void logrotate(Engine &, const Invocation &inv, Findings &out)
{
    const Parsed p = parseArgs(inv.args);
    if (p.hasAny({"-d", "--debug"})) {
        out.add(L::Low, Engine::tr("%1 only shows what it would do").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 rotates logs").arg(inv.display()));
}

// ---- packages ------------------------------------------------------------------------------

bool isVitalPackage(const QString &name)
{
    static const QRegularExpression vital(QStringLiteral(
        "^(openssh-server|openssh|ssh|sudo|systemd|systemd-sysv|libc6|libc-bin|glibc|linux-image.*|linux-generic.*|kernel.*|"
        "grub.*|shim.*|coreutils|bash|dash|dpkg|apt|rpm|yum|dnf|login|passwd|util-linux|base-files|init|libpam.*|pam|"
        "libsystemd0|python3|e2fsprogs|mount|procps|sysvinit.*|openssl|libssl.*|lvm2|mdadm|cryptsetup|initramfs-tools|dracut)$"));
    return vital.match(name).hasMatch();
}

void removesPackages(const Invocation &inv, const QStringList &packages, Findings &out)
{
    for (const QString &package : packages) {
        if (isVitalPackage(package.section(u':', 0, 0).section(u'=', 0, 0))) {
            out.add(L::Critical, Engine::tr("%1 removes %2, without which the host does not boot or cannot be reached").arg(inv.display(), package));
            return;
        }
        if (package.contains(u'*')) {
            out.add(L::High, Engine::tr("%1 removes every package matching %2").arg(inv.display(), package));
            return;
        }
    }
    out.add(L::High, Engine::tr("%1 removes packages").arg(inv.display()));
}

void packages(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    const Parsed p = parseArgs(inv.args, {QStringLiteral("-o"), QStringLiteral("-c"), QStringLiteral("-t"), QStringLiteral("--option"),
                                          QStringLiteral("--root"), QStringLiteral("--installroot"), QStringLiteral("--enablerepo"),
                                          QStringLiteral("--disablerepo"), QStringLiteral("--setopt"), QStringLiteral("-r"),
                                          QStringLiteral("--repo"), QStringLiteral("-X")});
    QStringList words = operandTexts(p);
    if (name == QLatin1String("dpkg") || name == QLatin1String("rpm") || name == QLatin1String("pacman")) {
        auto flag = [&](std::initializer_list<const char *> options) { return p.hasAny(options); };
        if (name == QLatin1String("dpkg")) {
            if (flag({"-r", "-P", "--remove", "--purge"}))
                return removesPackages(inv, words, out);
            if (flag({"-i", "--install", "--configure", "--unpack", "-a", "--set-selections"}))
                return out.add(L::Medium, Engine::tr("%1 installs or configures packages").arg(inv.display()));
            return out.add(L::Low, Engine::tr("%1 only reads the package database").arg(inv.display()));
        }
        if (name == QLatin1String("rpm")) {
            if (flag({"-e", "--erase"}))
                return removesPackages(inv, words, out);
            if (flag({"-i", "-U", "-F", "--install", "--upgrade", "--freshen", "--import", "--rebuilddb"}))
                return out.add(flag({"--nodeps", "--force"}) ? L::High : L::Medium, Engine::tr("%1 installs packages").arg(inv.display()));
            return out.add(L::Low, Engine::tr("%1 only reads the package database").arg(inv.display()));
        }
        if (flag({"-R", "--remove"}))
            return removesPackages(inv, words, out);
        if (flag({"-S", "-U", "--sync", "--upgrade"}) && !flag({"-s", "-i", "-l"}))
            return out.add(flag({"-y", "-u"}) ? L::High : L::Medium, Engine::tr("%1 installs or upgrades packages").arg(inv.display()));
        return out.add(L::Low, Engine::tr("%1 only reads the package database").arg(inv.display()));
    }
    const QString verb = words.isEmpty() ? QString() : words.takeFirst();
    if (anyOf(verb, {"remove", "purge", "autoremove", "erase", "uninstall", "rm", "del", "autopurge", "remove-orphans"}))
        return removesPackages(inv, words, out);
    if (anyOf(verb, {"upgrade", "dist-upgrade", "full-upgrade", "update-minimal", "distro-sync", "dup", "downgrade", "reinstall"})) {
        if (name == QLatin1String("pip") || name == QLatin1String("pip3"))
            return out.add(L::Medium, Engine::tr("%1 changes Python packages").arg(inv.display()));
        return out.add(L::High, Engine::tr("%1 upgrades packages across the host, which is hard to undo").arg(inv.display()));
    }
    if (verb == QLatin1String("update") && (name == QLatin1String("yum") || name == QLatin1String("dnf") || name == QLatin1String("zypper")))
        return out.add(L::High, Engine::tr("%1 upgrades packages across the host, which is hard to undo").arg(inv.display()));
    if (anyOf(verb, {"install", "add", "in", "localinstall", "groupinstall", "refresh", "update", "build-dep", "makecache",
                     "clean", "autoclean", "check", "download", "source", "fix", "hold", "unhold", "config", "enable", "disable",
                     "mark", "module", "swap", "cache"}))
        return out.add(L::Medium, Engine::tr("%1 changes packages or their caches").arg(inv.display()));
    if (anyOf(verb, {"list", "show", "search", "policy", "depends", "rdepends", "info", "check-update", "repolist", "provides",
                     "whatprovides", "history", "changelog", "showpkg", "madison", "stats", "dump", "pkgnames", "freeze", "files",
                     "deplist", "repoquery", "se", "if", "lr", "ls", "pa", "packages", "patterns", "help", "version", "-v",
                     "--version", "contents", "why"}))
        return out.add(L::Low, Engine::tr("%1 only reads package information").arg(inv.display()));
    out.add(L::Medium, Engine::tr("%1 may change packages").arg(inv.display()));
}

// ---- users and access ----------------------------------------------------------------------

void users(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    const QStringList texts = inv.texts();
    const QString joined = texts.join(u' ');
    static const QRegularExpression privilegedGroup(QStringLiteral("(^|,)(sudo|wheel|root|admin|adm|docker|lxd|disk|shadow|libvirt)(,|$)"));
    if (name == QLatin1String("usermod") || name == QLatin1String("useradd") || name == QLatin1String("adduser")
        || name == QLatin1String("gpasswd")) {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString &a = texts.at(i);
            if ((a == QLatin1String("-G") || a == QLatin1String("-aG") || a == QLatin1String("--groups") || a == QLatin1String("-g")
                 || a == QLatin1String("-a") || a == QLatin1String("--add") || a == QLatin1String("-M"))
                && privilegedGroup.match(texts.value(i + 1)).hasMatch()) {
                out.add(L::Critical, Engine::tr("%1 gives a user the rights of the group %2, which is root access").arg(inv.display(), texts.value(i + 1)));
                return;
            }
            if ((a == QLatin1String("-u") || a == QLatin1String("--uid")) && texts.value(i + 1) == QLatin1String("0")) {
                out.add(L::Critical, Engine::tr("%1 makes a second root account").arg(inv.display()));
                return;
            }
        }
        if (name == QLatin1String("adduser") && texts.size() == 2 && privilegedGroup.match(texts.at(1)).hasMatch()) {
            out.add(L::Critical, Engine::tr("%1 gives a user the rights of the group %2, which is root access").arg(inv.display(), texts.at(1)));
            return;
        }
        if (joined.contains(QLatin1String(" -p ")) || joined.startsWith(QLatin1String("-p ")) || joined.contains(QLatin1String("--password")))
            return out.add(L::High, Engine::tr("%1 sets a password on the command line").arg(inv.display()));
        if (name == QLatin1String("usermod") && (texts.contains(QStringLiteral("-L")) || texts.contains(QStringLiteral("--lock"))))
            return out.add(L::High, Engine::tr("%1 locks an account").arg(inv.display()));
        return out.add(L::Medium, Engine::tr("%1 changes user accounts").arg(inv.display()));
    }
    if (name == QLatin1String("userdel") || name == QLatin1String("deluser") || name == QLatin1String("groupdel")
        || name == QLatin1String("delgroup")) {
        if (texts.contains(QStringLiteral("root")))
            return out.add(L::Critical, Engine::tr("%1 deletes the root account").arg(inv.display()));
        return out.add(L::High, Engine::tr("%1 deletes an account").arg(inv.display()));
    }
    if (name == QLatin1String("groupadd") || name == QLatin1String("groupmod") || name == QLatin1String("chage")
        || name == QLatin1String("chsh") || name == QLatin1String("chfn"))
        return out.add(L::Medium, Engine::tr("%1 changes accounts").arg(inv.display()));
    if (name == QLatin1String("passwd")) {
        if (texts.contains(QStringLiteral("-d")) || texts.contains(QStringLiteral("--delete")))
            return out.add(L::Critical, Engine::tr("%1 removes a password, so anyone can log in as that user").arg(inv.display()));
        if (texts.contains(QStringLiteral("-S")) || texts.contains(QStringLiteral("--status")))
            return out.add(L::Low, Engine::tr("%1 only shows the password status").arg(inv.display()));
        if (texts.contains(QStringLiteral("-l")) || texts.contains(QStringLiteral("--lock")))
            return out.add(L::High, Engine::tr("%1 locks an account").arg(inv.display()));
        return out.add(L::Medium, Engine::tr("%1 changes a password").arg(inv.display()));
    }
    if (name == QLatin1String("chpasswd") || name == QLatin1String("newusers"))
        return out.add(L::High, Engine::tr("%1 sets passwords from its input").arg(inv.display()));
    if (name == QLatin1String("visudo")) {
        if (texts.contains(QStringLiteral("-c")))
            return out.add(L::Low, Engine::tr("%1 only checks the sudoers file").arg(inv.display()));
        return out.add(L::High, Engine::tr("%1 edits who may become root").arg(inv.display()));
    }
    if (name == QLatin1String("vipw") || name == QLatin1String("vigr"))
        return out.add(L::High, Engine::tr("%1 edits the account database").arg(inv.display()));
    if (name == QLatin1String("ssh-copy-id"))
        return out.add(L::High, Engine::tr("%1 adds a key that can log in to another host").arg(inv.display()));
    if (name == QLatin1String("ssh-keygen")) {
        if (texts.contains(QStringLiteral("-l")) || texts.contains(QStringLiteral("-lf")) || texts.contains(QStringLiteral("-F")))
            return out.add(L::Low, Engine::tr("%1 only reads keys").arg(inv.display()));
        if (texts.contains(QStringLiteral("-R")))
            return out.add(L::Medium, Engine::tr("%1 removes a known host key").arg(inv.display()));
        return out.add(L::Medium, Engine::tr("%1 creates or changes keys").arg(inv.display()));
    }
    out.add(L::Medium, Engine::tr("%1 changes accounts").arg(inv.display()));
}

// ---- firewall, security, kernel ------------------------------------------------------------

void iptables(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (inv.name.endsWith(QLatin1String("-save"))) {
        out.add(L::Low, Engine::tr("%1 only prints the firewall rules").arg(inv.display()));
        return;
    }
    if (inv.name.endsWith(QLatin1String("-restore"))) {
        out.add(L::High, Engine::tr("%1 replaces the firewall rules").arg(inv.display()));
        return;
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &a = texts.at(i);
        if (a == QLatin1String("-F") || a == QLatin1String("--flush")) {
            out.add(L::Critical, Engine::tr("%1 flushes the firewall rules, which opens the host to the network").arg(inv.display()));
            return;
        }
        if ((a == QLatin1String("-P") || a == QLatin1String("--policy")) && texts.value(i + 2) == QLatin1String("ACCEPT")) {
            out.add(L::Critical, Engine::tr("%1 makes the firewall accept everything by default").arg(inv.display()));
            return;
        }
    }
    const bool changes = std::any_of(texts.begin(), texts.end(), [](const QString &a) {
        return anyOf(a, {"-A", "-I", "-D", "-R", "-N", "-X", "-E", "-P", "-Z", "--append", "--insert", "--delete", "--replace",
                         "--new-chain", "--delete-chain", "--rename-chain", "--policy", "--zero"});
    });
    if (!changes) {
        out.add(L::Low, Engine::tr("%1 only lists the firewall rules").arg(inv.display()));
        return;
    }
    out.add(L::High, Engine::tr("%1 changes the firewall rules, which can lock operators out or open ports").arg(inv.display()));
}

void nft(Engine &, const Invocation &inv, Findings &out)
{
    const QString joined = inv.texts().join(u' ');
    if (QRegularExpression(QStringLiteral("\\bflush\\s+ruleset\\b|\\bdelete\\s+table\\b|\\bflush\\s+(table|chain)\\b")).match(joined).hasMatch()) {
        out.add(L::Critical, Engine::tr("%1 removes firewall rules, which opens the host to the network").arg(inv.display()));
        return;
    }
    if (QRegularExpression(QStringLiteral("^(-[a-zA-Z]+\\s+)*(list|describe|monitor)\\b|(^|\\s)(-c|--check)(\\s|$)")).match(joined).hasMatch()) {
        out.add(L::Low, Engine::tr("%1 only lists the firewall rules").arg(inv.display()));
        return;
    }
    out.add(L::High, Engine::tr("%1 changes the firewall rules").arg(inv.display()));
}

void ufw(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList words = operandTexts(parseArgs(inv.args));
    const QString verb = words.value(0);
    if (anyOf(verb, {"disable", "reset"})) {
        out.add(L::Critical, Engine::tr("%1 turns the firewall off, which opens the host to the network").arg(inv.display()));
        return;
    }
    if (verb == QLatin1String("default") && words.value(1) == QLatin1String("allow")) {
        out.add(L::Critical, Engine::tr("%1 makes the firewall allow everything by default").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"status", "show", "version", "app"}) && words.value(1) != QLatin1String("update")) {
        out.add(L::Low, Engine::tr("%1 only shows the firewall").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"enable", "reload", "logging"})) {
        out.add(L::Medium, Engine::tr("%1 turns the firewall on or reloads it").arg(inv.display()));
        return;
    }
    out.add(L::High, Engine::tr("%1 changes the firewall rules").arg(inv.display()));
}

void firewallCmd(Engine &, const Invocation &inv, Findings &out)
{
    const QString joined = inv.texts().join(u' ');
    if (joined.contains(QLatin1String("--set-default-zone=trusted")) || joined.contains(QLatin1String("--panic-off"))
        || QRegularExpression(QStringLiteral("--zone=\\S+ --set-target=ACCEPT|--set-target=ACCEPT")).match(joined).hasMatch()) {
        out.add(L::Critical, Engine::tr("%1 lets all traffic through the firewall").arg(inv.display()));
        return;
    }
    if (QRegularExpression(QStringLiteral("--(add|remove|change|set|new|delete|panic-on|runtime-to-permanent|permanent)")).match(joined).hasMatch()) {
        out.add(L::High, Engine::tr("%1 changes the firewall rules").arg(inv.display()));
        return;
    }
    if (joined.contains(QLatin1String("--reload")) || joined.contains(QLatin1String("--complete-reload"))) {
        out.add(L::Medium, Engine::tr("%1 reloads the firewall").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only shows the firewall").arg(inv.display()));
}

void security(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    const QString arg = first(inv);
    if (name == QLatin1String("setenforce")) {
        if (arg == QLatin1String("0") || arg.compare(QLatin1String("permissive"), Qt::CaseInsensitive) == 0)
            return out.add(L::Critical, Engine::tr("%1 turns SELinux enforcement off").arg(inv.display()));
        return out.add(L::Medium, Engine::tr("%1 turns SELinux enforcement on").arg(inv.display()));
    }
    if (name == QLatin1String("aa-teardown") || name == QLatin1String("aa-disable") || name == QLatin1String("aa-complain"))
        return out.add(L::Critical, Engine::tr("%1 turns AppArmor protection off").arg(inv.display()));
    if (name == QLatin1String("auditctl")) {
        if (inv.texts().contains(QStringLiteral("-l")) || inv.texts().contains(QStringLiteral("-s")))
            return out.add(L::Low, Engine::tr("%1 only lists audit rules").arg(inv.display()));
        if (inv.texts().contains(QStringLiteral("-D")) || (inv.texts().contains(QStringLiteral("-e")) && inv.texts().contains(QStringLiteral("0"))))
            return out.add(L::Critical, Engine::tr("%1 turns auditing off").arg(inv.display()));
        return out.add(L::High, Engine::tr("%1 changes audit rules").arg(inv.display()));
    }
    out.add(L::Low, Engine::tr("%1 only reads the security state").arg(inv.display()));
}

void kernelModules(Engine &, const Invocation &inv, Findings &out)
{
    static const QRegularExpression vital(QStringLiteral(
        "^(ext4|xfs|btrfs|zfs|nvme|nvme_core|ahci|libahci|sd_mod|scsi_mod|virtio_blk|virtio_scsi|virtio_net|virtio_pci|"
        "xen_blkfront|xen_netfront|e1000|e1000e|igb|ixgbe|i40e|ice|mlx4_core|mlx5_core|bnxt_en|ena|vmxnet3|dm_mod|dm_crypt|md_mod|raid[0-9]+|"
        "nf_tables|ip_tables|ip6_tables|x_tables|iptable_filter|ip6table_filter|nf_conntrack|nft_chain_filter|overlay|af_packet)$"));
    const QStringList texts = inv.texts();
    const bool removes = inv.name == QLatin1String("rmmod") || texts.contains(QStringLiteral("-r"))
        || texts.contains(QStringLiteral("--remove")) || (inv.name == QLatin1String("modprobe") && texts.contains(QStringLiteral("-rf")));
    if (inv.name == QLatin1String("lsmod") || inv.name == QLatin1String("modinfo")) {
        out.add(L::Low, Engine::tr("%1 only reads kernel module information").arg(inv.display()));
        return;
    }
    if (removes) {
        for (const QString &module : texts) {
            if (vital.match(QString(module).replace(u'-', u'_')).hasMatch()) {
                out.add(L::Critical, Engine::tr("%1 unloads %2, which disks, network or the firewall depend on").arg(inv.display(), module));
                return;
            }
        }
        out.add(L::High, Engine::tr("%1 unloads a kernel module").arg(inv.display()));
        return;
    }
    if (inv.name == QLatin1String("insmod")) {
        out.add(L::High, Engine::tr("%1 loads a kernel module from a file the classifier cannot check").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 loads a kernel module").arg(inv.display()));
}

void sysctl(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const bool writes = texts.contains(QStringLiteral("-w")) || texts.contains(QStringLiteral("--write")) || texts.contains(QStringLiteral("-p"))
        || texts.contains(QStringLiteral("--load")) || texts.contains(QStringLiteral("--system"))
        || std::any_of(texts.begin(), texts.end(), [](const QString &a) { return a.contains(u'=') && !a.startsWith(u'-'); });
    if (!writes) {
        out.add(L::Low, Engine::tr("%1 only reads kernel settings").arg(inv.display()));
        return;
    }
    for (const QString &a : texts) {
        if (a.startsWith(QLatin1String("kernel.sysrq")) || a.startsWith(QLatin1String("kernel.panic")) || a.startsWith(QLatin1String("vm.panic_on_oom"))) {
            out.add(L::High, Engine::tr("%1 changes how the kernel panics or reacts to SysRq").arg(inv.display()));
            return;
        }
    }
    out.add(L::Medium, Engine::tr("%1 changes kernel settings until the next boot").arg(inv.display()));
}

// ---- network -------------------------------------------------------------------------------

void ipCommand(Engine &engine, const Invocation &inv, Findings &out)
{
    const QStringList all = inv.texts();
    const qsizetype netns = all.indexOf(QStringLiteral("netns"));
    if (netns >= 0 && all.value(netns + 1) == QLatin1String("exec") && netns + 3 < all.size()) {
        out.add(L::Medium, Engine::tr("%1 runs a command in a network namespace").arg(inv.display()));
        engine.runFields(inv.args.mid(netns + 3), {}, out);
        return;
    }
    QStringList words;
    for (const QString &a : inv.texts()) {
        if (!a.startsWith(u'-'))
            words.append(a);
    }
    const QString joined = words.join(u' ');
    if (QRegularExpression(QStringLiteral("\\b(del|delete|flush|down)\\b")).match(joined).hasMatch()) {
        out.add(L::High, Engine::tr("%1 removes addresses, routes or links and can cut the host off the network").arg(inv.display()));
        return;
    }
    if (QRegularExpression(QStringLiteral("\\b(add|change|replace|set|append|prepend|up|attach|detach|exec)\\b")).match(joined).hasMatch()) {
        out.add(L::Medium, Engine::tr("%1 changes the network configuration").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only shows the network configuration").arg(inv.display()));
}

void ifconfig(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (inv.name == QLatin1String("ifdown") || texts.contains(QStringLiteral("down"))) {
        out.add(L::High, Engine::tr("%1 takes a network interface down and can cut the host off").arg(inv.display()));
        return;
    }
    if (inv.name == QLatin1String("ifup") || texts.size() > 1 || (texts.size() == 1 && texts.first() != QLatin1String("-a")
                                                                   && texts.first().startsWith(u'-'))) {
        out.add(L::Medium, Engine::tr("%1 changes a network interface").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only shows network interfaces").arg(inv.display()));
}

void nmcli(Engine &, const Invocation &inv, Findings &out)
{
    const QString joined = operandTexts(parseArgs(inv.args, {QStringLiteral("-f"), QStringLiteral("-g"), QStringLiteral("-m"),
                                                             QStringLiteral("--fields"), QStringLiteral("--get-values"),
                                                             QStringLiteral("--mode")}))
                               .join(u' ');
    if (QRegularExpression(QStringLiteral("\\b(down|delete|disconnect|off)\\b")).match(joined).hasMatch()) {
        out.add(L::High, Engine::tr("%1 takes a connection down and can cut the host off").arg(inv.display()));
        return;
    }
    if (joined.isEmpty() || QRegularExpression(QStringLiteral("^(\\w+\\s+)?(show|status|list|monitor)\\b|^(g|general|d|device|c|connection|n|networking|r|radio)$"))
                                .match(joined)
                                .hasMatch()) {
        out.add(L::Low, Engine::tr("%1 only shows the network state").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 changes the network configuration").arg(inv.display()));
}

void route(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    if (texts.contains(QStringLiteral("del")))
        return out.add(L::High, Engine::tr("%1 removes a route and can cut the host off").arg(inv.display()));
    if (texts.contains(QStringLiteral("add")))
        return out.add(L::Medium, Engine::tr("%1 adds a route").arg(inv.display()));
    out.add(L::Low, Engine::tr("%1 only shows routes").arg(inv.display()));
}

void download(Engine &engine, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const bool curl = inv.name == QLatin1String("curl");
    QString file;
    bool toStdout = curl;
    bool sends = false;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &a = texts.at(i);
        if (curl) {
            if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
                file = texts.value(i + 1);
                toStdout = file == QLatin1String("-");
            } else if (a.startsWith(QLatin1String("-o")) && a.size() > 2 && !a.startsWith(QLatin1String("--"))) {
                file = a.mid(2);
            } else if (a == QLatin1String("-O") || a == QLatin1String("--remote-name") || a == QLatin1String("--remote-name-all")
                       || QRegularExpression(QStringLiteral("^-[a-zA-Z]*O[a-zA-Z]*$")).match(a).hasMatch()) {
                toStdout = false;
                const QString url = [&] {
                    for (const QString &t : texts) {
                        if (t.contains(QLatin1String("://")))
                            return t;
                    }
                    return QString();
                }();
                file = url.section(u'/', -1).section(u'?', 0, 0);
            } else if (anyOf(a, {"-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "-F", "--form", "-T",
                                 "--upload-file", "--json"})) {
                sends = true;
            } else if ((a == QLatin1String("-X") || a == QLatin1String("--request"))
                       && anyOf(texts.value(i + 1).toUpper(), {"POST", "PUT", "DELETE", "PATCH"})) {
                sends = true;
            }
        } else {
            if (a == QLatin1String("-O") || a == QLatin1String("--output-document")) {
                file = texts.value(i + 1);
            } else if (a.startsWith(QLatin1String("--output-document="))) {
                file = a.section(u'=', 1);
            } else if (QRegularExpression(QStringLiteral("^-[a-zA-Z]*O.+$")).match(a).hasMatch() && !a.startsWith(QLatin1String("--"))) {
                file = a.mid(a.indexOf(u'O') + 1);
            } else if (QRegularExpression(QStringLiteral("^-[a-zA-Z]*O$")).match(a).hasMatch()) {
                file = texts.value(i + 1);
            } else if (a == QLatin1String("--spider")) {
                out.add(L::Low, Engine::tr("%1 only checks that a URL answers").arg(inv.display()));
                return;
            } else if (anyOf(a, {"--post-data", "--post-file", "--body-data", "--method"}) || a.startsWith(QLatin1String("--post-"))) {
                sends = true;
            }
            if (file == QLatin1String("-"))
                toStdout = true;
        }
    }
    if (!curl && file.isEmpty()) {
        for (const QString &t : texts) {
            if (t.contains(QLatin1String("://")))
                file = t.section(u'/', -1).section(u'?', 0, 0);
        }
    }
    if (sends)
        out.add(L::Medium, Engine::tr("%1 sends data to a remote service").arg(inv.display()));
    for (const QString &t : texts) {
        // -d @/etc/shadow, -F file=@/root/.ssh/id_rsa, --upload-file /etc/passwd: a file leaves the host.
        const qsizetype at = t.indexOf(QLatin1String("@/"));
        const QString uploaded = at >= 0 ? t.mid(at + 1) : QString();
        if (sends && !uploaded.isEmpty() && (isSystemPath(normalizePath(uploaded)) || isVitalFile(normalizePath(uploaded))))
            out.add(L::High, Engine::tr("%1 uploads %2 to a remote service").arg(inv.display(), uploaded));
    }
    if (!toStdout && !file.isEmpty() && file != QLatin1String("-") && file != QLatin1String("/dev/null")) {
        engine.markRemoteFile(file, inv.display());
        Findings write;
        classifyWriteTarget(inv.display(), literalArgument(file), WriteMode::Overwrite, write);
        out.merge(write);
        out.add(L::Medium, Engine::tr("%1 downloads %2").arg(inv.display(), file));
        return;
    }
    if (!sends)
        out.add(L::Low, Engine::tr("%1 only fetches a URL and prints it").arg(inv.display()));
}

void netcat(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const QString joined = texts.join(u' ');
    if (inv.name == QLatin1String("socat")) {
        if (QRegularExpression(QStringLiteral("\\b(exec|system):"), QRegularExpression::CaseInsensitiveOption).match(joined).hasMatch()) {
            out.add(L::Critical, Engine::tr("%1 connects a program to the network (a remote shell) and opens the host").arg(inv.display()));
            return;
        }
        if (QRegularExpression(QStringLiteral("\\b(tcp|udp|tcp4|tcp6|udp4|udp6|sctp)-listen:"), QRegularExpression::CaseInsensitiveOption).match(joined).hasMatch()) {
            out.add(L::High, Engine::tr("%1 opens a listening port").arg(inv.display()));
            return;
        }
        out.add(L::Medium, Engine::tr("%1 relays data over the network").arg(inv.display()));
        return;
    }
    for (const QString &a : texts) {
        if (anyOf(a, {"-e", "-c", "--exec", "--sh-exec", "--lua-exec"}) || QRegularExpression(QStringLiteral("^-[a-zA-Z]*[ec]$")).match(a).hasMatch()) {
            out.add(L::Critical, Engine::tr("%1 hands a program to the network (a bind or reverse shell) and opens the host").arg(inv.display()));
            return;
        }
    }
    if (std::any_of(texts.begin(), texts.end(), [](const QString &a) {
            return a == QLatin1String("--listen") || QRegularExpression(QStringLiteral("^-[a-zA-Z]*l[a-zA-Z]*$")).match(a).hasMatch();
        })) {
        out.add(L::High, Engine::tr("%1 opens a listening port").arg(inv.display()));
        return;
    }
    if (std::any_of(texts.begin(), texts.end(), [](const QString &a) { return QRegularExpression(QStringLiteral("^-[a-zA-Z]*z[a-zA-Z]*$")).match(a).hasMatch(); })) {
        out.add(L::Low, Engine::tr("%1 only checks whether a port is open").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 opens a network connection").arg(inv.display()));
}

// ---- containers, git and the rest ----------------------------------------------------------

void containers(Engine &engine, const Invocation &inv, Findings &out)
{
    QStringList words;
    for (const Argument &a : inv.args) {
        if (!a.text.startsWith(u'-'))
            words.append(a.text);
    }
    QString verb = words.value(0);
    QString object;
    if (anyOf(verb, {"container", "image", "volume", "network", "system", "builder", "compose", "buildx", "node", "service",
                     "stack", "secret", "config", "plugin", "context", "pod", "machine"})) {
        object = verb;
        verb = words.value(1);
    }
    const QString joined = inv.texts().join(u' ');
    if (anyOf(verb, {"ps", "logs", "inspect", "images", "ls", "list", "stats", "info", "version", "top", "port", "diff", "history",
                     "events", "search", "df", "config", "healthcheck"})) {
        out.add(L::Low, Engine::tr("%1 only reads container state").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"rm", "rmi", "prune", "kill"}) || (object == QLatin1String("compose") && verb == QLatin1String("down"))
        || (anyOf(verb, {"remove"}))) {
        if (verb == QLatin1String("kill"))
            return out.add(L::Medium, Engine::tr("%1 stops containers").arg(inv.display()));
        out.add(L::High, Engine::tr("%1 deletes containers, images, volumes or their data").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"run", "create", "exec"})) {
        if (joined.contains(QLatin1String("--privileged")) || QRegularExpression(QStringLiteral("(-v|--volume|--mount)[ =](type=bind,)?(source=|src=)?/:"))
                                                                     .match(joined)
                                                                     .hasMatch()
            || joined.contains(QLatin1String("--pid=host")) || joined.contains(QLatin1String("--net=host --privileged"))) {
            out.add(L::Critical, Engine::tr("%1 gives a container full access to the host").arg(inv.display()));
            return;
        }
    }
    if (verb == QLatin1String("exec")) {
        // docker exec [options] CONTAINER COMMAND…: the command runs too (in the container, with
        // whatever the container can reach of the host).
        qsizetype i = inv.texts().indexOf(QStringLiteral("exec")) + 1;
        static const QStringList withValue = {QStringLiteral("-u"), QStringLiteral("--user"), QStringLiteral("-w"),
                                              QStringLiteral("--workdir"), QStringLiteral("-e"), QStringLiteral("--env"),
                                              QStringLiteral("--env-file"), QStringLiteral("--detach-keys")};
        while (i < inv.args.size() && inv.args.at(i).text.startsWith(u'-'))
            i += withValue.contains(inv.args.at(i).text) ? 2 : 1;
        if (i + 1 < inv.args.size())
            engine.runFields(inv.args.mid(i + 1), {}, out);
    }
    out.add(L::Medium, Engine::tr("%1 changes containers").arg(inv.display()));
}

void kubectl(Engine &engine, const Invocation &inv, Findings &out)
{
    const qsizetype dashes = inv.texts().indexOf(QStringLiteral("--"));
    if (inv.texts().contains(QStringLiteral("exec")) && dashes >= 0 && dashes + 1 < inv.args.size())
        engine.runFields(inv.args.mid(dashes + 1), {}, out);
    QStringList words;
    for (const Argument &a : inv.args) {
        if (!a.text.startsWith(u'-'))
            words.append(a.text);
    }
    const QString verb = words.value(0);
    if (anyOf(verb, {"get", "describe", "logs", "top", "version", "cluster-info", "api-resources", "api-versions", "explain", "events",
                     "diff", "auth", "wait"})
        || (verb == QLatin1String("config") && anyOf(words.value(1), {"view", "get-contexts", "current-context", "get-clusters"}))
        || (verb == QLatin1String("rollout") && anyOf(words.value(1), {"status", "history"}))) {
        out.add(L::Low, Engine::tr("%1 only reads cluster state").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"delete", "drain", "replace"})) {
        out.add(L::High, Engine::tr("%1 deletes or evicts cluster resources").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 changes cluster state").arg(inv.display()));
}

void git(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    QStringList words;
    for (const QString &a : texts) {
        if (!a.startsWith(u'-'))
            words.append(a);
    }
    const QString verb = words.value(0);
    const QString joined = texts.join(u' ');
    if ((verb == QLatin1String("clean") && QRegularExpression(QStringLiteral("(^| )-[a-zA-Z]*f|--force")).match(joined).hasMatch())
        || (verb == QLatin1String("reset") && texts.contains(QStringLiteral("--hard")))
        || (verb == QLatin1String("checkout") && (texts.contains(QStringLiteral(".")) || texts.contains(QStringLiteral("--"))))
        || (verb == QLatin1String("restore")) || (verb == QLatin1String("stash") && anyOf(words.value(1), {"drop", "clear"}))
        || (verb == QLatin1String("push") && (joined.contains(QLatin1String("--force")) || QRegularExpression(QStringLiteral("(^| )-[a-zA-Z]*f( |$)")).match(joined).hasMatch()
                                               || joined.contains(QLatin1String("--delete")) || joined.contains(QLatin1String(" :"))))
        || (verb == QLatin1String("branch") && QRegularExpression(QStringLiteral("(^| )-D( |$)")).match(joined).hasMatch())) {
        out.add(L::High, Engine::tr("%1 throws away work that cannot be recovered").arg(inv.display()));
        return;
    }
    if (anyOf(verb, {"status", "log", "diff", "show", "blame", "branch", "tag", "remote", "describe", "rev-parse", "ls-files",
                     "shortlog", "grep", "reflog", "config", "version", "help", "ls-remote", "whatchanged", "cat-file"})
        && !QRegularExpression(QStringLiteral("(^| )-(d|D|m|M|-delete|-move|-set-upstream-to|-unset)( |$)")).match(joined).hasMatch()
        && !(verb == QLatin1String("config") && words.size() > 2) && !(verb == QLatin1String("remote") && words.size() > 1)
        && !(verb == QLatin1String("tag") && words.size() > 1)
        && !(verb == QLatin1String("branch") && words.size() > 1)) {
        out.add(L::Low, Engine::tr("%1 only reads the repository").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 changes the repository").arg(inv.display()));
}

void mount(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const bool listOnly = texts.isEmpty() || texts == QStringList{QStringLiteral("-l")} || (texts.first() == QLatin1String("-t") && texts.size() == 2);
    if (inv.name == QLatin1String("mount") && listOnly) {
        out.add(L::Low, Engine::tr("%1 only lists mounted file systems").arg(inv.display()));
        return;
    }
    if (inv.name == QLatin1String("umount")) {
        for (const QString &t : texts) {
            if (t == QLatin1String("/") || t == QLatin1String("-a") || t == QLatin1String("--all") || isVitalTree(normalizePath(t), false)) {
                out.add(L::High, Engine::tr("%1 unmounts file systems the host runs from").arg(inv.display()));
                return;
            }
        }
        out.add(L::Medium, Engine::tr("%1 unmounts a file system").arg(inv.display()));
        return;
    }
    if (inv.name == QLatin1String("swapoff") || inv.name == QLatin1String("swapon")) {
        if (texts.contains(QStringLiteral("--show")) || texts.contains(QStringLiteral("-s")) || texts.contains(QStringLiteral("--summary")) || texts.isEmpty()) {
            out.add(L::Low, Engine::tr("%1 only shows swap").arg(inv.display()));
            return;
        }
        out.add(L::Medium, Engine::tr("%1 changes swap").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 mounts a file system").arg(inv.display()));
}

void settings(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    const QStringList texts = inv.texts();
    const QString verb = texts.value(0);
    bool reads = false;
    if (name == QLatin1String("hostname"))
        reads = texts.isEmpty() || std::all_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(u'-') && t != QLatin1String("-F") && t != QLatin1String("--file") && t != QLatin1String("-b"); });
    else if (name == QLatin1String("date"))
        reads = !texts.contains(QStringLiteral("-s")) && !texts.contains(QStringLiteral("--set"))
            && !std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(QLatin1String("--set=")) || QRegularExpression(QStringLiteral("^[0-9]{8,}")).match(t).hasMatch(); });
    else if (name == QLatin1String("hwclock"))
        reads = !std::any_of(texts.begin(), texts.end(), [](const QString &t) { return anyOf(t, {"-w", "--systohc", "-s", "--hctosys", "--set", "--adjust", "-a"}); });
    else
        reads = verb.isEmpty() || anyOf(verb, {"status", "show", "list", "list-timezones", "list-locales", "list-keymaps", "timesync-status",
                                               "show-timesync", "query", "statistics", "dns", "domain", "--version"});
    if (reads) {
        out.add(L::Low, Engine::tr("%1 only reads settings").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 changes a system setting").arg(inv.display()));
}

void tar(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const bool extracts = std::any_of(texts.begin(), texts.end(), [](const QString &t) {
        return t == QLatin1String("--extract") || t == QLatin1String("--get") || QRegularExpression(QStringLiteral("^-?[a-zA-Z]*x[a-zA-Z]*$")).match(t).hasMatch();
    });
    const bool lists = std::any_of(texts.begin(), texts.end(), [](const QString &t) {
        return t == QLatin1String("--list") || QRegularExpression(QStringLiteral("^-?[a-zA-Z]*t[a-zA-Z]*$")).match(t).hasMatch();
    });
    if (extracts) {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if ((texts.at(i) == QLatin1String("-C") || texts.at(i) == QLatin1String("--directory"))
                && isSystemPath(normalizePath(texts.value(i + 1))) ) {
                out.add(L::High, Engine::tr("%1 unpacks over system files in %2").arg(inv.display(), texts.value(i + 1)));
                return;
            }
            if ((texts.at(i) == QLatin1String("-C") || texts.at(i) == QLatin1String("--directory")) && normalizePath(texts.value(i + 1)) == QLatin1String("/")) {
                out.add(L::High, Engine::tr("%1 unpacks over the root file system").arg(inv.display()));
                return;
            }
        }
        out.add(L::Medium, Engine::tr("%1 unpacks files and can overwrite existing ones").arg(inv.display()));
        return;
    }
    if (lists) {
        out.add(L::Low, Engine::tr("%1 only lists an archive").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 writes an archive").arg(inv.display()));
}

void rsync(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    QStringList operands;
    for (const QString &t : texts) {
        if (!t.startsWith(u'-'))
            operands.append(t);
    }
    const QString destination = operands.isEmpty() ? QString() : operands.last();
    const bool deletes = std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(QLatin1String("--delete")) || t == QLatin1String("--remove-source-files"); });
    if (deletes && (destination == QLatin1String("/") || isVitalTree(normalizePath(destination), false))) {
        out.add(L::Critical, Engine::tr("%1 deletes from %2 whatever the source does not have").arg(inv.display(), destination));
        return;
    }
    if (deletes || isSystemPath(normalizePath(destination))) {
        out.add(L::High, Engine::tr("%1 deletes or overwrites files at %2").arg(inv.display(), destination));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 copies files and can overwrite %2").arg(inv.display(), destination));
}

void compress(Engine &, const Invocation &inv, Findings &out)
{
    const QStringList texts = inv.texts();
    const bool toStdout = texts.contains(QStringLiteral("-c")) || texts.contains(QStringLiteral("--stdout")) || texts.contains(QStringLiteral("-l"))
        || texts.contains(QStringLiteral("-t")) || texts.contains(QStringLiteral("--list")) || texts.contains(QStringLiteral("--test"))
        || std::none_of(texts.begin(), texts.end(), [](const QString &t) { return !t.startsWith(u'-'); });
    if (toStdout || anyOf(inv.name, {"zcat", "bzcat", "xzcat", "zstdcat"})) {
        out.add(L::Low, Engine::tr("%1 only writes to its output").arg(inv.display()));
        return;
    }
    out.add(L::Medium, Engine::tr("%1 replaces files with their (de)compressed form").arg(inv.display()));
}

void toolWithSetters(Engine &, const Invocation &inv, Findings &out)
{
    const QString joined = inv.texts().join(u' ');
    static const QHash<QString, QString> setters = {
        {QStringLiteral("ethtool"), QStringLiteral("(^| )-(s|K|G|A|C|L|E|r|p|f|W|-change|-offload|-set-ring|-reset|-flash|-change-eeprom)( |$)")},
        {QStringLiteral("nvidia-smi"), QStringLiteral("(^| )(-r|--gpu-reset|-pm|-pl|-ac|-rac|-e|-c|-lgc|-rgc|--persistence-mode|--power-limit)( |$)")},
        {QStringLiteral("smartctl"), QStringLiteral("(^| )(-t|--test|-s|--smart|-o|--offlineauto|-S|--saveauto|-X|--abort)( |$)")},
        {QStringLiteral("tcpdump"), QStringLiteral("(^| )-[a-zA-Z]*w")},
        {QStringLiteral("perf"), QStringLiteral("^(record|probe|sched record|trace record|kvm record)")},
        {QStringLiteral("openssl"), QStringLiteral("^(genrsa|genpkey|req|ca|enc|rand -out|pkcs12|rsa|ec|dhparam|smime|cms|ocsp)")},
        {QStringLiteral("chronyc"), QStringLiteral("^(makestep|settime|burst|offline|online|add|delete|reload|reselect|shutdown|dump|writertc|cyclelogs|manual|local|allow|deny)")},
        {QStringLiteral("virsh"), QStringLiteral("^(destroy|undefine|shutdown|reboot|reset|start|suspend|resume|create|define|edit|migrate|vol-delete|pool-destroy|pool-delete|snapshot-delete|snapshot-revert|detach|attach|setmem|setvcpus)")},
        {QStringLiteral("timedatectl"), QStringLiteral("^set-")},
        {QStringLiteral("loginctl"), QStringLiteral("^(terminate|kill|lock|unlock|enable-linger|disable-linger|poweroff|reboot|attach|flush)")},
        {QStringLiteral("fail2ban-client"), QStringLiteral("^(stop|unban|reload|set|start)")},
        {QStringLiteral("resolvectl"), QStringLiteral("^(dns|domain|default-route|llmnr|mdns|dnssec|dnsovertls|revert|flush-caches|reset-)[^ ]* \\S")},
        {QStringLiteral("busctl"), QStringLiteral("^(call|set-property|emit)")},
    };
    const QString pattern = setters.value(inv.name);
    if (!pattern.isEmpty() && QRegularExpression(pattern).match(joined).hasMatch()) {
        if (inv.name == QLatin1String("virsh") && QRegularExpression(QStringLiteral("^(undefine|vol-delete|pool-delete|snapshot-delete)")).match(joined).hasMatch()) {
            out.add(L::High, Engine::tr("%1 deletes a virtual machine or its storage").arg(inv.display()));
            return;
        }
        out.add(L::Medium, Engine::tr("%1 changes settings or state").arg(inv.display()));
        return;
    }
    out.add(L::Low, Engine::tr("%1 only reads").arg(inv.display()));
}

void simpleChange(Engine &, const Invocation &inv, Findings &out)
{
    const QString &name = inv.name;
    if (name == QLatin1String("renice"))
        return out.add(L::Medium, Engine::tr("%1 changes the priority of running processes").arg(inv.display()));
    if (name == QLatin1String("mkdir") || name == QLatin1String("touch") || name == QLatin1String("rmdir")
        || name == QLatin1String("mktemp") || name == QLatin1String("mkfifo") || name == QLatin1String("mknod")) {
        for (const Argument &a : inv.args) {
            if (!a.text.startsWith(u'-') && isVitalFile(normalizePath(a.text)))
                return out.add(L::High, Engine::tr("%1 changes %2").arg(inv.display(), a.text));
        }
        return out.add(name == QLatin1String("mktemp") ? L::Low : L::Medium, Engine::tr("%1 creates or removes empty files or directories").arg(inv.display()));
    }
    if (name == QLatin1String("umask") || name == QLatin1String("ulimit"))
        return out.add(inv.args.isEmpty() || first(inv) == QLatin1String("-a") ? L::Low : L::Medium, Engine::tr("%1 changes limits of this shell").arg(inv.display()));
    if (name == QLatin1String("history"))
        return out.add(inv.texts().contains(QStringLiteral("-c")) ? L::Medium : L::Low, Engine::tr("%1 reads or clears the shell history").arg(inv.display()));
    if (name == QLatin1String("kexec"))
        return out.add(L::High, Engine::tr("%1 replaces the running kernel").arg(inv.display()));
    if (name == QLatin1String("sync"))
        return out.add(L::Low, Engine::tr("%1 only flushes buffers to disk").arg(inv.display()));
    if (name == QLatin1String("install")) {
        const QList<Argument> operands = parseArgs(inv.args, {QStringLiteral("-m"), QStringLiteral("-o"), QStringLiteral("-g"),
                                                              QStringLiteral("-t"), QStringLiteral("-S"), QStringLiteral("--mode")})
                                             .operands;
        if (!operands.isEmpty())
            return classifyWriteTarget(inv.display(), operands.last(), WriteMode::Overwrite, out);
        return out.add(L::Medium, Engine::tr("%1 installs files").arg(inv.display()));
    }
    if (name == QLatin1String("unzip")) {
        if (inv.texts().contains(QStringLiteral("-l")) || inv.texts().contains(QStringLiteral("-t")))
            return out.add(L::Low, Engine::tr("%1 only lists an archive").arg(inv.display()));
        return out.add(L::Medium, Engine::tr("%1 unpacks files and can overwrite existing ones").arg(inv.display()));
    }
    if (name == QLatin1String("scp") || name == QLatin1String("sftp") || name == QLatin1String("ftp"))
        return out.add(L::Medium, Engine::tr("%1 copies files between hosts").arg(inv.display()));
    if (name == QLatin1String("update-grub") || name == QLatin1String("grub-install") || name == QLatin1String("grub2-mkconfig")
        || name == QLatin1String("update-initramfs") || name == QLatin1String("dracut") || name == QLatin1String("grub-mkconfig"))
        return out.add(L::High, Engine::tr("%1 rewrites what the host boots from").arg(inv.display()));
    if (name == QLatin1String("ldconfig") || name == QLatin1String("update-alternatives") || name == QLatin1String("systemd-tmpfiles")
        || name == QLatin1String("fstrim") || name == QLatin1String("e4defrag") || name == QLatin1String("xfs_fsr"))
        return out.add(L::Medium, Engine::tr("%1 changes system state").arg(inv.display()));
    if (name == QLatin1String("fsck") || name.startsWith(QLatin1String("fsck.")) || name == QLatin1String("e2fsck") || name == QLatin1String("xfs_repair")) {
        const QStringList texts = inv.texts();
        if (texts.contains(QStringLiteral("-n")))
            return out.add(L::Low, Engine::tr("%1 only checks, without repairing").arg(inv.display()));
        return out.add(L::High, Engine::tr("%1 repairs a file system and can lose data on a mounted one").arg(inv.display()));
    }
    if (name == QLatin1String("resize2fs") || name == QLatin1String("xfs_growfs") || name == QLatin1String("tune2fs") || name == QLatin1String("e2label"))
        return out.add(inv.texts().contains(QStringLiteral("-l")) ? L::Low : L::High, Engine::tr("%1 changes a file system").arg(inv.display()));
    out.add(L::Medium, Engine::tr("%1 changes state").arg(inv.display()));
}

// Read-only diagnostics: low on their own; redirections and pipes are judged separately.
const QSet<QString> &readOnlyCommands()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name :
             {"ls", "dir", "vdir", "cat", "tac", "nl", "head", "tail", "less", "more", "most", "grep", "egrep", "fgrep", "zgrep", "rg",
              "ag", "ack", "wc", "uniq", "cut", "paste", "join", "tr", "column", "fold", "fmt", "expand", "unexpand", "cmp", "diff",
              "diff3", "sdiff", "comm", "file", "stat", "du", "df", "free", "uptime", "w", "who", "last", "lastb", "lastlog", "id",
              "whoami", "groups", "users", "logname", "uname", "arch", "nproc", "lscpu", "lsmem", "lspci", "lsusb", "lsof", "lsattr",
              "lslocks", "lsns", "lsipc", "ipcs", "ps", "pstree", "top", "htop", "atop", "btop", "iotop", "vmstat", "iostat", "mpstat",
              "pidstat", "sar", "nstat", "ss", "netstat", "arp", "ping", "ping6", "traceroute", "traceroute6", "tracepath", "mtr",
              "dig", "nslookup", "host", "whois", "getent", "echo", "printf", "true", "false", ":", "test", "[", "[[", "cal", "ncal",
              "sleep", "printenv", "which", "type", "whereis", "whatis", "apropos", "man", "info", "locate", "plocate", "mlocate",
              "readlink", "realpath", "basename", "dirname", "pwd", "cd", "pushd", "popd", "dirs", "md5sum", "sha1sum", "sha224sum",
              "sha256sum", "sha384sum", "sha512sum", "cksum", "b2sum", "sum", "base64", "base32", "basenc", "xxd", "hexdump", "hd",
              "od", "strings", "jq", "yq", "xmllint", "sensors", "getenforce", "sestatus", "aa-status", "apparmor_status", "ldd",
              "nm", "objdump", "readelf", "size", "tty", "stty", "clear", "reset", "seq", "yes", "expr", "bc", "dc", "numfmt", "factor",
              "dmidecode", "lshw", "hwinfo", "inxi", "iftop", "nethogs", "nload", "bmon", "ifstat", "dstat", "glances", "pmap",
              "systemd-analyze", "systemd-cgls", "systemd-cgtop", "systemd-detect-virt", "systemd-delta", "hostid", "env",
              "read", "unset", "set", "shopt", "shift", "getopts", "let", "wait", "jobs", "fg", "bg", "disown", "hash", "return",
              "exit", "logout", "help", "times", "caller", "compgen", "complete", "mapfile", "readarray", "aureport", "ausearch",
              "ntpq", "ntpstat", "uptime", "pgrep", "pidof", "fuser", "tload", "slabtop", "watch", "zcat", "bzcat", "xzcat", "zless",
              "zmore", "lsinitramfs", "lsinitrd", "look", "iconv", "rev", "sha1", "column", "tree", "ncdu", "findmnt", "blkid",
              "lsblk", "lsmod", "modinfo", "dumpe2fs", "xfs_info", "iw", "iwconfig", "arping", "nmap", "curlie", "stdbuf",
              "ipcalc", "sipcalc", "ethtool", "nvidia-smi", "smartctl", "tcpdump", "perf", "openssl", "chronyc", "virsh",
              "loginctl", "fail2ban-client", "resolvectl", "busctl", "localectl", "timedatectl", "systemd-resolve", "journalctl",
              "last", "utmpdump", "wall", "logger", "mesg", "write", "banner", "figlet", "cowsay", "lolcat", "time", "sleep",
              "numastat", "lstopo", "cpupower", "turbostat", "powertop", "bpftool", "iptables-save", "ip6tables-save", "conntrack",
              "ipset", "ebtables", "arptables", "tc", "bridge", "brctl", "ovs-vsctl", "lldpctl", "vnstat", "sha256", "diffstat",
              "csplit", "split", "shuf", "nice", "getconf", "locale", "tput", "dircolors", "tset", "uuidgen", "mcookie", "true"}) {
            set.insert(QLatin1String(name));
        }
        return set;
    }();
    return names;
}

using Rule = void (*)(Engine &, const Invocation &, Findings &);

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        auto add = [&t](std::initializer_list<const char *> names, Rule rule) {
            for (const char *name : names)
                t.insert(QLatin1String(name), rule);
        };
        add({"rm", "unlink", "srm"}, rm);
        add({"shred", "wipe"}, shred);
        add({"dd", "dcfldd", "dc3dd"}, dd);
        add({"mke2fs", "mkdosfs", "mkntfs", "mkexfatfs", "newfs", "mkfs"}, formatDisk);
        add({"mkswap"}, mkswap);
        add({"wipefs"}, wipefs);
        add({"fdisk", "sfdisk", "cfdisk", "gdisk", "cgdisk", "sgdisk", "parted", "fixparts"}, partitioner);
        add({"pvs", "vgs", "lvs", "pvdisplay", "vgdisplay", "lvdisplay", "pvscan", "vgscan", "lvscan", "pvremove", "vgremove",
             "pvcreate", "blkdiscard", "lvremove", "lvreduce", "lvresize", "lvextend", "lvcreate", "vgcreate", "vgextend", "vgreduce",
             "mdadm", "cryptsetup", "zpool", "zfs", "badblocks", "hdparm"},
            storage);
        add({"chmod", "chown", "chgrp", "setfacl"}, permissions);
        add({"chattr"}, chattr);
        add({"mv", "cp"}, moveOrCopy);
        add({"ln"}, link);
        add({"tee"}, tee);
        add({"truncate"}, truncate);
        add({"sed", "gsed"}, sed);
        add({"awk", "gawk", "mawk", "nawk"}, awk);
        add({"sort"}, sort);
        add({"kill"}, kill);
        add({"pkill", "killall", "killall5", "pgrep", "skill", "slay"}, killByName);
        add({"systemctl"}, systemctl);
        add({"service", "rc-service"}, service);
        add({"shutdown", "reboot", "poweroff", "halt", "init", "telinit"}, power);
        add({"journalctl"}, journalctl);
        add({"dmesg"}, dmesg);
        add({"logrotate"}, logrotate);
        add({"apt", "apt-get", "aptitude", "yum", "dnf", "microdnf", "zypper", "apk", "snap", "flatpak", "pip", "pip3", "npm",
             "gem", "dpkg", "rpm", "pacman", "brew"},
            packages);
        add({"useradd", "adduser", "usermod", "userdel", "deluser", "groupadd", "groupmod", "groupdel", "delgroup", "gpasswd",
             "passwd", "chpasswd", "newusers", "chage", "chsh", "chfn", "visudo", "vipw", "vigr", "ssh-copy-id", "ssh-keygen"},
            users);
        add({"iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-nft", "ip6tables-nft", "iptables-save",
             "ip6tables-save", "iptables-restore", "ip6tables-restore"},
            iptables);
        add({"nft"}, nft);
        add({"ufw"}, ufw);
        add({"firewall-cmd"}, firewallCmd);
        add({"setenforce", "aa-teardown", "aa-disable", "aa-complain", "auditctl"}, security);
        add({"modprobe", "rmmod", "insmod", "lsmod", "modinfo"}, kernelModules);
        add({"sysctl"}, sysctl);
        add({"ip"}, ipCommand);
        add({"ifconfig", "ifdown", "ifup"}, ifconfig);
        add({"nmcli"}, nmcli);
        add({"route"}, route);
        add({"curl", "wget"}, download);
        add({"nc", "ncat", "netcat", "socat"}, netcat);
        add({"docker", "podman", "nerdctl", "crictl", "ctr"}, containers);
        add({"kubectl", "oc", "k3s"}, kubectl);
        add({"git"}, git);
        add({"mount", "umount", "swapoff", "swapon"}, mount);
        add({"hostname", "hostnamectl", "timedatectl", "date", "hwclock", "localectl"}, settings);
        add({"tar", "bsdtar"}, tar);
        add({"rsync"}, rsync);
        add({"gzip", "gunzip", "bzip2", "bunzip2", "xz", "unxz", "zstd", "unzstd", "zcat", "bzcat", "xzcat", "zstdcat", "lz4"}, compress);
        add({"ethtool", "nvidia-smi", "smartctl", "tcpdump", "perf", "openssl", "chronyc", "virsh", "loginctl", "fail2ban-client",
             "resolvectl", "busctl"},
            toolWithSetters);
        add({"renice", "mkdir", "touch", "rmdir", "mktemp", "mkfifo", "mknod", "umask", "ulimit", "history", "kexec", "sync",
             "install", "unzip", "scp", "sftp", "ftp", "update-grub", "grub-install", "grub2-mkconfig", "grub-mkconfig",
             "update-initramfs", "dracut", "ldconfig", "update-alternatives", "systemd-tmpfiles", "fstrim", "e4defrag", "xfs_fsr",
             "fsck", "e2fsck", "xfs_repair", "resize2fs", "xfs_growfs", "tune2fs", "e2label"},
            simpleChange);
        return t;
    }();
    return table;
}

}  // namespace

const QStringList &knownCommandNames()
{
    static const QStringList names = [] {
        QStringList list = rules().keys();
        for (const QString &name : readOnlyCommands())
            list.append(name);
        for (const char *name : {"sh", "bash", "zsh", "dash", "ksh", "python", "python3", "perl", "ruby", "node", "php", "sudo",
                                 "env", "xargs", "find", "eval", "busybox", "mkfs.ext4", "mkfs.xfs", "curl", "wget", "nc"})
            list.append(QLatin1String(name));
        list.removeDuplicates();
        list.sort();
        return list;
    }();
    return names;
}

bool classifyKnownCommand(Engine &engine, const Invocation &inv, Findings &out)
{
    const auto rule = rules().constFind(inv.name);
    if (rule != rules().cend()) {
        (*rule)(engine, inv, out);
        return true;
    }
    if (inv.name.startsWith(QLatin1String("mkfs.")) || inv.name.startsWith(QLatin1String("mkfs-"))) {
        formatDisk(engine, inv, out);
        return true;
    }
    if (inv.name.startsWith(QLatin1String("fsck."))) {
        simpleChange(engine, inv, out);
        return true;
    }
    if (readOnlyCommands().contains(inv.name)) {
        out.add(L::Low, Engine::tr("%1 only reads").arg(inv.display()));
        return true;
    }
    return false;
}

}  // namespace mirrorstage::core::risk
