"""Opening a database in the window: health check, daily backup, journalled answers.

The window opens a database at start, from File > Open and after a restore; each time the
file is checked (`PRAGMA quick_check`), a damaged one offers the newest good backup, today's
backup is taken if none is, and answers a closed window could not save are written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor.errors import AuditorError
from auditor.services.answer_journal import replay_journals
from auditor.services.templates import install_builtins
from auditor.store import backups
from auditor.store.db import (
    Database,
    inspect_sqlite_file,
    open_database,
    resolve_url,
    sqlite_path,
)
from auditor.store.revision import HEAD_REVISION, is_sqlite_file
from ui import formats
from ui.direction import isolate
from ui.errors import error_text
from ui.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseOpen", text)


def check_or_restore(parent: QWidget | None, path: Path) -> None:
    """A file that fails its check: say so and offer the newest good backup."""
    if not is_sqlite_file(path):
        return  # not ours or not a database: opening refuses it with its own message
    problem = backups.quick_check(path)
    if problem is None:
        return
    root = Settings().backup_folder
    good = backups.newest_good_backup(path, root)
    # in plain words; what SQLite's check said (its own English) only under Show Details
    found = tr("What the check found: %1").replace("%1", problem)
    if good is None:
        text = tr(
            "%1 failed its check, so it may be damaged, and there is no good backup of it."
        ).replace("%1", isolate(str(path)))
        _damaged_box(parent, QMessageBox.Icon.Warning, text, found, ask=False).exec()
        return
    text = (
        tr("%1 failed its check, so it may be damaged.\n\nRestore the newest good backup, from %2?")
        .replace("%1", isolate(str(path)))
        .replace("%2", formats.date_time(good.taken_at))
    )
    box = _damaged_box(parent, QMessageBox.Icon.Question, text, found, ask=True)
    if box.exec() == QMessageBox.StandardButton.Yes:
        backups.restore(path, good.path, root)


def _damaged_box(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, details: str, *, ask: bool
) -> QMessageBox:
    """The damaged-file message: a translated sentence, the check's own words folded away."""
    buttons = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if ask
        else QMessageBox.StandardButton.Ok
    )
    box = QMessageBox(icon, tr("Database damaged"), text, buttons, parent)
    box.setObjectName("databaseDamaged")
    box.setDetailedText(details)
    if ask:
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def open_for_window(
    parent: QWidget | None, target: str | Path | None, *, create: bool = True
) -> tuple[Database, str]:
    """Open for the window (creating a new database only with `create`: the first start and
    New database, never Open or a recent file that has gone); returns the database and a note
    for the status bar (what was backed up or replayed, or empty)."""
    path = sqlite_path(resolve_url(target))
    if path is not None and path.exists():
        check_or_restore(parent, path)
    db = open_database(target, create=create)
    try:
        notes = look_after(db)
    except Exception:
        db.close()
        raise
    return db, " ".join(notes)


def look_after(db: Database) -> list[str]:
    """What every opening does after the file passed its check: built-in checklists
    installed, answers a closed window could not save written, today's backup taken.
    Safe off the UI thread (no dialogs); returns notes for the status bar."""
    notes = []
    if db.path is not None or db.created:  # a team server's come with `server init`
        with db.session() as session:  # (its users may not write checklists)
            install_builtins(session)
    written = replay_journals(db)
    if written:
        notes.append(
            tr("%1 answers that could not be saved before were saved now.").replace(
                "%1", str(written)
            )
        )
    if db.path is not None:
        try:
            if backups.daily_backup(db.path, root=Settings().backup_folder):
                notes.append(tr("Today's backup was taken."))
        except (AuditorError, OSError) as exc:
            message = error_text(exc)
            notes.append(tr("The daily backup failed: %1").replace("%1", message))
    return notes


def needs_check_first(target: str | Path | None) -> bool:
    """A file an opening would upgrade: its health is checked before a migration writes to
    it (any other file is checked while its list is already on screen)."""
    path = sqlite_path(resolve_url(target))
    if path is None or not path.exists():
        return False
    state = inspect_sqlite_file(path)
    return not state.empty and state.revision != HEAD_REVISION
