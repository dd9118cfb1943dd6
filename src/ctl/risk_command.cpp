#include "risk_command.h"

#include "command_risk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mirrorstage::ctl {
namespace {

const char *const riskUsage =
    "Usage: msctl risk [--json] [--] 'COMMAND'\n"
    "Classifies a shell command the way the console does before it may run on a host:\n"
    "  low       read-only diagnostics                  one click\n"
    "  medium    changes state, reversibly              click, then confirm\n"
    "  high      destructive or hard to reverse         type the host's name\n"
    "  critical  can destroy the host or open it up     cannot be approved\n"
    "Prints the level and the reasons, most severe first. Quote the command as one argument;\n"
    "several words are joined with spaces.\n"
    "  --json   print {\"command\": ..., \"level\": ..., \"reasons\": [...]}\n";

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

}  // namespace

int runRiskCommand(const QStringList &arguments)
{
    bool json = false;
    QStringList words;
    // Options come first; from the first word of the command on, everything belongs to it
    // (`msctl risk rm -rf /` must not read -rf as an option of msctl).
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!words.isEmpty()) {
            words.append(argument);
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            write(stdout, riskUsage);
            return 0;
        } else if (argument == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        } else {
            words.append(argument);
        }
    }
    const QString command = words.join(u' ');
    if (command.trimmed().isEmpty()) {
        write(stderr, QByteArray("msctl: risk needs the command to classify, in quotes\n") + riskUsage);
        return 2;
    }
    const core::RiskAssessment assessment = core::CommandRiskClassifier::classify(command);
    const QString level = core::riskLevelKey(assessment.level);
    if (json) {
        const QJsonObject object{{QStringLiteral("command"), command},
                                 {QStringLiteral("level"), level},
                                 {QStringLiteral("reasons"), QJsonArray::fromStringList(assessment.reasons)}};
        write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    QByteArray text = level.toUtf8() + '\n';
    for (const QString &reason : assessment.reasons)
        text += "  - " + reason.toUtf8() + '\n';
    write(stdout, text);
    return 0;
}

}  // namespace mirrorstage::ctl
