"""The bundle's finish: an About dialog naming the version and every shipped library's and
font's licence (with its text), the application icon, and a valid Linux desktop entry."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from auditor import __version__
from auditor.paths import resources_dir
from tests.ui.windows import demo_window
from ui.about import LIBRARIES, AboutDialog
from ui.app import ensure_application

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_about_names_the_version_and_every_licence(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window = demo_window(qtbot, demo_db_file, tmp_path / "demo.sqlite")
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if "About" in a.text())
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(f"Service Auditor {__version__}" in t for t in texts), texts
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert set(LIBRARIES) <= set(names) and "DejaVu fonts" in names
    for row in range(dialog.table.rowCount()):
        assert dialog.table.item(row, 2).text(), names[row]  # every licence named
    dialog.table.setCurrentCell(names.index("DejaVu fonts"), 0)
    assert "DejaVu" in dialog.text.toPlainText() and "Bitstream" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(names.index("SQLAlchemy"), 0)
    assert "Permission is hereby granted" in dialog.text.toPlainText()  # MIT, in full
    dialog.grab().save(str(ARTIFACTS / "about-en.png"))
    assert not ensure_application().windowIcon().isNull()


def test_the_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(resources_dir() / "service-auditor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "service-auditor"
    assert desktop["Icon"] == "service-auditor" and desktop["Terminal"] == "false"
    assert (resources_dir() / "icons" / f"{desktop['Icon']}.svg").exists()
    assert desktop["Name"] == "Service Auditor" and "GenericName[he]" in desktop


def test_selfcheck_starts_the_window_in_hebrew_and_writes_a_pdf(
    demo_db_file: Path, tmp_path: Path
) -> None:
    """What the bundle check runs against the built bundle, here against the source."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, db)
    out = tmp_path / "check.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "selfcheck", "--lang", "he", "--db", str(db),
         "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "window ok in he" in done.stdout and "mirrored" in done.stdout
    assert len(PdfReader(str(out)).pages) >= 2
