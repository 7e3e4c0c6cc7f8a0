"""The first run: on a machine with no database yet, a welcome that asks the language (the
dialog switches to it at once), your name and role, and whether to start empty or with a
year of demo data, so the first window is never blank and never in the wrong language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from auditor.labels import LANGUAGE_NAMES, LANGUAGES
from ui.settings import ROLES, Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


@dataclass(frozen=True)
class WelcomeChoice:
    language: str
    name: str
    role: str  # shopper, reviewer or manager
    demo: bool


def remember(choice: WelcomeChoice, settings: Settings) -> None:
    """What the welcome asked, kept as the settings the rest of the app reads (the role
    shapes what the window offers: a shopper is offered no decisions, no manager menus)."""
    settings.language = choice.language
    settings.role = choice.role
    if choice.role == "shopper":
        settings.shopper_name = choice.name
    else:
        settings.reviewer_name = choice.name


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setMinimumWidth(520)
        self.installed: list[object] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        current = Settings().interface_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.name = QLineEdit()
        self.name.setObjectName("welcomeName")
        self.name_error = QLabel()
        self.name_error.setObjectName("welcomeNameError")
        self.name_error.setStyleSheet("color: #b00020;")
        self.name_error.hide()
        self.role = QComboBox()
        self.role.setObjectName("welcomeRole")
        self.empty = QRadioButton()
        self.empty.setObjectName("welcomeEmpty")
        self.demo = QRadioButton()
        self.demo.setObjectName("welcomeDemo")
        self.demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        self.start = QPushButton()
        self.start.setObjectName("welcomeStart")
        self.start.setDefault(True)
        self.start.clicked.connect(self.try_accept)
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.labels[0].setBuddy(self.language)
        self.labels[1].setBuddy(self.name)
        self.labels[2].setBuddy(self.role)
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], self.name)
        self.form.addRow("", self.name_error)
        self.form.addRow(self.labels[2], self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(self.start)
        self._language_changed()

    def _language_changed(self) -> None:
        """Speak the chosen language from now on, this dialog included."""
        from ui.app import install_translations

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for translator in self.installed:
            app.removeTranslator(translator)  # type: ignore[arg-type]
        self.installed = list(install_translations(app, self.chosen_language()))
        self.setLayoutDirection(app.layoutDirection())
        self.retranslate()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Welcome to Service Auditor"))
        self.heading.setText(
            "<h2>" + tr("Welcome to Service Auditor") + "</h2>"
            + tr("Service-quality audits on this computer, with or without a network.")
        )  # fmt: skip
        for label, text in zip(
            self.labels, (tr("Language"), tr("Your name"), tr("Your role")), strict=True
        ):
            label.setText(text)
        self.name.setPlaceholderText(tr("as it should appear on audits and reviews"))
        role = self.role.currentIndex()
        self.role.clear()
        names = {"shopper": tr("Mystery shopper or auditor"), "reviewer": tr("Reviewer"),
                 "manager": tr("Quality manager")}  # fmt: skip
        for code in ROLES:
            self.role.addItem(names[code], code)
        self.role.setCurrentIndex(max(0, role))
        self.empty.setText(tr("Start with an empty database"))
        self.demo.setText(tr("Start with a year of demo data to look around"))
        self.start.setText(tr("Start"))
        if self.name_error.isVisible():
            self.name_error.setText(tr("Say who you are: your name goes on what you record."))

    def try_accept(self) -> bool:
        if not self.name.text().strip():
            self.name_error.setText(tr("Say who you are: your name goes on what you record."))
            self.name_error.show()
            self.name.setFocus()
            return False
        self.accept()
        return True

    def choice(self) -> WelcomeChoice:
        return WelcomeChoice(
            language=self.chosen_language(),
            name=self.name.text().strip(),
            role=str(self.role.currentData()),
            demo=self.demo.isChecked(),
        )
