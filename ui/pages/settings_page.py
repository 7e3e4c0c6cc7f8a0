"""Settings page: the interface language (after a restart), the organisation name and logo on
reports, who uses this laptop (shopper, reviewer), the database opened at start and where
backups go. Everything is checked first and saved together: a wrong field is named beside
it and nothing is saved until it is fixed; what was typed stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.labels import LANGUAGE_NAMES, LANGUAGES
from ui.settings import Settings, parse_grades


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


class SettingsPage(QWidget):
    message = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(tr("The system's language"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("settingsOrganisation")
        self.logo = QLineEdit()
        self.logo.setObjectName("settingsLogo")
        self.shopper = QLineEdit()
        self.shopper.setObjectName("settingsShopper")
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("settingsReviewer")
        self.database = QLineEdit()
        self.database.setObjectName("settingsDatabase")
        self.database.setPlaceholderText(tr("the user data folder's auditor.sqlite"))
        self.backups = QLineEdit()
        self.backups.setObjectName("settingsBackups")
        self.backups.setPlaceholderText(tr("the user data folder's backups"))
        self.pass_line = QLineEdit()
        self.pass_line.setObjectName("settingsPassLine")
        self.grades = QLineEdit()
        self.grades.setObjectName("settingsGrades")
        self.grades.setToolTip(tr("From which percent each grade starts, separated by ;"))
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.addRow(tr("Interface language"), self.language)
        form.addRow(tr("Organisation name on reports"), self.organisation)
        form.addRow(tr("Logo on reports"), self._with_button(self.logo, self.choose_logo))
        form.addRow("", self._error("logo"))
        form.addRow(tr("Shopper on this laptop"), self.shopper)
        form.addRow(tr("Reviewer on this laptop"), self.reviewer)
        form.addRow(
            tr("Database opened at start"), self._with_button(self.database, self.choose_database)
        )
        form.addRow("", self._error("database"))
        form.addRow(tr("Backup folder"), self._with_button(self.backups, self.choose_backups))
        form.addRow("", self._error("backups"))
        form.addRow(tr("Pass line of new checklists (%)"), self.pass_line)
        form.addRow("", self._error("pass_line"))
        form.addRow(tr("Grades of new checklists"), self.grades)
        form.addRow("", self._error("grades"))
        self.save_button = QPushButton(tr("&Save settings"))
        self.save_button.setObjectName("settingsSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + tr("Settings") + "</h2>"))
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def _error(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet("color: #b00020")
        label.hide()
        self.errors[name] = label
        return label

    def _with_button(self, edit: QLineEdit, slot: object) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(slot)
        row.addWidget(browse)
        return box

    def load(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.organisation.setText(s.organisation_name)
        self.logo.setText(s.logo_path)
        self.shopper.setText(s.shopper_name)
        self.reviewer.setText(s.reviewer_name)
        self.database.setText(s.default_database)
        self.backups.setText(str(s.backup_folder or ""))
        self.pass_line.setText(f"{s.default_pass_line:g}")
        self.grades.setText(s.default_grades)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Logo"), self.logo.text(), tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Database opened at start"), self.database.text(),
            "Service Auditor databases (*.sqlite *.db);;All files (*)",
        )  # fmt: skip
        if path:
            self.database.setText(path)

    def choose_backups(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.backups.text())
        if folder:
            self.backups.setText(folder)

    def problems(self) -> dict[str, str]:
        """What is wrong, by field; empty when everything may be saved."""
        found = {}
        logo = self.logo.text().strip()
        if logo:
            reader = QImageReader(logo)
            if not Path(logo).is_file():
                found["logo"] = tr("There is no file %1.").replace("%1", logo)
            elif not reader.canRead() or bytes(reader.format().data()).decode() not in (
                "png",
                "jpeg",
            ):
                found["logo"] = tr("%1 is not a PNG or JPEG image.").replace("%1", logo)
        database = self.database.text().strip()
        if database and "://" not in database and not Path(database).expanduser().is_file():
            found["database"] = tr("There is no database file %1.").replace("%1", database)
        backups = self.backups.text().strip()
        if backups and not Path(backups).expanduser().is_dir():
            found["backups"] = tr("%1 is not a folder.").replace("%1", backups)
        try:
            line = float(self.pass_line.text().strip().replace(",", "."))
        except ValueError:
            line = -1.0
        if not 0 <= line <= 100:
            found["pass_line"] = tr("The pass line is a percent from 0 to 100.")
        try:
            parse_grades(self.grades.text())
        except ValueError as exc:
            found["grades"] = tr("'%1' is not a percent from 0 to 100 and a grade name.").replace(
                "%1", str(exc)
            )
        return found

    def save(self) -> bool:
        found = self.problems()
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        if found:
            self.status.setText(tr("Nothing was saved: fix the fields marked in red."))
            return False
        s = self.settings
        language_changed = str(self.language.currentData()) != s.language
        s.language = str(self.language.currentData())
        s.organisation_name = self.organisation.text().strip()
        s.logo_path = self.logo.text().strip()
        s.shopper_name = self.shopper.text().strip()
        s.reviewer_name = self.reviewer.text().strip()
        s.default_database = self.database.text().strip()
        s.backup_folder = self.backups.text().strip()
        s.default_pass_line = float(self.pass_line.text().strip().replace(",", "."))
        s.default_grades = self.grades.text().strip()
        self.status.setText(tr("Settings saved."))
        self.message.emit(tr("Settings saved."))
        if language_changed:
            QMessageBox.information(
                self,
                tr("Interface language"),
                tr("The new language is used the next time Service Auditor starts."),
            )
        return True
