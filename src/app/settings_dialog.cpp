#include "settings_dialog.h"

#include "credentials_page.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mirrorstage::app {
namespace {

struct ThresholdRow {
    core::Threshold core::HealthThresholds::*member;
    double max;
    int decimals;
};

const ThresholdRow kRows[] = {
    {&core::HealthThresholds::cpuPercent, 100, 0},
    {&core::HealthThresholds::memoryPercent, 100, 0},
    {&core::HealthThresholds::swapPercent, 100, 0},
    {&core::HealthThresholds::loadPerCore, 100, 2},
    {&core::HealthThresholds::filesystemPercent, 100, 0},
    {&core::HealthThresholds::temperatureCelsius, 150, 0},
};

QString rowName(int row)
{
    switch (row) {
    case 0: return SettingsDialog::tr("CPU busy (%)");
    case 1: return SettingsDialog::tr("Memory used (%)");
    case 2: return SettingsDialog::tr("Swap used (%)");
    case 3: return SettingsDialog::tr("Load per core");
    case 4: return SettingsDialog::tr("Fullest filesystem (%)");
    case 5: return SettingsDialog::tr("CPU temperature (°C)");
    }
    return {};
}

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, double value, const char *name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(SettingsDialog::tr("Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, title] {
        const QString path = QFileDialog::getOpenFileName(edit, title, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    layout->addWidget(browse);
    return row;
}

double days(QSettings &settings, const char *key, double fallback)
{
    return settings.value(QLatin1String(key), fallback).toDouble();
}

}  // namespace

SettingsDialog::SettingsDialog(QSettings &settings, const WindowSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_values(current)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(agentsPage(), tr("Agents and storage"));
    tabs->addTab(healthPage(), tr("Health"));
    tabs->addTab(displayPage(), tr("Display"));
    tabs->addTab(new CredentialsPage(m_settings, tabs), tr("Credentials"));
    layout->addWidget(tabs);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e5534b"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *SettingsDialog::agentsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_listen = new QLineEdit(m_settings.value(QStringLiteral("hub/listen"), QStringLiteral("127.0.0.1:7340")).toString(), page);
    m_listen->setObjectName(QStringLiteral("listenEdit"));
    form->addRow(tr("Listen on (address:port)"), m_listen);
    m_tlsCert = new QLineEdit(m_settings.value(QStringLiteral("hub/tls_certificate")).toString(), page);
    m_tlsCert->setObjectName(QStringLiteral("tlsCertEdit"));
    form->addRow(tr("TLS certificate (PEM)"), withBrowse(m_tlsCert, page, tr("TLS certificate")));
    m_tlsKey = new QLineEdit(m_settings.value(QStringLiteral("hub/tls_key")).toString(), page);
    m_tlsKey->setObjectName(QStringLiteral("tlsKeyEdit"));
    form->addRow(tr("TLS private key (PEM)"), withBrowse(m_tlsKey, page, tr("TLS private key")));
    m_rawDays = spin(page, 0.01, 3650, 2, days(m_settings, "store/raw_samples_days", 7), "rawDays");
    form->addRow(tr("Keep every sample for (days)"), m_rawDays);
    m_rollupDays = spin(page, 0.01, 3650, 2, days(m_settings, "store/rollups_days", 90), "rollupDays");
    form->addRow(tr("Keep minute summaries for (days)"), m_rollupDays);
    m_logDays = spin(page, 0.01, 3650, 2, days(m_settings, "store/log_events_days", 30), "logDays");
    form->addRow(tr("Keep log events for (days)"), m_logDays);
    auto *note = new QLabel(tr("These take effect the next time the console starts."), page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::healthPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("Warning at"), page), 0, 1);
    grid->addWidget(new QLabel(tr("Critical at"), page), 0, 2);
    for (int row = 0; row < int(std::size(kRows)); ++row) {
        const core::Threshold &threshold = m_values.thresholds.*kRows[row].member;
        grid->addWidget(new QLabel(rowName(row), page), row + 1, 0);
        ThresholdEditors editors;
        editors.warning = spin(page, 0.01, kRows[row].max, kRows[row].decimals, threshold.warning, "thresholdWarning");
        editors.critical = spin(page, 0.01, kRows[row].max, kRows[row].decimals, threshold.critical, "thresholdCritical");
        grid->addWidget(editors.warning, row + 1, 1);
        grid->addWidget(editors.critical, row + 1, 2);
        m_thresholds.append(editors);
    }
    const int last = int(std::size(kRows)) + 1;
    grid->addWidget(new QLabel(tr("Stale after missed intervals"), page), last, 0);
    m_staleIntervals = spin(page, 1, 1000, 1, m_values.thresholds.staleAfterIntervals, "staleIntervals");
    grid->addWidget(m_staleIntervals, last, 1);
    grid->setRowStretch(last + 1, 1);
    return page;
}

QWidget *SettingsDialog::displayPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_bytes = new QComboBox(page);
    m_bytes->setObjectName(QStringLiteral("bytesUnits"));
    m_bytes->addItem(tr("KiB, MiB, GiB (powers of 1024)"), true);
    m_bytes->addItem(tr("kB, MB, GB (powers of 1000)"), false);
    m_bytes->setCurrentIndex(m_values.binaryBytes ? 0 : 1);
    form->addRow(tr("Sizes"), m_bytes);
    m_network = new QComboBox(page);
    m_network->setObjectName(QStringLiteral("networkUnits"));
    m_network->addItem(tr("bits per second"), true);
    m_network->addItem(tr("bytes per second"), false);
    m_network->setCurrentIndex(m_values.networkBits ? 0 : 1);
    form->addRow(tr("Network rates"), m_network);
    m_temperature = new QComboBox(page);
    m_temperature->setObjectName(QStringLiteral("temperatureUnits"));
    m_temperature->addItem(tr("Celsius"), false);
    m_temperature->addItem(tr("Fahrenheit"), true);
    m_temperature->setCurrentIndex(m_values.fahrenheit ? 1 : 0);
    form->addRow(tr("Temperatures"), m_temperature);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_values.language)));
    form->addRow(tr("Language"), m_language);
    m_racksFile = new QLineEdit(m_values.racksFile, page);
    m_racksFile->setObjectName(QStringLiteral("racksFileEdit"));
    form->addRow(tr("Rack layout (racks.json)"), withBrowse(m_racksFile, page, tr("Rack layout")));
    return page;
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

bool SettingsDialog::save()
{
    WindowSettings values = m_values;
    for (int row = 0; row < m_thresholds.size(); ++row) {
        core::Threshold &threshold = values.thresholds.*kRows[row].member;
        threshold.warning = m_thresholds[row].warning->value();
        threshold.critical = m_thresholds[row].critical->value();
    }
    values.thresholds.staleAfterIntervals = m_staleIntervals->value();
    values.binaryBytes = m_bytes->currentData().toBool();
    values.networkBits = m_network->currentData().toBool();
    values.fahrenheit = m_temperature->currentData().toBool();
    values.language = m_language->currentData().toString();
    values.racksFile = m_racksFile->text().trimmed();

    QString problem;
    if (!values.thresholds.isValid(&problem)) {
        m_error->setText(problem);
        return false;
    }
    const QString listen = m_listen->text().trimmed();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port < 1 || port > 65535 || QHostAddress(host).isNull()) {
        m_error->setText(tr("\"%1\" is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340").arg(listen));
        return false;
    }
    if (m_tlsCert->text().trimmed().isEmpty() != m_tlsKey->text().trimmed().isEmpty()) {
        m_error->setText(tr("TLS needs both a certificate and its private key, or neither."));
        return false;
    }
    m_settings.setValue(QStringLiteral("hub/listen"), listen);
    m_settings.setValue(QStringLiteral("hub/tls_certificate"), m_tlsCert->text().trimmed());
    m_settings.setValue(QStringLiteral("hub/tls_key"), m_tlsKey->text().trimmed());
    m_settings.setValue(QStringLiteral("store/raw_samples_days"), m_rawDays->value());
    m_settings.setValue(QStringLiteral("store/rollups_days"), m_rollupDays->value());
    m_settings.setValue(QStringLiteral("store/log_events_days"), m_logDays->value());
    WindowSettingsStore::save(m_settings, values);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        m_error->setText(tr("The settings could not be written to %1.").arg(m_settings.fileName()));
        return false;
    }
    m_error->clear();
    m_values = values;
    emit applied(values);
    return true;
}

}  // namespace mirrorstage::app
