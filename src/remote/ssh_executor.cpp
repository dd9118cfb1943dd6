#include "ssh_executor.h"

#include "secret_store.h"

#include <QMutex>
#include <QThreadPool>

namespace mirrorstage::remote {

QThreadPool &sshThreadPool()
{
    static QThreadPool pool;
    static const bool ready = [] {
        pool.setMaxThreadCount(8);
        // The pool's threads end with the application object, while OpenSSL is still there to
        // free what it keeps per thread (its own exit handler runs before static destructors).
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(ready);
    return pool;
}

// Shared by the executor and its job on the pool: the job posts to the executor only while it is
// alive (the mutex orders that against the executor's destructor; Qt drops events posted to an
// object when it is deleted).
struct SshExecutor::Link {
    QMutex mutex;
    SshExecutor *executor = nullptr;
    std::atomic<bool> cancel = false;

    template<typename F>
    void post(F f)
    {
        QMutexLocker lock(&mutex);
        if (SshExecutor *e = executor)
            QMetaObject::invokeMethod(e, [e, f] { f(e); }, Qt::QueuedConnection);
    }
};

SshExecutor::SshExecutor(KnownHosts knownHosts, QObject *parent)
    : QObject(parent)
    , m_knownHosts(std::move(knownHosts))
{
}

SshExecutor::~SshExecutor()
{
    if (!m_link)
        return;
    m_link->cancel = true;
    QMutexLocker lock(&m_link->mutex);
    m_link->executor = nullptr;
}

void SshExecutor::cancel()
{
    if (m_link)
        m_link->cancel = true;
}

void SshExecutor::run(const SshTarget &target, const QString &command, const ExecLimits &limits,
                      std::optional<SshCredentials> credentials)
{
    if (m_link) {
        QMutexLocker lock(&m_link->mutex);
        m_link->executor = nullptr;  // a previous command's late signals are not this one's
    }
    m_link = std::make_shared<Link>();
    m_link->executor = this;
    m_running = true;
    std::shared_ptr<Link> link = m_link;
    const KnownHosts knownHosts = m_knownHosts;
    sshThreadPool().start([link, knownHosts, target, command, limits, credentials] {
        ExecResult result;
        HostKey hostKey;
        SshCredentials secrets;
        QString why;
        if (credentials) {
            secrets = *credentials;
        } else if (!CredentialReader::resolve(target, secrets::SecretStore(), &secrets, &why)) {
            result.error = {SshErrorKind::AuthFailed, why, {}};
        }
        if (!result.error.isError()) {
            SshSession session(target, knownHosts);
            const bool verified = session.connectAndVerify(kConnectTimeoutMs, &result.error);
            hostKey = session.presentedKey();
            if (verified && session.authenticate(secrets, &result.error)) {
                result = session.exec(
                    command, limits,
                    [link](const QString &stream, const QByteArray &data) {
                        link->post([stream, data](SshExecutor *e) { emit e->output(stream, data); });
                    },
                    &link->cancel);
            }
        }
        releaseThreadCrypto();
        link->post([result, hostKey](SshExecutor *e) {
            e->m_running = false;
            emit e->finished(result, hostKey);
        });
    });
}

}  // namespace mirrorstage::remote
