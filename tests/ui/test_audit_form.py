"""The audit form driven like a shopper: keyboard only, live score, relevance, submit, review."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.services import capture
from auditor.services.scoring import compute_audit_score
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Attachment, Audit, AuditStatus, Question
from tests.ui.typing import type_text
from ui.app import ensure_application, open_startup_database
from ui.capture.card import QuestionCard
from ui.capture.form_window import AuditFormWindow
from ui.capture.start_dialog import AddLocationDialog, StartAuditDialog
from ui.main_window import MainWindow

CHECKLIST = "mystery-shopper-branch"
HEBREW_REMARK = "השירות היה אדיב, ממש תודה (ok)"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "field.sqlite"
    open_startup_database(str(path)).close()
    return path


def _new_audit(db: Database) -> uuid.UUID:
    with db.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        return capture.start_audit(
            s, CHECKLIST, loc.id, "Anna Kowalska", datetime(2026, 11, 20, 10, tzinfo=UTC)
        )


def _form(qtbot: QtBot, db: Database, audit_id: uuid.UUID, lang: str = "en") -> AuditFormWindow:
    ensure_application()
    window = AuditFormWindow(db, audit_id, lang)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_card() is not None)
    return window


def _card_with_focus() -> QuestionCard | None:
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionCard):
        widget = widget.parentWidget()
    return widget


def _focused_card() -> QuestionCard:
    card = _card_with_focus()
    assert card is not None, f"no question has the keyboard but {QApplication.focusWidget()}"
    return card


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def _saved(qtbot: QtBot, window: AuditFormWindow) -> None:
    qtbot.waitUntil(lambda: not window.waiting and window.autosave.pending == 0, timeout=5000)


def _never_asked(*_args: object) -> object:
    raise AssertionError("nothing to confirm while answers are missing")


def _answer_all_but(db: Database, audit_id: uuid.UUID, *left: str) -> None:
    """Every required question answered (as stored by the form's writer) but `left`."""
    values = {"yes_no": True, "rating": 5, "number": 60, "single_choice": "tailored"}
    with db.session() as s:
        form = capture.load_form(s, audit_id)
        writer = capture.AnswerWriter(s, audit_id)
        for section in form.sections:
            for q in section.questions:
                if q.required and q.key not in left and q.kind in values:
                    writer.save(s, q.key, capture.AnswerState(values[q.kind]), "Anna Kowalska")


def _png(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    image.save(str(path))
    return path


def _answer_focused(qtbot: QtBot, window: AuditFormWindow, photo: Path) -> str:
    """Answer the question that has the keyboard the way a shopper would, then Tab on."""
    card = _focused_card()
    q = card.question
    if q.kind == "yes_no":
        _key(qtbot, Qt.Key.Key_Y)
    elif q.kind == "rating":
        _key(qtbot, Qt.Key.Key_4 if q.scale_max == 5 else Qt.Key.Key_9)
    elif q.kind in ("single_choice", "multiple_choice"):
        _key(qtbot, Qt.Key.Key_1)
    elif q.kind == "number":
        type_text(QApplication.focusWidget(), "420")  # past 300 s: shows wait_acknowledged
    elif q.kind == "duration":
        type_text(QApplication.focusWidget(), "12:30")
    elif q.kind == "text":
        type_text(QApplication.focusWidget(), HEBREW_REMARK)
    elif q.kind == "photo":
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(card.attachments), timeout=5000)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(5)  # the event loop runs between two keystrokes of a person
    return q.key


def test_shopper_fills_a_whole_audit_by_keyboard_and_submits(
    qtbot: QtBot, db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:  # fmt: skip
    photo = _png(tmp_path / "shop-front.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    db = open_database(db_file)
    audit_id = _new_audit(db)
    window = _form(qtbot, db, audit_id)
    assert not window.cards["wait_acknowledged"].isVisible()  # hidden until a long wait

    answered: list[str] = []
    for _ in range(40):
        card = _card_with_focus()
        if card is None or card.question.key in answered:
            break  # past the last question
        answered.append(_answer_focused(qtbot, window, photo))
        if answered[-1] == "wait_seconds":
            assert window.cards["wait_acknowledged"].isVisible()
    _saved(qtbot, window)
    visible = [k for k, c in window.cards.items() if c.isVisible()]
    assert answered == visible  # Tab went through every shown question, in order

    with db.session() as s:
        engine = compute_audit_score(s, audit_id)
        stored = s.get(Audit, audit_id)
        assert stored is not None
        remark = s.scalar(
            select(Answer.value).join(Question).where(
                Answer.audit_id == audit_id, Question.key == "remarks")
        )  # fmt: skip
        attachment = s.scalar(select(Attachment).where(Attachment.audit_id == audit_id))
    assert engine.score is not None
    assert window.score_value.text() == f"{engine.score:.1f}%"  # English: 87.8%
    assert stored.score == pytest.approx(engine.score)
    assert remark == HEBREW_REMARK
    assert attachment is not None and attachment.name == "shop-front.png"
    assert attachment.data == photo.read_bytes()

    # a shorter wait hides the follow-up question again, live
    window.focus_question("wait_seconds")
    line = QApplication.focusWidget()
    line.selectAll()  # type: ignore[union-attr]
    type_text(line, "120")  # type: ignore[arg-type]
    _key(qtbot, Qt.Key.Key_Tab)
    assert not window.cards["wait_acknowledged"].isVisible()

    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.breakdown.isVisible())
    assert window.breakdown.tree.topLevelItemCount() == len(window.form.sections)
    window.breakdown.close()
    window.grab().save(str(artifacts_dir / "audit-form-en.png"))

    # Alt+S asks first: No keeps the draft, Yes submits
    asked: list[str] = []
    replies = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return next(replies)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.activateWindow()
    window.focus_question("entrance_clean")
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert "reviewer" in asked[0] and window.form.status == "draft"
    with db.session() as s:
        assert s.scalar(select(Audit.status).where(Audit.id == audit_id)) == AuditStatus.DRAFT
    window.activateWindow()
    window.focus_question("entrance_clean")
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.form.status == "submitted", timeout=5000)
    assert len(asked) == 2
    with db.session() as s:
        status = s.scalar(select(Audit.status).where(Audit.id == audit_id))
    assert status == AuditStatus.SUBMITTED
    assert not window.submit_button.isVisible()
    assert window.cards["entrance_clean"].read_only
    window.close()
    db.close()


def test_missing_required_answers_block_submission_and_are_listed(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", _never_asked)
    db = open_database(db_file)
    audit_id = _new_audit(db)
    window = _form(qtbot, db, audit_id)
    _key(qtbot, Qt.Key.Key_Y)
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_N)
    _saved(qtbot, window)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    listed = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert window.problem_list.isVisible()
    assert any(text.startswith("Customer toilets clean") for text in listed)
    assert not any(text.startswith("Entrance and shop window") for text in listed)
    assert _focused_card().question.key == "waiting_area"  # the first one missing
    with db.session() as s:
        assert s.scalar(select(Audit.status).where(Audit.id == audit_id)) == AuditStatus.DRAFT
    # answering a listed question takes it off the list, live
    _key(qtbot, Qt.Key.Key_3)
    assert window.problem_list.count() == len(listed) - 1
    window.close()
    db.close()


def test_undo_and_reopening_where_the_shopper_was(qtbot: QtBot, db_file: Path) -> None:
    db = open_database(db_file)
    audit_id = _new_audit(db)
    window = _form(qtbot, db, audit_id)
    _key(qtbot, Qt.Key.Key_Y)
    _key(qtbot, Qt.Key.Key_N)
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _saved(qtbot, window)
    assert window.answers["entrance_clean"].value is True
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # comment
    type_text(QApplication.focusWidget(), "Wejście czyste, ładnie")  # type: ignore[arg-type]
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # next section
    assert _focused_card().question.key == "greeted_30s"
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused_card().question.key == "wait_seconds"
    window.close()
    db.close()

    db = open_database(db_file)
    with db.session() as s:
        form = capture.load_form(s, audit_id)
    assert form.answers["entrance_clean"] == capture.AnswerState(
        True, False, "Wejście czyste, ładnie"
    )
    again = _form(qtbot, db, audit_id)
    assert again.current_card() is again.cards["wait_seconds"]
    assert again.cards["entrance_clean"].comment.isVisible()
    again.close()
    db.close()


def test_start_dialog_adds_a_location_and_a_reviewer_returns_the_audit(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_application()
    window = MainWindow(open_startup_database(str(db_file)))
    qtbot.addWidget(window)
    window.show()
    page = window.audits_page

    def fill_location(dialog: AddLocationDialog) -> int:
        dialog.organisation.setCurrentText("Банка ДСК")
        dialog.name.setText("София Център")
        dialog.city.setText("София")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AddLocationDialog, "exec", fill_location)
    dialog = StartAuditDialog(window.db, "Иван Петров", page)
    qtbot.addWidget(dialog)
    assert dialog.checklist.count() >= 8
    qtbot.mouseClick(dialog.findChild(QWidget, "addLocation"), Qt.MouseButton.LeftButton)
    assert dialog.location.currentText() == "Банка ДСК — София Център, София"
    dialog.checklist.setCurrentIndex(dialog.checklist.findData(CHECKLIST))
    dialog.start()
    assert dialog.audit_id is not None
    audit_id = str(dialog.audit_id)

    form = page.open_audit(audit_id)
    assert form is not None
    qtbot.waitUntil(lambda: form.current_card() is not None)
    with window.db.session() as s:
        writer = capture.AnswerWriter(s, dialog.audit_id)
        for section in form.form.sections:
            for q in section.questions:
                if q.kind == "yes_no" and q.required:
                    writer.save(s, q.key, capture.AnswerState(True), "test")
    form.close()
    with window.db.session() as s:
        for key in ("waiting_area", "listened", "professionalism", "courtesy", "empathy"):
            writer.save(s, key, capture.AnswerState(5), "test")
        writer.save(s, "wait_seconds", capture.AnswerState(60), "test")
        writer.save(s, "offer", capture.AnswerState("tailored"), "test")
        writer.save(s, "recommend", capture.AnswerState(10), "test")
        capture.submit_audit(s, dialog.audit_id)
    page.reload()
    row = next(r for r in range(page.model.rowCount()) if str(page.model.row_at(r).id) == audit_id)
    page.table.selectRow(row)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Dodaj czas oczekiwania.", True)
    )
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    with window.db.session() as s:
        status = s.scalar(select(Audit.status).where(Audit.id == dialog.audit_id))
    assert status == AuditStatus.RETURNED
    reopened = page.open_audit(audit_id)
    assert reopened is not None
    assert reopened.banner.isVisible() and "Dodaj czas oczekiwania." in reopened.banner.text()
    assert reopened.submit_button.isVisible() and not reopened.cards["thanked"].read_only
    reopened.close()


def test_hebrew_form_is_mirrored_and_shows_hebrew_labels(
    qtbot: QtBot, db_file: Path, artifacts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_file)
    audit_id = _new_audit(db)
    with db.session() as s:
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(
            s, "entrance_clean", capture.AnswerState(True, False, "כניסה נקייה, 10/10"), "t"
        )
        writer.save(s, "toilets_clean", capture.AnswerState(None, True), "t")
        writer.save(s, "waiting_area", capture.AnswerState(2), "t")
    window = _form(qtbot, db, audit_id, "he")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.headers["premises"].text() == "1. המתחם"
    assert window.cards["entrance_clean"].comment.text() == "כניסה נקייה, 10/10"
    assert window.cards["toilets_clean"].na_button.isChecked()
    window.grab().save(str(artifacts_dir / "audit-form-he.png"))
    # submit with answers missing: the first missing card is marked and shown, in Hebrew
    monkeypatch.setattr(QMessageBox, "question", _never_asked)
    window.resize(1280, 720)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.missing_cards()[0].question.key == "signage_clear"
    assert _focused_card() is window.cards["signage_clear"]
    chosen = window.cards["entrance_clean"].findChild(QWidget, "answer_yes")
    other = window.cards["signage_clear"].findChild(QWidget, "answer_yes")
    qtbot.waitUntil(lambda: chosen.size() == other.size())  # once laid out at the new size
    window.grab().save(str(artifacts_dir / "form-he.png"))
    window.close()
    db.close()


def test_a_broken_rule_shows_on_the_question_and_f1_lists_the_shortcuts(
    qtbot: QtBot, db_file: Path
) -> None:
    db = open_database(db_file)
    with db.session() as s:
        loc = capture.add_location(s, "EnergoGrid", "Back office", "Ljubljana")
        audit_id = capture.start_audit(
            s, "back-office-audit", loc.id, "Maja Horvat", datetime(2026, 11, 20, 9, tzinfo=UTC)
        )
    window = _form(qtbot, db, audit_id)
    window.focus_question("invoice_error_percent")
    type_text(QApplication.focusWidget(), "140")  # type: ignore[arg-type]
    _key(qtbot, Qt.Key.Key_Tab)
    card = window.cards["invoice_error_percent"]
    assert card.error.isVisible() and ". <= 100" in card.error.text()
    assert not window.submit()
    listed = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert any("breaks the rule" in text for text in listed)
    window.focus_question("invoice_error_percent")
    line = QApplication.focusWidget()
    line.selectAll()  # type: ignore[union-attr]
    type_text(line, "4")  # type: ignore[arg-type]
    _key(qtbot, Qt.Key.Key_Tab)
    assert not card.error.isVisible()

    _key(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog.isVisible())
    table = window.help_dialog.findChild(QTableWidget)
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Ctrl+Z" in keys and "Y / N" in keys and "Ctrl+F" in keys
    window.help_dialog.close()
    window.close()
    db.close()


def test_a_wrong_photo_is_removed_from_the_answer(
    qtbot: QtBot,
    db_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    front = _png(tmp_path / "front.png")
    wrong = _png(tmp_path / "my-lunch.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(front), str(wrong)], "")
    )
    db = open_database(db_file)
    audit_id = _new_audit(db)
    window = _form(qtbot, db, audit_id)
    window.focus_question("photo_premises")
    card = window.cards["photo_premises"]
    _key(qtbot, Qt.Key.Key_Return)  # Enter on a photo question opens the file dialog
    qtbot.waitUntil(lambda: len(card.attachments) == 2, timeout=5000)

    def stored() -> tuple[list[str], object]:
        with db.session() as s:
            names = sorted(
                s.scalars(select(Attachment.name).where(Attachment.audit_id == audit_id))
            )
            value = s.scalar(
                select(Answer.value).join(Question).where(
                    Answer.audit_id == audit_id, Question.key == "photo_premises")
            )  # fmt: skip
        return names, value

    assert stored() == (["front.png", "my-lunch.png"], ["front.png", "my-lunch.png"])
    card.grab().save(str(artifacts_dir / "audit-form-photos.png"))
    buttons = card.findChildren(QToolButton, "remove_attachment")
    assert [b.toolTip() for b in buttons] == ["Remove front.png", "Remove my-lunch.png"]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(card.attachments) == 1, timeout=5000)
    _saved(qtbot, window)
    assert stored() == (["front.png"], ["front.png"])
    assert window.answers["photo_premises"].value == ["front.png"]

    qtbot.mouseClick(
        card.findChildren(QToolButton, "remove_attachment")[0], Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not card.attachments, timeout=5000)
    _saved(qtbot, window)
    assert stored() == ([], None)  # no photo left: the question is unanswered again
    window.close()
    db.close()


def test_a_reopened_draft_shows_its_chosen_answers_at_full_size(
    qtbot: QtBot, db_file: Path, artifacts_dir: Path
) -> None:
    """A Yes already chosen when the form opens is as large as any other answer button."""
    db = open_database(db_file)
    audit_id = _new_audit(db)
    with db.session() as s:
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "entrance_clean", capture.AnswerState(True), "Anna Kowalska")
        writer.save(s, "signage_clear", capture.AnswerState(False), "Anna Kowalska")
        writer.save(s, "waiting_area", capture.AnswerState(4), "Anna Kowalska")
    window = _form(qtbot, db, audit_id)
    chosen_yes = window.cards["entrance_clean"].findChild(QWidget, "answer_yes")
    chosen_no = window.cards["signage_clear"].findChild(QWidget, "answer_no")
    other_yes = window.cards["toilets_clean"].findChild(QWidget, "answer_yes")
    other_no = window.cards["toilets_clean"].findChild(QWidget, "answer_no")
    assert chosen_yes.isChecked() and chosen_no.isChecked()  # type: ignore[attr-defined]
    assert not other_yes.isChecked()  # type: ignore[attr-defined]
    assert chosen_yes.size() == other_yes.size()
    assert chosen_no.size() == other_no.size()
    assert chosen_yes.height() == other_no.height()
    rating = [window.cards["waiting_area"].findChild(QWidget, f"rating_{n}") for n in (3, 4)]
    assert rating[1].isChecked() and rating[0].size() == rating[1].size()  # type: ignore[union-attr]
    # pressing another answer keeps the sizes
    window.focus_question("entrance_clean")
    _key(qtbot, Qt.Key.Key_N)
    assert chosen_yes.size() == other_yes.size()
    window.cards["entrance_clean"].grab().save(str(artifacts_dir / "form-chosen-answer.png"))
    window.close()
    db.close()


def test_submit_with_missing_answers_marks_the_cards_and_goes_to_the_first(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", _never_asked)
    db = open_database(db_file)
    audit_id = _new_audit(db)
    _answer_all_but(db, audit_id, "thanked", "recommend")
    window = _form(qtbot, db, audit_id)
    window.resize(1280, 720)
    window.focus_question("entrance_clean")
    qtbot.waitUntil(lambda: window.scroller.verticalScrollBar().value() == 0)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert [c.question.key for c in window.missing_cards()] == ["thanked", "recommend"]
    first = window.cards["thanked"]
    assert _focused_card() is first
    # scrolled to it: the card lies inside the visible part of the form
    top = first.mapTo(window.scroller.widget(), first.rect().topLeft()).y()
    shown = window.scroller.verticalScrollBar().value()
    assert shown > 0 and shown <= top
    assert top + first.height() <= shown + window.scroller.viewport().height()
    assert first.error.isVisible() and first.error.text()
    assert not window.cards["entrance_clean"].is_missing()
    with db.session() as s:
        assert s.scalar(select(Audit.status).where(Audit.id == audit_id)) == AuditStatus.DRAFT
    # answering it takes the mark off, live; the other stays marked
    _key(qtbot, Qt.Key.Key_Y)
    assert not first.is_missing() and not first.error.isVisible()
    assert [c.question.key for c in window.missing_cards()] == ["recommend"]
    window.close()
    db.close()


def test_start_dialog_speaks_the_interface_language(qtbot: QtBot, db_file: Path) -> None:
    """Checklist titles in the user's language; every "&" on a label is a key, not text."""
    from ui.settings import Settings

    Settings().language = "pl"
    db = open_database(db_file)
    _new_audit(db)
    dialog = StartAuditDialog(db, "Anna Kowalska")
    qtbot.addWidget(dialog)
    at = dialog.checklist.findData(CHECKLIST)
    assert dialog.checklist.itemText(at) == "Tajemniczy klient: wizyta w oddziale lub sklepie"
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels, "the form's labels carry their keys"
    for label in labels:
        assert label.buddy() is not None, f"{label.text()!r} would show its '&'"
    location = next(label for label in labels if label.text() == "&Location")
    assert location.buddy() is dialog.location
    dialog.close()
    db.close()
