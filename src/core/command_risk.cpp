// The risk classifier's engine: walks what shell_syntax parsed, expands words as far as it can
// statically, follows wrappers, shells and interpreters into the commands they run, tracks what
// flows through pipes (downloads, decoded payloads) and hands single commands to the rules.
#include "command_risk_engine.h"
#include "shell_payload.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace mirrorstage::core {

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("high");
}

std::optional<RiskLevel> riskLevelFromKey(const QString &key)
{
    for (const RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Critical}) {
        if (riskLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

RiskAssessment CommandRiskClassifier::classify(const QString &command)
{
    risk::Findings findings;
    risk::Engine engine;
    engine.classifyScript(command, findings);
    if (findings.isEmpty())
        findings.add(RiskLevel::Low, risk::Engine::tr("the command is empty and does nothing"));
    return {findings.level(), findings.reasons()};
}

namespace risk {
namespace {

// Deeper nesting than this (bash -c inside eval inside base64 inside …) is not followed.
constexpr int maxDepth = 64;
constexpr qsizetype maxCommandSize = 256 * 1024;

QString levelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return Engine::tr("low");
    case RiskLevel::Medium: return Engine::tr("medium");
    case RiskLevel::High: return Engine::tr("high");
    case RiskLevel::Critical: return Engine::tr("critical");
    }
    return {};
}

QString shortened(const QString &text, int size = 72)
{
    QString simple = text.simplified();
    return simple.size() <= size ? simple : simple.left(size - 1) + QChar(0x2026);
}

bool isShellName(const QString &name)
{
    static const QSet<QString> shells = {QStringLiteral("sh"),   QStringLiteral("bash"), QStringLiteral("zsh"),
                                         QStringLiteral("dash"), QStringLiteral("ksh"),  QStringLiteral("mksh"),
                                         QStringLiteral("ash"),  QStringLiteral("fish"), QStringLiteral("csh"),
                                         QStringLiteral("tcsh"), QStringLiteral("rbash"), QStringLiteral("yash"),
                                         QStringLiteral("pdksh"), QStringLiteral("oksh")};
    return shells.contains(name);
}

bool isInterpreterName(const QString &name)
{
    static const QRegularExpression interpreter(
        QStringLiteral("^(python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|"
                       "Rscript|deno|bun|jshell|irb|osascript|pwsh|powershell|expect|wish)$"));
    return interpreter.match(name).hasMatch();
}

// Flags for the characters of an expanded word, to split, brace-expand and glob the way sh does.
enum CharKind : char { Quoted, Literal, Expanded, Unresolved };

struct Pieces {
    QString text;
    QByteArray kinds;
    void append(const QString &more, CharKind kind)
    {
        text += more;
        kinds.append(QByteArray(more.size(), kind));
    }
};

// {a,b}c → ac bc, on unquoted literal braces only. `budget` is shared by the whole expansion of
// a word, so that {a,b}{a,b}{a,b}… cannot explode; what is over budget is classified unexpanded.
QList<Pieces> braceExpand(const Pieces &word, int &budget)
{
    if (--budget <= 0)
        return {word};
    const QString &t = word.text;
    for (qsizetype open = 0; open < t.size(); ++open) {
        if (t.at(open) != u'{' || word.kinds.at(open) != Literal)
            continue;
        int depth = 0;
        QList<qsizetype> commas;
        qsizetype close = -1;
        for (qsizetype i = open; i < t.size() && close < 0; ++i) {
            if (word.kinds.at(i) != Literal)
                continue;
            if (t.at(i) == u'{')
                ++depth;
            else if (t.at(i) == u'}' && --depth == 0)
                close = i;
            else if (t.at(i) == u',' && depth == 1)
                commas.append(i);
        }
        if (close < 0 || commas.isEmpty())
            continue;
        QList<Pieces> results;
        qsizetype from = open + 1;
        commas.append(close);
        for (const qsizetype comma : commas) {
            Pieces alternative;
            alternative.text = t.left(open) + t.mid(from, comma - from) + t.mid(close + 1);
            alternative.kinds = word.kinds.left(open) + word.kinds.mid(from, comma - from) + word.kinds.mid(close + 1);
            results += braceExpand(alternative, budget);
            if (budget <= 0)
                break;
            from = comma + 1;
        }
        return results;
    }
    return {word};
}

}  // namespace

// ---- Findings -------------------------------------------------------------------------------

void Findings::add(RiskLevel level, const QString &reason)
{
    const QString sentence = Engine::tr("%1 (%2)").arg(reason, levelName(level));
    for (const auto &item : std::as_const(m_items)) {
        if (item.second == sentence)
            return;
    }
    m_items.append({level, sentence});
}

void Findings::merge(const Findings &other)
{
    for (const auto &item : other.m_items) {
        if (!m_items.contains(item))
            m_items.append(item);
    }
}

RiskLevel Findings::level() const
{
    RiskLevel level = RiskLevel::Low;
    for (const auto &item : m_items)
        level = std::max(level, item.first);
    return level;
}

QStringList Findings::reasons() const
{
    QList<std::pair<RiskLevel, QString>> sorted = m_items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const RiskLevel top = level();
    QStringList reasons;
    for (const auto &item : sorted) {
        if (top > RiskLevel::Low && item.first == RiskLevel::Low)
            continue;
        reasons.append(item.second);
    }
    return reasons;
}

// ---- Invocation ---------------------------------------------------------------------------

Argument literalArgument(const QString &text)
{
    Argument argument;
    argument.text = text;
    argument.emptied = text;
    return argument;
}

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./~-]+$"));
    if (!text.isEmpty() && plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return QStringLiteral("'") + quoted + QStringLiteral("'");
}

QStringList Invocation::texts() const
{
    QStringList texts;
    for (const Argument &argument : args)
        texts.append(argument.text);
    return texts;
}

QString Invocation::display() const
{
    QStringList words{name};
    for (const Argument &argument : args)
        words.append(argument.dynamic ? argument.text : shellQuoted(argument.text));
    return QStringLiteral("`") + shortened(words.join(u' ')) + QStringLiteral("`");
}

Invocation Invocation::withArgs(QList<Argument> arguments) const
{
    Invocation copy = *this;
    copy.args = std::move(arguments);
    return copy;
}

// ---- Engine: structure ----------------------------------------------------------------------

Stream Engine::classifyScript(const QString &source, Findings &out, const Stream &input)
{
    if (m_depth > maxDepth) {
        out.add(RiskLevel::High, tr("the command nests shells, eval and decoders too deeply to follow"));
        return Stream::unknown();
    }
    if (source.size() > maxCommandSize) {
        out.add(RiskLevel::High, tr("the command is too long to check (%1 characters)").arg(source.size()));
        return Stream::unknown();
    }
    const shell::ParseResult parsed = shell::parse(source);
    if (!parsed.list) {
        out.add(RiskLevel::High, tr("the command cannot be parsed (%1 at character %2), so its effect is unknown")
                                     .arg(parsed.error)
                                     .arg(parsed.errorPosition + 1));
        return Stream::unknown();
    }
    ++m_depth;
    const Stream output = classifyList(*parsed.list, input, out);
    --m_depth;
    return output;
}

Stream Engine::classifyList(const shell::List &list, const Stream &input, Findings &out)
{
    Stream last;
    for (const shell::Pipeline &pipeline : list.pipelines) {
        Stream stream = input;
        bool network = false;
        bool shellReadsInput = false;
        for (int i = 0; i < pipeline.commands.size(); ++i) {
            const shell::Command &command = pipeline.commands.at(i);
            Findings part;
            stream = classifyCommand(command, i == 0 ? input : stream, part);
            // A shell between network tools in one pipeline is a reverse or bind shell.
            if (command.kind == shell::Command::Kind::Simple && !command.words.isEmpty()) {
                static const QRegularExpression tools(QStringLiteral("(^|/)(nc|ncat|netcat|socat|telnet|openssl)$"));
                const QString name = command.words.first().literal();
                network = network || tools.match(name).hasMatch();
                shellReadsInput = shellReadsInput || (isShellName(name.section(u'/', -1)) && command.words.size() <= 2);
            }
            out.merge(part);
        }
        if (network && shellReadsInput && pipeline.commands.size() > 1)
            out.add(RiskLevel::Critical, tr("the pipeline connects a shell to a network connection (a reverse or bind shell)"));
        last = stream;
    }
    return last;
}

Stream Engine::classifyCommand(const shell::Command &command, const Stream &input, Findings &out)
{
    switch (command.kind) {
    case shell::Command::Kind::Simple:
        return classifySimple(command, input, out);
    case shell::Command::Kind::Function:
        classifyFunction(command, out);
        return {};
    case shell::Command::Kind::Subshell:
    case shell::Command::Kind::Group:
    case shell::Command::Kind::Compound: {
        QList<Argument> values;
        for (const shell::Word &word : command.words)
            values += expandWord(word, out);
        if (!command.loopVariable.isEmpty() && command.body && !values.isEmpty()) {
            // for f in /etc/*; do rm -rf $f; done: the body runs once per value; classify each.
            const Scope saved = m_scope;
            for (const Argument &value : values.mid(0, 16)) {
                m_scope.dynamicVariables.remove(command.loopVariable);
                m_scope.variables[command.loopVariable] = {value.text};
                if (value.dynamic)
                    m_scope.dynamicVariables.insert(command.loopVariable, value.substituted);
                classifyList(*command.body, input, out);
            }
            const QHash<QString, Stream> files = m_scope.files;
            m_scope = saved;
            m_scope.files = files;
        }
        Stream stdinStream = input;
        for (const shell::Redirection &r : command.redirections) {
            if (r.op == QLatin1String("<")) {
                const QList<Argument> target = expandWord(r.target, out);
                if (!target.isEmpty())
                    stdinStream = target.first().processSubstitution ? target.first().substituted : Stream::unknown();
            }
        }
        const Scope saved = m_scope;
        const Stream output = command.body ? classifyList(*command.body, stdinStream, out) : Stream{};
        if (command.kind == shell::Command::Kind::Subshell) {
            // A subshell's variables die with it; what it downloaded stays on disk.
            const QHash<QString, Stream> files = m_scope.files;
            m_scope = saved;
            m_scope.files = files;
        }
        classifyOutputRedirections(command.redirections, nullptr, output, out);
        return output;
    }
    }
    return {};
}

void Engine::classifyFunction(const shell::Command &command, Findings &out)
{
    const QString name = command.functionName;
    m_scope.functions.insert(name);
    // A function that starts itself twice per call, or in the background, multiplies until the
    // host runs out of processes: a fork bomb, whatever it is called.
    int selfCalls = 0;
    bool spreads = false;
    std::function<void(const shell::List &)> scan = [&](const shell::List &list) {
        for (const shell::Pipeline &pipeline : list.pipelines) {
            int inPipeline = 0;
            for (const shell::Command &c : pipeline.commands) {
                if (c.body)
                    scan(*c.body);
                if (c.kind == shell::Command::Kind::Simple && !c.words.isEmpty() && c.words.first().literal() == name)
                    ++inPipeline;
            }
            selfCalls += inPipeline;
            spreads = spreads || (inPipeline > 0 && (pipeline.background || pipeline.commands.size() > 1));
        }
    };
    if (command.body)
        scan(*command.body);
    if (spreads || selfCalls >= 2) {
        out.add(RiskLevel::Critical, tr("the function %1 starts copies of itself without end (a fork bomb) and exhausts the host")
                                         .arg(name));
    }
    if (command.body) {
        const Scope saved = m_scope;
        classifyList(*command.body, {}, out);
        m_scope = saved;
        m_scope.functions.insert(name);
    }
}

std::optional<QString> Engine::variable(const QString &name) const
{
    if (m_scope.dynamicVariables.contains(name))
        return std::nullopt;
    const auto it = m_scope.variables.constFind(name);
    if (it != m_scope.variables.cend())
        return it->size() == 1 ? std::optional<QString>(it->first()) : std::nullopt;
    if (name == QLatin1String("HOME"))
        return QStringLiteral("~");
    if (name == QLatin1String("IFS"))
        return QStringLiteral(" \t\n");
    return std::nullopt;
}

void Engine::assign(const QString &name, const QString &value)
{
    QStringList &values = m_scope.variables[name];
    if (!values.contains(value))
        values.append(value);
}

Stream Engine::substitute(const QString &source, Findings &out)
{
    // The output of $(…) is whatever its last command prints; sh runs it in a subshell.
    const Scope saved = m_scope;
    const Stream output = classifyScript(source, out);
    const QHash<QString, Stream> files = m_scope.files;
    m_scope = saved;
    m_scope.files = files;
    return output;
}

QList<Argument> Engine::expandWord(const shell::Word &word, Findings &out)
{
    using Kind = shell::WordPart::Kind;
    Pieces pieces;
    Stream substituted;
    bool processSubstitution = false;
    for (const shell::WordPart &part : word.parts) {
        switch (part.kind) {
        case Kind::Literal:
            pieces.append(part.text, part.quoted ? Quoted : Literal);
            break;
        case Kind::Parameter: {
            std::optional<QString> value = variable(part.text);
            if (!value && part.hasAlternative) {
                bool ok = false;
                const shell::Word alternative = shell::parseWord(part.alternative, &ok);
                value = ok ? expandToText(alternative, out) : part.alternative;
            }
            if (value) {
                pieces.append(*value, part.quoted ? Quoted : Expanded);
            } else {
                pieces.append(QStringLiteral("$") + part.text, Unresolved);
                const auto tainted = m_scope.dynamicVariables.constFind(part.text);
                if (tainted != m_scope.dynamicVariables.cend() && tainted->origin != Stream::Origin::None)
                    substituted = *tainted;
            }
            break;
        }
        case Kind::CommandSubstitution: {
            const Stream stream = substitute(part.text, out);
            substituted = stream;
            if (stream.origin == Stream::Origin::Known) {
                QString text = stream.text;
                while (text.endsWith(u'\n'))
                    text.chop(1);
                pieces.append(text, part.quoted ? Quoted : Expanded);
            } else {
                pieces.append(QStringLiteral("$(") + shortened(part.text, 40) + QStringLiteral(")"), Unresolved);
            }
            break;
        }
        case Kind::ProcessSubstitution:
            substituted = substitute(part.text, out);
            processSubstitution = true;
            pieces.append(QStringLiteral("%1(%2)").arg(part.direction, shortened(part.text, 40)), Unresolved);
            break;
        case Kind::Arithmetic: {
            bool ok = false;
            const shell::Word inner = shell::parseWord(QStringLiteral("\"") + part.text + QStringLiteral("\""), &ok);
            if (ok)
                expandToText(inner, out);
            pieces.append(QStringLiteral("$((") + part.text + QStringLiteral("))"), Unresolved);
            break;
        }
        }
    }
    const QString ifs = variable(QStringLiteral("IFS")).value_or(QString());
    // Field splitting: only characters that came out of an unquoted expansion split.
    QList<Pieces> fields;
    Pieces current;
    bool started = false;
    for (qsizetype i = 0; i < pieces.text.size(); ++i) {
        const QChar c = pieces.text.at(i);
        const CharKind kind = CharKind(pieces.kinds.at(i));
        if (kind == Expanded && ifs.contains(c)) {
            if (started || !current.text.isEmpty())
                fields.append(current);
            current = {};
            started = false;
            continue;
        }
        current.append(c, kind);
        started = true;
    }
    const bool hasQuotes = std::any_of(word.parts.cbegin(), word.parts.cend(), [](const shell::WordPart &p) { return p.quoted; });
    if (started || !current.text.isEmpty() || (fields.isEmpty() && hasQuotes))
        fields.append(current);

    QList<Argument> arguments;
    int budget = 256;
    for (const Pieces &field : std::as_const(fields)) {
        for (const Pieces &expanded : braceExpand(field, budget)) {
            Argument argument;
            argument.text = expanded.text;
            argument.substituted = substituted;
            argument.processSubstitution = processSubstitution;
            for (qsizetype i = 0; i < expanded.text.size(); ++i) {
                const CharKind kind = CharKind(expanded.kinds.at(i));
                const QChar c = expanded.text.at(i);
                if (kind == Unresolved) {
                    argument.dynamic = true;
                    continue;
                }
                argument.emptied += c;
                if ((kind == Literal || kind == Expanded)
                    && (c == u'*' || c == u'?' || (c == u'[' && expanded.text.indexOf(u']', i + 1) > i)))
                    argument.glob = true;
            }
            arguments.append(argument);
        }
    }
    return arguments;
}

QString Engine::expandToText(const shell::Word &word, Findings &out, Stream *substituted)
{
    QStringList texts;
    for (const Argument &argument : expandWord(word, out)) {
        texts.append(argument.text);
        if (substituted && argument.substituted.origin != Stream::Origin::None)
            *substituted = argument.substituted;
    }
    return texts.join(u' ');
}

Stream Engine::classifySimple(const shell::Command &command, const Stream &input, Findings &out)
{
    QList<std::pair<QString, QString>> assignments;
    QHash<QString, Stream> dynamicAssignments;  // x=$(curl …): the value is known only at run time
    for (const shell::Assignment &assignment : command.assignments) {
        QStringList texts;
        bool dynamic = false;
        Stream substituted;
        for (const Argument &argument : expandWord(assignment.value, out)) {
            texts.append(argument.text);
            dynamic = dynamic || argument.dynamic;
            if (argument.substituted.origin != Stream::Origin::None)
                substituted = argument.substituted;
        }
        if (dynamic)
            dynamicAssignments.insert(assignment.name, substituted);
        else
            assignments.append({assignment.name, texts.join(u' ')});
    }

    QList<Argument> fields;
    for (const shell::Word &word : command.words)
        fields += expandWord(word, out);

    // Standard input: here-documents, here-strings and < redirections.
    Stream stdinStream = input;
    for (const shell::Redirection &r : command.redirections) {
        if (r.op == QLatin1String("<<") || r.op == QLatin1String("<<-")) {
            stdinStream = Stream::known(expandToText(r.hereDocument, out));
        } else if (r.op == QLatin1String("<<<")) {
            Stream substituted;
            const QString text = expandToText(r.target, out, &substituted);
            stdinStream = Stream::known(text + u'\n', substituted.decoded);
            if (substituted.origin == Stream::Origin::Remote || substituted.origin == Stream::Origin::Unknown)
                stdinStream = substituted;
        } else if (r.op == QLatin1String("<") || r.op == QLatin1String("<>")) {
            const QList<Argument> target = expandWord(r.target, out);
            const Argument file = target.value(0);
            const QString path = normalizePath(file.text);
            if (file.processSubstitution)
                stdinStream = file.substituted;
            else if (path.startsWith(QLatin1String("/dev/tcp/")) || path.startsWith(QLatin1String("/dev/udp/")))
                stdinStream = Stream::remote(file.text);
            else if (const std::optional<Stream> written = writtenFile(path))
                stdinStream = *written;
            else
                stdinStream = Stream::unknown();
        }
    }

    if (fields.isEmpty()) {
        for (const auto &[name, value] : assignments)
            assign(name, value);
        for (auto it = dynamicAssignments.cbegin(); it != dynamicAssignments.cend(); ++it) {
            m_scope.dynamicVariables.insert(it.key(), it.value());
            assignments.append({it.key(), QString()});
        }
        if (!assignments.isEmpty())
            out.add(RiskLevel::Low, tr("%1 only sets shell variables").arg(QStringLiteral("`%1=…`").arg(assignments.first().first)));
        classifyOutputRedirections(command.redirections, nullptr, {}, out);
        if (assignments.isEmpty() && command.redirections.isEmpty())
            out.add(RiskLevel::Low, tr("the command expands to nothing"));
        return {};
    }

    for (const auto &[name, value] : assignments) {
        if (name == QLatin1String("LD_PRELOAD") || name == QLatin1String("LD_LIBRARY_PATH") || name == QLatin1String("LD_AUDIT"))
            out.add(RiskLevel::High, tr("%1=%2 makes the command load code from %2").arg(name, shortened(value, 40)));
    }

    Findings commandFindings;
    const Stream output = runFields(fields, stdinStream, commandFindings);
    out.merge(commandFindings);
    Invocation described;
    described.name = fields.first().text.section(u'/', -1);
    described.path = fields.first().text;
    described.args = fields.mid(1);
    classifyOutputRedirections(command.redirections, &described, output, out);
    return output;
}

void Engine::classifyOutputRedirections(const QList<shell::Redirection> &redirections, const Invocation *invocation,
                                        const Stream &output, Findings &out)
{
    const QString who = invocation ? invocation->display() : tr("the redirection");
    for (const shell::Redirection &r : redirections) {
        const QString &op = r.op;
        WriteMode mode;
        if (op == QLatin1String(">") || op == QLatin1String(">|") || op == QLatin1String("&>"))
            mode = WriteMode::Overwrite;
        else if (op == QLatin1String(">>") || op == QLatin1String("&>>"))
            mode = WriteMode::Append;
        else if (op == QLatin1String(">&") && r.fd < 0)
            mode = WriteMode::Overwrite;
        else if (op == QLatin1String(">&") || op == QLatin1String("<&"))
            mode = WriteMode::Modify;  // a descriptor, unless it names a file
        else
            continue;
        const QList<Argument> targets = expandWord(r.target, out);
        if (targets.isEmpty())
            continue;
        const Argument &target = targets.first();
        if ((op == QLatin1String(">&") || op == QLatin1String("<&"))
            && (target.text == QLatin1String("-") || QRegularExpression(QStringLiteral("^[0-9]+-?$")).match(target.text).hasMatch()))
            continue;
        const QString path = normalizePath(target.text);
        if (path.startsWith(QLatin1String("/dev/tcp/")) || path.startsWith(QLatin1String("/dev/udp/"))) {
            if (invocation && (isShellName(invocation->name) || isInterpreterName(invocation->name))) {
                out.add(RiskLevel::Critical, tr("%1 connects a shell to %2: a reverse shell that opens the host")
                                                 .arg(invocation->display(), target.text));
                continue;
            }
        }
        if (output.origin != Stream::Origin::None)
            recordFile(path, output, mode == WriteMode::Append);
        classifyWriteTarget(QStringLiteral("%1 %2 %3").arg(who, op, target.text).trimmed(), target, mode == WriteMode::Modify ? WriteMode::Overwrite : mode, out);
    }
}

void Engine::markRemoteFile(const QString &path, const QString &source)
{
    recordFile(path, Stream::remote(source), false);
}

void Engine::recordFile(const QString &path, const Stream &content, bool append)
{
    const QString normalized = normalizePath(path);
    Stream stored = content;
    const std::optional<Stream> before = writtenFile(normalized);
    if (append && before) {
        // The worse of both halves: a download stays a download, text adds up.
        if (before->origin == Stream::Origin::Remote || content.origin != Stream::Origin::Known
            || before->origin != Stream::Origin::Known) {
            stored = before->origin == Stream::Origin::Remote ? *before : content.origin == Stream::Origin::Known ? Stream::unknown() : content;
        } else {
            stored = Stream::known(before->text + content.text, before->decoded || content.decoded);
        }
    }
    m_scope.files.insert(normalized, stored);
    m_scope.files.insert(normalized.section(u'/', -1), stored);
}

std::optional<Stream> Engine::writtenFile(const QString &path) const
{
    const QString normalized = normalizePath(path);
    auto it = m_scope.files.constFind(normalized);
    if (it == m_scope.files.cend())
        it = m_scope.files.constFind(normalized.section(u'/', -1));
    if (it == m_scope.files.cend())
        return std::nullopt;
    return *it;
}

// ---- Engine: commands -----------------------------------------------------------------------

Stream Engine::runFields(QList<Argument> fields, const Stream &input, Findings &out, bool argumentsFromInput)
{
    if (fields.isEmpty())
        return input;
    const Argument first = fields.takeFirst();
    if (first.dynamic) {
        if (first.substituted.origin == Stream::Origin::Remote) {
            out.add(RiskLevel::Critical, tr("the command name comes from %1, which downloads it: remote code runs on the host")
                                             .arg(first.substituted.source));
        } else {
            out.add(RiskLevel::High, tr("the command name %1 is known only when the command runs").arg(shortened(first.text, 48)));
        }
        return Stream::unknown();
    }
    if (first.substituted.decoded) {
        out.add(RiskLevel::Critical, tr("the command name is decoded from a hidden payload (%1)").arg(shortened(first.text, 48)));
    }
    Invocation invocation;
    invocation.path = first.text;
    invocation.name = normalizePath(first.text).section(u'/', -1);
    if (first.text.endsWith(u'/'))
        invocation.name = first.text;
    invocation.args = fields;
    invocation.input = input;
    invocation.argumentsFromInput = argumentsFromInput;
    if (first.glob) {
        // /bin/r? or /???/r[m] name a program by pattern: it is every program the pattern can match.
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(invocation.name));
        out.add(RiskLevel::High, tr("the command name %1 is a pattern; what it runs depends on the files present").arg(first.text));
        Stream output = Stream::unknown();
        for (const QString &candidate : knownCommandNames()) {
            if (!pattern.match(candidate).hasMatch())
                continue;
            Invocation guess = invocation;
            guess.name = candidate;
            guess.path = candidate;
            runInvocation(guess, out);
        }
        return output;
    }
    if (invocation.name.isEmpty()) {
        out.add(RiskLevel::Medium, tr("the command name is empty"));
        return Stream::unknown();
    }
    return runInvocation(invocation, out);
}

Stream Engine::runInvocation(Invocation invocation, Findings &out)
{
    if (m_depth > maxDepth) {
        out.add(RiskLevel::High, tr("the command nests wrappers too deeply to follow"));
        return Stream::unknown();
    }
    const std::optional<Stream> written = writtenFile(invocation.path);
    if (written && (invocation.path.contains(u'/') || written->origin == Stream::Origin::Remote)) {
        // A script this command wrote first: what it holds is what runs.
        executeStream(*written, invocation.display(), true, out);
    } else if (invocation.path.contains(u'/') && !isStandardProgramPath(normalizePath(invocation.path))) {
        out.add(RiskLevel::High, tr("%1 runs %2, a program outside the system directories whose content is unknown")
                                     .arg(invocation.display(), invocation.path));
    }
    if (m_scope.functions.contains(invocation.name) && !invocation.path.contains(u'/')) {
        out.add(RiskLevel::Low, tr("%1 calls a function defined in this command (classified where it is defined)").arg(invocation.display()));
        return Stream::unknown();
    }
    // A lone --help or --version only prints.
    if (invocation.args.size() == 1
        && (invocation.args.first().text == QLatin1String("--help") || invocation.args.first().text == QLatin1String("--version"))) {
        out.add(RiskLevel::Low, tr("%1 only prints help or a version").arg(invocation.display()));
        return Stream::unknown();
    }
    Stream output;
    ++m_depth;
    const bool handled = runWrapper(invocation, out, &output) || runShellLike(invocation, out, &output);
    --m_depth;
    if (handled)
        return output;
    if (!classifyKnownCommand(*this, invocation, out)) {
        out.add(RiskLevel::Medium, tr("%1 is not a command the classifier knows, so it may change the host")
                                       .arg(QStringLiteral("`") + invocation.name + QStringLiteral("`")));
    }
    return outputOf(invocation);
}

namespace {

// Skips a wrapper's options. `withValue` lists the options that take the next word as value;
// returns the index of the first word after the options, or -1 for a lone "--help".
qsizetype skipOptions(const QList<Argument> &args, qsizetype from, const QStringList &withValue, bool stopAtNonOption = true)
{
    qsizetype i = from;
    while (i < args.size()) {
        const QString &a = args.at(i).text;
        if (a == QLatin1String("--"))
            return i + 1;
        if (!a.startsWith(u'-') || a == QLatin1String("-")) {
            if (stopAtNonOption)
                return i;
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            i += (withValue.contains(a) && !a.contains(u'=')) ? 2 : 1;
            continue;
        }
        // -u root, or -uroot: a short option with a value may be glued to it.
        const QString option = a.left(2);
        if (withValue.contains(option))
            i += a.size() == 2 ? 2 : 1;
        else if (a.size() > 2 && withValue.contains(QStringLiteral("-") + a.back()))
            i += 2;  // -nu root
        else
            ++i;
    }
    return i;
}

bool hasOption(const QList<Argument> &args, const QStringList &options, qsizetype until = -1)
{
    const qsizetype end = until < 0 ? args.size() : until;
    for (qsizetype i = 0; i < end && i < args.size(); ++i) {
        const QString &a = args.at(i).text;
        for (const QString &option : options) {
            if (a == option || (option.startsWith(QLatin1String("--")) && a.startsWith(option + u'=')))
                return true;
            if (option.size() == 2 && option.at(0) == u'-' && a.startsWith(u'-') && !a.startsWith(QLatin1String("--"))
                && a.mid(1).contains(option.at(1)))
                return true;
        }
    }
    return false;
}

}  // namespace

bool Engine::runWrapper(const Invocation &inv, Findings &out, Stream *output)
{
    const QString &name = inv.name;
    const QList<Argument> &args = inv.args;
    auto rest = [&](qsizetype from) { return args.mid(from); };
    auto runRest = [&](qsizetype from, const QString &noCommand, RiskLevel noCommandLevel) {
        if (from < 0 || from >= args.size()) {
            out.add(noCommandLevel, noCommand.arg(inv.display()));
            *output = Stream::unknown();
            return true;
        }
        *output = runFields(rest(from), inv.input, out, inv.argumentsFromInput);
        return true;
    };
    static const QStringList plainWrappers = {QStringLiteral("nohup"), QStringLiteral("builtin"), QStringLiteral("unbuffer"),
                                              QStringLiteral("catchsegv"), QStringLiteral("proxychains"), QStringLiteral("proxychains4"),
                                              QStringLiteral("torsocks"), QStringLiteral("fakeroot"), QStringLiteral("eatmydata")};
    if (plainWrappers.contains(name))
        return runRest(skipOptions(args, 0, {}), tr("%1 runs nothing"), RiskLevel::Low);
    if (name == QLatin1String("sudo") || name == QLatin1String("doas") || name == QLatin1String("pkexec")
        || name == QLatin1String("run0")) {
        qsizetype i = skipOptions(args, 0, {QStringLiteral("-u"), QStringLiteral("-g"), QStringLiteral("-C"), QStringLiteral("-D"),
                                            QStringLiteral("-h"), QStringLiteral("-p"), QStringLiteral("-r"), QStringLiteral("-t"),
                                            QStringLiteral("-U"), QStringLiteral("-T"), QStringLiteral("-R"), QStringLiteral("--user"),
                                            QStringLiteral("--group"), QStringLiteral("--prompt"), QStringLiteral("--chdir"),
                                            QStringLiteral("--host"), QStringLiteral("--role"), QStringLiteral("--type"),
                                            QStringLiteral("--other-user"), QStringLiteral("--close-from"), QStringLiteral("--chroot"),
                                            QStringLiteral("--command-timeout")});
        if (i >= args.size()
            && hasOption(args, {QStringLiteral("-l"), QStringLiteral("-v"), QStringLiteral("-k"), QStringLiteral("-K"), QStringLiteral("-V"),
                                QStringLiteral("--list"), QStringLiteral("--validate")}, i)) {
            out.add(RiskLevel::Low, tr("%1 only checks or lists privileges").arg(inv.display()));
            return true;
        }
        if (hasOption(args, {QStringLiteral("-e"), QStringLiteral("--edit")}, i)) {
            for (qsizetype j = i; j < args.size(); ++j)
                classifyWriteTarget(inv.display(), args.at(j), WriteMode::Modify, out);
            return true;
        }
        while (i < args.size() && QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=")).match(args.at(i).text).hasMatch()) {
            const QString assignment = args.at(i).text;
            if (assignment.startsWith(QLatin1String("LD_PRELOAD=")) || assignment.startsWith(QLatin1String("LD_LIBRARY_PATH=")))
                out.add(RiskLevel::High, tr("%1 makes the command load code from %2").arg(inv.display(), assignment.section(u'=', 1)));
            ++i;
        }
        const bool shell = hasOption(args, {QStringLiteral("-s"), QStringLiteral("-i"), QStringLiteral("--shell"), QStringLiteral("--login")}, i);
        if (i >= args.size() && shell) {
            if (inv.input.origin != Stream::Origin::None)
                executeStream(inv.input, inv.display(), true, out);
            else
                out.add(RiskLevel::Medium, tr("%1 opens a root shell; what is typed into it is not checked").arg(inv.display()));
            *output = Stream::unknown();
            return true;
        }
        return runRest(i, tr("%1 runs nothing"), RiskLevel::Low);
    }
    if (name == QLatin1String("env")) {
        qsizetype i = 0;
        QList<Argument> split;
        while (i < args.size()) {
            const QString &a = args.at(i).text;
            if (a == QLatin1String("-u") || a == QLatin1String("-C") || a == QLatin1String("--unset") || a == QLatin1String("--chdir")) {
                i += 2;
            } else if (a == QLatin1String("-S") || a == QLatin1String("--split-string") || a.startsWith(QLatin1String("-S"))
                       || a.startsWith(QLatin1String("--split-string="))) {
                // env -S "rm -rf /" splits its string into words.
                const QString string = a == QLatin1String("-S") || a == QLatin1String("--split-string") ? args.value(i + 1).text
                    : a.startsWith(QLatin1String("-S"))                                              ? a.mid(2)
                                                                                                     : a.section(u'=', 1);
                for (const QString &word : string.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                    split.append(literalArgument(word));
                i += (a == QLatin1String("-S") || a == QLatin1String("--split-string")) ? 2 : 1;
            } else if (a == QLatin1String("--")) {
                ++i;
                break;
            } else if (a.startsWith(u'-') && a.size() > 1) {
                ++i;
            } else {
                break;
            }
        }
        while (i < args.size() && QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=")).match(args.at(i).text).hasMatch()) {
            const QString assignment = args.at(i).text;
            if (assignment.startsWith(QLatin1String("LD_PRELOAD=")) || assignment.startsWith(QLatin1String("LD_LIBRARY_PATH=")))
                out.add(RiskLevel::High, tr("%1 makes the command load code from %2").arg(inv.display(), assignment.section(u'=', 1)));
            ++i;
        }
        QList<Argument> command = split + rest(i);
        if (command.isEmpty()) {
            out.add(RiskLevel::Low, tr("%1 only prints the environment").arg(inv.display()));
            *output = Stream::unknown();
            return true;
        }
        *output = runFields(command, inv.input, out, inv.argumentsFromInput);
        return true;
    }
    if (name == QLatin1String("nice"))
        return runRest(skipOptions(args, 0, {QStringLiteral("-n"), QStringLiteral("--adjustment")}), tr("%1 only prints the niceness"), RiskLevel::Low);
    if (name == QLatin1String("ionice")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-c"), QStringLiteral("-n"), QStringLiteral("--class"),
                                                  QStringLiteral("--classdata")});
        if (hasOption(args, {QStringLiteral("-p"), QStringLiteral("-P"), QStringLiteral("-u"), QStringLiteral("--pid"),
                             QStringLiteral("--pgid"), QStringLiteral("--uid")}, i)) {
            out.add(RiskLevel::Medium, tr("%1 changes the I/O priority of running processes").arg(inv.display()));
            return true;
        }
        return runRest(i, tr("%1 only prints an I/O priority"), RiskLevel::Low);
    }
    if (name == QLatin1String("timeout")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("--signal"),
                                                  QStringLiteral("--kill-after")});
        return runRest(i + 1, tr("%1 runs nothing"), RiskLevel::Low);
    }
    if (name == QLatin1String("stdbuf"))
        return runRest(skipOptions(args, 0, {QStringLiteral("-i"), QStringLiteral("-o"), QStringLiteral("-e"), QStringLiteral("--input"),
                                             QStringLiteral("--output"), QStringLiteral("--error")}),
                       tr("%1 runs nothing"), RiskLevel::Low);
    if (name == QLatin1String("setsid") || name == QLatin1String("time") || name == QLatin1String("command")
        || name == QLatin1String("exec") || name == QLatin1String("chrt") || name == QLatin1String("taskset")
        || name == QLatin1String("numactl") || name == QLatin1String("cgexec") || name == QLatin1String("prlimit")) {
        if (name == QLatin1String("command") && hasOption(args, {QStringLiteral("-v"), QStringLiteral("-V")}, 1)) {
            out.add(RiskLevel::Low, tr("%1 only looks a command up").arg(inv.display()));
            return true;
        }
        if ((name == QLatin1String("taskset") || name == QLatin1String("chrt")) && hasOption(args, {QStringLiteral("-p"), QStringLiteral("--pid")}, 1)) {
            out.add(RiskLevel::Medium, tr("%1 changes the scheduling of a running process").arg(inv.display()));
            return true;
        }
        qsizetype i = skipOptions(args, 0, {QStringLiteral("-a"), QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("-g"),
                                            QStringLiteral("-c"), QStringLiteral("--cpu-list"), QStringLiteral("--output"),
                                            QStringLiteral("--format"), QStringLiteral("--pid")});
        if (name == QLatin1String("taskset") || name == QLatin1String("chrt"))
            ++i;  // the CPU mask or the priority
        if (name == QLatin1String("exec") && i >= args.size()) {
            out.add(RiskLevel::Low, tr("%1 only redirects the shell's own descriptors").arg(inv.display()));
            return true;
        }
        return runRest(i, tr("%1 runs nothing"), RiskLevel::Low);
    }
    if (name == QLatin1String("chroot")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("--userspec"), QStringLiteral("--groups")});
        return runRest(i + 1, tr("%1 starts a shell inside another root; what is typed into it is not checked"), RiskLevel::Medium);
    }
    if (name == QLatin1String("nsenter")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-t"), QStringLiteral("--target"), QStringLiteral("-S"),
                                                  QStringLiteral("-G"), QStringLiteral("--setuid"), QStringLiteral("--setgid")});
        return runRest(i, tr("%1 opens a shell in another namespace; what is typed into it is not checked"), RiskLevel::Medium);
    }
    if (name == QLatin1String("systemd-run")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-u"), QStringLiteral("--unit"), QStringLiteral("-p"),
                                                  QStringLiteral("--property"), QStringLiteral("-E"), QStringLiteral("--setenv"),
                                                  QStringLiteral("--uid"), QStringLiteral("--gid"), QStringLiteral("--nice"),
                                                  QStringLiteral("--working-directory"), QStringLiteral("-M"), QStringLiteral("--machine"),
                                                  QStringLiteral("--slice"), QStringLiteral("--description"), QStringLiteral("--on-calendar"),
                                                  QStringLiteral("--on-active"), QStringLiteral("--on-boot")});
        return runRest(i, tr("%1 opens a shell; what is typed into it is not checked"), RiskLevel::Medium);
    }
    if (name == QLatin1String("flock")) {
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i).text == QLatin1String("-c") || args.at(i).text == QLatin1String("--command")) {
                executeArgument(args.at(i + 1), inv.display(), out);
                *output = Stream::unknown();
                return true;
            }
        }
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-w"), QStringLiteral("-E"), QStringLiteral("--timeout"),
                                                  QStringLiteral("--conflict-exit-code")});
        return runRest(i + 1, tr("%1 only takes a lock"), RiskLevel::Low);
    }
    if (name == QLatin1String("strace") || name == QLatin1String("ltrace")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("-p"), QStringLiteral("-s"),
                                                  QStringLiteral("-u"), QStringLiteral("-E"), QStringLiteral("-P"), QStringLiteral("-I"),
                                                  QStringLiteral("-b"), QStringLiteral("-a"), QStringLiteral("-O"), QStringLiteral("-S"),
                                                  QStringLiteral("-X"), QStringLiteral("-U")});
        return runRest(i, tr("%1 attaches to a running process and slows it down"), RiskLevel::Medium);
    }
    if (name == QLatin1String("busybox") || name == QLatin1String("toybox")) {
        if (args.isEmpty() || args.first().text.startsWith(u'-')) {
            out.add(RiskLevel::Low, tr("%1 only lists its applets").arg(inv.display()));
            return true;
        }
        return runRest(0, {}, RiskLevel::Low);
    }
    if (name == QLatin1String("xargs")) {
        runXargs(inv, out);
        *output = Stream::unknown();
        return true;
    }
    if (name == QLatin1String("find")) {
        runFind(inv, out);
        *output = Stream::unknown();
        return true;
    }
    if (name == QLatin1String("watch")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-n"), QStringLiteral("--interval"), QStringLiteral("-q"),
                                                  QStringLiteral("--equexit")});
        if (i >= args.size()) {
            out.add(RiskLevel::Low, tr("%1 runs nothing").arg(inv.display()));
            return true;
        }
        if (hasOption(args, {QStringLiteral("-x"), QStringLiteral("--exec")}, i))
            return runRest(i, {}, RiskLevel::Low);
        QStringList words;
        for (qsizetype j = i; j < args.size(); ++j)
            words.append(args.at(j).text);
        classifyScript(words.join(u' '), out);
        *output = Stream::unknown();
        return true;
    }
    return false;
}

bool Engine::runShellLike(const Invocation &inv, Findings &out, Stream *output)
{
    const QString &name = inv.name;
    const QList<Argument> &args = inv.args;
    if (isShellName(name)) {
        *output = runShell(inv, out);
        return true;
    }
    if (isInterpreterName(name)) {
        *output = runInterpreter(inv, out);
        return true;
    }
    if (name == QLatin1String("eval")) {
        QStringList words;
        Stream substituted;
        bool dynamic = false;
        for (const Argument &argument : args) {
            words.append(argument.text);
            dynamic = dynamic || argument.dynamic;
            if (argument.substituted.origin != Stream::Origin::None)
                substituted = argument.substituted;
        }
        Argument joined = literalArgument(words.join(u' '));
        joined.dynamic = dynamic;
        joined.substituted = substituted;
        executeArgument(joined, inv.display(), out);
        *output = Stream::unknown();
        return true;
    }
    if (name == QLatin1String("source") || name == QLatin1String(".")) {
        if (args.isEmpty()) {
            out.add(RiskLevel::Medium, tr("%1 names no script").arg(inv.display()));
            return true;
        }
        const Argument &file = args.first();
        if (file.processSubstitution)
            executeStream(file.substituted, inv.display(), true, out);
        else if (file.text == QLatin1String("/dev/stdin") || file.text == QLatin1String("-"))
            executeStream(inv.input, inv.display(), true, out);
        else if (const std::optional<Stream> written = writtenFile(file.text))
            executeStream(*written, inv.display(), true, out);
        else
            out.add(RiskLevel::High, tr("%1 runs the script %2, whose content the classifier cannot see").arg(inv.display(), file.text));
        *output = Stream::unknown();
        return true;
    }
    if (name == QLatin1String("su") || name == QLatin1String("runuser") || name == QLatin1String("sg")) {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i).text;
            if ((a == QLatin1String("-c") || a == QLatin1String("--command") || a == QLatin1String("--session-command"))
                && i + 1 < args.size()) {
                executeArgument(args.at(i + 1), inv.display(), out);
                *output = Stream::unknown();
                return true;
            }
            if (a.startsWith(QLatin1String("--command="))) {
                executeArgument(literalArgument(a.section(u'=', 1)), inv.display(), out);
                *output = Stream::unknown();
                return true;
            }
        }
        if (name == QLatin1String("runuser")) {
            const qsizetype dashes = inv.texts().indexOf(QStringLiteral("--"));
            if (dashes >= 0 && dashes + 1 < args.size()) {
                *output = runFields(args.mid(dashes + 1), inv.input, out);
                return true;
            }
        }
        if (name == QLatin1String("sg") && args.size() >= 2) {
            executeArgument(args.at(1), inv.display(), out);
            return true;
        }
        if (inv.input.origin != Stream::Origin::None)
            executeStream(inv.input, inv.display(), true, out);
        else
            out.add(RiskLevel::Medium, tr("%1 opens a shell as another user; what is typed into it is not checked").arg(inv.display()));
        *output = Stream::unknown();
        return true;
    }
    if (name == QLatin1String("ssh") || name == QLatin1String("dbclient")) {
        const qsizetype i = skipOptions(args, 0, {QStringLiteral("-b"), QStringLiteral("-c"), QStringLiteral("-D"), QStringLiteral("-E"),
                                                  QStringLiteral("-e"), QStringLiteral("-F"), QStringLiteral("-I"), QStringLiteral("-i"),
                                                  QStringLiteral("-J"), QStringLiteral("-L"), QStringLiteral("-l"), QStringLiteral("-m"),
                                                  QStringLiteral("-O"), QStringLiteral("-o"), QStringLiteral("-p"), QStringLiteral("-Q"),
                                                  QStringLiteral("-R"), QStringLiteral("-S"), QStringLiteral("-W"), QStringLiteral("-w"),
                                                  QStringLiteral("-B")});
        if (hasOption(args, {QStringLiteral("-R")}, i))
            out.add(RiskLevel::High, tr("%1 forwards a port of another host back into this one").arg(inv.display()));
        if (i + 1 >= args.size()) {
            out.add(RiskLevel::Medium, tr("%1 opens a session on another host").arg(inv.display()));
            *output = Stream::remote(inv.display());
            return true;
        }
        QStringList words;
        for (qsizetype j = i + 1; j < args.size(); ++j)
            words.append(args.at(j).text);
        out.add(RiskLevel::Medium, tr("%1 runs a command on another host").arg(inv.display()));
        classifyScript(words.join(u' '), out);
        *output = Stream::remote(inv.display());
        return true;
    }
    if (name == QLatin1String("trap") || name == QLatin1String("alias")) {
        for (const Argument &argument : args) {
            if (argument.text.startsWith(u'-'))
                continue;
            const QString code = name == QLatin1String("alias") ? argument.text.section(u'=', 1) : argument.text;
            if (!code.isEmpty())
                executeArgument(literalArgument(code), inv.display(), out);
            if (name == QLatin1String("trap"))
                break;
        }
        out.add(RiskLevel::Low, tr("%1 defines what runs later; that code is classified here").arg(inv.display()));
        return true;
    }
    if (name == QLatin1String("export") || name == QLatin1String("declare") || name == QLatin1String("typeset")
        || name == QLatin1String("local") || name == QLatin1String("readonly")) {
        for (const Argument &argument : args) {
            const qsizetype equals = argument.text.indexOf(u'=');
            if (argument.text.startsWith(u'-') || equals <= 0)
                continue;
            const QString variableName = argument.text.left(equals);
            assign(variableName, argument.text.mid(equals + 1));
            if (variableName == QLatin1String("LD_PRELOAD") || variableName == QLatin1String("LD_LIBRARY_PATH"))
                out.add(RiskLevel::High, tr("%1 makes every later program load code from %2").arg(inv.display(), argument.text.mid(equals + 1)));
        }
        out.add(RiskLevel::Low, tr("%1 only sets shell variables").arg(inv.display()));
        return true;
    }
    if (name == QLatin1String("at") || name == QLatin1String("batch")) {
        if (hasOption(args, {QStringLiteral("-l"), QStringLiteral("-c")}) || args.isEmpty()) {
            out.add(RiskLevel::Low, tr("%1 only lists queued jobs").arg(inv.display()));
            return true;
        }
        if (hasOption(args, {QStringLiteral("-r"), QStringLiteral("-d")})) {
            out.add(RiskLevel::Medium, tr("%1 removes queued jobs").arg(inv.display()));
            return true;
        }
        out.add(RiskLevel::Medium, tr("%1 schedules commands to run later").arg(inv.display()));
        if (hasOption(args, {QStringLiteral("-f")}))
            out.add(RiskLevel::High, tr("%1 schedules a script whose content the classifier cannot see").arg(inv.display()));
        else
            executeStream(inv.input, inv.display(), true, out);
        return true;
    }
    if (name == QLatin1String("crontab")) {
        const QStringList texts = inv.texts();
        if (hasOption(args, {QStringLiteral("-l")})) {
            out.add(RiskLevel::Low, tr("%1 only lists the crontab").arg(inv.display()));
            return true;
        }
        if (hasOption(args, {QStringLiteral("-r")})) {
            out.add(RiskLevel::High, tr("%1 deletes the whole crontab").arg(inv.display()));
            return true;
        }
        if (hasOption(args, {QStringLiteral("-e")})) {
            out.add(RiskLevel::Medium, tr("%1 edits the crontab").arg(inv.display()));
            return true;
        }
        out.add(RiskLevel::High, tr("%1 replaces the whole crontab").arg(inv.display()));
        const bool fromInput = texts.isEmpty() || texts.last() == QLatin1String("-") || texts.last().startsWith(u'-');
        if (fromInput && inv.input.origin == Stream::Origin::Known) {
            // Each line: five time fields, then the command.
            for (const QString &line : inv.input.text.split(u'\n', Qt::SkipEmptyParts)) {
                // A user's crontab has five time fields; /etc/crontab and cron.d add a user name.
                const QStringList fields = line.simplified().split(u' ');
                if (line.trimmed().startsWith(u'#'))
                    continue;
                for (const int skip : {5, 6}) {
                    if (fields.size() > skip)
                        classifyScript(fields.mid(skip).join(u' '), out);
                }
            }
        } else if (fromInput) {
            executeStream(inv.input, inv.display(), true, out);
        }
        return true;
    }
    return false;
}

Stream Engine::runShell(const Invocation &inv, Findings &out)
{
    const QList<Argument> &args = inv.args;
    bool commandString = false;
    bool syntaxOnly = false;
    qsizetype i = 0;
    while (i < args.size()) {
        const QString &a = args.at(i).text;
        if (a == QLatin1String("--") || a == QLatin1String("-")) {
            ++i;
            break;
        }
        if (a == QLatin1String("--rcfile") || a == QLatin1String("--init-file") || a == QLatin1String("-o") || a == QLatin1String("+o")
            || a == QLatin1String("-O") || a == QLatin1String("+O")) {
            i += 2;
            continue;
        }
        if (a.startsWith(QLatin1String("--")) || ((a.startsWith(u'-') || a.startsWith(u'+')) && a.size() > 1)) {
            if (!a.startsWith(QLatin1String("--"))) {
                commandString = commandString || a.mid(1).contains(u'c');
                syntaxOnly = syntaxOnly || (a.startsWith(u'-') && a.mid(1).contains(u'n'));
            } else if (a == QLatin1String("--command")) {
                commandString = true;
            }
            ++i;
            continue;
        }
        break;
    }
    if (commandString) {
        if (i >= args.size()) {
            out.add(RiskLevel::Medium, tr("%1 has -c but no command").arg(inv.display()));
            return Stream::unknown();
        }
        executeArgument(args.at(i), inv.display(), out);
        if (syntaxOnly)
            out.add(RiskLevel::Low, tr("%1 only checks the syntax").arg(inv.display()));
        return Stream::unknown();
    }
    if (i < args.size()) {
        const Argument &script = args.at(i);
        if (syntaxOnly) {
            out.add(RiskLevel::Low, tr("%1 only checks the syntax of %2").arg(inv.display(), script.text));
            return Stream::unknown();
        }
        if (script.processSubstitution)
            executeStream(script.substituted, inv.display(), true, out);
        else if (script.text == QLatin1String("/dev/stdin"))
            executeStream(inv.input, inv.display(), true, out);
        else if (const std::optional<Stream> written = writtenFile(script.text))
            executeStream(*written, inv.display(), true, out);
        else
            out.add(RiskLevel::High, tr("%1 runs the script %2, whose content the classifier cannot see").arg(inv.display(), script.text));
        return Stream::unknown();
    }
    if (inv.input.origin == Stream::Origin::None)
        out.add(RiskLevel::Medium, tr("%1 opens a shell; what is typed into it is not checked").arg(inv.display()));
    else
        executeStream(inv.input, inv.display(), true, out);
    return Stream::unknown();
}

Stream Engine::runInterpreter(const Invocation &inv, Findings &out)
{
    const QList<Argument> &args = inv.args;
    static const QStringList codeOptions = {QStringLiteral("-c"), QStringLiteral("-e"), QStringLiteral("-E"), QStringLiteral("-r"),
                                            QStringLiteral("--eval"), QStringLiteral("-p"), QStringLiteral("--print")};
    static const QStringList versionOptions = {QStringLiteral("-V"), QStringLiteral("--version"), QStringLiteral("-v")};
    if (args.size() == 1 && versionOptions.contains(args.first().text)) {
        out.add(RiskLevel::Low, tr("%1 only prints its version").arg(inv.display()));
        return Stream::unknown();
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i).text;
        if (a == QLatin1String("-i") && inv.name.startsWith(QLatin1String("perl")))
            out.add(RiskLevel::High, tr("%1 edits files in place").arg(inv.display()));
        if (a.startsWith(QLatin1String("-i")) && inv.name.startsWith(QLatin1String("perl")) && a.size() > 2 && !a.contains(u'e'))
            out.add(RiskLevel::High, tr("%1 edits files in place").arg(inv.display()));
        // Clustered perl flags: -ne, -pe, -lne, -pi -e …
        const bool clustered = a.startsWith(u'-') && !a.startsWith(QLatin1String("--")) && a.size() > 2
            && (a.endsWith(u'e') || a.endsWith(u'E')) && inv.name.startsWith(QLatin1String("perl"));
        if (clustered && a.contains(u'i'))
            out.add(RiskLevel::High, tr("%1 edits files in place").arg(inv.display()));
        if ((codeOptions.contains(a) || clustered) && i + 1 < args.size()) {
            const Argument &code = args.at(i + 1);
            if (code.substituted.origin == Stream::Origin::Remote || code.substituted.decoded
                || code.substituted.origin == Stream::Origin::Unknown) {
                executeStream(code.substituted, inv.display(), false, out);
            }
            classifyInterpreterCode(code.text, inv.display(), out);
            return Stream::unknown();
        }
        if (a == QLatin1String("-m")) {
            const QString module = args.value(i + 1).text;
            if (module == QLatin1String("http.server") || module == QLatin1String("SimpleHTTPServer"))
                out.add(RiskLevel::High, tr("%1 serves the files of the current directory to the network").arg(inv.display()));
            else if (module == QLatin1String("json.tool") || module == QLatin1String("platform") || module == QLatin1String("site"))
                out.add(RiskLevel::Low, tr("%1 only formats or prints").arg(inv.display()));
            else if (module == QLatin1String("pip") && args.value(i + 2).text == QLatin1String("list"))
                out.add(RiskLevel::Low, tr("%1 only lists packages").arg(inv.display()));
            else
                out.add(RiskLevel::Medium, tr("%1 runs the module %2").arg(inv.display(), module));
            return Stream::unknown();
        }
        if (a == QLatin1String("-") || !a.startsWith(u'-')) {
            if (a == QLatin1String("-") || a == QLatin1String("/dev/stdin"))
                executeStream(inv.input, inv.display(), false, out);
            else if (args.at(i).processSubstitution)
                executeStream(args.at(i).substituted, inv.display(), false, out);
            else if (const std::optional<Stream> written = writtenFile(a))
                executeStream(*written, inv.display(), false, out);
            else
                out.add(RiskLevel::High, tr("%1 runs the script %2, whose content the classifier cannot see").arg(inv.display(), a));
            return Stream::unknown();
        }
    }
    if (inv.input.origin == Stream::Origin::None)
        out.add(RiskLevel::Medium, tr("%1 starts an interactive interpreter").arg(inv.display()));
    else
        executeStream(inv.input, inv.display(), false, out);
    return Stream::unknown();
}

void Engine::executeStream(const Stream &stream, const QString &who, bool shellCode, Findings &out)
{
    switch (stream.origin) {
    case Stream::Origin::Remote:
        out.add(RiskLevel::Critical, tr("%1 runs code fetched by %2 without anyone reading it: remote code runs on the host")
                                         .arg(who, stream.source));
        return;
    case Stream::Origin::Unknown:
        if (stream.decoded)
            out.add(RiskLevel::Critical, tr("%1 runs a decoded payload that cannot be read before it runs").arg(who));
        else
            out.add(RiskLevel::High, tr("%1 runs code from its input, which the classifier cannot see").arg(who));
        return;
    case Stream::Origin::None:
        out.add(RiskLevel::Medium, tr("%1 runs whatever is typed into it").arg(who));
        return;
    case Stream::Origin::Known:
        break;
    }
    if (stream.decoded) {
        out.add(RiskLevel::Critical, tr("%1 runs a hidden payload; decoded, it is: %2").arg(who, shortened(stream.text, 96)));
    }
    if (shellCode) {
        Engine inner(m_depth + 1);
        inner.classifyScript(stream.text, out);
    } else {
        classifyInterpreterCode(stream.text, who, out);
    }
}

void Engine::executeArgument(const Argument &argument, const QString &who, Findings &out)
{
    if (argument.substituted.origin == Stream::Origin::Remote) {
        out.add(RiskLevel::Critical, tr("%1 runs code fetched by %2 without anyone reading it: remote code runs on the host")
                                         .arg(who, argument.substituted.source));
        return;
    }
    if (argument.substituted.decoded) {
        out.add(RiskLevel::Critical, tr("%1 runs a hidden payload; decoded, it is: %2").arg(who, shortened(argument.text, 96)));
    }
    if (argument.dynamic) {
        out.add(RiskLevel::High, tr("%1 runs code that is known only when it runs (%2)").arg(who, shortened(argument.text, 48)));
        if (argument.emptied.trimmed().isEmpty())
            return;
    }
    Engine inner(m_depth + 1);
    inner.m_scope.files = m_scope.files;
    inner.classifyScript(argument.dynamic ? argument.emptied : argument.text, out);
}

void Engine::classifyInterpreterCode(const QString &code, const QString &who, Findings &out)
{
    static const QRegularExpression socket(QStringLiteral("socket|fsockopen|TCPSocket|net\\.connect|IO::Socket"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spawn(QStringLiteral("subprocess|pty\\.spawn|dup2|exec|popen|/bin/(ba)?sh|spawn|system"));
    static const QRegularExpression forkLoop(QStringLiteral("fork\\s*(\\(\\s*\\))?\\s*while|while[^\\n]*fork|for\\s*\\([^)]*;\\s*;[^)]*\\)[^\\n]*fork"));
    static const QRegularExpression rmtreeRoot(QStringLiteral("rmtree\\(\\s*['\"](/|~|/etc|/usr|/boot|/var)['\"]"));
    if (socket.match(code).hasMatch() && spawn.match(code).hasMatch())
        out.add(RiskLevel::Critical, tr("%1 connects a shell to the network (a reverse or bind shell) and opens the host").arg(who));
    if (forkLoop.match(code).hasMatch())
        out.add(RiskLevel::Critical, tr("%1 forks in a loop (a fork bomb) and exhausts the host").arg(who));
    if (rmtreeRoot.match(code).hasMatch())
        out.add(RiskLevel::Critical, tr("%1 deletes a whole system tree").arg(who));
    // Commands handed to the shell from inside the code, as string literals.
    static const QRegularExpression literal(QStringLiteral("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = literal.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString text = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
        if (!text.contains(u' ') || m_depth > maxDepth)
            continue;
        Findings embedded;
        Engine inner(m_depth + 1);
        inner.classifyScript(text, embedded);
        if (embedded.level() >= RiskLevel::High)
            out.merge(embedded);
    }
    out.add(RiskLevel::High, tr("%1 runs program code the classifier cannot check").arg(who));
}

void Engine::runXargs(const Invocation &inv, Findings &out)
{
    const QList<Argument> &args = inv.args;
    QString replace;
    qsizetype i = 0;
    static const QStringList withValue = {QStringLiteral("-I"), QStringLiteral("-L"), QStringLiteral("-n"), QStringLiteral("-P"),
                                          QStringLiteral("-s"), QStringLiteral("-d"), QStringLiteral("-E"), QStringLiteral("-a"),
                                          QStringLiteral("--arg-file"), QStringLiteral("--delimiter"), QStringLiteral("--max-args"),
                                          QStringLiteral("--max-procs"), QStringLiteral("--max-lines"), QStringLiteral("--replace")};
    while (i < args.size()) {
        const QString &a = args.at(i).text;
        if (a == QLatin1String("--")) {
            ++i;
            break;
        }
        if (!a.startsWith(u'-'))
            break;
        if (a == QLatin1String("-I") || a == QLatin1String("--replace"))
            replace = args.value(i + 1).text;
        else if (a.startsWith(QLatin1String("-I")))
            replace = a.mid(2);
        else if (a == QLatin1String("-i") || a.startsWith(QLatin1String("--replace=")))
            replace = a.contains(u'=') ? a.section(u'=', 1) : QStringLiteral("{}");
        i += (withValue.contains(a) ? 2 : 1);
    }
    QList<Argument> command = args.mid(i);
    if (command.isEmpty())
        command.append(literalArgument(QStringLiteral("echo")));
    bool fromInput = true;
    if (inv.input.origin == Stream::Origin::Known) {
        // The operands are known: run the command with them, as xargs will.
        const QStringList operands = inv.input.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (!replace.isEmpty()) {
            for (const QString &operand : operands) {
                QList<Argument> filled = command;
                for (Argument &argument : filled) {
                    argument.text.replace(replace, operand);
                    argument.emptied.replace(replace, operand);
                }
                runFields(filled, {}, out);
            }
            return;
        }
        for (const QString &operand : operands)
            command.append(literalArgument(operand));
        fromInput = false;
    }
    runFields(command, {}, out, fromInput);
}

void Engine::runFind(const Invocation &inv, Findings &out)
{
    const QList<Argument> &args = inv.args;
    QList<Argument> starts;
    qsizetype i = 0;
    while (i < args.size() && !args.at(i).text.startsWith(u'-') && args.at(i).text != QLatin1String("(")
           && args.at(i).text != QLatin1String("!")) {
        starts.append(args.at(i));
        ++i;
    }
    if (starts.isEmpty())
        starts.append(literalArgument(QStringLiteral(".")));
    static const QStringList narrowing = {QStringLiteral("-name"),  QStringLiteral("-iname"), QStringLiteral("-path"),
                                          QStringLiteral("-ipath"), QStringLiteral("-regex"), QStringLiteral("-iregex"),
                                          QStringLiteral("-wholename"), QStringLiteral("-newer"), QStringLiteral("-mtime"),
                                          QStringLiteral("-mmin"),  QStringLiteral("-atime"), QStringLiteral("-amin"),
                                          QStringLiteral("-ctime"), QStringLiteral("-cmin"),  QStringLiteral("-size"),
                                          QStringLiteral("-user"),  QStringLiteral("-uid"),   QStringLiteral("-group"),
                                          QStringLiteral("-gid"),   QStringLiteral("-perm"),  QStringLiteral("-inum"),
                                          QStringLiteral("-links"), QStringLiteral("-empty"), QStringLiteral("-samefile"),
                                          QStringLiteral("-lname"), QStringLiteral("-nouser"), QStringLiteral("-nogroup")};
    bool narrowed = false;
    for (qsizetype j = i; j < args.size(); ++j)
        narrowed = narrowed || narrowing.contains(args.at(j).text);
    bool acted = false;
    const QString startsText = [&] {
        QStringList texts;
        for (const Argument &start : starts)
            texts.append(start.text);
        return texts.join(u' ');
    }();
    for (qsizetype j = i; j < args.size(); ++j) {
        const QString &a = args.at(j).text;
        if (a == QLatin1String("-delete")) {
            acted = true;
            bool vital = false;
            for (const Argument &start : starts)
                vital = vital || isVitalTree(normalizePath(start.text), start.glob);
            if (vital && !narrowed)
                out.add(RiskLevel::Critical, tr("%1 deletes everything under %2 and destroys the host").arg(inv.display(), startsText));
            else
                out.add(RiskLevel::High, tr("%1 deletes the files it finds").arg(inv.display()));
        } else if (a == QLatin1String("-exec") || a == QLatin1String("-execdir") || a == QLatin1String("-ok")
                   || a == QLatin1String("-okdir")) {
            acted = true;
            QList<Argument> command;
            qsizetype k = j + 1;
            for (; k < args.size() && args.at(k).text != QLatin1String(";") && args.at(k).text != QLatin1String("+"); ++k) {
                Argument argument = args.at(k);
                if (argument.text.contains(QLatin1String("{}"))) {
                    if (!narrowed) {
                        // Without a test, {} is every path under the start, the start itself first.
                        for (const Argument &start : starts) {
                            Argument filled = argument;
                            filled.text.replace(QStringLiteral("{}"), start.text);
                            filled.emptied.replace(QStringLiteral("{}"), start.text);
                            filled.glob = filled.glob || start.glob;
                            command.append(filled);
                        }
                        continue;
                    }
                }
                command.append(argument);
            }
            runFields(command, {}, out);
            j = k;
        } else if (a == QLatin1String("-fprint") || a == QLatin1String("-fprint0") || a == QLatin1String("-fprintf")
                   || a == QLatin1String("-fls")) {
            acted = true;
            if (j + 1 < args.size())
                classifyWriteTarget(inv.display(), args.at(j + 1), WriteMode::Overwrite, out);
        }
    }
    if (!acted)
        out.add(RiskLevel::Low, tr("%1 only lists files").arg(inv.display()));
}

Stream Engine::outputOf(const Invocation &inv)
{
    const QString &name = inv.name;
    const QList<Argument> &args = inv.args;
    const QStringList texts = inv.texts();
    const Stream &input = inv.input;
    auto decodeWith = [&](auto decoder, bool needsKnown = true) -> Stream {
        if (input.origin == Stream::Origin::Remote)
            return input;
        if (input.origin == Stream::Origin::Known && needsKnown) {
            const std::optional<QString> text = decoder(input.text);
            if (text)
                return Stream::known(*text, true);
        }
        Stream unknown = Stream::unknown();
        unknown.decoded = true;
        return unknown;
    };
    if (name == QLatin1String("echo")) {
        QStringList words = texts;
        while (!words.isEmpty() && QRegularExpression(QStringLiteral("^-[neE]+$")).match(words.first()).hasMatch())
            words.removeFirst();
        bool changed = false;
        const QString text = words.join(u' ');
        // dash's echo decodes escapes even without -e; assume it does.
        const QString decoded = shell::decodeEchoEscapes(text, &changed);
        Stream stream = Stream::known(decoded + u'\n', changed);
        for (const Argument &argument : args) {
            if (argument.dynamic)
                return argument.substituted.origin == Stream::Origin::Remote ? argument.substituted : Stream::unknown();
            stream.decoded = stream.decoded || argument.substituted.decoded;
        }
        return stream;
    }
    if (name == QLatin1String("printf")) {
        QStringList words = texts;
        if (words.value(0) == QLatin1String("-v"))
            return {};
        if (words.isEmpty())
            return Stream::known({});
        bool changed = false;
        const QString format = words.takeFirst();
        Stream stream = Stream::known(shell::formatPrintf(format, words, &changed), changed);
        for (const Argument &argument : args) {
            if (argument.dynamic)
                return Stream::unknown();
            stream.decoded = stream.decoded || argument.substituted.decoded;
        }
        return stream;
    }
    if (name == QLatin1String("cat") || name == QLatin1String("tee") || name == QLatin1String("dd") || name == QLatin1String("pv")
        || name == QLatin1String("buffer")) {
        QStringList files;
        for (const Argument &argument : args) {
            if (!argument.text.startsWith(u'-') && name == QLatin1String("cat"))
                files.append(argument.text);
        }
        if (files.isEmpty() || files == QStringList{QStringLiteral("-")})
            return input;
        if (files.size() == 1) {
            if (const std::optional<Stream> written = writtenFile(files.first()))
                return *written;
        }
        for (const QString &file : files) {
            const std::optional<Stream> written = writtenFile(file);
            if (written && written->origin == Stream::Origin::Remote)
                return *written;
        }
        for (const Argument &argument : args) {
            if (argument.processSubstitution)
                return argument.substituted;
        }
        return Stream::unknown();
    }
    const bool decode = hasOption(args, {QStringLiteral("-d"), QStringLiteral("--decode"), QStringLiteral("-D")});
    if ((name == QLatin1String("base64") || name == QLatin1String("basenc")) && decode)
        return decodeWith(shell::decodeBase64);
    if (name == QLatin1String("base32") && decode)
        return decodeWith(shell::decodeBase32);
    if (name == QLatin1String("openssl") && (texts.contains(QStringLiteral("base64")) || texts.contains(QStringLiteral("-base64")))
        && texts.contains(QStringLiteral("-d")))
        return decodeWith(shell::decodeBase64);
    if (name == QLatin1String("xxd") && hasOption(args, {QStringLiteral("-r"), QStringLiteral("-revert")})) {
        if (hasOption(args, {QStringLiteral("-p"), QStringLiteral("-ps"), QStringLiteral("-plain")}))
            return decodeWith(shell::decodeHex);
        return decodeWith(shell::decodeHex, false);
    }
    if (name == QLatin1String("rev"))
        return decodeWith([](const QString &t) -> std::optional<QString> {
            QStringList lines = t.split(u'\n');
            for (QString &line : lines)
                std::reverse(line.begin(), line.end());
            return lines.join(u'\n');
        });
    if (name == QLatin1String("tr") && texts.size() >= 2) {
        const bool rot = texts.value(0).contains(QLatin1String("A-Z")) && texts.value(1).contains(QLatin1String("N-Z"));
        if (rot)
            return decodeWith([](const QString &t) -> std::optional<QString> { return shell::rot13(t); });
        if (input.origin == Stream::Origin::Remote)
            return input;
        Stream stream = Stream::unknown();
        stream.decoded = input.decoded || input.origin == Stream::Origin::Known;
        return stream;
    }
    static const QSet<QString> unpackers = {QStringLiteral("gunzip"), QStringLiteral("zcat"),  QStringLiteral("gzip"),
                                            QStringLiteral("xz"),     QStringLiteral("unxz"),  QStringLiteral("xzcat"),
                                            QStringLiteral("bzip2"),  QStringLiteral("bunzip2"), QStringLiteral("bzcat"),
                                            QStringLiteral("zstd"),   QStringLiteral("unzstd"), QStringLiteral("uudecode"),
                                            QStringLiteral("gpg"),    QStringLiteral("openssl"), QStringLiteral("uncompress")};
    if (unpackers.contains(name) && (input.origin != Stream::Origin::None)) {
        if (input.origin == Stream::Origin::Remote)
            return input;
        Stream stream = Stream::unknown();
        stream.decoded = true;
        return stream;
    }
    if (name == QLatin1String("curl") || name == QLatin1String("wget") || name == QLatin1String("fetch")
        || name == QLatin1String("aria2c") || name == QLatin1String("http") || name == QLatin1String("lwp-download")
        || name == QLatin1String("nc") || name == QLatin1String("ncat") || name == QLatin1String("netcat")
        || name == QLatin1String("socat") || name == QLatin1String("telnet") || name == QLatin1String("ftp")
        || name == QLatin1String("tftp") || name == QLatin1String("scp") || name == QLatin1String("s_client")) {
        return Stream::remote(inv.display());
    }
    // Filters keep what made their input dangerous: a download stays a download.
    if (input.origin == Stream::Origin::Remote)
        return input;
    Stream stream = Stream::unknown();
    stream.decoded = input.decoded;
    return stream;
}

}  // namespace risk
}  // namespace mirrorstage::core
