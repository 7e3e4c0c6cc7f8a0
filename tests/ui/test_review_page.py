"""The review queue driven as a quality manager: read an audit, return it with a note on one
question (the shopper sees it there), accept (locked), reopen with a reason (logged)."""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QStyle, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from auditor.errors import AuditorError
from auditor.scoring.model import QUESTIONNAIRE_KINDS
from auditor.services import capture, reviews
from auditor.services.audits import AuditFilter, apply_filter, joined
from auditor.store.db import Database
from auditor.store.models import Audit, AuditStatus, ChangeLogEntry, Review
from tests.ui.typing import type_text
from ui.app import ensure_application, install_translations, open_startup_database
from ui.capture.form_window import AuditFormWindow
from ui.main_window import MainWindow
from ui.pages.review import PhotoDialog, ReviewPage, status_action
from ui.settings import Settings


def _submitted(path: Path, checklist: str = "", responses: bool = False) -> list[str]:
    """Submitted audits (read with plain SQL, oldest first), or questionnaire responses."""
    kinds = ", ".join(f"'{k}'" for k in sorted(QUESTIONNAIRE_KINDS))
    with sqlite3.connect(path) as conn:
        return [
            uuid.UUID(r[0]).hex
            for r in conn.execute(
                "select a.id from audits a join template_versions v "
                "on v.id = a.template_version_id join templates t on t.id = v.template_id "
                "where a.status = 'submitted' and (? = '' or t.name = ?) "
                f"and (v.kind in ({kinds})) = ? "
                "order by coalesce(a.submitted_at, a.visit_start), a.id",
                (checklist, checklist, responses),
            )
        ]


def _plain(text: str) -> str:
    """Text without the marks that keep a name or number in its own direction."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def _with_photo(db: Database, audit_id: uuid.UUID, tmp_path: Path) -> None:
    """The shopper's photo of the premises on a submitted audit (attached while a draft)."""
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    photo = tmp_path / "front.png"
    image.save(str(photo))
    with db.session() as s:
        audit = s.get(Audit, audit_id)
        assert audit is not None
        audit.status = AuditStatus.DRAFT
        s.flush()
        capture.AnswerWriter(s, audit_id).attach(s, "photo_premises", photo, audit.shopper.name)
        audit.status = AuditStatus.SUBMITTED


@pytest.fixture
def page_window(qtbot: QtBot, demo_db_file: Path, tmp_path: Path) -> tuple[MainWindow, Path]:
    path = tmp_path / "review.sqlite"
    shutil.copy(demo_db_file, path)
    ensure_application()
    db = open_startup_database(str(path))
    first = uuid.UUID(_submitted(path, "mystery-shopper-branch")[0])
    _with_photo(db, first, tmp_path)
    window = MainWindow(db)
    window.settings.reviewer_name = "Ewa Manager"
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.review_page))
    return window, path


def test_return_with_a_note_on_one_question_accept_and_reopen(
    qtbot: QtBot, page_window: tuple[MainWindow, Path], monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:  # fmt: skip
    window, path = page_window
    page: ReviewPage = window.review_page
    waiting = _submitted(path)
    assert page.queue.rowCount() == len(waiting) > 3
    assert [r.id.hex for r in page.rows] == waiting  # the longest waiting first
    assert page.view is not None and page.view.form.audit_id.hex == waiting[0]
    ages = [int(page.queue.item(i, 0).text()) for i in range(page.queue.rowCount())]
    assert ages == sorted(ages, reverse=True)
    visit = _submitted(path, "mystery-shopper-branch")[0]  # the one with the photo
    at = waiting.index(visit)
    page.queue.setCurrentCell(at, 0)
    assert page.view.form.audit_id.hex == visit

    # the photo: a thumbnail, a click shows it large
    thumbs = page.answer_rows["photo_premises"].findChildren(QToolButton, "thumbnail")
    assert len(thumbs) == 1
    # decoded off the UI thread, then shown at thumbnail size
    qtbot.waitUntil(lambda: not thumbs[0].icon().isNull(), timeout=5000)
    assert max(thumbs[0].iconSize().width(), thumbs[0].iconSize().height()) <= 96
    qtbot.mouseClick(thumbs[0], Qt.MouseButton.LeftButton)
    dialog = page.answer_rows["photo_premises"].photo
    assert isinstance(dialog, PhotoDialog) and dialog.isVisible()
    dialog.grab().save(str(artifacts_dir / "review-photo.png"))
    dialog.close()
    qtbot.wait(250)
    page.grab().save(str(artifacts_dir / "review-en.png"))

    # J and K move through the queue
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_J)
    assert page.view.form.audit_id.hex == waiting[at + 1]
    qtbot.keyClick(page.queue, Qt.Key.Key_K)
    assert page.view.form.audit_id.hex == visit

    # Return with a note on one question (R)
    note = page.answer_rows["greeted_30s"].note
    note.setFocus()
    type_text(note, "Say when the greeting came: the time is missing.")
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_R)
    returned = uuid.UUID(visit)
    assert [r.id.hex for r in page.rows] == [w for w in waiting if w != visit]
    with window.db.read_session() as s:
        audit = s.get(Audit, returned)
        assert audit is not None and audit.status == AuditStatus.RETURNED
        review = s.scalars(select(Review).where(Review.audit_id == returned)
                           .order_by(Review.created_at.desc())).first()  # fmt: skip
        assert review is not None and review.question_notes == {
            "greeted_30s": "Say when the greeting came: the time is missing."
        }
    # the shopper's form shows the note on that question, and only there
    form = AuditFormWindow(window.db, returned, "en")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.cards["greeted_30s"].review_note.isVisible()
    assert "the time is missing" in form.cards["greeted_30s"].review_note.text()
    assert not form.cards["entrance_clean"].review_note.isVisible()
    form.close()

    # Accept the next (A): it is locked
    accepted = page.view.form.audit_id
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_A)
    with window.db.session() as s:
        audit = s.get(Audit, accepted)
        assert audit is not None and audit.status == AuditStatus.ACCEPTED
        with pytest.raises(AuditorError, match="accepted"):
            capture.AnswerWriter(s, accepted).save(
                s, "greeted_30s", capture.AnswerState(False), "shopper"
            )

    # Reopen needs a reason, and the reason lands in the change log
    page.which.setCurrentIndex(page.which.findData("accepted"))
    row = next(i for i, r in enumerate(page.rows) if r.id == accepted)
    page.queue.setCurrentCell(row, 0)
    assert page.reopen_button.isEnabled() and not page.accept_button.isEnabled()
    answers = iter([("", True), ("The visit was at another branch", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    assert not page.reopen_current()
    with window.db.read_session() as s:
        assert s.get(Audit, accepted).status == AuditStatus.ACCEPTED  # type: ignore[union-attr]
    page.queue.setCurrentCell(row, 0)
    assert page.reopen_current()
    with window.db.read_session() as s:
        assert s.get(Audit, accepted).status == AuditStatus.SUBMITTED  # type: ignore[union-attr]
        logged = s.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.entity_id == accepted, ChangeLogEntry.action == "reopen"
            )
        ).one()
        assert logged.actor == "Ewa Manager"
        assert logged.details == {"reason": "The visit was at another branch"}
    page.which.setCurrentIndex(page.which.findData("submitted"))
    row = next(i for i, r in enumerate(page.rows) if r.id == accepted)
    page.queue.setCurrentCell(row, 0)
    history = [_plain(page.history.item(i).text()) for i in range(page.history.count())]
    assert any("reopened — The visit was at another branch" in h for h in history)
    assert any("accepted" in h for h in history) and any("submitted" in h for h in history)
    changes = [_plain(page.log.item(i, 3).text()) for i in range(page.log.rowCount())]
    assert changes[-2:] == ["accepted", "reopened — The visit was at another branch"]
    who = [page.log.item(i, 1).text() for i in range(page.log.rowCount())]
    assert who[-2:] == ["Ewa Manager", "Ewa Manager"]


def test_return_without_any_note_is_refused(
    qtbot: QtBot, page_window: tuple[MainWindow, Path]
) -> None:
    window, _ = page_window
    page = window.review_page
    messages: list[str] = []
    page.message.connect(messages.append)
    first = page.view.form.audit_id if page.view else None
    assert not page.return_current()
    assert messages == ["Write a note for the shopper (on the audit or a question)."]
    with window.db.read_session() as s:
        assert s.get(Audit, first).status == AuditStatus.SUBMITTED  # type: ignore[union-attr,arg-type]


def test_review_page_in_hebrew(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path
) -> None:
    path = tmp_path / "he.sqlite"
    shutil.copy(demo_db_file, path)
    app = ensure_application()
    installed = install_translations(app, "he")
    try:
        window = MainWindow(open_startup_database(str(path)))
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(window.pages.indexOf(window.review_page))
        page = window.review_page
        visit = _submitted(path, "mystery-shopper-branch")[0]
        page.queue.setCurrentCell(next(i for i, r in enumerate(page.rows) if r.id.hex == visit), 0)
        qtbot.wait(250)
        assert page.accept_button.text() == "קבלה (&A)"
        assert page.queue.horizontalHeaderItem(2).text() == "ציון"  # Score
        page.grab().save(str(artifacts_dir / "review-he.png"))
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _counted(window: MainWindow, count: str) -> int:
    with window.db.read_session() as s:
        query = apply_filter(joined(select(func.count(Audit.id))), AuditFilter(count=count))
        return int(s.scalar(query) or 0)


def test_the_queue_holds_audits_and_a_response_counts_without_a_decision(
    qtbot: QtBot, page_window: tuple[MainWindow, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = page_window
    page = window.review_page
    audits, responses = _submitted(path), _submitted(path, responses=True)
    assert len(responses) > 500 and 0 < len(audits) < 30  # the demo: 540 survey answers
    assert [r.id.hex for r in page.rows] == audits  # only what needs a decision
    assert not any(r.questionnaire for r in page.rows)
    assert page.count.text() == f"{len(audits)} audits wait for a decision"
    with window.db.read_session() as s:
        accepted = s.scalar(
            select(func.count(Audit.id)).where(Audit.status == AuditStatus.ACCEPTED)
        )
    # a response counts once submitted, whichever audits the reports count
    assert _counted(window, "accepted") == accepted + len(responses)
    finished = _counted(window, "finished")
    assert finished == accepted + len(responses) + len(audits)

    # the responses: read, nothing to accept or return, no notes for a shopper; exclude one
    page.which.setCurrentIndex(page.which.findData("responses"))
    assert sorted(r.id.hex for r in page.rows) == sorted(responses)
    assert page.view is not None and page.view.questionnaire
    assert not page.accept_button.isVisible() and not page.return_button.isVisible()
    assert not page.note.isVisible()
    assert not any(row.note.isVisible() for row in page.answer_rows.values())
    assert page.exclude_button.isVisible() and page.exclude_button.isEnabled()
    excluded = page.view.form.audit_id
    reasons = iter([("", True), ("The same panellist answered twice", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(reasons))
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)  # no reason: refused
    with window.db.read_session() as s:
        assert s.get(Audit, excluded).status == AuditStatus.SUBMITTED  # type: ignore[union-attr]
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    with window.db.read_session() as s:
        assert s.get(Audit, excluded).status == AuditStatus.RETURNED  # type: ignore[union-attr]
        review = s.scalars(select(Review).where(Review.audit_id == excluded)).one()
        assert review.notes == "The same panellist answered twice"
        view = reviews.review_view(s, excluded)
    assert excluded not in [r.id for r in page.rows]
    assert _counted(window, "accepted") == accepted + len(responses) - 1
    assert _counted(window, "finished") == finished - 1
    assert [status_action(line.action, view.questionnaire) for line in view.history][-1] == (
        "excluded from the results"
    )
    # an audit is decided, not excluded: the service refuses, whoever calls it
    with window.db.session() as s, pytest.raises(AuditorError, match="questionnaire"):
        reviews.exclude(s, uuid.UUID(audits[0]), "Ewa Manager", "no reason to count it")


def _queue_fits(page: ReviewPage) -> None:
    """Every column of the queue lies inside its viewport, each heading fits its column."""
    header = page.queue.horizontalHeader()
    width = page.queue.viewport().width()
    metrics = header.fontMetrics()
    for column in range(header.count()):
        x, size = header.sectionViewportPosition(column), header.sectionSize(column)
        text = page.queue.horizontalHeaderItem(column).text()
        assert x >= 0 and x + size <= width, f"{text!r} at {x}+{size} outside 0..{width}"
        assert metrics.horizontalAdvance(text) <= size, f"{text!r} wider than {size}"
        cells = page.queue.fontMetrics()
        margin = page.queue.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        for row in range(page.queue.rowCount()):
            cell = page.queue.item(row, column).text()
            if column in (0, 2, 3):  # days, score, critical failures: one line, never cut
                assert cells.horizontalAdvance(cell) <= size
            else:  # a name wraps, its row as tall as it needs: never cut either
                room = QRect(0, 0, size - 2 * margin, 10_000)
                flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
                needed = cells.boundingRect(room, flags, cell).height()
                assert needed <= page.queue.rowHeight(row), f"{cell!r} cut in {size} px"
                if needed > cells.height():  # drawn on two lines, not elided on one
                    assert page.queue.wordWrap(), f"{cell!r} cut in {size} px"


@pytest.mark.parametrize("language", ["en", "pl", "he"])
def test_the_queue_fits_1280_by_720_and_the_log_and_breakdown_speak_words(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path, language: str
) -> None:
    path = tmp_path / f"{language}.sqlite"
    shutil.copy(demo_db_file, path)
    app = ensure_application()
    db = open_startup_database(str(path))
    visit = uuid.UUID(_submitted(path, "mystery-shopper-branch")[0])
    with db.session() as s:  # the shopper changed two answers before submitting: logged
        audit = s.get(Audit, visit)
        assert audit is not None
        audit.status = AuditStatus.DRAFT
        s.flush()
        writer = capture.AnswerWriter(s, visit)
        writer.save(s, "greeted_30s", capture.AnswerState(False), audit.shopper.name)
        writer.save(s, "offer", capture.AnswerState("tailored"), audit.shopper.name)
        writer.save(s, "toilets_clean", capture.AnswerState(None, True), audit.shopper.name)
        audit.status = AuditStatus.SUBMITTED
    installed = install_translations(app, language)
    Settings().language = language
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(window.pages.indexOf(window.review_page))
        page = window.review_page
        page.queue.setCurrentCell(next(i for i, r in enumerate(page.rows) if r.id == visit), 0)
        qtbot.wait(200)
        _queue_fits(page)
        assert page.detail_scroll.widget().minimumSizeHint().width() <= (
            page.detail_scroll.viewport().width()
        )  # the answers need no sideways scrolling
        form = page.view.form  # type: ignore[union-attr]
        keys = {q.key for s in form.sections for q in s.questions}
        keys |= {c.key for s in form.sections for q in s.questions for c in q.choices}
        stored = keys | {"True", "False", "true", "false", "yes", "no", "None"}
        log = [page.log.item(r, c).text() for r in range(page.log.rowCount()) for c in (2, 3)]
        words = {w.strip(".,;:—") for text in log for w in _plain(text).split()}
        assert not words & stored, words & stored
        assert any(_plain(text) == form.question("greeted_30s").label for text in log)
        if language == "he":  # answers and names keep their own order in Hebrew lines
            assert any("\u2068" in text for text in log)
        window.grab().save(str(artifacts_dir / f"review-{language}.png"))

        page.show_breakdown()
        qtbot.waitUntil(lambda: page.breakdown.isVisible())
        tree = page.breakdown.tree
        cells = [
            _plain(item.text(column))
            for i in range(tree.topLevelItemCount())
            for item in [tree.topLevelItem(i)]
            + [tree.topLevelItem(i).child(j) for j in range(tree.topLevelItem(i).childCount())]
            for column in range(4)
        ]
        engine_words = {"scored", "unanswered", "not_scored", "not_relevant", "na"}
        assert not set(cells) & (stored | engine_words), set(cells) & (stored | engine_words)
        assert not any(re.search(r"\d on \d", text) for text in cells)  # "4 on 1-5"
        page.breakdown.resize(900, 650)
        page.breakdown.grab().save(str(artifacts_dir / f"breakdown-{language}.png"))
        page.breakdown.close()
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        Settings().language = ""
