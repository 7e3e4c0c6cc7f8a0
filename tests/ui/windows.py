"""The main window on a copy of the demo database, shown on the page a test drives."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.app import ensure_application, open_startup_database
from ui.main_window import MainWindow


def open_window(qtbot: QtBot, path: Path, size: tuple[int, int] = (1400, 900)) -> MainWindow:
    """The window on the database at `path`, shown."""
    ensure_application()
    window = MainWindow(open_startup_database(str(path)))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def demo_window(qtbot: QtBot, demo: Path, path: Path, page: str = "") -> MainWindow:
    """Copy the demo to `path`, open the window on it (1400 x 900) and go to the page named
    by its attribute (`review_page`, `actions_page`, …)."""
    shutil.copy(demo, path)
    window = open_window(qtbot, path)
    if page:
        widget: QWidget = getattr(window, page)
        window.nav.setCurrentRow(window.pages.indexOf(widget))
    return window


def damaged_copy(demo: Path, path: Path, monkeypatch: Any) -> list[str]:
    """A copy of the demo with a good backup, then damaged; the restore question is
    answered Yes and its text kept (the returned list)."""
    import os

    from PySide6.QtWidgets import QMessageBox

    from auditor.store import backups

    shutil.copy(demo, path)
    backups.backup_now(path)
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(16 * 4096))
    asked: list[str] = []

    def yes(box: QMessageBox) -> QMessageBox.StandardButton:
        # the question in words; what SQLite's check said only under Show Details
        said = box.detailedText().split(": ", 1)[-1]
        assert said and said not in box.text()
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", yes)
    return asked
