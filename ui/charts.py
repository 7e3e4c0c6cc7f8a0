"""Small builders for the native Qt charts the dashboard draws: each empties a chart and
fills it again, so a filter change reuses the same chart views (no flicker, no new windows)."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen

from ui import formats

MAX_LABEL = 34


def _new_chart() -> QChart:
    chart = QChart()
    chart.setLocale(QLocale())  # axis and bar labels with the language's decimal sign
    chart.setLocalizeNumbers(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.setMargins(chart.margins() * 0)
    return chart


def chart_view(name: str) -> QChartView:
    view = QChartView(_new_chart())
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(250)
    return view


def fresh(view: QChartView) -> QChart:
    """A new empty chart in the view: axes removed from a chart that stays keep drawing
    their old labels (Qt 6.11), so every redraw starts from a new chart."""
    old = view.chart()
    chart = _new_chart()
    view.setChart(chart)
    shiboken6.delete(old)
    return chart


def short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _attach(
    chart: QChart, series: Sequence[QAbstractSeries], *axes: tuple[object, Qt.AlignmentFlag]
) -> None:
    for s in series:
        chart.addSeries(s)
    for axis, where in axes:
        chart.addAxis(axis, where)  # type: ignore[arg-type]
    for s in series:
        for axis, _ in axes:
            s.attachAxis(axis)  # type: ignore[arg-type]


def month_ms(period: str) -> float:
    """A YYYY-MM period as the x value a date axis expects: its first day at noon, local
    time (the axis shows local time; noon keeps the day whatever the zone)."""
    year, month = (int(part) for part in period.split("-")[:2])
    return float(QDateTime(QDate(year, month, 1), QTime(12, 0)).toMSecsSinceEpoch())


def nearest_period(periods: Sequence[str], x: float) -> str:
    return min(periods, key=lambda p: abs(month_ms(p) - x))


def month_axis(periods: Sequence[str]) -> QDateTimeAxis:
    x = QDateTimeAxis()
    x.setFormat("yyyy-MM")
    first, last = month_ms(periods[0]), month_ms(periods[-1])
    if first == last:
        first, last = first - 15 * 86_400_000, last + 15 * 86_400_000
    x.setRange(QDateTime.fromMSecsSinceEpoch(int(first)), QDateTime.fromMSecsSinceEpoch(int(last)))
    x.setTickCount(min(7, max(2, len(periods))))
    return x


def lines(
    view: QChartView,
    periods: Sequence[str],
    named: Sequence[tuple[str, dict[str, float]]],
    y_range: tuple[float, float],
    y_format: str | None = None,
    reference: tuple[str, float] | None = None,
) -> list[QLineSeries]:
    """One line per (name, {period: value}); an optional dashed reference line (the pass
    line). Returns the data lines in the order given."""
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
        first, last = month_ms(periods[0]), month_ms(periods[-1])
        if first == last:
            first, last = first - 15 * 86_400_000, last + 15 * 86_400_000
        line.append(first, value)
        line.append(last, value)
        pen = QPen(QColor("#b00020"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        line.setPen(pen)
        extra.append(line)
    y = QValueAxis()
    y.setRange(*y_range)
    y.setLabelFormat(y_format or formats.percent_axis())
    _attach(chart, [*out, *extra], (month_axis(periods), Qt.AlignmentFlag.AlignBottom),
            (y, Qt.AlignmentFlag.AlignLeft))  # fmt: skip
    chart.legend().setVisible(len(out) + len(extra) <= 8)
    return out


def bars(
    view: QChartView,
    labels: Sequence[str],
    values: Sequence[float],
    name: str,
    x_range: tuple[float, float],
    x_format: str | None = "%d",
) -> QBarSet:
    """Horizontal bars, the first label on top; returns the bar set (its `clicked(index)`
    names the bar)."""
    chart = fresh(view)
    bar_set = QBarSet(name)
    series = QHorizontalBarSeries()
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3)
    # Qt draws the first category at the bottom: give it the reversed order
    for value in reversed(values):
        bar_set.append(value)
    series.append(bar_set)
    y = QBarCategoryAxis()
    y.append([short(label) for label in reversed(labels)])
    x = QValueAxis()
    x.setRange(*x_range)
    x.setLabelFormat(x_format or formats.percent_axis())
    if x_format is not None:  # percentages keep 0 to 100
        x.applyNiceNumbers()
    _attach(chart, [series], (y, Qt.AlignmentFlag.AlignLeft), (x, Qt.AlignmentFlag.AlignBottom))
    chart.legend().setVisible(False)
    return bar_set


def bar_index(bar_set: QBarSet, index: int) -> int:
    """The position in the caller's order of a bar Qt reports (drawn reversed)."""
    return bar_set.count() - 1 - index


def quadrants(
    view: QChartView,
    points: Sequence[tuple[str, float, float, str]],
    means: tuple[float, float],
    axis_names: tuple[str, str],
    quadrant_names: dict[str, str],
) -> list[QScatterSeries]:
    """Importance-performance: points (label, importance, performance, quadrant) coloured
    by quadrant, the quadrants split at the means."""
    chart = fresh(view)
    if not points:
        return []
    importance = [p[1] for p in points]
    performance = [p[2] for p in points]
    pad_x = max(1.0, (max(importance) - min(importance)) * 0.1)
    pad_y = max(0.2, (max(performance) - min(performance)) * 0.1)
    x_range = (min(importance) - pad_x, max(importance) + pad_x)
    y_range = (min(performance) - pad_y, max(performance) + pad_y)
    groups: dict[str, QScatterSeries] = {}
    for label, x_value, y_value, quadrant in points:
        series = groups.get(quadrant)
        if series is None:
            series = groups[quadrant] = QScatterSeries()
            series.setName(quadrant_names.get(quadrant, quadrant))
            series.setMarkerSize(11)
            series.setPointLabelsVisible(True)
            series.setPointLabelsClipping(False)
        series.append(QPointF(x_value, y_value))
        # each point's label is its criterion: a literal format with no @ placeholders
        series.setPointConfiguration(
            series.count() - 1, {QXYSeries.PointConfiguration.LabelFormat: short(label)}
        )
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
    x = QValueAxis()
    x.setRange(*x_range)
    x.setTitleText(axis_names[0])
    x.setLabelFormat("%.0f")
    y = QValueAxis()
    y.setRange(*y_range)
    y.setTitleText(axis_names[1])
    y.setLabelFormat("%.1f")
    scatter = list(groups.values())
    _attach(chart, [*split, *scatter], (x, Qt.AlignmentFlag.AlignBottom),
            (y, Qt.AlignmentFlag.AlignLeft))  # fmt: skip
    for line in split:
        marker = chart.legend().markers(line)
        for m in marker:
            m.setVisible(False)
    chart.legend().setVisible(True)
    return scatter
