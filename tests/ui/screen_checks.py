"""Reading a screen as its user sees it: every text a widget draws, whether it fits the
space it is drawn in (by font metrics against the widget's or cell's rectangle: Qt clips
or elides only when painting), whether a chart's value axes draw numbers (the label items
in the chart's scene, not the axis properties), and which texts are stored keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6 import QtGui
from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLogValueAxis,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGraphicsTextItem,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

SNAKE = re.compile(r"(?<![\w./\\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w./\\-])")
SLUG = re.compile(r"(?<![\w./\\])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w./\\])")
# where a wrapped line may break: spaces, and after a slash or hyphen (Unicode line breaking,
# as Qt's text layout does it: a path wraps at its separators)
BREAKS = re.compile(r"[\s\u200b]+|(?<=[/-])(?=[^\d\s])")
MNEMONIC = re.compile(r"&(?!&)")
MAX_ROWS = 60  # cells read per view: what 720 pixels can show
TEXT_ITEM = 8  # QGraphicsTextItem::Type
# stored values that are also short words of the translated languages ("en" is Slovenian for
# one), so fine inside a sentence; alone they are still keys
INSIDE_OK = frozenset({"no", "en", "pl", "sl", "bg", "he"})
TYPED = ":typed"  # what a field holds: its user may type a key there (a checklist's name)
EDITED = ":edited"  # a cell its user edits: a checklist's label in one of its languages


@dataclass(frozen=True)
class Finding:
    screen: str
    language: str
    kind: str  # too wide, no tick labels, elided, stored key, English
    path: str
    text: str
    detail: str = ""

    def line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"[{self.language}] {self.kind}: {self.path}: {self.text!r}{detail}"


@dataclass
class Snapshot:
    """What one screen showed in one language: its texts by widget path, and what is wrong."""

    screen: str
    language: str
    texts: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def add(self, path: str, text: str) -> None:
        text = text.strip()
        if text:
            self.texts[path] = text

    def wrong(self, kind: str, path: str, text: str, detail: str = "") -> None:
        self.findings.append(Finding(self.screen, self.language, kind, path, text, detail))


@dataclass(frozen=True)
class StoredKeys:
    """Keys that must never reach a screen: whole texts (enum values, question, section
    and choice keys, language codes) and slugs (checklist names)."""

    whole: frozenset[str]
    slugs: frozenset[str]

    def leaked(self, text: str, english: bool = False) -> str:
        """The key `text` shows, if any. In English a whole text such as "number" or
        "accepted" may be the word itself; the translations tell it from the key."""
        plain = text.strip().strip("\u2066\u2067\u2068\u2069\u200e\u200f")
        if "${" in plain:
            return ""  # an example of the rule syntax, which names questions by key
        if plain in self.whole and not english:
            return plain
        if not english:  # a stored value inside a translated sentence ("Status here: draft")
            words: list[str] = re.findall(r"(?<![\w/.-])[a-z]+(?![\w/-]|\.\w)", plain)
            for word in words:
                if word in self.whole and word not in INSIDE_OK:
                    return word
        for match in SNAKE.finditer(plain):
            return match.group(0)
        for match in SLUG.finditer(plain):
            if match.group(0) in self.slugs:
                return match.group(0)
        return ""


# -- paths --------------------------------------------------------------------------------


def widget_path(widget: QWidget, top: QWidget) -> str:
    """The same widget in every language: object names where set, else class and position
    among siblings of that class."""
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        parent = current.parentWidget()
        name = current.objectName()
        if not name or name.startswith("qt_"):
            kind = type(current).__name__
            siblings = [c for c in parent.children() if type(c) is type(current)] if parent else []
            position = next((i for i, c in enumerate(siblings) if c is current), 0)
            name = f"{name or kind}#{position}"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts)) or type(top).__name__


# -- space ---------------------------------------------------------------------------------


def shown_width(widget: QWidget, top: QWidget) -> int:
    """How much of the widget's width its ancestors leave on screen (a scroll area's viewport
    is where this stops: what lies past it is scrolled to, not cut)."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    current = widget.parentWidget()
    while current is not None:
        parent = current.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and current is parent.viewport():
            break
        origin = current.mapTo(top, QPoint(0, 0)) if current is not top else QPoint(0, 0)
        rect = rect.intersected(QRect(origin, current.size()))
        if current is top:
            break
        current = parent
    return max(0, rect.width())


def plain(text: str, rich: bool) -> str:
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def text_width(font: QFont, text: str) -> int:
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def without_mnemonic(text: str) -> str:
    return MNEMONIC.sub("", text).replace("&&", "&")


# -- widgets -------------------------------------------------------------------------------


def _label(snap: Snapshot, label: QLabel, path: str, top: QWidget) -> None:
    raw = label.text()
    if not raw:
        return
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(raw)
    )
    text = plain(raw, rich)
    if label.buddy() is not None and not rich:
        text = without_mnemonic(text)
    snap.add(path, text)
    room = min(label.contentsRect().width(), shown_width(label, top)) - 2 * label.margin()
    if label.indent() > 0:
        room -= label.indent()
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(raw)
        words = doc.toPlainText()
        if label.wordWrap():
            doc.setTextWidth(max(room, 1))
            needed_height = doc.size().height()
            if needed_height > label.contentsRect().height() + 2:
                snap.wrong(
                    "too tall", path, text,
                    f"needs {needed_height:.0f} px, has {label.contentsRect().height()}",
                )  # fmt: skip
            widest = max((text_width(label.font(), w) for w in BREAKS.split(words)), default=0)
            if widest > room + 1:
                snap.wrong("too wide", path, text, f"a word needs {widest} px, has {room}")
            return
        needed = int(doc.idealWidth())
    else:
        if label.wordWrap():
            height = label.heightForWidth(label.width())
            if height > label.height() + 2:
                snap.wrong("too tall", path, text, f"needs {height} px, has {label.height()}")
            widest = max((text_width(label.font(), w) for w in BREAKS.split(text)), default=0)
            if widest > room + 1:
                snap.wrong("too wide", path, text, f"a word needs {widest} px, has {room}")
            return
        needed = text_width(label.font(), text)
        lines = text.count("\n") + 1
        high = QFontMetrics(label.font()).height() * lines
        if label.contentsRect().height() + 2 < high:
            snap.wrong(
                "too tall", path, text, f"needs {high} px, has {label.contentsRect().height()}"
            )
    if needed > room + 1:
        snap.wrong("too wide", path, text, f"needs {needed} px, has {room}")


def _button(snap: Snapshot, button: QAbstractButton, path: str, top: QWidget) -> None:
    text = without_mnemonic(button.text())
    snap.add(path, text)
    if not text:
        return
    needed = text_width(button.font(), text)
    style = button.style()
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = {
            QPushButton: QStyle.SubElement.SE_PushButtonContents,
            QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
            QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
        }[next(k for k in (QPushButton, QCheckBox, QRadioButton) if isinstance(button, k))]
        room = style.subElementRect(element, option, button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
    elif isinstance(button, QToolButton):
        room = button.width() - 6
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            room -= button.iconSize().width() + 4
    else:
        room = button.width()
    cut = button.width() - shown_width(button, top)
    room -= max(0, cut)
    if needed > room + 1:
        snap.wrong("too wide", path, text, f"needs {needed} px, has {room}")


def _group_box(snap: Snapshot, box: QGroupBox, path: str, top: QWidget) -> None:
    title = without_mnemonic(box.title())
    snap.add(path + ":title", title)
    if not title:
        return
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = text_width(box.font(), title)
    room = min(label.width(), box.width() - label.left(), shown_width(box, top) - label.left())
    if needed > room + 1:
        snap.wrong("too wide", path + ":title", title, f"needs {needed} px, has {room}")


def _tab_bar(snap: Snapshot, bar: QTabBar, path: str) -> None:
    for i in range(bar.count()):
        text = without_mnemonic(bar.tabText(i))
        where = f"{path}:tab[{i}]"
        snap.add(where, text)
        snap.add(where + ":tip", bar.tabToolTip(i))
        if not bar.isTabVisible(i):
            continue
        rect, wanted = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() < wanted.width() - 1:
            snap.wrong("too wide", where, text, f"needs {wanted.width()} px, has {rect.width()}")
        elif rect.right() > bar.width() or rect.left() < 0:
            snap.wrong("too wide", where, text, "the tab lies past the end of the bar")


def _combo(snap: Snapshot, combo: QComboBox, path: str, top: QWidget) -> None:
    for i in range(combo.count()):
        snap.add(f"{path}:item[{i}]", combo.itemText(i))
    text = combo.currentText()
    if not text or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field_rect.width() - max(0, combo.width() - shown_width(combo, top))
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    needed = text_width(combo.font(), text)
    if needed > room + 1:
        snap.wrong("too wide", f"{path}:current", text, f"needs {needed} px, has {room}")


def _header(snap: Snapshot, header: QHeaderView, path: str) -> None:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if header.isSectionHidden(section) or not isinstance(text, str):
            continue
        where = f"{path}:section[{section}]"
        snap.add(where, text)
        start = header.sectionViewportPosition(section)
        if start >= header.viewport().width() or start + header.sectionSize(section) <= 0:
            continue  # scrolled to, not cut
        needed = text_width(header.font(), text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += mark + margin
        room = header.sectionSize(section)
        if needed > room + 1:
            snap.wrong("too wide", where, text, f"needs {needed} px, has {room}")


def _sideways(snap: Snapshot, area: QAbstractScrollArea, path: str) -> None:
    """A pane whose content is wider than the pane: its right (left, in Hebrew) side is cut
    off until scrolled to sideways."""
    bar = area.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        snap.wrong(
            "too wide", path, "", f"{bar.maximum()} px of it lie past its edge (sideways scroll)"
        )


def _visible_indexes(view: QAbstractItemView) -> Iterable[QModelIndex]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    first = view.indexAt(QPoint(2, 2))
    row = first.row() if first.isValid() else 0
    if isinstance(view, QTreeView):
        index = view.indexAt(QPoint(2, 2))
        shown = 0
        while index.isValid() and shown < MAX_ROWS:
            rect = view.visualRect(index)
            if rect.top() > viewport.bottom():
                break
            for column in range(view.header().count()):
                if not view.isColumnHidden(column):
                    yield index.siblingAtColumn(column)
            index = view.indexBelow(index)
            shown += 1
        return
    columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
    for r in range(row, row + MAX_ROWS):
        if isinstance(view, QTableView) and view.isRowHidden(r):
            continue
        if not model.index(r, 0).isValid():
            return
        for column in range(columns):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(r, column)
            rect = view.visualRect(index)
            if rect.top() > viewport.bottom():
                return
            if rect.isValid() and rect.intersects(viewport):
                yield index


def _cells(snap: Snapshot, view: QAbstractItemView, path: str) -> None:
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    viewport = view.viewport().rect()
    for index in _visible_indexes(view):
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if value is None or isinstance(value, bool):
            continue
        text = str(value)
        where = f"{path}:cell[{index.row()},{index.column()}]"
        if index.parent().isValid():
            where = f"{path}:cell[{index.parent().row()}.{index.row()},{index.column()}]"
        edits = view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        if edits and index.flags() & Qt.ItemFlag.ItemIsEditable:
            where += EDITED
        snap.add(where, text)
        snap.add(where + ":tip", str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        if view.indexWidget(index) is not None or not text.strip():
            continue
        rect = view.visualRect(index)
        if rect.right() > viewport.right() and rect.left() < viewport.right():
            continue  # the last column, scrolled to
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else view.font()
        room = rect.width() - 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= view.iconSize().width() if view.iconSize().width() > 0 else 16
            room -= 4
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 4
        metrics = QFontMetrics(font)
        lines = text.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        wraps = isinstance(view, QTableView | QTreeView) and view.wordWrap()
        if wraps or len(lines) > 1:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            height = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000), flags, text).height()
            widest = max((metrics.horizontalAdvance(w) for w in BREAKS.split(text)), default=0)
            if height > rect.height() + 1 or widest > room + 1:
                snap.wrong(
                    "too wide", where, text,
                    f"needs {height} px high in {room} px, has {rect.height()}",
                )  # fmt: skip
        elif needed > room + 1:
            snap.wrong("too wide", where, text, f"needs {needed} px, has {room}")


def _chart(snap: Snapshot, view: QChartView, path: str) -> None:
    chart: QChart = view.chart()
    snap.add(path + ":title", chart.title())
    for i, series in enumerate(chart.series()):
        snap.add(f"{path}:series[{i}]", series.name())
        if isinstance(series, QBarSeries | QHorizontalBarSeries):
            for j, bar_set in enumerate(series.barSets()):
                snap.add(f"{path}:series[{i}].set[{j}]", bar_set.label())
    known: set[str] = {chart.title(), *(s.name() for s in chart.series())}
    items = _text_items(view)

    def drawn(item: QGraphicsTextItem) -> str:
        return item.toPlainText().strip().strip("\u200e\u200f\u2066\u2067\u2068\u2069")

    plot = chart.mapToScene(chart.plotArea()).boundingRect()
    for i, axis in enumerate(chart.axes()):
        where = f"{path}:axis[{i}]"
        snap.add(where + ":title", axis.titleText() if axis.isTitleVisible() else "")
        known.add(axis.titleText())
        categories: list[str] = []
        if isinstance(axis, QBarCategoryAxis):
            categories = list(axis.categories())
        elif isinstance(axis, QCategoryAxis):
            categories = list(axis.categoriesLabels())
        for j, category in enumerate(categories):
            snap.add(f"{where}:category[{j}]", plain(category, QtGui.Qt.mightBeRichText(category)))
        known.update(categories)
        known.update(plain(c, True).strip() for c in categories)
        if not axis.isVisible() or not axis.labelsVisible():
            continue
        labels = [drawn(item) for item in items if _beside(item, axis, plot)]
        labels = [t for t in labels if t and t != axis.titleText().strip()]
        if isinstance(axis, QValueAxis | QLogValueAxis):
            numbers = [t for t in labels if any(c.isdigit() for c in t)]
            if len(numbers) < 2:
                snap.wrong(
                    "no tick labels", where, axis.titleText() or type(axis).__name__,
                    f"the scene draws {labels!r} beside it",
                )  # fmt: skip
    for item in items:
        text = drawn(item)
        if (text.endswith("...") or text.endswith("…")) and text not in known:
            snap.wrong("elided", f"{path}:scene", text, "a chart label cut short")


def _text_items(view: QChartView) -> list[QGraphicsTextItem]:
    """The chart's drawn texts. QtCharts' own label classes come back from Python as plain
    QGraphicsItem; as a QGraphicsObject they show what they are."""
    found = []
    for item in view.scene().items():
        if item.type() != TEXT_ITEM or not item.isVisible():
            continue
        text_item = item.toGraphicsObject()
        if isinstance(text_item, QGraphicsTextItem):
            found.append(text_item)
    return found


def _beside(item: QGraphicsTextItem, axis: QAbstractAxis, plot: object) -> bool:
    """Whether a text item lies where the axis draws its labels: outside the plot area on
    the axis's side, within the plot area's extent along it."""
    from PySide6.QtCore import QRectF

    assert isinstance(plot, QRectF)
    box = item.sceneBoundingRect()
    centre = box.center()
    side = axis.alignment()
    if side == Qt.AlignmentFlag.AlignLeft:
        return centre.x() < plot.left() and plot.top() - 12 <= centre.y() <= plot.bottom() + 12
    if side == Qt.AlignmentFlag.AlignRight:
        return centre.x() > plot.right() and plot.top() - 12 <= centre.y() <= plot.bottom() + 12
    if side == Qt.AlignmentFlag.AlignBottom:
        return centre.y() > plot.bottom() and plot.left() - 30 <= centre.x() <= plot.right() + 30
    return centre.y() < plot.top() and plot.left() - 30 <= centre.x() <= plot.right() + 30


def _menus(snap: Snapshot, window: QMainWindow) -> None:
    def actions(menu: QMenu, path: str) -> None:
        for i, action in enumerate(menu.actions()):
            if action.isSeparator():
                continue
            snap.add(f"{path}/{i}", without_mnemonic(action.text()))
            snap.add(f"{path}/{i}:tip", action.statusTip())
            sub = action.menu()
            if isinstance(sub, QMenu):
                actions(sub, f"{path}/{i}")

    for i, action in enumerate(window.menuBar().actions()):
        snap.add(f"menu[{i}]", without_mnemonic(action.text()))
        sub = action.menu()
        if isinstance(sub, QMenu):
            actions(sub, f"menu[{i}]")


def read_screen(top: QWidget, screen: str, language: str, prefix: str = "") -> Snapshot:
    """Every text `top` shows now, and every one that does not fit where it is drawn."""
    snap = Snapshot(screen, language)
    base = prefix or screen
    snap.add(f"{base}:window-title", top.windowTitle())
    if isinstance(top, QMainWindow) and not prefix:
        _menus(snap, top)
        snap.add(f"{base}:status", top.statusBar().currentMessage())
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        path = f"{base}/{widget_path(widget, top)}"
        snap.add(path + ":tip", widget.toolTip())
        if isinstance(widget, QLabel):
            _label(snap, widget, path, top)
        elif isinstance(widget, QAbstractButton):
            _button(snap, widget, path, top)
        elif isinstance(widget, QGroupBox):
            _group_box(snap, widget, path, top)
        elif isinstance(widget, QTabBar):
            _tab_bar(snap, widget, path)
        elif isinstance(widget, QComboBox):
            _combo(snap, widget, path, top)
        elif isinstance(widget, QHeaderView):
            _header(snap, widget, path)
        elif isinstance(widget, QLineEdit):
            snap.add(path + ":placeholder", widget.placeholderText())
            snap.add(path + TYPED, widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            snap.add(path, widget.toPlainText())
            snap.add(path + ":placeholder", widget.placeholderText())
        elif isinstance(widget, QChartView):
            _chart(snap, widget, path)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            _cells(snap, widget, path)
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
            widget, QTextEdit | QPlainTextEdit
        ):
            _sideways(snap, widget, path)
    return snap


# -- texts ---------------------------------------------------------------------------------


MARKS = re.compile(r"[\u200e\u200f\u2066-\u2069\u200b]")


def has_words(text: str, names: Iterable[str]) -> str:
    """The text without the names and numbers in it: what a translation has to change
    (empty when nothing in it is a word of the language)."""
    rest = " ".join(MARKS.sub("", text).split())
    for name in names:
        if name and name in rest:
            rest = rest.replace(name, " ")
    rest = re.sub(r"\S*\d\S*", " ", rest)  # codes and numbers: "GREET-30", "n=51", "80%"
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    return rest if re.search(r"[^\W\d_]{2,}", rest) else ""
