#include "proposal_schema.h"

#include <QJsonArray>

namespace mirrorstage::ai {
namespace {

enum class Dialect { Plain, OpenAiStrict, Gemini };

QString typeName(Dialect dialect, const char *type)
{
    const QString name = QString::fromLatin1(type);
    return dialect == Dialect::Gemini ? name.toUpper() : name;
}

QJsonObject text(Dialect dialect, const QString &description)
{
    return {{QStringLiteral("type"), typeName(dialect, "string")}, {QStringLiteral("description"), description}};
}

QJsonObject object(Dialect dialect, const QJsonObject &properties, const QStringList &order)
{
    QJsonObject result{{QStringLiteral("type"), typeName(dialect, "object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), QJsonArray::fromStringList(order)}};
    if (dialect == Dialect::Gemini)
        result.insert(QStringLiteral("propertyOrdering"), QJsonArray::fromStringList(order));
    else
        result.insert(QStringLiteral("additionalProperties"), false);
    return result;
}

QJsonObject array(Dialect dialect, const QJsonObject &items, int minItems, int maxItems)
{
    QJsonObject result{{QStringLiteral("type"), typeName(dialect, "array")}, {QStringLiteral("items"), items}};
    if (dialect == Dialect::Plain) {
        result.insert(QStringLiteral("minItems"), minItems);
        result.insert(QStringLiteral("maxItems"), maxItems);
    }
    return result;
}

QJsonObject schema(Dialect dialect)
{
    const QJsonObject command = object(
        dialect,
        {{QStringLiteral("command"),
          text(dialect, QStringLiteral("One shell command line, run with /bin/sh -c on the Linux host. "
                                       "No line breaks."))},
         {QStringLiteral("purpose"), text(dialect, QStringLiteral("Why this command, in one sentence."))}},
        {QStringLiteral("command"), QStringLiteral("purpose")});

    QJsonObject risk = text(dialect, QStringLiteral("Your estimate of the risk; advice only."));
    risk.insert(QStringLiteral("enum"), QJsonArray{QStringLiteral("low"), QStringLiteral("medium"),
                                                   QStringLiteral("high"), QStringLiteral("critical")});
    const QJsonObject proposal = object(
        dialect,
        {{QStringLiteral("title"), text(dialect, QStringLiteral("A short title for the operator."))},
         {QStringLiteral("commands"),
          array(dialect, command, 1, ProposalLimits::kMaxCommandsPerProposal)},
         {QStringLiteral("expected_effect"), text(dialect, QStringLiteral("What should change once it ran."))},
         {QStringLiteral("rollback"), text(dialect, QStringLiteral("How to undo it, in words or commands."))},
         {QStringLiteral("verification"),
          text(dialect, QStringLiteral("One read-only command line that shows whether it worked."))},
         {QStringLiteral("risk"), risk}},
        {QStringLiteral("title"), QStringLiteral("commands"), QStringLiteral("expected_effect"),
         QStringLiteral("rollback"), QStringLiteral("verification"), QStringLiteral("risk")});

    return object(
        dialect,
        {{QStringLiteral("analysis"), text(dialect, QStringLiteral("What is going on, in a few sentences."))},
         {QStringLiteral("proposals"), array(dialect, proposal, 0, ProposalLimits::kMaxProposals)}},
        {QStringLiteral("analysis"), QStringLiteral("proposals")});
}

}  // namespace

QJsonObject ProposalSchema::jsonSchema() { return schema(Dialect::Plain); }
QJsonObject ProposalSchema::openAiStrictSchema() { return schema(Dialect::OpenAiStrict); }
QJsonObject ProposalSchema::geminiSchema() { return schema(Dialect::Gemini); }

}  // namespace mirrorstage::ai
