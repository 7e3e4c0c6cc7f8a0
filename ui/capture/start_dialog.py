"""Start an audit: checklist and location (recent first, or a new location), visit, staff."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.services import capture
from auditor.store.db import Database
from auditor.store.models import PersonRole
from ui.direction import read_date_left_to_right
from ui.errors import error_text
from ui.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("StartAudit", text)


class AddLocationDialog(QDialog):
    def __init__(self, organisations: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a location"))
        self.organisation = QComboBox()
        self.organisation.setObjectName("newOrganisation")
        self.organisation.setEditable(True)
        self.organisation.addItems(organisations)
        self.name = QLineEdit()
        self.name.setObjectName("newLocation")
        self.city = QLineEdit()
        self.city.setObjectName("newCity")
        form = QFormLayout()
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Location"), self.name)
        form.addRow(tr("&City"), self.city)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StartAuditDialog(QDialog):
    """Returns the new audit's id in `audit_id` once accepted."""

    def __init__(self, db: Database, shopper: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.audit_id: uuid.UUID | None = None
        self.setWindowTitle(tr("Start an audit"))
        with db.read_session() as session:
            checklists = capture.recent_checklists(session, Settings().interface_language())
            locations = capture.recent_locations(session)
            people = capture.people_names(session, PersonRole.SHOPPER, PersonRole.AUDITOR)
            self.organisations = sorted({label.split(" — ")[0] for _, label in locations})
        self.checklist = QComboBox()
        self.checklist.setObjectName("startChecklist")
        for name, title in checklists:
            self.checklist.addItem(title, name)
        self.location = QComboBox()
        self.location.setObjectName("startLocation")
        self.location.setEditable(False)
        for lid, label in locations:
            self.location.addItem(label, str(lid))
        add = QPushButton(tr("&New location…"))
        add.setObjectName("addLocation")
        add.clicked.connect(self.add_location)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(add)
        self.shopper = QComboBox()
        self.shopper.setObjectName("startShopper")
        self.shopper.setEditable(True)
        self.shopper.addItems(people)
        self.shopper.setCurrentText(shopper)
        self.visit = QDateTimeEdit(QDateTime.currentDateTime())
        self.visit.setObjectName("startVisit")
        self.visit.setCalendarPopup(True)
        read_date_left_to_right(self.visit, time=True)
        self.staff = QLineEdit()
        self.staff.setObjectName("startStaff")
        self.staff.setPlaceholderText(tr("name or description of the person who served you"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Checklist"), self.checklist)
        # a row holding a layout gets no buddy from the form: the label names its own, so
        # its mnemonic is a key, not an "&" on screen
        location_label = QLabel(tr("&Location"))
        location_label.setBuddy(self.location)
        form.addRow(location_label, location_row)
        form.addRow(tr("&Shopper"), self.shopper)
        form.addRow(tr("&Visit"), self.visit)
        form.addRow(tr("Observed s&taff"), self.staff)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 280)

    def add_location(self) -> None:
        dialog = AddLocationDialog(self.organisations, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.db.session() as session:
                loc = capture.add_location(
                    session,
                    dialog.organisation.currentText(),
                    dialog.name.text(),
                    dialog.city.text(),
                )
                label = f"{dialog.organisation.currentText().strip()} — {loc.name}"
                if loc.city:
                    label += f", {loc.city}"
                lid = str(loc.id)
        except AuditorError as exc:
            self.error.setText(error_text(exc))
            return
        self.location.insertItem(0, label, lid)
        self.location.setCurrentIndex(0)
        self.error.clear()

    def start(self) -> None:
        if self.checklist.currentData() is None:
            self.error.setText(tr("Choose a checklist."))
            return
        if self.location.currentData() is None:
            self.error.setText(tr("Choose a location, or add one."))
            return
        visit = datetime.fromtimestamp(self.visit.dateTime().toSecsSinceEpoch(), UTC)
        try:
            with self.db.session() as session:
                self.audit_id = capture.start_audit(
                    session,
                    str(self.checklist.currentData()),
                    uuid.UUID(str(self.location.currentData())),
                    self.shopper.currentText(),
                    visit,
                    self.staff.text(),
                )
        except AuditorError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
