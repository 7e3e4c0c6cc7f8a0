"""The conflicts dialog and the score breakdown say things in the reader's words: a
checklist's title, not its slug; Yes and No, not stored values; statuses and dates as the
language writes them; nothing cut off or scrolled sideways at the default size."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from auditor.exchange import keys
from auditor.services import capture, packages
from auditor.store.db import Database
from tests.exchange.enrolment import enrol
from tests.exchange.test_packages import _shopper_audit, _valid_answers, fresh
from ui import formats
from ui.app import ensure_application, install_translations
from ui.capture.breakdown import BreakdownDialog
from ui.packages_ui import ConflictDialog
from ui.settings import Settings

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@contextmanager
def language(code: str) -> Iterator[None]:
    app = ensure_application()
    Settings().language = code
    installed = install_translations(app, code)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale("en"))
        Settings().language = ""


def _conflict(tmp_path: Path) -> tuple[Path, list[str]]:
    """An audit the shopper and the office both changed: returns the office's database and
    the two yes/no questions that now differ."""
    laptop = keys.load_or_create(tmp_path / "keys" / "anna.json")
    shopper_db, office_db = fresh(tmp_path / "shopper.sqlite"), fresh(tmp_path / "office.sqlite")
    enrol(office_db, laptop, "Anna Kowalska", "shopper")
    answers = _valid_answers(shopper_db)
    audit_id = _shopper_audit(shopper_db, answers, submit=False)
    with shopper_db.session() as s:
        packages.export_package(s, tmp_path / "1.zip", key=laptop)
    with office_db.session() as s:
        packages.import_package(s, tmp_path / "1.zip")
    yes = [k for k, v in answers.items() if v == "yes"][:2]
    for db, key, who in ((shopper_db, yes[0], "Anna Kowalska"), (office_db, yes[1], "Maria")):
        with db.session() as s:
            capture.AnswerWriter(s, audit_id).save(s, key, capture.AnswerState("no"), who)
    with shopper_db.session() as s:
        packages.export_package(s, tmp_path / "2.zip", key=laptop)
    with office_db.session() as s:
        packages.import_package(s, tmp_path / "2.zip")
    shopper_db.close()
    office_db.close()
    return tmp_path / "office.sqlite", yes


def _conflict_dialog_reads_in(
    qtbot: QtBot, tmp_path: Path, code: str, title: str, yes: str, no: str, draft: str
) -> None:
    from auditor.store.db import open_database

    path, _ = _conflict(tmp_path)
    db = open_database(path, create=False)
    try:
        with language(code):
            dialog = ConflictDialog(db, "Maria Nowak")
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.width() <= 1280 and dialog.height() <= 720
            assert dialog.list.count() == 1
            entry = dialog.list.item(0).text()
            assert "mystery-shopper-branch" not in entry and "2026-11-02" not in entry
            assert title in entry and formats.day(date(2026, 11, 2)) in entry
            # the whole entry shows: no sideways scroll bar, the text fits the list's width
            assert not dialog.list.horizontalScrollBar().isVisible()
            rect = dialog.list.visualItemRect(dialog.list.item(0))
            assert rect.right() <= dialog.list.viewport().width()
            needed = dialog.list.fontMetrics().boundingRect(
                QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, entry
            )
            assert needed.height() <= rect.height()
            about = dialog.about.text()
            assert draft in about and ": draft" not in about
            assert "2026-" not in about  # the moment received, as the language writes dates
            cells = {
                dialog.table.item(r, c).text()
                for r in range(dialog.table.rowCount())
                for c in (1, 2)
            }
            assert cells == {yes, no}
            dialog.grab().save(str(ARTIFACTS / f"l-conflicts-{code}.png"))
            dialog.close()
    finally:
        db.close()


def test_the_conflicts_dialog_in_polish_says_titles_statuses_and_answers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _conflict_dialog_reads_in(
        qtbot, tmp_path, "pl", "Tajemniczy klient: wizyta w oddziale", "Tak", "Nie", "Szkic"
    )


def test_the_conflicts_dialog_in_hebrew(qtbot: QtBot, tmp_path: Path) -> None:
    _conflict_dialog_reads_in(qtbot, tmp_path, "he", "קונה סמוי", "כן", "לא", "טיוטה")


def plain(text: str) -> str:
    """Text without the directional marks that keep its parts in order."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def _audit(db: Database, checklist: str, answers: dict[str, Any]) -> uuid.UUID:
    with db.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Oddział Sopot", "Sopot")
        audit_id = capture.start_audit(
            s, checklist, loc.id, "Anna Kowalska", datetime(2026, 11, 2, 10, tzinfo=UTC)
        )
        writer = capture.AnswerWriter(s, audit_id)
        for key, value in answers.items():
            writer.save(s, key, capture.AnswerState(value=value), "Anna Kowalska")
    return audit_id


def _breakdown(db: Database, audit_id: uuid.UUID, code: str) -> BreakdownDialog:
    with db.read_session() as s:
        form = capture.load_form(s, audit_id, code)
    return BreakdownDialog(form, form.score())


def _items(dialog: BreakdownDialog) -> list[QTreeWidgetItem]:
    out = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        assert top is not None
        out.append(top)
        out.extend(top.child(j) for j in range(top.childCount()))
    return out


def test_the_breakdown_in_polish_fits_its_cells_at_its_default_size(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = fresh(tmp_path / "office.sqlite")
    try:
        answers = _valid_answers(db)
        first = list(answers)[:8]  # some answered, the rest left: "not answered" rows
        audit_id = _audit(db, "mystery-shopper-branch", {k: answers[k] for k in first})
        with language("pl"):
            dialog = _breakdown(db, audit_id, "pl")
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            tree = dialog.tree
            assert tree.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
            header = tree.header()
            assert header.sectionPosition(3) + header.sectionSize(3) <= tree.viewport().width()
            metrics = tree.fontMetrics()
            items = _items(dialog)
            statuses = [item.text(1) for item in items if item.parent() is not None]
            assert "liczone do wyniku" not in statuses  # the ordinary case says nothing
            assert "" in statuses and "bez odpowiedzi" in statuses
            for item in items:
                for column in range(4):
                    text = item.text(column)
                    assert text != "0 / 0"
                    if not text:
                        continue
                    cell = tree.visualRect(tree.indexFromItem(item, column))
                    # the delegate's text margin: the focus frame's, plus one, on each side
                    margin = tree.style().pixelMetric(
                        tree.style().PixelMetric.PM_FocusFrameHMargin, None, tree
                    ) + 1  # fmt: skip
                    width = cell.width() - 2 * margin
                    needed = metrics.boundingRect(
                        QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
                    )
                    longest = max(metrics.horizontalAdvance(w) for w in text.split())
                    assert longest <= cell.width(), (text, cell)
                    assert needed.height() <= cell.height(), (text, cell, needed)
            unanswered = [i for i in items if i.text(1) == "bez odpowiedzi"]
            assert unanswered and all(i.text(2) == "—" for i in unanswered)
            dialog.grab().save(str(ARTIFACTS / "l-breakdown-pl.png"))
            dialog.close()
    finally:
        db.close()


def test_a_critical_failure_says_why_the_audit_scores_zero(qtbot: QtBot, tmp_path: Path) -> None:
    db = fresh(tmp_path / "office.sqlite")
    try:
        with db.read_session() as s:
            from auditor.services.checklist_library import preview_sections, version_document

            sections = preview_sections(version_document(s, "mystery-call-centre"), "en")
        answers = {q.key: "yes" for sec in sections for q in sec.questions if q.kind == "yes_no"}
        answers["info_correct"] = "no"  # critical for the whole call
        audit_id = _audit(db, "mystery-call-centre", answers)
        ensure_application()
        dialog = _breakdown(db, audit_id, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert plain(dialog.total.text()) == (
            "Audit score: 0.0% (critical failure: Information given was correct)"
        )
        sections_shown = [dialog.tree.topLevelItem(i) for i in range(len(sections))]
        assert any(s is not None and s.text(1) not in ("0.0%", "—") for s in sections_shown)
        dialog.grab().save(str(ARTIFACTS / "l-breakdown-critical-en.png"))
        with language("bg"):
            bg = _breakdown(db, audit_id, "bg")
            qtbot.addWidget(bg)
            bg.show()
            qtbot.waitExposed(bg)
            assert "Дадената информация беше вярна" in bg.total.text()
            assert bg.tree.horizontalScrollBar().maximum() == 0
            bg.grab().save(str(ARTIFACTS / "l-breakdown-bg.png"))
            bg.close()
        dialog.close()
    finally:
        db.close()
