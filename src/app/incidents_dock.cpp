#include "incidents_dock.h"

#include "approval_dialog.h"
#include "audit_chain.h"
#include "remediation_service.h"
#include "store_client.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mirrorstage::app {
namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

}  // namespace

IncidentsDock::IncidentsDock(StoreClient &store, RemediationService *remediation, QString operatorName, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_remediation(remediation)
    , m_operator(std::move(operatorName))
{
    setObjectName(QStringLiteral("incidentsDock"));
    auto *content = new QWidget(this);
    m_model = new IncidentListModel(this);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentListModel::Summary, QHeaderView::Stretch);
    m_showResolved = new QCheckBox(content);
    m_ack = new QPushButton(content);
    m_silence = new QPushButton(content);
    m_resolve = new QPushButton(content);
    m_details = new QTextBrowser(content);
    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_proposals = new QComboBox(content);
    m_proposals->setObjectName(QStringLiteral("proposalBox"));
    m_approve = new QPushButton(content);
    m_approve->setObjectName(QStringLiteral("approveProposal"));
    m_reject = new QPushButton(content);
    m_askAgain = new QPushButton(content);
    m_output = new QPlainTextEdit(content);
    m_output->setObjectName(QStringLiteral("commandOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_usage = new QLabel(content);
    m_usage->setObjectName(QStringLiteral("aiUsage"));

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_showResolved);
    stateRow->addStretch();
    stateRow->addWidget(m_usage);
    stateRow->addWidget(m_ack);
    stateRow->addWidget(m_silence);
    stateRow->addWidget(m_resolve);
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposals, 1);
    proposalRow->addWidget(m_approve);
    proposalRow->addWidget(m_reject);
    proposalRow->addWidget(m_askAgain);
    // Side by side: the dock lives along the bottom of the window, where width is plentiful and
    // height is the 3D view's.
    auto *right = new QWidget(content);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *outputSplitter = new QSplitter(Qt::Vertical, right);
    outputSplitter->addWidget(m_details);
    outputSplitter->addWidget(m_output);
    outputSplitter->setStretchFactor(0, 3);
    outputSplitter->setStretchFactor(1, 1);
    rightLayout->addWidget(outputSplitter, 1);
    rightLayout->addLayout(proposalRow);
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(stateRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_showResolved, &QCheckBox::toggled, this, &IncidentsDock::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetails(); });
    connect(m_proposals, &QComboBox::currentIndexChanged, this, &IncidentsDock::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &IncidentsDock::openApproval);
    connect(m_reject, &QPushButton::clicked, this, &IncidentsDock::reject);
    connect(m_askAgain, &QPushButton::clicked, this, [this] {
        if (m_remediation && currentIncident() > 0) {
            m_remediation->requestProposals(currentIncident());
            m_status->setText(tr("Asked the provider again; its proposals appear here."));
        }
    });
    connect(m_ack, &QPushButton::clicked, this, [this] { changeState(QStringLiteral("acknowledged")); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { changeState(QStringLiteral("resolved")); });
    connect(m_silence, &QPushButton::clicked, this, [this] { changeState(QStringLiteral("silence")); });
    if (m_remediation) {
        connect(m_remediation, &RemediationService::incidentsChanged, this, &IncidentsDock::refresh, Qt::QueuedConnection);
        connect(m_remediation, &RemediationService::executionsChanged, this, &IncidentsDock::refresh, Qt::QueuedConnection);
        connect(m_remediation, &RemediationService::providerFailed, this,
                [this](qint64 incidentId, const QString &message) {
                    if (incidentId == currentIncident())
                        m_status->setText(tr("The provider gave no proposals: %1").arg(message));
                },
                Qt::QueuedConnection);
        connect(m_remediation, &RemediationService::commandOutput, this,
                [this](const QString &executionId, const QString &, const QByteArray &data) {
                    if (m_executionIds.contains(executionId)) {
                        m_output->moveCursor(QTextCursor::End);
                        m_output->insertPlainText(QString::fromUtf8(data));
                    }
                },
                Qt::QueuedConnection);
    }
    connect(&m_refreshTimer, &QTimer::timeout, this, &IncidentsDock::refresh);
    m_refreshTimer.start(2000);
    retranslate();
    updateButtons();
    refresh();
}

qint64 IncidentsDock::currentIncident() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? m_model->data(index.siblingAtColumn(0), IncidentListModel::IncidentIdRole).toLongLong() : 0;
}

void IncidentsDock::selectIncident(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void IncidentsDock::refresh()
{
    const bool all = m_showResolved->isChecked();
    m_store.request(
        this,
        [all](store::Database &db) {
            QString error;
            QList<store::IncidentRecord> list = store::IncidentRepository(db.connection()).list(all, 500, &error);
            QString usageError;
            const QList<store::UsageRow> usage = store::UsageRepository(db.connection())
                                                     .since(store::UsageRepository::dayOf(QDateTime::currentMSecsSinceEpoch()),
                                                            &usageError);
            return std::make_tuple(list, error, usage);
        },
        [this](std::tuple<QList<store::IncidentRecord>, QString, QList<store::UsageRow>> result) {
            showUsage(std::get<2>(result));
            if (!std::get<1>(result).isEmpty()) {
                m_status->setText(std::get<1>(result));
                return;
            }
            const std::pair<QList<store::IncidentRecord>, QString> lists{std::get<0>(result), std::get<1>(result)};
            const qint64 selected = currentIncident();
            m_model->setIncidents(lists.first, QDateTime::currentMSecsSinceEpoch());
            if (selected > 0 && m_table->selectionModel()->currentIndex().isValid() == false)
                selectIncident(selected);
            setWindowTitle(tr("Incidents (%1)").arg(m_model->rowCount()));
            showDetails();
        });
}

void IncidentsDock::showDetails()
{
    const qint64 id = currentIncident();
    if (id <= 0) {
        m_details->clear();
        m_proposals->clear();
        m_current = {};
        m_shownIncident = 0;
        updateButtons();
        emit refreshed();
        return;
    }
    m_store.request(
        this,
        [id](store::Database &db) {
            QString error;
            Details details;
            details.history = store::IncidentRepository(db.connection()).transitions(id, &error);
            details.proposals = store::ProposalRepository(db.connection()).forIncident(id, &error);
            store::ExecutionRepository executions(db.connection());
            for (const store::ProposalRecord &proposal : details.proposals)
                details.executions += executions.forProposal(proposal.id, &error);
            return details;
        },
        [this, id](Details details) {
            const std::optional<store::IncidentRecord> incident = m_model->incident(id);
            if (!incident)
                return;
            if (id != m_shownIncident)
                m_output->clear();
            m_shownIncident = id;
            m_current = details;
            renderDetails(*incident, details);
            emit selectedHost(incident->hostname);
            emit refreshed();
        });
}

void IncidentsDock::renderDetails(const store::IncidentRecord &incident, const Details &details)
{
    QString html = tr("<h3>%1: %2</h3><p>%3 · %4 · rule %5%6</p>")
                       .arg(incident.hostname.toHtmlEscaped(), incident.summary.toHtmlEscaped(),
                            IncidentListModel::severityName(incident.severity), IncidentListModel::stateName(incident.state),
                            incident.ruleId.toHtmlEscaped(),
                            incident.subject.isEmpty() ? QString() : QStringLiteral(" · ") + incident.subject.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const store::IncidentTransition &t : details.history)
        html += QStringLiteral("<li>%1 — %2 (%3): %4</li>")
                    .arg(when(t.atMs), IncidentListModel::stateName(t.toState), t.actor.toHtmlEscaped(), t.note.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_executionIds.clear();
    for (const store::ProposalRecord &p : details.proposals) {
        const core::RiskLevel level = core::riskLevelFromKey(p.riskLevel).value_or(core::RiskLevel::High);
        html += tr("<h4>Proposal %1: %2 <span style='color:%3'>[%4]</span> — %5</h4>")
                    .arg(p.id)
                    .arg(p.title.toHtmlEscaped(), riskLevelColor(level), riskLevelName(level), p.state);
        if (!p.analysis.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(p.analysis.toHtmlEscaped());
        html += QStringLiteral("<ol>");
        for (const store::ProposalCommandRecord &c : p.commands) {
            const core::RiskLevel commandLevel = core::riskLevelFromKey(c.riskLevel).value_or(core::RiskLevel::High);
            html += QStringLiteral("<li><code>%1</code> <span style='color:%2'>[%3]</span> %4<br/><small>%5</small></li>")
                        .arg(c.script.toHtmlEscaped(), riskLevelColor(commandLevel), riskLevelName(commandLevel),
                             c.purpose.toHtmlEscaped(), c.riskReasons.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        html += tr("<p>Expected: %1<br/>Rollback: %2<br/>Verification: <code>%3</code></p>")
                    .arg(p.expectedEffect.toHtmlEscaped(), p.rollback.toHtmlEscaped(), p.verification.toHtmlEscaped());
        for (const store::ExecutionRecord &e : details.executions) {
            if (e.proposalId != p.id)
                continue;
            m_executionIds.insert(e.id);
            QString result = e.state;
            if (e.exitCode)
                result += tr(", exit %1").arg(*e.exitCode);
            if (e.timedOut)
                result += tr(", timed out");
            if (e.truncated)
                result += tr(", output truncated");
            if (!e.refusalCode.isEmpty())
                result += QStringLiteral(", %1: %2").arg(e.refusalCode, e.reason);
            html += QStringLiteral("<p><small><code>%1</code> → %2</small></p>").arg(e.script.toHtmlEscaped(), result.toHtmlEscaped());
            if (!e.stdoutTail.isEmpty() && m_output->toPlainText().isEmpty())
                m_output->setPlainText(e.stdoutTail + e.stderrTail);
        }
    }
    m_details->setHtml(html);

    const qint64 previous = m_proposals->currentData().toLongLong();
    m_proposals->blockSignals(true);
    m_proposals->clear();
    for (const store::ProposalRecord &p : details.proposals)
        m_proposals->addItem(tr("%1 — %2 [%3, %4]").arg(p.id).arg(p.title, p.riskLevel, p.state), p.id);
    const int keep = m_proposals->findData(previous);
    int firstPending = -1;
    for (int i = 0; i < details.proposals.size() && firstPending < 0; ++i) {
        if (details.proposals.at(i).state == QLatin1String("proposed"))
            firstPending = i;
    }
    m_proposals->setCurrentIndex(keep >= 0 ? keep : std::max(firstPending, 0));
    m_proposals->blockSignals(false);
    updateButtons();
}

std::optional<store::ProposalRecord> IncidentsDock::selectedProposal() const
{
    const qint64 id = m_proposals->currentData().toLongLong();
    for (const store::ProposalRecord &p : m_current.proposals) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void IncidentsDock::updateButtons()
{
    const std::optional<store::ProposalRecord> proposal = selectedProposal();
    const bool decidable = proposal && proposal->state == QLatin1String("proposed");
    m_approve->setEnabled(decidable);
    m_reject->setEnabled(decidable);
    const std::optional<store::IncidentRecord> incident = m_model->incident(currentIncident());
    const bool open = incident && incident->state != QLatin1String("resolved");
    m_askAgain->setEnabled(open && m_remediation);
    m_ack->setEnabled(open && incident->state == QLatin1String("open"));
    m_silence->setEnabled(open);
    m_resolve->setEnabled(open);
}

void IncidentsDock::openApproval()
{
    const std::optional<store::ProposalRecord> proposal = selectedProposal();
    const std::optional<store::IncidentRecord> incident = m_model->incident(currentIncident());
    if (!proposal || !incident)
        return;
    ApprovalDialog dialog(*proposal, incident->hostname, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    approveWith(dialog.gesture());
}

void IncidentsDock::approveWith(const core::ApprovalGesture &gesture)
{
    const std::optional<store::ProposalRecord> proposal = selectedProposal();
    if (!proposal)
        return;
    store::ApprovalRequest request;
    request.proposalId = proposal->id;
    request.actor = m_operator;
    request.gesture = gesture;
    m_store.request(
        this,
        [request](store::Database &db) {
            QString error;
            const std::optional<QStringList> ids =
                store::ProposalRepository(db.connection()).approve(request, QDateTime::currentMSecsSinceEpoch(), &error);
            return std::make_pair(ids.value_or(QStringList()), ids ? QString() : error);
        },
        [this, id = proposal->id](std::pair<QStringList, QString> result) {
            if (!result.second.isEmpty()) {
                m_status->setText(tr("Proposal %1 was not approved: %2").arg(id).arg(result.second));
                return;
            }
            m_status->setText(tr("Proposal %1 approved: %n command(s) go to the host; their output appears below.",
                                 nullptr, int(result.first.size()))
                                  .arg(id));
            m_output->clear();
            refresh();
        });
}

void IncidentsDock::reject()
{
    const std::optional<store::ProposalRecord> proposal = selectedProposal();
    if (!proposal)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject proposal %1").arg(proposal->id),
                                                 tr("Why? (kept in the audit log)"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString who = m_operator;
    m_store.request(
        this,
        [id = proposal->id, who, reason](store::Database &db) {
            QString error;
            store::ProposalRepository(db.connection()).reject(id, who, reason, QDateTime::currentMSecsSinceEpoch(), &error);
            return error;
        },
        [this, id = proposal->id](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Proposal %1 rejected.").arg(id)
                                              : tr("Proposal %1 was not rejected: %2").arg(id).arg(error));
            refresh();
        });
}

void IncidentsDock::changeState(const QString &action)
{
    const qint64 id = currentIncident();
    if (id <= 0)
        return;
    const QString who = m_operator;
    m_store.request(
        this,
        [id, action, who](store::Database &db) {
            QString error;
            store::IncidentRepository incidents(db.connection());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const bool ok = action == QLatin1String("silence")
                ? incidents.silence(id, now + 3'600'000, who, now, &error)
                : incidents.transition(id, action, who, IncidentsDock::tr("in the console"), now, &error);
            if (ok)
                store::AuditChain(db.connection())
                    .append(who, QStringLiteral("incident.") + (action == QLatin1String("silence") ? QStringLiteral("silenced") : action),
                            QStringLiteral("incident %1").arg(id), {}, now, &error);
            return ok ? QString() : error;
        },
        [this](const QString &error) {
            m_status->setText(error);
            refresh();
        });
}

void IncidentsDock::showUsage(const QList<store::UsageRow> &rows)
{
    qint64 requests = 0, input = 0, output = 0, micro = 0;
    QStringList byModel;
    for (const store::UsageRow &row : rows) {
        requests += row.requests;
        input += row.inputTokens;
        output += row.outputTokens;
        micro += row.costMicroUsd;
        byModel.append(tr("%1 %2: %3 requests, %4 + %5 tokens, %6 USD")
                           .arg(row.provider, row.model)
                           .arg(row.requests)
                           .arg(row.inputTokens)
                           .arg(row.outputTokens)
                           .arg(QLocale().toString(double(row.costMicroUsd) / 1e6, 'f', 4)));
    }
    m_usage->setText(tr("AI today: %n request(s), %1 tokens, %2 USD", nullptr, int(requests))
                         .arg(QLocale().toString(input + output))
                         .arg(QLocale().toString(double(micro) / 1e6, 'f', 4)));
    m_usage->setToolTip(byModel.isEmpty() ? tr("No AI provider was asked today.") : byModel.join(QLatin1Char('\n')));
}

void IncidentsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void IncidentsDock::retranslate()
{
    setWindowTitle(tr("Incidents (%1)").arg(m_model->rowCount()));
    m_showResolved->setText(tr("Show resolved"));
    m_ack->setText(tr("Acknowledge"));
    m_silence->setText(tr("Silence 1 h"));
    m_resolve->setText(tr("Resolve"));
    m_approve->setText(tr("Approve…"));
    m_reject->setText(tr("Reject…"));
    m_askAgain->setText(tr("Ask again"));
    m_output->setPlaceholderText(tr("The output of approved commands appears here as they run."));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, IncidentListModel::ColumnCount - 1);
}

}  // namespace mirrorstage::app
