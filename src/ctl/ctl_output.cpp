#include "ctl_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mirrorstage::ctl {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "msctl: %s\nSee msctl --help.\n", qPrintable(message));
    return Usage;
}

int refused(const QString &message)
{
    std::fprintf(stderr, "msctl: %s\n", qPrintable(message));
    return Refused;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << document.toJson(QJsonDocument::Indented);
    out().flush();
}

void printJson(const QJsonObject &object)
{
    printJson(QJsonValue(object));
}

QString operatorName()
{
    return QStringLiteral("msctl:") + qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
}

}  // namespace mirrorstage::ctl
