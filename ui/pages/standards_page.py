"""Standards page: the library (code, title in the interface language, triad, kind, target,
weight), where each standard is checked, and its compliance month by month per checklist
(a table and a native Qt chart), counted like every other number in the app."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.services.audits import AuditFilter
from auditor.services.standards_view import (
    CompliancePoint,
    StandardRow,
    compliance_over_time,
    standards_library,
)
from auditor.services.templates import checklist_titles
from auditor.store.db import Database
from ui import charts, formats
from ui.direction import isolate
from ui.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("StandardsPage", text)


def triad_text(triad: str) -> str:
    names = {"standards": tr("standards"), "equipment": tr("equipment"), "staff": tr("staff")}
    return names.get(triad, triad)


class StandardsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[StandardRow] = []
        self.points: list[CompliancePoint] = []
        self.search = QLineEdit()
        self.search.setObjectName("standardSearch")
        self.search.setPlaceholderText(tr("Filter by code or title"))
        self.search.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("standardTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Code"), tr("Standard"), tr("About"), tr("Target"), tr("Weight"),
             tr("Questions")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # titles and targets wrap in their columns, each row as tall as its text: nothing cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_row(row))

        self.description = QLabel()
        self.description.setObjectName("standardDescription")
        self.description.setWordWrap(True)
        self.checked_by = QTableWidget(0, 2)
        self.checked_by.setObjectName("standardCheckedBy")
        self.checked_by.setHorizontalHeaderLabels([tr("Checklist"), tr("Question")])
        self.checked_by.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checked_by.verticalHeader().hide()
        # checklist and question whole, on more lines if need be
        self.checked_by.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checked_by.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.checked_by.setWordWrap(True)
        self.checked_by.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.compliance = QTableWidget(0, 5)
        self.compliance.setObjectName("standardCompliance")
        self.compliance.setHorizontalHeaderLabels(
            [tr("Month"), tr("Checklist"), tr("Audits"), tr("Kept (points)"), tr("Audits failed")]
        )
        self.compliance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compliance.verticalHeader().hide()
        self.chart_view = charts.chart_view("standardChart")
        self.chart_view.setMinimumHeight(240)
        self.chart: QChart = self.chart_view.chart()
        self.legend = QLabel()
        self.legend.setObjectName("standardChartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.description)
        d.addWidget(QLabel("<b>" + tr("Checked by") + "</b>"))
        d.addWidget(self.checked_by)
        self.checked_by.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        d.addWidget(QLabel("<b>" + tr("Compliance over time") + "</b>"))
        d.addWidget(self.chart_view, 1)
        d.addWidget(self.legend)
        d.addWidget(self.compliance, 1)
        splitter = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([660, 540])  # the library's titles and targets wrap, not cut
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + tr("Service standards") + "</h2>"))
        layout.addWidget(splitter, 1)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.rows = []
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.db is None:
            return
        language = Settings().interface_language()
        with self.db.read_session() as s:
            self.rows = standards_library(s, language)
            self.titles = checklist_titles(s, language)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            # the target as one run in its own direction: "95% within the promised time"
            # keeps its order in a right-to-left table
            cells = [r.code, r.title, triad_text(r.triad), isolate(r.target) if r.target else "",
                     formats.points(r.weight), str(len(r.checked_by))]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        if self.rows:
            self.table.setCurrentCell(0, 0)
            self.show_row(0)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i, r in enumerate(self.rows):
            hide = bool(wanted) and wanted not in f"{r.code} {r.title}".casefold()
            self.table.setRowHidden(i, hide)

    def show_row(self, row: int) -> None:
        if self.db is None or not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        self.description.setText(f"<b>{r.code}</b> — {r.title}<br>{r.description}")
        self.checked_by.setRowCount(len(r.checked_by))
        for i, (checklist, question) in enumerate(r.checked_by):
            self.checked_by.setItem(i, 0, QTableWidgetItem(checklist))
            self.checked_by.setItem(i, 1, QTableWidgetItem(question))
        with self.db.read_session() as s:
            self.points = compliance_over_time(s, r.code, _counted())
        self.compliance.setRowCount(len(self.points))
        for i, p in enumerate(self.points):
            kept = "—" if p.compliance is None else formats.percent(p.compliance)
            cells = [charts.month_text(p.period), self.titles.checklist(p.template),
                     formats.count(p.audits), kept, formats.count(p.failed)]  # fmt: skip
            for column, text in enumerate(cells):
                self.compliance.setItem(i, column, QTableWidgetItem(text))
        self._fit_compliance()
        self._draw()

    def _fit_compliance(self) -> None:
        """Every column as wide as its text; the checklist column only when there are
        several (the chart's legend names a single one), so the numbers are in view."""
        table = self.compliance
        table.setColumnHidden(1, len({p.template for p in self.points}) <= 1)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def _draw(self) -> None:
        """Compliance per checklist month by month; the months named as the language names
        them, the percentages on the value axis."""
        periods = sorted({p.period for p in self.points})
        named = [
            (
                self.titles.checklist(template),
                {p.period: p.compliance for p in self.points
                 if p.template == template and p.compliance is not None},
            )
            for template in sorted({p.template for p in self.points})
        ]  # fmt: skip
        charts.lines(self.chart_view, periods, named, (0, 100))
        self.chart = self.chart_view.chart()
        self.legend.setText(charts.legend_html(self.chart))


def _counted() -> AuditFilter:
    """The audits the user chose to count (Reports page: finished or accepted only)."""
    return AuditFilter(count=Settings().counted_audits)
