"""About: the version, and the licence of every library and font the app ships with (their
terms travel with the bundle, so a user can read them here)."""

from __future__ import annotations

import importlib.metadata as metadata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from auditor import __version__
from auditor.paths import resources_dir
from ui.app import app_icon
from ui.direction import isolate

LIBRARIES = (
    "PySide6", "SQLAlchemy", "alembic", "reportlab", "openpyxl", "platformdirs", "psycopg",
    "jsonschema", "krippendorff", "numpy", "python-bidi", "lxml", "cryptography", "keyring",
    "pyxform", "Babel",
)  # fmt: skip
LICENCE_FILES = ("LICENSE", "LICENCE", "COPYING", "NOTICE")
# packages whose metadata names no licence, only ships its text: the name that text is
STATED = {"pyxform": "BSD-2-Clause"}


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # the short name (an SPDX expression where the package gives one)
    text: str  # the licence's text where the package ships it


def _licence_name(meta: metadata.PackageMetadata) -> str:
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]  # fmt: skip
    if classifiers:
        return "; ".join(classifiers)
    licence = str((meta.get_all("License") or [""])[0])
    if licence:
        return licence.splitlines()[0]
    return STATED.get(str((meta.get_all("Name") or [""])[0]).lower(), "")


def components() -> list[Component]:
    """What the app is made of, with their licences, read from the installed packages."""
    out = []
    for name in LIBRARIES:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        texts = []
        for file in dist.files or []:
            if file.name.upper().startswith(LICENCE_FILES) and "dist-info" in str(file):
                try:
                    texts.append(file.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError):
                    continue
        licence = _licence_name(dist.metadata)
        out.append(Component(name, dist.version, licence, "\n\n".join(texts) or licence))
    font_licence = resources_dir() / "fonts" / "LICENSE-DejaVu.txt"
    if font_licence.exists():
        out.append(Component("DejaVu fonts", "", "Bitstream Vera / DejaVu (free)",
                             font_licence.read_text(encoding="utf-8")))  # fmt: skip
    return out


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(tr("About Service Auditor"))
        self.setWindowIcon(app_icon())
        self.resize(820, 560)
        self.parts = components()
        # the name is Latin: its line takes the window's direction, not its own (else it sits
        # on the left above right-to-left Hebrew)
        side = "rtl" if self.isRightToLeft() else "ltr"
        heading = QLabel(
            f"<h2 dir='{side}'>Service Auditor {__version__}</h2>"
            + tr("Offline-first service-quality audits. Free software; it is built on the "
                 "libraries and fonts below, each under its own licence.")
        )  # fmt: skip
        heading.setWordWrap(True)
        from auditor.exchange import keys

        # what the office compares, read aloud, before it trusts this laptop's packages
        self.key_code = QLabel(
            tr("This laptop's signing key: %1").replace(
                "%1", f"<b>{isolate(keys.fingerprint(keys.load_or_create().public_text))}</b>"
            )
        )
        self.key_code.setObjectName("aboutKeyCode")
        self.table = QTableWidget(len(self.parts), 3)
        self.table.setObjectName("aboutComponents")
        self.table.setHorizontalHeaderLabels([tr("Component"), tr("Version"), tr("Licence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, part in enumerate(self.parts):
            for column, text in enumerate((part.name, part.version, part.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.text = QTextBrowser()
        self.text.setObjectName("aboutLicence")
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # licences are English
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.key_code)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        if self.parts:
            self.table.setCurrentCell(0, 0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.parts):
            self.text.setPlainText(self.parts[row].text)
