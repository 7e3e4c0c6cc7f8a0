"""Several writers on one SQLite file: writes wait for the lock, nothing is lost.

Real processes on a real file: the form's autosave writer in four of them, `rescore` in a
loop and a report in two more, all at once.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from auditor.services import capture
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, ChangeLogEntry, Location, Organisation, Question

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 4
SAVES = 200


def _draft(db: Database, shopper: str) -> uuid.UUID:
    with db.session() as s:
        loc = s.scalars(select(Location).order_by(Location.name)).first()
        assert loc is not None
        return capture.start_audit(s, "mystery-shopper-branch", loc.id, shopper, datetime.now(UTC))


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_proc", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _result(proc: subprocess.Popen[str]) -> object:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    return json.loads(line[7:])


def test_four_autosaving_processes_a_rescore_loop_and_a_report_lose_nothing(
    demo_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "shared.sqlite"
    shutil.copy(demo_db_file, path)
    db = open_database(path)
    audits = [_draft(db, f"Writer {n}") for n in range(WRITERS)]
    db.close()

    writers = [
        _spawn("autosave", str(path), str(a), str(SAVES), f"writer-{n}")
        for n, a in enumerate(audits)
    ]
    rescores = _spawn("cli", str(path), "5", "rescore")
    report = _spawn("cli", str(path), "1", "report", "summary", "--out", str(tmp_path / "s.pdf"))

    for proc in writers:
        tally = _result(proc)
        assert tally == {"saved": SAVES, "failed": 0, "waited": tally["waited"],  # type: ignore[index]
                         "errors": [], "left": 0}  # fmt: skip
    assert _result(rescores) == [0] * 5
    assert _result(report) == [0]
    assert (tmp_path / "s.pdf").stat().st_size > 1000

    db = open_database(path, create=False)
    with db.read_session() as s:
        for n, audit_id in enumerate(audits):
            logged = s.scalar(
                select(func.count())
                .select_from(ChangeLogEntry)
                .where(ChangeLogEntry.actor == f"writer-{n}")
            )
            assert logged == SAVES  # every save landed, once
            last = s.scalar(
                select(Answer.value)
                .join(Question, Question.id == Answer.question_id)
                .where(Answer.audit_id == audit_id, Question.key == "wait_seconds")
            )
            assert last == SAVES  # in the order they were made
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    db.close()


def test_a_write_that_reads_first_waits_for_another_writer(tmp_path: Path) -> None:
    """The case deferred transactions lose: read, another process commits, then write."""
    path = tmp_path / "two.sqlite"
    first = open_database(path)
    second = open_database(path)
    errors: list[BaseException] = []
    started = threading.Event()

    def later_writer() -> None:
        try:
            started.set()
            with second.session() as s:
                n = s.scalar(select(func.count()).select_from(Organisation))
                s.add(Organisation(name=f"saw {n}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    with first.session() as s:
        s.add(Organisation(name="first"))
        s.flush()
        thread = threading.Thread(target=later_writer)
        thread.start()
        started.wait()
        time.sleep(0.3)  # the other writer is now waiting for our lock
    thread.join(timeout=30)
    assert errors == []
    with first.read_session() as s:
        assert sorted(s.scalars(select(Organisation.name))) == ["first", "saw 1"]
    first.close()
    second.close()


def test_a_long_read_does_not_block_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "read.sqlite"
    db = open_database(path)
    with db.read_session() as reading:
        reading.scalar(select(func.count()).select_from(Location))
        took = time.perf_counter()
        with closing(sqlite3.connect(path, timeout=0.1)) as raw:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE locations SET city = city")
            raw.execute("COMMIT")
        assert time.perf_counter() - took < 1.0
    db.close()


def test_an_immediate_write_waits_and_postgres_is_untouched(
    database: Database,
) -> None:
    """Write sessions work the same on both backends (PostgreSQL knows no BEGIN IMMEDIATE)."""
    with database.session() as s:
        s.execute(text("SELECT 1"))
    with database.read_session() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1


@pytest.mark.parametrize("busy_ms", [150])
def test_autosave_waits_out_a_lock_longer_than_the_busy_timeout(
    busy_ms: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from auditor.services.answer_journal import JournalEntry
    from auditor.store import db as dbmod
    from ui.capture.autosave import AutosaveWriter

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", busy_ms)
    path = tmp_path / "busy.sqlite"
    db = open_database(path)
    from auditor.services.templates import install_builtins

    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Org", "Branch", "City")
        audit_id = capture.start_audit(s, "mystery-shopper-branch", loc.id, "A", datetime.now(UTC))
    with db.read_session() as s:
        writer = capture.AnswerWriter(s, audit_id)
    events: list[str] = []
    saver = AutosaveWriter(db)
    direct = Qt.ConnectionType.DirectConnection
    saver.waiting.connect(lambda *_: events.append("waiting"), direct)
    saver.saved.connect(lambda *_: events.append("saved"), direct)
    saver.failed.connect(lambda _s, _w, m: events.append(f"failed {m}"), direct)

    with closing(sqlite3.connect(path, timeout=5)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock for 1.2 s
        entry = JournalEntry(audit_id, "wait_seconds", 42, False, "", "A", datetime.now(UTC))
        saver.submit(
            "wait_seconds",
            lambda s: writer.save(s, "wait_seconds", capture.AnswerState(42), "A"),
            entry,
        )
        time.sleep(1.2)
        assert "waiting" in events and "saved" not in events
        other.execute("COMMIT")
    saver.flush()
    assert saver.close() == 0
    assert events[-1] == "saved" and not any(e.startswith("failed") for e in events)
    with db.read_session() as s:
        form = capture.load_form(s, audit_id)
    assert form.answers["wait_seconds"].value == 42
    db.close()
