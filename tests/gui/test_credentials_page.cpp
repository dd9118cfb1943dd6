// Settings → Credentials against the real Secret Service (gnome-keyring in the private D-Bus session
// that ./run-tests starts), under Xvfb: the page lists the catalogue; a value typed into Set goes
// to the keychain (read back through SecretStore), the table says stored and the value appears in
// no widget's text; Replace and Delete do what they say; an SSH password recorded at run time is
// listed; the console's signing key is deleted only with its name typed out. Writes go to a
// keychain service of this test's own, so the console's real entries are never touched.
//
// Without any D-Bus session the same executable runs again as a child (CREDENTIALS_PAGE_NO_BUS):
// the page then says what is unavailable and how to fix it, and nothing is written anywhere else.
#include "console_key.h"
#include "console_settings.h"
#include "credentials_page.h"
#include "google_sign_in_settings.h"
#include "session_vault.h"
#include "settings_dialog.h"
#include "ssh_host_repository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <functional>

using namespace mirrorstage;
using namespace mirrorstage::app;
using secrets::CredentialState;

namespace {

const QString kTestService = QStringLiteral("mirrorstage-test-credentials-") + QUuid::createUuid().toString(QUuid::Id128);

// Every text a person could see or a screen reader could read, in every widget there is.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget *widget : QApplication::allWidgets()) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->accessibleName()
              << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->displayText() << edit->placeholderText();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                        texts << model->index(row, column).data(role).toString();
                }
            }
        }
    }
    return texts;
}

bool anyTextContains(const QString &needle)
{
    const QStringList texts = visibleTexts();
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(needle); });
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

CredentialState stateOf(QTableWidget *table, const QString &name)
{
    const int row = rowOf(table, name);
    if (row < 0 || !table->item(row, 2))
        return CredentialState::Unknown;
    return CredentialState(table->item(row, 2)->data(Qt::UserRole).toInt());
}

// Runs `act` on the modal dialog named `objectName` as soon as it is up (exec() blocks the test).
void whenModal(const QString &objectName, std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, objectName, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        poll->stop();
        poll->deleteLater();
        act(modal);
    });
    poll->start();
}

// Types the value twice into the Set/Replace dialog and saves.
void enterValue(const QString &value)
{
    whenModal(QStringLiteral("credentialValueDialog"), [value](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("credentialValue"));
        auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("credentialValueRepeat"));
        QTest::keyClicks(edit, value);
        QTest::keyClicks(repeat, value);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Save)->click();
    });
}

QByteArray filesUnder(const QString &root)
{
    QByteArray all;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

}  // namespace

class CredentialsPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogueNamesAgreeWithTheConsole();
    void settingsDialogHasACredentialsPage();
    void setWritesTheKeychainAndNeverShowsTheValue();
    void replaceThenDelete();
    void recordedSshPasswordIsListedAndForgotten();
    void signingKeyDeletionNeedsItsNameTyped();
    void withoutABusThePageSaysWhatToDo();

private:
    std::unique_ptr<CredentialsPage> openPage();
    void select(CredentialsPage &page, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    secrets::SecretStore m_store{kTestService};
};

void CredentialsPageTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite through ./run-tests, which starts gnome-keyring");
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("mirrorstage.conf")), QSettings::IniFormat);
}

void CredentialsPageTest::cleanupTestCase()
{
    for (const secrets::Credential &credential : secrets::CredentialCatalog::builtIn())
        m_store.removeNow(credential.name);
    m_store.removeNow(QStringLiteral("ssh/admin@db-01/password"));
}

std::unique_ptr<CredentialsPage> CredentialsPageTest::openPage()
{
    auto page = std::make_unique<CredentialsPage>(*m_settings, nullptr, m_store);
    page->resize(900, 500);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    // Every entry has had its answer from the keychain.
    const bool answered = QTest::qWaitFor([&] {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (CredentialState(table->item(row, 2)->data(Qt::UserRole).toInt()) == CredentialState::Unknown)
                return false;
        }
        return !page->catalog().refreshing();
    }, 20'000);
    return answered ? std::move(page) : nullptr;
}

void CredentialsPageTest::select(CredentialsPage &page, const QString &name)
{
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    const int row = rowOf(table, name);
    QVERIFY2(row >= 0, qPrintable(name));
    table->selectRow(row);
}

void CredentialsPageTest::catalogueNamesAgreeWithTheConsole()
{
    QStringList names;
    for (const secrets::Credential &credential : secrets::CredentialCatalog::builtIn())
        names.append(credential.name);
    QVERIFY(names.contains(QString::fromLatin1(ConsoleKey::kKeychainEntry)));
    for (ai::ProviderKind kind : {ai::ProviderKind::Gemini, ai::ProviderKind::OpenAi, ai::ProviderKind::Anthropic})
        QVERIFY2(names.contains(ConsoleSettingsLoader::apiKeyName(kind)), qPrintable(ConsoleSettingsLoader::apiKeyName(kind)));
    QVERIFY(names.contains(QStringLiteral("tls/key_passphrase")));
    QVERIFY(names.contains(auth::GoogleSignInSettings::clientSecretKeychainName));
    for (const QString &key : auth::SessionVault::keys())
        QVERIFY2(names.contains(key), qPrintable(key));
    QCOMPARE(names.removeDuplicates(), 0);

    // SSH entries are named by the host store; recorded, they read as what they are.
    secrets::CredentialRegistry::remember(*m_settings, store::SshHostRepository::passwordKey(QStringLiteral("web-1")));
    secrets::CredentialRegistry::remember(*m_settings, store::SshHostRepository::keyPassphraseKey(QStringLiteral("web-1")));
    secrets::CredentialCatalog catalog(*m_settings, m_store);
    const std::optional<secrets::Credential> password = catalog.find(store::SshHostRepository::passwordKey(QStringLiteral("web-1")));
    const std::optional<secrets::Credential> passphrase =
        catalog.find(store::SshHostRepository::keyPassphraseKey(QStringLiteral("web-1")));
    QVERIFY(password && passphrase);
    QCOMPARE(password->label, QStringLiteral("SSH password for web-1"));
    QCOMPARE(passphrase->label, QStringLiteral("Passphrase of the SSH key for web-1"));
    QCOMPARE(password->kind, secrets::CredentialKind::Ssh);
    secrets::CredentialRegistry::forget(*m_settings, password->name);
    secrets::CredentialRegistry::forget(*m_settings, passphrase->name);
    QVERIFY(secrets::CredentialRegistry::recorded(*m_settings).isEmpty());
}

void CredentialsPageTest::settingsDialogHasACredentialsPage()
{
    SettingsDialog dialog(*m_settings, WindowSettings{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QLatin1String("Credentials"))
            tab = i;
    }
    QVERIFY2(tab >= 0, "no Credentials tab in the settings");
    tabs->setCurrentIndex(tab);
    auto *table = tabs->widget(tab)->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    QVERIFY(table);
    const QList<secrets::Credential> catalogue = secrets::CredentialCatalog::builtIn();
    QVERIFY(table->rowCount() >= catalogue.size());
    for (const secrets::Credential &credential : catalogue) {
        const int row = rowOf(table, credential.name);
        QVERIFY2(row >= 0, qPrintable(credential.name));
        QCOMPARE(table->item(row, 1)->text(), credential.label);
        // The console's own keychain answers: stored or not, never unavailable here.
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(table, credential.name) == CredentialState::Stored
                                     || stateOf(table, credential.name) == CredentialState::NotStored,
                                 20'000);
    }
    auto *unavailable = dialog.findChild<QLabel *>(QStringLiteral("credentialsUnavailable"));
    QVERIFY(unavailable && unavailable->isHidden());
}

void CredentialsPageTest::setWritesTheKeychainAndNeverShowsTheValue()
{
    const QString name = QStringLiteral("ai/anthropic/api_key");
    const QString value = QStringLiteral("sk-ant-planted-") + QUuid::createUuid().toString(QUuid::Id128);
    m_store.removeNow(name);
    std::unique_ptr<CredentialsPage> page = openPage();
    QVERIFY(page);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    QCOMPARE(stateOf(table, name), CredentialState::NotStored);
    select(*page, name);
    auto *set = page->findChild<QPushButton *>(QStringLiteral("credentialsSet"));
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"));
    QVERIFY(set->isEnabled());
    QVERIFY(!remove->isEnabled());  // nothing to delete yet

    enterValue(value);
    set->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(table, name), CredentialState::Stored, 20'000);
    const secrets::SecretResult stored = m_store.readNow(name);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.value, value.toUtf8());
    QVERIFY2(page->statusText().contains(name), qPrintable(page->statusText()));
    QCOMPARE(set->text(), QStringLiteral("Replace…"));
    QVERIFY(remove->isEnabled());

    // The value is nowhere in the widget tree, nor in the settings file.
    QVERIFY(!anyTextContains(value));
    QVERIFY(!anyTextContains(value.mid(15)));
    m_settings->sync();
    QVERIFY(!filesUnder(m_dir.path()).contains(value.toUtf8()));
}

void CredentialsPageTest::replaceThenDelete()
{
    const QString name = QStringLiteral("tls/key_passphrase");
    QVERIFY(m_store.writeNow(name, "first passphrase").ok());
    std::unique_ptr<CredentialsPage> page = openPage();
    QVERIFY(page);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    QCOMPARE(stateOf(table, name), CredentialState::Stored);
    select(*page, name);

    enterValue(QStringLiteral("second passphrase"));
    page->findChild<QPushButton *>(QStringLiteral("credentialsSet"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QLatin1String("saved")), 20'000);
    QCOMPARE(m_store.readNow(name).value, QByteArray("second passphrase"));

    // Cancel keeps it; Yes deletes it.
    whenModal(QStringLiteral("confirmDelete"), [](QWidget *box) {
        static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->click();
    QCOMPARE(stateOf(table, name), CredentialState::Stored);
    QVERIFY(m_store.readNow(name).ok());

    whenModal(QStringLiteral("confirmDelete"), [](QWidget *box) {
        static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(table, name), CredentialState::NotStored, 20'000);
    QCOMPARE(m_store.readNow(name).status, secrets::SecretStatus::NotFound);
    QVERIFY2(page->statusText().contains(QLatin1String("no longer")), qPrintable(page->statusText()));
}

void CredentialsPageTest::recordedSshPasswordIsListedAndForgotten()
{
    const QString name = QStringLiteral("ssh/admin@db-01/password");
    // As the SSH code does: write the secret, record its name.
    QVERIFY(m_store.writeNow(name, "hunter2-ssh").ok());
    secrets::CredentialRegistry::remember(*m_settings, name);
    m_settings->sync();
    QVERIFY(!filesUnder(m_dir.path()).contains("hunter2-ssh"));

    std::unique_ptr<CredentialsPage> page = openPage();
    QVERIFY(page);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    const int row = rowOf(table, name);
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("SSH password for admin@db-01"));
    QCOMPARE(stateOf(table, name), CredentialState::Stored);

    select(*page, name);
    whenModal(QStringLiteral("confirmDelete"), [](QWidget *box) {
        static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, name) < 0, 20'000);  // gone from the keychain, so from the list
    QCOMPARE(m_store.readNow(name).status, secrets::SecretStatus::NotFound);
    QVERIFY(!secrets::CredentialRegistry::recorded(*m_settings).contains(name));
}

void CredentialsPageTest::signingKeyDeletionNeedsItsNameTyped()
{
    const QString name = QString::fromLatin1(ConsoleKey::kKeychainEntry);
    QVERIFY(m_store.writeNow(name, QByteArray(32, '\x42')).ok());
    std::unique_ptr<CredentialsPage> page = openPage();
    QVERIFY(page);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    select(*page, name);
    auto *set = page->findChild<QPushButton *>(QStringLiteral("credentialsSet"));
    QVERIFY(!set->isEnabled());  // the console makes its key itself
    QVERIFY(set->toolTip().contains(QLatin1String("enrolled again")));

    // The warning says what happens to the agents; a wrong name keeps the button off; Cancel keeps the key.
    bool sawWarning = false;
    bool wrongNameRefused = false;
    whenModal(QStringLiteral("signingKeyDeleteDialog"), [&](QWidget *dialog) {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        sawWarning = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->text().contains(QLatin1String("every agent refuses"));
        });
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("confirmDeleteName"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QTest::keyClicks(typed, QStringLiteral("console-signing"));
        wrongNameRefused = !confirm->isEnabled();
        static_cast<QDialog *>(dialog)->reject();
    });
    page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->click();
    QVERIFY(sawWarning);
    QVERIFY(wrongNameRefused);
    QVERIFY(m_store.readNow(name).ok());

    whenModal(QStringLiteral("signingKeyDeleteDialog"), [name](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmDeleteName")), name);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm->isEnabled());
        confirm->click();
    });
    page->findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(table, name), CredentialState::NotStored, 20'000);
    QCOMPARE(m_store.readNow(name).status, secrets::SecretStatus::NotFound);
}

void CredentialsPageTest::withoutABusThePageSaysWhatToDo()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.insert(QStringLiteral("CREDENTIALS_PAGE_NO_BUS"), QStringLiteral("1"));
    QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : NoBusTest::pageSaysWhatIsUnavailableAndHowToFixIt"), output.constData());
}

// The child, in a process whose session bus does not exist.
class NoBusTest : public QObject {
    Q_OBJECT
private slots:
    void pageSaysWhatIsUnavailableAndHowToFixIt();
    void nothingIsWrittenInsteadOfTheKeychain();
};

void NoBusTest::pageSaysWhatIsUnavailableAndHowToFixIt()
{
    QSettings settings;  // the console's own settings file, in this child's XDG_CONFIG_HOME
    CredentialsPage page(settings);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *unavailable = page.findChild<QLabel *>(QStringLiteral("credentialsUnavailable"));
    QTRY_VERIFY_WITH_TIMEOUT(unavailable->isVisible(), 60'000);
    const QString text = unavailable->text();
    for (const char *needed : {"No keychain is reachable", "gnome-keyring", "KWallet", "--key-file", "runbooks",
                               "never writes one to a file"})
        QVERIFY2(text.contains(QLatin1String(needed)), qPrintable(text));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("credentialsTable"));
    const int row = rowOf(table, QStringLiteral("ai/openai/api_key"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(table, QStringLiteral("ai/openai/api_key")), CredentialState::Unavailable, 60'000);
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("keychain unavailable"));
    table->selectRow(row);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("credentialsSet"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("credentialsDelete"))->isEnabled());
}

void NoBusTest::nothingIsWrittenInsteadOfTheKeychain()
{
    // Asked to store anyway, the catalogue says why it cannot and leaves no copy behind.
    const QByteArray planted = "planted-no-bus-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QSettings settings;
    secrets::CredentialCatalog catalog(settings);
    std::optional<secrets::SecretResult> answer;
    catalog.set(QStringLiteral("ssh/root@web-01/password"), planted, [&](const secrets::SecretResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60'000);
    QCOMPARE(answer->status, secrets::SecretStatus::Unavailable);
    QVERIFY(answer->message.contains(QLatin1String("gnome-keyring")));
    QVERIFY(!catalog.keychainAvailable());
    settings.sync();
    QVERIFY(!secrets::CredentialRegistry::recorded(settings).contains(QStringLiteral("ssh/root@web-01/password")));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        QVERIFY(!filesUnder(qEnvironmentVariable(variable)).contains(planted));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorStage"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrorstage"));
    if (qEnvironmentVariableIsSet("CREDENTIALS_PAGE_NO_BUS")) {
        NoBusTest test;
        return QTest::qExec(&test, argc, argv);
    }
    CredentialsPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_credentials_page.moc"
