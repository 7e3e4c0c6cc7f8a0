"""The window shows a core error in its own language: a diary event the core refuses, in a
window set to Polish or Hebrew, reads so (the gettext catalogue the command line uses), with no
stored key or English left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from auditor.errors import DatabaseRefused
from auditor.services import diaries
from ui.app import ensure_application, install_translations, open_startup_database
from ui.errors import error_details, error_text, show_error
from ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", "podaj organizację, która cię obsłużyła"),
        ("he", "ציינו את הארגון שנתן לכם שירות"),
    ],
)
def test_a_refused_diary_event_reads_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path, language: str, expected: str
) -> None:
    path = tmp_path / "diary.sqlite"
    db = open_startup_database(str(path))
    with db.session() as s:
        diaries.start_diary(s, "Jan Nowak", "Tydzień", date(2026, 11, 1), date(2026, 11, 7))
    db.close()
    app = ensure_application()
    before = QLocale()
    installed = install_translations(app, language)
    try:
        window = MainWindow(open_startup_database(str(path)))
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        window.nav.setCurrentRow(window.pages.indexOf(window.diaries_page))
        qtbot.waitExposed(window)
        page = window.diaries_page
        page.channel.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.channel)
        qtbot.keyClick(page.channel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        shown = page.error.text()
        page.grab().save(str(artifacts_dir / f"error_in_{language}.png"))
        assert shown == expected
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)


def test_a_failed_connection_shows_plain_words_and_keeps_the_drivers_text_aside() -> None:
    ensure_application()
    before = QLocale()
    QLocale.setDefault(QLocale("pl"))
    try:
        refused = DatabaseRefused(
            "the server at {host} cannot be reached: check the address, the network, and "
            "that the server is running",
            host="db.example.org:5432",
            details='connection failed: connection to server at "10.0.0.5", port 5432 failed',
        )
        assert error_text(refused) == (
            "nie można połączyć się z serwerem db.example.org:5432: sprawdź adres, sieć i czy "
            "serwer działa"
        )
        assert "10.0.0.5" in error_details(refused)
    finally:
        QLocale.setDefault(before)


def test_show_error_folds_the_drivers_text_into_details(monkeypatch: pytest.MonkeyPatch) -> None:
    ensure_application()
    seen: list[tuple[str, str, str]] = []

    def shown(box: QMessageBox) -> int:
        seen.append((box.windowTitle(), box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    refused = DatabaseRefused(
        "the server at {host} refused the user name or password",
        host="db.example.org",
        details='FATAL:  password authentication failed for user "ann"',
    )
    show_error(None, "Cannot open database", refused)
    assert seen == [(
        "Cannot open database",
        "the server at db.example.org refused the user name or password",
        'FATAL:  password authentication failed for user "ann"',
    )]  # fmt: skip


def test_a_connection_lost_during_a_job_is_named_in_plain_words() -> None:
    """A job meets SQLAlchemy's OperationalError (not the core's): the window still says
    which server and what to check, the driver's text only in the details."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    lost = OperationalError(
        "SELECT 1",
        {},
        Exception(
            'connection failed: connection to server at "db.example.org" (10.0.0.5), port '
            "5432 failed: Connection refused"
        ),
    )
    assert error_text(lost) == (
        "the server at db.example.org:5432 cannot be reached: check the address, the "
        "network, and that the server is running"
    )
    assert "10.0.0.5" in error_details(lost)
    bug = ProgrammingError("SELECT nothing", {}, Exception("relation does not exist"))
    assert error_text(bug) == "An unexpected error stopped this (ProgrammingError)."
    assert "relation does not exist" in error_details(bug)
