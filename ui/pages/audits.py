"""Audits page: every audit in a sortable, filterable table; demo data one click away.

The page is built before the database is open (the window paints first); what it reads comes
through `auditor.services.audit_list`, imported when first needed.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.listing import AuditListing
from ui import formats, workers
from ui.direction import isolate
from ui.errors import error_text
from ui.models.audit_table import BLOCK, AuditTableModel, BlockReader, status_label
from ui.settings import Settings
from ui.widgets.job_progress import JobProgress

if TYPE_CHECKING:
    from auditor.listing import AuditRow
    from auditor.services.audits import AuditFilter
    from auditor.store.db import Database
    from ui.capture.form_window import AuditFormWindow

# What the list needs to appear: audits in all, audits listed, the first rows.
FirstRows = tuple[int, int, "list[AuditRow]"]


def read_first_rows(db: Database, listing: AuditListing) -> FirstRows:
    from auditor.services.audit_list import first_rows

    with db.read_session() as session:
        return first_rows(session, listing, BLOCK)


def fill_with_demo(db: Database, progress: workers.Progress, cancelled: Any) -> dict[str, int]:
    from auditor.builtin.demo import generate_demo

    with db.session() as session:
        return generate_demo(session, progress=progress, cancelled=cancelled)


class AuditsPage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.job: workers.Job | None = None
        self.model = AuditTableModel(self)
        self.model.listing = AuditListing(language=Settings().interface_language())
        self.total = 0  # audits in the database, whatever the filter
        self.previewing = False  # rows read from the file while the database opens

        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Filter by location, checklist or shopper"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.status = QComboBox()
        self.status.setObjectName("auditStatus")
        self.status.addItem(self.tr("All statuses"), "")
        for code in ("draft", "submitted", "returned", "accepted"):
            self.status.addItem(status_label(code), code)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel()
        self.count.setObjectName("auditCount")

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)
        header.setStretchLastSection(False)

        self.empty = self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.report_button = QPushButton(self.tr("PDF report…"))
        self.report_button.setObjectName("auditReport")
        self.report_button.setToolTip(self.tr("Write the selected audit's report as a PDF"))
        self.report_button.clicked.connect(self.report_selected)
        self.location_report_button = QPushButton(self.tr("Location PDF…"))
        self.location_report_button.setObjectName("locationReport")
        self.location_report_button.setToolTip(
            self.tr("Write the report of the selected audit's location as a PDF")
        )
        self.location_report_button.clicked.connect(self.location_report_selected)
        self.new_button = QPushButton(self.tr("&New audit…"))
        self.new_button.setObjectName("newAudit")
        self.new_button.clicked.connect(self.new_audit)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openAudit")
        self.open_button.setToolTip(self.tr("Continue a draft, or read a submitted audit"))
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("acceptAudit")
        self.accept_button.clicked.connect(lambda: self.review_selected(accept=True))
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setObjectName("returnAudit")
        self.return_button.setToolTip(self.tr("Send a submitted audit back with notes"))
        self.return_button.clicked.connect(lambda: self.review_selected(accept=False))
        self.forms: dict[str, AuditFormWindow] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.return_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.location_report_button)
        self.only_label = QLabel()
        self.only_label.setObjectName("auditOnly")
        self.show_all_button = QPushButton(self.tr("Show all audits"))
        self.show_all_button.setObjectName("auditShowAll")
        self.show_all_button.clicked.connect(self.show_all)
        self.only_bar = QWidget()
        only = QHBoxLayout(self.only_bar)
        only.setContentsMargins(0, 0, 0, 0)
        only.addWidget(self.only_label, 1)
        only.addWidget(self.show_all_button)
        self.only_bar.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.only_bar)
        layout.addWidget(self.stack)

    def show_only(self, ids: list[str], what: str) -> None:
        """List just these audits (those behind a dashboard bar or point) until Show all."""
        self._relist(ids=frozenset(ids))
        self.only_label.setText(
            self.tr("%1 audits: %2")
            .replace("%1", formats.count(len(ids)))
            .replace("%2", isolate(what))
        )
        self.only_bar.show()

    def show_all(self) -> None:
        self._relist(ids=None)
        self.only_bar.hide()

    def shown_ids(self) -> list[str]:
        """Every audit the list shows, in its order (read from the database, not the view)."""
        if self.db is None:
            return []
        from auditor.services.audit_list import listed_ids

        with self.db.read_session() as session:
            return listed_ids(session, self.model.listing)

    def selected_row(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_audit(self) -> str | None:
        row = self.selected_row()
        return None if row is None else str(row.id)

    def new_audit(self) -> None:
        if self.db is None:
            return
        from ui.capture.start_dialog import StartAuditDialog

        settings = Settings()
        dialog = StartAuditDialog(self.db, settings.shopper_name, self)
        if dialog.exec() == StartAuditDialog.DialogCode.Accepted and dialog.audit_id:
            settings.shopper_name = dialog.shopper.currentText().strip()
            self.reload()
            self.open_audit(str(dialog.audit_id))

    def open_selected(self) -> None:
        audit_id = self.selected_audit()
        if audit_id is None:
            self.message.emit(self.tr("Select an audit first."))
            return
        self.open_audit(audit_id)

    def open_audit(self, audit_id: str) -> AuditFormWindow | None:
        """The form of an audit in its own window (one window per audit)."""
        if self.db is None:
            return None
        from ui.capture.form_window import AuditFormWindow

        if audit_id in self.forms:
            window = self.forms[audit_id]
            window.raise_()
            window.activateWindow()
            return window
        try:
            window = AuditFormWindow(self.db, uuid.UUID(audit_id), Settings().interface_language())
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.submitted.connect(lambda _id: self.reload())
        window.closed.connect(self._form_closed)
        self.forms[audit_id] = window
        window.show()
        return window

    def _form_closed(self, audit_id: str) -> None:
        self.forms.pop(audit_id, None)
        self.reload()

    def close_forms(self) -> None:
        for window in list(self.forms.values()):
            window.close()

    def review_selected(self, accept: bool) -> None:
        """A reviewer accepts a submitted audit, or returns it with notes for the shopper."""
        audit_id = self.selected_audit()
        if self.db is None or audit_id is None:
            self.message.emit(self.tr("Select a submitted audit first."))
            return
        from auditor.services.capture import review_audit
        from auditor.store.models import ReviewDecision

        settings = Settings()
        notes = ""
        if not accept:
            notes, ok = QInputDialog.getMultiLineText(
                self, self.tr("Return to the shopper"), self.tr("What should the shopper change?")
            )
            if not ok:
                return
        reviewer = settings.reviewer_name or self.tr("Reviewer")
        decision = ReviewDecision.ACCEPTED if accept else ReviewDecision.RETURNED
        try:
            with self.db.session() as session:
                review_audit(session, uuid.UUID(audit_id), reviewer, decision, notes)
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return
        self.message.emit(
            self.tr("Audit accepted.") if accept else self.tr("Audit returned to the shopper.")
        )
        self.reload()

    def report_selected(self) -> None:
        """The audit report of the selected audit, written on the thread pool."""
        audit_id = self.selected_audit()
        if audit_id is None:
            self.message.emit(self.tr("Select an audit first."))
            return
        from auditor.services.audits import AuditFilter

        self._write_pdf("audit", AuditFilter(audit=audit_id), f"audit-{audit_id[:8]}.pdf")

    def location_report_selected(self) -> None:
        """The location report (trend, sections, standards, actions) of the selected audit's
        location."""
        row = self.selected_row()
        if row is None:
            self.message.emit(self.tr("Select an audit of the location first."))
            return
        from auditor.services.audits import AuditFilter

        flt = AuditFilter(location=row.location, organisation=row.organisation)
        self._write_pdf("location", flt, f"location-{row.location}.pdf")

    def _write_pdf(self, kind: str, flt: AuditFilter, default_name: str) -> None:
        if self.db is None or self.job is not None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), default_name, "PDF (*.pdf)"
        )
        if not path:
            return
        from ui.report_job import start_pdf_job

        self.job = start_pdf_job(self.db, kind, path, flt, self.message.emit, self._report_finished)

    def _report_finished(self) -> None:
        self.job = None

    def _build_empty_state(self) -> QWidget:
        box = QWidget()
        self.empty_label = QLabel(
            self.tr("No audits yet. Start one from a checklist, or look around with demo data.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Fill with demo data"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_progress = JobProgress("demo")
        self.progress, self.cancel_button = self.demo_progress.bar, self.demo_progress.cancel_button
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.demo_progress, 2)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addStretch(2)
        return box

    def set_database(self, db: Database, first: FirstRows | None = None) -> None:
        """List this database's audits; `first`: what `read_first_rows` read already."""
        self.db = db
        if self.previewing and first is None:  # the rows on screen are this file's
            self.previewing = False
            self.model.use_reader(self._read_block)
            self._set_ready(True)
            return
        self.reload(first)

    def preview(self, first: FirstRows, read: BlockReader) -> None:
        """The list read straight from the file while the database opens: rows to look at
        and scroll through; filters, sorting and the buttons wait for the database."""
        if self.db is not None:
            return  # the database was quicker
        self.previewing = True
        self._show_rows(first, read)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for widget in [*self.findChildren(QPushButton), self.search, self.status]:
            widget.setEnabled(ready)
        self.table.horizontalHeader().setSectionsClickable(ready)

    def reload(self, first: FirstRows | None = None) -> None:
        """Read the list again (counts and the first rows; the rest as it is scrolled to)."""
        if self.db is None:
            return
        listing = replace(self.model.listing, language=Settings().interface_language())
        self.model.listing = listing
        self._show_rows(first or read_first_rows(self.db, listing), self._read_block)

    def _show_rows(self, first: FirstRows, read: BlockReader) -> None:
        self.total, listed, rows = first
        self.model.show(self.model.listing, read, listed, rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table if self.total else self.empty)
        self._update_count()

    def _read_block(self, listing: AuditListing, offset: int, limit: int) -> list[AuditRow]:
        from auditor.services.audit_list import list_block

        assert self.db is not None
        with self.db.read_session() as session:
            return list_block(session, listing, offset, limit)

    def _relist(self, **change: Any) -> None:
        """Another filter: count what it lists; rows are read as the view asks for them."""
        listing = replace(self.model.listing, **change)
        listed = 0
        if self.db is not None:
            from auditor.services.audit_list import count_listed

            with self.db.read_session() as session:
                listed = count_listed(session, listing)
        self.model.show(listing, self._read_block, listed)
        self._update_count()

    def _filter_changed(self) -> None:
        self._relist(text=self.search.text(), status=self.status.currentData() or "")

    def _update_count(self) -> None:
        shown, total = formats.count(self.model.rowCount()), formats.count(self.total)
        self.count.setText(self.tr("%1 of %2 audits").replace("%1", shown).replace("%2", total))

    def load_demo(self) -> None:
        if self.db is None or self.job is not None:
            return
        db = self.db
        self.demo_button.hide()
        self.job = workers.Job(lambda progress, cancelled: fill_with_demo(db, progress, cancelled))
        self.job.signals.succeeded.connect(self._demo_done)
        self.job.signals.failed.connect(self.message.emit)
        self.job.signals.finished.connect(self._demo_finished)
        self.demo_progress.follow(self.job)
        workers.start(self.job)

    def _demo_done(self, counts: dict[str, int]) -> None:
        self.message.emit(
            self.tr("Demo data added: %1 audits in %2 locations.")
            .replace("%1", formats.count(counts.get("audits", 0)))
            .replace("%2", formats.count(counts.get("locations", 0)))
        )

    def _demo_finished(self) -> None:
        self.job = None
        self.demo_button.show()
        self.reload()
