#pragma once
// What a new agent is handed to enrol: a one-time token and the configuration that carries it
// (the console's URL, the console's public key to pin, the token). msctl prints it; the console's
// demo fleet writes it into each demo agent's configuration file.

#include "token_repository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mirrorstage::store {

struct EnrollmentOffer {
    CreatedToken token;
    // The reflector keys endpoint, console_public_key (base64 of the 32 raw bytes, as the agent
    // reads it) and enrollment_token; the agent's own keys (hostname_override, rack…) go beside them.
    QJsonObject agentConfig;

    // Makes a token on db, valid for validForMs from nowMs. nullopt with *error when it cannot.
    static std::optional<EnrollmentOffer> make(const QSqlDatabase &db, const QString &endpoint,
                                               const QByteArray &consolePublicKey, qint64 nowMs, qint64 validForMs,
                                               const QString &note, QString *error);
};

}  // namespace mirrorstage::store
