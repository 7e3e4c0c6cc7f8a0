"""The Diaries page driven like a diarist: twenty events typed in, the summary equals the
engine's, filters, a Hebrew screenshot, and the diary's PDF report from its button."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from auditor.services import diaries
from auditor.services.audits import AuditFilter
from auditor.services.measures import diary_measure
from tests.ui.typing import type_text
from ui.app import ensure_application, open_startup_database
from ui.direction import layout_direction_for
from ui.main_window import MainWindow

ORGS = ["Telco Plus", "Apteka Zdrowie", "Банка ДСК", "קופת חולים"]


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    ensure_application()
    window = MainWindow(open_startup_database(str(path)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.nav.setCurrentRow(window.pages.indexOf(window.diaries_page))
    qtbot.waitExposed(window)
    return window


def _press(
    qtbot: QtBot, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, mod)


def _type(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    type_text(target, text)


def test_twenty_events_by_keyboard_and_the_summary_matches_the_engine(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts_dir: Path
) -> None:
    path = tmp_path / "diary.sqlite"
    db = open_startup_database(str(path))
    with db.session() as s:
        diary_id = diaries.start_diary(
            s, "Dana Levi", "Two weeks of service", date(2026, 11, 1), date(2026, 11, 14)
        )
    db.close()
    window = _window(qtbot, path)
    page = window.diaries_page
    assert page.diary.currentData() == str(diary_id)

    saved: list[str] = []
    page.event_saved.connect(saved.append)
    page.channel.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.channel)
    for i in range(20):
        assert QApplication.focusWidget() is page.channel
        _press(qtbot, Qt.Key.Key_Home)  # the channel stays from the last event: start over
        for _ in range(i % 3):  # in person, phone or e-mail
            _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Tab)
        _type(ORGS[i % 4])
        _press(qtbot, Qt.Key.Key_Tab)
        _type(f"Event {i + 1}: waited, then got help")
        _press(qtbot, Qt.Key.Key_Tab)
        _type(str(3 + i % 4))  # expectation
        _press(qtbot, Qt.Key.Key_Tab)
        _type(str(1 + i % 7))  # experience
        _press(qtbot, Qt.Key.Key_Tab)
        _type(str(1 + i % 5))  # satisfaction
        _press(qtbot, Qt.Key.Key_Tab)
        _type("annoyed" if i % 2 else "pleased")
        _press(qtbot, Qt.Key.Key_Tab)
        for _ in range(i % 8):  # the criteria list: move down, Space ticks
            _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Space)
        _press(qtbot, Qt.Key.Key_Tab)
        if i % 5 == 0:
            _press(qtbot, Qt.Key.Key_Down)  # would recommend
        elif i % 5 == 1:
            _press(qtbot, Qt.Key.Key_Down)
            _press(qtbot, Qt.Key.Key_Down)  # would warn
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert page.error.text() == ""
    qtbot.waitUntil(lambda: len(saved) == 20, timeout=10_000)

    with window.db.session() as s:
        engine = diary_measure(s, AuditFilter(diary=str(diary_id)))
    assert engine["n"] == 20
    assert engine["events_per_channel"] == {"email": 6, "in_person": 7, "phone": 7}
    assert page.summary == engine
    expected = sum(3 + i % 4 for i in range(20)) / 20
    assert engine["overall"]["expectation"] == pytest.approx(expected, abs=1e-4)
    assert engine["recommend_percent"] == pytest.approx(20.0)
    assert engine["warn_percent"] == pytest.approx(20.0)
    head = page.summary_head.text()
    assert head.startswith("20 events") and f"expected {expected:.2f}" in head
    assert page.timeline.rowCount() == 20
    assert page.timeline.item(0, 6).text() == "Event 20: waited, then got help"
    assert page.by_criterion.rowCount() == 8

    page.filter_channel.setCurrentIndex(page.filter_channel.findData("phone"))
    assert page.timeline.rowCount() == 7
    page.filter_text.setText("банка")
    assert page.timeline.rowCount() == len([i for i in range(20) if i % 3 == 1 and i % 4 == 2])

    page.filter_channel.setCurrentIndex(0)
    page.filter_text.clear()
    window.setLayoutDirection(layout_direction_for("he"))
    window.grab().save(str(artifacts_dir / "diary-he.png"))
    window.setLayoutDirection(layout_direction_for("en"))
    window.grab().save(str(artifacts_dir / "diary-en.png"))

    out = tmp_path / "diary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and out.exists(), timeout=30_000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Telco Plus" in text and "Банка ДСК" in text
    window.close()


def test_a_bad_event_is_refused_with_the_field_named(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite"
    db = open_startup_database(str(path))
    with db.session() as s:
        diaries.start_diary(s, "Jan Nowak", "Tydzień", date(2026, 11, 1), date(2026, 11, 7))
    db.close()
    window = _window(qtbot, path)
    page = window.diaries_page
    page.channel.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.channel)
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "organisation" in page.error.text()
    page.writer.flush()  # type: ignore[union-attr]
    assert page.timeline.rowCount() == 0
    window.close()
