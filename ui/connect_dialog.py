"""File > Connect to team server…: a PostgreSQL server, as one of its users.

The password goes to the system keyring when asked to (through `keyring`), never into the
settings: the server is remembered by its address and login alone (and the CA certificate
file, if one is given). A remembered address that asks for less than the default TLS and
login checks (auditor.store.transport) is kept as it is and its risks are shown.

Syncing, the dialog stays open: a progress bar and what the sync is doing while it runs
(Cancel stops it), then what was sent and received, or why it failed in plain words, until
the user closes it (or tries again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL, make_url

from auditor.errors import AuditorError
from auditor.store import credentials
from auditor.store.credentials import without_password
from auditor.store.transport import TransportWarning, transport_warnings
from ui.errors import error_text

if TYPE_CHECKING:
    from auditor.services.sync import SyncResult
    from ui.main_window import MainWindow
    from ui.workers import Job


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


def describe_warning(warning: TransportWarning) -> str:
    """A weakened connection setting and what it risks, in the interface language."""
    texts = {
        "no-tls": tr(
            "sslmode=%1: the connection may go without TLS and the server is not checked; "
            "anyone on the way can read and change the login and all data."
        ),
        "no-certificate-check": tr(
            "sslmode=%1 does not check the server's certificate: a man in the middle can read "
            "the password exchange and all data."
        ),
        "no-host-check": tr(
            "sslmode=%1 does not check that the certificate names this server: any server "
            "with a certificate from the same CA can pose as it."
        ),
        "weak-login": tr(
            "require_auth=%1 lets the server ask for another login than SCRAM: a server posing "
            "as this one may be sent the password, or a hash of it that it can crack."
        ),
        "no-channel-binding": tr(
            "channel_binding=%1 does not tie the login to the TLS connection: a man in the "
            "middle can pass your login on to the real server."
        ),
    }
    text = texts.get(warning.risk)
    return text.replace("%1", warning.value) if text else warning.text


def stage_text(stage: str) -> str:
    """What a sync is doing, in words."""
    return {
        "connect": tr("Connecting to the server…"),
        "push": tr("Sending this laptop's audits…"),
        "pull": tr("Receiving what the server has for this laptop…"),
    }.get(stage, tr("Syncing…"))


def outcome_text(result: SyncResult) -> str:
    """What a finished sync sent and received, in words."""
    if not (result.pushed or result.pushed_diaries or result.pulled or result.checklists
            or result.actions or result.conflicts):  # fmt: skip
        return tr("Nothing to send or receive: this laptop and the server hold the same.")
    lines = [
        tr("Sent: %1 audits and %2 diaries.")
        .replace("%1", str(result.pushed))
        .replace("%2", str(result.pushed_diaries)),
        tr("Received: %1 audits, %2 checklists and %3 corrective actions.")
        .replace("%1", str(result.pulled))
        .replace("%2", str(result.checklists))
        .replace("%3", str(result.actions)),
    ]
    if result.conflicts:
        lines.append(
            tr(
                "%1 audits were changed on both sides; both versions are kept for a reviewer."
            ).replace("%1", str(result.conflicts))
        )
    return "\n".join(lines)


class ConnectDialog(QDialog):
    """Log in to a team server: open it in the window, or (`for_sync`) sync this laptop's
    database with it in the background, the dialog showing its progress and outcome."""

    stage_reached = Signal(str)  # from the sync's thread: delivered on the UI thread

    def __init__(
        self, window: MainWindow, parent: QWidget | None = None, *, for_sync: bool = False
    ) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.for_sync = for_sync  # sync this laptop's file with the server, staying on it
        self.setWindowTitle(tr("Sync with a team server") if for_sync
                            else tr("Connect to a team server"))  # fmt: skip
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "The team's PostgreSQL server, set up by your administrator. "
                "Log in with the login and password you were given."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        current = window.db.url if window.db.url.get_backend_name() == "postgresql" else None
        if for_sync and window.settings.sync_server:
            current = make_url(window.settings.sync_server)
        self.host = QLineEdit(current.host if current and current.host else "localhost")
        self.port = QLineEdit(str(current.port or 5432) if current else "5432")
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.database = QLineEdit(current.database if current and current.database else "")
        self.login = QLineEdit(current.username if current and current.username else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # the rest of a remembered address (sslmode=..., connect_timeout=...) stays as it was;
        # the CA certificate has its own field
        query = dict(current.query) if current else {}
        ca = query.pop("sslrootcert", "")
        self.query = query
        self.ca_file = QLineEdit(ca if isinstance(ca, str) else ca[-1])
        self.ca_file.setPlaceholderText(tr("optional: the CA that signed the server's certificate"))
        for name, field in (("host", self.host), ("port", self.port),
                            ("database", self.database), ("login", self.login),
                            ("password", self.password),
                            ("sslrootcert", self.ca_file)):  # fmt: skip
            field.setObjectName(name)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(tr("&Server:"), self.host)
        form.addRow(tr("P&ort:"), self.port)
        form.addRow(tr("&Database:"), self.database)
        form.addRow(tr("&Login:"), self.login)
        form.addRow(tr("Pass&word:"), self.password)
        ca_label = QLabel(tr("C&A certificate:"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        layout.addLayout(form)
        self.transport_warning = QLabel()
        self.transport_warning.setObjectName("transportWarning")
        self.transport_warning.setWordWrap(True)
        self.transport_warning.hide()
        layout.addWidget(self.transport_warning)
        self.host.textChanged.connect(self._show_transport)
        self._show_transport()
        self.remember = QCheckBox(tr("&Remember the password in the system keyring"))
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.job: Job | None = None
        self.stage = QLabel()
        self.stage.setObjectName("syncStage")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.outcome = QLabel()
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.stage, self.progress, self.outcome):
            w.hide()
            layout.addWidget(w)
        self.stage_reached.connect(lambda stage: self.stage.setText(stage_text(stage)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("&Sync") if for_sync else tr("&Connect")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def url(self) -> URL:
        query = dict(self.query)
        if self.ca_file.text().strip():
            query["sslrootcert"] = self.ca_file.text().strip()
        return URL.create(
            "postgresql+psycopg",
            username=self.login.text().strip() or None,
            password=self.password.text() or None,
            host=self.host.text().strip() or "localhost",
            port=int(self.port.text() or 5432),
            database=self.database.text().strip() or None,
            query=query,
        )

    def _choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("The server's CA certificate"),
            self.ca_file.text(),
            tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _show_transport(self) -> None:
        """What the address gives up of the default TLS and login checks, if anything."""
        found = transport_warnings(self.url())
        lines = [tr("This connection is weaker than the default:")]
        lines += [describe_warning(w) for w in found]
        self.transport_warning.setText("\n".join(lines) if found else "")
        self.transport_warning.setVisible(bool(found))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        if self.job is not None:
            return
        if not self.database.text().strip() or not self.login.text().strip():
            self._say(tr("Give the database and your login."))
            return
        url = self.url()
        address = url.render_as_string(hide_password=False)
        if self.for_sync:
            self._sync(url, address)
            return
        if not self.window_.switch_to(address):
            self._say(tr("Not connected; check the server, login and password."))
            return
        self._remember(url)
        super().accept()

    def _remember(self, url: URL) -> None:
        if self.remember.isChecked() and url.password:
            try:
                credentials.remember_password(url, url.password)
            except AuditorError as exc:
                self.window_.show_message(error_text(exc))

    # -- sync: progress, then the outcome, in the dialog ------------------------------------
    def _sync(self, url: URL, address: str) -> None:
        self._say("")
        self.outcome.hide()
        job = self.window_.packages.sync(address, follow=self._follow,
                                         stage=self.stage_reached.emit)  # fmt: skip
        if job is None:
            self._say(tr("Another transfer is running; wait for it first."))
            return
        self.window_.settings.sync_server = without_password(url).render_as_string(
            hide_password=False
        )
        self.synced_url = url

    synced_url: URL | None = None

    def _follow(self, job: Job) -> None:
        self.job = job
        self.stage.setText(stage_text("connect"))
        self.progress.setRange(0, 0)  # busy until the first count
        self.stage.show()
        self.progress.show()
        self._running(True)
        job.signals.progress.connect(self._progress)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._ended)

    def _running(self, running: bool) -> None:
        for field in (self.host, self.port, self.database, self.login, self.password,
                      self.ca_file, self.remember):  # fmt: skip
            field.setEnabled(not running)
        sync = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sync.setEnabled(not running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(tr("Stop") if running else tr("Close"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, result: SyncResult) -> None:
        self.stage.setText(tr("The sync is done."))
        self.outcome.setStyleSheet("")
        self.outcome.setText(outcome_text(result))
        self.outcome.show()
        if self.synced_url is not None:
            self._remember(self.synced_url)
        sync = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sync.setText(tr("&Sync again"))

    def _failed(self, text: str) -> None:
        self.stage.setText(tr("The sync did not go through."))
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(text[:1].upper() + text[1:])  # a sentence of its own here
        sync = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sync.setText(tr("&Try again"))
        self.outcome.show()

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self._running(False)

    def reject(self) -> None:
        if self.job is not None:  # Stop: the sync ends at its next step, then says so
            self.job.cancel()
            self.stage.setText(tr("Stopping…"))
            return
        super().reject()
