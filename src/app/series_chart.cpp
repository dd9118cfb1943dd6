#include "series_chart.h"

#include "unit_format.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace mirrorstage::app {
namespace {

constexpr int kMargin = 4;
constexpr int kLabelGap = 6;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

int nearestIndex(const QList<ChartPoint> &points, qint64 timestampMs)
{
    if (points.isEmpty())
        return -1;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), timestampMs,
                                        [](const ChartPoint &p, qint64 t) { return p.timestampMs < t; });
    if (after == points.cbegin())
        return 0;
    if (after == points.cend())
        return int(points.size()) - 1;
    const auto before = after - 1;
    return int((timestampMs - before->timestampMs <= after->timestampMs - timestampMs ? before : after)
               - points.cbegin());
}

}  // namespace

SeriesChart::SeriesChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SeriesChart::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    setAccessibleName(title);
    update();
}

void SeriesChart::setFormatter(Formatter formatter)
{
    m_formatter = std::move(formatter);
    update();
}

void SeriesChart::setValueRange(std::optional<double> floor, std::optional<double> ceiling)
{
    m_floor = floor;
    m_ceiling = ceiling;
    update();
}

void SeriesChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    update();
}

void SeriesChart::setSeries(const QList<ChartSeries> &series)
{
    m_series = series.mid(0, kMaxSeries);
    if (m_hoverMs) {
        const QRectF plot = plotRect();
        const Bounds b = bounds();
        const double x = plot.left() + plot.width() * double(*m_hoverMs - b.fromMs) / double(b.toMs - b.fromMs);
        updateHover(QPointF(x, plot.center().y()));
    }
    update();
    emit seriesChanged();
}

void SeriesChart::clear()
{
    setSeries({});
}

void SeriesChart::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QString SeriesChart::placeholderText() const
{
    return m_placeholder.isEmpty() ? tr("No data in this range") : m_placeholder;
}

int SeriesChart::pointCount() const
{
    int total = 0;
    for (const ChartSeries &s : m_series)
        total += int(s.points.size());
    return total;
}

int SeriesChart::pointCount(int series) const
{
    return series >= 0 && series < m_series.size() ? int(m_series.at(series).points.size()) : 0;
}

int SeriesChart::segmentCount(int series) const
{
    return series >= 0 && series < m_series.size() ? int(segments(m_series.at(series)).size()) : 0;
}

QSize SeriesChart::sizeHint() const
{
    return {360, 150};
}

QSize SeriesChart::minimumSizeHint() const
{
    return {200, 110};
}

QString SeriesChart::format(double value) const
{
    return m_formatter ? m_formatter(value) : UnitFormat::number(value);
}

QColor SeriesChart::seriesColour(int index) const
{
    const QColor accent = palette().color(QPalette::Highlight);
    if (index == 0)
        return accent;
    // A second hue far from the first, as light as the first so both read on the same base.
    const bool darkBase = palette().color(QPalette::Base).lightness() < 128;
    const int hue = accent.hslHue() < 0 ? 30 : (accent.hslHue() + 150) % 360;
    return QColor::fromHsl(hue, 200, darkBase ? 160 : 100);
}

SeriesChart::Bounds SeriesChart::bounds() const
{
    Bounds b;
    std::optional<qint64> first, last;
    std::optional<double> low, high;
    for (const ChartSeries &s : m_series) {
        for (const ChartPoint &p : s.points) {
            first = std::min(first.value_or(p.timestampMs), p.timestampMs);
            last = std::max(last.value_or(p.timestampMs), p.timestampMs);
            const double pointLow = std::min(p.value, p.min.value_or(p.value));
            const double pointHigh = std::max(p.value, p.max.value_or(p.value));
            low = std::min(low.value_or(pointLow), pointLow);
            high = std::max(high.value_or(pointHigh), pointHigh);
        }
    }
    b.fromMs = m_fromMs.value_or(first.value_or(0));
    b.toMs = m_toMs.value_or(last.value_or(b.fromMs + 1));
    if (b.toMs <= b.fromMs)
        b.toMs = b.fromMs + 1;

    b.low = m_floor ? std::min(*m_floor, low.value_or(*m_floor)) : low.value_or(0);
    b.high = m_ceiling ? std::max(*m_ceiling, high.value_or(*m_ceiling)) : high.value_or(b.low + 1);
    // Headroom, so that a peak does not run along the frame; a ceiling the data stays under is
    // the top as it is (0..100 %).
    if (high && b.high > b.low && (!m_ceiling || *high > *m_ceiling))
        b.high += (b.high - b.low) * 0.05;
    if (b.high <= b.low)
        b.high = b.low + std::max(1.0, std::abs(b.low) * 0.1);
    return b;
}

QRectF SeriesChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const Bounds b = bounds();
    const int labelWidth = std::max(metrics.horizontalAdvance(format(b.high)), metrics.horizontalAdvance(format(b.low)));
    const qreal top = kMargin + metrics.height() + 2;
    const qreal bottom = height() - kMargin - metrics.height() - 2;
    const qreal left = kMargin + labelWidth + kLabelGap;
    const qreal right = width() - kMargin;
    return QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), std::max(top + 1, bottom)));
}

qint64 SeriesChart::gapThresholdMs(const ChartSeries &series) const
{
    QList<qint64> spacings;
    spacings.reserve(series.points.size());
    for (qsizetype i = 1; i < series.points.size(); ++i)
        spacings.append(series.points.at(i).timestampMs - series.points.at(i - 1).timestampMs);
    if (spacings.isEmpty())
        return std::numeric_limits<qint64>::max();
    // The median: one long outage does not stretch what "typical" means.
    const auto middle = spacings.begin() + spacings.size() / 2;
    std::nth_element(spacings.begin(), middle, spacings.end());
    return qint64(double(std::max<qint64>(1, *middle)) * kGapFactor);
}

QList<QList<int>> SeriesChart::segments(const ChartSeries &series) const
{
    QList<QList<int>> result;
    const qint64 threshold = gapThresholdMs(series);
    for (int i = 0; i < series.points.size(); ++i) {
        if (result.isEmpty() || series.points.at(i).timestampMs - series.points.at(i - 1).timestampMs > threshold)
            result.append(QList<int>{});
        result.last().append(i);
    }
    return result;
}

void SeriesChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const Bounds b = bounds();
    const QRectF plot = plotRect();
    const auto xOf = [&](qint64 t) {
        return plot.left() + plot.width() * double(t - b.fromMs) / double(b.toMs - b.fromMs);
    };
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - b.low) / (b.high - b.low); };

    // Title, and a legend when there is more than one line.
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    const QRectF titleRect(kMargin, kMargin, width() - 2 * kMargin, metrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setFont(font());
    if (m_series.size() > 1) {
        qreal right = titleRect.right();
        for (int i = int(m_series.size()) - 1; i >= 0; --i) {
            const QString name = m_series.at(i).name;
            const int textWidth = metrics.horizontalAdvance(name);
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(right - textWidth, titleRect.top(), textWidth, titleRect.height()),
                             Qt::AlignRight | Qt::AlignVCenter, name);
            right -= textWidth + 4;
            painter.fillRect(QRectF(right - 10, titleRect.center().y() - 2, 10, 4), seriesColour(i));
            right -= 10 + 10;
        }
    }

    // The plot area and its axes' labels.
    painter.fillRect(plot, pal.color(QPalette::Base));
    QColor grid = pal.color(QPalette::Mid);
    painter.setPen(QPen(grid, 1));
    painter.drawRect(plot);
    grid.setAlphaF(0.5);
    painter.setPen(QPen(grid, 1, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()));

    const QColor labelColour = pal.color(QPalette::PlaceholderText);
    painter.setPen(labelColour);
    const QRectF yLabels(kMargin, plot.top(), plot.left() - kLabelGap - kMargin, plot.height());
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignTop, format(b.high));
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignBottom, format(b.low));
    const bool longRange = b.toMs - b.fromMs > kDayMs / 2;
    const auto timeLabel = [&](qint64 t) { return longRange ? UnitFormat::dateTime(t) : UnitFormat::clockTime(t); };
    const QRectF xLabels(plot.left(), plot.bottom() + 2, plot.width(), metrics.height());
    painter.drawText(xLabels, Qt::AlignLeft | Qt::AlignTop, timeLabel(b.fromMs));
    painter.drawText(xLabels, Qt::AlignRight | Qt::AlignTop, timeLabel(b.toMs));

    if (pointCount() == 0) {
        painter.setPen(labelColour);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
        return;
    }

    painter.setClipRect(plot.adjusted(0, -1, 0, 1));
    for (int s = 0; s < m_series.size(); ++s) {
        const ChartSeries &series = m_series.at(s);
        const QColor colour = seriesColour(s);
        QColor bandColour = colour;
        bandColour.setAlphaF(0.25);
        for (const QList<int> &segment : segments(series)) {
            // The band: along the maxima, back along the minima.
            QPolygonF band;
            for (int i : segment) {
                const ChartPoint &p = series.points.at(i);
                if (p.max)
                    band << QPointF(xOf(p.timestampMs), yOf(*p.max));
            }
            for (auto it = segment.crbegin(); it != segment.crend(); ++it) {
                const ChartPoint &p = series.points.at(*it);
                if (p.min)
                    band << QPointF(xOf(p.timestampMs), yOf(*p.min));
            }
            if (band.size() > 2) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(bandColour);
                painter.drawPolygon(band);
            }

            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, 1.5));
            if (segment.size() == 1) {
                const ChartPoint &p = series.points.at(segment.first());
                painter.setBrush(colour);
                painter.drawEllipse(QPointF(xOf(p.timestampMs), yOf(p.value)), 1.8, 1.8);
                painter.setBrush(Qt::NoBrush);
                continue;
            }
            QPolygonF line;
            line.reserve(segment.size());
            for (int i : segment)
                line << QPointF(xOf(series.points.at(i).timestampMs), yOf(series.points.at(i).value));
            painter.drawPolyline(line);
        }
    }

    if (m_hoverMs) {
        const qreal x = xOf(*m_hoverMs);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        for (int s = 0; s < m_series.size(); ++s) {
            const int i = nearestIndex(m_series.at(s).points, *m_hoverMs);
            if (i < 0)
                continue;
            const ChartPoint &p = m_series.at(s).points.at(i);
            painter.setPen(QPen(pal.color(QPalette::Base), 1));
            painter.setBrush(seriesColour(s));
            painter.drawEllipse(QPointF(xOf(p.timestampMs), yOf(p.value)), 3.5, 3.5);
        }
    }
}

void SeriesChart::updateHover(const QPointF &position)
{
    const QRectF plot = plotRect();
    if (pointCount() == 0 || !plot.adjusted(-2, 0, 2, 0).contains(position)) {
        m_hoverMs.reset();
        m_hoverText.clear();
        return;
    }
    const Bounds b = bounds();
    const qint64 at = b.fromMs + qint64(double(b.toMs - b.fromMs) * (position.x() - plot.left()) / plot.width());
    // Snap to the nearest sample of the first series that has one.
    std::optional<qint64> snapped;
    for (const ChartSeries &s : m_series) {
        const int i = nearestIndex(s.points, at);
        if (i >= 0) {
            snapped = s.points.at(i).timestampMs;
            break;
        }
    }
    if (!snapped) {
        m_hoverMs.reset();
        m_hoverText.clear();
        return;
    }
    m_hoverMs = snapped;
    const bool longRange = b.toMs - b.fromMs > kDayMs / 2;
    QStringList lines{longRange ? UnitFormat::dateTime(*snapped) : UnitFormat::clockTime(*snapped, true)};
    for (const ChartSeries &s : m_series) {
        const int i = nearestIndex(s.points, *snapped);
        if (i < 0)
            continue;
        const ChartPoint &p = s.points.at(i);
        QString value = format(p.value);
        if (p.min && p.max)
            value = tr("%1 (min %2, max %3)", "average, with the minimum and maximum").arg(value, format(*p.min),
                                                                                           format(*p.max));
        lines << (s.name.isEmpty() ? value : tr("%1: %2", "series name: value").arg(s.name, value));
    }
    m_hoverText = lines.join(QLatin1Char('\n'));
}

void SeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    updateHover(event->position());
    if (m_hoverText.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), m_hoverText, this);
    update();
}

void SeriesChart::leaveEvent(QEvent *event)
{
    m_hoverMs.reset();
    m_hoverText.clear();
    QToolTip::hideText();
    update();
    QWidget::leaveEvent(event);
}

void SeriesChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

}  // namespace mirrorstage::app
