#include "proposal_parser.h"

#include "proposal_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mirrorstage::ai {
namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return ProposalParser::tr("null");
    case QJsonValue::Bool: return ProposalParser::tr("true or false");
    case QJsonValue::Double: return ProposalParser::tr("a number");
    case QJsonValue::String: return ProposalParser::tr("a string");
    case QJsonValue::Array: return ProposalParser::tr("an array");
    case QJsonValue::Object: return ProposalParser::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ProposalParser::tr("nothing");
}

// Walks one answer, remembering the first problem with the path where it was found.
class Checker {
public:
    QString error;

    bool fieldOk(const QJsonObject &object, const QString &path, const QString &key, QJsonValue::Type type,
                 QJsonValue *value)
    {
        const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const auto it = object.constFind(key);
        if (it == object.constEnd() || it->isUndefined()) {
            error = ProposalParser::tr("%1 is missing.").arg(where);
            return false;
        }
        if (it->type() != type) {
            error = ProposalParser::tr("%1 must be %2, not %3.")
                        .arg(where, jsonTypeName(QJsonValue(type)), jsonTypeName(*it));
            return false;
        }
        *value = *it;
        return true;
    }

    bool textOk(const QJsonObject &object, const QString &path, const QString &key, int maxLength, QString *out)
    {
        QJsonValue value;
        if (!fieldOk(object, path, key, QJsonValue::String, &value))
            return false;
        const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        *out = value.toString();
        if (out->size() > maxLength) {
            error = ProposalParser::tr("%1 is %2 characters long; at most %3 are accepted.")
                        .arg(where).arg(out->size()).arg(maxLength);
            return false;
        }
        if (out->contains(QChar(0))) {
            error = ProposalParser::tr("%1 holds a NUL character.").arg(where);
            return false;
        }
        return true;
    }

    bool commandOk(const QJsonObject &object, const QString &path, const QString &key, QString *out)
    {
        if (!textOk(object, path, key, ProposalLimits::kMaxCommandLength, out))
            return false;
        const QString where = path + QLatin1Char('.') + key;
        if (out->trimmed().isEmpty()) {
            error = ProposalParser::tr("%1 is empty; a command must say what to run.").arg(where);
            return false;
        }
        for (QChar c : *out) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                error = ProposalParser::tr("%1 holds a line break; each command must be a single line.")
                            .arg(where);
                return false;
            }
            if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
                error = ProposalParser::tr("%1 holds the control character U+%2.")
                            .arg(where)
                            .arg(c.unicode(), 4, 16, QLatin1Char('0'));
                return false;
            }
        }
        *out = out->trimmed();
        return true;
    }

    bool commandsOk(const QJsonObject &object, const QString &path, QList<ProposedCommand> *commands)
    {
        QJsonValue value;
        if (!fieldOk(object, path, QStringLiteral("commands"), QJsonValue::Array, &value))
            return false;
        const QJsonArray array = value.toArray();
        const QString where = path + QStringLiteral(".commands");
        if (array.isEmpty()) {
            error = ProposalParser::tr("%1 is empty; a proposal needs at least one command.").arg(where);
            return false;
        }
        if (array.size() > ProposalLimits::kMaxCommandsPerProposal) {
            error = ProposalParser::tr("%1 holds %2 commands; at most %3 are accepted.")
                        .arg(where).arg(array.size()).arg(ProposalLimits::kMaxCommandsPerProposal);
            return false;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(where).arg(i);
            if (!array.at(i).isObject()) {
                error = ProposalParser::tr("%1 must be an object, not %2.").arg(itemPath, jsonTypeName(array.at(i)));
                return false;
            }
            const QJsonObject item = array.at(i).toObject();
            ProposedCommand command;
            if (!commandOk(item, itemPath, QStringLiteral("command"), &command.script)
                || !textOk(item, itemPath, QStringLiteral("purpose"), ProposalLimits::kMaxTextLength,
                           &command.purpose))
                return false;
            commands->append(command);
        }
        return true;
    }

    bool riskOk(const QJsonObject &object, const QString &path, QString *risk)
    {
        if (!object.contains(QStringLiteral("risk")) || object.value(QStringLiteral("risk")).isNull())
            return true;
        if (!textOk(object, path, QStringLiteral("risk"), ProposalLimits::kMaxTextLength, risk))
            return false;
        *risk = risk->trimmed().toLower();
        static const QStringList levels{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
        if (!levels.contains(*risk)) {
            error = ProposalParser::tr("%1.risk is \"%2\"; it must be low, medium, high or critical.")
                        .arg(path, *risk);
            return false;
        }
        return true;
    }

    bool proposalOk(const QJsonValue &value, const QString &path, Proposal *proposal)
    {
        if (!value.isObject()) {
            error = ProposalParser::tr("%1 must be an object, not %2.").arg(path, jsonTypeName(value));
            return false;
        }
        const QJsonObject object = value.toObject();
        return textOk(object, path, QStringLiteral("title"), ProposalLimits::kMaxTitleLength, &proposal->title)
            && commandsOk(object, path, &proposal->commands)
            && textOk(object, path, QStringLiteral("expected_effect"), ProposalLimits::kMaxTextLength,
                      &proposal->expectedEffect)
            && textOk(object, path, QStringLiteral("rollback"), ProposalLimits::kMaxTextLength,
                      &proposal->rollback)
            && commandOk(object, path, QStringLiteral("verification"), &proposal->verification)
            && riskOk(object, path, &proposal->providerRiskOpinion);
    }
};

}  // namespace

QByteArray ProposalParser::withoutCodeFence(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith("```") || !trimmed.endsWith("```") || trimmed.size() < 6)
        return text;
    const qsizetype firstLineEnd = trimmed.indexOf('\n');
    if (firstLineEnd < 0)
        return text;
    return trimmed.mid(firstLineEnd + 1, trimmed.size() - 3 - (firstLineEnd + 1)).trimmed();
}

std::optional<ProposalSet> ProposalParser::parse(const QByteArray &answer, QString *error)
{
    if (answer.size() > ProposalLimits::kMaxAnswerBytes) {
        *error = tr("The answer is %1 bytes long; at most %2 are accepted.")
                     .arg(answer.size()).arg(ProposalLimits::kMaxAnswerBytes);
        return std::nullopt;
    }
    const QByteArray json = withoutCodeFence(answer);
    if (json.trimmed().isEmpty()) {
        *error = tr("The answer is empty.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The answer is not valid JSON: %1 at byte %2.")
                     .arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("The answer must be a JSON object with \"analysis\" and \"proposals\", not an array.");
        return std::nullopt;
    }
    return parse(document.object(), error);
}

std::optional<ProposalSet> ProposalParser::parse(const QJsonObject &answer, QString *error)
{
    Checker checker;
    ProposalSet set;
    QJsonValue proposals;
    if (!checker.textOk(answer, QString(), QStringLiteral("analysis"), ProposalLimits::kMaxAnalysisLength,
                        &set.analysis)
        || !checker.fieldOk(answer, QString(), QStringLiteral("proposals"), QJsonValue::Array, &proposals)) {
        *error = checker.error;
        return std::nullopt;
    }
    const QJsonArray array = proposals.toArray();
    if (array.size() > ProposalLimits::kMaxProposals) {
        *error = tr("proposals holds %1 proposals; at most %2 are accepted.")
                     .arg(array.size()).arg(ProposalLimits::kMaxProposals);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        Proposal proposal;
        if (!checker.proposalOk(array.at(i), QStringLiteral("proposals[%1]").arg(i), &proposal)) {
            *error = checker.error;
            return std::nullopt;
        }
        set.proposals.append(proposal);
    }
    return set;
}

}  // namespace mirrorstage::ai
