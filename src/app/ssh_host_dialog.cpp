#include "ssh_host_dialog.h"

#include "store_client.h"

#include "credential_catalog.h"
#include "remote.h"
#include "secret_store.h"
#include "store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mirrorstage::app {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The same details msctl ssh set records in the audit log.
QJsonObject recordJson(const store::SshHostRecord &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("agent_id"), r.agentId},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("port"), r.port},
            {QStringLiteral("user"), r.user},
            {QStringLiteral("key_file"), r.keyFile},
            {QStringLiteral("jump_host"), r.jumpHost},
            {QStringLiteral("password_keychain_entry"), store::SshHostRepository::passwordKey(r.name)},
            {QStringLiteral("updated_ms"), r.updatedMs}};
}

// What a host-key probe on the SSH pool brings back to the UI thread.
struct Probe {
    bool connected = false;
    QString error;
    remote::HostKeyCheck check;
    remote::HostKey key;
};

// The agent a host name belongs to, as msctl ssh set links it: one agent with that hostname.
QString agentNamed(const QSqlDatabase &db, const QString &name)
{
    QString error;
    QStringList matches;
    for (const store::HostRecord &host : store::HostRepository(db).list(&error)) {
        if (host.agentId == name.toLower() || host.hostname == name)
            matches.append(host.agentId);
    }
    return matches.size() == 1 ? matches.first() : QString();
}

}  // namespace

SshHostDialog::SshHostDialog(StoreClient &store, Options options, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("sshHostDialog"));
    setWindowTitle(m_options.name.isEmpty() ? tr("SSH details of a new host") : tr("SSH details of %1").arg(m_options.name));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_suggestions = new QComboBox(this);
    m_suggestions->setObjectName(QStringLiteral("sshSuggestions"));
    m_suggestions->setToolTip(tr("Hosts this machine already knows from ~/.ssh/config, known_hosts, the ARP table and "
                                 "DHCP leases. Nothing is sent on the network to find them."));
    form->addRow(tr("Suggestions"), m_suggestions);

    m_name = new QLineEdit(m_options.name, this);
    m_name->setObjectName(QStringLiteral("sshName"));
    m_name->setReadOnly(!m_options.name.isEmpty());
    m_name->setPlaceholderText(tr("how the console names the host, e.g. web-1"));
    form->addRow(tr("Name"), m_name);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("sshAddress"));
    m_address->setPlaceholderText(tr("address or DNS name"));
    form->addRow(tr("Address"), m_address);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    form->addRow(tr("Port"), m_port);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("sshUser"));
    form->addRow(tr("User"), m_user);

    auto *keyRow = new QHBoxLayout;
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("sshKeyFile"));
    m_keyFile->setPlaceholderText(tr("empty: log in with the password"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("sshChooseKeyFile"));
    connect(browse, &QPushButton::clicked, this, &SshHostDialog::chooseKeyFile);
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(browse);
    form->addRow(tr("Key file"), keyRow);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sshPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    // A stored password is never read back: an empty field leaves the keychain entry as it is.
    m_password->setPlaceholderText(tr("leave empty to keep the stored one (kept in the keychain)"));
    form->addRow(tr("Password"), m_password);

    m_jumpHost = new QLineEdit(this);
    m_jumpHost->setObjectName(QStringLiteral("sshJumpHost"));
    m_jumpHost->setPlaceholderText(tr("[user@]host[:port]; empty: connect directly"));
    form->addRow(tr("Jump host"), m_jumpHost);

    auto *keyButtons = new QHBoxLayout;
    m_check = new QPushButton(tr("Check host key"), this);
    m_check->setObjectName(QStringLiteral("sshCheckHostKey"));
    m_trust = new QPushButton(tr("Trust this key"), this);
    m_trust->setObjectName(QStringLiteral("sshTrustHostKey"));
    m_trust->setVisible(false);
    m_install = new QPushButton(tr("Install agent…"), this);
    m_install->setObjectName(QStringLiteral("sshInstallAgent"));
    keyButtons->addWidget(m_check);
    keyButtons->addWidget(m_trust);
    keyButtons->addStretch();
    keyButtons->addWidget(m_install);
    layout->addLayout(keyButtons);
    connect(m_check, &QPushButton::clicked, this, &SshHostDialog::checkHostKey);
    connect(m_trust, &QPushButton::clicked, this, &SshHostDialog::trustHostKey);
    connect(m_install, &QPushButton::clicked, this, &SshHostDialog::installAgent);

    m_hostKey = new QLabel(this);
    m_hostKey->setObjectName(QStringLiteral("sshHostKeyResult"));
    m_hostKey->setWordWrap(true);
    m_hostKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hostKey);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("sshInstallSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Message")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setVisible(false);
    layout->addWidget(m_steps);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sshStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("sshSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { storeDetails([this] { accept(); }); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillSuggestions();
    load();
}

void SshHostDialog::load()
{
    const QString name = m_options.name;
    const QString agentId = m_options.agentId;
    if (name.isEmpty() && agentId.isEmpty()) {
        QMetaObject::invokeMethod(this, &SshHostDialog::loaded, Qt::QueuedConnection);
        return;
    }
    setBusy(true);
    m_store.request(
        this,
        [name, agentId](store::Database &db) {
            QString error;
            store::SshHostRepository repository(db.connection());
            std::optional<store::SshHostRecord> found;
            if (!name.isEmpty())
                found = repository.find(name, &error);
            if (!found && !agentId.isEmpty())
                found = repository.forAgent(agentId, &error);
            return std::make_pair(found, error);
        },
        [this](std::pair<std::optional<store::SshHostRecord>, QString> result) {
            setBusy(false);
            if (!result.second.isEmpty())
                showError(tr("The saved SSH details could not be read: %1").arg(result.second));
            if (const std::optional<store::SshHostRecord> &r = result.first) {
                m_loaded = *r;
                m_name->setText(r->name);
                m_name->setReadOnly(true);
                m_address->setText(r->address);
                m_port->setValue(r->port);
                m_user->setText(r->user);
                m_keyFile->setText(r->keyFile);
                m_jumpHost->setText(r->jumpHost);
            }
            emit loaded();
        });
}

void SshHostDialog::fillSuggestions()
{
    // Local files only (no packets): quick enough to read here.
    const remote::HostSuggestionReport report = remote::HostSuggestions::collect(m_options.suggestionSources);
    m_suggestionList = report.hosts;
    m_suggestions->clear();
    m_suggestions->addItem(report.hosts.isEmpty() ? tr("no known hosts on this machine")
                                                  : tr("%n known host(s): choose one to fill in", nullptr,
                                                       int(report.hosts.size())));
    for (const remote::HostSuggestion &h : report.hosts) {
        const QString where = QStringLiteral("%1%2:%3")
                                  .arg(h.user.isEmpty() ? QString() : h.user + QLatin1Char('@'), h.address)
                                  .arg(h.port);
        m_suggestions->addItem(tr("%1 (%2, from %3)").arg(h.name, where, h.source));
    }
    m_suggestions->setEnabled(!report.hosts.isEmpty());
    connect(m_suggestions, &QComboBox::activated, this, &SshHostDialog::suggestionChosen);
}

void SshHostDialog::suggestionChosen(int index)
{
    if (index < 1 || index > m_suggestionList.size())
        return;
    const remote::HostSuggestion &h = m_suggestionList.at(index - 1);
    if (!m_name->isReadOnly() && m_name->text().trimmed().isEmpty())
        m_name->setText(h.name);
    m_address->setText(h.address);
    m_port->setValue(h.port);
    if (!h.user.isEmpty())
        m_user->setText(h.user);
}

void SshHostDialog::chooseKeyFile()
{
    const QString start = m_keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyFile->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
    if (!file.isEmpty())
        m_keyFile->setText(file);
}

std::optional<store::SshHostRecord> SshHostDialog::recordFromFields(QString *error) const
{
    store::SshHostRecord record = m_loaded;
    record.name = m_name->text().trimmed();
    record.address = m_address->text().trimmed();
    record.port = m_port->value();
    record.user = m_user->text().trimmed();
    record.keyFile = m_keyFile->text().trimmed().isEmpty() ? QString() : QFileInfo(m_keyFile->text().trimmed()).absoluteFilePath();
    record.jumpHost = m_jumpHost->text().trimmed();
    if (record.agentId.isEmpty())
        record.agentId = m_options.agentId;
    if (record.name.isEmpty())
        *error = tr("Give the host a name first.");
    else if (record.address.isEmpty() || record.user.isEmpty())
        *error = tr("Fill in the address and the user first.");
    else if (!record.keyFile.isEmpty() && !QFileInfo::exists(record.keyFile))
        *error = tr("The key file %1 does not exist: choose another one, or empty the field to log in with the password.")
                     .arg(record.keyFile);
    else
        return record;
    return std::nullopt;
}

void SshHostDialog::storeDetails(std::function<void()> then)
{
    QString error;
    const std::optional<store::SshHostRecord> record = recordFromFields(&error);
    if (!record) {
        showError(error);
        return;
    }
    setBusy(true);
    const QString who = m_options.operatorName;
    auto writeRecord = [this, record = *record, who, then] {
        m_store.request(
            this,
            [record, who](store::Database &db) mutable {
                QString error;
                if (record.agentId.isEmpty())
                    record.agentId = agentNamed(db.connection(), record.name);
                store::SshHostRepository repository(db.connection());
                if (!repository.save(record, now(), &error))
                    return std::make_pair(record, error);
                QString auditError;
                store::AuditChain(db.connection())
                    .append(who, QStringLiteral("ssh.host-saved"), QStringLiteral("ssh host %1").arg(record.name),
                            recordJson(record), now(), &auditError);
                return std::make_pair(record, QString());
            },
            [this, then](std::pair<store::SshHostRecord, QString> result) {
                setBusy(false);
                if (!result.second.isEmpty()) {
                    showError(tr("The SSH details were not saved: %1").arg(result.second));
                    return;
                }
                m_loaded = result.first;
                m_name->setReadOnly(true);
                m_status->setStyleSheet(QString());
                m_status->setText(tr("SSH details of %1 saved.").arg(result.first.name));
                emit saved(result.first.name);
                then();
            });
    };
    const QByteArray password = m_password->text().toUtf8();
    if (password.isEmpty()) {
        writeRecord();
        return;
    }
    const QString key = store::SshHostRepository::passwordKey(record->name);
    QPointer<SshHostDialog> guard(this);
    secrets::SecretStore().write(key, password, [guard, key, writeRecord](const secrets::SecretResult &written) {
        if (!guard)
            return;
        if (!written.ok()) {
            guard->setBusy(false);
            guard->showError(tr("The password could not be stored in the keychain, so nothing was saved: %1")
                                 .arg(written.message));
            return;
        }
        // Its name (never its value) so that Settings ▸ Credentials lists it.
        secrets::CredentialRegistry::remember(key);
        guard->m_password->clear();
        writeRecord();
    });
}

void SshHostDialog::checkHostKey()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        showError(tr("Fill in the address first."));
        return;
    }
    store::SshHostRecord record = m_loaded;
    record.name = m_name->text().trimmed().isEmpty() ? address : m_name->text().trimmed();
    record.address = address;
    record.port = m_port->value();
    record.user = m_user->text().trimmed();
    record.jumpHost = m_jumpHost->text().trimmed();
    const remote::SshTarget target = remote::SshTarget::fromRecord(record);
    const int port = record.port;
    m_check->setEnabled(false);
    m_trust->setVisible(false);
    m_hostKey->setStyleSheet(QString());
    m_hostKey->setText(tr("Connecting to %1…").arg(remote::KnownHosts::hostPattern(address, port)));
    QPointer<SshHostDialog> guard(this);
    // libssh blocks: connect and verify on the SSH pool, show the result back on this thread.
    remote::sshThreadPool().start([guard, target, knownHosts = m_options.knownHosts, address, port] {
        Probe probe;
        {
            remote::SshSession session(target, knownHosts);
            remote::SshError failure;
            session.connectAndVerify(remote::SshExecutor::kConnectTimeoutMs, &failure);
            probe.connected = failure.kind != remote::SshErrorKind::ConnectFailed;
            probe.error = failure.message;
            probe.key = session.presentedKey();
            probe.check = session.hostKeyCheck();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, probe, address, port] {
                if (!guard)
                    return;
                guard->m_check->setEnabled(true);
                if (!probe.connected) {
                    guard->m_hostKey->setStyleSheet(QStringLiteral("color: #c62828;"));
                    guard->m_hostKey->setText(tr("Could not connect: %1").arg(probe.error));
                    emit guard->hostKeyChecked(remote::HostKeyStatus::Error);
                    return;
                }
                guard->showHostKeyCheck(probe.check, probe.key, address, port);
            },
            Qt::QueuedConnection);
    });
}

void SshHostDialog::showHostKeyCheck(const remote::HostKeyCheck &check, const remote::HostKey &key, const QString &address,
                                     int port)
{
    m_checkedKey = key;
    m_checkedAddress = address;
    m_checkedPort = port;
    m_trust->setVisible(false);
    m_hostKey->setStyleSheet(QString());
    const QString where = remote::KnownHosts::hostPattern(address, port);
    switch (check.status) {
    case remote::HostKeyStatus::Known:
        m_hostKey->setText(tr("Known: %1 presents the %2 key %3, which %4 has.").arg(where, check.keyType, check.fingerprint, check.file));
        break;
    case remote::HostKeyStatus::Unknown:
        m_hostKey->setText(tr("Unknown: %1 presents the %2 key\n%3\nCompare it with the host's own (ssh-keygen -lf "
                              "/etc/ssh/ssh_host_*_key.pub on the host) before you trust it.")
                               .arg(where, check.keyType, check.fingerprint));
        m_trust->setVisible(!key.isNull());
        break;
    case remote::HostKeyStatus::Changed:
        m_hostKey->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_hostKey->setText(tr("THE HOST KEY HAS CHANGED: %1 now presents the %2 key %3, but %4 has %5 for it. Someone "
                              "may be in between. Nothing was accepted; if the host was really reinstalled, remove its "
                              "old entry from %4 first.")
                               .arg(where, check.keyType, check.fingerprint, check.file,
                                    check.knownFingerprints.join(QStringLiteral(", "))));
        break;
    case remote::HostKeyStatus::Error:
        m_hostKey->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_hostKey->setText(tr("The host key cannot be trusted: %1").arg(check.message));
        break;
    }
    emit hostKeyChecked(check.status);
}

void SshHostDialog::trustHostKey()
{
    if (m_checkedKey.isNull())
        return;
    const remote::KnownHosts &knownHosts = m_options.knownHosts;
    QString error;
    // A small local file (as msctl ssh trust writes it), not the network.
    if (!knownHosts.accept(m_checkedAddress, m_checkedPort, m_checkedKey, &error)) {
        showError(tr("The key was not accepted: %1").arg(error));
        return;
    }
    const QString fingerprint = m_checkedKey.fingerprint();
    const QJsonObject details{{QStringLiteral("address"), remote::KnownHosts::hostPattern(m_checkedAddress, m_checkedPort)},
                              {QStringLiteral("key_type"), m_checkedKey.type},
                              {QStringLiteral("fingerprint"), fingerprint},
                              {QStringLiteral("file"), knownHosts.consoleFile()}};
    const QString who = m_options.operatorName;
    const QString subject = QStringLiteral("ssh host %1")
                                .arg(m_name->text().trimmed().isEmpty() ? m_checkedAddress : m_name->text().trimmed());
    m_store.request(
        this,
        [who, subject, details](store::Database &db) {
            QString auditError;
            store::AuditChain(db.connection())
                .append(who, QStringLiteral("ssh.host-key-accepted"), subject, details, now(), &auditError);
            return auditError;
        },
        [](const QString &) {});
    showHostKeyCheck(knownHosts.check(m_checkedAddress, m_checkedPort, m_checkedKey), m_checkedKey, m_checkedAddress,
                     m_checkedPort);
    emit hostKeyTrusted(fingerprint);
}

void SshHostDialog::installAgent()
{
    // The installer links the enrolled agent to the saved details, so they are saved first.
    storeDetails([this] {
        remote::InstallRequest request;
        request.target = remote::SshTarget::fromRecord(m_loaded);
        request.hostName = m_loaded.name;
        request.reflectorBinary = m_options.reflectorBinary.isEmpty()
                                      ? QCoreApplication::applicationDirPath() + QStringLiteral("/reflector")
                                      : m_options.reflectorBinary;
        request.endpoint = m_options.endpoint;
        m_steps->clear();
        m_steps->setVisible(true);
        m_install->setEnabled(false);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Installing the agent on %1…").arg(m_loaded.name));
        const QString who = m_options.operatorName;
        const remote::KnownHosts knownHosts = m_options.knownHosts;
        // The installer lives on the store thread with its connection (token, enrollment watch);
        // its SSH part runs on a thread of its own. It audits and deletes itself when finished.
        m_store.request(
            this,
            [knownHosts, who, request](store::Database &db) {
                auto *installer = new remote::AgentInstaller(db.connection(), knownHosts);
                store::Database *database = &db;
                QObject::connect(installer, &remote::AgentInstaller::finished, installer,
                                 [installer, database, who, request](bool ok, const QString &message, const QString &agentId) {
                                     QString auditError;
                                     store::AuditChain(database->connection())
                                         .append(who,
                                                 ok ? QStringLiteral("ssh.agent-installed")
                                                    : QStringLiteral("ssh.agent-install-failed"),
                                                 QStringLiteral("ssh host %1").arg(request.hostName),
                                                 {{QStringLiteral("prefix"), request.layout.prefix},
                                                  {QStringLiteral("agent_id"), agentId},
                                                  {QStringLiteral("message"), message}},
                                                 now(), &auditError);
                                     installer->deleteLater();
                                 });
                return installer;
            },
            [this, request](remote::AgentInstaller *installer) {
                connect(installer, &remote::AgentInstaller::progress, this, &SshHostDialog::addStep);
                connect(installer, &remote::AgentInstaller::finished, this,
                        [this](bool ok, const QString &message, const QString &) {
                            m_install->setEnabled(true);
                            m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
                            m_status->setText(ok ? message : tr("The agent was not installed: %1").arg(message));
                            emit installFinished(ok, message);
                        });
                QMetaObject::invokeMethod(installer, [installer, request] { installer->start(request); },
                                          Qt::QueuedConnection);
            });
    });
}

void SshHostDialog::addStep(const QString &step, const QString &state, const QString &message)
{
    // One row per step: "running" turns into "done" or "failed" in place.
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == step)
            item = m_steps->topLevelItem(i);
    }
    if (!item) {
        item = new QTreeWidgetItem(m_steps);
        item->setData(0, Qt::UserRole, step);
        item->setText(0, step);
    }
    const QString shown = state == QLatin1String("running") ? tr("running")
                          : state == QLatin1String("done")  ? tr("done")
                          : state == QLatin1String("failed") ? tr("failed")
                                                              : state;
    item->setData(1, Qt::UserRole, state);
    item->setText(1, shown);
    item->setText(2, message);
    item->setForeground(1, state == QLatin1String("failed") ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
    m_steps->scrollToItem(item);
}

void SshHostDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_install->setEnabled(!busy);
}

void SshHostDialog::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(message);
}

}  // namespace mirrorstage::app
