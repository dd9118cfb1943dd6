#pragma once
// The directory the collectors treat as "/". The agent uses the real root; tests point it at a
// fixture tree (tests/fixtures/hosts/<layout>/) that holds proc/, sys/ and etc/ of a made-up host.
//
// Reading /proc and /sys is most of what a sample costs, and most of that is opening files. So a
// file read in one sample stays open for the next and is read again with pread() from offset 0,
// which makes the kernel produce fresh contents (how procps and sysfs pollers do it). A file not
// read during a sample is closed by closeUnusedFiles(); a process that exits makes its file fail
// with ESRCH, and the path is opened afresh, so a reused pid is never confused with the old one.

#include <QByteArray>
#include <QList>
#include <QString>
#include <dirent.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mirrorstage::reflector {

enum class ReadMode {
    // The kernel writes the whole file in one go (sysfs attributes, /proc/<pid>/stat, /proc/stat,
    // /proc/meminfo): a short read is the end, and one read() is saved per file.
    SingleRecord,
    // Record by record (/proc/net/dev, mountinfo, diskstats, cpuinfo): a short read is not the end.
    UntilEnd,
};

class SystemRoot {
public:
    explicit SystemRoot(QByteArray prefix = {});
    ~SystemRoot();
    SystemRoot(SystemRoot &&other) noexcept;
    SystemRoot(const SystemRoot &) = delete;
    SystemRoot &operator=(const SystemRoot &) = delete;
    SystemRoot &operator=(SystemRoot &&) = delete;

    // Absolute path of `relative` (which starts with '/') under this root.
    QByteArray path(std::string_view relative) const;

    // Reads the whole file into `buffer`. Returns 0, or the errno that stopped it.
    int read(std::string_view relative, QByteArray &buffer, ReadMode mode = ReadMode::UntilEnd);

    // The owner of the file last read from `relative`, without another path lookup. -1 if unknown.
    qint64 ownerOf(std::string_view relative) const;

    // Names in a directory, without "." and "..". Empty when it cannot be listed.
    QList<QByteArray> list(std::string_view relative) const;
    // The same without collecting them: fn(const char *name) for each. False if it cannot be listed.
    template <typename Fn>
    bool forEachName(std::string_view relative, Fn &&fn) const;

    bool exists(std::string_view relative) const;

    // For a file whose changes the kernel signals with POLLPRI (/proc/self/mountinfo): whether it
    // may have changed since it was opened or last asked. True where that cannot be known (the file
    // is not open, or it is a fixture rather than procfs). Keeps the file open.
    bool mayHaveChanged(std::string_view relative);

    // Closes the files that were not read since the previous call. Called once per sample.
    void closeUnusedFiles();
    int openFileCount() const { return int(m_open.size()); }

    // How many files may stay open at once; the rest are opened and closed on every read.
    void setOpenFileLimit(int limit) { m_openFileLimit = limit; }

    // Words for a problem report: "permission denied", "no such file", ...
    static QString describeError(int error);

private:
    // Lets find() take a string_view: no allocation per read for paths longer than SSO.
    struct PathHash {
        using is_transparent = void;
        size_t operator()(std::string_view path) const { return std::hash<std::string_view>{}(path); }
    };
    struct OpenFile {
        int fd = -1;
        bool usedSinceSweep = true;
        qint8 signalsChanges = -1;  // unknown until asked
    };
    int readFrom(int fd, QByteArray &buffer, ReadMode mode) const;
    int openFile(std::string_view relative, int *error) const;

    QByteArray m_prefix;
    std::unordered_map<std::string, OpenFile, PathHash, std::equal_to<>> m_open;
    int m_openFileLimit = 512;
};

template <typename Fn>
bool SystemRoot::forEachName(std::string_view relative, Fn &&fn) const
{
    DIR *dir = ::opendir(path(relative).constData());
    if (!dir)
        return false;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        fn(name);
    }
    ::closedir(dir);
    return true;
}

}  // namespace mirrorstage::reflector
