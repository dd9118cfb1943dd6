#include "enrollment_dock.h"

#include "store_client.h"
#include "enrollment_offer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mirrorstage::app {
namespace {

constexpr qint64 kTokenValidMs = 60 * 60 * 1000;

}  // namespace

EnrollmentDock::EnrollmentDock(StoreClient &store, QString endpoint, QString operatorName, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_endpoint(std::move(endpoint))
    , m_operator(std::move(operatorName))
{
    setObjectName(QStringLiteral("enrollmentDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, 4, body);
    m_table->setObjectName(QStringLiteral("pendingAgents"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(body);
    m_accept->setObjectName(QStringLiteral("acceptAgent"));
    m_reject = new QPushButton(body);
    m_reject->setObjectName(QStringLiteral("rejectAgent"));
    m_add = new QPushButton(body);
    m_add->setObjectName(QStringLiteral("addAgent"));
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_add);
    layout->addLayout(buttons);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_add, &QPushButton::clicked, this, &EnrollmentDock::addAgent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnrollmentDock::updateButtons);
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &EnrollmentDock::refresh);
    timer->start();
    retranslate();
    refresh();
}

void EnrollmentDock::refresh()
{
    m_store.request(
        this,
        [](store::Database &db) {
            QString error;
            QList<Pending> pending;
            for (const store::HostRecord &host : store::HostRepository(db.connection()).list(&error)) {
                if (host.enrollment == store::EnrollmentState::Pending)
                    pending.append({host.agentId, host.hostname, host.agentVersion, host.rack, host.firstSeenMs});
            }
            return std::make_pair(pending, error);
        },
        [this](std::pair<QList<Pending>, QString> result) {
            if (!result.second.isEmpty())
                m_status->setText(result.second);
            show(result.first);
        });
}

void EnrollmentDock::show(const QList<Pending> &pending)
{
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
        ? m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toString()
        : QString();
    m_table->setRowCount(int(pending.size()));
    for (int row = 0; row < pending.size(); ++row) {
        const Pending &agent = pending.at(row);
        const QString cells[] = {agent.hostname, agent.rack, agent.version,
                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(agent.firstSeenMs), QLocale::ShortFormat)};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, agent.agentId);
            item->setToolTip(tr("Agent id %1").arg(agent.agentId));
            m_table->setItem(row, column, item);
        }
        if (agent.agentId == selected)
            m_table->selectRow(row);
    }
    setWindowTitle(pending.isEmpty() ? tr("Enrollment") : tr("Enrollment (%1 waiting)").arg(pending.size()));
    updateButtons();
}

void EnrollmentDock::updateButtons()
{
    const bool chosen = !m_table->selectedItems().isEmpty();
    m_accept->setEnabled(chosen);
    m_reject->setEnabled(chosen);
}

void EnrollmentDock::decide(bool accept)
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    const QString agentId = items.first()->data(Qt::UserRole).toString();
    const QString hostname = m_table->item(items.first()->row(), 0)->text();
    const QString who = m_operator;
    m_store.request(
        this,
        [agentId, accept, who](store::Database &db) {
            QString error;
            store::HostRepository(db.connection())
                .setEnrollmentState(agentId, accept ? store::EnrollmentState::Accepted : store::EnrollmentState::Rejected,
                                    who, QDateTime::currentMSecsSinceEpoch(), &error);
            return error;
        },
        [this, agentId, hostname, accept](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Could not record the decision for %1: %2").arg(hostname, error));
                emit failed(error);
                return;
            }
            m_status->setText(accept ? tr("%1 accepted: it streams at its next retry.").arg(hostname)
                                     : tr("%1 rejected.").arg(hostname));
            emit decided(agentId, accept);
            refresh();
        });
}

void EnrollmentDock::addAgent()
{
    const QString endpoint = m_endpoint;
    m_store.request(
        this,
        [endpoint](store::Database &db) {
            QString error;
            std::optional<QByteArray> key = store::ConsoleIdentity(db.connection()).publicKey(&error);
            if (!key)
                return std::make_pair(std::optional<store::EnrollmentOffer>(), error);
            return std::make_pair(store::EnrollmentOffer::make(db.connection(), endpoint, *key,
                                                               QDateTime::currentMSecsSinceEpoch(), kTokenValidMs,
                                                               tr("made in the console"), &error),
                                  error);
        },
        [this](std::pair<std::optional<store::EnrollmentOffer>, QString> result) {
            if (!result.first) {
                m_status->setText(tr("Could not make an enrollment token: %1").arg(result.second));
                emit failed(result.second);
                return;
            }
            QJsonObject config = result.first->agentConfig;
            config.insert(QStringLiteral("hostname_override"), QStringLiteral("new-host"));
            config.insert(QStringLiteral("rack"), QStringLiteral(""));
            config.insert(QStringLiteral("interval_seconds"), 5);
            const QString json = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented));
            const QString command = QStringLiteral(
                "sudo install -d -m 700 /etc/mirrorstage && sudo install -m 600 reflector.json /etc/mirrorstage/\n"
                "reflector --config /etc/mirrorstage/reflector.json");
            auto *dialog = new AgentOfferDialog(json, command, result.first->token.expiresMs, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void EnrollmentDock::retranslate()
{
    setWindowTitle(tr("Enrollment"));
    m_table->setHorizontalHeaderLabels({tr("Host"), tr("Rack"), tr("Agent version"), tr("First seen")});
    m_accept->setText(tr("Accept"));
    m_reject->setText(tr("Reject"));
    m_add->setText(tr("Add an agent…"));
}

void EnrollmentDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

AgentOfferDialog::AgentOfferDialog(const QString &configJson, const QString &command, qint64 expiresMs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agentOfferDialog"));
    setWindowTitle(tr("Add an agent"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Save this as <b>reflector.json</b> on the new host (edit hostname_override, rack and position). "
           "The token in it enrols one agent, once, until %1; the console keeps only its hash.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresMs), QLocale::LongFormat)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_config = new QPlainTextEdit(configJson, this);
    m_config->setObjectName(QStringLiteral("agentConfig"));
    m_config->setReadOnly(true);
    m_config->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_config, 1);
    auto *copyConfig = new QPushButton(tr("Copy the configuration"), this);
    layout->addWidget(copyConfig);
    layout->addWidget(new QLabel(tr("Then start the agent:"), this));
    auto *commandView = new QPlainTextEdit(command, this);
    commandView->setObjectName(QStringLiteral("agentCommand"));
    commandView->setReadOnly(true);
    commandView->setFont(QFont(QStringLiteral("monospace")));
    commandView->setMaximumHeight(70);
    layout->addWidget(commandView);
    auto *copyCommand = new QPushButton(tr("Copy the command"), this);
    layout->addWidget(copyCommand);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(copyConfig, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_config->toPlainText()); });
    connect(copyCommand, &QPushButton::clicked, this, [command] { QApplication::clipboard()->setText(command); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
}

QString AgentOfferDialog::configText() const
{
    return m_config->toPlainText();
}

}  // namespace mirrorstage::app
