#pragma once
// Internals of CommandRiskClassifier, shared by the engine (command_risk.cpp: shell structure,
// expansion, wrappers, shells and interpreters, pipelines and decoded payloads) and the rules for
// single commands (command_risk_rules.cpp, command_risk_paths.cpp). Not part of core's face.

#include "command_risk.h"
#include "shell_syntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace mirrorstage::core::risk {

// Every finding is one sentence naming the part of the command that decided it.
class Findings {
public:
    void add(RiskLevel level, const QString &reason);
    void merge(const Findings &other);
    bool isEmpty() const { return m_items.isEmpty(); }
    RiskLevel level() const;
    // Most severe first; low findings are dropped once anything is above low.
    QStringList reasons() const;

private:
    QList<std::pair<RiskLevel, QString>> m_items;
};

// What a command writes to its standard output (or a file or substitution holds), as far as the
// classifier can tell without running it.
struct Stream {
    enum class Origin { None, Unknown, Known, Remote };
    Origin origin = Origin::None;
    QString text;          // Known: the exact text
    bool decoded = false;  // went through base64 -d, xxd -r, escapes, rot13…: hidden on purpose
    QString source;        // Remote: what fetched it ("curl https://…")

    static Stream unknown() { return {Origin::Unknown, {}, false, {}}; }
    static Stream known(const QString &text, bool decoded = false) { return {Origin::Known, text, decoded, {}}; }
    static Stream remote(const QString &source) { return {Origin::Remote, {}, false, source}; }
};

struct Argument {
    QString text;      // after expansion; what could not be resolved stays as written ($X, $(…))
    QString emptied;   // the same with every unresolved expansion empty: `"$DIR"/` → `/`
    bool dynamic = false;
    bool glob = false;  // an unquoted * ? [ remains
    bool processSubstitution = false;
    Stream substituted;  // the stream of a $(…), `…` or <(…) inside it
};

struct Invocation {
    QString name;  // the base name, "rm" for /usr/bin/../bin/rm
    QString path;  // as written
    QList<Argument> args;
    Stream input;  // standard input
    bool argumentsFromInput = false;  // xargs: more operands arrive at run time

    QStringList texts() const;
    QString display() const;  // "rm -rf /", shortened for a reason
    Invocation withArgs(QList<Argument> arguments) const;
};

Argument literalArgument(const QString &text);
QString shellQuoted(const QString &text);

class Engine {
    Q_DECLARE_TR_FUNCTIONS(CommandRisk)
public:
    explicit Engine(int depth = 0) : m_depth(depth) {}

    // A whole command line (or a script passed to bash -c, eval, a here-string, a decoded payload).
    Stream classifyScript(const QString &source, Findings &out, const Stream &input = {});
    // Runs argument 0 with the rest: resolves the name, peels wrappers, applies the rules.
    Stream runFields(QList<Argument> fields, const Stream &input, Findings &out, bool argumentsFromInput = false);
    // A stream that a shell or interpreter executes as code.
    void executeStream(const Stream &stream, const QString &who, bool shellCode, Findings &out);
    // An argument that a shell executes as code (bash -c ARG, eval, su -c, watch).
    void executeArgument(const Argument &argument, const QString &who, Findings &out);
    // Inline code of python/perl/ruby/node/php: cannot be checked, but some patterns are known.
    void classifyInterpreterCode(const QString &code, const QString &who, Findings &out);
    // Files this command writes before it runs them: downloads, scripts echoed into a file.
    void markRemoteFile(const QString &path, const QString &source);
    void recordFile(const QString &path, const Stream &content, bool append);
    std::optional<Stream> writtenFile(const QString &path) const;

private:
    struct Scope {
        QHash<QString, QStringList> variables;  // every value assigned in the command
        QSet<QString> functions;
        QHash<QString, Stream> files;  // written by this command, by normalized path and base name
        QHash<QString, Stream> dynamicVariables;  // assigned from what is known only at run time
    };

    Stream classifyList(const shell::List &list, const Stream &input, Findings &out);
    Stream classifyCommand(const shell::Command &command, const Stream &input, Findings &out);
    Stream classifySimple(const shell::Command &command, const Stream &input, Findings &out);
    void classifyFunction(const shell::Command &command, Findings &out);
    QList<Argument> expandWord(const shell::Word &word, Findings &out);
    QString expandToText(const shell::Word &word, Findings &out, Stream *substituted = nullptr);
    Stream substitute(const QString &source, Findings &out);
    void classifyOutputRedirections(const QList<shell::Redirection> &redirections, const Invocation *invocation,
                                    const Stream &output, Findings &out);
    std::optional<QString> variable(const QString &name) const;
    void assign(const QString &name, const QString &value);

    Stream runInvocation(Invocation invocation, Findings &out);
    bool runWrapper(const Invocation &invocation, Findings &out, Stream *output);
    bool runShellLike(const Invocation &invocation, Findings &out, Stream *output);
    Stream runShell(const Invocation &invocation, Findings &out);
    Stream runInterpreter(const Invocation &invocation, Findings &out);
    void runXargs(const Invocation &invocation, Findings &out);
    void runFind(const Invocation &invocation, Findings &out);
    Stream outputOf(const Invocation &invocation);

    int m_depth = 0;
    Scope m_scope;
};

// The rules for one command after its wrappers are peeled (command_risk_rules.cpp). Adds at least
// one finding and returns true when it knows the command, else returns false.
bool classifyKnownCommand(Engine &engine, const Invocation &invocation, Findings &out);
// Known command names, for a command name written as a pattern (/bin/r? → rm).
const QStringList &knownCommandNames();

// Paths (command_risk_paths.cpp).
enum class WriteMode { Overwrite, Append, Modify };
QString normalizePath(const QString &path);  // /usr/bin/../bin/rm → /usr/bin/rm, $HOME → ~
bool isBlockDevice(const QString &path);     // also a glob that matches one (/dev/sd*)
bool isStandardProgramPath(const QString &normalizedPath);
// A path whose removal, recursive change or move wrecks the host: /, /etc, /usr, ~ … or a glob
// over one of them.
bool isVitalTree(const QString &normalizedPath, bool glob);
// A file whose change opens the host or locks everyone out: /etc/passwd, shadow, sudoers,
// authorized_keys, ld.so.preload, pam.d …
bool isVitalFile(const QString &normalizedPath);
bool isSystemPath(const QString &normalizedPath);  // under /etc, /usr, /boot, /var/lib …
bool isLogPath(const QString &normalizedPath);
void classifyWriteTarget(const QString &who, const Argument &target, WriteMode mode, Findings &out);

}  // namespace mirrorstage::core::risk
