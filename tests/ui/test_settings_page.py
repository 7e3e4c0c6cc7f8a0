"""The Settings page: what is typed is checked beside its field and saved together; the
choices take effect where they are used (report header, backups, the database at start)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from auditor.store import backups
from tests.ui.typing import type_text
from ui.app import ensure_application, open_startup_database
from ui.main_window import MainWindow
from ui.settings import Settings


def _type(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    type_text(edit, text)  # type: ignore[arg-type]


def test_bad_fields_are_named_and_nothing_is_saved_until_fixed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts_dir: Path
) -> None:
    ensure_application()
    db_path = tmp_path / "desk.sqlite"
    window = MainWindow(open_startup_database(str(db_path)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.settings_page
    before = (Settings().organisation_name, Settings().reviewer_name)
    window.nav.setCurrentRow(window.pages.indexOf(page))
    assert window.pages.currentWidget() is page

    not_image = tmp_path / "logo.png"
    not_image.write_text("this is not a picture")
    _type(qtbot, page.organisation, "Baltic Savings Bank (settings test)")
    _type(qtbot, page.logo, str(not_image))
    _type(qtbot, page.backups, str(tmp_path / "no-such-folder"))
    _type(qtbot, page.reviewer, "Ewa Settings")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors["logo"].isVisible()
    assert page.errors["logo"].text() == f"{not_image} is not a PNG or JPEG image."
    assert page.errors["backups"].text() == f"{tmp_path / 'no-such-folder'} is not a folder."
    assert not page.errors["database"].isVisible()
    assert (Settings().organisation_name, Settings().reviewer_name) == before  # not saved
    assert page.organisation.text() == "Baltic Savings Bank (settings test)"  # typed, kept
    page.grab().save(str(artifacts_dir / "settings-errors.png"))

    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    logo = tmp_path / "real-logo.png"
    image.save(str(logo))
    folder = tmp_path / "safe"
    folder.mkdir()
    _type(qtbot, page.logo, str(logo))
    _type(qtbot, page.backups, str(folder))
    _type(qtbot, page.database, str(db_path))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    page.language.setCurrentIndex(page.language.findData("pl"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not any(label.isVisible() for label in page.errors.values())
    saved = Settings()
    assert saved.organisation_name == "Baltic Savings Bank (settings test)"
    assert saved.logo_path == str(logo) and saved.reviewer_name == "Ewa Settings"
    assert saved.language == "pl" and saved.default_database == str(db_path)
    assert told == ["The new language is used the next time Service Auditor starts."]
    # they take effect: the report header, and backups go to the chosen folder
    options = saved.report_options()
    assert options.organisation == "Baltic Savings Bank (settings test)" and options.logo == logo
    window.backup_action.trigger()
    taken = backups.list_backups(db_path, folder)
    assert len(taken) == 1 and taken[0].path.parent.parent == folder
    window.close()
    # QSettings outlive a test in this process: leave them as the rest of the run expects
    saved.language, saved.default_database, saved.backup_folder = "", "", ""
    saved.organisation_name, saved.reviewer_name = before
    saved.logo_path = ""
