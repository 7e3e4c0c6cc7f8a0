"""Corrective actions as a quality manager: create one from a failed standard in the review
view, start it, close it with a note, see "verified" proposed after a later passing audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from auditor.services import actions
from auditor.store.models import ActionStatus, Audit, AuditStatus, CorrectiveAction
from tests.ui.typing import type_text
from tests.ui.windows import demo_window
from ui.app import ensure_application, install_translations
from ui.pages.actions import OVERDUE, NewActionDialog


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the list and click the entry reading `text`, as a user picks one."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, [combo.itemText(i) for i in range(combo.count())]
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())  # fmt: skip
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def test_action_from_a_failed_standard_to_verified(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:  # fmt: skip
    path = tmp_path / "actions.sqlite"
    window = demo_window(qtbot, demo_db_file, path, "review_page")
    review = window.review_page
    row = next(i for i, r in enumerate(review.rows) if r.critical_failed)
    review.queue.setCurrentCell(row, 0)
    assert review.action_button.isEnabled()
    standard = review.failed_standards()[0]
    audit = review.view.form.audit_id if review.view else None
    location = review.view.form.location if review.view else ""

    def fill(dialog: NewActionDialog) -> int:
        assert dialog.standard.currentData() == standard  # shown by its title
        assert dialog.location.currentData() == location
        assert dialog.what.text()  # the failed question's text
        choose(qtbot, dialog.owner, "Quality Manager")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(NewActionDialog, "exec", fill)
    qtbot.mouseClick(review.action_button, Qt.MouseButton.LeftButton)
    page = window.actions_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    mine = [r for r in page.rows if r.owner == "Quality Manager"]
    assert len(mine) == 1 and mine[0].status == "open" and mine[0].linked_audits == (str(audit),)
    page.table.setCurrentCell(page.rows.index(mine[0]), 0)
    assert page.start_button.isEnabled() and not page.verify_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Weekly drill held", True))
    page.table.setCurrentCell(next(i for i, r in enumerate(page.rows) if r.id == mine[0].id), 0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    page.state.setCurrentIndex(page.state.findData("done"))
    done = next(r for r in page.rows if r.id == mine[0].id)
    assert done.status == "done" and done.done_note == "Weekly drill held"
    assert done.proposed_by is None

    # a later accepted visit of the location that meets the standard
    with window.db.session() as s:
        action = s.get(CorrectiveAction, mine[0].id)
        assert action is not None
        later = s.scalars(
            select(Audit).where(Audit.location_id == action.location_id,
                                Audit.status == AuditStatus.ACCEPTED)
        ).all()  # fmt: skip
        passing = next(a for a in later if actions._met(a, standard))
        moment = datetime.now(UTC) + timedelta(hours=2)
        s.execute(update(Audit).where(Audit.id == passing.id).values(visit_start=moment))
    page.reload()
    i = next(i for i, r in enumerate(page.rows) if r.id == mine[0].id)
    assert page.table.item(i, 6).text() == "proposed: a later audit met the standard"
    page.table.setCurrentCell(i, 0)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    with window.db.read_session() as s:
        action = s.get(CorrectiveAction, mine[0].id)
        assert action is not None and action.status == ActionStatus.VERIFIED

    # the demo's overdue ones stand out
    page.state.setCurrentIndex(page.state.findData("all"))
    with window.db.session() as s:
        s.execute(update(CorrectiveAction).where(CorrectiveAction.status == ActionStatus.OPEN)
                  .values(due_date=datetime.now(UTC).date() - timedelta(days=3)))  # fmt: skip
    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert page.rows and all(r.overdue for r in page.rows)
    assert page.table.item(0, 0).foreground().color() == OVERDUE
    page.grab().save(str(artifacts_dir / "actions-en.png"))
    window.close()


def test_a_new_action_takes_the_standard_and_owner_chosen_and_shows_in_full(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window(qtbot, demo_db_file, tmp_path / "new.sqlite", "actions_page")
    page = window.actions_page
    with window.db.read_session() as s:
        titles = {c.code: c.title for c in actions.standard_choices(s, "en")}
    refused: list[str] = []

    def fill(dialog: NewActionDialog) -> int:
        dialog.show()
        assert dialog.standard_code() == ""  # nothing taken silently
        assert "GREET-30" not in [
            dialog.standard.itemText(i) for i in range(dialog.standard.count())
        ]
        dialog.what.setFocus()
        type_text(dialog.what, "Name badges for the new staff")
        dialog.accept()
        refused.append(dialog.error.text())
        assert dialog.result() != QDialog.DialogCode.Accepted.value
        choose(qtbot, dialog.standard, titles["APPEAR"])
        choose(qtbot, dialog.location, "Oddział Kraków Rynek")
        choose(qtbot, dialog.owner, "Quality Manager")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewActionDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert refused == ["Choose the standard the action is to meet."]
    created = page.current()
    assert created is not None and created.title == "Name badges for the new staff"
    assert (created.standard, created.owner) == ("APPEAR", "Quality Manager")
    row = page.rows.index(created)
    assert page.table.item(row, 1).text() == titles["APPEAR"]  # the title, not the code
    detail = page.detail
    assert detail.isVisible() and detail.standard.text() == titles["APPEAR"]
    assert detail.owner.currentText() == "Quality Manager"
    assert [detail.history.item(i, 2).text() for i in range(detail.history.rowCount())] == [
        "Created"
    ]
    assert detail.audits.rowCount() == 0

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    # the details and the owner changed in the pane, then saved
    assert not detail.save_button.isEnabled()
    detail.description.setFocus()
    type_text(detail.description, "Order from the usual supplier")
    choose(qtbot, detail.owner, "Demo Shopper 1" if detail.owner.findText("Demo Shopper 1") >= 0
           else detail.owner.itemText(2))  # fmt: skip
    new_owner = detail.owner.currentText()
    assert detail.save_button.isEnabled()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    steps = [detail.history.item(i, 2).text() for i in range(detail.history.rowCount())]
    assert steps == ["Created", "Started", "Changed: details, owner"]
    assert not detail.save_button.isEnabled()
    with window.db.read_session() as s:
        action = s.get(CorrectiveAction, created.id)
        assert action is not None
        assert (action.description, action.owner) == ("Order from the usual supplier", new_owner)
    window.close()


@pytest.mark.parametrize("language", ["pl", "he"])
def test_an_action_in_full_in_polish_and_hebrew(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path, language: str,
) -> None:  # fmt: skip
    from ui.settings import Settings

    app = ensure_application()
    Settings().language = language
    installed = install_translations(app, language)
    try:
        window = demo_window(qtbot, demo_db_file, tmp_path / "l.sqlite", "review_page")
        window.resize(1280, 720)
        review = window.review_page
        review.queue.setCurrentCell(
            next(i for i, r in enumerate(review.rows) if r.critical_failed), 0
        )

        def fill(dialog: NewActionDialog) -> int:
            choose(qtbot, dialog.owner, "Quality Manager")
            dialog.accept()
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(NewActionDialog, "exec", fill)
        qtbot.mouseClick(review.action_button, Qt.MouseButton.LeftButton)
        page = window.actions_page
        window.nav.setCurrentRow(window.pages.indexOf(page))
        mine = next(r for r in page.rows if r.owner == "Quality Manager")
        page.table.setCurrentCell(page.rows.index(mine), 0)
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        detail = page.detail
        assert detail.audits.rowCount() == 1
        audit = review.view.form if review.view else None
        assert audit is not None and detail.audits.item(0, 1).text() == audit.location
        checklist = detail.audits.item(0, 2).text()
        assert checklist and "-" not in checklist.split()[0]  # a title, not a slug
        assert detail.history.rowCount() == 2
        if language == "he":
            assert page.isRightToLeft() and detail.isRightToLeft()
        qtbot.wait(50)
        page.grab().save(str(artifacts_dir / f"action-{language}.png"))
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
