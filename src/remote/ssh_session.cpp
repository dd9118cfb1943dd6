#include "ssh_session.h"

#include "remote_log.h"
#include "shell_quote.h"

#include <QFile>
#include <QThread>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <openssl/crypto.h>

namespace mirrorstage::remote {
namespace {

constexpr qint64 kSftpChunk = 64 * 1024;
constexpr int kPollMs = 50;
constexpr qint64 kKillGraceMs = 2'000;
constexpr const char *kPidMarker = "mirrorstage-pid ";

// The key type is the first string of the wire-format blob.
QString keyTypeOf(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16)
        | (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    if (length == 0 || qsizetype(length) > blob.size() - 4)
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(length)));
}

}  // namespace

QString sshErrorKindKey(SshErrorKind kind)
{
    switch (kind) {
    case SshErrorKind::None: return QStringLiteral("none");
    case SshErrorKind::ConnectFailed: return QStringLiteral("connect-failed");
    case SshErrorKind::HostKeyUnknown: return QStringLiteral("host-key-unknown");
    case SshErrorKind::HostKeyChanged: return QStringLiteral("host-key-changed");
    case SshErrorKind::HostKeyError: return QStringLiteral("host-key-error");
    case SshErrorKind::AuthFailed: return QStringLiteral("auth-failed");
    case SshErrorKind::ChannelFailed: return QStringLiteral("channel-failed");
    case SshErrorKind::TransferFailed: return QStringLiteral("transfer-failed");
    case SshErrorKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

struct SshSession::Handles {
    ssh_session session = nullptr;
    sftp_session sftp = nullptr;
    bool connected = false;
    ~Handles()
    {
        if (sftp)
            sftp_free(sftp);
        if (session) {
            if (connected)
                ssh_disconnect(session);
            ssh_free(session);
        }
    }
};

SshSession::SshSession(SshTarget target, KnownHosts knownHosts)
    : m_target(std::move(target))
    , m_knownHosts(std::move(knownHosts))
    , m_handles(std::make_unique<Handles>())
{
}

SshSession::~SshSession() = default;

QString SshSession::libsshError() const
{
    return m_handles->session ? QString::fromUtf8(ssh_get_error(m_handles->session)) : QString();
}

bool SshSession::connectAndVerify(int timeoutMs, SshError *error)
{
    ssh_session session = ssh_new();
    if (!session) {
        *error = {SshErrorKind::ConnectFailed, tr("libssh could not make a session (out of memory?)"), {}};
        return false;
    }
    m_handles->session = session;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_knownHosts.consoleFile());
    const unsigned int port = unsigned(m_target.port);
    const long timeoutSeconds = std::max(1L, long((timeoutMs + 999) / 1000));
    const bool processConfig = false;  // ~/.ssh/config must not change where we connect behind our back
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // libssh offers the host key types it finds here first; the check itself is ours (below).
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    if (!m_target.jumpHost.isEmpty()) {
        // The jump host is reached by OpenSSH's client, which checks its key against the
        // operator's own known_hosts (BatchMode: an unknown jump host is refused, never asked).
        const QByteArray proxy = QStringLiteral("ssh -o BatchMode=yes -W '[%h]:%p' %1").arg(core::shellQuoted(m_target.jumpHost)).toUtf8();
        ssh_options_set(session, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    }
    if (ssh_connect(session) != SSH_OK) {
        *error = {SshErrorKind::ConnectFailed,
                  tr("cannot connect to %1: %2. Check the address and port, and that sshd runs there.")
                      .arg(m_target.displayName(), libsshError()),
                  {}};
        return false;
    }
    m_handles->connected = true;

    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        *error = {SshErrorKind::HostKeyError, tr("%1 did not present a host key: %2").arg(m_target.displayName(), libsshError()), {}};
        return false;
    }
    char *base64 = nullptr;
    const int exported = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (exported != SSH_OK || !base64) {
        *error = {SshErrorKind::HostKeyError, tr("the host key of %1 cannot be read").arg(m_target.displayName()), {}};
        return false;
    }
    m_hostKey.blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    m_hostKey.type = keyTypeOf(m_hostKey.blob);
    m_check = m_knownHosts.check(m_target.host, m_target.port, m_hostKey);
    switch (m_check.status) {
    case HostKeyStatus::Known:
        return true;
    case HostKeyStatus::Unknown:
        *error = {SshErrorKind::HostKeyUnknown, m_check.message, m_check};
        break;
    case HostKeyStatus::Changed:
        *error = {SshErrorKind::HostKeyChanged, m_check.message, m_check};
        qCCritical(lcRemote).noquote() << m_check.message;
        break;
    case HostKeyStatus::Error:
        *error = {SshErrorKind::HostKeyError, m_check.message, m_check};
        break;
    }
    // Not one byte of authentication goes to a host that is not known.
    ssh_disconnect(session);
    m_handles->connected = false;
    return false;
}

bool SshSession::authenticate(const SshCredentials &credentials, SshError *error)
{
    ssh_session session = m_handles->session;
    if (!session || !m_handles->connected || !m_check.ok()) {
        *error = {SshErrorKind::AuthFailed, tr("not connected to a known host"), {}};
        return false;
    }
    QStringList tried;
    if (!m_target.keyFile.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray passphrase = credentials.keyPassphrase;
        if (ssh_pki_import_privkey_file(QFile::encodeName(m_target.keyFile).constData(),
                                        passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr,
                                        &key)
            != SSH_OK) {
            *error = {SshErrorKind::AuthFailed,
                      tr("the key file %1 cannot be read (a wrong or missing passphrase?); check the file, or store its "
                         "passphrase in the keychain as %2")
                          .arg(m_target.keyFile, m_target.keyPassphraseKey),
                      {}};
            return false;
        }
        const int rc = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        tried.append(tr("the key %1").arg(m_target.keyFile));
    }
    if (!credentials.password.isEmpty()) {
        if (ssh_userauth_password(session, nullptr, credentials.password.constData()) == SSH_AUTH_SUCCESS)
            return true;
        tried.append(tr("the password from the keychain"));
    }
    *error = {SshErrorKind::AuthFailed,
              tried.isEmpty() ? tr("there is nothing to log in to %1 with: set a key file or a password")
                                    .arg(m_target.displayName())
                              : tr("%1 refused the login with %2. Check that the key is in the user's "
                                   "authorized_keys, or the password.")
                                    .arg(m_target.displayName(), tried.join(tr(" and "))),
              {}};
    return false;
}

ExecResult SshSession::exec(const QString &command, const ExecLimits &limits, const OutputSink &sink,
                            const std::atomic<bool> *cancel)
{
    ExecResult result;
    QElapsedTimer clock;
    clock.start();
    ssh_session session = m_handles->session;
    if (!session || !m_handles->connected) {
        result.error = {SshErrorKind::ChannelFailed, tr("not connected"), {}};
        return result;
    }
    // As an agent runs it: /bin/sh -c script. The login shell first says its pid (sshd made it
    // the leader of a process group of its own), so that a timeout can end the whole group even
    // where sshd refuses signal requests (it does for root logins).
    const QString wrapped = QStringLiteral("printf '%1%s\\n' \"$$\" >&2; exec /bin/sh -c %2")
                                .arg(QLatin1String(kPidMarker), core::shellQuoted(command));
    ssh_channel channel = ssh_channel_new(session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, wrapped.toUtf8().constData()) != SSH_OK) {
        result.error = {SshErrorKind::ChannelFailed,
                        tr("%1 would not run the command: %2").arg(m_target.displayName(), libsshError()),
                        {}};
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    auto keep = [&](int isStderr, const QByteArray &data) {
        QByteArray &kept = isStderr ? result.stderrData : result.stdoutData;
        qint64 &seen = isStderr ? result.stderrBytes : result.stdoutBytes;
        seen += data.size();
        const qint64 room = limits.outputCapBytes - kept.size();
        if (room < data.size())
            result.truncated = true;
        if (room <= 0 || data.isEmpty())
            return;
        const QByteArray chunk = data.left(std::min<qint64>(room, data.size()));
        kept += chunk;
        if (sink)
            sink(isStderr ? QStringLiteral("stderr") : QStringLiteral("stdout"), chunk);
    };
    qint64 remotePid = 0;
    bool pidLineRead = false;
    QByteArray pidLine;
    auto take = [&](int isStderr, int n) {
        QByteArray data = buffer.left(n);
        if (isStderr && !pidLineRead) {
            pidLine += data;
            const qsizetype newline = pidLine.indexOf('\n');
            if (newline < 0 && pidLine.size() < 64)
                return;
            pidLineRead = true;
            if (newline >= 0 && pidLine.startsWith(kPidMarker)) {
                remotePid = pidLine.mid(qsizetype(qstrlen(kPidMarker)), newline - qsizetype(qstrlen(kPidMarker))).toLongLong();
                data = pidLine.mid(newline + 1);
            } else {
                data = pidLine;
            }
        }
        keep(isStderr, data);
    };
    // Signals the command's process group through a second channel of the same connection.
    auto signalGroup = [&](const char *name) {
        ssh_channel_request_send_signal(channel, name);
        if (remotePid <= 1)
            return;
        ssh_channel killer = ssh_channel_new(session);
        const QByteArray kill = QStringLiteral("kill -%1 -- -%2 2>/dev/null || kill -%1 %2")
                                    .arg(QLatin1String(name))
                                    .arg(remotePid)
                                    .toLatin1();
        if (killer && ssh_channel_open_session(killer) == SSH_OK && ssh_channel_request_exec(killer, kill.constData()) == SSH_OK) {
            ssh_channel_send_eof(killer);
            ssh_channel_get_exit_status(killer);
            ssh_channel_close(killer);
        }
        if (killer)
            ssh_channel_free(killer);
    };
    bool broken = false;
    qint64 killAtMs = -1;  // set once TERM went out
    while (true) {
        int got = 0;
        for (int isStderr = 0; isStderr < 2; ++isStderr) {
            const int n = ssh_channel_read_nonblocking(channel, buffer.data(), uint32_t(buffer.size()), isStderr);
            if (n == SSH_ERROR) {
                broken = true;
                break;
            }
            if (n > 0) {
                take(isStderr, n);
                got += n;
            }
        }
        if (broken || ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel))
            break;
        const bool cancelled = cancel && cancel->load();
        if ((clock.elapsed() >= limits.timeoutMs || cancelled) && killAtMs < 0) {
            result.timedOut = !cancelled;
            if (cancelled)
                result.error = {SshErrorKind::Cancelled, tr("cancelled"), {}};
            signalGroup("TERM");
            killAtMs = clock.elapsed() + kKillGraceMs;
        }
        if (killAtMs >= 0 && clock.elapsed() >= killAtMs) {
            signalGroup("KILL");
            break;
        }
        if (got == 0)
            ssh_channel_poll_timeout(channel, kPollMs, 0);
    }
    if (!pidLineRead && !pidLine.isEmpty())
        keep(1, pidLine);
    if (!broken && killAtMs < 0) {
        ssh_channel_send_eof(channel);
        const int status = ssh_channel_get_exit_status(channel);
        if (status >= 0)
            result.exitStatus = status;
    }
    if (broken && !result.timedOut)
        result.error = {SshErrorKind::ChannelFailed,
                        tr("the connection to %1 broke while the command ran: %2").arg(m_target.displayName(), libsshError()),
                        {}};
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    result.durationMs = clock.elapsed();
    return result;
}

bool SshSession::openSftp(SshError *error)
{
    if (m_handles->sftp)
        return true;
    if (!m_handles->session || !m_handles->connected) {
        *error = {SshErrorKind::TransferFailed, tr("not connected"), {}};
        return false;
    }
    sftp_session sftp = sftp_new(m_handles->session);
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        *error = {SshErrorKind::TransferFailed,
                  tr("%1 does not offer SFTP (%2); enable the sftp subsystem in its sshd_config")
                      .arg(m_target.displayName(), libsshError()),
                  {}};
        if (sftp)
            sftp_free(sftp);
        return false;
    }
    m_handles->sftp = sftp;
    return true;
}

bool SshSession::sftpWrite(const std::function<qint64(char *, qint64)> &next, const QString &remotePath, int mode,
                           SshError *error)
{
    if (!openSftp(error))
        return false;
    const QByteArray path = remotePath.toUtf8();
    sftp_file file = sftp_open(m_handles->sftp, path.constData(), O_WRONLY | O_CREAT | O_TRUNC, mode_t(mode));
    if (!file) {
        *error = {SshErrorKind::TransferFailed,
                  tr("cannot create %1 on %2: %3").arg(remotePath, m_target.displayName(), libsshError()), {}};
        return false;
    }
    QByteArray chunk(kSftpChunk, Qt::Uninitialized);
    while (true) {
        const qint64 n = next(chunk.data(), chunk.size());
        if (n < 0) {
            sftp_close(file);
            *error = {SshErrorKind::TransferFailed, tr("cannot read the local file for %1").arg(remotePath), {}};
            return false;
        }
        if (n == 0)
            break;
        if (sftp_write(file, chunk.constData(), size_t(n)) != ssize_t(n)) {
            sftp_close(file);
            *error = {SshErrorKind::TransferFailed,
                      tr("writing %1 on %2 failed: %3 (is the disk full?)").arg(remotePath, m_target.displayName(), libsshError()),
                      {}};
            return false;
        }
    }
    if (sftp_close(file) != SSH_NO_ERROR || sftp_chmod(m_handles->sftp, path.constData(), mode_t(mode)) != SSH_NO_ERROR) {
        *error = {SshErrorKind::TransferFailed,
                  tr("cannot finish %1 on %2: %3").arg(remotePath, m_target.displayName(), libsshError()), {}};
        return false;
    }
    return true;
}

bool SshSession::upload(const QString &localPath, const QString &remotePath, int mode, SshError *error)
{
    QFile local(localPath);
    if (!local.open(QIODevice::ReadOnly)) {
        *error = {SshErrorKind::TransferFailed, tr("cannot read %1: %2").arg(localPath, local.errorString()), {}};
        return false;
    }
    return sftpWrite([&local](char *data, qint64 max) { return local.read(data, max); }, remotePath, mode, error);
}

bool SshSession::writeFile(const QByteArray &contents, const QString &remotePath, int mode, SshError *error)
{
    qint64 offset = 0;
    return sftpWrite(
        [&](char *data, qint64 max) {
            const qint64 n = std::min(max, contents.size() - offset);
            std::memcpy(data, contents.constData() + offset, size_t(n));
            offset += n;
            return n;
        },
        remotePath, mode, error);
}

void releaseThreadCrypto()
{
    OPENSSL_thread_stop();
}

std::unique_ptr<SshSession> openSshSession(const SshTarget &target, const SshCredentials &credentials,
                                           const KnownHosts &knownHosts, int timeoutMs, SshError *error)
{
    auto session = std::make_unique<SshSession>(target, knownHosts);
    if (!session->connectAndVerify(timeoutMs, error) || !session->authenticate(credentials, error))
        return nullptr;
    return session;
}

}  // namespace mirrorstage::remote
