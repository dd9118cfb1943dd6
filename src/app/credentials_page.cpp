#include "credentials_page.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mirrorstage::app {
namespace {

using secrets::Credential;
using secrets::CredentialKind;
using secrets::CredentialState;

enum Column { NameColumn, PurposeColumn, StateColumn, ColumnCount };

QString stateText(CredentialState state)
{
    switch (state) {
    case CredentialState::Stored: return CredentialsPage::tr("stored");
    case CredentialState::NotStored: return CredentialsPage::tr("not stored");
    case CredentialState::Unavailable: return CredentialsPage::tr("keychain unavailable");
    case CredentialState::Failed: return CredentialsPage::tr("keychain error");
    case CredentialState::Unknown: break;
    }
    return CredentialsPage::tr("checking…");
}

// A value typed twice into password fields; it never appears in a widget that shows text.
class CredentialValueDialog : public QDialog {
public:
    CredentialValueDialog(const Credential &credential, bool replacing, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("credentialValueDialog"));
        setWindowTitle(replacing ? CredentialsPage::tr("Replace a credential") : CredentialsPage::tr("Set a credential"));
        auto *layout = new QVBoxLayout(this);
        auto *about = new QLabel(CredentialsPage::tr("%1\nKeychain entry: %2").arg(credential.label, credential.name), this);
        about->setWordWrap(true);
        layout->addWidget(about);
        auto *form = new QFormLayout;
        m_value = passwordEdit(QStringLiteral("credentialValue"));
        m_repeat = passwordEdit(QStringLiteral("credentialValueRepeat"));
        form->addRow(CredentialsPage::tr("Value"), m_value);
        form->addRow(CredentialsPage::tr("Again"), m_repeat);
        layout->addLayout(form);
        m_mismatch = new QLabel(this);
        m_mismatch->setObjectName(QStringLiteral("credentialValueMismatch"));
        layout->addWidget(m_mismatch);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_value, &QLineEdit::textChanged, this, [this] { check(); });
        connect(m_repeat, &QLineEdit::textChanged, this, [this] { check(); });
        check();
    }

    // Taken once: the fields are emptied so that no copy stays in the widget tree.
    QByteArray takeValue()
    {
        const QByteArray value = m_value->text().toUtf8();
        m_value->clear();
        m_repeat->clear();
        return value;
    }

private:
    QLineEdit *passwordEdit(const QString &name)
    {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        return edit;
    }

    void check()
    {
        const bool same = m_value->text() == m_repeat->text();
        m_mismatch->setText(same || m_repeat->text().isEmpty() ? QString() : CredentialsPage::tr("The two values differ."));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(same && !m_value->text().isEmpty());
    }

    QLineEdit *m_value = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_mismatch = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The signing key's deletion: the consequence in words, and its name typed out to go ahead.
class SigningKeyDeleteDialog : public QDialog {
public:
    SigningKeyDeleteDialog(const Credential &credential, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("signingKeyDeleteDialog"));
        setWindowTitle(CredentialsPage::tr("Delete the console's signing key"));
        auto *layout = new QVBoxLayout(this);
        auto *warning = new QLabel(
            CredentialsPage::tr("Every agent pinned this key when it was enrolled. Once it is deleted, the console makes a "
                                "new key at its next start, and every agent refuses that console — no metrics, no "
                                "commands — until it is enrolled again with a new token. A console running now keeps "
                                "using the old key until it stops.\n\nType %1 to delete it.")
                .arg(credential.name),
            this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        auto *typed = new QLineEdit(this);
        typed->setObjectName(QStringLiteral("confirmDeleteName"));
        layout->addWidget(typed);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        QPushButton *remove = buttons->addButton(CredentialsPage::tr("Delete the key"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmDeleteButton"));
        remove->setEnabled(false);
        layout->addWidget(buttons);
        connect(typed, &QLineEdit::textChanged, remove, [remove, name = credential.name](const QString &text) {
            remove->setEnabled(text.trimmed() == name);
        });
        connect(remove, &QPushButton::clicked, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
};

}  // namespace

CredentialsPage::CredentialsPage(QSettings &settings, QWidget *parent, secrets::SecretStore store)
    : QWidget(parent)
    , m_catalog(settings, std::move(store))
{
    setObjectName(QStringLiteral("credentialsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every secret of the console lives in the system keychain (the Secret Service). This list "
                                "shows which ones are stored, never their values."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("credentialsUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setStyleSheet(QStringLiteral("color: #e5534b"));
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setHorizontalHeaderLabels({tr("Keychain entry"), tr("What it is for"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_set = new QPushButton(tr("Set or replace…"), this);
    m_set->setObjectName(QStringLiteral("credentialsSet"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("credentialsDelete"));
    m_refresh = new QPushButton(tr("Check again"), this);
    m_refresh->setObjectName(QStringLiteral("credentialsRefresh"));
    buttons->addWidget(m_set);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_set, &QPushButton::clicked, this, &CredentialsPage::setSelected);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsPage::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &CredentialsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CredentialsPage::updateButtons);
    connect(&m_catalog, &secrets::CredentialCatalog::stateChanged, this, &CredentialsPage::rebuild);
    connect(&m_catalog, &secrets::CredentialCatalog::refreshed, this, [this] {
        rebuild();
        showUnavailable();
    });
    rebuild();
    refresh();
}

QString CredentialsPage::statusText() const
{
    return m_status->text();
}

void CredentialsPage::refresh()
{
    m_status->setText(tr("Asking the keychain…"));
    m_catalog.refresh();
    connect(&m_catalog, &secrets::CredentialCatalog::refreshed, m_status, [this] {
        if (m_status->text() == tr("Asking the keychain…"))
            m_status->clear();
    }, Qt::SingleShotConnection);
}

void CredentialsPage::rebuild()
{
    const QString selected = selectedName();
    const QList<Credential> entries = m_catalog.entries();
    const QSignalBlocker quiet(m_table);  // one updateButtons() at the end, not one per row
    m_table->clearSelection();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Credential &credential = entries.at(row);
        const CredentialState state = m_catalog.state(credential.name);
        auto *name = new QTableWidgetItem(credential.name);
        name->setData(Qt::UserRole, credential.name);
        auto *purpose = new QTableWidgetItem(credential.label);
        auto *stored = new QTableWidgetItem(stateText(state));
        stored->setData(Qt::UserRole, int(state));
        stored->setToolTip(m_catalog.message(credential.name));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, PurposeColumn, purpose);
        m_table->setItem(row, StateColumn, stored);
        if (credential.name == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

void CredentialsPage::showUnavailable()
{
    if (m_catalog.keychainAvailable()) {
        m_unavailable->hide();
        m_unavailable->clear();
        updateButtons();
        return;
    }
    m_unavailable->setText(
        tr("No keychain is reachable: %1\n\nThe console keeps every secret in the Secret Service of your session and never "
           "writes one to a file instead, so nothing can be stored or deleted now. To fix it, install and start "
           "gnome-keyring (or KWallet) in this desktop session, unlock it, and press Check again. On a server without a "
           "desktop session, start the console with --key-file PATH for its signing key; AI provider keys and the other "
           "credentials cannot be kept there, and the console proposes remediations from its local runbooks.")
            .arg(m_catalog.unavailableMessage()));
    m_unavailable->show();
    updateButtons();
}

QString CredentialsPage::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == NameColumn)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void CredentialsPage::updateButtons()
{
    const std::optional<Credential> credential = m_catalog.find(selectedName());
    const bool usable = credential && !m_busy && m_catalog.keychainAvailable();
    const CredentialState state = credential ? m_catalog.state(credential->name) : CredentialState::Unknown;
    const bool signingKey = credential && credential->kind == CredentialKind::SigningKey;
    m_set->setEnabled(usable && !signingKey);
    m_set->setText(state == CredentialState::Stored ? tr("Replace…") : tr("Set…"));
    m_set->setToolTip(signingKey ? tr("The console makes its signing key itself at its first start. Delete it to have a new "
                                      "one made at the next start (agents must then be enrolled again).")
                                 : QString());
    m_delete->setEnabled(usable && state == CredentialState::Stored);
    m_refresh->setEnabled(!m_busy);
}

void CredentialsPage::setSelected()
{
    const std::optional<Credential> credential = m_catalog.find(selectedName());
    if (!credential || credential->kind == CredentialKind::SigningKey)
        return;
    QByteArray value;
    {
        CredentialValueDialog dialog(*credential, m_catalog.state(credential->name) == CredentialState::Stored, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        value = dialog.takeValue();
    }
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Saving \"%1\" in the keychain…").arg(credential->name));
    QPointer<CredentialsPage> self(this);
    const QString name = credential->name;
    m_catalog.set(name, value, [self, name](const secrets::SecretResult &result) {
        if (self)
            self->finished(name, result, false);
    });
}

bool CredentialsPage::confirmDelete(const Credential &credential)
{
    if (credential.kind == CredentialKind::SigningKey) {
        SigningKeyDeleteDialog dialog(credential, this);
        return dialog.exec() == QDialog::Accepted;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete a credential"),
                    tr("Delete \"%1\" (%2) from the keychain? The console cannot use it until it is set again.")
                        .arg(credential.name, credential.label),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void CredentialsPage::deleteSelected()
{
    const std::optional<Credential> credential = m_catalog.find(selectedName());
    if (!credential || !confirmDelete(*credential))
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Deleting \"%1\" from the keychain…").arg(credential->name));
    QPointer<CredentialsPage> self(this);
    const QString name = credential->name;
    m_catalog.remove(name, [self, name](const secrets::SecretResult &result) {
        if (self)
            self->finished(name, result, true);
    });
}

void CredentialsPage::finished(const QString &name, const secrets::SecretResult &result, bool removed)
{
    m_busy = false;
    if (result.ok() || (removed && result.status == secrets::SecretStatus::NotFound)) {
        m_status->setText(removed ? tr("\"%1\" is no longer in the keychain.").arg(name)
                                  : tr("\"%1\" is saved in the keychain. A running console reads AI keys and the TLS "
                                       "passphrase when it starts: restart it to use the new value.")
                                        .arg(name));
    } else {
        m_status->setText(result.message);
    }
    rebuild();
    showUnavailable();
}

}  // namespace mirrorstage::app
