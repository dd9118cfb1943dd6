#pragma once
// The agent's own say over what runs, whatever the console signed: patterns that refuse a script
// wherever they match in it (built-in ones for the commands that destroy a host, plus the
// operator's `commands.deny`), and an optional allow-list (`commands.allow`) of patterns of which
// one must match the whole script. Patterns are QRegularExpression (Perl) syntax.
//
// This is a second line behind the console's risk classifier, not a sandbox: a determined script
// can spell `rm -rf /` in ways no pattern catches. The allow-list is the strict form.

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace mirrorstage::reflector {

class CommandPolicy {
    Q_DECLARE_TR_FUNCTIONS(CommandPolicy)
public:
    struct Refusal {
        QString code;    // "denied-by-policy" or "not-allowed"
        QString reason;  // in words, naming the pattern
    };

    static QStringList builtInDenyPatterns();

    // Null, with *error naming the pattern, when one of them is not a valid expression.
    static std::optional<CommandPolicy> create(const QStringList &deny, const std::optional<QStringList> &allow,
                                               QString *error);

    // Nothing when the script may run.
    std::optional<Refusal> check(const QString &script) const;

private:
    struct Pattern {
        QRegularExpression expression;
        bool builtIn = false;
    };
    CommandPolicy() = default;

    QList<Pattern> m_deny;
    std::optional<QList<QRegularExpression>> m_allow;
};

}  // namespace mirrorstage::reflector
