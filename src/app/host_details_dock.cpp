#include "host_details_dock.h"

#include "fleet_state.h"
#include "health.h"
#include "host_selection.h"
#include "sample_decoder.h"
#include "series_chart.h"
#include "store_client.h"
#include "unit_format.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace mirrorstage::app {
namespace {

constexpr qint64 kMinuteMs = 60'000;
// Agents' clocks run a little ahead of ours now and then: ask the store for a minute past now.
constexpr qint64 kClockSlackMs = kMinuteMs;
// A query that never answers (the store could not be opened) must not stop the refreshes.
constexpr qint64 kQueryGiveUpMs = 60'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 rangeMs(HostDetailsDock::ChartRange range)
{
    switch (range) {
    case HostDetailsDock::ChartRange::Minutes15: return 15 * kMinuteMs;
    case HostDetailsDock::ChartRange::Hour: return 60 * kMinuteMs;
    case HostDetailsDock::ChartRange::Day: return 24 * 60 * kMinuteMs;
    }
    return 15 * kMinuteMs;
}

// The series the charts draw, as they come out of the store.
enum SeriesIndex { CpuSeries, MemorySeries, LoadSeries, RxSeries, TxSeries, FilesystemSeries, TemperatureSeries,
                   SeriesIndexCount };

struct RawSource {
    SeriesIndex index;
    std::optional<qint64> store::SampleSeries::*member;
    double scale;
};

struct RollupSource {
    SeriesIndex index;
    store::RollupRange store::MinuteRollup::*member;
    double scale;
};

// Units in sample_series.h: *_x100 are hundredths, *_bps bytes per second.
constexpr RawSource kRawSources[] = {
    {CpuSeries, &store::SampleSeries::cpuBusyX100, 0.01},
    {MemorySeries, &store::SampleSeries::memUsedX100, 0.01},
    {LoadSeries, &store::SampleSeries::load1X100, 0.01},
    {RxSeries, &store::SampleSeries::netRxBps, 1.0},
    {TxSeries, &store::SampleSeries::netTxBps, 1.0},
    {FilesystemSeries, &store::SampleSeries::fsUsedX100, 0.01},
    {TemperatureSeries, &store::SampleSeries::cpuTempX100, 0.01},
};

constexpr RollupSource kRollupSources[] = {
    {CpuSeries, &store::MinuteRollup::cpuBusyX100, 0.01},
    {MemorySeries, &store::MinuteRollup::memUsedX100, 0.01},
    {LoadSeries, &store::MinuteRollup::load1X100, 0.01},
    {RxSeries, &store::MinuteRollup::netRxBps, 1.0},
    {TxSeries, &store::MinuteRollup::netTxBps, 1.0},
    {FilesystemSeries, &store::MinuteRollup::fsUsedX100, 0.01},
    {TemperatureSeries, &store::MinuteRollup::cpuTempX100, 0.01},
};

template <typename T, typename Format>
QString orMissing(const std::optional<T> &value, Format format)
{
    return value ? format(*value) : UnitFormat::missing();
}

void setText(QLabel *label, const QString &text, const QString &toolTip = {})
{
    if (label->text() != text)
        label->setText(text);
    if (label->toolTip() != toolTip)
        label->setToolTip(toolTip);
}

void setBar(QProgressBar *bar, std::optional<double> percent, const QString &text)
{
    const int value = percent ? int(std::lround(std::clamp(*percent, 0.0, 100.0) * 10)) : 0;
    if (bar->value() != value)
        bar->setValue(value);
    // QProgressBar expands %p, %v and %m in its format; our texts never put a letter after a %.
    if (bar->format() != text)
        bar->setFormat(text);
}

QProgressBar *makeBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    bar->setAlignment(Qt::AlignCenter);
    return bar;
}

// One row of a live table: its key (what a selection follows) and its cells.
struct TableRow {
    QString key;
    QStringList cells;
    QStringList toolTips;  // per cell, may be shorter than cells
};

constexpr int kKeyRole = Qt::UserRole + 1;

QString selectedKey(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = table->item(selected.first()->row(), 0);
    return first ? first->data(kKeyRole).toString() : QString();
}

// Writes rows into the table's existing items (creating only what is missing), so that the
// scroll position stays; the selection follows its row's key when rows move.
void fillTable(QTableWidget *table, const QList<TableRow> &rows)
{
    const QString keep = selectedKey(table);
    const int columns = table->columnCount();
    const QList<int> numeric = table->property("numericColumns").value<QList<int>>();
    if (table->rowCount() != rows.size())
        table->setRowCount(int(rows.size()));
    int keptRow = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const TableRow &row = rows.at(r);
        for (int c = 0; c < columns; ++c) {
            QTableWidgetItem *item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setTextAlignment(numeric.contains(c) ? (Qt::AlignRight | Qt::AlignVCenter)
                                                           : (Qt::AlignLeft | Qt::AlignVCenter));
                table->setItem(r, c, item);
            }
            const QString text = row.cells.value(c);
            if (item->text() != text)
                item->setText(text);
            const QString toolTip = row.toolTips.value(c);
            if (item->toolTip() != toolTip)
                item->setToolTip(toolTip);
        }
        if (QTableWidgetItem *first = table->item(r, 0); first && first->data(kKeyRole).toString() != row.key)
            first->setData(kKeyRole, row.key);
        if (!keep.isEmpty() && row.key == keep)
            keptRow = r;
    }
    if (table->property("fitRows").toBool()) {
        const int height = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
            + 2 * table->frameWidth();
        if (table->height() != height)
            table->setFixedHeight(height);
    }
    if (keep.isEmpty())
        return;
    QItemSelectionModel *selection = table->selectionModel();
    if (keptRow < 0) {
        selection->clearSelection();
        return;
    }
    const QModelIndex left = table->model()->index(keptRow, 0);
    const QModelIndex right = table->model()->index(keptRow, columns - 1);
    const QItemSelection wanted(left, right);
    if (selection->selection() != wanted)
        selection->select(wanted, QItemSelectionModel::ClearAndSelect);  // not setCurrentIndex: it would scroll
}

// Per-core busy shares as a grid of small bars: 128 cores still fit a narrow dock.
class CoreGrid : public QWidget {
public:
    explicit CoreGrid(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setCores(const QList<CoreSample> &cores)
    {
        const bool resized = cores.size() != m_cores.size();
        m_cores = cores;
        if (resized)
            updateGeometry();
        update();
    }
    int coreCount() const { return int(m_cores.size()); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        if (m_cores.isEmpty())
            return 0;
        const int perRow = std::max(1, width / kCell);
        return int((m_cores.size() + perRow - 1) / perRow) * kRowHeight;
    }
    QSize sizeHint() const override { return {16 * kCell, heightForWidth(16 * kCell)}; }
    QSize minimumSizeHint() const override { return {kCell * 4, heightForWidth(kCell * 4)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const int perRow = std::max(1, width() / kCell);
        QColor track = palette().color(QPalette::Mid);
        track.setAlphaF(0.35);
        for (int i = 0; i < m_cores.size(); ++i) {
            const QRect cell = cellRect(i, perRow);
            painter.fillRect(cell, track);
            const std::optional<CpuUsage> &usage = m_cores.at(i).usage;
            if (!usage)
                continue;
            const double busy = std::clamp(usage->busyPercent, 0.0, 100.0);
            const int filled = int(std::lround(cell.height() * busy / 100.0));
            painter.fillRect(QRect(cell.left(), cell.bottom() - filled + 1, cell.width(), filled), colourFor(busy));
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        const auto *help = static_cast<QHelpEvent *>(event);
        const int perRow = std::max(1, width() / kCell);
        for (int i = 0; i < m_cores.size(); ++i) {
            if (!cellRect(i, perRow).adjusted(-1, -1, 2, 2).contains(help->pos()))
                continue;
            const CoreSample &core = m_cores.at(i);
            QString text = HostDetailsDock::tr("CPU %1: %2 busy")
                               .arg(core.id)
                               .arg(orMissing(core.usage, [](const CpuUsage &u) { return UnitFormat::percent(u.busyPercent); }));
            if (core.mhz)
                text += QLatin1Char('\n') + UnitFormat::frequency(*core.mhz);
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }

private:
    static constexpr int kCell = 12;       // width of a core's slot, bar and gap
    static constexpr int kRowHeight = 26;  // height of a row, bar and gap

    QRect cellRect(int index, int perRow) const
    {
        return QRect((index % perRow) * kCell, (index / perRow) * kRowHeight, kCell - 3, kRowHeight - 4);
    }

    QColor colourFor(double busy) const
    {
        if (busy >= 95)
            return QColor::fromRgb(core::healthRgb(core::Health::Critical));
        if (busy >= 85)
            return QColor::fromRgb(core::healthRgb(core::Health::Warning));
        return palette().color(QPalette::Highlight);
    }

    QList<CoreSample> m_cores;
};

QString joinedOrMissing(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    }
    return present.isEmpty() ? UnitFormat::missing() : present.join(separator);
}

}  // namespace

struct HostDetailsDock::Widgets {
    QStackedWidget *pages = nullptr;
    QLabel *hint = nullptr;
    QWidget *hostPage = nullptr;

    // Header.
    QLabel *hostName = nullptr, *healthBadge = nullptr, *presence = nullptr, *reasons = nullptr;
    QLabel *decodeError = nullptr, *sampleNote = nullptr;
    QLabel *agentId = nullptr, *version = nullptr, *rack = nullptr, *tags = nullptr, *lastSeen = nullptr;
    QTabWidget *tabs = nullptr;

    // Live.
    QProgressBar *cpuBusy = nullptr;
    QLabel *cpuUser = nullptr, *cpuSystem = nullptr, *cpuIowait = nullptr, *cpuSteal = nullptr, *load = nullptr;
    CoreGrid *cores = nullptr;
    QProgressBar *memory = nullptr, *swap = nullptr;
    QLabel *memoryAvailable = nullptr, *noSwap = nullptr;
    QGroupBox *sensorsGroup = nullptr, *problemsGroup = nullptr;
    QLabel *hottestCpu = nullptr;
    QTableWidget *temperatures = nullptr, *problems = nullptr;

    // Storage, network, processes.
    QTableWidget *filesystems = nullptr, *disks = nullptr, *interfaces = nullptr;
    QLabel *processCount = nullptr;
    QTableWidget *topCpu = nullptr, *topMemory = nullptr;

    // Host facts.
    QLabel *os = nullptr, *kernel = nullptr, *hardware = nullptr, *cpuModel = nullptr, *coreCount = nullptr;
    QLabel *uptime = nullptr, *bootId = nullptr, *kernelHostname = nullptr, *sampleTime = nullptr;

    // Charts.
    QWidget *chartsTab = nullptr;
    QButtonGroup *rangeGroup = nullptr;
    std::array<SeriesChart *, kChartCount> charts{};
    QLabel *chartStatus = nullptr;
    QTimer *chartTimer = nullptr;
    QTimer *clock = nullptr;

    // Re-run on QEvent::LanguageChange: every static text, each with its own tr().
    QList<std::function<void()>> retranslators;
};

struct HostDetailsDock::ChartData {
    QString agentId;
    ChartRange range = ChartRange::Minutes15;
    quint64 generation = 0;
    qint64 fromMs = 0, toMs = 0;
    QString error;
    std::array<QList<ChartPoint>, SeriesIndexCount> series;
};

HostDetailsDock::HostDetailsDock(core::FleetState &state, core::HostSelection &selection, StoreClient &store,
                                 QWidget *parent)
    : QDockWidget(parent)
    , m_state(state)
    , m_selection(selection)
    , m_store(store)
    , m_ui(std::make_unique<Widgets>())
{
    setObjectName(QStringLiteral("hostDetailsDock"));
    build();
    retranslate();

    connect(&m_state, &core::FleetState::changed, this, &HostDetailsDock::fleetChanged);
    connect(&m_selection, &core::HostSelection::changed, this, &HostDetailsDock::showHost);

    // "Last seen 12 s ago" ages without any frame; offline hosts send none.
    m_ui->clock = new QTimer(this);
    m_ui->clock->setInterval(1000);
    connect(m_ui->clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            render();
    });
    m_ui->clock->start();

    m_ui->chartTimer = new QTimer(this);
    m_ui->chartTimer->setInterval(kChartRefreshMs);
    connect(m_ui->chartTimer, &QTimer::timeout, this, [this] {
        // The timer never piles up queries: it waits for the one in flight (unless that one
        // never answers, e.g. when the store could not be opened).
        const bool waiting = m_chartQueriesInFlight > 0 && nowMs() - m_chartsQueriedMs < kQueryGiveUpMs;
        if (isVisible() && m_ui->tabs->currentWidget() == m_ui->chartsTab && !waiting)
            refreshCharts();
    });
    m_ui->chartTimer->start();

    showHost(m_selection.agentId());
}

HostDetailsDock::~HostDetailsDock()
{
    // The widgets go while m_ui still exists, and without telling this dock about it.
    m_ui->tabs->disconnect(this);
    m_ui->rangeGroup->disconnect(this);
    delete m_ui->pages;
}

// ---------------------------------------------------------------------------------------------
// Building

void HostDetailsDock::build()
{
    m_ui->pages = new QStackedWidget(this);

    m_ui->hint = new QLabel(m_ui->pages);
    m_ui->hint->setObjectName(QStringLiteral("hintLabel"));
    m_ui->hint->setAlignment(Qt::AlignCenter);
    m_ui->hint->setWordWrap(true);
    m_ui->hint->setMargin(16);
    m_ui->pages->addWidget(m_ui->hint);

    m_ui->hostPage = new QWidget(m_ui->pages);
    auto *layout = new QVBoxLayout(m_ui->hostPage);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildHeader());
    m_ui->tabs = new QTabWidget(m_ui->hostPage);
    m_ui->tabs->setObjectName(QStringLiteral("hostDetailsTabs"));
    m_ui->tabs->setDocumentMode(true);
    m_ui->tabs->setUsesScrollButtons(true);
    m_ui->tabs->addTab(buildLiveTab(), QString());
    m_ui->tabs->addTab(buildStorageTab(), QString());
    m_ui->tabs->addTab(buildNetworkTab(), QString());
    m_ui->tabs->addTab(buildProcessesTab(), QString());
    m_ui->tabs->addTab(buildChartsTab(), QString());
    m_ui->retranslators << [this] {
        m_ui->tabs->setTabText(0, tr("Live"));
        m_ui->tabs->setTabText(1, tr("Storage"));
        m_ui->tabs->setTabText(2, tr("Network"));
        m_ui->tabs->setTabText(3, tr("Processes"));
        m_ui->tabs->setTabText(4, tr("Charts"));
    };
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->chartsTab && nowMs() - m_chartsQueriedMs >= kChartRefreshMs)
            refreshCharts();
    });
    layout->addWidget(m_ui->tabs, 1);
    m_ui->pages->addWidget(m_ui->hostPage);

    setWidget(m_ui->pages);
    m_ui->retranslators << [this] { setWindowTitle(tr("Host details")); };
}

namespace {

// A form row whose name is translated again on a language change; returns the value label.
QLabel *addFormRow(QFormLayout *form, QList<std::function<void()>> &retranslators, const QString &objectName,
                   std::function<QString()> name)
{
    auto *label = new QLabel(form->parentWidget());
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long ids wrap, never widen the dock
    label->setBuddy(value);
    form->addRow(label, value);
    retranslators << [label, name = std::move(name)] { label->setText(name()); };
    return value;
}

QFormLayout *makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    return form;
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, int columns, const QList<int> &numericColumns,
                        int stretchColumn, bool fitContents)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setProperty("numericColumns", QVariant::fromValue(numericColumns));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);  // mount points and process names: both ends matter
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    if (fitContents) {
        // Inside a scrolling page: as tall as its rows (fillTable keeps it so), no scroll bars.
        table->setProperty("fitRows", true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    return table;
}

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

}  // namespace

QWidget *HostDetailsDock::buildHeader()
{
    auto *header = new QWidget(m_ui->hostPage);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);

    auto *titleRow = new QHBoxLayout;
    m_ui->hostName = new QLabel(header);
    m_ui->hostName->setObjectName(QStringLiteral("hostNameLabel"));
    QFont big = m_ui->hostName->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_ui->hostName->setFont(big);
    m_ui->hostName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->hostName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titleRow->addWidget(m_ui->hostName, 1);
    m_ui->healthBadge = new QLabel(header);
    m_ui->healthBadge->setObjectName(QStringLiteral("healthBadge"));
    titleRow->addWidget(m_ui->healthBadge);
    m_ui->presence = new QLabel(header);
    m_ui->presence->setObjectName(QStringLiteral("presenceLabel"));
    titleRow->addWidget(m_ui->presence);
    layout->addLayout(titleRow);

    m_ui->reasons = new QLabel(header);
    m_ui->reasons->setObjectName(QStringLiteral("healthReasonsLabel"));
    m_ui->reasons->setWordWrap(true);
    layout->addWidget(m_ui->reasons);

    m_ui->decodeError = new QLabel(header);
    m_ui->decodeError->setObjectName(QStringLiteral("decodeErrorLabel"));
    m_ui->decodeError->setWordWrap(true);
    m_ui->decodeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->decodeError->setStyleSheet(QStringLiteral("QLabel { color: #%1; }")
                                         .arg(core::healthRgb(core::Health::Critical), 6, 16, QLatin1Char('0')));
    m_ui->decodeError->hide();
    layout->addWidget(m_ui->decodeError);

    m_ui->sampleNote = new QLabel(header);
    m_ui->sampleNote->setObjectName(QStringLiteral("sampleNoteLabel"));
    m_ui->sampleNote->setWordWrap(true);
    m_ui->sampleNote->hide();
    layout->addWidget(m_ui->sampleNote);

    auto *formHolder = new QWidget(header);
    QFormLayout *form = makeForm(formHolder);
    auto &texts = m_ui->retranslators;
    m_ui->agentId = addFormRow(form, texts, QStringLiteral("agentIdValue"), [] { return tr("Agent"); });
    m_ui->version = addFormRow(form, texts, QStringLiteral("agentVersionValue"), [] { return tr("Version"); });
    m_ui->rack = addFormRow(form, texts, QStringLiteral("rackValue"), [] { return tr("Rack"); });
    m_ui->tags = addFormRow(form, texts, QStringLiteral("tagsValue"), [] { return tr("Tags"); });
    m_ui->lastSeen = addFormRow(form, texts, QStringLiteral("lastSeenValue"), [] { return tr("Last seen"); });
    layout->addWidget(formHolder);
    return header;
}

QWidget *HostDetailsDock::buildLiveTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 4, 2, 4);
    auto &texts = m_ui->retranslators;

    auto *cpuGroup = new QGroupBox(content);
    auto *cpuLayout = new QVBoxLayout(cpuGroup);
    m_ui->cpuBusy = makeBar(cpuGroup, QStringLiteral("cpuBusyBar"));
    cpuLayout->addWidget(m_ui->cpuBusy);
    auto *cpuFormHolder = new QWidget(cpuGroup);
    QFormLayout *cpuForm = makeForm(cpuFormHolder);
    m_ui->cpuUser = addFormRow(cpuForm, texts, QStringLiteral("cpuUserValue"), [] { return tr("User"); });
    m_ui->cpuSystem = addFormRow(cpuForm, texts, QStringLiteral("cpuSystemValue"), [] { return tr("System"); });
    m_ui->cpuIowait = addFormRow(cpuForm, texts, QStringLiteral("cpuIowaitValue"), [] { return tr("I/O wait"); });
    m_ui->cpuSteal = addFormRow(cpuForm, texts, QStringLiteral("cpuStealValue"), [] { return tr("Steal"); });
    m_ui->load = addFormRow(cpuForm, texts, QStringLiteral("loadValue"), [] { return tr("Load 1 · 5 · 15 min"); });
    cpuLayout->addWidget(cpuFormHolder);
    m_ui->cores = new CoreGrid(cpuGroup);
    m_ui->cores->setObjectName(QStringLiteral("coreGrid"));
    cpuLayout->addWidget(m_ui->cores);
    layout->addWidget(cpuGroup);
    texts << [cpuGroup] { cpuGroup->setTitle(tr("CPU")); };

    auto *memoryGroup = new QGroupBox(content);
    auto *memoryLayout = new QVBoxLayout(memoryGroup);
    m_ui->memory = makeBar(memoryGroup, QStringLiteral("memoryBar"));
    memoryLayout->addWidget(m_ui->memory);
    auto *memoryFormHolder = new QWidget(memoryGroup);
    QFormLayout *memoryForm = makeForm(memoryFormHolder);
    m_ui->memoryAvailable =
        addFormRow(memoryForm, texts, QStringLiteral("memoryAvailableValue"), [] { return tr("Available"); });
    memoryLayout->addWidget(memoryFormHolder);
    auto *swapTitle = new QLabel(memoryGroup);
    texts << [swapTitle] { swapTitle->setText(tr("Swap")); };
    memoryLayout->addWidget(swapTitle);
    m_ui->swap = makeBar(memoryGroup, QStringLiteral("swapBar"));
    memoryLayout->addWidget(m_ui->swap);
    m_ui->noSwap = new QLabel(memoryGroup);
    m_ui->noSwap->setObjectName(QStringLiteral("noSwapLabel"));
    m_ui->noSwap->hide();
    memoryLayout->addWidget(m_ui->noSwap);
    layout->addWidget(memoryGroup);
    texts << [memoryGroup] { memoryGroup->setTitle(tr("Memory")); };

    m_ui->sensorsGroup = new QGroupBox(content);
    auto *sensorsLayout = new QVBoxLayout(m_ui->sensorsGroup);
    m_ui->hottestCpu = new QLabel(m_ui->sensorsGroup);
    m_ui->hottestCpu->setObjectName(QStringLiteral("hottestCpuLabel"));
    sensorsLayout->addWidget(m_ui->hottestCpu);
    m_ui->temperatures = makeTable(m_ui->sensorsGroup, QStringLiteral("temperatureTable"), 3, {2}, 0, true);
    sensorsLayout->addWidget(m_ui->temperatures);
    layout->addWidget(m_ui->sensorsGroup);
    texts << [this] {
        m_ui->sensorsGroup->setTitle(tr("Temperatures"));
        m_ui->temperatures->setHorizontalHeaderLabels({tr("Sensor"), tr("Chip"), tr("Temperature")});
    };

    m_ui->problemsGroup = new QGroupBox(content);
    auto *problemsLayout = new QVBoxLayout(m_ui->problemsGroup);
    m_ui->problems = makeTable(m_ui->problemsGroup, QStringLiteral("problemTable"), 2, {}, 1, true);
    m_ui->problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);  // both long: halves
    problemsLayout->addWidget(m_ui->problems);
    layout->addWidget(m_ui->problemsGroup);
    texts << [this] {
        m_ui->problemsGroup->setTitle(tr("Problems the agent reported"));
        m_ui->problems->setHorizontalHeaderLabels({tr("Source"), tr("Reason")});
    };

    layout->addWidget(buildFactsGroup(content));
    layout->addStretch(1);
    return scrolling(content);
}

QWidget *HostDetailsDock::buildStorageTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 4, 2, 4);
    auto *filesystemsTitle = new QLabel(page);
    layout->addWidget(filesystemsTitle);
    m_ui->filesystems = makeTable(page, QStringLiteral("filesystemTable"), 5, {2, 3, 4}, 0, false);
    layout->addWidget(m_ui->filesystems, 3);
    auto *disksTitle = new QLabel(page);
    layout->addWidget(disksTitle);
    m_ui->disks = makeTable(page, QStringLiteral("diskTable"), 4, {1, 2, 3}, 0, false);
    layout->addWidget(m_ui->disks, 1);
    m_ui->retranslators << [this, filesystemsTitle, disksTitle] {
        filesystemsTitle->setText(tr("Filesystems"));
        m_ui->filesystems->setHorizontalHeaderLabels({tr("Mount"), tr("Type"), tr("Used"), tr("Use"), tr("Inodes")});
        disksTitle->setText(tr("Disks"));
        m_ui->disks->setHorizontalHeaderLabels({tr("Disk"), tr("Read"), tr("Write"), tr("Busy")});
    };
    return page;
}

QWidget *HostDetailsDock::buildNetworkTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 4, 2, 4);
    // Two lines per interface, so that everything fits 400 px without a horizontal scroll bar.
    m_ui->interfaces = makeTable(page, QStringLiteral("interfaceTable"), 4, {1, 2, 3}, 0, false);
    m_ui->interfaces->verticalHeader()->setDefaultSectionSize(2 * m_ui->interfaces->fontMetrics().lineSpacing() + 8);
    m_ui->interfaces->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_ui->interfaces);
    m_ui->retranslators << [this] {
        m_ui->interfaces->setHorizontalHeaderLabels(
            {tr("Interface"), tr("Traffic"), tr("Capacity"), tr("Errors, drops")});
    };
    return page;
}

QWidget *HostDetailsDock::buildProcessesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 4, 2, 4);
    m_ui->processCount = new QLabel(page);
    m_ui->processCount->setObjectName(QStringLiteral("processCountLabel"));
    layout->addWidget(m_ui->processCount);
    auto *byCpuTitle = new QLabel(page);
    layout->addWidget(byCpuTitle);
    m_ui->topCpu = makeTable(page, QStringLiteral("topCpuTable"), 6, {0, 3, 4, 5}, 1, false);
    layout->addWidget(m_ui->topCpu, 1);
    auto *byMemoryTitle = new QLabel(page);
    layout->addWidget(byMemoryTitle);
    m_ui->topMemory = makeTable(page, QStringLiteral("topMemoryTable"), 6, {0, 3, 4, 5}, 1, false);
    layout->addWidget(m_ui->topMemory, 1);
    m_ui->retranslators << [this, byCpuTitle, byMemoryTitle] {
        byCpuTitle->setText(tr("Top by CPU"));
        byMemoryTitle->setText(tr("Top by memory"));
        const QStringList headers{tr("PID"), tr("Name"), tr("User"), tr("CPU"), tr("RSS"), tr("Memory")};
        m_ui->topCpu->setHorizontalHeaderLabels(headers);
        m_ui->topMemory->setHorizontalHeaderLabels(headers);
    };
    return page;
}

QWidget *HostDetailsDock::buildFactsGroup(QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    auto *outer = new QVBoxLayout(group);
    auto *formHolder = new QWidget(group);
    QFormLayout *form = makeForm(formHolder);
    auto &texts = m_ui->retranslators;
    texts << [group] { group->setTitle(tr("Host")); };
    m_ui->os = addFormRow(form, texts, QStringLiteral("osValue"), [] { return tr("Operating system"); });
    m_ui->kernel = addFormRow(form, texts, QStringLiteral("kernelValue"), [] { return tr("Kernel"); });
    m_ui->hardware = addFormRow(form, texts, QStringLiteral("hardwareValue"), [] { return tr("Hardware"); });
    m_ui->cpuModel = addFormRow(form, texts, QStringLiteral("cpuModelValue"), [] { return tr("Processor"); });
    m_ui->coreCount = addFormRow(form, texts, QStringLiteral("coreCountValue"), [] { return tr("Cores"); });
    m_ui->uptime = addFormRow(form, texts, QStringLiteral("uptimeValue"), [] { return tr("Up for"); });
    m_ui->bootId = addFormRow(form, texts, QStringLiteral("bootIdValue"), [] { return tr("Boot ID"); });
    m_ui->kernelHostname =
        addFormRow(form, texts, QStringLiteral("kernelHostnameValue"), [] { return tr("Kernel hostname"); });
    m_ui->sampleTime = addFormRow(form, texts, QStringLiteral("sampleTimeValue"), [] { return tr("Sample taken"); });
    outer->addWidget(formHolder);
    return group;
}

QWidget *HostDetailsDock::buildChartsTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 4, 2, 4);

    // A segmented selector: three exclusive buttons side by side.
    auto *selector = new QHBoxLayout;
    selector->setSpacing(0);
    m_ui->rangeGroup = new QButtonGroup(this);
    m_ui->rangeGroup->setExclusive(true);
    const std::pair<ChartRange, QString> ranges[] = {{ChartRange::Minutes15, QStringLiteral("range15mButton")},
                                                     {ChartRange::Hour, QStringLiteral("range1hButton")},
                                                     {ChartRange::Day, QStringLiteral("range1dButton")}};
    for (const auto &[range, name] : ranges) {
        auto *button = new QToolButton(content);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_ui->rangeGroup->addButton(button, int(range));
        selector->addWidget(button);
    }
    m_ui->retranslators << [this] {
        m_ui->rangeGroup->button(int(ChartRange::Minutes15))->setText(tr("15 min"));
        m_ui->rangeGroup->button(int(ChartRange::Hour))->setText(tr("1 hour"));
        m_ui->rangeGroup->button(int(ChartRange::Day))->setText(tr("1 day"));
    };
    connect(m_ui->rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setChartRange(ChartRange(id)); });
    layout->addLayout(selector);

    m_ui->chartStatus = new QLabel(content);
    m_ui->chartStatus->setObjectName(QStringLiteral("chartStatusLabel"));
    m_ui->chartStatus->setWordWrap(true);
    m_ui->chartStatus->hide();
    layout->addWidget(m_ui->chartStatus);

    const QString names[kChartCount] = {QStringLiteral("cpuChart"),    QStringLiteral("memoryChart"),
                                        QStringLiteral("loadChart"),   QStringLiteral("networkChart"),
                                        QStringLiteral("filesystemChart"), QStringLiteral("temperatureChart")};
    for (int i = 0; i < kChartCount; ++i) {
        auto *chart = new SeriesChart(content);
        chart->setObjectName(names[i]);
        chart->setFixedHeight(140);
        m_ui->charts[i] = chart;
        layout->addWidget(chart);
    }
    const auto percent = [](double v) { return UnitFormat::percent(v); };
    chart(Chart::Cpu)->setFormatter(percent);
    chart(Chart::Cpu)->setValueRange(0, 100);
    chart(Chart::Memory)->setFormatter(percent);
    chart(Chart::Memory)->setValueRange(0, 100);
    chart(Chart::Load)->setFormatter([](double v) { return UnitFormat::load(v); });
    chart(Chart::Load)->setValueRange(0, 1);
    chart(Chart::Network)->setFormatter([](double v) { return UnitFormat::networkRate(v); });
    chart(Chart::Network)->setValueRange(0, std::nullopt);
    chart(Chart::Filesystem)->setFormatter(percent);
    chart(Chart::Filesystem)->setValueRange(0, 100);
    // Stored in °C; the formatter shows the operator's scale, and the axis is linear in both.
    chart(Chart::Temperature)->setFormatter([](double v) { return UnitFormat::temperature(v); });
    chart(Chart::Temperature)->setValueRange(20, 80);
    m_ui->retranslators << [this] { updateChartTitles(); };
    layout->addStretch(1);

    m_ui->chartsTab = scrolling(content);
    return m_ui->chartsTab;
}

void HostDetailsDock::retranslate()
{
    for (const auto &apply : std::as_const(m_ui->retranslators))
        apply();
}

void HostDetailsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        render();
    }
    QDockWidget::changeEvent(event);
}

void HostDetailsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    render();
    if (m_ui->tabs->currentWidget() == m_ui->chartsTab && nowMs() - m_chartsQueriedMs >= kChartRefreshMs)
        refreshCharts();
}

SeriesChart *HostDetailsDock::chart(Chart which) const
{
    return m_ui->charts.at(std::size_t(which));
}

// ---------------------------------------------------------------------------------------------
// Following the selection and the fleet

void HostDetailsDock::showHost(const QString &agentId)
{
    if (agentId == m_agentId && !m_agentId.isEmpty())
        return;
    m_agentId = agentId;
    m_sample.reset();
    m_sampleBytes.clear();
    m_failedBytes.clear();
    m_decodeError.clear();
    m_sampleFromStore = false;
    // Another host: what was selected and scrolled to belonged to the previous one.
    for (QTableWidget *table : {m_ui->temperatures, m_ui->problems, m_ui->filesystems, m_ui->disks,
                                m_ui->interfaces, m_ui->topCpu, m_ui->topMemory}) {
        table->clearSelection();
        table->setRowCount(0);
        table->scrollToTop();
    }
    m_ui->chartStatus->hide();
    for (SeriesChart *c : m_ui->charts)
        c->clear();
    if (m_agentId.isEmpty()) {
        render();
        return;
    }
    setChartPlaceholders(tr("Loading…"));
    render();
    if (m_sampleBytes.isEmpty())
        requestStoredSample();
    refreshCharts();
}

void HostDetailsDock::fleetChanged(const core::FleetChange &change)
{
    // A closed or tabbed-away dock catches up in showEvent().
    if (m_agentId.isEmpty() || !isVisible())
        return;
    if (change.added.contains(m_agentId) || change.updated.contains(m_agentId) || change.removed.contains(m_agentId))
        render();
}

void HostDetailsDock::takeSample(const QByteArray &cbor)
{
    QString error;
    std::optional<HostSample> decoded = sampleFromCbor(cbor, &error);
    if (!decoded) {
        m_failedBytes = cbor;
        m_decodeError = error.isEmpty() ? tr("the data is not a sample") : error;
        return;
    }
    m_sample = std::move(decoded);
    m_sampleBytes = cbor;
    m_failedBytes.clear();
    m_decodeError.clear();
    m_sampleFromStore = false;
}

void HostDetailsDock::requestStoredSample()
{
    struct Stored {
        QString agentId;
        QByteArray cbor;
        std::optional<HostSample> sample;
        QString error;
    };
    const QString agentId = m_agentId;
    m_store.request(
        this,
        [agentId](store::Database &db) {
            Stored stored{agentId, {}, std::nullopt, {}};
            const std::optional<store::LatestSample> latest =
                store::SampleQueries(db.connection()).latestSample(agentId, &stored.error);
            if (latest) {
                stored.cbor = latest->cbor;
                stored.sample = sampleFromCbor(latest->cbor, &stored.error);
            }
            return stored;
        },
        [this](Stored stored) {
            // Too late: another host is shown, or a live sample arrived meanwhile.
            if (stored.agentId != m_agentId || m_sample || !stored.sample)
                return;
            m_sample = std::move(stored.sample);
            m_sampleBytes = stored.cbor;
            m_sampleFromStore = true;
            render();
        });
}

// ---------------------------------------------------------------------------------------------
// Rendering

void HostDetailsDock::render()
{
    if (m_agentId.isEmpty()) {
        setText(m_ui->hint, tr("Select a host in the fleet tree or the rack view."));
        m_ui->pages->setCurrentWidget(m_ui->hint);
        return;
    }
    const core::HostEntry *host = m_state.host(m_agentId);
    if (!host) {
        setText(m_ui->hint, tr("The selected host (%1) is not in the fleet any more. Select another host in the "
                               "fleet tree or the rack view.")
                                .arg(m_agentId));
        m_ui->pages->setCurrentWidget(m_ui->hint);
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->hostPage);
    if (!host->latestSample.isEmpty() && host->latestSample != m_sampleBytes && host->latestSample != m_failedBytes)
        takeSample(host->latestSample);
    renderHeader(*host);
    renderSample();
}

void HostDetailsDock::renderHeader(const core::HostEntry &host)
{
    const qint64 now = nowMs();
    QString name = host.identity.hostname;
    if (name.isEmpty() && m_sample)
        name = m_sample->agent.hostname;
    setText(m_ui->hostName, name.isEmpty() ? m_agentId : name);

    const QColor colour = QColor::fromRgb(core::healthRgb(host.health.health));
    const QString textColour = colour.lightness() > 140 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    const QString style = QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; }")
                              .arg(colour.name(), textColour);
    if (m_ui->healthBadge->styleSheet() != style)
        m_ui->healthBadge->setStyleSheet(style);
    setText(m_ui->healthBadge, core::healthName(host.health.health));
    setText(m_ui->presence, host.online ? tr("online") : tr("offline"));
    setText(m_ui->reasons, host.health.reasons.join(QStringLiteral("; ")));
    m_ui->reasons->setVisible(!host.health.reasons.isEmpty());

    setText(m_ui->agentId, m_agentId);
    setText(m_ui->version, host.identity.agentVersion.isEmpty() ? UnitFormat::missing() : host.identity.agentVersion);
    QString rack = tr("not placed");
    if (host.isPlaced()) {
        const std::optional<RackPosition> position = host.position();
        rack = position ? tr("%1, slot %2").arg(host.rack(), UnitFormat::count(qint64(std::lround(position->y))))
                        : host.rack();
        if (position && (position->x != 0 || position->z != 0))
            rack = tr("%1 (column %2, row %3)")
                       .arg(rack, UnitFormat::count(qint64(std::lround(position->x))),
                            UnitFormat::count(qint64(std::lround(position->z))));
        if (host.operatorPlacement)
            rack = tr("%1, placed by an operator").arg(rack);
    }
    setText(m_ui->rack, rack);
    setText(m_ui->tags, host.identity.tags.isEmpty() ? tr("none") : host.identity.tags.join(QStringLiteral(", ")));
    if (host.lastSeenMs > 0)
        setText(m_ui->lastSeen, UnitFormat::ago(host.lastSeenMs, now), UnitFormat::dateTime(host.lastSeenMs));
    else
        setText(m_ui->lastSeen, tr("not since the console started"));

    if (!m_decodeError.isEmpty()) {
        setText(m_ui->decodeError,
                m_sample ? tr("The newest sample from this host could not be read (%1). The values shown are from "
                              "the sample before it.")
                               .arg(m_decodeError)
                         : tr("The newest sample from this host could not be read (%1). Values appear with its next "
                              "readable sample; check that the agent's version matches the console's.")
                               .arg(m_decodeError));
    }
    m_ui->decodeError->setVisible(!m_decodeError.isEmpty());

    QString note;
    if (!m_sample)
        note = tr("No sample from this host yet. Values appear when its agent sends one.");
    else if (m_sampleFromStore)
        note = tr("Nothing received since the console started: showing the last stored sample, taken %1.")
                   .arg(UnitFormat::dateTime(m_sample->timestampMs));
    setText(m_ui->sampleNote, note);
    m_ui->sampleNote->setVisible(!note.isEmpty());
}

void HostDetailsDock::renderSample()
{
    const HostSample empty;
    const HostSample &sample = m_sample ? *m_sample : empty;
    renderCpu(sample);
    renderMemory(sample);
    renderSensorsAndProblems(sample);
    renderStorage(sample);
    renderNetwork(sample);
    renderProcesses(sample);
    renderFacts(sample);
    updateChartTitles();
}

void HostDetailsDock::renderCpu(const HostSample &sample)
{
    const std::optional<CpuUsage> &total = sample.cpu.total;
    const auto share = [&](double CpuUsage::*member) {
        return orMissing(total, [member](const CpuUsage &u) { return UnitFormat::percent(u.*member); });
    };
    QString busy;
    if (total)
        busy = tr("%1 busy").arg(UnitFormat::percent(total->busyPercent));
    else if (m_sample && !sample.hasRates)
        busy = tr("busy: waiting for a second sample");
    else
        busy = tr("busy: %1").arg(UnitFormat::missing());
    setBar(m_ui->cpuBusy, total ? std::optional(total->busyPercent) : std::nullopt, busy);
    setText(m_ui->cpuUser, share(&CpuUsage::userPercent));
    setText(m_ui->cpuSystem, share(&CpuUsage::systemPercent));
    setText(m_ui->cpuIowait, share(&CpuUsage::iowaitPercent));
    setText(m_ui->cpuSteal, share(&CpuUsage::stealPercent));
    const QString load = orMissing(sample.cpu.load, [](const LoadAverage &l) {
        return tr("%1 · %2 · %3", "load averages over 1, 5 and 15 minutes")
            .arg(UnitFormat::load(l.one), UnitFormat::load(l.five), UnitFormat::load(l.fifteen));
    });
    const QString perCore = sample.cpu.load && sample.cpu.logicalCores > 0
        ? tr("%1 per core over the last minute").arg(UnitFormat::load(sample.cpu.load->one / sample.cpu.logicalCores))
        : QString();
    setText(m_ui->load, load, perCore);
    m_ui->cores->setCores(sample.cpu.cores);
}

void HostDetailsDock::renderMemory(const HostSample &sample)
{
    const MemorySample &memory = sample.memory;
    QString text = memory.usedPercent ? UnitFormat::percent(*memory.usedPercent) : UnitFormat::missing();
    if (memory.totalBytes && memory.availableBytes) {
        const quint64 used = *memory.totalBytes - std::min(*memory.totalBytes, *memory.availableBytes);
        text = tr("%1 · %2 of %3", "percent used, bytes used of total")
                   .arg(text, UnitFormat::bytes(double(used)), UnitFormat::bytes(double(*memory.totalBytes)));
    }
    setBar(m_ui->memory, memory.usedPercent, text);
    setText(m_ui->memoryAvailable,
            orMissing(memory.availableBytes, [](quint64 b) { return UnitFormat::bytes(double(b)); }));

    const bool noSwap = memory.swapTotalBytes && *memory.swapTotalBytes == 0;
    m_ui->swap->setVisible(!noSwap);
    m_ui->noSwap->setVisible(noSwap);
    setText(m_ui->noSwap, tr("This host has no swap."));
    QString swap = memory.swapUsedPercent ? UnitFormat::percent(*memory.swapUsedPercent) : UnitFormat::missing();
    if (memory.swapTotalBytes && memory.swapUsedBytes && *memory.swapTotalBytes > 0)
        swap = tr("%1 · %2 of %3", "percent used, bytes used of total")
                   .arg(swap, UnitFormat::bytes(double(*memory.swapUsedBytes)),
                        UnitFormat::bytes(double(*memory.swapTotalBytes)));
    setBar(m_ui->swap, memory.swapUsedPercent, swap);
}

void HostDetailsDock::renderSensorsAndProblems(const HostSample &sample)
{
    QList<TableRow> sensors;
    for (const TemperatureReading &reading : sample.thermal.sensors) {
        sensors.append({reading.source + QLatin1Char('/') + reading.chip + QLatin1Char('/') + reading.label,
                        {reading.label, reading.chip, UnitFormat::temperature(reading.celsius)},
                        {reading.source}});
    }
    fillTable(m_ui->temperatures, sensors);
    m_ui->temperatures->setVisible(!sensors.isEmpty());
    QString hottest = sample.thermal.cpuMaxCelsius
        ? tr("Hottest CPU sensor: %1").arg(UnitFormat::temperature(*sample.thermal.cpuMaxCelsius))
        : tr("No CPU temperature sensor.");
    if (sample.thermal.gpuCelsius)
        hottest += QLatin1Char(' ') + tr("GPU: %1").arg(UnitFormat::temperature(*sample.thermal.gpuCelsius));
    if (sensors.isEmpty() && m_sample)
        hottest = tr("This host reports no temperature sensors.");
    setText(m_ui->hottestCpu, hottest);

    QList<TableRow> problems;
    for (const SampleProblem &problem : sample.problems)
        problems.append({problem.source + QLatin1Char('\n') + problem.reason,
                         {problem.source, problem.reason},
                         {problem.source, problem.reason}});
    fillTable(m_ui->problems, problems);
    m_ui->problemsGroup->setVisible(!problems.isEmpty());
}

void HostDetailsDock::renderStorage(const HostSample &sample)
{
    QList<TableRow> filesystems;
    for (const FilesystemSample &fs : sample.filesystems) {
        const auto percent = [](double p) { return UnitFormat::percent(p); };
        filesystems.append(
            {fs.mountpoint,
             {fs.mountpoint, fs.type,
              tr("%1 of %2", "bytes used of total")
                  .arg(UnitFormat::bytes(double(fs.usedBytes)), UnitFormat::bytes(double(fs.totalBytes))),
              orMissing(fs.usedPercent, percent), orMissing(fs.inodesUsedPercent, percent)},
             {tr("%1 on %2").arg(fs.device, fs.mountpoint), QString(),
              tr("%1 free").arg(UnitFormat::bytes(double(fs.freeBytes)))}});
    }
    fillTable(m_ui->filesystems, filesystems);

    QList<TableRow> disks;
    for (const DiskSample &disk : sample.disks) {
        const std::optional<DiskRates> &rates = disk.rates;
        disks.append({disk.name,
                      {disk.name,
                       orMissing(rates, [](const DiskRates &r) { return UnitFormat::byteRate(r.readBytesPerSecond); }),
                       orMissing(rates, [](const DiskRates &r) { return UnitFormat::byteRate(r.writeBytesPerSecond); }),
                       orMissing(rates, [](const DiskRates &r) { return UnitFormat::percent(r.busyPercent); })},
                      {}});
    }
    fillTable(m_ui->disks, disks);
}

void HostDetailsDock::renderNetwork(const HostSample &sample)
{
    QList<TableRow> rows;
    for (const InterfaceSample &nic : sample.network.interfaces) {
        const std::optional<InterfaceRates> &rates = nic.rates;
        QString state = nic.operState;
        if (state == QLatin1String("up"))
            state = tr("up");
        else if (state == QLatin1String("down"))
            state = tr("down");
        else if (state.isEmpty())
            state = nic.up ? (*nic.up ? tr("up") : tr("down")) : UnitFormat::missing();
        QString use = UnitFormat::missing();
        if (rates && nic.speedMbps && *nic.speedMbps > 0) {
            const double busiest = std::max(rates->rxBytesPerSecond, rates->txBytesPerSecond);
            use = UnitFormat::percent(busiest * 8.0 / (double(*nic.speedMbps) * 1e6) * 100.0);
        }
        if (nic.primary)
            state = tr("%1 · primary", "interface state, and that it carries the default route").arg(state);
        const QString traffic = rates ? tr("↓ %1\n↑ %2", "received, sent")
                                            .arg(UnitFormat::networkRate(rates->rxBytesPerSecond),
                                                 UnitFormat::networkRate(rates->txBytesPerSecond))
                                      : UnitFormat::missing();
        const QString capacity = nic.speedMbps
            ? tr("%1\n%2 used", "link capacity, and how much of it is in use")
                  .arg(UnitFormat::linkSpeed(*nic.speedMbps), use)
            : UnitFormat::missing();
        const QString faults = rates ? tr("errors %1\ndrops %2")
                                           .arg(UnitFormat::eventRate(rates->rxErrorsPerSecond + rates->txErrorsPerSecond),
                                                UnitFormat::eventRate(rates->rxDropsPerSecond + rates->txDropsPerSecond))
                                     : UnitFormat::missing();
        const QString faultsTip = rates ? tr("errors: received %1, sent %2\ndrops: received %3, sent %4")
                                              .arg(UnitFormat::eventRate(rates->rxErrorsPerSecond),
                                                   UnitFormat::eventRate(rates->txErrorsPerSecond),
                                                   UnitFormat::eventRate(rates->rxDropsPerSecond),
                                                   UnitFormat::eventRate(rates->txDropsPerSecond))
                                        : QString();
        rows.append({nic.name,
                     {nic.name + QLatin1Char('\n') + state, traffic, capacity, faults},
                     {nic.primary ? tr("%1 carries the default route").arg(nic.name) : QString(),
                      rates ? tr("received %1, sent %2")
                                  .arg(UnitFormat::networkRate(rates->rxBytesPerSecond),
                                       UnitFormat::networkRate(rates->txBytesPerSecond))
                            : tr("No rates yet: they need a second sample"),
                      nic.speedMbps ? QString() : tr("The kernel does not know this link's speed"), faultsTip}});
    }
    fillTable(m_ui->interfaces, rows);
}

void HostDetailsDock::renderProcesses(const HostSample &sample)
{
    const ProcessesSample &processes = sample.processes;
    QString count;
    if (processes.count)
        count = tr("%Ln processes", nullptr, *processes.count);
    else if (m_sample)
        count = tr("This agent does not report processes (top_k is 0 in its configuration).");
    setText(m_ui->processCount, count);

    const auto rowsOf = [](const QList<ProcessSample> &list) {
        QList<TableRow> rows;
        for (const ProcessSample &p : list) {
            const QString pid = QString::number(p.pid);
            rows.append({pid,
                         {pid, p.name, p.user,
                          orMissing(p.cpuPercent, [](double v) { return UnitFormat::percent(v); }),
                          UnitFormat::bytes(double(p.rssBytes)),
                          orMissing(p.memoryPercent, [](double v) { return UnitFormat::percent(v); })},
                         {QString(), p.name}});
        }
        return rows;
    };
    fillTable(m_ui->topCpu, rowsOf(processes.topByCpu));
    fillTable(m_ui->topMemory, rowsOf(processes.topByMemory));
}

void HostDetailsDock::renderFacts(const HostSample &sample)
{
    const HostFacts &facts = sample.facts;
    QString os = facts.osPrettyName;
    if (os.isEmpty())
        os = joinedOrMissing({facts.osName, facts.osVersion}, QStringLiteral(" "));
    setText(m_ui->os, os.isEmpty() ? UnitFormat::missing() : os);
    setText(m_ui->kernel, facts.kernelRelease.isEmpty() ? UnitFormat::missing() : facts.kernelRelease);
    setText(m_ui->hardware, joinedOrMissing({facts.vendor, facts.model}, QStringLiteral(" ")));
    setText(m_ui->cpuModel, sample.cpu.model.isEmpty() ? UnitFormat::missing() : sample.cpu.model);
    QString cores = UnitFormat::missing();
    if (sample.cpu.logicalCores > 0) {
        cores = sample.cpu.physicalCores
            ? tr("%1 logical, %2 physical")
                  .arg(UnitFormat::count(sample.cpu.logicalCores), UnitFormat::count(*sample.cpu.physicalCores))
            : tr("%1 logical").arg(UnitFormat::count(sample.cpu.logicalCores));
    }
    setText(m_ui->coreCount, cores);
    QString uptime = UnitFormat::missing();
    QString bootedAt;
    if (facts.uptimeSeconds) {
        uptime = UnitFormat::duration(*facts.uptimeSeconds);
        bootedAt = tr("booted %1")
                       .arg(UnitFormat::dateTime(sample.timestampMs - qint64(*facts.uptimeSeconds * 1000.0)));
    }
    setText(m_ui->uptime, uptime, bootedAt);
    setText(m_ui->bootId, facts.bootId.isEmpty() ? UnitFormat::missing() : facts.bootId);
    setText(m_ui->kernelHostname, facts.kernelHostname.isEmpty() ? UnitFormat::missing() : facts.kernelHostname);
    setText(m_ui->sampleTime,
            m_sample ? UnitFormat::dateTime(sample.timestampMs) : UnitFormat::missing(),
            sample.intervalMs ? tr("%1 after the one before").arg(UnitFormat::duration(double(*sample.intervalMs) / 1000.0))
                              : QString());
}

// ---------------------------------------------------------------------------------------------
// Charts

void HostDetailsDock::updateChartTitles()
{
    chart(Chart::Cpu)->setTitle(tr("CPU busy"));
    chart(Chart::Memory)->setTitle(tr("Memory used"));
    chart(Chart::Load)->setTitle(tr("Load, 1 minute"));
    const QString primary = m_sample ? m_sample->network.primaryInterface : QString();
    chart(Chart::Network)->setTitle(primary.isEmpty() ? tr("Network") : tr("Network, %1").arg(primary));
    chart(Chart::Filesystem)->setTitle(tr("Fullest filesystem"));
    chart(Chart::Temperature)->setTitle(tr("CPU temperature"));
}

void HostDetailsDock::setChartPlaceholders(const QString &text)
{
    for (SeriesChart *c : m_ui->charts)
        c->setPlaceholderText(text);
}

void HostDetailsDock::setChartRange(ChartRange range)
{
    if (QAbstractButton *button = m_ui->rangeGroup->button(int(range)); button && !button->isChecked())
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    // The old charts stay until the new range's data is there.
    refreshCharts();
}

void HostDetailsDock::refreshCharts()
{
    if (m_agentId.isEmpty())
        return;
    // Requests run in order on the store's thread: the answer to this one comes after those to
    // any older ones, which applyChartData() then drops.
    const qint64 now = nowMs();
    m_chartsQueriedMs = now;
    ++m_chartQueriesInFlight;
    ChartData request;
    request.agentId = m_agentId;
    request.range = m_range;
    request.generation = ++m_chartGeneration;
    request.fromMs = now - rangeMs(m_range);
    request.toMs = now;
    m_store.request(
        this,
        [request](store::Database &db) {
            ChartData data = request;
            const store::SampleQueries queries(db.connection());
            const qint64 untilMs = data.toMs + kClockSlackMs;
            if (data.range == ChartRange::Day) {
                const QList<store::MinuteRollup> rollups =
                    queries.rollups(data.agentId, data.fromMs, untilMs, &data.error);
                for (const RollupSource &source : kRollupSources)
                    data.series[source.index].reserve(rollups.size());
                for (const store::MinuteRollup &rollup : rollups) {
                    for (const RollupSource &source : kRollupSources) {
                        const store::RollupRange &range = rollup.*source.member;
                        if (!range.avg)
                            continue;
                        ChartPoint point;
                        point.timestampMs = rollup.minuteMs + kMinuteMs / 2;  // the middle of its minute
                        point.value = double(*range.avg) * source.scale;
                        if (range.min)
                            point.min = double(*range.min) * source.scale;
                        if (range.max)
                            point.max = double(*range.max) * source.scale;
                        data.series[source.index].append(point);
                    }
                }
            } else {
                const QList<store::StoredSeries> rows = queries.series(data.agentId, data.fromMs, untilMs, &data.error);
                for (const RawSource &source : kRawSources)
                    data.series[source.index].reserve(rows.size());
                for (const store::StoredSeries &row : rows) {
                    for (const RawSource &source : kRawSources) {
                        if (const std::optional<qint64> &value = row.series.*source.member; value)
                            data.series[source.index].append(
                                {row.series.timestampMs.value_or(0), double(*value) * source.scale, {}, {}});
                    }
                }
            }
            return data;
        },
        [this](ChartData data) { applyChartData(data); });
}

void HostDetailsDock::applyChartData(const ChartData &data)
{
    m_chartQueriesInFlight = std::max(0, m_chartQueriesInFlight - 1);
    if (data.agentId != m_agentId || data.range != m_range || data.generation != m_chartGeneration)
        return;  // asked for a host or range no longer shown, or overtaken by a newer request
    if (!data.error.isEmpty()) {
        setText(m_ui->chartStatus, tr("Could not read this host's history: %1").arg(data.error));
        m_ui->chartStatus->show();
        setChartPlaceholders({});
        return;
    }
    m_ui->chartStatus->hide();
    setChartPlaceholders({});
    const bool rollups = data.range == ChartRange::Day;
    const QString average = rollups ? tr("average") : QString();
    const auto single = [&](SeriesIndex index, const QString &name) {
        return QList<ChartSeries>{{name, data.series[index]}};
    };
    chart(Chart::Cpu)->setSeries(single(CpuSeries, average));
    chart(Chart::Memory)->setSeries(single(MemorySeries, average));
    chart(Chart::Load)->setSeries(single(LoadSeries, average));
    chart(Chart::Network)->setSeries({{tr("received"), data.series[RxSeries]}, {tr("sent"), data.series[TxSeries]}});
    chart(Chart::Filesystem)->setSeries(single(FilesystemSeries, average));
    chart(Chart::Temperature)->setSeries(single(TemperatureSeries, average));
    for (SeriesChart *c : m_ui->charts)
        c->setTimeRange(data.fromMs, data.toMs);
}

}  // namespace mirrorstage::app
