"""Automatic and manual backups of a SQLite database, its health check, and restoring.

Backups are taken with SQLite's online backup API, so a consistent copy is made while other
programs keep working on the file. They go to the user's backup folder (on the local disk
even when the database sits on a shared drive), one folder per database:
`daily-YYYY-MM-DD`, at most once a day, the newest 7 kept; `weekly-YYYY-Www`, the newest 4;
`manual-...` from File > Back up now; `before-restore-...`, the state a restore replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from auditor.errors import AuditorError
from auditor.files import atomic_path
from auditor.paths import user_data_dir

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MANUAL = 10
NAME = re.compile(r"^(daily|weekly|manual|before-restore)-(.+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # daily, weekly, manual, before-restore
    taken_at: datetime
    size: int


def backup_folder(db_path: Path, root: Path | None = None) -> Path:
    """The folder of one database's backups: its name plus a hash of where it lives, under
    `root` (a folder the user chose) or the user data folder's `backups`."""
    resolved = db_path.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return (root or user_data_dir() / "backups") / f"{resolved.stem}-{digest}"


def quick_check(path: Path) -> str | None:
    """`PRAGMA quick_check` on a file: None when it is sound, else what SQLite found."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    return "; ".join(str(r) for r in rows[:5])


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a live database, written atomically (never a half file)."""
    made: list[Path] = []
    try:
        with (
            atomic_path(target) as tmp,
            closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(tmp)) as dst,
        ):
            made.append(tmp)
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except sqlite3.Error as exc:  # a full disk shows up here as 'database or disk is full'
        raise AuditorError(
            "could not be written ({exc}); nothing was written", exc=exc, file=str(target)
        ) from exc
    finally:
        for tmp in made:  # what SQLite leaves beside a copy that failed
            for suffix in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{tmp}{suffix}")
    return target


def list_backups(db_path: Path, root: Path | None = None) -> list[Backup]:
    """This database's backups, newest first."""
    folder = backup_folder(db_path, root)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = NAME.match(path.name)
        if not match:
            continue
        stat = path.stat()
        found.append(
            Backup(path, match.group(1), datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        )
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _prune(db_path: Path, root: Path | None) -> None:
    keep = {"daily": KEEP_DAILY, "weekly": KEEP_WEEKLY, "manual": KEEP_MANUAL}
    seen: dict[str, int] = {}
    for backup in sorted(list_backups(db_path, root), key=lambda b: b.path.name, reverse=True):
        seen[backup.kind] = seen.get(backup.kind, 0) + 1
        if backup.kind in keep and seen[backup.kind] > keep[backup.kind]:
            with contextlib.suppress(OSError):
                backup.path.unlink()


def daily_backup(db_path: Path, today: date | None = None, root: Path | None = None) -> Path | None:
    """Today's backup if there is none yet (and this week's); None when nothing was due."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = today or date.today()
    folder = backup_folder(db_path, root)
    daily = folder / f"daily-{today.isoformat()}.sqlite"
    if daily.exists():
        return None
    copy_database(db_path, daily)
    year, week, _ = today.isocalendar()
    weekly = folder / f"weekly-{year}-W{week:02d}.sqlite"
    if not weekly.exists():
        copy_database(daily, weekly)
    _prune(db_path, root)
    return daily


def backup_now(db_path: Path, kind: str = "manual", root: Path | None = None) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S-%f")
    target = copy_database(db_path, backup_folder(db_path, root) / f"{kind}-{stamp}.sqlite")
    _prune(db_path, root)
    return target


def newest_good_backup(db_path: Path, root: Path | None = None) -> Backup | None:
    return next((b for b in list_backups(db_path, root) if quick_check(b.path) is None), None)


def restore(db_path: Path, backup: Path, root: Path | None = None) -> Path | None:
    """Put a backup's content in place of the database; returns the copy of what it replaced.

    The backup is checked first; the database's current state is kept as `before-restore`
    (when it can still be read). The content is copied with the backup API into the live
    file, so programs that have it open see either the old or the restored database."""
    from auditor.store.db import check_schema, inspect_sqlite_file

    problem = quick_check(backup)
    if problem:
        raise AuditorError("the backup is damaged ({problem})", problem=problem, file=str(backup))
    check_schema(inspect_sqlite_file(backup), str(backup))
    before: Path | None = None
    if db_path.exists() and quick_check(db_path) is None:
        before = backup_now(db_path, kind="before-restore", root=root)
    try:
        with (
            closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(db_path, timeout=30)) as dst,
        ):
            src.backup(dst)
    except sqlite3.DatabaseError:
        # The damaged file cannot take pages: replace it whole, its WAL first.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{db_path}{suffix}")
        copy_database(backup, db_path)
    return before
