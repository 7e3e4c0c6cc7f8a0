"""Packages in the window: File > Send audits… and Receive audits… (or a .zip dropped on the
window), with a preview of what an import will do before anything is written, progress with
Cancel, and the conflicts an import kept, resolved by picking a version or answer by answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.labels import pick_label
from ui import formats, workers
from ui.direction import isolate
from ui.errors import error_text
from ui.models.audit_table import status_label
from ui.settings import Settings
from ui.trust_dialog import role_label
from ui.widgets.job_progress import JobProgress

if TYPE_CHECKING:  # loaded when a package is sent or received, not when the window starts
    from auditor.services import packages
    from auditor.services.audits import AuditFilter
    from auditor.services.capture import QuestionView
    from auditor.services.sync import SyncResult
    from auditor.store.db import Database


def tr(text: str) -> str:
    return QCoreApplication.translate("Packages", text)


def action_text(action: str) -> str:
    return {
        "add": tr("to add"), "update": tr("to update"), "unchanged": tr("unchanged"),
        "conflict": tr("in conflict (both kept)"),
    }.get(action, action)  # fmt: skip


def item_title(item: packages.PlanItem, language: str) -> str:
    """What a preview row names: an audit by its location, its checklist's title in the
    reader's language and its day; a diary or an action by its own title."""
    if item.kind != "audit" or not item.checklist_title:
        return item.title
    try:
        day = formats.day(date.fromisoformat(item.visit))
    except ValueError:
        day = item.visit
    return " · ".join(
        (isolate(item.location), isolate(pick_label(item.checklist_title, language)), day)
    )


def reading_order(html: str) -> str:
    """Rich text laid out as the interface reads (a Hebrew summary starts at the right even
    when it opens with a file name or a Latin name)."""
    direction = "rtl" if QGuiApplication.isRightToLeft() else "ltr"
    return f'<div dir="{direction}">{html}</div>'


class PreviewDialog(QDialog):
    """What an import would do, item by item, before anything is written."""

    def __init__(self, plans: list[packages.ImportPlan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePreview")
        self.setWindowTitle(tr("Receive audits"))
        self.resize(900, 560)
        lines = []
        for plan in plans:
            counts = plan.summary()
            who = (
                tr("from %1 (%2), key %3")
                .replace("%1", plan.signer)
                .replace("%2", role_label(plan.sender_role) if plan.sender_role else "-")
                .replace("%3", plan.fingerprint)
            )
            lines.append(
                f"<b>{isolate(plan.path.name)}</b> {who}<br>"
                + tr("%1 to add, %2 to update, %3 unchanged, %4 in conflict")
                .replace("%1", str(counts["add"]))
                .replace("%2", str(counts["update"]))
                .replace("%3", str(counts["unchanged"]))
                .replace("%4", str(counts["conflict"]))
            )
        self.summary = QLabel(reading_order("<br>".join(lines)))
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        items = [i for plan in plans for i in plan.items]
        language = Settings().interface_language()
        self.table = QTableWidget(len(items), 3)
        self.table.setObjectName("previewItems")
        self.table.setHorizontalHeaderLabels([tr("What happens"), tr("Audit or diary"), tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(items):
            cells = (action_text(item.action), item_title(item, language), item.detail)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.action)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("previewImport")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class PackageActions(QWidget):
    """The File menu's Send and Receive: jobs off the UI thread, a progress bar with Cancel."""

    message = Signal(str)
    received = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.job: workers.Job | None = None
        self.preview: PreviewDialog | None = None
        self.nothing_box: QMessageBox | None = None
        self.progress = JobProgress("package")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)

    def _sender(self) -> str:
        settings = Settings()
        return settings.shopper_name or settings.reviewer_name

    # -- send ----------------------------------------------------------------------------
    def send_dialog(self) -> None:
        name = f"audits-{date.today():%Y-%m-%d}.zip"
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Send audits"), name, tr("Audit packages (*.zip)")
        )
        if target:
            self.send(Path(target))

    def send(
        self, target: Path, flt: AuditFilter | None = None, not_sent: bool = True
    ) -> workers.Job | None:
        """By default the submitted audits not sent yet (and the diaries)."""
        if self.db is None or self.job is not None:
            return None
        from auditor.services.audits import AuditFilter

        db, sender = self.db, self._sender()
        flt = flt or AuditFilter(status="submitted")

        def body(progress: workers.Progress, cancelled: Any) -> packages.ExportResult | None:
            from auditor.exchange import keys
            from auditor.services import packages

            try:
                with db.session() as s:
                    return packages.export_package(
                        s, target, flt, key=keys.load_or_create(), created_by=sender or None,
                        not_sent=not_sent, progress=progress, cancelled=cancelled,
                        refuse_empty=True,
                    )  # fmt: skip
            except packages.NothingToSend:
                return None  # said on the UI thread; no file written

        return self._start(body, self._sent)

    def _sent(self, result: packages.ExportResult | None) -> None:
        if result is None:
            text = tr(
                "Nothing to send: every submitted audit has been sent already. "
                "No package was written."
            )
            self.message.emit(text)
            # said where the user is looking, until read (a status line passes unseen)
            self.nothing_box = QMessageBox(
                QMessageBox.Icon.Information, tr("Send audits"), text,
                QMessageBox.StandardButton.Ok, self.window(),
            )  # fmt: skip
            self.nothing_box.setObjectName("nothingToSend")
            self.nothing_box.open()
            return
        self.message.emit(
            tr("Package written: %1 (%2 audits, %3 diaries, %4 photos)")
            .replace("%1", isolate(str(result.path)))
            .replace("%2", str(result.audits))
            .replace("%3", str(result.diaries))
            .replace("%4", str(result.attachments))
        )

    # -- receive ---------------------------------------------------------------------------
    def receive_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Receive audits"), "", tr("Audit packages (*.zip)")
        )
        if paths:
            self.receive([Path(p) for p in paths])

    def receive(self, paths: list[Path]) -> workers.Job | None:
        """Check the packages (off the UI thread), show what would change, then import."""
        if self.db is None or self.job is not None:
            return None
        db = self.db

        def body(progress: workers.Progress, cancelled: Any) -> Any:
            from auditor.services import packages

            plans = []
            with db.read_session() as s:
                for done, path in enumerate(paths, start=1):
                    try:
                        package, plan, _documents = packages.plan_import(s, path)
                    except packages.UnknownSender as unknown:
                        return unknown.sender, path  # asked on the UI thread
                    package.close()
                    plans.append(plan)
                    progress(done, len(paths))
            return plans

        def checked(result: Any) -> None:
            if isinstance(result, tuple):
                self._ask_trust(paths, *result)
            else:
                self._confirm(paths, result)

        return self._start(body, checked)

    def _ask_trust(self, paths: list[Path], sender: Any, path: Path) -> None:
        """A sender not enrolled here: show her key's code; trust only if asked to."""
        from auditor.services import trust
        from ui.trust_dialog import TrustDialog

        self.trust_dialog = TrustDialog(sender, self.window())

        def trusted() -> None:
            person, role = self.trust_dialog.chosen()
            try:
                assert self.db is not None
                with self.db.session() as s:
                    trust.trust_key(s, sender.public_key, person, role)
            except AuditorError as exc:
                self.message.emit(error_text(exc))
                return
            self.receive(paths)  # the preview, now from a trusted sender

        def refused() -> None:
            self.message.emit(
                tr("Nothing received from %1: the key %2 is not trusted")
                .replace("%1", sender.person)
                .replace("%2", sender.fingerprint)
            )

        self.trust_dialog.accepted.connect(trusted)
        self.trust_dialog.rejected.connect(refused)
        self.trust_dialog.open()

    trust_dialog: Any = None

    def _confirm(self, paths: list[Path], plans: list[packages.ImportPlan]) -> None:
        self.preview = PreviewDialog(plans, self.window())
        self.preview.accepted.connect(lambda: self.apply(paths))
        self.preview.open()

    def apply(self, paths: list[Path]) -> workers.Job | None:
        if self.db is None:
            return None
        db = self.db

        def body(progress: workers.Progress, cancelled: Any) -> list[packages.ImportPlan]:
            from auditor.services import packages

            with db.session() as s:  # every package or none
                return [packages.import_package(s, p, progress, cancelled) for p in paths]

        return self._start(body, self._imported)

    def _imported(self, plans: list[packages.ImportPlan]) -> None:
        total = {a: sum(p.summary()[a] for p in plans) for a in ("add", "update", "conflict")}
        self.message.emit(
            tr("Received: %1 added, %2 updated, %3 kept as conflicts for review")
            .replace("%1", str(total["add"]))
            .replace("%2", str(total["update"]))
            .replace("%3", str(total["conflict"]))
        )
        self.received.emit()

    # -- sync with a team server -----------------------------------------------------------
    def sync(
        self,
        server: str,
        follow: Callable[[workers.Job], None] | None = None,
        stage: Callable[[str], None] | None = None,
    ) -> workers.Job | None:
        """Send the finished audits to the team server and bring back what it has, off the
        UI thread with progress and Cancel (what was sent before a Cancel stays sent).
        `follow`: given the job before it starts (a dialog showing its progress and outcome);
        `stage`: told "connect", "push" and "pull" as the sync gets to each (any thread)."""
        if self.db is None or self.job is not None:
            return None
        db = self.db

        def body(progress: workers.Progress, cancelled: Any) -> SyncResult:
            from auditor.exchange import keys
            from auditor.services.sync import sync
            from auditor.store.db import open_database

            said = [""]

            def reached(name: str, done: int, total: int) -> None:
                if stage is not None and name != said[0]:
                    said[0] = name
                    stage(name)
                progress(done, total)

            if stage is not None:
                stage("connect")
            remote = open_database(server, create=False)
            try:
                return sync(db, remote, key=keys.load_or_create(), progress=reached,
                            cancelled=cancelled)  # fmt: skip
            finally:
                remote.close()

        return self._start(body, self._synced, follow)

    def _synced(self, result: SyncResult) -> None:
        self.message.emit(
            tr("Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; "
               "%5 changed on both sides, kept for review")
            .replace("%1", str(result.pushed)).replace("%2", str(result.pulled))
            .replace("%3", str(result.checklists)).replace("%4", str(result.actions))
            .replace("%5", str(result.conflicts))
        )  # fmt: skip
        self.received.emit()

    def _start(
        self, body: Any, done: Any, follow: Callable[[workers.Job], None] | None = None
    ) -> workers.Job:
        job = workers.Job(body)
        job.signals.succeeded.connect(done)
        job.signals.failed.connect(self.message.emit)
        job.signals.finished.connect(self._finished)
        self.job = job
        self.progress.follow(job)
        if follow is not None:  # before it starts: a quick failure is not missed
            follow(job)
        workers.start(job)
        return job

    def _finished(self) -> None:
        self.job = None


def _answer_text(answer: dict[str, Any] | None, view: QuestionView | None = None) -> str:
    """An answer as the reader says it: Yes and No, a choice's label, a date as the
    language writes it; never the stored value ("yes", a choice key, an ISO date)."""
    if answer is None:
        return tr("(no answer)")
    text = tr("N/A") if answer["na"] else _value_text(answer.get("value"), view)
    return f"{text} — {answer['comment']}" if answer.get("comment") else text


def _value_text(value: Any, view: QuestionView | None) -> str:
    from auditor.geo import location_text

    if value is None or value == "" or value == []:
        return tr("(no answer)")
    kind = view.kind if view is not None else ""
    if kind == "location":
        return location_text(value)
    labels = {c.key: c.label for c in view.choices} if view is not None else {}
    values = value if isinstance(value, list) else [value]
    return ", ".join(_one_value(v, kind, labels) for v in values)


def _one_value(value: Any, kind: str, labels: dict[str, str]) -> str:
    said = str(value).lower()
    # the form's own words for an answer (translated there)
    if value is True or (kind == "yes_no" and said in ("yes", "true")):
        return QCoreApplication.translate("AuditForm", "Yes")
    if value is False or (kind == "yes_no" and said in ("no", "false")):
        return QCoreApplication.translate("AuditForm", "No")
    if str(value) in labels:
        return isolate(labels[str(value)])
    try:
        if kind == "date":
            return formats.day(date.fromisoformat(str(value)))
        if kind == "datetime":
            return formats.date_time(datetime.fromisoformat(str(value)))
    except ValueError:
        pass
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.points(float(value))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def conflict_title(c: packages.ConflictView) -> str:
    """A conflict in the list: the location, then the checklist's title in the reader's
    language and the day of the visit as the language writes it (two lines, so it fits)."""
    day = formats.day(c.visit_day) if c.visit_day is not None else ""
    second = " · ".join(part for part in (isolate(c.checklist), day) if part)
    return f"{isolate(c.location)}\n{second}" if c.location else c.title


class ConflictDialog(QDialog):
    """Audits changed on both sides: for each, the answers that differ, ours beside theirs;
    keep ours, take theirs, or choose answer by answer."""

    resolved = Signal()

    def __init__(self, db: Database, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Audits changed on both sides"))
        self.resize(1000, 600)
        self.db = db
        self.reviewer = reviewer or tr("reviewer")
        self.conflicts: list[packages.ConflictView] = []
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        # long titles wrap in the list's width: never a sideways scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show)
        self.about = QLabel()
        self.about.setObjectName("conflictAbout")
        self.about.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflictAnswers")
        self.table.setHorizontalHeaderLabels([tr("Question"), tr("Ours"), tr("Theirs"), tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.keep_ours = QPushButton(tr("Keep ours"))
        self.keep_ours.setObjectName("conflictKeepOurs")
        self.keep_ours.clicked.connect(lambda: self.resolve("local"))
        self.take_theirs = QPushButton(tr("Take theirs"))
        self.take_theirs.setObjectName("conflictTakeTheirs")
        self.take_theirs.clicked.connect(lambda: self.resolve("incoming"))
        self.merge = QPushButton(tr("Merge as chosen"))
        self.merge.setObjectName("conflictMerge")
        self.merge.clicked.connect(lambda: self.resolve(self.choices()))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for b in (self.keep_ours, self.take_theirs, self.merge):
            buttons.addWidget(b)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.about)
        rv.addWidget(self.table, 1)
        rv.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(right, 3)
        self.reload()

    def reload(self) -> None:
        from auditor.services import packages

        with self.db.read_session() as s:
            self.conflicts = packages.open_conflicts(s, Settings().interface_language())
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(conflict_title(c), self.list)
            item.setToolTip(conflict_title(c).replace("\n", " · "))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.about.setText(tr("No conflicts left."))
            self.table.setRowCount(0)
        for b in (self.keep_ours, self.take_theirs, self.merge):
            b.setEnabled(bool(self.conflicts))

    def current(self) -> packages.ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        c = self.current()
        if c is None:
            return
        self.about.setText(
            tr("From %1, received %2. Status here: %3; theirs: %4.")
            .replace("%1", isolate(c.source))
            .replace("%2", formats.date_time(c.received_at))
            .replace("%3", status_label(c.local_status))
            .replace("%4", status_label(c.incoming_status))
        )
        self.table.setRowCount(len(c.answers))
        for i, a in enumerate(c.answers):
            item = QTableWidgetItem(a.label)
            item.setData(Qt.ItemDataRole.UserRole, a.question)
            item.setToolTip(a.label)
            self.table.setItem(i, 0, item)
            for column, side in ((1, a.local), (2, a.incoming)):
                cell = QTableWidgetItem(_answer_text(side, a.view))
                cell.setToolTip(cell.text())
                self.table.setItem(i, column, cell)
            pick = QComboBox()
            pick.addItem(tr("Ours"), "local")
            pick.addItem(tr("Theirs"), "incoming")
            self.table.setCellWidget(i, 3, pick)
        self.table.resizeColumnToContents(0)

    def choices(self) -> dict[str, str]:
        c = self.current()
        out: dict[str, str] = {}
        if c is None:
            return out
        for i, a in enumerate(c.answers):
            pick = self.table.cellWidget(i, 3)
            assert isinstance(pick, QComboBox)
            out[a.question] = str(pick.currentData())
        return out

    def choose(self, question: str, side: str) -> None:
        c = self.current()
        assert c is not None
        row = [a.question for a in c.answers].index(question)
        pick = self.table.cellWidget(row, 3)
        assert isinstance(pick, QComboBox)
        pick.setCurrentIndex(pick.findData(side))

    def resolve(self, choice: str | dict[str, str]) -> bool:
        c = self.current()
        if c is None:
            return False
        from auditor.services import packages

        try:
            with self.db.session() as s:
                packages.resolve_conflict(s, c.id, choice, self.reviewer)
        except AuditorError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        self.resolved.emit()
        self.reload()
        return True


def conflict_count(db: Database) -> int:
    """How many audits wait for a pick (a count, without building their documents)."""
    from sqlalchemy import func, select

    from auditor.store.models import AuditConflict

    with db.read_session() as s:
        query = select(func.count(AuditConflict.id)).where(AuditConflict.resolved_at.is_(None))
        return int(s.scalar(query) or 0)
