"""The page every PDF report shares: fonts that cover all five languages, right-to-left text
wrapped in logical order and then drawn in visual order, header, footer with page X of Y."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.lineplots import LinePlot, ScatterPlot
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from auditor.errors import Cancelled
from auditor.files import atomic_path
from auditor.labels import RTL_LANGUAGES
from auditor.locale_formats import datetime_text, number_text
from auditor.paths import resources_dir
from auditor.reports.labels import label, term
from auditor.reports.text import has_rtl, visual

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PASS_COLOUR, FAIL_COLOUR, ACCENT = (
    colors.HexColor("#1e7d32"),
    colors.HexColor("#c62828"),
    colors.HexColor("#1f4e79"),
)
LIGHT = colors.HexColor("#eef3f8")


@cache
def register_fonts() -> None:
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(BOLD, normal=BOLD, bold=BOLD, italic=BOLD, boldItalic=BOLD)


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    organisation: str = ""
    logo: Path | None = None
    page_size: str = "A4"

    @property
    def rtl(self) -> bool:
        return self.lang == "he"

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def term(self, value: str) -> str:
        return term(value, self.lang)


@dataclass
class Styles:
    rtl: bool
    body: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    h1: ParagraphStyle = field(init=False)
    h2: ParagraphStyle = field(init=False)
    cell: ParagraphStyle = field(init=False)
    cell_bold: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        register_fonts()  # paragraphs resolve their fonts when they are made
        align = TA_RIGHT if self.rtl else TA_LEFT
        # allowWidows=0: a paragraph never leaves its last line alone at the top of a page
        self.body = ParagraphStyle(
            "body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=align, allowWidows=0
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=6,
            textColor=ACCENT,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            textColor=ACCENT,
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=BOLD)


def _wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap in logical order, so each line can be reordered on its own."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and pdfmetrics.stringWidth(candidate, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text: wrapped first, then each line put in visual
    order (plain ReportLab would draw Hebrew letters backwards and its lines in wrong order)."""

    def __init__(self, text: str, style: ParagraphStyle, base_rtl: bool) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.base_rtl = base_rtl
        self._para: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        lines = _wrap_logical(self.text, self.style.fontName, self.style.fontSize, width - 1)
        markup = "<br/>".join(escape(visual(line, self.base_rtl)) for line in lines)
        return Paragraph(markup, self.style)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._para = self._build(aw)
        return self._para.wrap(aw, ah)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        para = self._build(aw)
        return list(para.split(aw, ah))

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)


def para(text: Any, style: ParagraphStyle, rtl: bool = False) -> Flowable:
    """A paragraph of user or label text in any of the five languages."""
    value = "" if text is None else str(text)
    if has_rtl(value):
        # Each paragraph takes its direction from its own first strong letter, so an English
        # comment in a Hebrew report keeps its full stop at the end (the style aligns it).
        return BidiParagraph(value, style, base_rtl=False)
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def chart_text(text: str) -> str:
    return visual(text)


class NumberedCanvas(Canvas):
    """Holds pages back until the end so the footer can say "page X of Y"."""

    footer: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            if self.footer:
                self.footer(self, number, total)
            super().showPage()
        super().save()


class ReportDoc(SimpleDocTemplate):
    """Headings become bookmarks and table-of-contents entries."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = getattr(flowable, "toc_text", "")
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (level, text, self.page, key))


def heading(text: str, styles: Styles, level: int = 0, rtl: bool = False) -> Flowable:
    flowable = para(text, styles.h1 if level == 0 else styles.h2, rtl)
    flowable.toc_level = level
    flowable.toc_text = visual(text)
    flowable.keeps_with_next = True
    return flowable


def keep_with_next(flowable: Flowable) -> Flowable:
    """Marks a heading-like line (a standard's fail rate) that must not end a page."""
    flowable.keeps_with_next = True
    return flowable


def _first_part(flowable: Flowable, width: float, height: float, canv: Any = None) -> float:
    """The height of what must follow a heading on its page: a table's header and two rows,
    a paragraph's first three lines, anything that cannot split whole (a group kept
    together: all of it)."""
    if canv is not None and getattr(flowable, "canv", None) is None:
        flowable.canv = canv  # what a frame gives a flowable before it wraps it
    if isinstance(flowable, KeepTogether):
        return sum(_first_part(f, width, height, canv) for f in flowable._content[:1]) + sum(
            _whole(f, width, height, canv) for f in flowable._content[1:]
        )
    _w, full = flowable.wrap(width, height)
    full += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    if isinstance(flowable, Table):
        rows = flowable._rowHeights[: (flowable.repeatRows or 0) + 2]
        return min(full, float(sum(rows)))
    style = getattr(flowable, "style", None)
    if isinstance(flowable, (Paragraph, BidiParagraph)) and style is not None:
        return min(full, 3 * style.leading)
    return full


def _whole(flowable: Flowable, width: float, height: float, canv: Any) -> float:
    if canv is not None and getattr(flowable, "canv", None) is None:
        flowable.canv = canv
    _w, h = flowable.wrap(width, height)
    return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())


class HeadingRoom(CondPageBreak):
    """Starts a new page before a heading when the heading and the first lines of what it
    introduces would not fit below it: a heading never ends a page."""

    def __init__(self, headings: Sequence[Flowable], following: Flowable | None) -> None:
        super().__init__(0)
        self.headings = list(headings)
        self.following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = 0.0
        for flowable in self.headings:
            _w, h = flowable.wrap(availWidth, availHeight)
            need += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if self.following is not None:
            need += _first_part(self.following, availWidth, 10_000, getattr(self, "canv", None))
        frame = self._doctemplateAttr("frame")
        page = getattr(frame, "_height", None) or 700.0
        self.height = min(need, 0.5 * page)  # never a break that could not help
        return super().wrap(availWidth, availHeight)


def keep_headings(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with room kept after each run of headings for what follows them."""
    out: list[Flowable] = []
    i = 0
    while i < len(story):
        if getattr(story[i], "keeps_with_next", False):
            j = i
            while j < len(story) and getattr(story[j], "keeps_with_next", False):
                j += 1
            out.append(HeadingRoom(story[i:j], story[j] if j < len(story) else None))
            out.extend(story[i:j])
            i = j
        else:
            out.append(story[i])
            i += 1
    return out


class ReportTable(Table):
    """A table that never leaves its last one or two rows alone on the next page."""

    WIDOW_ROWS = 3

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = list(super().split(availWidth, availHeight))
        if len(parts) != 2:
            return parts
        head = self.repeatRows or 0
        first = len(parts[0]._cellvalues) - head
        rest = len(parts[1]._cellvalues) - head
        if rest >= self.WIDOW_ROWS or first <= self.WIDOW_ROWS:
            return parts
        take = self.WIDOW_ROWS - rest  # rows of the first part that go along to the next page
        end = len(parts[0]._cellvalues)
        shorter = availHeight - float(sum(self._rowHeights[end - take : end])) - 0.5
        return list(super().split(availWidth, shorter))


def month_label(key: str, lang: str, *, axis: bool = False) -> str:
    """A month key (2026-03) as the language names it: "March 2026", "marzec 2026"; on a
    chart's axis the short name, with the year below it in January and on the first month."""
    from babel.dates import format_date, format_skeleton

    try:
        year, month = key.split("-")
        day = date(int(year), int(month), 1)
    except ValueError:
        return key
    if axis:
        return format_date(day, "LLL", locale=lang)
    return format_skeleton("yMMMM", day, locale=lang)


def signed(value: float, lang: str, digits: int = 1) -> str:
    """A signed number (+9.0, -3.5) that keeps its sign in front inside right-to-left text:
    held as a left-to-right embedding, which the bidi reordering resolves and drops."""
    text = ("+" if value > 0 else "") + number_text(value, lang, digits)
    return ltr(text.replace("-", "\u2212") if value < 0 else text, lang)


def ltr(text: str, lang: str) -> str:
    """Numbers with a sign or a range (35.0-66.8) kept in their order inside right-to-left
    text: a left-to-right embedding (U+202A ... U+202C) the bidi reordering resolves and
    drops."""
    return f"\u202a{text}\u202c" if lang in RTL_LANGUAGES else text


class RightToLeftContents(TableOfContents):
    """A table of contents read from the right: the heading at the right edge, its page
    number at the left edge and dot leaders between (the stock one draws them after the
    text's end, which in right-aligned text is the right margin: no room, nothing shown)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, "", 0, None)]

        def entry_start(canvas: Canvas, kind: str, label: str) -> None:
            page_text, level_text = label.split(",")[:2]
            style = self.getLevelStyle(int(level_text))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            size = style.fontSize
            page_width = pdfmetrics.stringWidth(page_text, style.fontName, size)
            dot = " . "
            dot_width = pdfmetrics.stringWidth(dot, style.fontName, size)
            dots = max(0, int((x - page_width - 4) / dot_width))
            text = canvas.beginText(0, y)
            text.setFont(style.fontName, size)
            text.setFillColor(style.textColor)
            text.textLine(page_text + dot * dots)
            canvas.drawText(text)

        self.canv.setNamedCB("drawTOCEntryStart", entry_start)
        rows: list[list[Flowable]] = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
            mark = f'<onDraw name="drawTOCEntryStart" label="{page},{level}"/>'
            rows.append([Paragraph(mark + text, style)])
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def toc(styles: Styles) -> TableOfContents:
    contents = RightToLeftContents() if styles.rtl else TableOfContents()
    contents.dotsMinLevel = 0  # dot leaders on every level, as the right-to-left one draws
    indent = "rightIndent" if styles.rtl else "leftIndent"
    contents.levelStyles = [
        ParagraphStyle("toc0", parent=styles.body, fontName=BOLD, fontSize=10, leftIndent=0),
        ParagraphStyle("toc1", parent=styles.body, fontSize=9, **{indent: 12}),
    ]
    return contents


def table(
    rows: Sequence[Sequence[Any]],
    styles: Styles,
    widths: Sequence[float] | None = None,
    rtl: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Header row first; in Hebrew the columns run right to left. A cell whose text fits on
    one line is drawn as a plain string (in visual order); longer text becomes a wrapping
    paragraph. Paragraphs are parsed, measured and laid out word by word, and most cells of an
    audit report ("Yes", "1 / 1", a short question) never need that."""
    ncols = len(rows[0])
    data = []
    for r, row in enumerate(rows):
        style = styles.cell_bold if r == 0 else styles.cell
        cells = [
            cell_value(c, style, widths[i] if widths else None, rtl) for i, c in enumerate(row)
        ]
        data.append(list(reversed(cells)) if rtl else cells)
    col_widths = list(reversed(widths)) if (rtl and widths) else widths
    t = ReportTable(data, colWidths=col_widths, repeatRows=1)
    cell, bold = styles.cell, styles.cell_bold
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("FONT", (0, 0), (-1, 0), bold.fontName, bold.fontSize, bold.leading),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for cmd in extra:
        if rtl and len(cmd) >= 3 and isinstance(cmd[1], tuple):
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            left, right = ncols - 1 - (c1 % ncols), ncols - 1 - (c0 % ncols)
            cmd = (cmd[0], (left, r0), (right, r1), *cmd[3:])
        commands.append(cmd)
    t.setStyle(TableStyle(commands))
    return t


CELL_PADDING = 3


def cell_value(value: Any, style: ParagraphStyle, width: float | None, rtl: bool) -> Any:
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    if width is not None and "\n" not in text:
        room = width - 2 * CELL_PADDING - 1
        if pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= room:
            return visual(text) if has_rtl(text) else text
    return para(text, style, rtl)


def bar_chart(
    items: Sequence[tuple[str, float | None]],
    width: float,
    title: str = "",
    lang: str = "en",
    axes: tuple[str, str] = ("", ""),
) -> Drawing:
    """Horizontal bars 0..100 with the value printed, first item on top (vector graphics).

    Drawn from shapes: ReportLab's chart widget validated every attribute it set and cost a
    fifth of each audit PDF for what is a handful of rectangles and an axis.
    """
    x_title, y_title = axes  # under the scale; above the bars' names
    bar, gap, axis_y = 10.0, 6.0, 16.0 + (11.0 if x_title else 0.0)
    top = (14.0 if title else 4.0) + (11.0 if y_title else 0.0)
    height = axis_y + max(1, len(items)) * (bar + gap) + top
    d = Drawing(width, height)
    x0, x1 = 120.0, width - 50.0
    per_point = (x1 - x0) / 100.0
    for i, (name, value) in enumerate(items):
        y = height - top - (i + 1) * (bar + gap) + gap / 2
        d.add(String(x0 - 4, y + 2, chart_text(name[:28]), fontName=FONT, fontSize=7,
                     textAnchor="end"))  # fmt: skip
        if value is None:
            d.add(String(x0 + 3, y + 2, "-", fontName=FONT, fontSize=7))
            continue
        length = max(0.0, min(100.0, value)) * per_point
        d.add(Rect(x0, y, length, bar, fillColor=ACCENT, strokeColor=colors.black,
                   strokeWidth=0.4))  # fmt: skip
        d.add(String(x0 + length + 3, y + 2, number_text(value, lang), fontName=FONT, fontSize=7))
    d.add(Line(x0, axis_y, x1, axis_y, strokeWidth=0.6))
    d.add(Line(x0, axis_y, x0, height - top, strokeWidth=0.6))
    for tick in range(0, 101, 20):
        x = x0 + tick * per_point
        d.add(Line(x, axis_y, x, axis_y - 3, strokeWidth=0.6))
        d.add(String(x, axis_y - 12, str(tick), fontName=FONT, fontSize=8, textAnchor="middle"))
    if title:
        d.add(String(0, height - 8, chart_text(title), fontName=BOLD, fontSize=8))
    if x_title:
        d.add(String((x0 + x1) / 2, 2, chart_text(x_title), fontName=BOLD, fontSize=7,
                     textAnchor="middle"))  # fmt: skip
    if y_title:
        d.add(String(x0 - 4, height - top + 3, chart_text(y_title), fontName=BOLD, fontSize=7,
                     textAnchor="end"))  # fmt: skip
    return d


def line_chart(
    series: Sequence[tuple[str, Sequence[tuple[int, float]]]],
    periods: Sequence[str],
    width: float,
    lang: str = "en",
) -> Drawing:
    """Score lines over months (x: month index, y: 0..100); one colour per series; the
    months named in the report's language, the year under the first month and January."""
    d = Drawing(width, 170)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 35, 30, width - 60, 118
    plot.data = [list(points) or [(0, 0)] for _, points in series]
    palette = [ACCENT, colors.HexColor("#e07b00"), colors.HexColor("#6a1b9a")]
    for i in range(len(series)):
        plot.lines[i].strokeColor = palette[i % len(palette)]
        plot.lines[i].strokeWidth = 1.5
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(1, len(periods) - 1)
    plot.xValueAxis.valueSteps = list(range(len(periods)))
    names = [month_label(p, lang, axis=True) for p in periods]
    years = [p.split("-")[0] for p in periods]
    marks = [
        chart_text(f"{name}\n{years[i]}" if i == 0 or years[i] != years[i - 1] else name)
        for i, name in enumerate(names)
    ]
    plot.xValueAxis.labelTextFormat = lambda v: marks[int(v)] if 0 <= int(v) < len(marks) else ""
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    d.add(plot)
    # the legend in one row above the plot, never over the lines
    x, y = float(plot.x), float(plot.y + plot.height + 8)
    for i, (name, _) in enumerate(series):
        text = chart_text(name)
        d.add(Line(x, y + 3, x + 15, y + 3, strokeColor=palette[i % len(palette)], strokeWidth=2))
        d.add(String(x + 20, y, text, fontName=FONT, fontSize=7))
        x += 20 + pdfmetrics.stringWidth(text, FONT, 7) + 14
    return d


def ipa_chart(
    points: Sequence[tuple[str, float, float]],
    means: tuple[float, float],
    width: float,
    axes: tuple[str, str] = ("", ""),
) -> Drawing:
    """Importance (x) against performance (y) with the grand means as cross-hairs; `axes`
    names the two scales (x under it, y turned up along its side)."""
    d = Drawing(width, 230)
    plot = ScatterPlot()
    plot.x, plot.y, plot.width, plot.height = 40, 40, width - 80, 170
    x_title, y_title = axes
    if x_title:
        d.add(String(plot.x + plot.width / 2, 4, chart_text(x_title), fontName=BOLD,
                     fontSize=7, textAnchor="middle"))  # fmt: skip
    if y_title:
        turned = String(0, 0, chart_text(y_title), fontName=BOLD, fontSize=7,
                        textAnchor="middle")  # fmt: skip
        d.add(Group(turned, transform=(0, 1, -1, 0, 12, plot.y + plot.height / 2)))
    plot.data = [[(imp, perf) for _, imp, perf in points] or [(0, 0)]]
    plot.lines[0].symbol.fillColor = ACCENT
    plot.lineLabelFormat = None  # each point is named instead; its numbers are in the table
    plot.leftPadding = plot.bottomPadding = 0  # else the plot is drawn 5 points off its x, y
    plot.xLabel = ""
    plot.yLabel = ""
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.rangeRound = "none"  # the axes span exactly the range the names are placed on
    xs = [p[1] for p in points] or [0.0, 1.0]
    ys = [p[2] for p in points] or [0.0, 1.0]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = min(xs) * 0.8, max(xs) * 1.1 + 0.01
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = min(ys) * 0.8, max(ys) * 1.1 + 0.01
    d.add(plot)

    def sx(v: float) -> float:
        lo, hi = plot.xValueAxis.valueMin, plot.xValueAxis.valueMax
        return plot.x + (v - lo) / (hi - lo) * plot.width

    def sy(v: float) -> float:
        lo, hi = plot.yValueAxis.valueMin, plot.yValueAxis.valueMax
        return plot.y + (v - lo) / (hi - lo) * plot.height

    grey = colors.HexColor("#9e9e9e")
    d.add(
        Line(
            sx(means[0]),
            plot.y,
            sx(means[0]),
            plot.y + plot.height,
            strokeColor=grey,
            strokeDashArray=[3, 2],
        )
    )
    d.add(
        Line(
            plot.x,
            sy(means[1]),
            plot.x + plot.width,
            sy(means[1]),
            strokeColor=grey,
            strokeDashArray=[3, 2],
        )
    )
    anchors = [(chart_text(name), sx(imp), sy(perf)) for name, imp, perf in points]
    for text, x, y, anchor in place_labels(anchors, 6.5):
        d.add(String(x, y, text, fontName=FONT, fontSize=6.5, textAnchor=anchor))
    return d


Box = tuple[float, float, float, float]  # left, bottom, right, top


def place_labels(
    anchors: Sequence[tuple[str, float, float]], size: float
) -> list[tuple[str, float, float, str]]:
    """Each name beside its point where it covers no name placed before it and no other
    point: above-right, else below-right, above-left, below-left; when none is free, the spot
    covering fewest names, then fewest points. Returns text, x, y and text anchor."""
    points: list[Box] = [(x - 2.5, y - 2.5, x + 2.5, y + 2.5) for _, x, y in anchors]
    placed: list[Box] = []
    out = []
    for text, x, y in anchors:
        width = pdfmetrics.stringWidth(text, FONT, size)
        spots = [(x + 4, y + 3, "start"), (x + 4, y - 3 - size, "start"),
                 (x - 4, y + 3, "end"), (x - 4, y - 3 - size, "end")]  # fmt: skip
        boxes = [
            ((tx if a == "start" else tx - width), ty - 1.5,
             (tx + width if a == "start" else tx), ty + size)
            for tx, ty, a in spots
        ]  # fmt: skip
        covered = [
            (sum(_overlap(box, b) for b in placed), sum(_overlap(box, b) for b in points))
            for box in boxes
        ]
        chosen = min(range(len(boxes)), key=lambda i: (covered[i], i))
        placed.append(boxes[chosen])
        out.append((text, *spots[chosen]))
    return out


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def build_pdf(
    out: Path,
    story: list[Flowable],
    options: ReportOptions,
    title: str,
    *,
    with_toc: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the story to `out` atomically, with header and numbered footer on every page."""
    register_fonts()
    page = LETTER if options.page_size.lower() == "letter" else A4
    generated = datetime_text(datetime.now(UTC), options.lang)

    def footer(canvas: Canvas, number: int, total: int) -> None:
        width, _height = page
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        left = f"{options.t('generated')} {generated}"
        right = f"{options.t('page')} {number} {options.t('of')} {total}"
        canvas.drawString(18 * mm, 10 * mm, visual(right if options.rtl else left))
        canvas.drawRightString(width - 18 * mm, 10 * mm, visual(left if options.rtl else right))
        header = options.organisation or ""
        if header:
            canvas.setFont(BOLD, 9)
            x = width - 18 * mm
            canvas.drawRightString(x, page[1] - 12 * mm, visual(header))
        if options.logo and options.logo.is_file():
            canvas.drawImage(
                str(options.logo),
                18 * mm,
                page[1] - 16 * mm,
                width=24 * mm,
                height=10 * mm,
                preserveAspectRatio=True,
                mask="auto",
            )
        canvas.restoreState()

    canvas_class = type("FooterCanvas", (NumberedCanvas,), {"footer": staticmethod(footer)})
    story = keep_headings(story)
    with atomic_path(out) as tmp:
        doc = ReportDoc(
            str(tmp),
            pagesize=page,
            title=title,
            author=options.organisation or "Service Auditor",
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
        )
        if cancelled and cancelled():
            raise Cancelled("the report was cancelled; no file was written")
        if with_toc:
            doc.multiBuild(story, canvasmaker=canvas_class)
        else:
            doc.build(story, canvasmaker=canvas_class)
    return out
