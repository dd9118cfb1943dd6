#pragma once
// The hosts the console knows: what each agent said in its last hello, and whether the operator
// (or an enrollment token) let it in. Agent ids are 32 lower-case hex characters; upper case is
// accepted and folded. A host's public key is fixed at its first hello: a hello with another key
// for the same agent id is refused, so that nobody can take over an enrolled agent's identity.
//
// Like every repository here: use it on the thread that opened its connection. Failures are
// reported through *error; a failing call returns what it returns when nothing is found.

#include "host_sample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace mirrorstage::store {

enum class EnrollmentState { Pending, Accepted, Rejected, Revoked };

QString enrollmentStateKey(EnrollmentState state);  // as stored: "pending", "accepted", ...
std::optional<EnrollmentState> enrollmentStateFromKey(const QString &key);
QString enrollmentStateName(EnrollmentState state);  // for the user, translated

// What an agent says about itself in its hello.
struct HostHello {
    QString agentId;
    QByteArray publicKey;  // Ed25519, 32 bytes
    QString hostname;
    QString agentVersion;
    QString rack;
    std::optional<RackPosition> position;
    QStringList tags;
    QJsonObject facts;  // os, kernel, vendor, model, ...
    QString bootId;
};

struct HostRecord {
    qint64 id = 0;
    QString agentId;
    QByteArray publicKey;
    QString hostname;
    QString agentVersion;
    QString rack;
    std::optional<RackPosition> position;
    QStringList tags;
    QJsonObject facts;
    EnrollmentState enrollment = EnrollmentState::Pending;
    qint64 enrollmentChangedMs = 0;
    QString enrollmentChangedBy;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QString currentBoot;
};

class HostRepository {
    Q_DECLARE_TR_FUNCTIONS(HostRepository)
public:
    explicit HostRepository(const QSqlDatabase &db) : m_db(db) {}

    static bool isValidAgentId(const QString &agentId);

    // Inserts a new host as pending, or refreshes a known one (its enrollment state stays).
    std::optional<HostRecord> upsertFromHello(const HostHello &hello, qint64 nowMs, QString *error);
    std::optional<HostRecord> find(const QString &agentId, QString *error) const;
    QList<HostRecord> list(QString *error) const;
    // Every agent that is pending, rejected or revoked (a short list): the hub closes the live
    // connections of agents found here.
    QHash<QString, EnrollmentState> notAccepted(QString *error) const;
    // `who` is recorded with the change: an operator's account, or "token:<id>".
    bool setEnrollmentState(const QString &agentId, EnrollmentState state, const QString &who, qint64 nowMs,
                            QString *error);
    bool markLastSeen(const QString &agentId, qint64 nowMs, QString *error);
    // Forgets the host and everything stored of it (boots, samples, rollups, gaps, logs). Its
    // agent may then enrol afresh, with a new key.
    bool remove(const QString &agentId, QString *error);

private:
    bool checkHello(const HostHello &hello, QString *error) const;
    bool insert(const HostHello &hello, qint64 nowMs, QString *error);
    bool refresh(const HostHello &hello, qint64 nowMs, QString *error);
    bool ensureBoot(const QString &agentId, const QString &bootId, qint64 nowMs, QString *error);
    bool changeOne(QSqlQuery &query, const QString &agentId, QString *error);

    QSqlDatabase m_db;
};

}  // namespace mirrorstage::store
