#pragma once
// Host ▸ "SSH…": how the console reaches one host over SSH (address, port, user, key file,
// password, jump host), for an agent's host or for a host that has no agent yet. The same
// library calls as msctl ssh set/check/trust/install-agent/suggest:
//
//   Suggestions   hosts this machine already knows (HostSuggestions, passive sources only)
//   Check         connects on the SSH pool and shows the host key: known, unknown (with a
//                 "Trust this key" button that writes the console's known_hosts) or changed
//                 (in red, nothing to accept)
//   Install agent saves the details, then runs AgentInstaller and lists its steps
//   Save          password to the keychain (only when typed; never shown again), the details
//                 through SshHostRepository on the store thread, and an audit entry
//
// Nothing here waits for libssh or SQLite on the UI thread.

#include "known_hosts.h"
#include "host_suggestions.h"
#include "ssh_host_repository.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace mirrorstage::app {

class StoreClient;

class SshHostDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        QString name;          // the host's name in the console; empty: the operator types one
        QString agentId;       // the agent the details belong to; empty: agentless host
        QString operatorName;  // recorded in the audit log
        QString endpoint;      // the console as an installed agent reaches it (ws://host:port/agents)
        QString reflectorBinary;  // the reflector "Install agent" copies
        remote::KnownHosts knownHosts;
        remote::HostSuggestionSources suggestionSources = remote::HostSuggestionSources::defaults();
    };

    SshHostDialog(StoreClient &store, Options options, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *jumpHostEdit() const { return m_jumpHost; }
    QComboBox *suggestionBox() const { return m_suggestions; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *installButton() const { return m_install; }
    QLabel *hostKeyLabel() const { return m_hostKey; }
    QTreeWidget *installSteps() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }

    // Shows the result of a host-key check (what "Check host key" does when the host answered).
    void showHostKeyCheck(const remote::HostKeyCheck &check, const remote::HostKey &key, const QString &address, int port);

signals:
    void loaded();                        // the saved details (if any) are in the fields
    void saved(const QString &name);      // details (and a typed password) are stored
    void hostKeyChecked(mirrorstage::remote::HostKeyStatus status);
    void hostKeyTrusted(const QString &fingerprint);
    void installFinished(bool ok, const QString &message);

private:
    void load();
    void fillSuggestions();
    void suggestionChosen(int index);
    void chooseKeyFile();
    void checkHostKey();
    void trustHostKey();
    void installAgent();
    void addStep(const QString &step, const QString &state, const QString &message);
    // Validates the fields, writes a typed password to the keychain, then the record to the store;
    // then() runs on the UI thread once all of it is stored.
    void storeDetails(std::function<void()> then);
    std::optional<store::SshHostRecord> recordFromFields(QString *error) const;
    void setBusy(bool busy);
    void showError(const QString &message);

    StoreClient &m_store;
    Options m_options;
    store::SshHostRecord m_loaded;
    QList<remote::HostSuggestion> m_suggestionList;
    remote::HostKey m_checkedKey;
    QString m_checkedAddress;
    int m_checkedPort = 22;

    QLineEdit *m_name = nullptr;
    QComboBox *m_suggestions = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_jumpHost = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_hostKey = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace mirrorstage::app
