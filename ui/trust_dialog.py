"""Receive from a sender this database has not enrolled: her key's fingerprint, to compare
with what she reads aloud, and trust only when someone says so (the default is No)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from auditor.services.trust import ROLES, Sender


def tr(text: str) -> str:
    return QCoreApplication.translate("TrustDialog", text)


def role_label(role: str) -> str:
    return {"shopper": tr("Shopper"), "reviewer": tr("Reviewer"),
            "manager": tr("Manager")}.get(role, role)  # fmt: skip


class TrustDialog(QDialog):
    """Trust is a decision: the button stays off until the codes were compared."""

    def __init__(self, sender: Sender, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(tr("Unknown sender"))
        layout = QVBoxLayout(self)
        about = QLabel(
            tr("This package is signed with a key this database does not trust yet. Nothing "
               "is imported from it unless you trust the key. Ask %1 to read you the code of "
               "her key (Help → About on her laptop, or service-auditor key show) and compare "
               "it with this one:").replace("%1", sender.person)
        )  # fmt: skip
        about.setWordWrap(True)
        layout.addWidget(about)
        code = QLabel(sender.fingerprint)
        code.setObjectName("trustCode")
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 6)
        code.setFont(font)
        layout.addWidget(code)
        form = QFormLayout()
        self.person = QLineEdit(sender.person)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        form.addRow(tr("&Person:"), self.person)
        form.addRow(tr("&Role:"), self.role)
        layout.addLayout(form)
        self.compared = QCheckBox(tr("&The code she read me is exactly this one"))
        self.compared.setChecked(False)
        layout.addWidget(self.compared)
        buttons = QDialogButtonBox()
        self.trust = buttons.addButton(tr("Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust.setObjectName("trustButton")
        self.trust.setEnabled(False)
        self.refuse = buttons.addButton(tr("Do not trust"), QDialogButtonBox.ButtonRole.RejectRole)
        self.refuse.setDefault(True)
        self.compared.toggled.connect(self.trust.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.trust.setDefault(False)
        self.refuse.setDefault(True)  # Enter says No
        self.refuse.setFocus()

    def chosen(self) -> tuple[str, str]:
        return self.person.text().strip(), str(self.role.currentData())
