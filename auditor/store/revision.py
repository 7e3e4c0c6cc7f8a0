"""What marks a file as ours, kept apart from `store.db` so opening an up-to-date database
never imports Alembic (a third of a cold start) and the window's quick list needs no
SQLAlchemy: the SQLite header and the newest migration (a test holds it equal to Alembic's
own head)."""

from __future__ import annotations

from pathlib import Path

HEAD_REVISION = "0014_standard_target_labels"
SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """The file starts with SQLite's header (False when it cannot be read)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
