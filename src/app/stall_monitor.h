#pragma once
// Watches the UI thread for stalls: a 5 ms timer that should fire on time; how late it fires is
// how long the thread was busy elsewhere. Every 10 s it logs the longest stall and the 99th
// percentile, as "ui stall: longest X ms, p99 Y ms over N ticks". Off unless its logging category
// is on (QT_LOGGING_RULES="mirrorstage.window.stall.info=true"): waking the UI thread 200 times a
// second is a cost to pay only when someone is measuring (bench/ingest_load --with-window).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <array>

namespace mirrorstage::app {

class UiStallMonitor : public QObject {
    Q_OBJECT
public:
    explicit UiStallMonitor(QObject *parent = nullptr);
    static bool wanted();
    void start();

private:
    void tick();
    void report();

    static constexpr int kTickMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_windowStartNs = 0;
    std::array<quint32, 1001> m_histogram{};  // late by 0..999 ms, and 1 s or more
    quint64 m_ticks = 0;
    qint64 m_longestNs = 0;
};

}  // namespace mirrorstage::app
