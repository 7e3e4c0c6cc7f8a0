"""Showing an error to the user: a core error (AuditorError) in the window's language, through
the same gettext catalogue the command line uses; what the machinery said (a driver's own
text) only in a details area, never as the message."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor.cli_text import catalogue
from auditor.errors import AuditorError


def window_language() -> str:
    """The interface language (install_translations sets QLocale's default to it)."""
    name = QLocale().name()
    return "en" if name in ("C", "") else name.split("_")[0]


def error_text(error: BaseException) -> str:
    """What went wrong, in the window's language."""
    if isinstance(error, AuditorError):
        return error.translated(catalogue(window_language()).gettext, with_field=False)
    return str(error)


def error_details(error: BaseException) -> str:
    """The machinery's own words, for a details area (empty when there are none)."""
    return (error.details or "") if isinstance(error, AuditorError) else ""


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
