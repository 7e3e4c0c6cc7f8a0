"""The window says what an import warned about, in the window's language: the checklists
page's message after importing an XLSForm names the warning, its where-part (sheet, row) and
its text translated through the same catalogue as the command line's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.ui.windows import demo_window
from ui.app import ensure_application, install_translations

FORM = Path(__file__).resolve().parents[1] / "data" / "xlsform" / "repeat_staff.xlsx"
ENGLISH = "repeat 'staff' becomes a section answered once"


def _import_message(qtbot: QtBot, demo: Path, tmp_path: Path, language: str) -> str:
    from ui.settings import Settings

    app = ensure_application()
    saved = QLocale()
    Settings().language = language
    installed = install_translations(app, language)
    try:
        window = demo_window(qtbot, demo, tmp_path / "w.sqlite", "checklists_page")
        page = window.checklists_page
        messages: list[str] = []
        page.message.connect(messages.append)
        assert page.import_paths([FORM])
        assert "repeat_staff" in {r.name for r in page.rows}
        window.close()
        return messages[-1]
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(saved)


def test_the_import_message_names_the_warning_in_english(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    message = _import_message(qtbot, demo_db_file, tmp_path, "en")
    assert f"{FORM}, sheet survey, row 3: {ENGLISH}" in message, message


@pytest.mark.parametrize("language", ["pl"])
def test_the_import_message_names_the_warning_in_the_windows_language(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str
) -> None:
    """Needs the Polish catalogue to hold the warning's template (merged from /work/tr)."""
    message = _import_message(qtbot, demo_db_file, tmp_path, language)
    assert f"{FORM}, arkusz survey, wiersz 3: " in message, message
    assert ENGLISH not in message and "'staff'" in message, message
