#include "shell_syntax.h"

#include <QRegularExpression>

namespace mirrorstage::core::shell {

bool Word::isLiteral() const
{
    for (const WordPart &part : parts) {
        if (part.kind != WordPart::Kind::Literal)
            return false;
    }
    return true;
}

QString Word::literal() const
{
    QString text;
    for (const WordPart &part : parts) {
        if (part.kind != WordPart::Kind::Literal)
            return {};
        text += part.text;
    }
    return text;
}

bool Word::isUnquotedLiteral(const QString &text) const
{
    return parts.size() == 1 && parts.first().kind == WordPart::Kind::Literal && !parts.first().quoted
        && parts.first().text == text;
}

QString decodeAnsiC(const QString &body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != u'\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        auto digits = [&](int maxCount, int base) {
            QString number;
            while (number.size() < maxCount && i + 1 < body.size()) {
                bool ok = false;
                QString(body.at(i + 1)).toInt(&ok, base);
                if (!ok)
                    break;
                number += body.at(++i);
            }
            return number;
        };
        switch (e.unicode()) {
        case 'n': out += u'\n'; break;
        case 't': out += u'\t'; break;
        case 'r': out += u'\r'; break;
        case 'a': out += QChar(7); break;
        case 'b': out += QChar(8); break;
        case 'e': case 'E': out += QChar(27); break;
        case 'f': out += QChar(12); break;
        case 'v': out += QChar(11); break;
        case 'x': {
            const QString hex = digits(2, 16);
            out += hex.isEmpty() ? QStringLiteral("\\x") : QString(QChar(hex.toInt(nullptr, 16)));
            break;
        }
        case 'u': case 'U': {
            const QString hex = digits(e == u'u' ? 4 : 8, 16);
            const char32_t codePoint = char32_t(hex.toUInt(nullptr, 16));
            out += hex.isEmpty() ? QString(e) : QString::fromUcs4(&codePoint, 1);
            break;
        }
        case 'c':
            if (i + 1 < body.size())
                out += QChar(body.at(++i).unicode() & 0x1f);
            break;
        default:
            if (e >= u'0' && e <= u'7') {
                --i;
                out += QChar(digits(3, 8).toInt(nullptr, 8));
            } else {
                out += e;  // \\ \' \" \? and unknown escapes
            }
        }
    }
    return out;
}

namespace {

bool isBlank(QChar c) { return c == u' ' || c == u'\t' || c == u'\r'; }
bool isMeta(QChar c)
{
    return isBlank(c) || c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')' || c == u'<' || c == u'>';
}
bool isNameStart(QChar c) { return c == u'_' || (c.unicode() < 128 && c.isLetter()); }
bool isNameChar(QChar c) { return isNameStart(c) || (c >= u'0' && c <= u'9'); }

int matchParen(const QString &s, int start);

// From just after an opening ", the index of the closing ".
int skipDoubleQuoted(const QString &s, int i)
{
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'"') {
            return i;
        } else if (c == u'$' && i + 1 < s.size() && s.at(i + 1) == u'(') {
            i = matchParen(s, i + 2);
            if (i < 0)
                return -1;
        } else if (c == u'`') {
            for (++i; i < s.size() && s.at(i) != u'`'; ++i) {
                if (s.at(i) == u'\\')
                    ++i;
            }
            if (i >= s.size())
                return -1;
        }
    }
    return -1;
}

// From just after an opening (, the index of its closing ), skipping quotes and comments.
int matchParen(const QString &s, int start)
{
    int depth = 1;
    for (int i = start; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'\'') {
            i = int(s.indexOf(u'\'', i + 1));
            if (i < 0)
                return -1;
        } else if (c == u'"') {
            i = skipDoubleQuoted(s, i + 1);
            if (i < 0)
                return -1;
        } else if (c == u'`') {
            for (++i; i < s.size() && s.at(i) != u'`'; ++i) {
                if (s.at(i) == u'\\')
                    ++i;
            }
            if (i >= s.size())
                return -1;
        } else if (c == u'#' && (i == start || isMeta(s.at(i - 1)))) {
            while (i < s.size() && s.at(i) != u'\n')
                ++i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// From just after ${, the index of its closing }.
int matchBrace(const QString &s, int start)
{
    int depth = 1;
    for (int i = start; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'\'') {
            i = int(s.indexOf(u'\'', i + 1));
            if (i < 0)
                return -1;
        } else if (c == u'"') {
            i = skipDoubleQuoted(s, i + 1);
            if (i < 0)
                return -1;
        } else if (c == u'$' && i + 1 < s.size() && s.at(i + 1) == u'(') {
            i = matchParen(s, i + 2);
            if (i < 0)
                return -1;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

struct Token {
    enum class Type { Word, Op, Redirect, Newline, End };
    Type type = Type::End;
    QString op;
    int fd = -1;
    Word word;
    int position = 0;
    Word hereDocument;
};

class Lexer {
public:
    explicit Lexer(const QString &source) : m_s(source) {}

    bool run(QList<Token> *tokens)
    {
        m_tokens = tokens;
        const QString &s = m_s;
        while (m_i < s.size()) {
            const QChar c = s.at(m_i);
            if (isBlank(c)) {
                ++m_i;
            } else if (c == u'\\' && m_i + 1 < s.size() && s.at(m_i + 1) == u'\n') {
                m_i += 2;
            } else if (c == u'\n') {
                push(Token::Type::Newline, QStringLiteral("\n"));
                ++m_i;
                if (!readHereDocuments())
                    return false;
            } else if (c == u'#') {
                while (m_i < s.size() && s.at(m_i) != u'\n')
                    ++m_i;
            } else if (m_testMode && testOperator()) {
                continue;
            } else if (!operatorToken()) {
                if (m_error.isEmpty() && !wordToken())
                    return false;
                if (!m_error.isEmpty())
                    return false;
            }
        }
        // Here-documents of the last line have no body (sh warns and reads nothing).
        m_pending.clear();
        push(Token::Type::End, {});
        return m_error.isEmpty();
    }

    QString error() const { return m_error; }
    int errorPosition() const { return m_errorPosition; }

    // Scans one word from m_i; used for ${x:-word} alternatives as well.
    bool scanWord(Word *word)
    {
        const int start = m_i;
        const QString &s = m_s;
        while (m_i < s.size()) {
            const QChar c = s.at(m_i);
            if ((c == u'<' || c == u'>') && m_i + 1 < s.size() && s.at(m_i + 1) == u'(') {
                const int end = matchParen(s, m_i + 2);
                if (end < 0)
                    return fail(QStringLiteral("unbalanced parenthesis in a process substitution"), m_i);
                WordPart part;
                part.kind = WordPart::Kind::ProcessSubstitution;
                part.text = s.mid(m_i + 2, end - m_i - 2);
                part.direction = c;
                word->parts.append(part);
                m_i = end + 1;
                continue;
            }
            if (isMeta(c))
                break;
            if (c == u'\\') {
                if (m_i + 1 >= s.size()) {
                    appendLiteral(word, QStringLiteral("\\"), false);
                    ++m_i;
                } else if (s.at(m_i + 1) == u'\n') {
                    m_i += 2;
                } else {
                    appendLiteral(word, s.at(m_i + 1), true);
                    m_i += 2;
                }
            } else if (c == u'\'') {
                const int end = int(s.indexOf(u'\'', m_i + 1));
                if (end < 0)
                    return fail(QStringLiteral("unterminated single quote"), m_i);
                appendLiteral(word, s.mid(m_i + 1, end - m_i - 1), true);
                m_i = end + 1;
            } else if (c == u'"') {
                ++m_i;
                if (!scanDoubleQuoted(word, false))
                    return false;
            } else if (c == u'`') {
                if (!scanBacktick(word, false))
                    return false;
            } else if (c == u'$') {
                if (!scanDollar(word, false))
                    return false;
            } else {
                appendLiteral(word, c, false);
                ++m_i;
            }
        }
        word->source = s.mid(start, m_i - start);
        return true;
    }

    // The body of an unquoted here-document: expansions, but quotes are plain characters.
    bool scanHereDocumentBody(Word *word)
    {
        const bool ok = scanDoubleQuoted(word, true);
        word->source = m_s;
        return ok;
    }

private:
    bool fail(const QString &message, int position)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPosition = position;
        }
        return false;
    }

    void push(Token::Type type, const QString &op, int fd = -1)
    {
        Token token;
        token.type = type;
        token.op = op;
        token.fd = fd;
        token.position = m_i;
        m_tokens->append(token);
    }

    static void appendLiteral(Word *word, const QString &text, bool quoted)
    {
        if (!word->parts.isEmpty() && word->parts.last().kind == WordPart::Kind::Literal && word->parts.last().quoted == quoted) {
            word->parts.last().text += text;
            return;
        }
        WordPart part;
        part.text = text;
        part.quoted = quoted;
        word->parts.append(part);
    }

    bool testOperator()
    {
        static const QStringList words = {QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral("<"),
                                          QStringLiteral(">"), QStringLiteral("("), QStringLiteral(")")};
        for (const QString &w : words) {
            if (QStringView(m_s).mid(m_i).startsWith(w)) {
                Token token;
                token.type = Token::Type::Word;
                WordPart part;
                part.text = w;
                token.word.parts.append(part);
                token.word.source = w;
                token.position = m_i;
                m_tokens->append(token);
                m_i += int(w.size());
                return true;
            }
        }
        return false;
    }

    bool operatorToken()
    {
        static const QRegularExpression ioNumber(QStringLiteral("([0-9]+)(?=[<>])"));
        static const QStringList redirects = {QStringLiteral("&>>"), QStringLiteral("&>"),  QStringLiteral("<<<"),
                                              QStringLiteral("<<-"), QStringLiteral("<<"),  QStringLiteral("<>"),
                                              QStringLiteral("<&"),  QStringLiteral(">>"),  QStringLiteral(">|"),
                                              QStringLiteral(">&"),  QStringLiteral("<"),   QStringLiteral(">")};
        static const QStringList operators = {QStringLiteral(";;&"), QStringLiteral(";;"), QStringLiteral(";&"),
                                              QStringLiteral("&&"),  QStringLiteral("||"), QStringLiteral("|&"),
                                              QStringLiteral(";"),   QStringLiteral("&"),  QStringLiteral("|"),
                                              QStringLiteral("("),   QStringLiteral(")")};
        int at = m_i;
        int fd = -1;
        const QRegularExpressionMatch number = ioNumber.match(m_s, m_i, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
        if (number.hasMatch()) {
            fd = number.captured(1).toInt();
            at = int(number.capturedEnd(1));
        }
        const QStringView rest = QStringView(m_s).mid(at);
        if (rest.size() >= 2 && (rest.at(0) == u'<' || rest.at(0) == u'>') && rest.at(1) == u'(' && fd < 0)
            return false;  // a process substitution starts a word
        for (const QString &op : redirects) {
            if (rest.startsWith(op)) {
                m_i = at + int(op.size());
                push(Token::Type::Redirect, op, fd);
                if (op == QLatin1String("<<") || op == QLatin1String("<<-"))
                    m_expectDelimiter = true;
                return true;
            }
        }
        if (fd >= 0)
            return false;
        for (const QString &op : operators) {
            if (rest.startsWith(op)) {
                m_i = at + int(op.size());
                push(Token::Type::Op, op);
                return true;
            }
        }
        return false;
    }

    bool wordToken()
    {
        Token token;
        token.type = Token::Type::Word;
        token.position = m_i;
        if (!scanWord(&token.word))
            return false;
        if (token.word.parts.isEmpty() && token.word.source.isEmpty())
            return fail(QStringLiteral("unexpected character \"%1\"").arg(m_s.at(m_i)), m_i);
        if (token.word.isUnquotedLiteral(QStringLiteral("[[")))
            m_testMode = true;
        else if (token.word.isUnquotedLiteral(QStringLiteral("]]")))
            m_testMode = false;
        if (m_expectDelimiter) {
            m_expectDelimiter = false;
            bool quoted = false;
            for (const WordPart &part : token.word.parts)
                quoted = quoted || part.quoted;
            const Token &redirect = m_tokens->last();
            m_pending.append({int(m_tokens->size()), token.word.literal().isEmpty() ? token.word.source : token.word.literal(),
                              quoted, redirect.op == QLatin1String("<<-")});
        }
        m_tokens->append(token);
        return true;
    }

    bool readHereDocuments()
    {
        for (const PendingHereDocument &pending : std::as_const(m_pending)) {
            QString body;
            while (m_i < m_s.size()) {
                int end = int(m_s.indexOf(u'\n', m_i));
                const bool last = end < 0;
                if (last)
                    end = int(m_s.size());
                QString line = m_s.mid(m_i, end - m_i);
                if (pending.stripTabs) {
                    while (line.startsWith(u'\t'))
                        line.remove(0, 1);
                }
                m_i = last ? end : end + 1;
                if (line == pending.delimiter)
                    break;
                body += line + u'\n';
            }
            Word document;
            if (pending.quoted) {
                WordPart part;
                part.text = body;
                part.quoted = true;
                document.parts.append(part);
                document.source = body;
            } else {
                Lexer inner(body);
                if (!inner.scanHereDocumentBody(&document))
                    return fail(inner.error(), m_i);
            }
            // The delimiter word sits right after the redirection token.
            (*m_tokens)[pending.delimiterToken - 1].hereDocument = document;
        }
        m_pending.clear();
        return true;
    }

    bool scanDoubleQuoted(Word *word, bool hereDocument)
    {
        const QString &s = m_s;
        const int start = m_i - 1;
        while (m_i < s.size()) {
            const QChar c = s.at(m_i);
            if (c == u'"' && !hereDocument) {
                ++m_i;
                // "" is an empty word, not no word.
                appendLiteral(word, QString(), true);
                return true;
            }
            if (c == u'\\' && m_i + 1 < s.size()) {
                const QChar next = s.at(m_i + 1);
                if (next == u'\n') {
                    m_i += 2;
                } else if (next == u'$' || next == u'`' || next == u'\\' || (next == u'"' && !hereDocument)) {
                    appendLiteral(word, next, true);
                    m_i += 2;
                } else {
                    appendLiteral(word, QStringLiteral("\\"), true);
                    ++m_i;
                }
            } else if (c == u'`') {
                if (!scanBacktick(word, true))
                    return false;
            } else if (c == u'$') {
                if (!scanDollar(word, true))
                    return false;
            } else {
                appendLiteral(word, c, true);
                ++m_i;
            }
        }
        if (hereDocument)
            return true;
        return fail(QStringLiteral("unterminated double quote"), start);
    }

    bool scanBacktick(Word *word, bool quoted)
    {
        const QString &s = m_s;
        QString inner;
        for (int i = m_i + 1; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c == u'\\' && i + 1 < s.size()) {
                const QChar next = s.at(i + 1);
                if (next == u'\\' || next == u'`' || next == u'$' || (quoted && next == u'"')) {
                    inner += next;
                    ++i;
                    continue;
                }
                inner += c;
                continue;
            }
            if (c == u'`') {
                WordPart part;
                part.kind = WordPart::Kind::CommandSubstitution;
                part.text = inner;
                part.quoted = quoted;
                word->parts.append(part);
                m_i = i + 1;
                return true;
            }
            inner += c;
        }
        return fail(QStringLiteral("unterminated backquote"), m_i);
    }

    bool scanDollar(Word *word, bool quoted)
    {
        const QString &s = m_s;
        const int at = m_i;
        const QChar next = at + 1 < s.size() ? s.at(at + 1) : QChar();
        WordPart part;
        part.quoted = quoted;
        if (next == u'\'' && !quoted) {
            int end = at + 2;
            for (; end < s.size() && s.at(end) != u'\''; ++end) {
                if (s.at(end) == u'\\')
                    ++end;
            }
            if (end >= s.size())
                return fail(QStringLiteral("unterminated $'…' quote"), at);
            appendLiteral(word, decodeAnsiC(s.mid(at + 2, end - at - 2)), true);
            m_i = end + 1;
            return true;
        }
        if (next == u'"' && !quoted) {
            m_i = at + 2;
            return scanDoubleQuoted(word, false);
        }
        if (next == u'(') {
            const int end = matchParen(s, at + 2);
            if (end < 0)
                return fail(QStringLiteral("unbalanced parenthesis: $( without )"), at);
            const QString inner = s.mid(at + 2, end - at - 2);
            const bool arithmetic = inner.startsWith(u'(') && inner.endsWith(u')') && matchParen(inner, 1) == inner.size() - 1;
            part.kind = arithmetic ? WordPart::Kind::Arithmetic : WordPart::Kind::CommandSubstitution;
            part.text = arithmetic ? inner.mid(1, inner.size() - 2) : inner;
            word->parts.append(part);
            m_i = end + 1;
            return true;
        }
        if (next == u'{') {
            const int end = matchBrace(s, at + 2);
            if (end < 0)
                return fail(QStringLiteral("unbalanced brace: ${ without }"), at);
            const QString inner = s.mid(at + 2, end - at - 2);
            static const QRegularExpression form(QStringLiteral("^([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])(\\[[^]]*\\])?(.*)$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch match = form.match(inner);
            part.kind = WordPart::Kind::Parameter;
            part.text = match.hasMatch() ? match.captured(1) + match.captured(2) : inner;
            if (match.hasMatch()) {
                static const QRegularExpression alternative(QStringLiteral("^:?[-=]"));
                const QString rest = match.captured(4);
                const QRegularExpressionMatch op = alternative.match(rest);
                if (op.hasMatch() && match.captured(1).isEmpty()) {
                    part.hasAlternative = true;
                    part.alternative = rest.mid(op.capturedLength());
                }
            }
            word->parts.append(part);
            m_i = end + 1;
            return true;
        }
        if (isNameStart(next)) {
            int end = at + 1;
            while (end < s.size() && isNameChar(s.at(end)))
                ++end;
            part.kind = WordPart::Kind::Parameter;
            part.text = s.mid(at + 1, end - at - 1);
            word->parts.append(part);
            m_i = end;
            return true;
        }
        if ((next >= u'0' && next <= u'9') || QStringLiteral("@*#?$!-").contains(next)) {
            part.kind = WordPart::Kind::Parameter;
            part.text = next;
            word->parts.append(part);
            m_i = at + 2;
            return true;
        }
        appendLiteral(word, QStringLiteral("$"), quoted);
        m_i = at + 1;
        return true;
    }

    struct PendingHereDocument {
        int delimiterToken;
        QString delimiter;
        bool quoted;
        bool stripTabs;
    };

    const QString m_s;
    int m_i = 0;
    QList<Token> *m_tokens = nullptr;
    QList<PendingHereDocument> m_pending;
    bool m_expectDelimiter = false;
    bool m_testMode = false;
    QString m_error;
    int m_errorPosition = -1;
};

class Parser {
public:
    explicit Parser(QList<Token> tokens) : m_t(std::move(tokens)) {}

    ParseResult parseAll()
    {
        ParseResult result;
        auto list = parseList();
        if (m_error.isEmpty() && peek().type != Token::Type::End) {
            const Token &token = peek();
            if (token.type == Token::Type::Op && token.op == QLatin1String(")"))
                fail(QStringLiteral("unbalanced parenthesis: ) without ("));
            else
                fail(QStringLiteral("unexpected \"%1\"").arg(describe(token)));
        }
        if (!m_error.isEmpty()) {
            result.error = m_error;
            result.errorPosition = m_errorPosition;
            return result;
        }
        result.list = list;
        return result;
    }

private:
    const Token &peek(int ahead = 0) const { return m_t.at(qMin(m_p + ahead, int(m_t.size()) - 1)); }
    const Token &take() { return m_t.at(qMin(m_p++, int(m_t.size()) - 1)); }

    static QString describe(const Token &token)
    {
        switch (token.type) {
        case Token::Type::Word: return token.word.source;
        case Token::Type::End: return QStringLiteral("end of the command");
        case Token::Type::Newline: return QStringLiteral("newline");
        default: return token.op;
        }
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPosition = peek().position;
        }
        return false;
    }

    bool isOp(const Token &token, const char *op) const
    {
        return token.type == Token::Type::Op && token.op == QLatin1String(op);
    }
    static bool isReserved(const Token &token, const char *word)
    {
        return token.type == Token::Type::Word && token.word.isUnquotedLiteral(QLatin1String(word));
    }
    static bool isTerminator(const Token &token)
    {
        for (const char *word : {"then", "elif", "else", "fi", "do", "done", "esac", "}"}) {
            if (isReserved(token, word))
                return true;
        }
        return false;
    }

    void skipNewlines()
    {
        while (peek().type == Token::Type::Newline)
            take();
    }

    bool expectReserved(const char *word, const char *opener)
    {
        skipNewlines();
        if (!isReserved(peek(), word))
            return fail(QStringLiteral("\"%1\" without \"%2\"").arg(QLatin1String(opener), QLatin1String(word)));
        take();
        return true;
    }

    std::shared_ptr<List> parseList()
    {
        auto list = std::make_shared<List>();
        skipNewlines();
        while (m_error.isEmpty()) {
            const Token &token = peek();
            if (token.type == Token::Type::End || isOp(token, ")") || isOp(token, ";;") || isOp(token, ";&")
                || isOp(token, ";;&") || isTerminator(token))
                break;
            if (!parseAndOr(list.get()))
                break;
            const Token &after = peek();
            if (isOp(after, ";") || after.type == Token::Type::Newline) {
                take();
                skipNewlines();
            } else if (isOp(after, "&")) {
                list->pipelines.last().background = true;
                take();
                skipNewlines();
            } else {
                break;
            }
        }
        return list;
    }

    bool parseAndOr(List *list)
    {
        if (!parsePipeline(list))
            return false;
        while (isOp(peek(), "&&") || isOp(peek(), "||")) {
            take();
            skipNewlines();
            if (!parsePipeline(list))
                return false;
        }
        return true;
    }

    bool parsePipeline(List *list)
    {
        Pipeline pipeline;
        // `time` and `!` are keywords of the pipeline, not commands: time (sleep 1; ls) is valid.
        while (isReserved(peek(), "!") || isReserved(peek(), "time")) {
            take();
            if (isReserved(peek(), "-p"))
                take();
        }
        Command command;
        if (!parseCommand(&command))
            return false;
        pipeline.commands.append(command);
        while (isOp(peek(), "|") || isOp(peek(), "|&")) {
            take();
            skipNewlines();
            Command next;
            if (!parseCommand(&next))
                return false;
            pipeline.commands.append(next);
        }
        list->pipelines.append(pipeline);
        return true;
    }

    bool parseRedirection(Command *command)
    {
        const Token redirect = take();
        if (peek().type != Token::Type::Word)
            return fail(QStringLiteral("the redirection %1 has no file").arg(redirect.op));
        Redirection r;
        r.op = redirect.op;
        r.fd = redirect.fd;
        r.target = take().word;
        r.hereDocument = redirect.hereDocument;
        command->redirections.append(r);
        return true;
    }

    bool parseTrailingRedirections(Command *command)
    {
        while (peek().type == Token::Type::Redirect) {
            if (!parseRedirection(command))
                return false;
        }
        return true;
    }

    // Appends the pipelines of a nested list to a compound command's body.
    static void absorb(Command *command, const std::shared_ptr<List> &list)
    {
        if (!command->body)
            command->body = std::make_shared<List>();
        command->body->pipelines += list->pipelines;
    }

    bool parseCommand(Command *command)
    {
        // Deeper than any script a person writes; the limit keeps the stack safe from hostile input.
        if (m_nesting > 200)
            return fail(QStringLiteral("commands nested more than 200 deep"));
        ++m_nesting;
        const bool ok = parseCommandAt(command);
        --m_nesting;
        return ok;
    }

    bool parseCommandAt(Command *command)
    {
        const Token &token = peek();
        if (isOp(token, "(")) {
            take();
            command->kind = Command::Kind::Subshell;
            command->body = parseList();
            if (!m_error.isEmpty())
                return false;
            if (!isOp(peek(), ")"))
                return fail(QStringLiteral("unbalanced parenthesis: ( without )"));
            take();
            return parseTrailingRedirections(command);
        }
        if (isReserved(token, "{")) {
            take();
            command->kind = Command::Kind::Group;
            command->body = parseList();
            if (!m_error.isEmpty() || !expectReserved("}", "{"))
                return false;
            return parseTrailingRedirections(command);
        }
        if (isReserved(token, "if"))
            return parseIf(command);
        if (isReserved(token, "while") || isReserved(token, "until")) {
            take();
            command->kind = Command::Kind::Compound;
            absorb(command, parseList());
            if (!m_error.isEmpty() || !expectReserved("do", "while"))
                return false;
            absorb(command, parseList());
            if (!m_error.isEmpty() || !expectReserved("done", "do"))
                return false;
            return parseTrailingRedirections(command);
        }
        if (isReserved(token, "for") || isReserved(token, "select"))
            return parseFor(command);
        if (isReserved(token, "case"))
            return parseCase(command);
        if (isReserved(token, "function")) {
            take();
            if (peek().type != Token::Type::Word)
                return fail(QStringLiteral("\"function\" without a name"));
            return parseFunction(command, take().word.source, true);
        }
        if (token.type == Token::Type::Word && isOp(peek(1), "(") && isOp(peek(2), ")")) {
            const QString name = take().word.source;
            return parseFunction(command, name, true);
        }
        if (isTerminator(token))
            return fail(QStringLiteral("unexpected \"%1\"").arg(token.word.source));
        return parseSimple(command);
    }

    bool parseFunction(Command *command, const QString &name, bool parenthesesAllowed)
    {
        if (parenthesesAllowed && isOp(peek(), "(") && isOp(peek(1), ")")) {
            take();
            take();
        }
        skipNewlines();
        command->kind = Command::Kind::Function;
        command->functionName = name;
        Command body;
        if (!parseCommand(&body))
            return false;
        command->body = std::make_shared<List>();
        Pipeline pipeline;
        pipeline.commands.append(body);
        command->body->pipelines.append(pipeline);
        return true;
    }

    bool parseIf(Command *command)
    {
        take();
        command->kind = Command::Kind::Compound;
        absorb(command, parseList());
        if (!m_error.isEmpty() || !expectReserved("then", "if"))
            return false;
        absorb(command, parseList());
        while (m_error.isEmpty() && isReserved(peek(), "elif")) {
            take();
            absorb(command, parseList());
            if (!m_error.isEmpty() || !expectReserved("then", "elif"))
                return false;
            absorb(command, parseList());
        }
        if (m_error.isEmpty() && isReserved(peek(), "else")) {
            take();
            absorb(command, parseList());
        }
        if (!m_error.isEmpty() || !expectReserved("fi", "if"))
            return false;
        return parseTrailingRedirections(command);
    }

    bool parseFor(Command *command)
    {
        take();
        command->kind = Command::Kind::Compound;
        if (isOp(peek(), "("))
            return fail(QStringLiteral("arithmetic for loops are not understood"));
        if (peek().type != Token::Type::Word)
            return fail(QStringLiteral("\"for\" without a variable name"));
        command->loopVariable = take().word.literal();
        skipNewlines();
        if (isReserved(peek(), "in")) {
            take();
            while (peek().type == Token::Type::Word)
                command->words.append(take().word);
        }
        if (isOp(peek(), ";"))
            take();
        if (!expectReserved("do", "for"))
            return false;
        absorb(command, parseList());
        if (!m_error.isEmpty() || !expectReserved("done", "do"))
            return false;
        return parseTrailingRedirections(command);
    }

    bool parseCase(Command *command)
    {
        take();
        command->kind = Command::Kind::Compound;
        if (peek().type != Token::Type::Word)
            return fail(QStringLiteral("\"case\" without a word"));
        command->words.append(take().word);
        if (!expectReserved("in", "case"))
            return false;
        skipNewlines();
        while (m_error.isEmpty() && !isReserved(peek(), "esac")) {
            if (isOp(peek(), "("))
                take();
            while (peek().type == Token::Type::Word || isOp(peek(), "|")) {
                if (peek().type == Token::Type::Word)
                    command->words.append(peek().word);
                take();
            }
            if (!isOp(peek(), ")"))
                return fail(QStringLiteral("a case pattern without \")\""));
            take();
            absorb(command, parseList());
            if (isOp(peek(), ";;") || isOp(peek(), ";&") || isOp(peek(), ";;&"))
                take();
            else if (!isReserved(peek(), "esac"))
                return fail(QStringLiteral("\"case\" without \"esac\""));
            skipNewlines();
        }
        if (!m_error.isEmpty() || !expectReserved("esac", "case"))
            return false;
        return parseTrailingRedirections(command);
    }

    bool parseSimple(Command *command)
    {
        static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(\\[[^]]*\\])?\\+?="));
        while (m_error.isEmpty()) {
            const Token &token = peek();
            if (token.type == Token::Type::Redirect) {
                if (!parseRedirection(command))
                    return false;
                continue;
            }
            if (token.type != Token::Type::Word)
                break;
            Word word = take().word;
            const bool prefix = command->words.isEmpty() && !word.parts.isEmpty()
                && word.parts.first().kind == WordPart::Kind::Literal && !word.parts.first().quoted;
            const QRegularExpressionMatch match = prefix ? assignment.match(word.parts.first().text) : QRegularExpressionMatch();
            if (match.hasMatch()) {
                Assignment a;
                a.name = match.captured(1);
                word.parts.first().text.remove(0, match.capturedLength());
                if (word.parts.first().text.isEmpty())
                    word.parts.removeFirst();
                a.value = word;
                command->assignments.append(a);
                continue;
            }
            command->words.append(word);
        }
        if (command->words.isEmpty() && command->assignments.isEmpty() && command->redirections.isEmpty()) {
            const Token &token = peek();
            if (isOp(token, ")"))
                return fail(QStringLiteral("unbalanced parenthesis: ) without ("));
            return fail(QStringLiteral("a command is missing before \"%1\"").arg(describe(token)));
        }
        return true;
    }

    QList<Token> m_t;
    int m_p = 0;
    int m_nesting = 0;
    QString m_error;
    int m_errorPosition = -1;
};

}  // namespace

ParseResult parse(const QString &source)
{
    QList<Token> tokens;
    Lexer lexer(source);
    if (!lexer.run(&tokens)) {
        ParseResult result;
        result.error = lexer.error();
        result.errorPosition = lexer.errorPosition();
        return result;
    }
    return Parser(std::move(tokens)).parseAll();
}

Word parseWord(const QString &source, bool *ok)
{
    Word word;
    Lexer lexer(source);
    *ok = lexer.scanWord(&word) && word.source.size() == source.size();
    return word;
}

}  // namespace mirrorstage::core::shell
