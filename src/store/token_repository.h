#pragma once
// One-time, expiring enrollment tokens. The token text is shown once, at creation; the store
// keeps only its SHA-256, so a copy of the database file cannot enrol anything.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct CreatedToken {
    qint64 id = 0;
    QString token;  // give this to the agent; it is not stored anywhere
    qint64 expiresMs = 0;
};

struct TokenInfo {
    qint64 id = 0;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    std::optional<qint64> usedMs;
    QString usedByAgent;
    QString note;
};

class TokenRepository {
    Q_DECLARE_TR_FUNCTIONS(TokenRepository)
public:
    enum class Consumed { Accepted, Unknown, AlreadyUsed, Expired, Failed };

    explicit TokenRepository(const QSqlDatabase &db) : m_db(db) {}

    std::optional<CreatedToken> create(qint64 nowMs, qint64 validForMs, const QString &note, QString *error);
    // Marks the token used by agentId, once: one UPDATE whose condition is the whole check, so two
    // agents racing with the same token cannot both get Accepted. On Failed, *error says why.
    Consumed consume(const QString &token, const QString &agentId, qint64 nowMs, QString *error);
    QList<TokenInfo> list(QString *error) const;

    // User-facing words for a result other than Accepted.
    static QString describe(Consumed result);

private:
    Consumed whyNotConsumed(const QByteArray &hash, qint64 nowMs, QString *error) const;

    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
