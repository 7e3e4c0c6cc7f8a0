"""The Reports page used like a manager would: pick a report, type a file name, write it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.typing import type_text
from ui.app import ensure_application, open_startup_database
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, demo_db_file: Path, tmp_path: Path) -> MainWindow:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, target)
    ensure_application()
    w = MainWindow(open_startup_database(str(target)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.nav.setCurrentRow(w.pages.indexOf(w.reports_page))
    return w


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_write_a_workbook_from_the_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.reports_page
    assert window.pages.currentWidget() is page
    _choose(page.kind, "summary")
    _choose(page.format, "xlsx")
    page.all_dates.setChecked(True)
    out = tmp_path / "out" / "audits.xlsx"
    page.output.setFocus()
    type_text(page.output, str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert not page.generate.isEnabled()  # the window stays live while the job runs
    qtbot.waitUntil(lambda: page.job is None, timeout=120_000)
    assert "Report written" in page.status.text(), page.status.text()
    # the summary's workbook: its ranking first, then the audits behind it
    assert load_workbook(out, read_only=True).sheetnames[:2] == ["Locations", "Audits"]


def test_location_pdf_in_hebrew(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.reports_page
    _choose(page.kind, "location")
    _choose(page.language, "he")
    _choose(page.location, "סניף תל אביב דיזנגוף")
    page.all_dates.setChecked(True)
    out = tmp_path / "loc.pdf"
    page.output.setText(str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert "סניף תל אביב דיזנגוף" in text and "דוח סניף" in text


def test_missing_location_is_said_not_crashed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.reports_page
    _choose(page.kind, "location")
    out = tmp_path / "loc.pdf"
    page.output.setText(str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    assert "needs --location" in page.status.text()
    assert not out.exists()


def test_cancel_a_batch_of_audit_pdfs(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.reports_page
    _choose(page.kind, "audit")
    assert page.format.currentData() == "pdf"
    page.all_dates.setChecked(True)
    folder = tmp_path / "batch"
    page.output.setText(str(folder))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.pdf")), timeout=60_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    assert "stopped after" in page.status.text()
    assert 0 < len(list(folder.glob("*.pdf"))) < 1000
    assert not list(folder.glob("*.tmp"))  # no half-written file left behind


def test_screenshot_of_reports_page(window: MainWindow, artifacts_dir: Path) -> None:
    window.resize(1280, 800)
    assert window.grab().save(str(artifacts_dir / "main-window-reports.png"))


def test_counting_accepted_only_is_a_setting_the_report_states(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.reports_page
    _choose(page.kind, "summary")
    _choose(page.format, "xlsx")
    _choose(page.count, "accepted")
    page.all_dates.setChecked(True)
    out = tmp_path / "accepted.xlsx"
    page.output.setFocus()
    type_text(page.output, str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=120_000)
    assert "Report written" in page.status.text(), page.status.text()
    wb = load_workbook(out, read_only=True)
    method = [row[0] for row in wb["Method"].iter_rows(values_only=True)]
    assert method[1].startswith("Counted: Accepted audits")
    assert Settings().counted_audits == "accepted"  # remembered for the next report
    from sqlalchemy import select

    from auditor.store.models import Audit, AuditStatus, ChecklistTemplate, TemplateVersion

    listed = {row[10]: row[5] for row in wb["Audits"].iter_rows(min_row=2, values_only=True)}
    with window.db.read_session() as s:
        rows = s.execute(
            select(Audit.id, Audit.status, TemplateVersion.kind)
            .join(TemplateVersion, TemplateVersion.id == Audit.template_version_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
        ).all()
    accepted = {str(i) for i, status, _ in rows if status == AuditStatus.ACCEPTED}
    assert accepted and accepted <= set(listed)  # every accepted audit, by id
    visits = {str(i): status for i, status, kind in rows if kind == "mystery_shopping"}
    # a visit counts only once accepted (a questionnaire has no decision to wait for)
    assert all(visits[i] == AuditStatus.ACCEPTED for i in listed if i in visits)
    assert len(listed) < sum(1 for _, status, _ in rows if status != AuditStatus.DRAFT)


def test_languages_by_name_and_checklists_by_title(window: MainWindow) -> None:
    """The choosers read as words: each language in its own name, each checklist by title."""
    from sqlalchemy import select

    from auditor.labels import LANGUAGE_NAMES
    from auditor.store.models import ChecklistTemplate

    page = window.reports_page
    languages = [page.language.itemText(i) for i in range(page.language.count())]
    assert languages == [LANGUAGE_NAMES[c] for c in ("en", "pl", "sl", "bg", "he")]
    assert page.language.itemData(languages.index("עברית")) == "he"
    with window.db.read_session() as s:
        slugs = set(s.scalars(select(ChecklistTemplate.name)))
    shown = {page.template.itemText(i): page.template.itemData(i)
             for i in range(1, page.template.count())}  # fmt: skip
    assert set(shown.values()) == slugs  # every checklist, still chosen by its name
    assert not set(shown) & slugs  # and shown by its title
