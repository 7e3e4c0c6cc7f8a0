"""The audit list's default view (newest first, no filter) read from an up-to-date SQLite file
with the standard library alone, so the window lists audits while SQLAlchemy (0.4 s to
import on a slow laptop) is still loading. Anything else (a server, an older schema, a
filter or another order) goes through `services.audit_list`; a test holds both to the same
rows on the demo database.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from auditor.labels import pick_label
from auditor.listing import AuditRow
from auditor.store.revision import HEAD_REVISION, is_sqlite_file

ROWS = """
SELECT audits.id, templates.name, template_versions.title, template_versions.version,
       organisations.name, locations.name, locations.city, people.name,
       audits.visit_start, audits.status, audits.score, audits.passed
FROM audits
JOIN template_versions ON audits.template_version_id = template_versions.id
JOIN templates ON template_versions.template_id = templates.id
JOIN locations ON audits.location_id = locations.id
JOIN organisations ON locations.organisation_id = organisations.id
JOIN people ON audits.shopper_id = people.id
ORDER BY audits.visit_start DESC, audits.id
LIMIT ? OFFSET ?
"""


def sqlite_file(target: str | Path | None, default: Path) -> Path | None:
    """The file a target names when it is an SQLite file that exists (None: a server URL,
    or nothing there yet)."""
    if isinstance(target, str) and "://" in target:
        return None
    path = Path(target).expanduser().resolve() if target is not None else default
    return path if path.is_file() else None


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    con.execute("PRAGMA busy_timeout = 10000")
    return con


def _current(con: sqlite3.Connection) -> bool:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == HEAD_REVISION


def is_current(path: Path) -> bool:
    """An SQLite file of ours at the newest schema (what the quick list's SQL is written for)."""
    if not is_sqlite_file(path):
        return False
    try:
        with closing(_connect(path)) as con:
            return _current(con)
    except sqlite3.Error:
        return False


def _row(raw: tuple[object, ...], language: str) -> AuditRow:
    passed = raw[11]
    return AuditRow(
        id=uuid.UUID(str(raw[0])),
        template=str(raw[1]),
        template_title=pick_label(json.loads(str(raw[2])), language),
        template_version=int(raw[3]),  # type: ignore[call-overload]
        organisation=str(raw[4]),
        location=str(raw[5]),
        city=str(raw[6]),
        shopper=str(raw[7]),
        visited_at=datetime.fromisoformat(str(raw[8])).replace(tzinfo=UTC),
        status=str(raw[9]),
        score=None if raw[10] is None else float(raw[10]),  # type: ignore[arg-type]
        passed=None if passed is None else bool(passed),
    )


def quick_block(path: Path, language: str, offset: int, limit: int) -> list[AuditRow]:
    """Rows offset..offset+limit of the list newest first."""
    with closing(_connect(path)) as con:
        return [_row(raw, language) for raw in con.execute(ROWS, (limit, offset))]


def quick_first_rows(
    path: Path, language: str, limit: int
) -> tuple[int, int, list[AuditRow]] | None:
    """Audits in all, audits listed (the same, nothing filters), the first rows; None when
    the file is not ours at the newest schema (the full path opens it)."""
    if not is_sqlite_file(path):
        return None
    try:
        with closing(_connect(path)) as con:
            con.execute("BEGIN")  # one snapshot for the schema, the count and the rows
            if not _current(con):
                return None
            total = int(con.execute("SELECT count(*) FROM audits").fetchone()[0])
            rows = [_row(raw, language) for raw in con.execute(ROWS, (limit, 0))]
    except sqlite3.Error:  # damaged: the full path checks it and offers a backup
        return None
    return total, total, rows
