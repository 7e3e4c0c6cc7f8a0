"""File > Restore from backup…: this database's backups, newest first, and a confirmation."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from auditor.store.backups import Backup
from ui import formats
from ui.direction import isolate


def _size(size: int) -> str:
    """In the reader's units and digits (Qt's own translations: "MB", "МБ", ...)."""
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(
        max(size, 1024), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _breakable(path: Path) -> str:
    """A folder's path that wraps after any separator: one long word is cut at the edge."""
    return isolate(str(path)).replace(os.sep, os.sep + "\u200b")


class RestoreDialog(QDialog):
    def __init__(self, found: list[Backup], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        kinds = {
            "daily": self.tr("daily"),
            "weekly": self.tr("weekly"),
            "manual": self.tr("taken by hand"),
            "before-restore": self.tr("before a restore"),
        }
        self.list = QListWidget()
        self.list.setObjectName("backups")
        for backup in found:
            text = (
                self.tr("%1 — %2, %3")
                .replace("%1", formats.date_time(backup.taken_at))
                .replace("%2", kinds.get(backup.kind, backup.kind))
                .replace("%3", _size(backup.size))
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setEnabled(bool(found))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Backups in %1").replace("%1", _breakable(folder)))
        where.setWordWrap(True)
        layout.addWidget(where)
        if not found:
            layout.addWidget(QLabel(self.tr("There are no backups of this database yet.")))
        layout.addWidget(self.list)
        note = QLabel(
            self.tr(
                "The database's current state is kept as a backup of its own before it is replaced."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace the database with the backup of %1?").replace("%1", item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()
