"""The first run: no database yet, so a welcome asks the language (and speaks it at once),
the user's name and role, and empty or demo; the first window follows in that language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor.paths import default_db_path
from tests.ui.typing import type_text
from ui.app import ensure_application, start_window
from ui.settings import Settings
from ui.welcome import WelcomeChoice, WelcomeDialog


@pytest.fixture
def app_language() -> Iterator[QApplication]:
    """Whatever language a test installs is gone after it."""
    app = ensure_application()
    before = set(app.findChildren(QTranslator))
    yield app
    for translator in app.findChildren(QTranslator):
        if translator not in before:
            app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    Settings().language = ""


def test_the_welcome_speaks_the_chosen_language_and_needs_a_name(
    qtbot: QtBot, app_language: QApplication
) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.text() == "Start"
    assert [label.text() for label in dialog.labels] == ["Language", "Your name", "Your role"]
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.start.text() == "Rozpocznij" and "Witamy" in dialog.windowTitle()
    assert dialog.labels[0].text() == "Język"
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight

    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.name_error.isVisible()
    type_text(dialog.name, "Ewa Nowak")
    dialog.role.setCurrentIndex(dialog.role.findData("reviewer"))
    dialog.empty.click()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.choice() == WelcomeChoice("pl", "Ewa Nowak", "reviewer", demo=False)


def test_the_first_window_follows_the_welcome_in_its_language_with_the_demo(
    qtbot: QtBot, app_language: QApplication
) -> None:
    assert not default_db_path().exists()
    window = start_window(ask=lambda: WelcomeChoice("pl", "Ewa Nowak", "reviewer", demo=True))
    assert window is not None and window.startup is not None
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Audyty"  # painted before the database opened
    with qtbot.waitSignal(window.startup.done, timeout=30_000):
        pass
    assert default_db_path().exists()
    assert Settings().language == "pl" and Settings().reviewer_name == "Ewa Nowak"
    assert window.nav.item(0).text() == "Audyty"
    audits = window.audits_page.model
    qtbot.waitUntil(lambda: audits.rowCount() > 1000, timeout=60_000)  # never a blank window
    window.close()


def test_closing_the_welcome_creates_nothing(qtbot: QtBot, app_language: QApplication) -> None:
    assert start_window(ask=lambda: None) is None
    assert not default_db_path().exists()
    assert Settings().language == ""
