"""Actions page: corrective actions with filters (open, overdue, by location, standard,
owner), overdue ones in red, and the steps open -> in progress -> done (with a note) ->
verified, where the page proposes "verified" once a later accepted audit met the standard.
Below the list, the chosen action in full: what was done, the audits it came from and every
step taken, editable where this login may change actions."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.labels import pick_label
from auditor.services import actions
from auditor.store.db import Database
from auditor.store.models import ActionStatus, Location
from ui import formats
from ui.direction import read_date_left_to_right
from ui.errors import error_text
from ui.models.audit_table import status_label
from ui.settings import Settings

OVERDUE = QColor("#b00020")


def tr(text: str) -> str:
    return QCoreApplication.translate("ActionsPage", text)


def status_text(status: str) -> str:
    names = {
        "open": tr("Open"),
        "in_progress": tr("In progress"),
        "done": tr("Done"),
        "verified": tr("Verified"),
        "cancelled": tr("Cancelled"),
    }
    return names.get(status, status)


def field_text(name: str) -> str:
    """A field of an action, as the history names what an edit changed."""
    names = {
        "title": tr("what is to be done"),
        "description": tr("details"),
        "owner": tr("owner"),
        "due_date": tr("due date"),
        "done_note": tr("what was done"),
    }
    return names.get(name, tr("other details"))


def history_text(entry: actions.HistoryEntry) -> str:
    """One step of an action's history in words."""
    if entry.what == "create":
        return tr("Created")
    if entry.what == "edit":
        changed = ", ".join(field_text(f) for f in entry.changed)
        return tr("Changed: %1").replace("%1", changed) if changed else tr("Changed")
    if entry.what == "done":
        text = tr("Done: %1").replace("%1", entry.note) if entry.note else tr("Done")
        return text
    if entry.what == "in_progress":
        return tr("Started")
    if entry.what in ("verified", "cancelled", "open"):
        return status_text(entry.what)
    return tr("Changed")


def _in_reading_order(text: str) -> str:
    """A value shown as a field's text, aligned as the interface reads: a Latin or Cyrillic
    name in a Hebrew window starts at the right, as the fields around it do."""
    return "\u200f" + text if text and QGuiApplication.isRightToLeft() else text


NO_DATE = QDate(1900, 1, 1)  # the detail pane's due date when no action is shown


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OwnerBox(QComboBox):
    """An owner chosen from the people (staff first); a name stored before that is not one
    of them stays choosable as it was."""

    def __init__(self, people: list[str], current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(tr("(no owner yet)"), "")
        for name in people:
            self.addItem(name, name)
        self.set_owner(current)

    def set_owner(self, name: str) -> None:
        if name and self.findData(name) < 0:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(name)))

    def owner(self) -> str:
        return str(self.currentData() or "")


class NewActionDialog(QDialog):
    """What, which standard, where, who and by when; prefilled from a failed question.
    The standard is chosen by its title, deliberately: none is picked until the user does
    (or the failed question names it)."""

    def __init__(
        self,
        standards: list[actions.StandardChoice],
        locations: list[str],
        parent: QWidget | None = None,
        *,
        people: list[str] | None = None,
        title: str = "",
        standard: str = "",
        location: str = "",
        audits: list[uuid.UUID] | None = None,
        question_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newAction")
        self.setWindowTitle(tr("New corrective action"))
        self.setMinimumWidth(520)
        self.audits = audits or []
        self.question_key = question_key
        self.what = QLineEdit(title)
        self.what.setObjectName("actionTitle")
        self.standard = QComboBox()
        self.standard.setObjectName("actionStandard")
        self.standard.addItem(tr("Choose the standard…"), "")
        for choice in standards:
            self.standard.addItem(choice.title, choice.code)
            self.standard.setItemData(self.standard.count() - 1, choice.title,
                                      Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.standard.setCurrentIndex(max(0, self.standard.findData(standard)))
        self.location = QComboBox()
        self.location.setObjectName("actionLocation")
        self.location.addItem(tr("(all locations)"), "")
        for name in locations:
            self.location.addItem(name, name)
        if location:
            self.location.setCurrentIndex(max(0, self.location.findData(location)))
        self.owner = OwnerBox(people or [])
        self.owner.setObjectName("actionOwner")
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        read_date_left_to_right(self.due)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(tr("What is to be done"), self.what)
        form.addRow(tr("Standard"), self.standard)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        if self.audits:
            form.addRow(tr("Linked audits"), QLabel(formats.count(len(self.audits))))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def standard_code(self) -> str:
        return str(self.standard.currentData() or "")

    def due_date(self) -> date:
        return _pydate(self.due.date())

    def accept(self) -> None:
        if not self.what.text().strip():
            self.error.setText(tr("Say what is to be done."))
            self.what.setFocus()
            return
        if not self.standard_code():
            self.error.setText(tr("Choose the standard the action is to meet."))
            self.standard.setFocus()
            return
        super().accept()


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def _list_table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list; column `stretch` takes the room left (its text elided, whole in
    its tooltip), the others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else (
            QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
        header.setSectionResizeMode(column, mode)
    return table


class ActionDetail(QWidget):
    """The chosen action in full: its fields (editable where this login may change them),
    the audits it came from, and its history."""

    saved = Signal(str)  # what to tell the user
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDetail")
        self.db: Database | None = None
        self.detail: actions.ActionDetail | None = None
        self.heading = QLabel()
        self.heading.setObjectName("actionHeading")
        self.heading.setWordWrap(True)
        self.what = QLineEdit()
        self.what.setObjectName("detailTitle")
        self.description = QPlainTextEdit()
        self.description.setObjectName("detailDescription")
        self.description.setPlaceholderText(tr("Details: why, how, who else is involved"))
        self.standard = QLabel()
        self.standard.setObjectName("detailStandard")
        self.standard.setWordWrap(True)
        self.location = QLabel()
        self.location.setObjectName("detailLocation")
        self.owner = OwnerBox([])
        self.owner.setObjectName("detailOwner")
        self.due = QDateEdit()
        self.due.setObjectName("detailDue")
        self.due.setCalendarPopup(True)
        read_date_left_to_right(self.due)
        # an empty pane shows no date: its least date stands for none
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(" ")
        self.done_note = QPlainTextEdit()
        self.done_note.setObjectName("detailDone")
        self.done_note.setPlaceholderText(tr("Written when the action is marked done"))
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        for edit in (self.description, self.done_note):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.save_button = QPushButton(tr("Sa&ve changes"))
        self.save_button.setObjectName("detailSave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Undo changes"))
        self.revert_button.setObjectName("detailRevert")
        self.revert_button.clicked.connect(self.revert)
        self.note = QLabel()
        self.note.setObjectName("detailNote")
        self.note.setWordWrap(True)
        for signal in (self.what.textEdited, self.description.textChanged,
                       self.owner.currentIndexChanged, self.due.dateChanged,
                       self.done_note.textChanged):  # fmt: skip
            signal.connect(self._changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("What is to be done"), self.what)
        form.addRow(tr("Details"), self.description)
        form.addRow(tr("Standard"), self.standard)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("What was done"), self.done_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addStretch(1)

        self.audits = _list_table(
            "detailAudits", [tr("Visit"), tr("Location"), tr("Checklist"), tr("Status"),
                             tr("Score")], 2,
        )  # fmt: skip
        self.history = _list_table("detailHistory", [tr("When"), tr("Who"), tr("What happened")], 2)
        audits_box = QGroupBox(tr("Linked audits"))
        QVBoxLayout(audits_box).addWidget(self.audits)
        history_box = QGroupBox(tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        right = QVBoxLayout()
        right.addWidget(audits_box, 1)
        right.addWidget(history_box, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.show_action(None)

    def set_people(self, people: list[str]) -> None:
        current = self.owner.owner()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("(no owner yet)"), "")
        for name in people:
            self.owner.addItem(name, name)
        self.owner.set_owner(current)
        self.owner.blockSignals(False)

    def show_action(self, action_id: uuid.UUID | None) -> None:
        self.detail = None
        if action_id is not None and self.db is not None:
            with self.db.read_session() as s:
                self.detail = actions.action_detail(s, action_id, Settings().interface_language())
        self._fill()

    def _fill(self) -> None:
        d = self.detail
        widgets: list[QWidget] = [self.what, self.description, self.owner, self.due,
                                  self.done_note]  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        if d is None:
            self.heading.setText(tr("Choose an action above to see it in full."))
            self.heading.show()
            self.what.clear()
            self.description.clear()
            self.done_note.clear()
            self.standard.clear()
            self.location.clear()
            self.status.clear()
            self.owner.set_owner("")
            self.due.setDateTime(self.due.minimumDateTime())
            self.audits.setRowCount(0)
            self.history.setRowCount(0)
        else:
            r = d.row
            self.heading.hide()  # its fields say it all
            self.what.setText(r.title)
            self.description.setPlainText(d.description)
            language = Settings().interface_language()
            self.standard.setText(
                _in_reading_order(pick_label(r.standard_title, language) or r.standard)
            )
            self.location.setText(_in_reading_order(r.location or tr("(all locations)")))
            self.owner.set_owner(r.owner)
            self.due.setDate(_qdate(r.due_date) if r.due_date else QDate.currentDate())
            self.done_note.setPlainText(r.done_note)
            status = status_text(r.status)
            if r.overdue:
                status = tr("%1, overdue").replace("%1", status)
            if r.proposed_by:
                status += " · " + tr("proposed: a later audit met the standard")
            self.status.setText(_in_reading_order(status))
            self._fill_audits(d)
            self._fill_history(d)
        for w in widgets:
            w.blockSignals(False)
        self._set_editable()

    def _fill_audits(self, d: actions.ActionDetail) -> None:
        self.audits.setRowCount(len(d.audits))
        for i, a in enumerate(d.audits):
            score = formats.number(a.score) if a.score is not None else "–"
            cells = [formats.day(a.visit.date()), a.location, a.checklist, status_label(a.status),
                     score]  # fmt: skip
            for column, text in enumerate(cells):
                item = _cell(text)
                item.setData(Qt.ItemDataRole.UserRole, str(a.id))
                self.audits.setItem(i, column, item)

    def _fill_history(self, d: actions.ActionDetail) -> None:
        self.history.setRowCount(len(d.history))
        for i, h in enumerate(d.history):
            for column, text in enumerate((formats.date_time(h.at), h.actor, history_text(h))):
                self.history.setItem(i, column, _cell(text))

    def _closed(self) -> bool:
        return self.detail is None or self.detail.row.status in ("verified", "cancelled")

    def _set_editable(self) -> None:
        d = self.detail
        editable = d is not None and d.editable and not self._closed()
        self.what.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        self.owner.setEnabled(editable)
        self.due.setEnabled(editable)
        self.done_note.setReadOnly(not (editable and d is not None and d.row.status == "done"))
        if d is not None and not d.editable:
            self.note.setText(tr("Only a manager can change actions on this server."))
        elif d is not None and self._closed():
            self.note.setText(tr("This action is closed; it can no longer be changed."))
        else:
            self.note.clear()
        self._changed()

    def changes(self) -> dict[str, object]:
        """What the user changed in the fields, as the service's keywords."""
        d = self.detail
        if d is None:
            return {}
        r = d.row
        now: dict[str, object] = {
            "title": self.what.text().strip(),
            "description": self.description.toPlainText().strip(),
            "owner": self.owner.owner(),
            "due_date": _pydate(self.due.date()),
            "done_note": self.done_note.toPlainText().strip(),
        }
        before = {"title": r.title, "description": d.description, "owner": r.owner,
                  "due_date": r.due_date or _pydate(QDate.currentDate()),
                  "done_note": r.done_note}  # fmt: skip
        return {k: v for k, v in now.items() if v != before[k]}

    def _changed(self) -> None:
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        self._fill()

    def save(self) -> bool:
        d = self.detail
        if self.db is None or d is None:
            return False
        changes = self.changes()
        if not changes:
            return False
        try:
            with self.db.session() as s:
                actions.update_action(
                    s,
                    d.row.id,
                    Settings().reviewer_name or tr("Reviewer"),
                    d.row.revision,
                    **changes,  # type: ignore[arg-type]
                )
        except AuditorError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.saved.emit(tr("The action is saved."))
        return True


class ActionsPage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[actions.ActionRow] = []
        self.standards: list[actions.StandardChoice] = []
        self.locations: list[str] = []
        self.people: list[str] = []
        self.state = QComboBox()
        self.state.setObjectName("actionState")
        for key, text in (("open", tr("Open and in progress")), ("overdue", tr("Overdue")),
                          ("done", tr("Done, to verify")), ("verified", tr("Verified")),
                          ("cancelled", tr("Cancelled")), ("all", tr("All"))):  # fmt: skip
            self.state.addItem(text, key)
        self.location = QComboBox()
        self.location.setObjectName("actionLocationFilter")
        self.standard = QComboBox()
        self.standard.setObjectName("actionStandardFilter")
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwnerFilter")
        for combo in (self.location, self.standard, self.owner):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for combo in (self.state, self.location, self.standard, self.owner):
            combo.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<h2>" + tr("Corrective actions") + "</h2>"))
        for w in (self.state, self.location, self.standard, self.owner):
            bar.addWidget(w)
        bar.addStretch(1)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("actionTable")
        self.table.setHorizontalHeaderLabels(
            [tr("What"), tr("Standard"), tr("Location"), tr("Owner"), tr("Due"), tr("Status"),
             tr("Verification")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.detail = ActionDetail()
        self.detail.saved.connect(self._saved)
        self.detail.failed.connect(self.message.emit)

        self.new_button = QPushButton(tr("&New action…"))
        self.new_button.setObjectName("actionNew")
        self.new_button.clicked.connect(lambda: self.new_action())
        self.start_button = QPushButton(tr("&Start"))
        self.start_button.setObjectName("actionStart")
        self.start_button.clicked.connect(lambda: self.step(ActionStatus.IN_PROGRESS))
        self.done_button = QPushButton(tr("&Done…"))
        self.done_button.setObjectName("actionDone")
        self.done_button.clicked.connect(lambda: self.step(ActionStatus.DONE))
        self.verify_button = QPushButton(tr("&Verify"))
        self.verify_button.setObjectName("actionVerify")
        self.verify_button.clicked.connect(lambda: self.step(ActionStatus.VERIFIED))
        self.cancel_button = QPushButton(tr("Cancel the action"))
        self.cancel_button.setObjectName("actionCancel")
        self.cancel_button.clicked.connect(lambda: self.step(ActionStatus.CANCELLED))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.start_button, self.done_button, self.verify_button,
                  self.cancel_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._set_buttons()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.detail.db = db
        language = Settings().interface_language()
        with db.read_session() as s:
            self.standards = actions.standard_choices(s, language)
            self.locations = list(s.scalars(select(Location.name).order_by(Location.name)))
            self.people = actions.owner_choices(s)
            owners = sorted({r.owner for r in actions.list_actions(s, actions.ActionFilter("all"))
                             if r.owner})  # fmt: skip
        filters: tuple[tuple[QComboBox, str, list[tuple[str, str]]], ...] = (
            (self.location, tr("All locations"), [(n, n) for n in self.locations]),
            (self.standard, tr("All standards"), [(c.title, c.code) for c in self.standards]),
            (self.owner, tr("All owners"),
             [(n, n) for n in sorted(set(owners) | set(self.people))]),
        )  # fmt: skip
        for combo, everything, values in filters:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, data in values:
                combo.addItem(text, data)
            # never narrower than its "all" entry, whatever the language calls it
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(everything) + 40)
            combo.blockSignals(False)
        self.detail.set_people(self.people)
        if self.isVisible():  # else when the main window shows the page
            self.reload()

    def current_filter(self) -> actions.ActionFilter:
        return actions.ActionFilter(
            state=str(self.state.currentData()),
            location=self.location.currentData() or None,
            standard=self.standard.currentData() or None,
            owner=self.owner.currentData() or None,
        )

    def reload(self, keep: uuid.UUID | None = None) -> None:
        if self.db is None:
            return
        current = self.current()
        chosen = keep or (current.id if current else None)
        with self.db.read_session() as s:
            self.rows = actions.list_actions(s, self.current_filter())
        language = Settings().interface_language()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            proposed = tr("proposed: a later audit met the standard") if r.proposed_by else ""
            cells = [r.title, pick_label(r.standard_title, language) or r.standard, r.location,
                     r.owner, formats.day(r.due_date) if r.due_date else "",
                     status_text(r.status), proposed]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if r.overdue:
                    item.setForeground(QBrush(OVERDUE))
                    item.setToolTip(tr("Overdue"))
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        row = next((i for i, r in enumerate(self.rows) if r.id == chosen), -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._selected()

    def current(self) -> actions.ActionRow | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[row] if selected and 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        r = self.current()
        self.detail.show_action(r.id if r else None)
        self._set_buttons()

    def _saved(self, text: str) -> None:
        self.message.emit(text)
        self.reload()

    def _set_buttons(self) -> None:
        r = self.current()
        status = ActionStatus(r.status) if r else None
        allowed = actions.NEXT.get(status, ()) if status else ()
        editable = self.detail.detail.editable if self.detail.detail else True
        self.new_button.setEnabled(editable)
        self.start_button.setEnabled(editable and ActionStatus.IN_PROGRESS in allowed)
        self.done_button.setEnabled(editable and ActionStatus.DONE in allowed)
        self.verify_button.setEnabled(editable and ActionStatus.VERIFIED in allowed)
        self.cancel_button.setEnabled(editable and ActionStatus.CANCELLED in allowed)
        if r is not None and r.proposed_by:
            self.verify_button.setToolTip(tr("A later accepted audit met the standard"))

    def new_action(self, **prefill: object) -> uuid.UUID | None:
        if self.db is None:
            return None
        dialog = NewActionDialog(self.standards, self.locations, self, people=self.people,
                                 **prefill)  # type: ignore[arg-type]  # fmt: skip
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            with self.db.session() as s:
                new_id = actions.create_action(
                    s, title=dialog.what.text(), standard=dialog.standard_code(),
                    location=dialog.location.currentData() or None, owner=dialog.owner.owner(),
                    due_date=dialog.due_date(), audits=dialog.audits,
                    question_key=dialog.question_key, actor=self._actor(),
                )  # fmt: skip
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return None
        self.message.emit(tr("Corrective action created."))
        self.reload(keep=new_id)
        return new_id

    def _actor(self) -> str:
        return Settings().reviewer_name or tr("Reviewer")

    def step(self, to: ActionStatus) -> bool:
        r = self.current()
        if self.db is None or r is None:
            return False
        note = ""
        if to == ActionStatus.DONE:
            note, ok = QInputDialog.getText(self, tr("Action done"), tr("What was done?"))
            if not ok:
                return False
        try:
            with self.db.session() as s:
                actions.advance(s, r.id, to, self._actor(), note, r.revision)
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return False
        self.message.emit(tr("The action is now: %1").replace("%1", status_text(to.value)))
        self.reload(keep=r.id)
        return True
