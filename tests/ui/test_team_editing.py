"""Working beside others: an answer someone else saved first, lists that follow the team
server, and connecting to it with the password kept in the keyring."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url, select

from auditor.services import capture
from auditor.services.templates import install_builtins
from auditor.services.users import add_user
from auditor.store import credentials
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Audit, Question
from tests.store.team import Server, laptop_with, team_server
from tests.ui.typing import type_text
from tests.ui.windows import open_window
from ui.app import ensure_application
from ui.capture.form_window import AuditFormWindow
from ui.connect_dialog import ConnectDialog

CHECKLIST = "mystery-shopper-branch"
KEY = "wait_seconds"


def _audit(db: Database) -> uuid.UUID:
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        return capture.start_audit(s, CHECKLIST, loc.id, "Anna Kowalska", datetime.now(UTC))


def _stored(db: Database, audit_id: uuid.UUID) -> object:
    with db.read_session() as s:
        return s.scalar(
            select(Answer.value)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.audit_id == audit_id, Question.key == KEY)
        )


def _someone_else_saves(path: Path, audit_id: uuid.UUID, value: float) -> None:
    other = open_database(path, create=False)  # another window, another laptop user
    with other.session() as s:
        capture.AnswerWriter(s, audit_id).save(s, KEY, capture.AnswerState(value), "Marta")
    other.close()


def _type_answer(qtbot: QtBot, window: AuditFormWindow, text: str) -> None:
    window.activateWindow()
    window.focus_question(KEY)
    line = QApplication.focusWidget()
    line.selectAll()  # type: ignore[union-attr]
    type_text(line, text)  # type: ignore[arg-type]
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # type: ignore[arg-type]


def test_an_answer_saved_elsewhere_first_is_shown_beside_the_shoppers_own(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    path = tmp_path / "shared.sqlite"
    db = open_database(path)
    audit_id = _audit(db)
    ensure_application()
    window = AuditFormWindow(db, audit_id, "en")
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_card() is not None)
    card = window.cards[KEY]

    _someone_else_saves(path, audit_id, 30)  # after the form was opened
    _type_answer(qtbot, window, "45")
    qtbot.waitUntil(lambda: card.conflict.isVisible(), timeout=5000)
    assert "Marta" in card.conflict_text.text() and "“30”" in card.conflict_text.text()
    assert card.state().value == 45  # the shopper's answer is still on screen
    assert _stored(db, audit_id) == 30  # and theirs is what is stored
    window.focus_question(KEY)
    window.grab().save(str(artifacts_dir / "answer-conflict-en.png"))

    qtbot.mouseClick(card.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.waiting and window.autosave.pending == 0, timeout=5000)
    assert not card.conflict.isVisible()
    assert _stored(db, audit_id) == 45

    _someone_else_saves(path, audit_id, 50)
    _type_answer(qtbot, window, "60")
    qtbot.waitUntil(lambda: card.conflict.isVisible(), timeout=5000)
    qtbot.mouseClick(card.take_theirs_button, Qt.MouseButton.LeftButton)
    assert card.state().value == 50 and window.answers[KEY].value == 50
    qtbot.waitUntil(lambda: window.autosave.pending == 0, timeout=5000)
    _type_answer(qtbot, window, "70")  # from here on the shopper's saves go through again
    qtbot.waitUntil(lambda: not window.waiting and window.autosave.pending == 0, timeout=5000)
    assert not card.conflict.isVisible()
    assert _stored(db, audit_id) == 70
    window.close()
    db.close()


@pytest.mark.postgres
def test_the_audit_list_follows_changes_made_elsewhere_on_the_team_server(
    qtbot: QtBot, pg_url: str
) -> None:
    db = open_database(pg_url)
    audit_id = _audit(db)
    db.close()
    window = open_window(qtbot, pg_url)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.audits_page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.live.listening and window.live.listener is not None
                    and window.live.listener._ready.is_set(), timeout=5000)  # fmt: skip
    other = open_database(pg_url, create=False)
    with other.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Sopot Molo", "Sopot")
        capture.start_audit(s, CHECKLIST, loc.id, "Piotr Nowak", datetime.now(UTC))
    other.close()
    qtbot.waitUntil(lambda: window.audits_page.model.rowCount() == 2, timeout=10_000)
    assert audit_id
    window.close()


class MemoryKeyring(KeyringBackend):
    """A keyring of this process only (the test machine has no desktop keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.mark.postgres
def test_connecting_to_the_team_server_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot, pg_url: str, tmp_path: Path, isolated_home: Path
) -> None:
    ring = MemoryKeyring()
    old = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        owner = open_database(pg_url)
        login = f"anna_{uuid.uuid4().hex[:6]}"
        with owner.session() as s:
            install_builtins(s)
            add_user(s, login, "shopper", "s3cret-Ł", "Anna Kowalska")
        owner.close()
        window = open_window(qtbot, tmp_path / "laptop.sqlite")
        server = make_url(pg_url)
        dialog = ConnectDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        for field, text in ((dialog.host, server.host), (dialog.port, str(server.port)),
                            (dialog.database, server.database), (dialog.login, login),
                            (dialog.password, "s3cret-Ł"),
                            (dialog.ca_file, server.query.get("sslrootcert", ""))):  # fmt: skip
            field.clear()
            type_text(field, str(text))
        assert dialog.transport_warning.isHidden()  # the defaults: verify-full, SCRAM, binding
        dialog.remember.setChecked(True)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.db.url.username == login, timeout=10_000)
        assert window.db.url.host == server.host
        assert ring.items == {
            (credentials.SERVICE, f"{login}@{server.host}:{server.port}/{server.database}"):
            "s3cret-Ł"
        }  # fmt: skip
        assert "s3cret" not in window.db.label
        config = "".join(p.read_text(errors="replace") for p in isolated_home.rglob("*")
                         if p.is_file() and p.suffix in (".conf", ".ini"))  # fmt: skip
        assert login in config and "s3cret" not in config  # remembered, without the password
        # opened again from the recent list: the password comes from the keyring
        assert window.switch_to(window.db.label)
        assert window.db.url.username == login
        window.close()
    finally:
        keyring.set_keyring(old)


@pytest.fixture
def server(pg_url: str) -> Server:
    return team_server(pg_url)


@pytest.mark.postgres
def test_file_sync_sends_the_laptops_audits_in_the_background_and_brings_reviews_back(
    qtbot: QtBot, server: Server, tmp_path: Path
) -> None:
    laptop, ids = laptop_with(tmp_path / "ann.sqlite", 3)
    laptop.close()
    window = open_window(qtbot, tmp_path / "ann.sqlite")
    assert window.sync_action.isEnabled()
    window.sync_action.trigger()
    dialog = window.connect_window
    target = make_url(server.url)
    for field, value in ((dialog.host, target.host), (dialog.port, str(target.port)),
                         (dialog.database, target.database), (dialog.login, f"ann_{server.suffix}"),
                         (dialog.password, "pw-ann"),
                         (dialog.ca_file, target.query.get("sslrootcert", ""))):  # fmt: skip
        field.clear()
        type_text(field, str(value))
    dialog.remember.setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: window.packages.job is None and "Synced" in
                    window.statusBar().currentMessage(), timeout=20_000)  # fmt: skip
    assert "3 audits sent" in window.statusBar().currentMessage()
    assert window.db.path == tmp_path / "ann.sqlite"  # the window stays on the laptop's file
    assert make_url(window.settings.sync_server).database == target.database
    assert "pw-ann" not in window.settings.sync_server
    assert "sslrootcert=" in window.settings.sync_server  # the CA is remembered with the address
    owner = open_database(server.url, create=False)
    with owner.read_session() as s:
        assert set(s.scalars(select(Audit.id))) == set(ids)
    owner.close()
    window.close()
