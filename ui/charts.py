"""Small builders for the native Qt charts the dashboard and the Standards page draw: each
empties a chart and fills it again, so a filter change reuses the same chart views (no
flicker, no new windows).

Everything a chart writes must be read whole, in every language, on the screen and in an
export drawn at another size:
- value axes use a label format this Qt draws with localised numbers (`axis_format`);
- category labels are wrapped to the width the chart gives them (`fit_categories`), never
  elided, and the view grows tall enough for them;
- months are written with the language's month names (`month_axis`);
- legends are rich text under the chart (`legend_html`), which wraps where Qt's legend
  would cut names short;
- scatter points are named by text items placed beside them, away from each other
  (`place_point_labels`)."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

import shiboken6
from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, QRectF, QSizeF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from auditor.locale_formats import percent_affixes
from ui.direction import layout_direction_for

# Qt Charts (cartesianchartlayout.cpp): the axes on one side get at most 40 % of the chart's
# width; a label is cut to "..." when it is wider than that or taller than its share of the
# axis (the axis height over the number of categories plus two, less 4 px above and below)
AXIS_SHARE = 0.4
LABEL_PADDING = 4.0
LABEL_SLACK = 22.0  # the chart's own margins, the tick and the label's document margin
LABEL_MARGIN = 3.0  # a label item is its lines' spacing and 2 px tall (and 1 for rounding)
MIN_BAR_VIEW = 250  # px: the least a bar chart's view is given


def rtl() -> bool:
    return layout_direction_for(QLocale().name().split("_")[0]) == Qt.LayoutDirection.RightToLeft


def axis_format(digits: int = 0, percent: bool = False) -> str:
    """A value axis's label format this Qt draws with localised numbers: Qt 6.11 draws
    "%d" and "%g" as nothing when the chart localises numbers, writes "%.Nf" in the chart's
    locale (1,5) and copies everything around it as it stands ("%%" stays two signs). The
    percent sign goes where the language puts it; in a right-to-left interface a
    left-to-right mark keeps "-1,5" from reading "1,5-"."""
    text = f"%.{digits}f"
    if percent:
        before, after = percent_affixes(QLocale().name().split("_")[0])
        text = before + text + after
    return ("\u200e" if rtl() else "") + text


def value_axis(
    low: float,
    high: float,
    digits: int = 0,
    percent: bool = False,
    ticks: int = 5,
    nice: bool = False,
) -> QValueAxis:
    """`ticks` labels from `low` to `high` (`nice`: the ends rounded to nice numbers); a
    range across zero has its ticks counted from zero, so zero reads "0,0", not "-0,0"."""
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTickCount(ticks)
    axis.setLabelFormat(axis_format(digits, percent))
    if nice:
        axis.applyNiceNumbers()
    elif low < 0 < high:
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0.0)
        axis.setTickInterval((high - low) / (ticks - 1))
    return axis


def number_text(value: float, digits: int = 1, signed: bool = False) -> str:
    """A number as the language writes it, with no isolate marks (chart labels draw them
    as nothing and ignore them)."""
    text = QLocale().toString(float(value), "f", digits)
    return "+" + text if signed and value >= 0 else text


def month_text(period: str, lines: int = 1) -> str:
    """A YYYY-MM period with the language's month name: "sty 2026", "ינו׳ 2026"; the year
    under the month when `lines` is 2 (rich text, for an axis)."""
    year, month = (int(part) for part in period.split("-")[:2])
    text = QLocale().toString(QDate(year, month, 1), "MMM yyyy")
    return text.replace(" ", "<br>", 1) if lines == 2 else text


def _new_chart() -> QChart:
    chart = QChart()
    chart.setLocale(QLocale())  # axis and bar labels with the language's decimal sign
    chart.setLocalizeNumbers(True)
    chart.legend().setVisible(False)  # `legend_html` names the series under the chart
    chart.setMargins(chart.margins() * 0)
    return chart


class ChartView(QChartView):
    """A chart view that keeps its category labels whole: whenever its width changes they
    are wrapped again to the space the chart gives them, and it asks for the height they
    need."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(_new_chart(), parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_BAR_VIEW)
        self.categories: list[str] = []  # the category axis's labels, whole, top first
        self.points: list[tuple[QScatterSeries, int, str]] = []  # scatter points' names
        self.point_items: list[QGraphicsSimpleTextItem] = []
        self._wanted = MIN_BAR_VIEW

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # a new minimum height resizes the view at once: inside its own resize event that
        # would leave the viewport at the old height (the chart's bottom hidden), so later
        self.refit(defer=True)

    def refit(self, defer: bool = False) -> None:
        if not self.categories:
            return
        needed = int(fit_categories(self.chart(), self.categories, self.chart().size().width()))
        if abs(self.minimumHeight() - needed) > 1:
            self._wanted = needed
            if defer:
                QTimer.singleShot(0, self._grow)
            else:
                self._grow()

    def _grow(self) -> None:
        if self.categories and abs(self.minimumHeight() - self._wanted) > 1:
            self.setMinimumHeight(self._wanted)


def chart_view(name: str) -> ChartView:
    return ChartView(name)


def fresh(view: QChartView) -> QChart:
    """A new empty chart in the view: axes removed from a chart that stays keep drawing
    their old labels (Qt 6.11), so every redraw starts from a new chart."""
    old = view.chart()
    chart = _new_chart()
    view.setChart(chart)
    shiboken6.delete(old)
    if isinstance(view, ChartView):
        view.categories = []
        view.points = []
        view.point_items = []
        view.setMinimumHeight(MIN_BAR_VIEW)
    return chart


def _attach(
    chart: QChart, series: Sequence[QAbstractSeries], *axes: tuple[QAbstractAxis, Qt.AlignmentFlag]
) -> None:
    for s in series:
        chart.addSeries(s)
    for axis, where in axes:
        chart.addAxis(axis, where)
    for s in series:
        for axis, _ in axes:
            s.attachAxis(axis)


# -- category labels ---------------------------------------------------------------------
def wrap(text: str, font: QFont, width: float) -> list[str]:
    """`text` in lines no wider than `width` at `font`, broken at spaces (inside a word
    only when the word alone is wider; never at a no-break space)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    line = ""
    for word in (w for w in text.split(" ") if w):  # a no-break space holds words together
        trial = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]


def _mark_of(text: str) -> str:
    """The directional mark of `text`'s first strong letter (the interface's when none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "\u200e"
        if kind in ("R", "AL"):
            return "\u200f"
    return "\u200f" if rtl() else "\u200e"


def label_lines(label: str, font: QFont, width: float) -> list[str]:
    """A category label's lines: a label of one part wrapped as it is; a label of parts
    ("1. Oddział Centrum\n(n=50, -1.4)") has each part on lines of its own, each line
    opened by the mark of its part's direction, so the rank reads with the name and the
    counts in their own order, in a window of either direction (labels ignore isolates)."""
    parts = label.split("\n")
    if len(parts) == 1:
        return wrap(label, font, width)
    lines: list[str] = []
    for part in parts:
        mark = _mark_of(part)
        lines += [mark + line for line in wrap(part, font, width)]
    return lines


def label_width(chart_width: float) -> float:
    """The width a left axis's labels get in a chart `chart_width` wide."""
    return max(40.0, AXIS_SHARE * chart_width - LABEL_SLACK)


def fit_categories(
    chart: QChart, labels: Sequence[str], chart_width: float, font: QFont | None = None
) -> float:
    """Give the chart's category axis `labels` (top first) wrapped to the width the chart
    gives its labels, in `font` when named (an export may need a smaller one). Returns the
    height the chart needs for every label to fit its share of the axis."""
    axis = next((a for a in chart.axes() if isinstance(a, QBarCategoryAxis)), None)
    if axis is None or not labels:
        return MIN_BAR_VIEW
    if font is not None:
        axis.setLabelsFont(font)
    used = axis.labelsFont()
    width = label_width(chart_width)
    wrapped = [label_lines(label, used, width) for label in labels]
    # each label reads in the interface's direction whatever its first letter
    mark = "\u200f" if rtl() else "\u200e"
    shown: list[str] = []
    for lines in reversed(wrapped):  # Qt draws the first category at the bottom
        text = mark + "<br>".join(html.escape(line, quote=False) for line in lines)
        while text in shown:  # equal labels would merge into one category
            text += "\u200b"
        shown.append(text)
    if axis.categories() != shown:
        axis.setCategories(shown)
    return needed_height(chart, max(len(lines) for lines in wrapped), len(labels), used)


def needed_height(chart: QChart, lines: int, bars: int, font: QFont) -> float:
    """The chart height at which `bars` labels of `lines` lines each fit their share of the
    axis, with room for the value axis below."""
    spacing = QFontMetricsF(font).lineSpacing()
    share = lines * spacing + LABEL_MARGIN + 2 * LABEL_PADDING
    below = spacing + 26  # the value axis's labels and the chart's margins
    return max(MIN_BAR_VIEW, (bars + 2) * share + below)


def bars(
    view: ChartView,
    labels: Sequence[str],
    values: Sequence[float],
    name: str,
    x_range: tuple[float, float],
    digits: int = 0,
    percent: bool = True,
    nice: bool = False,
    ticks: int = 5,
) -> QBarSet:
    """Horizontal bars, the first label on top; returns the bar set (its `clicked(index)`
    names the bar). `percent`: the axis's labels carry the sign; `nice`: its ends are
    rounded to nice numbers."""
    chart = fresh(view)
    bar_set = QBarSet(name)
    series = QHorizontalBarSeries()
    series.setLabelsVisible(True)
    series.setLabelsFormat(("\u200e" if rtl() else "") + "@value")
    series.setLabelsPrecision(3)
    # Qt draws the first category at the bottom: give it the reversed order
    for value in reversed(values):
        bar_set.append(value)
    series.append(bar_set)
    y = QBarCategoryAxis()
    y.append([f"{i}" for i in range(len(labels))])  # `fit_categories` writes the words
    x = value_axis(*x_range, digits=digits, percent=percent, ticks=ticks, nice=nice)
    _attach(chart, [series], (y, Qt.AlignmentFlag.AlignLeft), (x, Qt.AlignmentFlag.AlignBottom))
    view.categories = list(labels)
    view.refit()
    return bar_set


def bar_index(bar_set: QBarSet, index: int) -> int:
    """The position in the caller's order of a bar Qt reports (drawn reversed)."""
    return bar_set.count() - 1 - index


# -- months --------------------------------------------------------------------------------
def month_ms(period: str) -> float:
    """A YYYY-MM period as the x value a date axis expects: its first day at noon, local
    time (the axis shows local time; noon keeps the day whatever the zone)."""
    year, month = (int(part) for part in period.split("-")[:2])
    return float(QDateTime(QDate(year, month, 1), QTime(12, 0)).toMSecsSinceEpoch())


def nearest_period(periods: Sequence[str], x: float) -> str:
    return min(periods, key=lambda p: abs(month_ms(p) - x))


def _month_span(periods: Sequence[str]) -> tuple[float, float]:
    """From half a month before the first to half a month after the last: the first and
    last months' labels, centred on their points, stay inside the chart."""
    half = 15 * 86_400_000
    return month_ms(periods[0]) - half, month_ms(periods[-1]) + half


def month_axis(periods: Sequence[str], most: int = 6) -> QCategoryAxis:
    """A month on each of at most `most` labels, placed on the month's own point and named
    as the language names months ("sty" over "2026"), not "2026-01" or "26-01". Qt gives
    each label the axis's width over the number of labels plus one: two short lines fit
    where "sty 2026" would be cut to "sty 2..."."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, -(-len(periods) // most))
    shown = [p for i, p in enumerate(periods) if i % step == 0]
    if periods[-1] not in shown and (len(periods) - 1) % step >= step / 2:
        shown.append(periods[-1])
    for period in shown:
        axis.append(month_text(period, lines=2), month_ms(period))
    first, last = _month_span(periods)
    axis.setRange(first, last)
    axis.setStartValue(first)
    return axis


def lines(
    view: QChartView,
    periods: Sequence[str],
    named: Sequence[tuple[str, dict[str, float]]],
    y_range: tuple[float, float],
    percent: bool = True,
    reference: tuple[str, float] | None = None,
) -> list[QLineSeries]:
    """One line per (name, {period: value}) over months; an optional dashed reference line
    (the pass line). Returns the data lines in the order given."""
    chart = fresh(view)
    if not periods:
        return []
    out = []
    for name, values in named:
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        for period in periods:
            if period in values:
                series.append(month_ms(period), values[period])
        out.append(series)
    extra: list[QLineSeries] = []
    if reference is not None:
        label, value = reference
        line = QLineSeries()
        line.setName(label)
        first, last = _month_span(periods)
        line.append(first, value)
        line.append(last, value)
        pen = QPen(QColor("#b00020"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        line.setPen(pen)
        extra.append(line)
    y = value_axis(*y_range, percent=percent)
    _attach(chart, [*out, *extra], (month_axis(periods), Qt.AlignmentFlag.AlignBottom),
            (y, Qt.AlignmentFlag.AlignLeft))  # fmt: skip
    return out


# -- legends -------------------------------------------------------------------------------
def legend_entries(chart: QChart) -> list[tuple[str, QColor]]:
    """The name and colour of each named series (the legend itself stays hidden, so its
    markers all say invisible: a series without a name, a guide line, is left out)."""
    out = []
    for marker in chart.legend().markers():
        if not marker.label():
            continue
        series = marker.series()
        if isinstance(series, QLineSeries):
            out.append((marker.label(), series.pen().color()))
        elif isinstance(series, QScatterSeries):
            out.append((marker.label(), series.color()))
        # a bar chart's one set needs no legend: its axis and title name it
    return out


def legend_html(chart: QChart) -> str:
    """The chart's legend as rich text that wraps between entries, never inside a name's
    colour square."""
    return " &nbsp; ".join(
        f'<span style="color:{color.name()}">■</span>&nbsp;{html.escape(name, quote=False)}'
        for name, color in legend_entries(chart)
    )


# -- importance and performance ----------------------------------------------------------
def quadrants(
    view: ChartView,
    points: Sequence[tuple[str, float, float, str]],
    means: tuple[float, float],
    axis_names: tuple[str, str],
    quadrant_names: dict[str, str],
) -> list[QScatterSeries]:
    """Importance-performance: points (name, importance, performance, quadrant) coloured by
    quadrant, the quadrants split at the means, each point named beside it."""
    chart = fresh(view)
    if not points:
        return []
    importance = [p[1] for p in points]
    performance = [p[2] for p in points]
    pad_x = max(1.0, (max(importance) - min(importance)) * 0.15)
    pad_y = max(0.2, (max(performance) - min(performance)) * 0.15)
    x_range = (min(importance) - pad_x, max(importance) + pad_x)
    y_range = (min(performance) - pad_y, max(performance) + pad_y)
    groups: dict[str, QScatterSeries] = {}
    # one series a quadrant, in the caller's order of quadrants (the legend's)
    for quadrant in [*quadrant_names, *sorted({p[3] for p in points} - set(quadrant_names))]:
        if any(p[3] == quadrant for p in points):
            series = groups[quadrant] = QScatterSeries()
            series.setName(quadrant_names.get(quadrant, quadrant))
            series.setMarkerSize(11)
    for name, x_value, y_value, quadrant in points:
        series = groups[quadrant]
        series.append(QPointF(x_value, y_value))
        view.points.append((series, series.count() - 1, name))
    split = []
    for (x0, y0), (x1, y1) in (
        ((means[0], y_range[0]), (means[0], y_range[1])),
        ((x_range[0], means[1]), (x_range[1], means[1])),
    ):
        line = QLineSeries()
        line.append(x0, y0)
        line.append(x1, y1)
        pen = QPen(QColor("#777777"))
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        split.append(line)
    x = value_axis(*x_range)
    x.setTitleText(axis_names[0])
    y = value_axis(*y_range, digits=1)
    y.setTitleText(axis_names[1])
    scatter = list(groups.values())
    _attach(chart, [*split, *scatter], (x, Qt.AlignmentFlag.AlignBottom),
            (y, Qt.AlignmentFlag.AlignLeft))  # fmt: skip
    font = x.labelsFont()
    for _series, _index, name in view.points:
        item = QGraphicsSimpleTextItem(name, chart)
        item.setFont(font)
        item.setZValue(10)
        view.point_items.append(item)
    chart.plotAreaChanged.connect(lambda _area: place_point_labels(view))
    place_point_labels(view)
    return scatter


def place_point_labels(view: ChartView) -> None:
    """Each scatter point's name beside it, inside the plot, clear of the other names and
    of the points: the first place of right, left, above, below (then the corners) that
    is free, else the one that covers least."""
    chart = view.chart()
    if not view.points or len(view.point_items) != len(view.points):
        return
    plot = chart.plotArea()
    positions = [chart.mapToPosition(s.at(i), s) for s, i, _ in view.points]
    radius = 7.0
    taken = [QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius) for p in positions]
    gap = 3.0
    for item, centre in zip(view.point_items, positions, strict=True):
        size: QSizeF = item.boundingRect().size()
        w, h = size.width(), size.height()
        x, y = centre.x(), centre.y()
        candidates = [
            QPointF(x + radius + gap, y - h / 2),
            QPointF(x - radius - gap - w, y - h / 2),
            QPointF(x - w / 2, y - radius - h),
            QPointF(x - w / 2, y + radius),
            QPointF(x + radius, y - radius - h),
            QPointF(x + radius, y + radius),
            QPointF(x - radius - w, y - radius - h),
            QPointF(x - radius - w, y + radius),
        ]
        for step in (1, 2):  # further out along the same directions
            candidates += [
                QPointF(x + radius + gap, y - h / 2 - step * h),
                QPointF(x + radius + gap, y - h / 2 + step * h),
                QPointF(x - radius - gap - w, y - h / 2 - step * h),
                QPointF(x - radius - gap - w, y - h / 2 + step * h),
            ]
        best: QRectF | None = None
        best_cover = float("inf")
        for corner in candidates:
            rect = QRectF(corner, size)
            if not plot.contains(rect):
                rect.moveLeft(min(max(rect.left(), plot.left()), plot.right() - w))
                rect.moveTop(min(max(rect.top(), plot.top()), plot.bottom() - h))
            cover = sum(
                (rect.intersected(other).width() * rect.intersected(other).height())
                for other in taken
                if rect.intersects(other)
            )
            if cover < best_cover:
                best, best_cover = rect, cover
            if cover == 0:
                break
        assert best is not None
        item.setPos(best.topLeft())
        taken.append(best)
