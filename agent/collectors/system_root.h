#pragma once
// The directory the collectors treat as "/". The agent uses the real root; tests point it at a
// fixture tree (tests/fixtures/hosts/<layout>/) that holds proc/, sys/ and etc/ of a made-up host.
// Reads go through plain POSIX calls: /proc files report a size of 0, and a sample reads dozens of
// them, so a reused buffer and no QFile machinery keep a sample cheap.

#include <QByteArray>
#include <QList>
#include <QString>
#include <string_view>

namespace mirrorstage::reflector {

class SystemRoot {
public:
    explicit SystemRoot(QByteArray prefix = {});

    // Absolute path of `relative` (which starts with '/') under this root.
    QByteArray path(std::string_view relative) const;

    // Reads the whole file into `buffer`. Returns 0, or the errno that stopped it.
    int read(std::string_view relative, QByteArray &buffer) const;

    // Names in a directory, without "." and "..". Empty when it cannot be listed.
    QList<QByteArray> list(std::string_view relative) const;

    bool exists(std::string_view relative) const;
    bool isRealRoot() const { return m_prefix.isEmpty(); }

    // Words for a problem report: "permission denied", "no such file", ...
    static QString describeError(int error);

private:
    QByteArray m_prefix;
};

}  // namespace mirrorstage::reflector
