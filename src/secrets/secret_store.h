#pragma once
// Secrets in the OS keychain (the Secret Service on Linux) through QtKeychain. Nothing here ever
// falls back to a file: when no keychain answers, the caller is told so, in words it can show.

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace mirrorstage::secrets {

enum class SecretStatus { Ok, NotFound, Unavailable, Denied, Failed };

struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QByteArray value;
    QString message;  // what happened and what to do, for the operator
    bool ok() const { return status == SecretStatus::Ok; }
};

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    explicit SecretStore(QString service = QStringLiteral("mirrorstage"));

    using Done = std::function<void(const SecretResult &)>;
    void read(const QString &key, Done done) const;
    void write(const QString &key, const QByteArray &value, Done done) const;
    void remove(const QString &key, Done done) const;

    // The same, waiting in a local event loop: for start-up, before any window exists.
    SecretResult readNow(const QString &key) const;
    SecretResult writeNow(const QString &key, const QByteArray &value) const;
    SecretResult removeNow(const QString &key) const;

private:
    QString m_service;
};

}  // namespace mirrorstage::secrets
