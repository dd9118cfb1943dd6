#include "console_status_bar.h"

#include "fleet_state.h"
#include "store_client.h"
#include "unit_format.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace mirrorstage::app {

ConsoleStatusBar::ConsoleStatusBar(core::FleetState &state, StoreClient &store, QString listenUrl, QWidget *parent)
    : QStatusBar(parent)
    , m_state(state)
    , m_store(store)
    , m_listenUrl(std::move(listenUrl))
{
    setObjectName(QStringLiteral("statusBar"));
    const auto label = [this](const char *name) {
        auto *widget = new QLabel(this);
        widget->setObjectName(QLatin1String(name));
        addPermanentWidget(widget);
        return widget;
    };
    m_agents = label("agentsStatus");
    m_rate = label("rateStatus");
    m_database = label("databaseStatus");
    m_listen = label("listenStatus");
    m_account = label("accountStatus");
    connect(&m_state, &core::FleetState::changed, this, &ConsoleStatusBar::refresh);
    auto *timer = new QTimer(this);
    timer->setInterval(5000);
    connect(timer, &QTimer::timeout, this, &ConsoleStatusBar::measureDatabase);
    timer->start();
    measureDatabase();
    refresh();
}

QString ConsoleStatusBar::agentsText() const
{
    return m_agents->text();
}

QString ConsoleStatusBar::databaseText() const
{
    return m_database->text();
}

QString ConsoleStatusBar::accountText() const
{
    return m_account->text();
}

void ConsoleStatusBar::setAccount(const QString &email)
{
    m_email = email;
    refresh();
}

void ConsoleStatusBar::refresh()
{
    const QLocale locale;
    m_agents->setText(tr("Agents online: %1 / %2").arg(locale.toString(m_state.onlineCount()),
                                                       locale.toString(qsizetype(m_state.hosts().size()))));
    m_rate->setText(tr("%1 samples/s").arg(locale.toString(m_state.samplesPerSecond(), 'f', 1)));
    m_database->setText(m_databaseBytes < 0 ? tr("Database: measuring…")
                                            : tr("Database: %1").arg(UnitFormat::bytes(double(m_databaseBytes))));
    m_listen->setText(tr("Listening on %1").arg(m_listenUrl));
    m_account->setText(m_email.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(m_email));
}

void ConsoleStatusBar::measureDatabase()
{
    m_store.request(
        this,
        // File sizes only: StoreStats also counts the samples, a scan too long to repeat every few seconds.
        [](store::Database &db) {
            const QFileInfo file(db.path()), wal(db.path() + QStringLiteral("-wal"));
            return file.exists() ? file.size() + (wal.exists() ? wal.size() : 0) : qint64(-1);
        },
        [this](qint64 bytes) {
            m_databaseBytes = bytes;
            refresh();
        });
}

void ConsoleStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

}  // namespace mirrorstage::app
