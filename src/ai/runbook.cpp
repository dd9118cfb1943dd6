#include "runbook.h"

#include "ai_log.h"
#include "proposal_parser.h"
#include "shell_quote.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <functional>
#include <algorithm>

namespace mirrorstage::ai {
namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]*)\\}"));
    return pattern;
}

const QRegularExpression &kindPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern;
}

bool hasControlCharacter(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool matches(const char *pattern, const QString &value)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(value).hasMatch();
}

// Fields run by a shell get quoted values; the others are read by the operator.
bool isShellField(const QString &key)
{
    return key == QStringLiteral("command") || key == QStringLiteral("verification")
        || key == QStringLiteral("rollback");
}

// The first placeholder that a template puts inside quotes. A filled value is quoted as one word
// of its own; inside someone else's quotes that quoting would end theirs and open the value to
// the shell.
QString placeholderInsideQuotes(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quote != QLatin1Char('\'')) {
            ++i;
        } else if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            quote = c;
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
        } else if (!quote.isNull() && c == QLatin1Char('{')) {
            const QRegularExpressionMatch match =
                placeholderPattern().match(text, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch())
                return match.captured(1);
        }
    }
    return {};
}

QString filled(const QString &text, const QHash<QString, QString> &facts, bool quote)
{
    QString result;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(from, match.capturedStart() - from);
        const QString value = facts.value(match.captured(1));
        result += quote ? core::shellQuoted(value) : value;
        from = match.capturedEnd();
    }
    return result + text.mid(from);
}

// Every string in a JSON value, with the key it sits under.
void forEachString(const QJsonValue &value, const QString &key,
                   const std::function<void(const QString &key, const QString &text)> &visit)
{
    if (value.isString()) {
        visit(key, value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            forEachString(item, key, visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            forEachString(it.value(), it.key(), visit);
    }
}

QJsonValue filledValue(const QJsonValue &value, const QString &key, const QHash<QString, QString> &facts)
{
    if (value.isString())
        return filled(value.toString(), facts, isShellField(key));
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(filledValue(item, key, facts));
        return result;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            result.insert(it.key(), filledValue(it.value(), it.key(), facts));
        return result;
    }
    return value;
}

QStringList missingFacts(const QJsonValue &value, const QHash<QString, QString> &facts)
{
    QStringList missing;
    forEachString(value, QString(), [&](const QString &, const QString &text) {
        for (const QString &name : RunbookFacts::placeholdersIn(text)) {
            if (!facts.contains(name) && !missing.contains(name))
                missing.append(name);
        }
    });
    return missing;
}

QStringList analysisSentences(const QJsonObject &document)
{
    const QJsonValue analysis = document.value(QStringLiteral("analysis"));
    if (analysis.isString())
        return {analysis.toString()};
    QStringList sentences;
    for (const QJsonValue &sentence : analysis.toArray())
        sentences.append(sentence.toString());
    return sentences;
}

}  // namespace

const QList<RunbookFact> &RunbookFacts::known()
{
    static const QList<RunbookFact> facts{
        {QStringLiteral("hostname"), FactType::Text},      {QStringLiteral("summary"), FactType::Text},
        {QStringLiteral("subject"), FactType::Text},       {QStringLiteral("kind"), FactType::Text},
        {QStringLiteral("severity"), FactType::Text},      {QStringLiteral("top_cpu_pid"), FactType::Pid},
        {QStringLiteral("top_cpu_name"), FactType::Text},  {QStringLiteral("top_mem_pid"), FactType::Pid},
        {QStringLiteral("top_mem_name"), FactType::Text},  {QStringLiteral("fullest_mount"), FactType::Path},
        {QStringLiteral("fullest_dir"), FactType::Path},   {QStringLiteral("log_file"), FactType::Path},
        {QStringLiteral("failed_unit"), FactType::Unit},   {QStringLiteral("agent_unit"), FactType::Unit},
        {QStringLiteral("interface"), FactType::Interface}, {QStringLiteral("device"), FactType::Device},
        {QStringLiteral("log_pattern"), FactType::Text},   {QStringLiteral("oom_pid"), FactType::Pid},
        {QStringLiteral("oom_process"), FactType::Text},   {QStringLiteral("segfault_pid"), FactType::Pid},
        {QStringLiteral("segfault_process"), FactType::Text}, {QStringLiteral("hung_task_pid"), FactType::Pid},
        {QStringLiteral("hung_task_name"), FactType::Text},
    };
    return facts;
}

std::optional<FactType> RunbookFacts::typeOf(const QString &name)
{
    for (const RunbookFact &fact : known()) {
        if (fact.name == name)
            return fact.type;
    }
    return std::nullopt;
}

bool RunbookFacts::fits(FactType type, const QString &value)
{
    if (value.isEmpty() || hasControlCharacter(value))
        return false;
    switch (type) {
    case FactType::Text: return value.size() <= 256;
    case FactType::Pid: return matches("^[1-9][0-9]{0,9}$", value);
    case FactType::Path: return value.startsWith(QLatin1Char('/')) && value.size() <= 4096;
    case FactType::Unit: return matches("^[A-Za-z0-9_.:@\\\\][A-Za-z0-9_.:@\\\\-]{0,255}$", value);
    case FactType::Interface: return matches("^[A-Za-z0-9_.:@][A-Za-z0-9_.:@-]{0,14}$", value);
    case FactType::Device: return matches("^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}$", value);  // sda, nvme0n1, dm-0
    }
    return false;
}

QHash<QString, QString> RunbookFacts::collect(const IncidentContext &context, const QString &subjectFact)
{
    QHash<QString, QString> facts;
    for (auto it = context.facts.cbegin(); it != context.facts.cend(); ++it)
        facts.insert(it.key(), it.value().toString());
    const auto fallback = [&facts](const QString &name, const QString &value) {
        if (facts.value(name).isEmpty() && !value.isEmpty())
            facts.insert(name, value);
    };
    fallback(QStringLiteral("hostname"), context.hostname);
    fallback(QStringLiteral("summary"), context.summary);
    fallback(QStringLiteral("subject"), context.subject);
    fallback(QStringLiteral("kind"), context.kind);
    fallback(QStringLiteral("severity"), context.severity);
    if (!subjectFact.isEmpty())
        fallback(subjectFact, context.subject);
    if (!context.topProcesses.isEmpty()) {
        const auto byCpu = std::max_element(context.topProcesses.cbegin(), context.topProcesses.cend(),
                                            [](const ProcessInfo &a, const ProcessInfo &b) { return a.cpuPercent < b.cpuPercent; });
        const auto byMemory = std::max_element(context.topProcesses.cbegin(), context.topProcesses.cend(),
                                               [](const ProcessInfo &a, const ProcessInfo &b) { return a.rssBytes < b.rssBytes; });
        if (!facts.contains(QStringLiteral("top_cpu_pid"))) {
            fallback(QStringLiteral("top_cpu_pid"), QString::number(byCpu->pid));
            fallback(QStringLiteral("top_cpu_name"), byCpu->name);
        }
        if (!facts.contains(QStringLiteral("top_mem_pid"))) {
            fallback(QStringLiteral("top_mem_pid"), QString::number(byMemory->pid));
            fallback(QStringLiteral("top_mem_name"), byMemory->name);
        }
    }
    fallback(QStringLiteral("agent_unit"), QStringLiteral("mirrorstage-reflector.service"));
    if (facts.value(QStringLiteral("device")).startsWith(QStringLiteral("/dev/")))
        facts[QStringLiteral("device")] = facts.value(QStringLiteral("device")).mid(5);

    for (auto it = facts.begin(); it != facts.end();) {
        const std::optional<FactType> type = typeOf(it.key());
        if (type && fits(*type, it.value())) {
            ++it;
            continue;
        }
        if (type)
            qCDebug(lcAi).noquote() << "runbook fact" << it.key() << "does not fit its type; left out";
        it = facts.erase(it);
    }
    return facts;
}

QStringList RunbookFacts::placeholdersIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString RunbookLoader::builtInDirectory()
{
    return QStringLiteral(":/mirrorstage/runbooks");
}

std::optional<Runbook> RunbookLoader::parse(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The runbook %1 is not a JSON object: %2.")
                     .arg(source, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : tr("it is an array"));
        return std::nullopt;
    }
    Runbook runbook;
    runbook.document = document.object();
    runbook.source = source;
    runbook.kind = runbook.document.value(QStringLiteral("kind")).toString();
    runbook.subjectFact = runbook.document.value(QStringLiteral("subject_fact")).toString();
    if (!kindPattern().match(runbook.kind).hasMatch()) {
        *error = tr("The runbook %1 needs a \"kind\" of lower-case letters, digits and dashes.").arg(source);
        return std::nullopt;
    }
    if (!runbook.subjectFact.isEmpty() && !RunbookFacts::typeOf(runbook.subjectFact)) {
        *error = tr("The runbook %1 names an unknown subject_fact \"%2\".").arg(source, runbook.subjectFact);
        return std::nullopt;
    }
    const QJsonValue analysis = runbook.document.value(QStringLiteral("analysis"));
    const QJsonArray sentences = analysis.toArray();
    const bool analysisOk = analysis.isString()
        || (analysis.isArray()
            && std::all_of(sentences.begin(), sentences.end(), [](const QJsonValue &v) { return v.isString(); }));
    if (!analysisOk) {
        *error = tr("The runbook %1 needs \"analysis\": a string or an array of strings.").arg(source);
        return std::nullopt;
    }
    QString unknown;
    forEachString(runbook.document, QString(), [&unknown](const QString &, const QString &text) {
        for (const QString &name : RunbookFacts::placeholdersIn(text)) {
            if (unknown.isEmpty() && !RunbookFacts::typeOf(name))
                unknown = name;
        }
    });
    if (!unknown.isEmpty()) {
        *error = tr("The runbook %1 uses the placeholder {%2}, which is not a known fact.").arg(source, unknown);
        return std::nullopt;
    }
    QString quoted;
    forEachString(runbook.document, QString(), [&quoted](const QString &key, const QString &text) {
        if (quoted.isEmpty() && isShellField(key))
            quoted = placeholderInsideQuotes(text);
    });
    if (!quoted.isEmpty()) {
        *error = tr("The runbook %1 puts {%2} inside quotes; write it bare, it is quoted when it is filled in.")
                     .arg(source, quoted);
        return std::nullopt;
    }
    // The unfilled file must already follow the proposal rules; filling only inserts facts.
    QJsonObject asAnswer = runbook.document;
    asAnswer.insert(QStringLiteral("analysis"), analysisSentences(runbook.document).join(QLatin1Char(' ')));
    QString ruleError;
    if (!ProposalParser::parse(asAnswer, &ruleError)) {
        *error = tr("The runbook %1 is not valid: %2").arg(source, ruleError);
        return std::nullopt;
    }
    if (asAnswer.value(QStringLiteral("proposals")).toArray().isEmpty()) {
        *error = tr("The runbook %1 has no proposals.").arg(source);
        return std::nullopt;
    }
    return runbook;
}

std::optional<Runbook> RunbookLoader::forKind(const QString &kind, const QString &directory, QString *error)
{
    error->clear();
    if (!kindPattern().match(kind).hasMatch())
        return std::nullopt;
    QString path;
    if (!directory.isEmpty() && QFile::exists(QDir(directory).filePath(kind + QStringLiteral(".json"))))
        path = QDir(directory).filePath(kind + QStringLiteral(".json"));
    else if (QFile::exists(QDir(builtInDirectory()).filePath(kind + QStringLiteral(".json"))))
        path = QDir(builtInDirectory()).filePath(kind + QStringLiteral(".json"));
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the runbook %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<Runbook> runbook = parse(file.readAll(), path, error);
    if (runbook && runbook->kind != kind) {
        *error = tr("The runbook %1 says it is for \"%2\"; its file name says \"%3\".").arg(path, runbook->kind, kind);
        return std::nullopt;
    }
    return runbook;
}

QStringList RunbookLoader::kinds(const QString &directory)
{
    QSet<QString> found;
    for (const QString &dir : {builtInDirectory(), directory}) {
        if (dir.isEmpty())
            continue;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files))
            found.insert(name.chopped(5));
    }
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

std::optional<ProposalSet> RunbookFiller::fill(const Runbook &runbook, const IncidentContext &context, QString *error)
{
    const QHash<QString, QString> facts = RunbookFacts::collect(context, runbook.subjectFact);
    QStringList sentences;
    for (const QString &sentence : analysisSentences(runbook.document)) {
        if (missingFacts(sentence, facts).isEmpty())
            sentences.append(filled(sentence, facts, false));
    }
    QJsonArray proposals;
    QStringList leftOut;
    QStringList missingNames;
    for (const QJsonValue &proposal : runbook.document.value(QStringLiteral("proposals")).toArray()) {
        const QStringList missing = missingFacts(proposal, facts);
        if (missing.isEmpty()) {
            proposals.append(filledValue(proposal, QString(), facts));
            continue;
        }
        leftOut.append(filled(proposal.toObject().value(QStringLiteral("title")).toString(), facts, false));
        for (const QString &name : missing) {
            if (!missingNames.contains(name))
                missingNames.append(name);
        }
    }
    if (!leftOut.isEmpty()) {
        sentences.append(tr("Left out because the incident does not tell %1: %2.")
                             .arg(missingNames.join(QStringLiteral(", ")), leftOut.join(QStringLiteral("; "))));
    }
    const QJsonObject answer{{QStringLiteral("analysis"), sentences.join(QLatin1Char(' '))},
                             {QStringLiteral("proposals"), proposals}};
    QString ruleError;
    std::optional<ProposalSet> set = ProposalParser::parse(answer, &ruleError);
    if (!set) {
        *error = tr("The runbook %1, filled with this incident's facts, is not valid: %2").arg(runbook.source, ruleError);
        return std::nullopt;
    }
    set->usage = {QStringLiteral("runbooks"), QStringLiteral("runbooks"), 0, 0};
    return set;
}

}  // namespace mirrorstage::ai
