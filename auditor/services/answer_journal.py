"""Answers typed but not yet committed, kept in a small journal beside the database.

A save waits while another program holds the write lock; if the window closes (or the
process dies) before the save lands, the answer is still in the journal and is written the
next time the database is opened. Each writer has its own file, locked while it is in use,
so a journal is replayed only once its writer is gone.

One JSON line per answer, then a `done` line once it is committed (or refused for good);
a file whose answers are all done is removed when its writer closes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.paths import user_data_dir
from auditor.store.db import Database

try:  # advisory locks: POSIX only; elsewhere a journal is replayed by the next open
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class JournalEntry:
    """One answer as the user gave it, with when they gave it."""

    audit_id: uuid.UUID
    key: str
    value: Any
    na: bool
    comment: str
    actor: str
    at: datetime

    def to_json(self, entry_id: int) -> dict[str, Any]:
        return {
            "id": entry_id,
            "audit": str(self.audit_id),
            "key": self.key,
            "value": self.value,
            "na": self.na,
            "comment": self.comment,
            "actor": self.actor,
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JournalEntry:
        return cls(
            audit_id=uuid.UUID(data["audit"]),
            key=str(data["key"]),
            value=data.get("value"),
            na=bool(data.get("na", False)),
            comment=str(data.get("comment", "")),
            actor=str(data.get("actor", "")),
            at=datetime.fromisoformat(data["at"]),
        )


def journal_dir(db: Database) -> Path:
    """Beside a SQLite file; for a server, in the user data folder under the URL's hash."""
    path = db.path
    if path is not None:
        return path.with_name(f".{path.name}.journal")
    digest = hashlib.sha256(db.label.encode()).hexdigest()[:16]
    return user_data_dir() / "journal" / digest


def _try_lock(fh: IO[str]) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class AnswerJournal:
    """One writer's journal file: `record` before queueing a save, `done` after it lands."""

    def __init__(self, db: Database) -> None:
        self.path = journal_dir(db) / f"{uuid.uuid4().hex}.jsonl"
        self._fh: IO[str] | None = None  # made with the first answer
        self._closed = False
        self._next = 0
        self._open: set[int] = set()

    @property
    def outstanding(self) -> int:
        return len(self._open)

    def record(self, entry: JournalEntry) -> int:
        self._next += 1
        self._write(entry.to_json(self._next))
        self._open.add(self._next)
        return self._next

    def done(self, entry_id: int) -> None:
        if entry_id in self._open:
            self._open.discard(entry_id)
            self._write({"done": entry_id})

    def _write(self, data: dict[str, Any]) -> None:
        if self._closed:
            return
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
            _try_lock(self._fh)
        self._fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._fh.flush()  # in the OS's hands: survives the process being killed

    def close(self) -> None:
        """Release the file; it stays (for the next open) only while answers are open."""
        self._closed = True
        if self._fh is None:
            return
        if not self._open:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._fh.close()
        self._fh = None


def _pending(lines: list[str]) -> list[JournalEntry]:
    entries: dict[int, JournalEntry] = {}
    for line in lines:
        try:
            data = json.loads(line)
        except json.JSONDecodeError:  # a line cut short by a crash: nothing after it counts
            break
        if "done" in data:
            entries.pop(int(data["done"]), None)
        else:
            entries[int(data["id"])] = JournalEntry.from_json(data)
    return [entries[k] for k in sorted(entries)]


def replay_journals(db: Database) -> int:
    """Write the answers of writers that are gone; returns how many were written.

    An answer is written only when the audit is still editable and nothing newer was saved
    for that question since it was typed; each journal is replayed in one transaction and
    removed after it commits."""
    from auditor.services.capture import AnswerState, AnswerWriter
    from auditor.store.models import Answer

    folder = journal_dir(db)
    if not folder.is_dir():
        return 0
    written = 0
    for path in sorted(folder.glob("*.jsonl")):
        with path.open("r+", encoding="utf-8") as fh:
            if not _try_lock(fh):
                continue  # its writer is still open
            entries = _pending(fh.read().splitlines())
            with db.session() as session:
                writers: dict[uuid.UUID, AnswerWriter | None] = {}
                for entry in entries:
                    if entry.audit_id not in writers:
                        try:
                            writers[entry.audit_id] = AnswerWriter(session, entry.audit_id)
                        except AuditorError:  # the audit is gone
                            writers[entry.audit_id] = None
                    writer = writers[entry.audit_id]
                    if writer is None or entry.key not in writer.question_ids:
                        continue
                    stored = session.scalar(
                        select(Answer.answered_at).where(
                            Answer.audit_id == entry.audit_id,
                            Answer.question_id == writer.question_ids[entry.key],
                        )
                    )
                    if stored is not None and stored >= entry.at:  # both aware (UTCDateTime)
                        continue  # saved again later: the newer answer stands
                    state = AnswerState(entry.value, entry.na, entry.comment)
                    try:
                        with session.begin_nested():
                            writer.save(session, entry.key, state, entry.actor, checked=False)
                    except AuditorError:  # submitted or accepted since: not ours to change
                        continue
                    written += 1
            os.unlink(path)
    return written
