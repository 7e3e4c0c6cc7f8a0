"""File > Change my password…: a team server user sets her own password.

The new password goes to the server as a SCRAM verifier made on this laptop
(auditor.services.users.change_password); a password remembered in the keyring is replaced.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.services.users import MIN_PASSWORD, change_password
from auditor.store.db import Database
from ui.direction import isolate
from ui.errors import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PasswordDialog", text)


class PasswordDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Change my password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        # the database's name or address kept in its own order inside right-to-left text
        heading = QLabel(tr("Your new password for %1").replace("%1", isolate(db.label)))
        heading.setWordWrap(True)  # a long server address wraps at its slashes
        layout.addWidget(heading)
        form = QFormLayout()
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("&New password:"), self.new)
        form.addRow(tr("&Again:"), self.again)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("passwordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def change(self) -> None:
        new, again = self.new.text(), self.again.text()
        if len(new) < MIN_PASSWORD:
            self.error.setText(
                tr("A password has at least %1 characters.").replace("%1", str(MIN_PASSWORD))
            )
            return
        if new != again:
            self.error.setText(tr("The two passwords differ."))
            return
        try:
            with self.db.session() as session:
                change_password(session, new)
        except AuditorError as exc:
            self.error.setText(error_text(exc))
            return
        self._update_keyring(new)
        self.accept()

    def _update_keyring(self, password: str) -> None:
        from auditor.store import credentials

        if credentials.stored_password(self.db.url):
            credentials.remember_password(self.db.url, password)
