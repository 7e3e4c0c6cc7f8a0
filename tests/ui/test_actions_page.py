"""Corrective actions as a quality manager: create one from a failed standard in the review
view, start it, close it with a note, see "verified" proposed after a later passing audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from auditor.services import actions
from auditor.store.models import ActionStatus, Audit, AuditStatus, CorrectiveAction
from tests.ui.typing import type_text
from tests.ui.windows import demo_window
from ui.pages.actions import OVERDUE, NewActionDialog


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
        assert dialog.standard.currentText() == standard
        assert dialog.location.currentData() == location
        assert dialog.what.text()  # the failed question's text
        dialog.owner.setFocus()
        type_text(dialog.owner, "Zofia Nowak")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(NewActionDialog, "exec", fill)
    qtbot.mouseClick(review.action_button, Qt.MouseButton.LeftButton)
    page = window.actions_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    mine = [r for r in page.rows if r.owner == "Zofia Nowak"]
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
