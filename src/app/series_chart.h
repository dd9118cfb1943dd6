#pragma once
// A small line chart of one or two series over time, painted with QPainter (QtCharts is not
// available): a title, min/max labels on the value axis, the start and end time under it, an
// optional min..max band around each line (minute rollups), breaks where samples are missing,
// and a crosshair with the time and the values under the mouse. Colours come from the palette,
// so a dark palette gives a dark chart.
//
//   chart->setTitle(tr("CPU"));
//   chart->setFormatter([](double v) { return UnitFormat::percent(v); });
//   chart->setValueRange(0, 100);
//   chart->setTimeRange(now - 15 * 60'000, now);
//   chart->setSeries({{tr("busy"), points}});

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>

namespace mirrorstage::app {

struct ChartPoint {
    qint64 timestampMs = 0;
    double value = 0;               // the line (for rollups: the average)
    std::optional<double> min, max;  // the band, when the point summarises several samples
};

struct ChartSeries {
    QString name;
    QList<ChartPoint> points;  // oldest first
};

class SeriesChart : public QWidget {
    Q_OBJECT
public:
    using Formatter = std::function<QString(double)>;

    // Two points further apart than this many typical spacings are not joined.
    static constexpr double kGapFactor = 3.0;
    static constexpr int kMaxSeries = 2;

    explicit SeriesChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setFormatter(Formatter formatter);
    // The value axis spans at least floor..ceiling and grows past either to fit the data; unset
    // ends follow the data (a floor of 0 suits most series).
    void setValueRange(std::optional<double> floor, std::optional<double> ceiling);
    // The time axis; unset, it spans the data.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // Replaces the data; at most kMaxSeries series are drawn.
    void setSeries(const QList<ChartSeries> &series);
    void clear();
    // Shown instead of a chart while there is no data, e.g. "Loading…"; empty: the default text.
    void setPlaceholderText(const QString &text);

    // Read-only views, for tests and accessibility.
    int seriesCount() const { return int(m_series.size()); }
    int pointCount() const;  // over every series
    int pointCount(int series) const;
    const QList<ChartSeries> &series() const { return m_series; }
    // Pieces of a series' line once gaps are taken out (1 without gaps).
    int segmentCount(int series) const;
    QString placeholderText() const;
    // The crosshair's text while the mouse is over the chart, else empty.
    QString hoverText() const { return m_hoverText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The data was replaced (setSeries, clear).
    void seriesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bounds {
        qint64 fromMs = 0, toMs = 1;
        double low = 0, high = 1;
    };
    Bounds bounds() const;
    QRectF plotRect() const;
    QString format(double value) const;
    QColor seriesColour(int index) const;
    qint64 gapThresholdMs(const ChartSeries &series) const;
    QList<QList<int>> segments(const ChartSeries &series) const;  // indices of joined points
    void updateHover(const QPointF &position);

    QString m_title;
    Formatter m_formatter;
    std::optional<double> m_floor, m_ceiling;
    std::optional<qint64> m_fromMs, m_toMs;
    QList<ChartSeries> m_series;
    QString m_placeholder;
    std::optional<qint64> m_hoverMs;
    QString m_hoverText;
};

}  // namespace mirrorstage::app
