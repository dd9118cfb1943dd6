#pragma once
// The Host details dock: everything about the host the operator selected (HostSelection), in
// five tabs that read well at 400 px: a header (name, health and why, agent, rack and slot,
// tags, last seen), Live (CPU, cores, load, memory, swap, temperatures, the agent's problems,
// host facts), Storage (filesystems, disks), Network (interfaces), Processes (top by CPU and by
// memory) and Charts (key series over 15 min / 1 h / 1 day from the store).
//
// Live values come from the host's newest sample (HostEntry::latestSample, decoded here when it
// changes) and are written into the existing labels and table items: scroll positions, the
// selected row (followed by its key: a mount point, an interface, a pid) and the current tab
// survive every update. A sample that does not decode is reported in the dock and the previous
// values stay. Charts are queried through StoreClient, never on the UI thread: on a change of
// host or range, then every kChartRefreshMs while the dock is visible; a result for a host or
// range no longer shown is dropped, and the old chart stays until its replacement arrives.

#include "host_sample.h"

#include <QDockWidget>
#include <memory>
#include <optional>

namespace mirrorstage::core {
class FleetState;
class HostSelection;
struct FleetChange;
struct HostEntry;
}  // namespace mirrorstage::core

namespace mirrorstage::app {

class SeriesChart;
class StoreClient;

class HostDetailsDock : public QDockWidget {
    Q_OBJECT
public:
    enum class ChartRange { Minutes15, Hour, Day };
    Q_ENUM(ChartRange)
    // The charts, in the order they are shown.
    enum class Chart { Cpu, Memory, Load, Network, Filesystem, Temperature };
    static constexpr int kChartCount = 6;
    static constexpr int kChartRefreshMs = 10'000;

    HostDetailsDock(core::FleetState &state, core::HostSelection &selection, StoreClient &store,
                    QWidget *parent = nullptr);
    ~HostDetailsDock() override;

    QString agentId() const { return m_agentId; }  // the host shown; empty: none
    // The newest sample that decoded, if any; and why the newest one did not, if it did not.
    const std::optional<HostSample> &sample() const { return m_sample; }
    QString decodeError() const { return m_decodeError; }

    ChartRange chartRange() const { return m_range; }
    void setChartRange(ChartRange range);
    SeriesChart *chart(Chart chart) const;
    // Queries the charts' series again now (also done on a timer while the dock is visible).
    void refreshCharts();
    bool chartQueryPending() const { return m_chartQueriesInFlight > 0; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Widgets;
    struct ChartData;

    void build();
    QWidget *buildHeader();
    QWidget *buildLiveTab();
    QWidget *buildStorageTab();
    QWidget *buildNetworkTab();
    QWidget *buildProcessesTab();
    QWidget *buildFactsGroup(QWidget *parent);
    QWidget *buildChartsTab();
    void retranslate();

    void showHost(const QString &agentId);
    void fleetChanged(const core::FleetChange &change);
    void render();
    void renderHeader(const core::HostEntry &host);
    void renderSample();
    void renderCpu(const HostSample &sample);
    void renderMemory(const HostSample &sample);
    void renderStorage(const HostSample &sample);
    void renderNetwork(const HostSample &sample);
    void renderProcesses(const HostSample &sample);
    void renderSensorsAndProblems(const HostSample &sample);
    void renderFacts(const HostSample &sample);
    void takeSample(const QByteArray &cbor);
    void requestStoredSample();

    void applyChartData(const ChartData &data);
    void setChartPlaceholders(const QString &text);
    void updateChartTitles();

    core::FleetState &m_state;
    core::HostSelection &m_selection;
    StoreClient &m_store;
    std::unique_ptr<Widgets> m_ui;

    QString m_agentId;
    std::optional<HostSample> m_sample;
    QByteArray m_sampleBytes;  // what m_sample was decoded from
    QByteArray m_failedBytes;  // the newest bytes that did not decode (not tried again)
    QString m_decodeError;
    bool m_sampleFromStore = false;  // shown from the store: nothing live since the console started

    ChartRange m_range = ChartRange::Minutes15;
    quint64 m_chartGeneration = 0;  // of the newest request; older answers are not applied
    int m_chartQueriesInFlight = 0;
    qint64 m_chartsQueriedMs = 0;
};

}  // namespace mirrorstage::app
