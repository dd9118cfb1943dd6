#pragma once
// msctl's commands over incidents, proposals, executions, the audit log and AI usage:
//
//   msctl incidents [--all]                       unresolved incidents (--all: resolved too)
//   msctl incident ID                             one incident, its history and its proposals
//   msctl incident ack|resolve ID                 acknowledge, or resolve by hand
//   msctl incident silence ID --until 2h          stop asking for attention until then
//   msctl proposals [INCIDENT]                    proposals waiting for a decision (or an incident's)
//   msctl approve PROPOSAL [--confirm] [--confirm-host NAME]
//                                                 the same rules as the window: low one step, medium
//                                                 --confirm, high --confirm-host with the host's name,
//                                                 critical never
//   msctl reject PROPOSAL --reason TEXT
//   msctl executions                              commands sent to hosts and their results
//   msctl audit list [--since 1d] | audit verify  the hash-chained audit log
//   msctl usage [--since 30d]                     AI tokens and cost per day, provider and model
//   msctl rules check [FILE]                      load the default and the operator's rules
//
// The console (window or --headless) signs and sends what msctl approves within a second.

#include <QCommandLineParser>
#include <QStringList>

namespace mirrorstage::store {
class Database;
}

namespace mirrorstage::ctl {

// The options these commands take, for msctl's parser.
QList<QCommandLineOption> remediationOptions();
// Nothing when `command` is not one of these; else the exit code (0 done, 1 refused, 2 usage).
std::optional<int> runRemediationCommand(const QString &command, const QStringList &words,
                                         const QCommandLineParser &parser, store::Database &database);

}  // namespace mirrorstage::ctl
