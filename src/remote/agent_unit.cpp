#include "agent_unit.h"

#include <QStringList>

namespace mirrorstage::remote {

QString systemdUnitText(const AgentLayout &layout)
{
    const QStringList lines = {
        QStringLiteral("# Installed by MIRROR STAGE (install agent over SSH)."),
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=MIRROR STAGE reflector agent"),
        QStringLiteral("Wants=network-online.target"),
        QStringLiteral("After=network-online.target"),
        QString(),
        QStringLiteral("[Service]"),
        QStringLiteral("Type=simple"),
        QStringLiteral("ExecStart=%1 --config %2").arg(layout.binary(), layout.config()),
        QStringLiteral("Restart=on-failure"),
        QStringLiteral("RestartSec=5"),
        QStringLiteral("StateDirectory=mirrorstage-reflector"),
        QStringLiteral("StateDirectoryMode=0700"),
        QStringLiteral("ReadWritePaths=%1").arg(layout.stateDir()),
        QStringLiteral("ProtectSystem=strict"),
        QStringLiteral("ProtectHome=yes"),
        QStringLiteral("NoNewPrivileges=yes"),
        QStringLiteral("PrivateTmp=yes"),
        QStringLiteral("PrivateDevices=yes"),
        QStringLiteral("ProtectKernelTunables=yes"),
        QStringLiteral("ProtectKernelModules=yes"),
        QStringLiteral("ProtectControlGroups=yes"),
        QStringLiteral("RestrictSUIDSGID=yes"),
        QStringLiteral("RestrictRealtime=yes"),
        QStringLiteral("LockPersonality=yes"),
        QStringLiteral("RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK"),
        QString(),
        QStringLiteral("[Install]"),
        QStringLiteral("WantedBy=multi-user.target"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mirrorstage::remote
