"""kill -9 in the middle of long writes: the database opens, is sound, and each operation
happened whole or not at all."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from auditor.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _kill_midway(statement: str, count: int, *args: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_proc", statement, str(count), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == "MID":
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def _sound(path: Path) -> None:
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    assert main(["audit", "list", "--db", str(path)]) == 0  # and the app opens it


def test_kill_during_recompute_leaves_every_score_as_it_was(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rescore.sqlite"
    shutil.copy(demo_db_file, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE audits SET score = -1")
        conn.commit()
    _kill_midway("UPDATE audits", 1, "rescore", "--db", str(path))
    _sound(path)
    assert _query(path, "SELECT DISTINCT score FROM audits") == [(-1,)]
    assert main(["rescore", "--db", str(path)]) == 0  # and it runs whole afterwards
    assert _query(path, "SELECT count(*) FROM audits WHERE score = -1") == [(0,)]
    capsys.readouterr()


def test_kill_during_demo_fill_leaves_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    templates = _query(path, "SELECT count(*) FROM template_versions")
    _kill_midway("INSERT INTO AUDITS", 3, "init", "--demo", "--db", str(path))
    _sound(path)
    for table in ("audits", "answers", "locations", "organisations", "diaries"):
        assert _query(path, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert _query(path, "SELECT count(*) FROM template_versions") == templates
    assert main(["init", "--demo", "--db", str(path)]) == 0  # nothing half-done in the way
    capsys.readouterr()


def test_kill_during_template_import_stores_none_of_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "import.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    files = []
    for n in (1, 2):
        out = tmp_path / f"hotel-{n}.json"
        assert main(["template", "export", "hotel-stay", "--out", str(out), "--db", str(path)]) == 0
        doc = json.loads(out.read_text("utf-8"))
        doc["name"] = f"hotel-copy-{n}"
        out.write_text(json.dumps(doc), "utf-8")
        files.append(str(out))
    before = _query(path, "SELECT name FROM templates ORDER BY name")
    _kill_midway("INSERT INTO QUESTIONS", 1, "template", "import", *files, "--db", str(path))
    _sound(path)
    assert _query(path, "SELECT name FROM templates ORDER BY name") == before
    assert main(["template", "import", *files, "--db", str(path)]) == 0
    names = {n for (n,) in _query(path, "SELECT name FROM templates")}
    assert {"hotel-copy-1", "hotel-copy-2"} <= names
    capsys.readouterr()
