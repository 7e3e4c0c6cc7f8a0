"""The review queue driven as a quality manager: read an audit, return it with a note on one
question (the shopper sees it there), accept (locked), reopen with a reason (logged)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.services import capture
from auditor.store.db import Database
from auditor.store.models import Audit, AuditStatus, ChangeLogEntry, Review
from tests.ui.typing import type_text
from ui.app import ensure_application, install_translations, open_startup_database
from ui.capture.form_window import AuditFormWindow
from ui.main_window import MainWindow
from ui.pages.review import PhotoDialog, ReviewPage


def _submitted(path: Path, checklist: str = "") -> list[str]:
    with sqlite3.connect(path) as conn:
        return [
            uuid.UUID(r[0]).hex
            for r in conn.execute(
                "select a.id from audits a join template_versions v "
                "on v.id = a.template_version_id join templates t on t.id = v.template_id "
                "where a.status = 'submitted' and (? = '' or t.name = ?) "
                "order by coalesce(a.submitted_at, a.visit_start), a.id",
                (checklist, checklist),
            )
        ]


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
    history = [page.history.item(i).text() for i in range(page.history.count())]
    assert any("reopened — The visit was at another branch" in h for h in history)
    assert any("accepted" in h for h in history) and any("submitted" in h for h in history)
    changes = [page.log.item(i, 3).text() for i in range(page.log.rowCount())]
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
        assert page.queue.horizontalHeaderItem(0).text() == "ממתין (ימים)"
        page.grab().save(str(artifacts_dir / "review-he.png"))
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
