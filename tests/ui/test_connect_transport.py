"""The connect dialog shows what a weakened server address risks, and takes a CA certificate."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from tests.ui.typing import type_text
from tests.ui.windows import open_window
from ui.connect_dialog import ConnectDialog


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
