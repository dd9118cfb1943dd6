#pragma once
// What every msctl command shares: its exit codes, one stdout stream (several QTextStreams on
// stdout would each keep their own buffer and interleave), errors on stderr in one form, JSON
// output, and who the operator is for the audit log.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace mirrorstage::ctl {

enum Exit { Done = 0, Refused = 1, Usage = 2 };

QTextStream &out();
// "msctl: MESSAGE" (and a pointer to --help) on stderr; returns Usage.
int usage(const QString &message);
// "msctl: MESSAGE" on stderr; returns Refused.
int refused(const QString &message);
void printJson(const QJsonValue &value);
void printJson(const QJsonObject &object);  // so that printJson({{"key", value}}) reads well
// "msctl:USER": the actor of what msctl does, in the audit log.
QString operatorName();

}  // namespace mirrorstage::ctl
