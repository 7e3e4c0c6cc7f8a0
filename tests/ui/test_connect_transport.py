"""The connect dialog shows what a weakened server address risks, and takes a CA certificate;
syncing, it shows the progress and then the outcome, a failure in plain words, until closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from tests.conftest import ARTIFACTS
from tests.ui.typing import type_text
from tests.ui.windows import open_window
from ui.connect_dialog import ConnectDialog
from ui.main_window import MainWindow


def test_a_remembered_weak_address_is_kept_and_its_risk_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "laptop.sqlite")
    window.settings.sync_server = (
        "postgresql+psycopg://ann@db.example.org:5433/audits?sslmode=require&connect_timeout=7"
    )
    dialog = ConnectDialog(window, for_sync=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.transport_warning.isVisible()
    assert (
        "sslmode=require does not check the server's certificate: a man in the middle can "
        "read the password exchange and all data." in dialog.transport_warning.text()
    )
    # the CA certificate has its field; the rest of the address stays as it was (obeyed)
    type_text(dialog.ca_file, "/home/ann/team-ca.crt")
    type_text(dialog.password, "pw-ann")
    url = dialog.url()
    assert dict(url.query) == {
        "sslmode": "require",
        "connect_timeout": "7",
        "sslrootcert": "/home/ann/team-ca.crt",
    }
    assert dialog.transport_warning.isVisible()
    window.close()


def test_the_default_address_shows_no_warning_and_keeps_the_ca(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "laptop.sqlite")
    window.settings.sync_server = (
        "postgresql+psycopg://ann@db.example.org/audits?sslrootcert=%2Fetc%2Fteam-ca.crt"
    )
    dialog = ConnectDialog(window, for_sync=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ca_file.text() == "/etc/team-ca.crt"
    assert not dialog.transport_warning.isVisible()
    assert make_url(dialog.url().render_as_string()).query == {"sslrootcert": "/etc/team-ca.crt"}
    window.close()


def _sync_dialog(qtbot: QtBot, tmp_path: Path, address: str) -> tuple[MainWindow, ConnectDialog]:
    window = open_window(qtbot, tmp_path / "laptop.sqlite")
    window.settings.sync_server = address
    dialog = ConnectDialog(window, for_sync=True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return window, dialog


def test_a_failed_sync_says_why_in_the_dialog_until_it_is_closed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # nothing listens on port 1: the connection is refused at once
    window, dialog = _sync_dialog(
        qtbot, tmp_path, "postgresql+psycopg://ann@127.0.0.1:1/audits?sslmode=disable"
    )
    type_text(dialog.password, "pw-ann")
    dialog.remember.setChecked(False)
    sync = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(sync, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and dialog.progress.isVisible()  # progress while it runs
    assert not dialog.host.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    qtbot.wait(200)  # a while later: still open, still saying why
    assert dialog.isVisible() and dialog.outcome.isVisible()
    assert dialog.stage.text() == "The sync did not go through."
    assert dialog.outcome.text() == (
        "The server at 127.0.0.1:1 cannot be reached: check the address, the network, and "
        "that the server is running"
    )
    assert "psycopg" not in dialog.outcome.text() and "Errno" not in dialog.outcome.text()
    assert sync.isEnabled() and dialog.host.isEnabled()  # fix the address, try again
    assert sync.text() == "&Try again"
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close"
    dialog.grab().save(str(ARTIFACTS / "sync-failed-en.png"))
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.close()


@pytest.mark.postgres
def test_a_sync_shows_what_was_sent_and_received(qtbot: QtBot, tmp_path: Path, pg_url: str) -> None:
    from PIL import Image

    from tests.store.team import laptop_with, team_server

    server = team_server(pg_url)
    photo = tmp_path / "front.png"
    Image.new("RGB", (64, 48), "#2a7ab0").save(photo)
    laptop, _ids = laptop_with(tmp_path / "laptop.sqlite", 2, photo)
    laptop.close()
    url = make_url(server.url)
    address = url.set(username=f"ann_{server.suffix}", password=None).render_as_string(
        hide_password=False
    )
    window, dialog = _sync_dialog(qtbot, tmp_path, address)
    type_text(dialog.password, "pw-ann")
    dialog.remember.setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.isVisible() and dialog.stage.text() == "The sync is done."
    assert dialog.outcome.text().startswith("Sent: 2 audits and 1 diaries."), dialog.outcome.text()
    dialog.grab().save(str(ARTIFACTS / "sync-done-en.png"))
    dialog.reject()
    window.close()
