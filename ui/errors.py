"""Showing an error to the user: a core error (AuditorError) in the window's language, through
the same gettext catalogue the command line uses; what the machinery said (a driver's own
text) only in a details area, never as the message."""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor.cli_text import catalogue
from auditor.errors import AuditorError, Phrase

# libpq names the server it could not reach: connection to server at "db.example.org"
# (10.0.0.5), port 5432 failed
SERVER_IN_TEXT = re.compile(r'server (?:at|on) "([^"]+)"(?: \([^)]*\))?,? port (\d+)')


def window_language() -> str:
    """The interface language (install_translations sets QLocale's default to it)."""
    name = QLocale().name()
    return "en" if name in ("C", "") else name.split("_")[0]


def _as_core_error(error: BaseException) -> AuditorError | None:
    """A lost or refused team-server connection (SQLAlchemy's OperationalError, met by a job
    after the opening) as the core's plain message naming the server; None for others."""
    sql = sys.modules.get("sqlalchemy.exc")  # imported by then whenever a database was used
    if sql is None or not isinstance(error, sql.OperationalError):
        return None
    said = str(getattr(error, "orig", None) or error)
    if "connect" not in said.lower() and "server closed" not in said.lower():
        return None
    from sqlalchemy.engine import make_url

    from auditor.store.db import connection_refused

    found = SERVER_IN_TEXT.search(said)
    host = found.group(1) if found else "?"
    port = int(found.group(2)) if found and found.group(2) else None
    return connection_refused(error, make_url("postgresql+psycopg://").set(host=host, port=port))


def phrase_text(phrase: Phrase | str) -> str:
    """A piece of a core message (a Phrase) in the window's language; text as it is."""
    if isinstance(phrase, Phrase):
        return phrase.render(catalogue(window_language()).gettext)
    return phrase


def error_text(error: BaseException) -> str:
    """What went wrong, in the window's language; never a driver's or Python's own text
    (an unexpected error says so, its text kept for the details and the console)."""
    core = error if isinstance(error, AuditorError) else _as_core_error(error)
    if core is not None:
        return core.translated(catalogue(window_language()).gettext, with_field=False)
    if isinstance(error, OSError) and error.strerror:
        name = f"{error.filename}: " if error.filename else ""
        return f"{name}{error.strerror}"
    return QCoreApplication.translate("Errors", "An unexpected error stopped this (%1).").replace(
        "%1", type(error).__name__
    )


def error_details(error: BaseException) -> str:
    """The machinery's own words, for a details area (empty when there are none)."""
    if isinstance(error, AuditorError):
        return error.details or ""
    core = _as_core_error(error)
    if core is not None:
        return core.details or ""
    return f"{type(error).__name__}: {error}"


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A modal box with the error in the window's language, and its details (what the
    machinery said) folded away under "Show Details..." when there are any."""
    details = error_details(error)
    if not details:
        QMessageBox.critical(parent, title, error_text(error))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(error),
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    box.setDetailedText(details)
    box.exec()
