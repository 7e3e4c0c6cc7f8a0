"""Start-up as a user sees it: the window on screen before the database opens, the audit list
filled right after from the background, and a damaged or foreign file handled as before."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from auditor.store import backups
from tests.ui.windows import damaged_copy
from ui.app import ensure_application, start_window
from ui.models.audit_table import BLOCK
from ui.pages.audits import AuditsPage


def _started(qtbot: QtBot, path: Path):  # type: ignore[no-untyped-def]
    ensure_application()
    window = start_window(str(path))
    assert window is not None and window.startup is not None
    qtbot.addWidget(window)
    return window


def test_the_window_paints_first_and_lists_the_audits_after(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, path)
    previews: list[tuple[int, bool, bool]] = []
    real_preview = AuditsPage.preview

    def preview(page: AuditsPage, *args: Any) -> None:
        real_preview(page, *args)
        previews.append((page.model.rowCount(), page.search.isEnabled(), page.db is None))

    monkeypatch.setattr(AuditsPage, "preview", preview)
    window = _started(qtbot, path)
    assert window.isVisible() and not window.complete  # shown before anything is read
    assert window.findChild(QTableView, "auditTable") is None
    assert not window.nav.isEnabled()  # nothing to choose until the database is open
    assert window.statusBar().currentMessage() == "Opening the database…"
    with qtbot.waitSignal(window.startup.done, timeout=30_000):
        pass
    page = window.audits_page
    assert window.nav.isEnabled() and window.db.path == path
    with closing(sqlite3.connect(path)) as con:
        audits = con.execute("SELECT count(*) FROM audits").fetchone()[0]
    assert page.model.rowCount() == audits > 5 * BLOCK  # every audit listed
    assert page.model.loaded_rows() == BLOCK  # the rest read as they are scrolled to
    page.table.scrollToBottom()
    qtbot.wait(50)
    last = page.model.index(audits - 1, 1)
    assert page.table.visualRect(last).isValid() and page.model.data(last)
    assert page.model.loaded_rows() == BLOCK + audits % BLOCK  # the first and the last block
    assert "Today's backup was taken." in window.statusBar().currentMessage()
    assert backups.list_backups(path)
    window.close()


def test_a_damaged_file_is_checked_and_offers_its_backup_at_start(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "damaged.sqlite"
    asked = damaged_copy(demo_db_file, path, monkeypatch)
    window = _started(qtbot, path)
    with qtbot.waitSignal(window.startup.done, timeout=30_000):
        pass
    assert asked and "failed its check" in asked[0]
    assert backups.quick_check(path) is None
    assert window.audits_page.model.rowCount() > 0
    window.close()


def test_a_foreign_file_is_refused_with_its_reason_and_the_app_exits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window = _started(qtbot, junk)
    with qtbot.waitSignal(window.startup.failed, timeout=30_000):
        pass
    assert shown and str(junk) in shown[0] and "not an SQLite file" in shown[0]
    assert not window.isVisible()
    assert junk.read_bytes() == b"\xff\xd8\xff\xe0 not a database"


def test_the_first_paint_needs_no_database_library() -> None:
    """What the window imports before it paints: Qt and our light modules, no SQLAlchemy,
    no ReportLab (those load after the paint, off the UI thread)."""
    code = (
        "import sys\n"
        "from ui.app import ensure_application\n"
        "from ui.main_window import MainWindow\n"
        "app = ensure_application()\n"
        "window = MainWindow(None)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "libs = ('sqlalchemy', 'reportlab', 'openpyxl', 'babel')\n"
        "heavy = [m for m in libs if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""
