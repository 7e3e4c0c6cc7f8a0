"""Benchmark: answer saves per second with 1 and with 4 writer processes on one SQLite file.

The app's path: each process saves answers of its own draft through the form's autosave
writer (a write transaction with BEGIN IMMEDIATE, the answer, its change-log entry and the
audit's new score; retried while another process holds the lock). Baseline in the same run:
raw sqlite3 doing the same three writes per save (update the answer, insert a log row,
update the audit's score) in its own BEGIN IMMEDIATE transaction, same WAL mode, on a copy
of the same file. Every save must land: the rows are counted afterwards.

    .venv/bin/python -m bench.writers [--saves 500] [--smoke]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHECKLIST = "mystery-shopper-branch"
QUESTION = "wait_seconds"


def prepare(path: Path, writers: int) -> list[str]:
    """A database with one draft per writer, its answer already saved once."""
    from auditor.services import capture
    from auditor.services.templates import install_builtins
    from auditor.store.db import open_database

    db = open_database(path)
    ids = []
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        for n in range(writers):
            audit_id = capture.start_audit(s, CHECKLIST, loc.id, f"W{n}", datetime.now(UTC))
            writer = capture.AnswerWriter(s, audit_id)
            writer.save(s, QUESTION, capture.AnswerState(0), f"W{n}")
            ids.append(str(audit_id))
    db.close()
    return ids


def app_worker(path: str, audit: str, saves: int, start: Any, out: Any) -> None:
    from auditor.services import capture
    from auditor.services.answer_journal import JournalEntry
    from auditor.store.db import open_database
    from ui.capture.autosave import AutosaveWriter

    db = open_database(path, create=False)
    audit_id = uuid.UUID(audit)
    with db.read_session() as s:
        writer = capture.AnswerWriter(s, audit_id)
    saver = AutosaveWriter(db)
    start.wait()
    for i in range(1, saves + 1):
        state = capture.AnswerState(i)
        entry = JournalEntry(audit_id, QUESTION, i, False, "", audit, datetime.now(UTC))
        saver.submit(QUESTION, lambda s, state=state: writer.save(s, QUESTION, state, audit), entry)
    saver.flush()
    out.put((audit, time.perf_counter(), saver.close()))
    db.close()


def raw_worker(path: str, audit: str, saves: int, start: Any, out: Any) -> None:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    key = uuid.UUID(audit).hex
    answer = conn.execute("SELECT id FROM answers WHERE audit_id = ?", (key,)).fetchone()[0]
    start.wait()
    for i in range(1, saves + 1):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE answers SET value = ? WHERE id = ?", (json.dumps(i), answer))
        conn.execute("INSERT INTO bench_log (audit, n) VALUES (?, ?)", (key, i))
        conn.execute("UPDATE audits SET score = ? WHERE id = ?", (i % 100, key))
        conn.execute("COMMIT")
    out.put((audit, time.perf_counter(), 0))
    conn.close()


def run(kind: str, template: Path, ids: list[str], writers: int, saves: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"bench-writers-{kind}-"))
    path = folder / "w.sqlite"
    shutil.copy(template, path)
    if kind == "raw":
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE bench_log (audit TEXT, n INTEGER)")
            conn.commit()
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(writers + 1), ctx.Queue()
    target = app_worker if kind == "app" else raw_worker
    procs = [
        ctx.Process(target=target, args=(str(path), ids[n], saves, start, out))
        for n in range(writers)
    ]
    for p in procs:
        p.start()
    start.wait()
    began = time.perf_counter()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    elapsed = max(r[1] for r in results) - began
    with closing(sqlite3.connect(path)) as conn:
        if kind == "app":
            marks = ",".join("?" * len(ids))  # the workers log as their audit's id
            landed = conn.execute(
                f"SELECT count(*) FROM change_log WHERE actor IN ({marks})", ids
            ).fetchone()[0]
        else:
            landed = conn.execute("SELECT count(*) FROM bench_log").fetchone()[0]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    shutil.rmtree(folder, ignore_errors=True)
    assert landed == writers * saves, f"{kind}: {landed} of {writers * saves} saves landed"
    assert ok == "ok" and all(r[2] == 0 for r in results)
    return {"saves": writers * saves, "seconds": round(elapsed, 3),
            "saves_per_s": round(writers * saves / elapsed, 1)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=500, help="saves per writer process")
    parser.add_argument("--smoke", action="store_true", help="a few saves: does it still run")
    args = parser.parse_args()
    saves = 10 if args.smoke else args.saves
    folder = Path(tempfile.mkdtemp(prefix="bench-writers-"))
    template = folder / "template.sqlite"
    ids = prepare(template, 4)
    report: dict[str, Any] = {"saves_per_writer": saves}
    for writers in (1, 4):
        raw = run("raw", template, ids, writers, saves)
        app = run("app", template, ids, writers, saves)
        report[f"{writers}_writers"] = {
            "raw_sqlite3": raw,
            "app": app,
            "ratio_raw_over_app": round(raw["saves_per_s"] / app["saves_per_s"], 2),
        }
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
