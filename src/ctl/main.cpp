// msctl: the MIRROR STAGE console's store and rules from the command line.
//
//   msctl enroll token [--valid-for 1h] [--note TEXT] [--endpoint URL]
//   msctl enroll list | accept ID | reject ID | revoke ID
//   msctl hosts
//   msctl samples HOST [--since 15m] [--until TIME]
//   msctl mask [--json] < FILE      (no database: masks stdin as an AI provider would see it)
// Every command takes --database FILE and --json.
#include "ctl_commands.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorStage"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrorstage"));  // the console's settings and database
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORSTAGE_VERSION));
    return mirrorstage::ctl::run(QCoreApplication::arguments());
}
