#pragma once
// The Enrollment dock: agents waiting to be let in, with Accept and Reject, and "Add an agent…",
// which makes a one-time token and shows the agent's configuration and the command to start it,
// ready to copy. The list follows the store (every 2 s), so decisions made with msctl show too.

#include <QDialog>
#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mirrorstage::app {

class StoreClient;

class EnrollmentDock : public QDockWidget {
    Q_OBJECT
public:
    // endpoint: the URL agents use to reach this console (shown in the configuration).
    EnrollmentDock(StoreClient &store, QString endpoint, QString operatorName, QWidget *parent = nullptr);
    // Who the next decisions are recorded as (follows the Google sign-in).
    void setOperatorName(const QString &name) { m_operator = name; }

    QTableWidget *pendingTable() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *addAgentButton() const { return m_add; }
    void refresh();

signals:
    void decided(const QString &agentId, bool accepted);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pending {
        QString agentId, hostname, version, rack;
        qint64 firstSeenMs = 0;
    };
    void show(const QList<Pending> &pending);
    void decide(bool accept);
    void addAgent();
    void retranslate();
    void updateButtons();

    StoreClient &m_store;
    QString m_endpoint;
    QString m_operator;
    QTableWidget *m_table = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_status = nullptr;
};

// Shows a freshly made enrollment: the token, the agent's configuration, the start command.
class AgentOfferDialog : public QDialog {
    Q_OBJECT
public:
    AgentOfferDialog(const QString &configJson, const QString &command, qint64 expiresMs, QWidget *parent = nullptr);
    QString configText() const;

private:
    QPlainTextEdit *m_config = nullptr;
};

}  // namespace mirrorstage::app
