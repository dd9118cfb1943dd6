#pragma once
// A POSIX sh parser for the command risk classifier. It reads a command line the way sh would
// (quoting, $'…', parameter and command substitutions, process substitutions, redirections,
// here-documents, pipelines, lists, subshells, groups, functions, if/while/until/for/case) into
// simple commands, without expanding or running anything. What sh itself would refuse (an
// unterminated quote, an unbalanced parenthesis, a missing `fi`) is an error with its position.

#include <QList>
#include <QString>
#include <memory>

namespace mirrorstage::core::shell {

struct WordPart {
    enum class Kind { Literal, Parameter, CommandSubstitution, ProcessSubstitution, Arithmetic };
    Kind kind = Kind::Literal;
    // Literal: the characters after quote removal. Parameter: the name ("HOME", "1", "@").
    // CommandSubstitution / ProcessSubstitution / Arithmetic: the source between the parentheses.
    QString text;
    bool quoted = false;
    // Parameter: the word of ${name:-word}, ${name-word}, ${name:=word}, as written.
    bool hasAlternative = false;
    QString alternative;
    QChar direction;  // ProcessSubstitution: '<' for <(…), '>' for >(…)
};

struct Word {
    QList<WordPart> parts;
    QString source;  // as written
    // The word when it is nothing but literal characters (quotes removed), else empty.
    bool isLiteral() const;
    QString literal() const;
    bool isUnquotedLiteral(const QString &text) const;
};

struct Redirection {
    QString op;   // > >> >| < <> << <<- <<< >& <& &> &>>
    int fd = -1;  // the explicit descriptor (2> …), -1 when none
    Word target;  // the file, descriptor or here-document delimiter
    Word hereDocument;  // the body of << and <<- (literal when the delimiter was quoted)
};

struct Assignment {
    QString name;
    Word value;
};

struct List;

struct Command {
    // Simple: words and redirections. Subshell ( … ), Group { …; }, Function NAME() body,
    // Compound if/while/until/for/case: `body` holds every list inside, `words` the words the
    // compound expands without running them (for's list, case's subject).
    enum class Kind { Simple, Subshell, Group, Function, Compound };
    Kind kind = Kind::Simple;
    QList<Assignment> assignments;
    QList<Word> words;
    QList<Redirection> redirections;
    std::shared_ptr<List> body;
    QString functionName;
    QString loopVariable;  // for NAME in …
};

struct Pipeline {
    QList<Command> commands;
    bool background = false;  // ended by &
};

struct List {
    QList<Pipeline> pipelines;
};

struct ParseResult {
    std::shared_ptr<List> list;  // null on error
    QString error;               // in English, for the classifier's reason
    int errorPosition = -1;
};

ParseResult parse(const QString &source);

// Parses one word as it would appear unquoted (for ${x:-word} alternatives and the like).
Word parseWord(const QString &source, bool *ok);

// Decodes the body of $'…' (ANSI-C quoting): \n \t \xHH \uHHHH \NNN \cX and friends.
QString decodeAnsiC(const QString &body);

}  // namespace mirrorstage::core::shell
