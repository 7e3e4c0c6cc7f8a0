"""Actions page: corrective actions with filters (open, overdue, by location, standard,
owner), overdue ones in red, and the steps open -> in progress -> done (with a note) ->
verified, where the page proposes "verified" once a later accepted audit met the standard."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.services import actions
from auditor.store.db import Database
from auditor.store.models import ActionStatus, Location, Standard
from ui import formats
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


class NewActionDialog(QDialog):
    """What, which standard, where, who and by when; prefilled from a failed question."""

    def __init__(
        self,
        standards: list[str],
        locations: list[str],
        parent: QWidget | None = None,
        *,
        title: str = "",
        standard: str = "",
        location: str = "",
        audits: list[uuid.UUID] | None = None,
        question_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newAction")
        self.setWindowTitle(tr("New corrective action"))
        self.audits = audits or []
        self.question_key = question_key
        self.what = QLineEdit(title)
        self.what.setObjectName("actionTitle")
        self.standard = QComboBox()
        self.standard.setObjectName("actionStandard")
        self.standard.addItems(standards)
        if standard in standards:
            self.standard.setCurrentText(standard)
        self.location = QComboBox()
        self.location.setObjectName("actionLocation")
        self.location.addItem(tr("(all locations)"), "")
        for name in locations:
            self.location.addItem(name, name)
        if location:
            self.location.setCurrentIndex(max(0, self.location.findData(location)))
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(tr("What is to be done"), self.what)
        form.addRow(tr("Standard"), self.standard)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        if self.audits:
            form.addRow(tr("Linked audits"), QLabel(str(len(self.audits))))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def due_date(self) -> date:
        d = self.due.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        if not self.what.text().strip():
            self.error.setText(tr("Say what is to be done."))
            self.what.setFocus()
            return
        super().accept()


class ActionsPage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[actions.ActionRow] = []
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
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwnerFilter")
        self.owner.setPlaceholderText(tr("Owner"))
        for combo in (self.state, self.location, self.standard):
            combo.currentIndexChanged.connect(self.reload)
        self.owner.editingFinished.connect(self.reload)
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
        self.table.itemSelectionChanged.connect(self._set_buttons)

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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._set_buttons()

    def set_database(self, db: Database) -> None:
        self.db = db
        with db.read_session() as s:
            self.standards = list(s.scalars(select(Standard.code).order_by(Standard.code)))
            self.locations = list(s.scalars(select(Location.name).order_by(Location.name)))
        for combo, everything, values in (
            (self.location, tr("All locations"), self.locations),
            (self.standard, tr("All standards"), self.standards),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for v in values:
                combo.addItem(v, v)
            combo.blockSignals(False)
        if self.isVisible():  # else when the main window shows the page
            self.reload()

    def current_filter(self) -> actions.ActionFilter:
        return actions.ActionFilter(
            state=str(self.state.currentData()),
            location=self.location.currentData() or None,
            standard=self.standard.currentData() or None,
            owner=self.owner.text().strip() or None,
        )

    def reload(self) -> None:
        if self.db is None:
            return
        with self.db.read_session() as s:
            self.rows = actions.list_actions(s, self.current_filter())
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            proposed = tr("proposed: a later audit met the standard") if r.proposed_by else ""
            cells = [r.title, r.standard, r.location, r.owner,
                     formats.day(r.due_date) if r.due_date else "", status_text(r.status),
                     proposed]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.overdue:
                    item.setForeground(QBrush(OVERDUE))
                    item.setToolTip(tr("Overdue"))
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        self._set_buttons()

    def current(self) -> actions.ActionRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _set_buttons(self) -> None:
        r = self.current()
        status = ActionStatus(r.status) if r else None
        allowed = actions.NEXT.get(status, ()) if status else ()
        self.start_button.setEnabled(ActionStatus.IN_PROGRESS in allowed)
        self.done_button.setEnabled(ActionStatus.DONE in allowed)
        self.verify_button.setEnabled(ActionStatus.VERIFIED in allowed)
        self.cancel_button.setEnabled(ActionStatus.CANCELLED in allowed)
        if r is not None and r.proposed_by:
            self.verify_button.setToolTip(tr("A later accepted audit met the standard"))

    def new_action(self, **prefill: object) -> uuid.UUID | None:
        if self.db is None:
            return None
        dialog = NewActionDialog(self.standards, self.locations, self, **prefill)  # type: ignore[arg-type]
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            with self.db.session() as s:
                new_id = actions.create_action(
                    s, title=dialog.what.text(), standard=dialog.standard.currentText(),
                    location=dialog.location.currentData() or None, owner=dialog.owner.text(),
                    due_date=dialog.due_date(), audits=dialog.audits,
                    question_key=dialog.question_key, actor=self._actor(),
                )  # fmt: skip
        except AuditorError as exc:
            self.message.emit(exc.describe())
            return None
        self.message.emit(tr("Corrective action created."))
        self.reload()
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
            self.message.emit(exc.describe())
            return False
        self.message.emit(tr("The action is now: %1").replace("%1", status_text(to.value)))
        self.reload()
        return True
