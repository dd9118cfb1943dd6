#include "secret_store.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "mirrorstage.secrets")

namespace mirrorstage::secrets {
namespace {

SecretResult resultOf(const QKeychain::Job &job, const QString &key)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        result.message = SecretStore::tr("the keychain holds no \"%1\"").arg(key);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::Denied;
        result.message = SecretStore::tr("the keychain refused access to \"%1\": unlock it and try again").arg(key);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // With no D-Bus session or no Secret Service on it, QtKeychain says OtherError.
        result.status = SecretStatus::Unavailable;
        result.message = SecretStore::tr("no keychain is reachable (%1). Start a Secret Service such as "
                                         "gnome-keyring or KWallet in this session.")
                             .arg(job.errorString());
        return result;
    default:
        break;
    }
    result.status = SecretStatus::Failed;
    result.message = SecretStore::tr("the keychain failed for \"%1\": %2").arg(key, job.errorString());
    return result;
}

template <typename JobType, typename Prepare>
void runJob(const QString &service, const QString &key, Prepare prepare, SecretStore::Done done)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setKey(key);
    prepare(*job);
    QObject::connect(job, &QKeychain::Job::finished, job, [key, done](QKeychain::Job *finished) {
        SecretResult result = resultOf(*finished, key);
        if (result.ok()) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.value = reader->binaryData();
        } else if (result.status != SecretStatus::NotFound) {  // "not there" is an answer, not a fault
            qCInfo(lcSecrets).noquote() << result.message;
        }
        done(result);
    });
    job->start();
}

template <typename Call>
SecretResult wait(Call call)
{
    QEventLoop loop;
    SecretResult out;
    call([&](const SecretResult &result) {
        out = result;
        loop.quit();
    });
    loop.exec();
    return out;
}

}  // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

void SecretStore::read(const QString &key, Done done) const
{
    runJob<QKeychain::ReadPasswordJob>(m_service, key, [](QKeychain::ReadPasswordJob &) {}, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &value, Done done) const
{
    runJob<QKeychain::WritePasswordJob>(m_service, key, [&value](QKeychain::WritePasswordJob &job) { job.setBinaryData(value); },
                                        std::move(done));
}

void SecretStore::remove(const QString &key, Done done) const
{
    runJob<QKeychain::DeletePasswordJob>(m_service, key, [](QKeychain::DeletePasswordJob &) {}, std::move(done));
}

SecretResult SecretStore::readNow(const QString &key) const
{
    return wait([&](Done done) { read(key, std::move(done)); });
}

SecretResult SecretStore::writeNow(const QString &key, const QByteArray &value) const
{
    return wait([&](Done done) { write(key, value, std::move(done)); });
}

SecretResult SecretStore::removeNow(const QString &key) const
{
    return wait([&](Done done) { remove(key, std::move(done)); });
}

}  // namespace mirrorstage::secrets
