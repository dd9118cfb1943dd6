#pragma once
// The window's status bar: agents online / total, samples per second, the database's size on
// disk, and the address agents connect to. Counts come from FleetState; the size from the store
// (through StoreClient, every few seconds).

#include <QStatusBar>

class QLabel;

namespace mirrorstage::core {
class FleetState;
}

namespace mirrorstage::app {

class StoreClient;

class ConsoleStatusBar : public QStatusBar {
    Q_OBJECT
public:
    ConsoleStatusBar(core::FleetState &state, StoreClient &store, QString listenUrl, QWidget *parent = nullptr);

    QString agentsText() const;
    QString databaseText() const;
    QString accountText() const;
    // The operator signed in with Google; empty: nobody.
    void setAccount(const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void measureDatabase();

    core::FleetState &m_state;
    StoreClient &m_store;
    QString m_listenUrl;
    QLabel *m_agents = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_listen = nullptr;
    QLabel *m_account = nullptr;
    QString m_email;
    qint64 m_databaseBytes = -1;
};

}  // namespace mirrorstage::app
