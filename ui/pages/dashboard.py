"""Dashboard: where service fails, at a glance. One filter bar (period, organisation,
location, checklist, shopper) drives eight native Qt charts; every number comes from the
same functions `service-auditor score` calls (auditor.services.dashboard). Clicking a bar or
point lists the audits behind it on the Audits page. Export as PNG or PDF for a slide.

The data is read once per database and Count off the UI thread; a filter change is then
worked out in memory."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.files import atomic_path
from auditor.scoring import ipa
from auditor.services.audits import AuditFilter
from auditor.store.db import Database
from ui import charts, formats, workers
from ui.enum_labels import as_words, criterion_label
from ui.errors import error_text
from ui.models.audit_table import status_label
from ui.settings import Settings
from ui.widgets.job_progress import JobProgress

if TYPE_CHECKING:  # numpy and the measures load when the dashboard is first shown
    from auditor.services.dashboard import DashboardSource, DashboardView

CELL_WIDTH, CELL_HEIGHT = 640, 900  # four by two: A4 landscape proportions
HEADING_HEIGHT = 140  # the title, the counts and the filters above the panels
BOARD_WIDTH, BOARD_HEIGHT = 4 * CELL_WIDTH, HEADING_HEIGHT + 2 * CELL_HEIGHT
PERIODS = ("12", "6", "3", "year", "last-year", "all", "custom")


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _first_of(day: QDate) -> date:
    return date(day.year(), day.month(), 1)


def _month_end(day: date) -> date:
    following = _add_months(day, 1)
    return date.fromordinal(following.toordinal() - 1)


def period_bounds(choice: str, last: date) -> tuple[date | None, date | None]:
    """Month-aligned bounds of a period choice; `last` is the month of the newest audit."""
    if choice in ("12", "6", "3"):
        return _add_months(last, 1 - int(choice)), _month_end(last)
    if choice == "year":
        return date(last.year, 1, 1), date(last.year, 12, 31)
    if choice == "last-year":
        return date(last.year - 1, 1, 1), date(last.year - 1, 12, 31)
    return None, None


class Panel(QGroupBox):
    """One chart with its title, its legend and a line saying what was counted."""

    def __init__(self, name: str, title: str) -> None:
        super().__init__(title)
        self.view: charts.ChartView = charts.chart_view(name)
        self.legend = QLabel()
        self.legend.setObjectName(f"{name}Legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.export_note = ""  # the note without what to click: a picture cannot be clicked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QHBoxLayout()
        layout.addLayout(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)

    def show_legend(self) -> None:
        text = charts.legend_html(self.view.chart())
        self.legend.setText(text)
        self.legend.setVisible(bool(text))

    def set_note(self, note: str, export: str | None = None) -> None:
        self.note.setText(note)
        self.export_note = note if export is None else export

    @property
    def chart(self) -> Any:
        return self.view.chart()


class DashboardPage(QWidget):
    message = Signal(str)
    show_audits = Signal(list, str)  # audit ids, what they are
    action_requested = Signal(object)  # prefill of a new corrective action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.source: DashboardSource | None = None
        self.view: DashboardView | None = None
        self.job: workers.Job | None = None
        self.language = Settings().interface_language()
        self.clicked_standard: tuple[str, str] | None = None
        self._filling = False

        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        names = {
            "12": tr("Last 12 months"), "6": tr("Last 6 months"), "3": tr("Last 3 months"),
            "year": tr("This year"), "last-year": tr("Last year"), "all": tr("All time"),
            "custom": tr("Months from… to…"),
        }  # fmt: skip
        for code in PERIODS:
            self.period.addItem(names[code], code)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("dashboardFrom")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("dashboardTo")
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("MMM yyyy")  # the month by its name in the language
            edit.setCalendarPopup(True)
            edit.setVisible(False)
            edit.dateChanged.connect(self.refresh)
        self.organisation = self._combo("dashboardOrganisation", tr("All organisations"))
        self.location = self._combo("dashboardLocation", tr("All locations"))
        self.checklist = self._combo("dashboardChecklist", tr("All checklists"))
        self.shopper = self._combo("dashboardShopper", tr("All shoppers"))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.export_png = QPushButton(tr("PNG…"))
        self.export_png.setObjectName("dashboardPng")
        self.export_png.setToolTip(tr("Save the dashboard as a picture"))
        self.export_png.clicked.connect(lambda: self._export("png"))
        self.export_pdf = QPushButton(tr("PDF…"))
        self.export_pdf.setObjectName("dashboardPdf")
        self.export_pdf.setToolTip(tr("Save the dashboard as a one-page PDF (a slide)"))
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        bar = QHBoxLayout()
        for widget in (self.period, self.organisation, self.location, self.checklist,
                       self.shopper):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        # the chosen months and the exports beside what was counted: the filters alone
        # fill a 1280-pixel window
        counted = QHBoxLayout()
        counted.addWidget(self.date_from)
        counted.addWidget(self.date_to)
        counted.addWidget(self.summary, 1)
        counted.addWidget(self.export_png)
        counted.addWidget(self.export_pdf)
        self.progress = JobProgress("dashboard")

        self.trend = Panel("trendChart", tr("Score trend by month"))
        self.trend_mode = QComboBox()
        self.trend_mode.setObjectName("trendMode")
        self.trend_mode.addItem(tr("Overall"), "overall")
        self.trend_mode.addItem(tr("Per location"), "location")
        self.trend_mode.currentIndexChanged.connect(self._draw)
        self.trend.header.addStretch(1)
        self.trend.header.addWidget(self.trend_mode)
        self.ranking = Panel("rankingChart", tr("Location ranking"))
        self.standards = Panel("standardsChart", tr("Standards failed most often"))
        self.act_button = QPushButton(tr("New corrective action…"))
        self.act_button.setObjectName("dashboardAction")
        self.act_button.clicked.connect(self.request_action)
        self.standards.header.addStretch(1)
        self.standards.header.addWidget(self.act_button)
        self.critical = Panel("criticalChart", tr("Critical failures"))
        self.customer = Panel("customerChart", tr("NPS, CSAT and CES by month"))
        self.servqual = Panel("servqualChart", tr("SERVQUAL gap per dimension"))
        self.ipa = Panel("ipaChart", tr("Importance and performance (diaries)"))
        self.agreement = Panel("agreementChart", tr("Shopper agreement (mean Cohen's kappa)"))
        self.panels = [self.trend, self.ranking, self.standards, self.critical, self.customer,
                       self.servqual, self.ipa, self.agreement]  # fmt: skip
        self.board = QWidget()
        self.board.setObjectName("dashboardBoard")
        grid = QGridLayout(self.board)
        # the ranking, as tall as its locations, beside the trend and the standards
        places = [(0, 0), (0, 1), (1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (4, 0)]
        for panel, (row, column) in zip(self.panels, places, strict=True):
            grid.addWidget(panel, row, column, 2 if panel is self.ranking else 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(counted)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)
        self.ranking_keys: list[tuple[str, str]] = []
        self.standard_keys: list[tuple[str, str]] = []
        self.critical_rows: list[dict[str, Any]] = []
        self.trend_keys: list[tuple[str, str]] = []  # per line: (checklist, location)
        self.periods: list[str] = []

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(len(everything) + 1)  # "Всички контролни списъци" whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    # -- data -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.source = None
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the database again (off the UI thread), then redraw."""
        if self.db is None or self.job is not None:
            return
        db, count, language = self.db, Settings().counted_audits, self.language

        def body(progress: workers.Progress, cancelled: Any) -> DashboardSource:
            from auditor.services.dashboard import load_source

            with db.read_session() as s:
                return load_source(s, count, language)

        self.job = workers.Job(body)
        self.job.signals.succeeded.connect(self.use_source)
        self.job.signals.failed.connect(self.message.emit)
        self.job.signals.finished.connect(self._loaded)
        self.progress.follow(self.job)
        self.summary.setText(tr("Reading the audits…"))
        workers.start(self.job)

    def _loaded(self) -> None:
        self.job = None

    def use_source(self, source: DashboardSource) -> None:
        self.source = source
        self._filling = True
        try:
            self._refill(self.organisation, source.organisations)
            self._refill(self.location, list(source.locations))
            names = sorted(source.pass_lines, key=lambda n: source.titles.checklist(n))
            self._refill(self.checklist, names, source.titles.checklist)
            self._refill(self.shopper, source.shoppers)
            last = source.last_visit or date.today()
            first = source.first_visit or last
            self.date_from.setDate(QDate(first.year, first.month, 1))
            self.date_to.setDate(QDate(last.year, last.month, 1))
        finally:
            self._filling = False
        self.refresh()

    def _refill(self, combo: QComboBox, values: list[str], label: Any = None) -> None:
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(label(value) if label else value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    def _organisation_changed(self) -> None:
        if self.source is None:
            return
        org = self.organisation.currentData()
        self._filling = True
        try:
            shown = [loc for loc, o in self.source.locations.items() if not org or o == org]
            self._refill(self.location, shown)
        finally:
            self._filling = False
        self.refresh()

    def current_filter(self) -> AuditFilter:
        source = self.source
        last = source.last_visit if source and source.last_visit else date.today()
        choice = self.period.currentData()
        date_from: date | None
        date_to: date | None
        if choice == "custom":
            start = _first_of(self.date_from.date())
            end = _month_end(_first_of(self.date_to.date()))
            date_from, date_to = start, max(end, start)
        else:
            date_from, date_to = period_bounds(choice, last)
        return AuditFilter(
            organisation=self.organisation.currentData() or None,
            location=self.location.currentData() or None,
            template=self.checklist.currentData() or None,
            shopper=self.shopper.currentData() or None,
            date_from=date_from,
            date_to=date_to,
            count=source.count if source else None,
        )

    def set_filter(self, **values: str) -> None:
        """Choose filter values by their data (period code, names); one redraw."""
        self._filling = True
        try:
            for name, value in values.items():
                combo = {"period": self.period, "organisation": self.organisation,
                         "location": self.location, "template": self.checklist,
                         "shopper": self.shopper}[name]  # fmt: skip
                index = combo.findData(value)
                if index < 0:
                    raise ValueError(f"no {name} {value!r} on the dashboard")
                combo.setCurrentIndex(index)
        finally:
            self._filling = False
        self.refresh()

    def refresh(self) -> None:
        if self._filling or self.source is None:
            return
        from auditor.services.dashboard import compute

        try:
            self.view = compute(self.source, self.current_filter())
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return
        self._draw()

    # -- drawing ------------------------------------------------------------------------
    def _draw(self) -> None:
        view, source = self.view, self.source
        if view is None or source is None:
            return
        self.summary.setText(
            tr("%1 audits counted (%2), %3")
            .replace("%1", formats.count(view.audits))
            .replace("%2", ", ".join(status_label(x) for x in view.trend["counted_statuses"]))
            .replace("%3", self.period_words())
            + (
                tr("; %1 more await the team server's scoring and are not counted yet")
                .replace("%1", formats.count(source.awaiting)) if source.awaiting else ""
            )
        )  # fmt: skip
        self._draw_trend(view, source)
        self._draw_ranking(view, source)
        self._draw_standards(view, source)
        self._draw_critical(view, source)
        self._draw_customer(view)
        self._draw_servqual(view)
        self._draw_ipa(view)
        self._draw_agreement(view)
        for panel in self.panels:
            panel.show_legend()

    def period_words(self) -> str:
        """The months the filter takes, as the language names them: "sty 2026 – gru 2026"."""
        flt = self.view.flt if self.view else self.current_filter()
        if flt.date_from and flt.date_to:
            first = charts.month_text(f"{flt.date_from:%Y-%m}")
            last = charts.month_text(f"{flt.date_to:%Y-%m}")
            return first if first == last else f"{first} – {last}"
        return tr("all time")

    def filter_words(self) -> str:
        """Every filter in words, for a picture or a page that has no filter bar."""
        period = self.period_words()
        if self.period.currentData() not in ("custom", "all"):
            period = f"{self.period.currentText()} ({period})"
        return " · ".join(
            text.replace("%1", value)
            for text, value in (
                (tr("Period: %1"), period),
                (tr("Organisation: %1"), self.organisation.currentText()),
                (tr("Location: %1"), self.location.currentText()),
                (tr("Checklist: %1"), self.checklist.currentText()),
                (tr("Shopper: %1"), self.shopper.currentText()),
            )
        )

    def main_checklist(self) -> str | None:
        """The checklist a single-checklist panel shows: the one chosen, else the one with
        the most audits under the filter."""
        if self.view is None:
            return None
        chosen = self.view.flt.template
        if chosen:
            return chosen
        counts: dict[str, int] = {}
        for g in self.view.ranking["groups"]:
            counts[g["template"]] = counts.get(g["template"], 0) + g["n"]
        return max(sorted(counts), key=lambda t: counts[t]) if counts else None

    def _draw_trend(self, view: DashboardView, source: DashboardSource) -> None:
        groups = view.trend["groups"]
        self.periods = sorted({g["key"] for g in groups})
        named: list[tuple[str, dict[str, float]]] = []
        self.trend_keys = []
        reference = None
        main = self.main_checklist()
        if self.trend_mode.currentData() == "location" and main:
            by_location: dict[str, dict[str, list[float]]] = {}
            for r in view.records:
                if r.template == main and r.score is not None and r.possible > 0:
                    month = f"{r.visited_at.year}-{r.visited_at.month:02d}"
                    by_location.setdefault(r.location, {}).setdefault(month, []).append(r.score)
            for location in sorted(by_location):
                months = by_location[location]
                named.append((location, {m: sum(v) / len(v) for m, v in months.items()}))
                self.trend_keys.append((main, location))
            line = source.pass_lines.get(main)
        else:
            templates = sorted({g["template"] for g in groups})
            for template in templates:
                values = {g["key"]: g["score"] for g in groups if g["template"] == template}
                named.append((source.titles.checklist(template), values))
                self.trend_keys.append((template, ""))
            lines_shown = {source.pass_lines.get(t) for t in templates} - {None}
            line = lines_shown.pop() if len(lines_shown) == 1 else None
        if line is not None:
            level = formats.percent(line, 0 if float(line).is_integer() else 1)
            reference = (tr("pass line %1").replace("%1", level), line)
        series = charts.lines(self.trend.view, self.periods, named, (0, 100), reference=reference)
        for index, s in enumerate(series):
            s.clicked.connect(lambda point, i=index: self.trend_clicked(i, point))
        if groups:
            self.trend.set_note(tr("Mean audit score per month; click a point for its audits."),
                                tr("Mean audit score per month."))  # fmt: skip
        else:
            self.trend.set_note(tr("No scored audits under these filters."))

    def trend_clicked(self, line: int, point: QPointF) -> None:
        if self.view is None or not self.periods or not 0 <= line < len(self.trend_keys):
            return
        month = charts.nearest_period(self.periods, point.x())
        template, location = self.trend_keys[line]
        ids = self.view.audits_of_month(template, month, location)
        what = f"{self._checklist(template)} · {charts.month_text(month)}" + (
            f" · {location}" if location else ""
        )
        self.show_audits.emit(ids, what)

    def _checklist(self, name: str) -> str:
        return self.source.titles.checklist(name) if self.source else name

    def _draw_ranking(self, view: DashboardView, source: DashboardSource) -> None:
        main = self.main_checklist()
        groups = [
            g for g in view.ranking["groups"] if g["template"] == main and g["score"] is not None
        ]
        self.ranking_keys = [(g["template"], g["key"]) for g in groups]
        # the rank and name on lines of their own, the counts on the next: each part reads
        # in its own direction (`charts.label_lines`), never broken into the other
        labels = []
        for g in groups:
            change = g.get("change")
            moved = "" if change is None else ",\u00a0" + charts.number_text(change, 1, signed=True)
            labels.append(f"{g['rank']}. {g['key']}\n(n={g['n']}{moved})")
        bar_set = charts.bars(self.ranking.view, labels, [g["score"] for g in groups],
                              tr("Score"), (0, 100))  # fmt: skip
        bar_set.clicked.connect(lambda i: self.ranking_clicked(charts.bar_index(bar_set, i)))
        self.ranking.setTitle(
            tr("Location ranking: %1").replace("%1", self._checklist(main))
            if main
            else tr("Location ranking")
        )
        previous = view.ranking.get("previous_period")
        if previous:
            first = formats.day(date.fromisoformat(previous["from"]))
            last = formats.day(date.fromisoformat(previous["to"]))
            self.ranking.set_note(
                tr("Change against %1 – %2; click a bar for its audits.")
                .replace("%1", first).replace("%2", last),
                tr("Change against %1 – %2.").replace("%1", first).replace("%2", last),
            )  # fmt: skip
        else:
            self.ranking.set_note(tr("Click a bar for its audits."), "")

    def ranking_clicked(self, index: int) -> None:
        if self.view is None or not 0 <= index < len(self.ranking_keys):
            return
        template, location = self.ranking_keys[index]
        self.show_audits.emit(
            self.view.audits_of_location(template, location),
            f"{self._checklist(template)} · {location}",
        )

    def _standard_title(self, code: str) -> str:
        title = self.source.standard_titles.get(code, "") if self.source else ""
        return f"{code} {title}".strip()

    def _draw_standards(self, view: DashboardView, source: DashboardSource) -> None:
        failing = [g for g in view.standards if g["failed"]]
        top = sorted(failing, key=lambda g: (-(g["fail_rate"] or 0.0), g["template"], g["key"]))[
            :10
        ]
        self.standard_keys = [(g["template"], g["key"]) for g in top]
        codes = [g["key"] for g in top]
        labels = [
            self._standard_title(g["key"])
            + (f" · {self._checklist(g['template'])}" if codes.count(g["key"]) > 1 else "")
            for g in top
        ]
        bar_set = charts.bars(self.standards.view, labels, [g["fail_rate"] for g in top],
                              tr("Failed"), (0, 100))  # fmt: skip
        bar_set.clicked.connect(lambda i: self.standard_clicked(charts.bar_index(bar_set, i)))
        self.standards.set_note(
            tr("Percent of audits in which the standard was not met; click a bar for them."),
            tr("Percent of audits in which the standard was not met."),
        )
        self.act_button.setEnabled(bool(top))

    def standard_clicked(self, index: int) -> None:
        if self.view is None or not 0 <= index < len(self.standard_keys):
            return
        template, code = self.standard_keys[index]
        self.clicked_standard = (template, code)
        self.show_audits.emit(
            self.view.audits_failing_standard(template, code),
            tr("%1 not met").replace("%1", self._standard_title(code)),
        )

    def request_action(self) -> None:
        """A corrective action for the standard last clicked, else the most failed one."""
        if self.view is None or not self.standard_keys:
            return
        template, code = self.clicked_standard or self.standard_keys[0]
        flt = self.view.flt
        self.action_requested.emit(
            {"title": self._standard_title(code), "standard": code,
             "location": flt.location or "",
             "audits": self.view.audits_failing_standard(template, code)[:50]}
        )  # fmt: skip

    def _draw_critical(self, view: DashboardView, source: DashboardSource) -> None:
        rows = view.critical["failures"][:10]
        self.critical_rows = rows
        labels = [
            f"{source.titles.question(r['template'], r['question'])} ({formats.count(r['audits'])})"
            for r in rows
        ]
        bar_set = charts.bars(self.critical.view, labels, [r["percent"] for r in rows],
                              tr("Audits"), (0, 100))  # fmt: skip
        bar_set.clicked.connect(lambda i: self.critical_clicked(charts.bar_index(bar_set, i)))
        failed = formats.count(view.critical["audits_with_critical_failure"])
        audits = formats.count(view.critical["audits"])
        self.critical.set_note(
            tr("%1 of %2 audits failed a critical question; click a bar for them.")
            .replace("%1", failed).replace("%2", audits),
            tr("%1 of %2 audits failed a critical question.")
            .replace("%1", failed).replace("%2", audits),
        )  # fmt: skip

    def critical_clicked(self, index: int) -> None:
        if not 0 <= index < len(self.critical_rows) or self.source is None:
            return
        row = self.critical_rows[index]
        title = self.source.titles.question(row["template"], row["question"])
        self.show_audits.emit(list(row["audit_ids"]), tr("critical: %1").replace("%1", title))

    def _draw_customer(self, view: DashboardView) -> None:
        months = [m.month for m in view.customer]
        named = [
            ("NPS", {m.month: m.nps["score"] for m in view.customer if m.nps["score"] is not None}),
            (tr("CSAT × 20"), {m.month: m.csat["mean"] * 20 for m in view.customer
                               if m.csat["mean"] is not None}),
            (tr("CES × 100/7"), {m.month: m.ces["mean"] * 100 / 7 for m in view.customer
                                 if m.ces["mean"] is not None}),
        ]  # fmt: skip
        named = [(name, values) for name, values in named if values]
        charts.lines(self.customer.view, months, named, (-100, 100), percent=False)
        n = sum(m.nps["n"] for m in view.customer)
        self.customer.set_note(
            tr(
                "%1 survey responses; NPS from −100 to 100, CSAT (1–5) and CES (1–7) scaled to it."
            ).replace("%1", formats.count(n))
            if named
            else tr("No survey responses under these filters.")
        )

    def dimension_name(self, dimension: str) -> str:
        names = {
            "tangibles": tr("Tangibles"), "reliability": tr("Reliability"),
            "responsiveness": tr("Responsiveness"), "assurance": tr("Assurance"),
            "empathy": tr("Empathy"),
        }  # fmt: skip
        return names.get(dimension) or as_words(dimension)

    def _draw_servqual(self, view: DashboardView) -> None:
        dims = view.servqual["dimensions"]
        gaps = [d["gap"] or 0.0 for d in dims]
        low = min([0.0, *gaps]) - 0.5
        high = max([0.0, *gaps]) + 0.5
        charts.bars(self.servqual.view, [self.dimension_name(d["dimension"]) for d in dims],
                    gaps, tr("Gap"), (low, high), digits=1, percent=False, nice=True)  # fmt: skip
        self.servqual.set_note(
            tr("Perception minus expectation (n=%1); below zero, service falls short.").replace(
                "%1", formats.count(view.servqual["n"])
            )
        )

    def quadrant_names(self) -> dict[str, str]:
        """The engine's quadrants (auditor.scoring.ipa) in words, in the legend's order."""
        return {
            ipa.CONCENTRATE: tr("Concentrate here"), ipa.KEEP_UP: tr("Keep up the good work"),
            ipa.LOW_PRIORITY: tr("Low priority"), ipa.OVERKILL: tr("Possible overkill"),
        }  # fmt: skip

    def _draw_ipa(self, view: DashboardView) -> None:
        criteria = view.ipa["criteria"]
        points = [(criterion_label(c["criterion"]), c["importance"], c["performance"],
                   c["quadrant"]) for c in criteria]  # fmt: skip
        means = (view.ipa["importance_mean"] or 0.0, view.ipa["performance_mean"] or 0.0)
        axes = (tr("Importance (% of events)"), tr("Performance (1–7)"))
        charts.quadrants(self.ipa.view, points, means, axes, self.quadrant_names())
        self.ipa.set_note(
            tr("Quadrants split at the means.")
            if points
            else tr("No diary events under these filters.")
        )

    def _draw_agreement(self, view: DashboardView) -> None:
        shoppers = [s for s in view.agreement["shoppers"] if s["mean_kappa"] is not None]
        charts.bars(self.agreement.view, [s["shopper"] for s in shoppers],
                    [s["mean_kappa"] for s in shoppers], tr("Mean kappa"), (-0.2, 1.0), digits=1,
                    percent=False, ticks=7)  # fmt: skip
        self.agreement.set_note(
            tr(
                "%1 visits made by two or more shoppers at the same place, with the same "
                "checklist, in the same month; 1 is full agreement."
            ).replace("%1", formats.count(view.shared_visits))
        )

    # -- export -------------------------------------------------------------------------
    def heading_lines(self) -> list[str]:
        """What an exported dashboard says above its panels: what it is, what was counted
        and every filter in words."""
        return [tr("Service Auditor dashboard"), self.summary.text(), self.filter_words()]

    def board_picture(self) -> QPixmap:
        """The dashboard as one picture: the heading (title, counts, filters in words),
        then the panels four across and two down at A4 landscape proportions."""
        picture = QPixmap(BOARD_WIDTH, BOARD_HEIGHT)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint_board(painter)
        finally:
            painter.end()
        return picture

    def paint_board(self, painter: QPainter) -> None:
        """Paint the heading and the panels in board coordinates (BOARD_WIDTH by
        BOARD_HEIGHT): each chart laid out again at its cell's size (not a shrunken
        screenshot), with its title, legend and what was counted, and no word about
        clicking (a picture and a page cannot be clicked). Text stays text on a PDF."""
        align = Qt.AlignmentFlag.AlignRight if charts.rtl() else Qt.AlignmentFlag.AlignLeft
        font = QFont(self.font())
        width = BOARD_WIDTH - 24
        title, *rest = self.heading_lines()
        font.setPixelSize(30)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(12, 8, width, 42), align, title)
        font.setPixelSize(20)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRectF(12, 54, width, HEADING_HEIGHT - 60),
                         align | Qt.TextFlag.TextWordWrap, "\n".join(rest))  # fmt: skip
        wrap = align | Qt.TextFlag.TextWordWrap
        inner = CELL_WIDTH - 24
        for i, panel in enumerate(self.panels):
            column = 3 - i % 4 if charts.rtl() else i % 4  # the first panel where reading starts
            x, y = column * CELL_WIDTH, HEADING_HEIGHT + (i // 4) * CELL_HEIGHT
            # title, legend and note as tall as their wrapped lines; the chart takes the rest
            font.setPixelSize(18)
            font.setBold(True)
            painter.setFont(font)
            title_box = painter.boundingRect(QRectF(x + 12, y + 8, inner, CELL_HEIGHT), wrap,
                                             panel.title())  # fmt: skip
            painter.drawText(QRectF(x + 12, y + 8, inner, title_box.height()), wrap,
                             panel.title())  # fmt: skip
            font.setBold(False)
            painter.setFont(font)
            note_box = painter.boundingRect(QRectF(x + 12, y, inner, CELL_HEIGHT), wrap,
                                            panel.export_note)  # fmt: skip
            note_top = y + CELL_HEIGHT - 8 - note_box.height()
            painter.drawText(QRectF(x + 12, note_top, inner, note_box.height()), wrap,
                             panel.export_note)  # fmt: skip
            legend = self._legend_document(panel, inner)
            legend_height = legend.size().height() + 4 if legend else 0.0
            top = y + 14 + title_box.height()
            area = QRectF(x + 6, top, CELL_WIDTH - 12, note_top - legend_height - 4 - top)
            self._render_chart(painter, panel.view, area)
            if legend is not None:
                painter.save()
                painter.translate(x + 12, area.bottom() + 4)
                legend.drawContents(painter)
                painter.restore()

    def _legend_document(self, panel: Panel, width: float) -> QTextDocument | None:
        if not panel.legend.text():
            return None
        document = QTextDocument()
        font = QFont(panel.legend.font())
        font.setPixelSize(17)
        document.setDefaultFont(font)
        option = document.defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        document.setDefaultTextOption(option)
        document.setHtml(panel.legend.text())
        document.setTextWidth(width)
        return document

    @staticmethod
    def _render_chart(painter: QPainter, view: charts.ChartView, area: QRectF) -> None:
        """The chart laid out again at `area`'s size and drawn there; its category labels
        wrapped for that width, in a smaller font if they would not fit its height."""
        chart = view.chart()
        size = chart.size()
        axis_font = None
        chart.resize(area.size())
        try:
            if view.categories:
                axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
                axis_font = QFont(axis.labelsFont())
                smaller = QFont(axis_font)
                for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
                    if axis_font.pointSizeF() > 0:
                        smaller.setPointSizeF(axis_font.pointSizeF() * scale)
                    else:
                        smaller.setPixelSize(max(6, round(axis_font.pixelSize() * scale)))
                    needed = charts.fit_categories(chart, view.categories, area.width(), smaller)
                    if needed <= area.height():
                        break
            layout = chart.layout()
            if layout is not None:
                layout.activate()
            scene = chart.scene()
            assert scene is not None
            scene.render(painter, area, chart.sceneBoundingRect())
        finally:
            chart.resize(size)
            if axis_font is not None:
                charts.fit_categories(chart, view.categories, size.width(), axis_font)

    def write_png(self, path: Path) -> Path:
        picture = self.board_picture()
        with atomic_path(path) as tmp:
            if not picture.save(str(tmp), "PNG"):
                raise AuditorError(f"{path}: the picture could not be written")
        return path

    def write_pdf(self, path: Path) -> Path:
        """One landscape A4 page: the board drawn on it as text and lines, not a picture."""
        with atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Landscape,
                    QMarginsF(10, 10, 10, 10),
                )
            )
            writer.setResolution(150)
            writer.setTitle(tr("Service Auditor dashboard"))
            painter = QPainter(writer)
            try:
                page = QRectF(painter.viewport())
                scale = min(page.width() / BOARD_WIDTH, page.height() / BOARD_HEIGHT)
                painter.scale(scale, scale)
                self.paint_board(painter)
            finally:
                painter.end()
        return path

    def _export(self, kind: str) -> None:
        if self.view is None:
            return
        name, pattern = {
            "png": ("dashboard.png", tr("Pictures (*.png)")),
            "pdf": ("dashboard.pdf", tr("PDF files (*.pdf)")),
        }[kind]
        target, _ = QFileDialog.getSaveFileName(self, tr("Export the dashboard"), name, pattern)
        if not target:
            return
        try:
            written = (self.write_png if kind == "png" else self.write_pdf)(Path(target))
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return
        self.message.emit(tr("Dashboard written to %1").replace("%1", str(written)))
