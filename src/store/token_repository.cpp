#include "token_repository.h"

#include "sql_support.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <array>

namespace mirrorstage::store {
namespace {

// 32 random bytes: guessing one is out of the question, so the hash needs no salt or stretching.
constexpr int kTokenBytes = 32;
const QString kTokenPrefix = QStringLiteral("mst1_");  // recognisable in a config file or a paste

QString newToken()
{
    std::array<quint32, kTokenBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), kTokenBytes);
    return kTokenPrefix
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.trimmed().toUtf8(), QCryptographicHash::Sha256);
}

}  // namespace

std::optional<CreatedToken> TokenRepository::create(qint64 nowMs, qint64 validForMs, const QString &note,
                                                    QString *error)
{
    if (validForMs <= 0) {
        *error = tr("An enrollment token must be valid for some time; %1 ms was asked for.").arg(validForMs);
        return std::nullopt;
    }
    CreatedToken created{0, newToken(), nowMs + validForMs};
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("INSERT INTO enrollment_tokens (token_hash, created_ms, expires_ms, note)"
                                " VALUES (?, ?, ?, ?)"),
                 error))
        return std::nullopt;
    query.addBindValue(hashOf(created.token));
    query.addBindValue(nowMs);
    query.addBindValue(created.expiresMs);
    query.addBindValue(notNull(note));
    if (!run(query, m_db, error))
        return std::nullopt;
    created.id = query.lastInsertId().toLongLong();
    return created;
}

TokenRepository::Consumed TokenRepository::consume(const QString &token, const QString &agentId, qint64 nowMs,
                                                   QString *error)
{
    const QByteArray hash = hashOf(token);
    QSqlQuery query(m_db);
    if (!prepare(query, m_db,
                 QStringLiteral("UPDATE enrollment_tokens SET used_ms = ?, used_by_agent = ?"
                                " WHERE token_hash = ? AND used_ms IS NULL AND expires_ms > ?"),
                 error))
        return Consumed::Failed;
    query.addBindValue(nowMs);
    query.addBindValue(agentId.toLower());
    query.addBindValue(hash);
    query.addBindValue(nowMs);
    if (!run(query, m_db, error))
        return Consumed::Failed;
    if (query.numRowsAffected() == 1)
        return Consumed::Accepted;
    return whyNotConsumed(hash, nowMs, error);
}

TokenRepository::Consumed TokenRepository::whyNotConsumed(const QByteArray &hash, qint64 nowMs, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db, QStringLiteral("SELECT used_ms, expires_ms FROM enrollment_tokens WHERE token_hash = ?"),
                 error))
        return Consumed::Failed;
    query.addBindValue(hash);
    if (!run(query, m_db, error))
        return Consumed::Failed;
    if (!query.next())
        return Consumed::Unknown;
    if (!query.value(0).isNull())
        return Consumed::AlreadyUsed;
    return query.value(1).toLongLong() <= nowMs ? Consumed::Expired : Consumed::Unknown;
}

QList<TokenInfo> TokenRepository::list(QString *error) const
{
    QList<TokenInfo> tokens;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepare(query, m_db,
                 QStringLiteral("SELECT id, created_ms, expires_ms, used_ms, used_by_agent, note"
                                " FROM enrollment_tokens ORDER BY created_ms, id"),
                 error)
        || !run(query, m_db, error))
        return tokens;
    while (query.next()) {
        tokens.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       optionalInteger(query.value(3)), query.value(4).toString(), query.value(5).toString()});
    }
    return tokens;
}

QString TokenRepository::describe(Consumed result)
{
    switch (result) {
    case Consumed::Accepted: return tr("The enrollment token was accepted.");
    case Consumed::Unknown:
        return tr("The enrollment token is not known to this console. Check that it was copied whole.");
    case Consumed::AlreadyUsed:
        return tr("The enrollment token was used already; each token enrols one agent. Create a new one.");
    case Consumed::Expired: return tr("The enrollment token has expired. Create a new one.");
    case Consumed::Failed: break;
    }
    return tr("The enrollment token could not be checked because the database failed.");
}

}  // namespace mirrorstage::store
