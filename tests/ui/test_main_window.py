"""The main window driven like a user: sort, filter, open databases, load demo data."""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.services import scoring
from auditor.services.scoring import compute_audit_score
from auditor.store.db import open_database
from auditor.store.models import Audit
from tests.ui.typing import type_text
from ui.app import ensure_application, install_translations, open_startup_database
from ui.main_window import MainWindow
from ui.models.audit_table import COLUMNS, ROW_ROLE
from ui.settings import Settings


@pytest.fixture
def demo_copy(demo_db_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, target)
    return target


def _window(qtbot: QtBot, target: Path) -> MainWindow:
    ensure_application()
    window = MainWindow(open_startup_database(str(target)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _column(window: MainWindow, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = window.audits_page.model
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_window_lists_demo_audits_and_sorts(qtbot: QtBot, demo_copy: Path) -> None:
    window = _window(qtbot, demo_copy)
    page = window.audits_page
    assert page.model.rowCount() >= 1000
    assert page.model.loaded_rows() < page.model.rowCount()  # the rest when scrolled to
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Audits",
        "Review",
        "Reports",
        "Diaries",
        "Actions",
        "Dashboard",
        "Checklists",
        "Standards",
        "Settings",
    ]
    dates = [row.visited_at for row in _column(window, 0, ROW_ROLE)]
    assert dates == sorted(dates, reverse=True)  # newest first by default

    header = page.table.horizontalHeader()
    location_x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + type(header.rect().topLeft())(location_x, 5),
    )
    locations = [row.location.casefold() for row in _column(window, 1, ROW_ROLE)]
    assert locations == sorted(locations) or locations == sorted(locations, reverse=True)
    assert len(set(locations)) >= 20
    assert len(locations) == page.model.rowCount() >= 1000  # every block read in its order


def test_filter_by_text_and_status(qtbot: QtBot, demo_copy: Path) -> None:
    window = _window(qtbot, demo_copy)
    page = window.audits_page
    total = page.model.rowCount()
    type_text(page.search, "KRAKÓW")  # folded, not only ASCII letters
    kept = _column(window, 1)
    assert 0 < len(kept) < total
    assert all("Kraków" in name for name in kept)
    number = QLocale().toString
    assert page.count.text() == f"{number(len(kept))} of {number(total)} audits"

    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("returned"))
    statuses = set(_column(window, 4))
    assert statuses == {"Returned"}

    page.status.setCurrentIndex(0)
    type_text(page.search, "נועה")  # a Hebrew shopper name
    shoppers = set(_column(window, 3))
    assert shoppers == {"נועה לוי"}


def test_open_database_through_file_menu(
    qtbot: QtBot, tmp_path: Path, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path / "empty.sqlite")
    assert window.audits_page.model.rowCount() == 0
    assert window.audits_page.stack.currentWidget() is window.audits_page.empty
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_copy), ""))
    window.open_action.trigger()
    assert window.db.path == demo_copy
    assert window.audits_page.model.rowCount() >= 1000
    assert str(demo_copy) in window.settings.recent_databases[0]

    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert str(demo_copy) in labels and str(tmp_path / "empty.sqlite") in labels


def test_opening_a_bad_file_keeps_the_current_database(
    qtbot: QtBot, tmp_path: Path, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, demo_copy)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    window.open_action.trigger()
    assert shown and str(junk) in shown[0]
    assert window.db.path == demo_copy
    assert junk.read_bytes() == b"\xff\xd8\xff\xe0 not a database"


def test_a_recent_database_that_has_gone_is_not_made_again(
    qtbot: QtBot, tmp_path: Path, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, demo_copy)
    gone = tmp_path / "moved" / "old.sqlite"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert not window.switch_to(str(gone))  # what File > Open recent does
    assert shown and f"no database at {gone}" in shown[0]
    assert not gone.parent.exists() and window.db.path == demo_copy


def test_new_database_then_demo_data_one_click(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path / "first.sqlite")
    new_path = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new_path), ""))
    window.new_action.trigger()
    assert window.db.path == new_path
    page = window.audits_page
    assert page.demo_button.isVisible()
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    assert page.model.rowCount() >= 1000
    assert page.stack.currentWidget() is page.table


def test_cancelled_demo_leaves_database_empty(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "cancel.sqlite"
    window = _window(qtbot, path)
    page = window.audits_page
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    assert page.model.rowCount() == 0
    db = open_database(path)
    with db.session() as s:
        from sqlalchemy import func, select

        from auditor.store.models import Audit, Organisation

        assert s.scalar(select(func.count(Audit.id))) == 0
        assert s.scalar(select(func.count(Organisation.id))) == 0
    db.close()


def test_screenshot_of_audits_page(qtbot: QtBot, demo_copy: Path, artifacts_dir: Path) -> None:
    window = _window(qtbot, demo_copy)
    window.resize(1280, 800)
    image = window.grab()
    assert image.width() >= 1000
    assert image.save(str(artifacts_dir / "main-window-audits.png"))


def test_pdf_report_of_the_selected_audit(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    window = _window(qtbot, demo_copy)
    page = window.audits_page
    target = tmp_path / "one.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    messages: list[str] = []
    page.message.connect(messages.append)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert messages == ["Select an audit first."]
    first = page.table.visualRect(page.model.index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    row = page.model.row_at(0)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and target.exists(), timeout=60_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    assert row.location in text
    assert messages[-1].startswith("Report written")

    # the same row's location report, from its own button
    location_pdf = tmp_path / "location.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(location_pdf), ""))
    qtbot.mouseClick(page.location_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and location_pdf.exists(), timeout=60_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(location_pdf)).pages)
    assert row.location in text and "Location report" in text


def _count(path: Path, where: str = "1") -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"select count(*) from audits where {where}").fetchone()[0])


def test_recompute_all_scores_from_the_tools_menu(qtbot: QtBot, demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:  # scores gone out of date, as after a rules change
        conn.execute("update audits set score = 1.0, grade = 'stale'")
    window = _window(qtbot, demo_copy)
    assert "1.0%" in _column(window, 5)  # the locale's percentage (English: no space)
    window.rescore_action.trigger()
    assert window.statusBar().currentMessage() == "Recomputing scores…"
    assert window.job_progress.bar.isVisible() and window.job_progress.cancel_button.isVisible()
    assert not window.rescore_action.isEnabled()
    qtbot.waitUntil(lambda: window.rescore_job is None, timeout=60_000)
    assert not window.job_progress.isVisible() and window.rescore_action.isEnabled()
    assert _count(demo_copy, "grade = 'stale'") == 0
    assert (
        f"Scores recomputed for {_count(demo_copy)} audits." in window.statusBar().currentMessage()
    )
    with window.db.session() as s:
        audits = s.scalars(select(Audit).where(Audit.score.is_not(None)).limit(20)).all()
        assert audits
        for audit in audits:
            assert audit.score == pytest.approx(compute_audit_score(s, audit.id).score)
    assert "1.0%" not in _column(window, 5)  # the list shows the new scores


def test_cancelled_recompute_changes_no_score(
    qtbot: QtBot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("update audits set grade = 'stale'")
    real = scoring.recompute_scores

    def held(session: Session, **kwargs: Any) -> int:
        """The real recompute, started only once Cancel was clicked, so the click always
        lands while it runs."""
        cancelled = kwargs["cancelled"]
        deadline = time.monotonic() + 30
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(session, **kwargs)

    monkeypatch.setattr(scoring, "recompute_scores", held)
    window = _window(qtbot, demo_copy)
    window.rescore_action.trigger()
    qtbot.mouseClick(window.job_progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.rescore_job is None, timeout=60_000)
    assert "cancelled" in window.statusBar().currentMessage()
    # the transaction was rolled back: nothing half-done
    assert _count(demo_copy, "grade = 'stale'") == _count(demo_copy)


def test_the_interface_in_hebrew(qtbot: QtBot, demo_copy: Path, artifacts_dir: Path) -> None:
    """The shipped Hebrew translation (compiled by set-up) loads, and the window reads Hebrew
    from right to left: menus, navigation, table headers, status bar."""
    app = ensure_application()
    Settings().language = "he"  # what the settings page will set; the system's otherwise
    installed = install_translations(app, Settings().interface_language())
    try:
        assert any(t.filePath().endswith("service_auditor_he.qm") for t in installed), (
            "resources/translations/service_auditor_he.qm is missing: run the set-up"
        )
        window = _window(qtbot, demo_copy)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["קובץ (&F)", "כלים (&T)", "עזרה (&H)"]
        assert window.nav.item(0).text() == "ביקורות"
        model = window.audits_page.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "תאריך ביקור"
        # checklists are listed by their Hebrew titles where they have one
        assert "קונה סמוי: ביקור בסניף או בחנות (v1)" in _column(window, 2)
        assert window.reports_page.language.currentData() == "he"
        # diary gaps keep their sign in front ("-1.18", not "1.18-"), arrows point the Hebrew way
        diaries = window.diaries_page
        row = diaries.by_criterion
        assert row.rowCount() > 0
        assert row.item(0, 3).text().startswith("\u2066")
        assert " ← " in row.item(0, 2).text()
        # a path and a score keep their own order inside right-to-left text
        assert window.statusBar().currentMessage() == f"מסד נתונים: \u2068{demo_copy}\u2069"
        score = next(s for s in _column(window, 5) if s)
        assert score.startswith("\u2066") and score.endswith("%\u2069")
        window.resize(1280, 800)
        assert window.grab().save(str(artifacts_dir / "main-window-he.png"))
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        Settings().language = ""  # Qt may keep one settings file for the whole run


@pytest.mark.parametrize("language", ["en", "he", "pl", "sl", "bg"])
def test_every_page_is_built_and_shown_in_english_and_hebrew(
    qtbot: QtBot, demo_copy: Path, artifacts_dir: Path, language: str
) -> None:
    """Each page of the navigation on the demo, as a screenshot to look at; in Hebrew the
    navigation and every page title read Hebrew, mirrored."""
    app = ensure_application()
    Settings().language = language
    installed = install_translations(app, Settings().interface_language())
    try:
        window = _window(qtbot, demo_copy)
        window.resize(1400, 900)
        names = [window.nav.item(i).text() for i in range(window.nav.count())]
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            page = window.pages.currentWidget()
            if page is window.dashboard_page:
                qtbot.waitUntil(lambda: window.dashboard_page.view is not None, timeout=20_000)
            qtbot.wait(150)
            slug = type(page).__name__.removesuffix("Page").lower()
            assert window.grab().save(str(artifacts_dir / f"page-{slug}-{language}.png"))
        if language == "he":
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert not [n for n in names if any("a" <= c.lower() <= "z" for c in n)], names
            assert window.dashboard_page.trend.title() == "מגמת הציון לפי חודש"
            assert window.checklists_page.edit_button.text() == "עריכה…"
        if language == "pl":  # Polish for the whole window, in the domain's words
            assert names[:4] == ["Audyty", "Weryfikacja", "Raporty", "Dzienniki"]
            assert window.dashboard_page.trend.title() == "Trend wyniku według miesięcy"
            assert window.checklists_page.edit_button.text() == "Edytuj…"
            menus = [a.text() for a in window.menuBar().actions()]
            assert menus == ["&Plik", "&Narzędzia", "Pomo&c"]
        if language == "sl":
            assert names[:4] == ["Presoje", "Pregled", "Poročila", "Dnevniki"]
            assert window.actions_page.findChild(QWidget) is not None
            assert [a.text() for a in window.menuBar().actions()] == [
                "&Datoteka",
                "&Orodja",
                "Po&moč",
            ]
        if language == "bg":
            assert names[:4] == ["Одити", "Преглед", "Отчети", "Дневници"]
            assert [a.text() for a in window.menuBar().actions()] == [
                "&Файл",
                "&Инструменти",
                "По&мощ",
            ]
        if language != "en":  # no English left in the navigation
            english = {"Audits", "Review", "Reports", "Diaries", "Actions", "Dashboard",
                       "Checklists", "Standards", "Settings"}  # fmt: skip
            assert not english & set(names), names
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        Settings().language = ""


DATES = {  # QLocale's short date and time of each language
    "en": r"\d{1,2}/\d{1,2}/\d{2},? \d{1,2}:\d{2}\s[AP]M",
    "pl": r"\d{1,2}\.\d{2}\.\d{4},? \d{2}:\d{2}",
    "sl": r"\d{1,2}\. \d{1,2}\. \d{4},? \d{2}:\d{2}",
    "bg": r"\d{1,2}\.\d{2}\.\d{2}\sг\.,? \d{1,2}:\d{2}",
    "he": r"\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d{2}",
}
PERCENT = {"en": r"\d+\.\d%", "pl": r"\d+,\d%", "sl": "\\d+,\\d\u00a0%", "bg": r"\d+,\d%",
           "he": r"\d+\.\d%"}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "he", "pl", "sl", "bg"])
def test_the_audit_list_writes_dates_and_scores_as_the_language_does(
    qtbot: QtBot, demo_copy: Path, language: str
) -> None:
    app = ensure_application()
    installed = install_translations(app, language)
    try:
        window = _window(qtbot, demo_copy)
        model = window.audits_page.model
        columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(
            model.columnCount())]  # fmt: skip
        assert model.rowCount() > 0
        date_text = model.data(model.index(0, 0)).strip("\u2066\u2069")
        score_column = COLUMNS.index("score")
        scored = next(model.data(model.index(r, score_column)) for r in range(model.rowCount())
                      if model.data(model.index(r, score_column)))  # fmt: skip
        assert re.fullmatch(DATES[language], date_text), (language, date_text, columns)
        assert re.fullmatch(PERCENT[language], scored.strip("\u2066\u2069\u200e\u200f")), (
            language, scored)  # fmt: skip
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_role_the_welcome_asked_shapes_what_the_window_offers(
    qtbot: QtBot, demo_copy: Path
) -> None:
    """A shopper's laptop offers her audits, diaries and settings: no Accept or Return, no
    review queue, no manager pages or Tools menu. A reviewer or manager sees them all."""
    from ui.welcome import WelcomeChoice, remember

    ensure_application()  # the settings' file is the application's
    remember(WelcomeChoice("en", "Anna Kowalska", "shopper", demo=False), Settings())
    assert Settings().role == "shopper" and Settings().shopper_name == "Anna Kowalska"
    window = _window(qtbot, demo_copy)
    shown = [window.nav.item(i).text() for i in range(window.nav.count())
             if not window.nav.item(i).isHidden()]  # fmt: skip
    assert shown == ["Audits", "Diaries", "Settings"]
    page = window.audits_page
    assert not page.accept_button.isVisible() and not page.return_button.isVisible()
    assert page.new_button.isVisible() and page.open_button.isVisible()
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["&File", "&Help"]
    window.close()

    remember(WelcomeChoice("en", "Ewa Nowak", "manager", demo=False), Settings())
    window = _window(qtbot, demo_copy)
    assert not any(window.nav.item(i).isHidden() for i in range(window.nav.count()))
    assert window.audits_page.accept_button.isVisible()
    assert [a.text() for a in window.menuBar().actions() if a.isVisible()] == [
        "&File", "&Tools", "&Help",
    ]  # fmt: skip
    window.close()
