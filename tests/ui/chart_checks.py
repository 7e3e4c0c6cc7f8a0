"""What a chart draws, read from its scene (never from the axis properties, which say
"visible" while this Qt draws nothing): the text items by where they sit around the plot,
and the problems a reader would see (an axis without numbers, a label cut or wider than
its space)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCharts import QAbstractAxis, QBarCategoryAxis, QCategoryAxis, QChart, QValueAxis
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem, QGraphicsTextItem

MARKS = re.compile("[\u200b\u200e\u200f\u2066-\u2069]")
KEY = re.compile(r"^[a-z]+(_[a-z]+)+$")  # a stored key: willingness_to_help
TEXT_ITEM = 8  # QGraphicsTextItem::Type (PySide does not name it)


@dataclass
class Text:
    text: str  # as drawn, lines joined by "\n"
    rect: QRectF  # in scene coordinates
    font: QFont
    simple: bool  # a QGraphicsSimpleTextItem (the app's own), else a Qt chart label


def plain(text: str) -> str:
    """Text as a reader compares it: no direction marks, lines and spaces as one space."""
    text = MARKS.sub("", text).replace("\u2028", " ").replace("\u00a0", " ")
    return " ".join(text.split())


def texts(chart: QChart) -> list[Text]:
    """Every visible, non-empty text item in the chart's scene."""
    scene = chart.scene()
    assert scene is not None
    out = []
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsSimpleTextItem):
            text, font, simple = item.text(), item.font(), True
        elif item.type() == TEXT_ITEM:  # Qt's private label classes
            obj = item.toGraphicsObject()
            assert isinstance(obj, QGraphicsTextItem)
            text, font, simple = obj.toPlainText(), obj.font(), False
        else:
            continue
        text = text.replace("\u2028", "\n")
        if text.strip():
            out.append(Text(text, _scene_rect(item), font, simple))
    return out


def _scene_rect(item: QGraphicsItem) -> QRectF:
    return item.sceneBoundingRect()


def plot_rect(chart: QChart) -> QRectF:
    return chart.mapRectToScene(chart.plotArea())


def axis_texts(chart: QChart, axis: QAbstractAxis) -> list[Text]:
    """The labels drawn beside the plot on the axis's side (its title left out)."""
    plot = plot_rect(chart)
    title = plain(axis.titleText()) if axis.isTitleVisible() else None
    out = []
    for t in texts(chart):
        if t.simple or (title and plain(t.text) == title):
            continue
        centre = t.rect.center()
        if axis.alignment() == Qt.AlignmentFlag.AlignLeft:
            beside = t.rect.right() <= plot.left() + 2 and plot.top() - 12 <= centre.y()
            beside = beside and centre.y() <= plot.bottom() + 12
        elif axis.alignment() == Qt.AlignmentFlag.AlignBottom:
            beside = t.rect.top() >= plot.bottom() - 2 and plot.left() - 40 <= centre.x()
            beside = beside and centre.x() <= plot.right() + 40
        else:
            beside = False
        if beside:
            out.append(t)
    return out


def number_of(text: str, locale: QLocale) -> float | None:
    """The number a value-axis label shows, read as the language writes numbers."""
    bare = plain(text).replace("%", "").replace(" ", "").replace("\u2212", "-")
    value, ok = locale.toDouble(bare)
    return value if ok else None


def value_axis_problems(chart: QChart, locale: QLocale) -> list[str]:
    """Each value axis must draw at least two labels, each a number as the language writes
    it (a Polish decimal comma, never a point)."""
    problems = []
    axes = [a for a in chart.axes() if type(a) is QValueAxis]
    if not axes:
        problems.append("no value axis")
    for axis in axes:
        labels = [plain(t.text) for t in axis_texts(chart, axis)]
        numbers = [number_of(t, locale) for t in labels]
        if len(labels) < 2:
            problems.append(f"value axis {axis.alignment()} draws {labels!r}")
        for label, number in zip(labels, numbers, strict=True):
            if number is None:
                problems.append(f"value axis label {label!r} is not a number here")
        if locale.decimalPoint() == "," and any("." in t for t in labels):
            problems.append(f"value axis {labels!r} uses a decimal point")
    return problems


def category_problems(chart: QChart, expected: list[str]) -> list[str]:
    """The category axis must draw exactly the expected labels, whole: each line no wider
    than the space left of the plot, each label inside its share of the axis and inside
    the chart (not cut by its edge)."""
    axis = next((a for a in chart.axes() if isinstance(a, QBarCategoryAxis)), None)
    if axis is None:
        return ["no category axis"] if expected else []
    plot = plot_rect(chart)
    edge = chart.mapRectToScene(chart.rect())
    drawn = axis_texts(chart, axis)
    problems = []
    if sorted(plain(t.text) for t in drawn) != sorted(plain(e) for e in expected):
        problems.append(f"drawn {[plain(t.text) for t in drawn]} != {expected}")
    space = plot.left() - edge.left()
    band = plot.height() / max(1, len(expected))
    for t in drawn:
        metrics = QFontMetricsF(t.font)
        for line in t.text.split("\n"):
            width = metrics.horizontalAdvance(MARKS.sub("", line))
            if width > space:
                problems.append(f"{line!r} is {width:.0f} px wide in {space:.0f} px")
        if "..." in t.text or "…" in t.text:
            problems.append(f"{t.text!r} is cut")
        if t.rect.left() < edge.left() - 1 or t.rect.height() > band + 1:
            problems.append(f"{t.text!r} ({t.rect}) does not fit its place (band {band:.0f})")
    return problems


def month_problems(chart: QChart, expected: list[str]) -> list[str]:
    """A month axis names months as the language does (no 2026-01, no 26-01), whole."""
    axis = next((a for a in chart.axes() if isinstance(a, QCategoryAxis)), None)
    if axis is None:
        return ["no month axis"]
    drawn = [plain(t.text) for t in axis_texts(chart, axis)]
    problems = []
    if not drawn or not set(drawn) <= {plain(e) for e in expected}:
        problems.append(f"months drawn {drawn} not among {expected}")
    problems += [f"{d!r} is ISO or cut" for d in drawn if re.search(r"\d-\d|\.\.\.|…", d)]
    return problems


def elided(chart: QChart) -> list[str]:
    """Any text in the chart that Qt cut short."""
    return [t.text for t in texts(chart) if "..." in t.text or "…" in t.text]
