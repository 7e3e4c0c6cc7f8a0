"""The window when another program holds the database, and when the file is damaged:
answers wait and land, a closed form keeps them for the next open, backups from the menu."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from auditor.services import capture
from auditor.services.answer_journal import journal_dir
from auditor.store import backups
from auditor.store import db as dbmod
from auditor.store.db import Database, open_database
from tests.ui.typing import type_text
from tests.ui.windows import damaged_copy
from ui import backup_dialog
from ui.app import ensure_application, open_startup_database
from ui.capture import autosave
from ui.capture.form_window import AuditFormWindow
from ui.main_window import MainWindow


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locks outlast the busy timeout in a test's time, so the retries are what is tested."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)


def _draft(path: Path) -> uuid.UUID:
    db = open_startup_database(str(path))
    with db.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        audit_id = capture.start_audit(
            s, "mystery-shopper-branch", loc.id, "Anna Kowalska", datetime.now(UTC)
        )
    db.close()
    return audit_id


def _form(qtbot: QtBot, db: Database, audit_id: uuid.UUID) -> AuditFormWindow:
    ensure_application()
    window = AuditFormWindow(db, audit_id, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_card() is not None)
    return window


def _type_wait(qtbot: QtBot, window: AuditFormWindow, text: str) -> None:
    window.focus_question("wait_seconds")
    target = QApplication.focusWidget()
    assert target is not None
    type_text(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def _stored(db: Database, audit_id: uuid.UUID, key: str) -> object:
    with db.read_session() as s:
        answer = capture.load_form(s, audit_id).answers.get(key)
    return None if answer is None else answer.value


def test_an_answer_waits_for_a_busy_database_and_then_is_saved(
    qtbot: QtBot, tmp_path: Path, short_busy_timeout: None, artifacts_dir: Path
) -> None:
    path = tmp_path / "busy.sqlite"
    audit_id = _draft(path)
    db = open_database(path)
    window = _form(qtbot, db, audit_id)
    card = window.cards["wait_seconds"]
    with closing(sqlite3.connect(path, timeout=5)) as other:
        other.execute("BEGIN IMMEDIATE")  # a report or a second window writing for a while
        _type_wait(qtbot, window, "240")
        qtbot.waitUntil(
            lambda: card.saved_label.text() == "waiting for the database…", timeout=5000
        )
        assert window.save_state.text() == "Waiting for the database…"
        window.grab().save(str(artifacts_dir / "audit-form-waiting.png"))
        qtbot.wait(600)  # several retries while the lock is held; none gives up
        assert card.saved_label.text() == "waiting for the database…"
        other.execute("COMMIT")
    qtbot.waitUntil(lambda: card.saved_label.text() == "saved ✓", timeout=10_000)
    assert window.save_state.text() == "All changes saved"
    assert card.error.isHidden()
    assert _stored(db, audit_id, "wait_seconds") == 240
    window.close()
    assert list(journal_dir(db).glob("*.jsonl")) == []  # nothing left to replay
    db.close()


def test_answers_still_waiting_when_the_form_closes_are_saved_on_the_next_open(
    qtbot: QtBot, tmp_path: Path, short_busy_timeout: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "CLOSE_WAIT_S", 0.5)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    path = tmp_path / "closing.sqlite"
    audit_id = _draft(path)
    db = open_database(path)
    window = _form(qtbot, db, audit_id)
    with closing(sqlite3.connect(path, timeout=5)) as other:
        other.execute("BEGIN IMMEDIATE")
        _type_wait(qtbot, window, "615")
        qtbot.waitUntil(lambda: "Waiting" in window.save_state.text(), timeout=5000)
        window.close()  # the shopper closes the laptop's window while it waits
        assert told and "1 answers are kept" in told[0]
        other.execute("ROLLBACK")
    db.close()
    assert len(list(journal_dir(db).glob("*.jsonl"))) == 1
    check = open_database(path)
    assert _stored(check, audit_id, "wait_seconds") is None  # not in the database yet
    check.close()

    reopened = open_startup_database(str(path))  # the next start of the app
    assert _stored(reopened, audit_id, "wait_seconds") == 615
    assert list(journal_dir(reopened).glob("*.jsonl")) == []
    reopened.close()
    again = open_startup_database(str(path))  # replayed once, not twice
    with again.read_session() as s:
        from sqlalchemy import func, select

        from auditor.store.models import ChangeLogEntry

        saves = s.scalar(
            select(func.count()).select_from(ChangeLogEntry).where(ChangeLogEntry.action == "save")
        )
    assert saves == 1
    again.close()


def test_a_journalled_answer_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    from auditor.services.answer_journal import AnswerJournal, JournalEntry, replay_journals

    path = tmp_path / "newer.sqlite"
    audit_id = _draft(path)
    db = open_database(path)
    journal = AnswerJournal(db)
    journal.record(JournalEntry(audit_id, "wait_seconds", 100, False, "", "A", datetime.now(UTC)))
    journal.close()  # left open: its writer died before the save
    with db.session() as s:  # later, the answer is given again and saved
        capture.AnswerWriter(s, audit_id).save(s, "wait_seconds", capture.AnswerState(200), "A")
    assert replay_journals(db) == 0
    assert _stored(db, audit_id, "wait_seconds") == 200
    db.close()


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    ensure_application()
    window = MainWindow(open_startup_database(str(path)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_back_up_now_and_restore_from_the_file_menu(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:  # fmt: skip
    path = tmp_path / "desk.sqlite"
    shutil.copy(demo_db_file, path)
    window = _window(qtbot, path)
    assert len(backups.list_backups(path)) == 2  # opening took today's daily and weekly
    window.backup_action.trigger()
    taken = [b for b in backups.list_backups(path) if b.kind == "manual"]
    assert len(taken) == 1 and "Backup written" in window.statusBar().currentMessage()

    with closing(sqlite3.connect(path)) as conn:  # a mistake made after the backup
        conn.execute("DELETE FROM answers")
        conn.commit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialogs: list[backup_dialog.RestoreDialog] = []

    def choose_first(dialog: backup_dialog.RestoreDialog) -> int:
        dialogs.append(dialog)
        dialog.grab().save(str(artifacts_dir / "restore-dialog.png"))
        assert dialog.list.count() == 3 and dialog.list.currentRow() == 0
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(backup_dialog.RestoreDialog, "exec", choose_first)
    window.restore_action.trigger()
    assert dialogs and dialogs[0].chosen == taken[0].path
    with window.db.read_session() as s:
        from sqlalchemy import func, select

        from auditor.store.models import Answer

        assert (s.scalar(select(func.count()).select_from(Answer)) or 0) > 0
    assert "Restored from" in window.statusBar().currentMessage()
    assert any(b.kind == "before-restore" for b in backups.list_backups(path))
    window.close()


def test_a_damaged_database_offers_the_newest_good_backup_on_open(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "damaged.sqlite"
    asked = damaged_copy(demo_db_file, path, monkeypatch)
    window = _window(qtbot, path)
    assert asked and "failed its check" in asked[0] and "Restore the newest good" in asked[0]
    assert backups.quick_check(path) is None
    assert window.audits_page.model.rowCount() > 0
    assert backups.list_backups(path)
    window.close()
