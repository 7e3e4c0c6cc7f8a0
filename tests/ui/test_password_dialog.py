"""File > Change my password…: a team server user types a new password twice; the server
keeps its SCRAM verifier and the next login takes the new password only."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from tests.store.team import team_server
from ui.app import ensure_application
from ui.password_dialog import PasswordDialog

pytestmark = pytest.mark.postgres


def _login(url: str, user: str, password: str) -> str:
    return make_url(url).set(drivername="postgresql", username=user,
                             password=password).render_as_string(hide_password=False)  # fmt: skip


def test_a_user_changes_her_own_password_in_the_app(pg_url: str, qtbot: QtBot) -> None:
    ensure_application()
    server = team_server(pg_url)
    db = server.as_user("ann")
    try:
        dialog = PasswordDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.new, "short")
        qtbot.keyClicks(dialog.again, "short")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "at least 8" in dialog.error.text() and dialog.isVisible()
        for field in (dialog.new, dialog.again):
            field.clear()
        qtbot.keyClicks(dialog.new, "Nowe-haslo-Ann")
        qtbot.keyClicks(dialog.again, "Nowe-haslo-Anx")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "differ" in dialog.error.text()
        dialog.again.clear()
        qtbot.keyClicks(dialog.again, "Nowe-haslo-Ann")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        db.close()
    login = f"ann_{server.suffix}"
    psycopg.connect(_login(pg_url, login, "Nowe-haslo-Ann")).close()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(_login(pg_url, login, "pw-ann")).close()
