#pragma once
// Where "install agent over SSH" puts the reflector on a host, and the hardened systemd unit that
// runs it. Everything lives under one prefix (default /opt/mirrorstage), so that a test can
// install into a temporary folder and an operator can see at a glance what was installed:
//
//   PREFIX/bin/reflector                                  the agent
//   PREFIX/etc/reflector.json                             its configuration (0600: an enrollment token)
//   PREFIX/etc/systemd/system/mirrorstage-reflector.service
//   PREFIX/var/lib/mirrorstage-reflector                  its state: keys, outbox
//   PREFIX/var/log/reflector.log, PREFIX/run/reflector.pid  when started without systemd

#include <QString>

namespace mirrorstage::remote {

struct AgentLayout {
    static constexpr const char *kUnitName = "mirrorstage-reflector.service";
    static QString defaultPrefix() { return QStringLiteral("/opt/mirrorstage"); }

    QString prefix = defaultPrefix();

    QString binDir() const { return prefix + QStringLiteral("/bin"); }
    QString binary() const { return binDir() + QStringLiteral("/reflector"); }
    QString etcDir() const { return prefix + QStringLiteral("/etc"); }
    QString config() const { return etcDir() + QStringLiteral("/reflector.json"); }
    QString unitDir() const { return etcDir() + QStringLiteral("/systemd/system"); }
    QString unitFile() const { return unitDir() + QLatin1Char('/') + QLatin1String(kUnitName); }
    QString stateDir() const { return prefix + QStringLiteral("/var/lib/mirrorstage-reflector"); }
    QString logFile() const { return prefix + QStringLiteral("/var/log/reflector.log"); }
    QString pidFile() const { return prefix + QStringLiteral("/run/reflector.pid"); }
};

// The unit: the agent as root (it reads /proc and /sys and may run approved commands), with the
// file system read-only but for its state, no new privileges, private /tmp, restarts on failure.
QString systemdUnitText(const AgentLayout &layout);

}  // namespace mirrorstage::remote
