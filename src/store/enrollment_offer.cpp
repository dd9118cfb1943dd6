#include "enrollment_offer.h"

namespace mirrorstage::store {

std::optional<EnrollmentOffer> EnrollmentOffer::make(const QSqlDatabase &db, const QString &endpoint,
                                                     const QByteArray &consolePublicKey, qint64 nowMs,
                                                     qint64 validForMs, const QString &note, QString *error)
{
    std::optional<CreatedToken> token = TokenRepository(db).create(nowMs, validForMs, note, error);
    if (!token)
        return std::nullopt;
    QJsonObject config{{QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("console_public_key"), QString::fromLatin1(consolePublicKey.toBase64())},
                       {QStringLiteral("enrollment_token"), token->token}};
    return EnrollmentOffer{std::move(*token), std::move(config)};
}

}  // namespace mirrorstage::store
