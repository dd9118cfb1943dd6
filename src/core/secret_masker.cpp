#include "secret_masker.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace mirrorstage::core {
namespace {

// How the detectors below decide, in the order they claim text (an earlier one wins where two
// overlap, so "password=eyJ..." is a jwt and "Authorization: Bearer x" keeps its scheme word):
//
//   marker       text that already looks like a placeholder (@@X_1@@, also \u0040-escaped): masked
//                itself, so that unmask can never mistake it for one of ours
//   private_key  -----BEGIN ... PRIVATE KEY----- to its END line, the whole block; a block cut off
//                before its END line runs to the end of its base64
//   jwt          eyJ<header>.<payload>.<signature> in base64url
//   password     scheme://user:PASSWORD@host (the user stays; an IP host is masked as an IP)
//   api_key      known prefixes: sk-, sk-ant-, sk_live_, ghp_/gho_/ghu_/ghs_/ghr_, github_pat_,
//                xox[abposr]-, AIza, glpat-, hf_, npm_
//   aws_key      AKIA/ASIA + 16 upper-case letters or digits
//   token        Authorization: Bearer|Basic|Token ..., and "Bearer <12+ token characters>"
//   password/secret/token
//                KEY=value, KEY: value, "key": "value", --key=value, --key value, where the key
//                names a secret (see classifyKey); on an environment or YAML/header line of its
//                own the value is the rest of the line; mysql -pSECRET; sshpass -p SECRET
//   secret       a random-looking string (see looksRandom) right after key/secret/token/password
//   email, mac (aa:bb:.., aa-bb-.., aabb.ccdd.eeff), ipv6, ipv4 (loopback and unspecified
//                addresses identify nothing and stay)
//   then         every other occurrence of a value already masked (6 characters or more), so a
//                password found in "DB_PASSWORD=..." does not leak from a command line elsewhere.

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;  // one past the last character
    QString kind;
};

// The text claimed so far. A span that overlaps one already claimed is refused whole: a detector
// of lower priority never masks half of what a higher one took.
class Claims {
public:
    bool claim(qsizetype start, qsizetype end, const QString &kind)
    {
        if (end <= start)
            return false;
        auto next = m_byStart.lower_bound(start);
        if (next != m_byStart.end() && next->first < end)
            return false;
        if (next != m_byStart.begin() && std::prev(next)->second.end > start)
            return false;
        m_byStart.emplace(start, Span{start, end, kind});
        return true;
    }
    bool claimGroup(const QRegularExpressionMatch &match, int group, const QString &kind)
    {
        if (match.capturedStart(group) < 0)
            return false;
        return claim(match.capturedStart(group), match.capturedEnd(group), kind);
    }
    QList<Span> spans() const
    {
        QList<Span> list;
        list.reserve(qsizetype(m_byStart.size()));
        for (const auto &entry : m_byStart)
            list.append(entry.second);
        return list;
    }

private:
    std::map<qsizetype, Span> m_byStart;
};

QRegularExpression expression(const char *pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(QString::fromLatin1(pattern), options);
    Q_ASSERT_X(re.isValid(), "SecretMasker", qPrintable(re.errorString()));
    return re;
}

// Every way a provider may write one of our placeholders back: plain, or with JSON's \u0040 for
// "@" and \u005f for "_". Names are matched loosely here; unmask replaces only exact known ones.
const QRegularExpression &placeholderShape()
{
    static const QRegularExpression re =
        expression(R"((?:@|\\u0040){2}((?:[A-Za-z0-9]|_|\\u005[fF])+)(?:@|\\u0040){2})");
    return re;
}

// ---- judging values and keys ----------------------------------------------------------------

double entropyBitsPerChar(QStringView value)
{
    QHash<QChar, int> counts;
    for (QChar c : value)
        ++counts[c];
    double bits = 0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(value.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

// A key, token or hash rather than a word or a name: 20+ characters of hex or base64(url), with
// letters and digits, and either hex only or mixed case with >= 3.5 bits of entropy per character.
// "my-service-name-prod-2" is not random; "3f9a0c77e1b24d5e8a61f0b2c9d4e7a1" and
// "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" are.
bool looksRandom(QStringView value)
{
    if (value.size() < 20)
        return false;
    bool upper = false, lower = false, digit = false, hexOnly = true;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        const bool isUpper = u >= 'A' && u <= 'Z', isLower = u >= 'a' && u <= 'z', isDigit = u >= '0' && u <= '9';
        if (!isUpper && !isLower && !isDigit && u != '+' && u != '/' && u != '=' && u != '_' && u != '-' && u != '.')
            return false;
        upper |= isUpper;
        lower |= isLower;
        digit |= isDigit;
        if (!isDigit && !((u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            hexOnly = false;
    }
    if (!digit || !(upper || lower))
        return false;
    if (hexOnly)
        return true;
    return upper && lower && entropyBitsPerChar(value) >= 3.5;
}

// "dbPassword", "DB-PASSWORD", "db.password" -> "db_password".
QString normalizedKey(QStringView key)
{
    QString out;
    out.reserve(key.size() + 4);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c.isUpper() && i > 0 && (key[i - 1].isLower() || key[i - 1].isDigit()))
            out.append(QLatin1Char('_'));
        if (c == QLatin1Char('-') || c == QLatin1Char('.'))
            out.append(QLatin1Char('_'));
        else
            out.append(c.toLower());
    }
    return out;
}

struct KeyVerdict {
    QString kind;              // empty: the key names no secret
    bool weak = false;         // token-like: short numbers are counts or ids, not secrets
    bool needsRandom = false;  // only "key": mask only a random-looking value
};

// Which keys name a secret. Case and separators do not matter, any prefix or suffix is allowed
// (DB_PASSWORD, MYSQL_ROOT_PASSWORD, x-api-key, clientSecret), but a key whose last word says it
// holds something about the secret rather than the secret (PASSWORD_FILE, token_type,
// session_timeout, max_tokens) names none, and neither do PWD/OLDPWD (the working directory).
KeyVerdict classifyKey(QStringView key)
{
    const QString norm = normalizedKey(key);
    const QStringList words = norm.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    static const QSet<QString> describesTheSecret = {
        QStringLiteral("count"),   QStringLiteral("limit"),    QStringLiteral("max"),       QStringLiteral("min"),
        QStringLiteral("size"),    QStringLiteral("len"),      QStringLiteral("length"),    QStringLiteral("ttl"),
        QStringLiteral("timeout"), QStringLiteral("type"),     QStringLiteral("expiry"),    QStringLiteral("expires"),
        QStringLiteral("expire"),  QStringLiteral("expiration"), QStringLiteral("at"),      QStringLiteral("in"),
        QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("enable"),    QStringLiteral("file"),
        QStringLiteral("path"),    QStringLiteral("dir"),      QStringLiteral("url"),       QStringLiteral("uri"),
        QStringLiteral("endpoint"), QStringLiteral("name"),    QStringLiteral("header"),    QStringLiteral("mode"),
        QStringLiteral("method"),  QStringLiteral("policy"),   QStringLiteral("provider"),  QStringLiteral("required"),
        QStringLiteral("rotation"), QStringLiteral("algorithm"), QStringLiteral("format"),  QStringLiteral("version"),
        QStringLiteral("hint"),    QStringLiteral("prompt"),   QStringLiteral("field"),     QStringLiteral("label"),
        QStringLiteral("source"),  QStringLiteral("env"),      QStringLiteral("command"),   QStringLiteral("cmd"),
        QStringLiteral("store"),   QStringLiteral("backend"),  QStringLiteral("retries"),   QStringLiteral("attempts"),
    };
    if (words.size() > 1 && describesTheSecret.contains(words.last()))
        return {};
    if (norm == QLatin1String("pwd") || norm == QLatin1String("oldpwd"))
        return {};
    if (words.contains(QLatin1String("public")) || words.contains(QLatin1String("pub"))
        || norm.contains(QLatin1String("pubkey")))
        return {};

    const auto anyWord = [&words](auto predicate) { return std::any_of(words.cbegin(), words.cend(), predicate); };
    const bool password = norm.contains(QLatin1String("password")) || norm.contains(QLatin1String("passwd"))
        || norm.contains(QLatin1String("passphrase")) || norm.contains(QLatin1String("pwd"))
        || anyWord([](const QString &w) {
               return w.endsWith(QLatin1String("pass")) && w != QLatin1String("bypass") && w != QLatin1String("compass");
           });
    if (password)
        return {QStringLiteral("password")};
    static const char *const secretWords[] = {"secret", "private_key", "privatekey", "api_key", "apikey", "access_key",
                                              "accesskey", "credential", "signing_key", "encryption_key", "master_key"};
    for (const char *word : secretWords) {
        if (norm.contains(QLatin1String(word)))
            return {QStringLiteral("secret")};
    }
    static const QSet<QString> tokenWords = {
        QStringLiteral("auth"),   QStringLiteral("authorization"), QStringLiteral("oauth"), QStringLiteral("bearer"),
        QStringLiteral("session"), QStringLiteral("sessionid"),    QStringLiteral("sessid"), QStringLiteral("cookie"),
        QStringLiteral("jwt"),    QStringLiteral("csrf"),          QStringLiteral("xsrf"),  QStringLiteral("authtoken"),
    };
    if (anyWord([](const QString &w) {
            return tokenWords.contains(w) || w.endsWith(QLatin1String("token")) || w.endsWith(QLatin1String("sessionid"))
                || w.endsWith(QLatin1String("cookie"));
        })) {
        return {QStringLiteral("token"), true};
    }
    if (anyWord([](const QString &w) { return w.endsWith(QLatin1String("key")); }))
        return {QStringLiteral("secret"), false, true};
    return {};
}

// Values that hold no secret even under a secret key: booleans, nothing, a reference to the
// secret elsewhere (${DB_PASSWORD}, $PASS, {{ .token }}, <redacted>), asterisks.
bool isHarmlessValue(QStringView value, const KeyVerdict &verdict)
{
    if (value.isEmpty())
        return true;
    static const QSet<QString> words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                        QStringLiteral("nil"),  QStringLiteral("none"),  QStringLiteral("yes"),
                                        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                        QStringLiteral("undefined"), QStringLiteral("empty"), QStringLiteral("-"),
                                        QStringLiteral("required"), QStringLiteral("optional")};
    if (words.contains(value.toString().toLower()))
        return true;
    if (std::all_of(value.begin(), value.end(), [](QChar c) { return c == QLatin1Char('*'); }))
        return true;
    if (value.startsWith(QLatin1String("${")) || value.startsWith(QLatin1String("$(")) || value.startsWith(QLatin1String("{{"))
        || (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
        || value.contains(QLatin1String("redacted"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression variable = expression(R"(^\$[A-Za-z_][A-Za-z0-9_]*$)");
    if (variable.match(value).hasMatch())
        return true;
    if (verdict.weak && value.size() <= 6 && std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
        return true;
    if (verdict.needsRandom && !looksRandom(value))
        return true;
    return placeholderShape().match(value).hasMatch();
}

bool isAddressRunChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || u == ':' || u == '.';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isIpv4Group(QStringView group)
{
    if (group.isEmpty() || group.size() > 3 || (group.size() > 1 && group.startsWith(QLatin1Char('0'))))
        return false;
    int value = 0;
    for (QChar c : group) {
        if (!c.isDigit())
            return false;
        value = value * 10 + c.digitValue();
    }
    return value <= 255;
}

bool isIpv4(QStringView text)
{
    const auto groups = text.split(QLatin1Char('.'));
    return groups.size() == 4 && std::all_of(groups.begin(), groups.end(), isIpv4Group);
}

bool isHexGroup(QStringView group)
{
    return !group.isEmpty() && group.size() <= 4
        && std::all_of(group.begin(), group.end(),
                       [](QChar c) { return isAddressRunChar(c) && c != QLatin1Char(':') && c != QLatin1Char('.'); });
}

// Full, compressed ("::") and IPv4-embedded forms; anything else (times, PCI addresses, C++'s
// "ns::name") is not an address.
bool isIpv6(QStringView text)
{
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && (text.indexOf(QLatin1String("::"), gap + 1) >= 0 || text.contains(QLatin1String(":::"))))
        return false;
    const auto groupsOf = [](QStringView part, bool last, int *count) {
        if (part.isEmpty())
            return true;
        const auto groups = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (last && i == groups.size() - 1 && groups[i].contains(QLatin1Char('.'))) {
                if (!isIpv4(groups[i]))
                    return false;
                *count += 2;
                continue;
            }
            if (!isHexGroup(groups[i]))
                return false;
            ++*count;
        }
        return true;
    };
    int count = 0;
    if (gap < 0)
        return groupsOf(text, true, &count) && count == 8;
    const QStringView head = text.left(gap), tail = text.mid(gap + 2);
    if (head.contains(QLatin1Char('.')))
        return false;
    return groupsOf(head, false, &count) && groupsOf(tail, true, &count) && count <= 7;
}

// ---- the detectors, in priority order ------------------------------------------------------

void findMarkers(const QString &text, Claims &claims)
{
    qsizetype from = 0, runStart = -1, runEnd = -1;
    while (true) {
        const QRegularExpressionMatch match = placeholderShape().match(text, from);
        if (!match.hasMatch())
            break;
        if (runStart >= 0 && match.capturedStart() <= runEnd) {
            runEnd = std::max(runEnd, match.capturedEnd());
        } else {
            if (runStart >= 0)
                claims.claim(runStart, runEnd, QStringLiteral("marker"));
            runStart = match.capturedStart();
            runEnd = match.capturedEnd();
        }
        from = match.capturedStart() + 1;  // overlapping shapes ("@@a@@b@@") form one run
    }
    if (runStart >= 0)
        claims.claim(runStart, runEnd, QStringLiteral("marker"));
}

void claimAll(const QRegularExpression &re, const QString &text, Claims &claims, int group, const QString &kind)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext())
        claims.claimGroup(it.next(), group, kind);
}

void findPrivateKeys(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"(-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|(?:[A-Za-z0-9+/=\s\\:,.-]*[A-Za-z0-9+/=])?))");
    claimAll(re, text, claims, 0, QStringLiteral("private_key"));
}

void findJwts(const QString &text, Claims &claims)
{
    static const QRegularExpression re =
        expression(R"((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*)");
    claimAll(re, text, claims, 0, QStringLiteral("jwt"));
}

void findUrlPasswords(const QString &text, Claims &claims)
{
    // The password runs to the last "@" of the authority: "redis://:p@ss@10.0.0.5" -> "p@ss".
    static const QRegularExpression re =
        expression(R"(\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/?#@"'<>]*:([^\s/?"'<>]+)@)");
    claimAll(re, text, claims, 1, QStringLiteral("password"));
}

void findApiKeys(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"((?<![A-Za-z0-9_-])(?:sk-ant-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{20,}|[rs]k_(?:live|test)_[A-Za-z0-9]{16,})"
        R"(|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,})"
        R"(|AIza[A-Za-z0-9_-]{30,}|glpat-[A-Za-z0-9_-]{20,}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{30,})(?![A-Za-z0-9_-]))");
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView key = match.capturedView();
        // "sk-" also starts hostnames and slugs: an OpenAI-style key has digits and capitals.
        if (key.startsWith(QLatin1String("sk-")) && !key.startsWith(QLatin1String("sk-ant-"))
            && !(std::any_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); })
                 && std::any_of(key.begin(), key.end(), [](QChar c) { return c.isUpper(); }))) {
            continue;
        }
        claims.claimGroup(match, 0, QStringLiteral("api_key"));
    }
}

void findAwsKeyIds(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(R"((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9]))");
    claimAll(re, text, claims, 0, QStringLiteral("aws_key"));
}

void findAuthorizationHeaders(const QString &text, Claims &claims)
{
    static const QRegularExpression header = expression(
        R"(\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:bearer|basic|token|digest|negotiate|apikey|sso-key)[ \t]+([^\s"',;]+))",
        QRegularExpression::CaseInsensitiveOption);
    claimAll(header, text, claims, 1, QStringLiteral("token"));
    static const QRegularExpression bearer =
        expression(R"(\b[Bb]earer[ \t]+([A-Za-z0-9._~+/-]{12,}=*))");
    claimAll(bearer, text, claims, 1, QStringLiteral("token"));
}

enum class Form { Strict, Prose };

// Claims `value` (given by its position in `text`) under `key` if the key names a secret and
// the value is not harmless. In prose ("session: opened", "auth: failed", an unquoted key and
// value after a colon in the middle of a log line) a token-like key needs a token-like value:
// 8+ characters with a digit, or a random-looking string. Returns whether it claimed.
bool claimAssignment(const QString &text, Claims &claims, QStringView key, qsizetype start, qsizetype end,
                     Form form = Form::Strict)
{
    const KeyVerdict verdict = classifyKey(key);
    if (verdict.kind.isEmpty() || start < 0)
        return false;
    const QStringView value = QStringView(text).mid(start, end - start);
    if (isHarmlessValue(value, verdict))
        return false;
    if (form == Form::Prose && verdict.weak && !looksRandom(value)
        && !(value.size() >= 8 && std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); })))
        return false;
    return claims.claim(start, end, verdict.kind);
}

// YAML and header lines, "password: two words" and "Cookie: a=b; c=d", and environment lines,
// "DB_PASSWORD=Tr0ub4dor&3 horse" (as env and /proc/PID/environ print them, unquoted): the value is
// the rest of the line, without a trailing " # comment". An environment line that goes on with
// another assignment ("TOKEN=x make deploy USER=y") is left to findAssignments.
void findLineAssignments(const QString &text, Claims &claims)
{
    static const QRegularExpression environment = expression(
        R"(^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=(?![ \t"'\r\n])([^\r\n]+))",
        QRegularExpression::MultilineOption);
    static const QRegularExpression anotherAssignment = expression(R"([ \t][A-Za-z_][A-Za-z0-9_.-]*=)");
    QRegularExpressionMatchIterator lines = environment.globalMatch(text);
    while (lines.hasNext()) {
        const QRegularExpressionMatch match = lines.next();
        QStringView value = match.capturedView(2);
        if (anotherAssignment.match(value).hasMatch())
            continue;
        const qsizetype comment = value.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            value = value.left(comment);
        value = value.trimmed();
        claimAssignment(text, claims, match.capturedView(1), match.capturedStart(2), match.capturedStart(2) + value.size());
    }

    static const QRegularExpression re = expression(
        R"(^[ \t]*(?:[<>-][ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]+(?![ \t"'{\[|>&*!#])(\S[^\r\n]*))",
        QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QStringView value = match.capturedView(2);
        const qsizetype comment = value.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            value = value.left(comment);
        value = value.trimmed();
        claimAssignment(text, claims, match.capturedView(1), match.capturedStart(2), match.capturedStart(2) + value.size());
    }
}

// Runs `re` over `text` and hands every match to `judge`. A match that is not claimed consumes
// only its key, so "user= token=abc" still finds "token=abc".
template<typename Judge>
void scanAssignments(const QRegularExpression &re, const QString &text, int keyGroup, Judge judge)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch match = re.match(text, from);
        if (!match.hasMatch())
            return;
        from = judge(match) ? match.capturedEnd() : std::max(match.capturedEnd(keyGroup), match.capturedStart() + 1);
    }
}

// The value of the first group of `groups` that took part in `match`: start and end in the text.
std::pair<qsizetype, qsizetype> firstCaptured(const QRegularExpressionMatch &match, std::initializer_list<int> groups)
{
    for (int group : groups) {
        if (match.capturedStart(group) >= 0)
            return {match.capturedStart(group), match.capturedEnd(group)};
    }
    return {-1, -1};
}

// KEY=value, KEY: value, "key": "value", key => 'value', key=<value>, --key=value, and the same
// inside a JSON string ({\"password\":\"...\"}).
void findAssignments(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"((?<![A-Za-z0-9_.\\-])(?:--?)?(\\?["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*(=>|:=|=|:(?![/\\]{2}|:))[ \t]*)"
        R"re((?:"((?:[^"\\\n]|\\.)*)"|\\"((?:[^"\\\n]|\\[^"\n])*)\\"|'([^'\n]*)'|<([^<>\s]*)>)re"
        R"re(|([^\s"'`,;&)}\]>{\[(<][^\s"'`,;&)}\]>]*)))re");
    scanAssignments(re, text, 2, [&](const QRegularExpressionMatch &match) {
        const auto [start, end] = firstCaptured(match, {4, 5, 6, 7, 8});
        const bool unquoted = match.capturedStart(8) >= 0;
        // "ruser= rhost=10.0.0.5": an empty value followed by the next assignment.
        static const QRegularExpression nextAssignment = expression(R"(^[A-Za-z_][A-Za-z0-9_.-]*[=:])");
        if (unquoted && text.at(start - 1).isSpace() && nextAssignment.match(match.capturedView(8)).hasMatch())
            return false;
        const bool prose = unquoted && match.capturedLength(1) == 0 && match.capturedView(3) == QLatin1String(":");
        return claimAssignment(text, claims, match.capturedView(2), start, end, prose ? Form::Prose : Form::Strict);
    });
}

// --password SECRET, -token "SECRET" (the flag and its value apart, as in ps output).
void findFlagValues(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"re((?<![A-Za-z0-9_-])--?([A-Za-z][A-Za-z0-9-]*)[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'-][^\s"']*)))re");
    scanAssignments(re, text, 1, [&](const QRegularExpressionMatch &match) {
        const auto [start, end] = firstCaptured(match, {2, 3, 4});
        return claimAssignment(text, claims, match.capturedView(1), start, end);
    });
}

void findCommandLinePasswords(const QString &text, Claims &claims)
{
    static const QRegularExpression mysql = expression(
        R"(\b(?:mysql|mysqldump|mysqladmin|mysqlcheck|mariadb(?:-dump|-admin)?)\b[^\n]*?[ \t]-p([^\s"']+))");
    claimAll(mysql, text, claims, 1, QStringLiteral("password"));
    static const QRegularExpression sshpass = expression(R"(\bsshpass\b[^\n]*?[ \t]-p[ \t]*([^\s"']+))");
    claimAll(sshpass, text, claims, 1, QStringLiteral("password"));
}

void findRandomAfterSecretWords(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"(\b(?:key|secret|token|password|passphrase|apikey|credential)s?\b[ \t]*(?:(?:is|id|of|was)[ \t]+)?["'`]?([A-Za-z0-9+/_.=-]{20,}))",
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (looksRandom(match.capturedView(1)))
            claims.claimGroup(match, 1, QStringLiteral("secret"));
    }
}

void findEmails(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"((?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![A-Za-z0-9-]|\.[A-Za-z0-9]))");
    // systemd's template units look like addresses: getty@tty1.service, user@1000.service.
    static const QSet<QString> unitSuffixes = {
        QStringLiteral("service"), QStringLiteral("socket"), QStringLiteral("timer"), QStringLiteral("target"),
        QStringLiteral("mount"),   QStringLiteral("slice"),  QStringLiteral("scope"), QStringLiteral("path"),
        QStringLiteral("device"),  QStringLiteral("swap"),   QStringLiteral("automount")};
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!unitSuffixes.contains(match.captured(1).toLower()))
            claims.claimGroup(match, 0, QStringLiteral("email"));
    }
}

void findMacs(const QString &text, Claims &claims)
{
    const QString kind = QStringLiteral("mac");
    static const QRegularExpression separated = expression(
        R"((?<![0-9A-Za-z:.-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4,}(?![0-9A-Za-z]|[:-][0-9A-Fa-f]))");
    QRegularExpressionMatchIterator it = separated.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(), groups = (match.capturedLength() + 1) / 3;
        if (groups == 14) {  // netfilter's MAC=destination:source:ethertype
            claims.claim(start, start + 17, kind);
            claims.claim(start + 18, start + 35, kind);
        } else {
            claims.claim(start, match.capturedEnd(), kind);
        }
    }
    static const QRegularExpression cisco = expression(
        R"((?<![0-9A-Za-z.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z]|\.[0-9A-Za-z]))");
    claimAll(cisco, text, claims, 0, kind);
}

void findIpv6(const QString &text, Claims &claims)
{
    // Candidates are whole runs of hex digits, ":" and "." that are not part of a longer word;
    // whether one is an address is decided by isIpv6 (times such as 12:30:45, PCI slots such as
    // 0000:00:19.0 and MACs are not). A zone (%eth0) and a port ([..]:443) stay outside.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAddressRunChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isAddressRunChar(text.at(i)))
            ++i;
        if ((start > 0 && isWordChar(text.at(start - 1))) || (i < n && isWordChar(text.at(i))))
            continue;
        QStringView candidate = QStringView(text).mid(start, i - start);
        while (candidate.endsWith(QLatin1Char('.')))
            candidate.chop(1);
        if (candidate.endsWith(QLatin1Char(':')) && !candidate.endsWith(QLatin1String("::")))
            candidate.chop(1);  // "fe80::1: link up"
        if (candidate.count(QLatin1Char(':')) < 2 || !isIpv6(candidate))
            continue;
        // Not "::" or "::1" (they name no host), nor words that happen to be hex ("Abc::Def").
        if (candidate == QLatin1String("::") || candidate == QLatin1String("::1")
            || !std::any_of(candidate.begin(), candidate.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        claims.claim(start, start + candidate.size(), QStringLiteral("ipv6"));
    }
}

void findIpv4(const QString &text, Claims &claims)
{
    static const QRegularExpression re = expression(
        R"((?<![0-9A-Za-z.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3})"
        R"((?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?![0-9A-Za-z]|\.[0-9]))");
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView address = match.capturedView();
        if (address.startsWith(QLatin1String("127.")) || address == QLatin1String("0.0.0.0"))
            continue;  // loopback and "any": the same on every host, they identify nothing
        claims.claimGroup(match, 0, QStringLiteral("ipv4"));
    }
}

// A value masked once is masked wherever else it appears, as long as it is specific enough (6+
// characters: a short password would mask every "root" in the text). Addresses are left to their
// own detectors, which find them wherever they are written as addresses.
void findKnownValues(const QString &text, Claims &claims, const QHash<QString, QString> &kindByValue)
{
    static const QSet<QString> ownDetectors = {QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("mac"),
                                               QStringLiteral("email"), QStringLiteral("marker"), QStringLiteral("text")};
    QStringList values;
    for (auto it = kindByValue.cbegin(); it != kindByValue.cend(); ++it) {
        if (it.key().size() >= 6 && !ownDetectors.contains(it.value()))
            values.append(it.key());
    }
    // Longest first, so that a value containing another is masked whole.
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    for (const QString &value : std::as_const(values)) {
        for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.size()))
            claims.claim(at, at + value.size(), kindByValue.value(value));
    }
}

// "@@API_KEY_2@@" -> "api_key".
QString kindOfPlaceholder(const QString &placeholder)
{
    const QStringView name = QStringView(placeholder).mid(2, placeholder.size() - 4);
    return name.left(name.lastIndexOf(QLatin1Char('_'))).toString().toLower();
}

// Spans grown to the whitespace around them, merged where they meet. Used only when the plain
// spans would not unmask to the original text (placeholder look-alikes glued to a secret): with
// whitespace on both sides, no placeholder can be read across a boundary.
QList<Span> widenedToWhitespace(const QString &text, const QList<Span> &spans)
{
    QList<Span> out;
    for (Span span : spans) {
        while (span.start > 0 && !text.at(span.start - 1).isSpace())
            --span.start;
        while (span.end < text.size() && !text.at(span.end).isSpace())
            ++span.end;
        if (!out.isEmpty() && out.last().end >= span.start)
            out.last().end = std::max(out.last().end, span.end);
        else
            out.append(span);
    }
    return out;
}

QString jsonEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

}  // namespace

QString SecretMasker::mask(const QString &text)
{
    Claims claims;
    findMarkers(text, claims);
    findPrivateKeys(text, claims);
    findJwts(text, claims);
    findUrlPasswords(text, claims);
    findApiKeys(text, claims);
    findAwsKeyIds(text, claims);
    findAuthorizationHeaders(text, claims);
    findLineAssignments(text, claims);
    findAssignments(text, claims);
    findFlagValues(text, claims);
    findCommandLinePasswords(text, claims);
    findRandomAfterSecretWords(text, claims);
    findEmails(text, claims);
    findMacs(text, claims);
    findIpv6(text, claims);
    findIpv4(text, claims);

    QHash<QString, QString> kindByValue;
    for (auto it = m_placeholderByValue.cbegin(); it != m_placeholderByValue.cend(); ++it)
        kindByValue.insert(it.key(), kindOfPlaceholder(it.value()));
    for (const Span &span : claims.spans()) {
        const QString value = text.mid(span.start, span.end - span.start);
        if (!kindByValue.contains(value))
            kindByValue.insert(value, span.kind);
    }
    findKnownValues(text, claims, kindByValue);

    const QList<Span> spans = claims.spans();
    if (spans.isEmpty())
        return text;  // nothing placeholder-shaped either, so unmask leaves it as it is

    // The result must unmask to exactly `text`. That fails only for contrived input (a placeholder
    // look-alike glued to a secret); then spans grow to the whitespace around them, and as a last
    // resort the whole text is one value.
    const auto saved = std::make_tuple(m_placeholderByValue, m_valueByPlaceholder, m_countByKind);
    const auto restore = [&] { std::tie(m_placeholderByValue, m_valueByPlaceholder, m_countByKind) = saved; };
    const auto replaced = [&](const QList<Span> &list) {
        QString out;
        out.reserve(text.size());
        qsizetype at = 0;
        for (const Span &span : list) {
            out += QStringView(text).mid(at, span.start - at);
            out += placeholderFor(span.kind, text.mid(span.start, span.end - span.start));
            at = span.end;
        }
        out += QStringView(text).mid(at);
        return out;
    };
    QString masked = replaced(spans);
    if (unmask(masked) == text)
        return masked;
    restore();
    masked = replaced(widenedToWhitespace(text, spans));
    if (unmask(masked) == text)
        return masked;
    restore();
    return placeholderFor(QStringLiteral("text"), text);
}

QString SecretMasker::unmask(const QString &text) const
{
    if (m_valueByPlaceholder.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch match = placeholderShape().match(text, from);
        if (!match.hasMatch())
            break;
        QString name = match.captured(1);
        name.replace(QLatin1String("\\u005f"), QLatin1String("_")).replace(QLatin1String("\\u005F"), QLatin1String("_"));
        const auto value = m_valueByPlaceholder.constFind(QStringLiteral("@@") + name + QStringLiteral("@@"));
        if (value == m_valueByPlaceholder.cend()) {
            from = match.capturedStart() + 1;  // "@@x@@IPV4_1@@": the next one may share its "@@"
            continue;
        }
        out += QStringView(text).mid(at, match.capturedStart() - at);
        // Escaped, the placeholder sits inside a JSON string literal: the value must be escaped too.
        const bool escaped = match.capturedView().contains(QLatin1Char('\\'));
        out += escaped ? jsonEscaped(*value) : *value;
        at = from = match.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

QStringList SecretMasker::kindsFound() const
{
    QStringList kinds;
    for (auto it = m_countByKind.cbegin(); it != m_countByKind.cend(); ++it) {
        if (it.value() > 0)
            kinds.append(it.key());
    }
    kinds.sort();
    return kinds;
}

QString SecretMasker::placeholderFor(const QString &kind, const QString &value)
{
    const auto existing = m_placeholderByValue.constFind(value);
    if (existing != m_placeholderByValue.cend())
        return *existing;
    // A counter per kind, never anything derived from the value: the placeholder tells the
    // provider what kind of thing stood there and nothing else.
    const int number = ++m_countByKind[kind];
    const QString placeholder = QStringLiteral("@@%1_%2@@").arg(kind.toUpper()).arg(number);
    m_placeholderByValue.insert(value, placeholder);
    m_valueByPlaceholder.insert(placeholder, value);
    return placeholder;
}

}  // namespace mirrorstage::core
