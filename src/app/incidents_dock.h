#pragma once
// The Incidents dock: what is wrong on which host, and what to do about it. The list of incidents
// (resolved ones on request); for the selected one its history and the proposals with each
// command's safety level and reasons, rollback and verification; Approve (through ApprovalDialog,
// with the gesture the level demands), Reject with a reason, Ask again; Acknowledge, Silence and
// Resolve; and the live output of the commands running for it. It reads and writes through the
// store like msctl does, so decisions taken either way show in both.

#include "incident_list_model.h"
#include "proposal_repository.h"
#include "execution_repository.h"
#include "usage_repository.h"

#include <QDockWidget>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace mirrorstage::app {

class RemediationService;
class StoreClient;

class IncidentsDock : public QDockWidget {
    Q_OBJECT
public:
    IncidentsDock(StoreClient &store, RemediationService *remediation, QString operatorName, QWidget *parent = nullptr);
    // Who the next decisions are recorded as (follows the Google sign-in).
    void setOperatorName(const QString &name) { m_operator = name; }

    IncidentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *proposalBox() const { return m_proposals; }
    QPushButton *approveButton() const { return m_approve; }
    QTextBrowser *detailsView() const { return m_details; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *usageLabel() const { return m_usage; }

    void refresh();
    void selectIncident(qint64 id);
    qint64 currentIncident() const;
    // Approves the selected proposal with the gesture given (the dialog's, or a test's).
    void approveWith(const core::ApprovalGesture &gesture);

signals:
    void refreshed();
    void selectedHost(const QString &hostname);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Details {
        QList<store::IncidentTransition> history;
        QList<store::ProposalRecord> proposals;
        QList<store::ExecutionRecord> executions;
    };
    void showDetails();
    void renderDetails(const store::IncidentRecord &incident, const Details &details);
    void openApproval();
    void reject();
    void changeState(const QString &action);
    void retranslate();
    void updateButtons();
    void showUsage(const QList<store::UsageRow> &rows);
    std::optional<store::ProposalRecord> selectedProposal() const;

    StoreClient &m_store;
    RemediationService *m_remediation = nullptr;
    QString m_operator;
    IncidentListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QPushButton *m_ack = nullptr, *m_silence = nullptr, *m_resolve = nullptr;
    QTextBrowser *m_details = nullptr;
    QComboBox *m_proposals = nullptr;
    QPushButton *m_approve = nullptr, *m_reject = nullptr, *m_askAgain = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_usage = nullptr;  // AI tokens and cost today
    QTimer m_refreshTimer;
    Details m_current;
    qint64 m_shownIncident = 0;
    QSet<QString> m_executionIds;  // of the shown incident, for the live output
};

}  // namespace mirrorstage::app
