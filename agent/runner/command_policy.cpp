#include "command_policy.h"

namespace mirrorstage::reflector {

QStringList CommandPolicy::builtInDenyPatterns()
{
    // The critical commands of DESIGN.md's safety levels, in their common spellings.
    return {
        // rm -rf /, rm -fr /*, rm -r --no-preserve-root /, rm -rf ~
        QStringLiteral(R"(\brm\s+(-\S+\s+)*(/\*?|~/?|\$HOME/?)(?=$|[\s;&|)]))"),
        QStringLiteral(R"(\brm\b[^;&|\n]*--no-preserve-root)"),
        // mkfs, mkfs.ext4, mke2fs, mkswap over a disk
        QStringLiteral(R"(\bmkfs(\.\w+)?\b|\bmke2fs\b)"),
        // dd writing to a device
        QStringLiteral(R"(\bdd\b[^;&|\n]*\bof=/dev/)"),
        // a redirection onto a disk device
        QStringLiteral(R"(>\s*/dev/(sd|hd|vd|xvd|nvme|mmcblk|dm-|md)\w*)"),
        // fork bombs: :(){ :|:& };:  and the same with any function name
        QStringLiteral(R"((\w+|:)\s*\(\)\s*\{[^}]*\1\s*\|\s*\1\s*&)"),
        // a download piped into a shell: curl … | sh, wget -O- … | sudo bash
        QStringLiteral(R"(\b(curl|wget|fetch)\b[^;&\n]*\|\s*(sudo\s+)?(ba|da|z|k|c|tc|fi)?sh\b)"),
        // a decoded payload piped into a shell
        QStringLiteral(R"(\bbase64\b[^;&\n]*\s(-d|--decode)\b[^;&\n]*\|\s*(sudo\s+)?(ba|da|z|k|c|tc|fi)?sh\b)"),
    };
}

std::optional<CommandPolicy> CommandPolicy::create(const QStringList &deny, const std::optional<QStringList> &allow,
                                                   QString *error)
{
    CommandPolicy policy;
    const auto compile = [error](const QString &pattern, QRegularExpression &out) {
        out = QRegularExpression(pattern);
        if (out.isValid())
            return true;
        if (error)
            *error = tr("the pattern \"%1\" is not a valid regular expression: %2").arg(pattern, out.errorString());
        return false;
    };
    for (const QString &pattern : builtInDenyPatterns()) {
        Pattern compiled{{}, true};
        if (!compile(pattern, compiled.expression))
            return std::nullopt;
        policy.m_deny.append(compiled);
    }
    for (const QString &pattern : deny) {
        Pattern compiled{{}, false};
        if (!compile(pattern, compiled.expression))
            return std::nullopt;
        policy.m_deny.append(compiled);
    }
    if (allow) {
        policy.m_allow.emplace();
        for (const QString &pattern : *allow) {
            // Anchored: "uptime" allows exactly `uptime`, not `uptime; rm -rf /srv`.
            QRegularExpression compiled;
            if (!compile(QRegularExpression::anchoredPattern(pattern), compiled))
                return std::nullopt;
            policy.m_allow->append(compiled);
        }
    }
    return policy;
}

std::optional<CommandPolicy::Refusal> CommandPolicy::check(const QString &script) const
{
    for (const Pattern &pattern : m_deny) {
        if (pattern.expression.match(script).hasMatch()) {
            const QString reason = pattern.builtIn
                ? tr("the script matches the agent's built-in deny pattern \"%1\"")
                : tr("the script matches the pattern \"%1\" of commands.deny in this agent's configuration");
            return Refusal{QStringLiteral("denied-by-policy"), reason.arg(pattern.expression.pattern())};
        }
    }
    if (m_allow) {
        const QString whole = script.trimmed();
        for (const QRegularExpression &pattern : *m_allow) {
            if (pattern.match(whole).hasMatch())
                return std::nullopt;
        }
        return Refusal{QStringLiteral("not-allowed"),
                       tr("this agent runs only the scripts its commands.allow list matches whole, and none of its "
                          "%n pattern(s) matches this one", nullptr, int(m_allow->size()))};
    }
    return std::nullopt;
}

}  // namespace mirrorstage::reflector
