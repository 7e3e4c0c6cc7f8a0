"""Reports page: pick a report, its filters, language and file; it is written off the UI
thread with a progress bar and can be cancelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from auditor.labels import LANGUAGE_NAMES
from auditor.reports.labels import LANGS
from auditor.reports.pdf_base import ReportOptions
from auditor.services.audits import AuditFilter
from auditor.services.templates import checklist_titles
from auditor.store.db import Database
from auditor.store.models import ChecklistTemplate, Location
from ui import workers
from ui.direction import read_date_left_to_right
from ui.settings import Settings
from ui.widgets.job_progress import JobProgress

KINDS = ("summary", "location", "standards", "diary", "shopper", "audit")
EXTENSIONS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


def write_report(
    db: Database,
    kind: str,
    fmt: str,
    out: Path,
    flt: AuditFilter,
    options: ReportOptions,
    batch: bool,
    progress: workers.Progress,
    cancelled: Any,
) -> str:
    """The job body: the same services the command line uses."""
    from auditor.reports.batch import write_audit_pdfs
    from auditor.reports.pdf_reports import write_pdf
    from auditor.reports.tables import write_csv, write_xlsx

    with db.read_session() as session:
        if batch:
            files = write_audit_pdfs(session, flt, out, options, progress, cancelled)
            return f"{len(files)} PDF files in {out}"
        if fmt == "xlsx":
            return str(write_xlsx(session, out, flt, options.lang, progress, cancelled, kind))
        if fmt == "csv":
            return str(write_csv(session, out, flt, options.lang, cancelled, kind))
        return str(write_pdf(session, kind, out, flt, options, cancelled))


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class ReportsPage(QWidget):
    message = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.db: Database | None = None
        self.job: workers.Job | None = None

        self.kind = _named(QComboBox(), "reportKind")
        names = {
            "summary": self.tr("Summary: ranking, distribution, weak standards"),
            "location": self.tr("Location: trend, sections, standards, actions"),
            "standards": self.tr("Standards handouts for trainers"),
            "diary": self.tr("Service-event diaries"),
            "shopper": self.tr("Shoppers and their agreement"),
            "audit": self.tr("Audit reports, one PDF per audit"),
        }
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.format = _named(QComboBox(), "reportFormat")
        for fmt in EXTENSIONS:
            self.format.addItem(fmt.upper(), fmt)
        self.language = _named(QComboBox(), "reportLanguage")
        for code in LANGS:  # each language by its own name, as a language chooser lists it
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.interface_language()))
        )
        self.count = _named(QComboBox(), "reportCount")
        self.count.addItem(self.tr("Finished audits (submitted and accepted)"), "finished")
        self.count.addItem(self.tr("Accepted audits only"), "accepted")
        self.count.setToolTip(self.tr("Drafts and returned audits never count"))
        self.count.setCurrentIndex(max(0, self.count.findData(self.settings.counted_audits)))
        self.count.currentIndexChanged.connect(
            lambda: setattr(self.settings, "counted_audits", str(self.count.currentData()))
        )
        self.location = _named(QComboBox(), "reportLocation")
        self.template = _named(QComboBox(), "reportTemplate")
        self.date_from = _named(QDateEdit(), "reportFrom")
        self.date_to = _named(QDateEdit(), "reportTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            read_date_left_to_right(edit)
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        self.output = _named(QLineEdit(), "reportOutput")
        self.output.setPlaceholderText(self.tr("File to write (a folder for audit reports)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_output)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Count"), self.count)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Checklist"), self.template)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Save to"), out_row)
        self.all_dates = _named(QCheckBox(self.tr("Ignore the dates")), "reportAllDates")
        form.addRow("", self.all_dates)

        self.generate = _named(QPushButton(self.tr("Write report")), "reportGenerate")
        self.generate.clicked.connect(self.start)
        self.job_progress = JobProgress("report")
        self.progress, self.cancel_button = self.job_progress.bar, self.job_progress.cancel_button
        self.status = _named(QLabel(), "reportStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addWidget(self.job_progress, 1)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Reports</h2>"))
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.location.clear()
        self.template.clear()
        self.location.addItem(self.tr("All locations"), "")
        self.template.addItem(self.tr("All checklists"), "")
        with db.read_session() as session:
            for name in session.scalars(select(Location.name).order_by(Location.name)):
                self.location.addItem(name, name)
            titles = checklist_titles(session, self.settings.interface_language())
            names = session.scalars(select(ChecklistTemplate.name)).all()
            for title, name in sorted((titles.checklist(n), n) for n in names):
                self.template.addItem(title, name)  # the title in the window's language

    def _kind_changed(self) -> None:
        is_audit = self.kind.currentData() == "audit"
        for i, fmt in enumerate(EXTENSIONS):
            item = self.format.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(not is_audit or fmt == "pdf")
        if is_audit:
            self.format.setCurrentIndex(0)

    def choose_output(self) -> None:
        if self.kind.currentData() == "audit":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the audit reports"))
            if folder:
                self.output.setText(folder)
            return
        fmt = str(self.format.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"{self.kind.currentData()}.{fmt}", EXTENSIONS[fmt]
        )
        if path:
            self.output.setText(path)

    def current_filter(self) -> AuditFilter:
        def as_date(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        dates = not self.all_dates.isChecked()
        return AuditFilter(
            location=self.location.currentData() or None,
            template=self.template.currentData() or None,
            date_from=as_date(self.date_from) if dates else None,
            date_to=as_date(self.date_to) if dates else None,
            count=str(self.count.currentData()),
        )

    def start(self) -> None:
        if self.db is None or self.job is not None:
            return
        target = self.output.text().strip()
        if not target:
            self.status.setText(self.tr("Choose where to save the report first."))
            return
        kind, fmt = str(self.kind.currentData()), str(self.format.currentData())
        options = self.settings.report_options(str(self.language.currentData()))
        db, flt, batch = self.db, self.current_filter(), kind == "audit"
        self.job = workers.Job(
            lambda progress, cancelled: write_report(
                db, kind, fmt, Path(target), flt, options, batch, progress, cancelled
            )
        )
        self.job.signals.succeeded.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.finished.connect(self._finished)
        self.job_progress.follow(self.job)
        self.generate.setEnabled(False)
        self.status.setText(self.tr("Writing the report…"))
        workers.start(self.job)

    def _done(self, where: str) -> None:
        self.status.setText(self.tr("Report written: %1").replace("%1", where))

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def _finished(self) -> None:
        self.job = None
        self.generate.setEnabled(True)
