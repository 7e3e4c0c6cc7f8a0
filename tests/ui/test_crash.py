"""A killed app loses nothing it showed as saved: fill through the form in a subprocess,
SIGKILL it mid-audit, reopen the database and find every saved answer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from auditor.services import capture
from auditor.store.db import open_database
from auditor.store.models import Answer, Question
from ui.app import open_startup_database

ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER = 9  # saved answers; the branch checklist has about twenty


def test_sigkill_mid_audit_keeps_every_answer_shown_as_saved(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    db = open_startup_database(str(path))
    with db.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        audit_id = capture.start_audit(
            s, "mystery-shopper-branch", loc.id, "Anna Kowalska", datetime.now(UTC)
        )
    db.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crash_fill", str(path), str(audit_id)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    saved: dict[str, list[object]] = {}
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("SAVED "):
                key, value, na, comment = json.loads(line[6:])
                saved[key] = [value, na, comment]
                if len(saved) >= KILL_AFTER:
                    proc.send_signal(signal.SIGKILL)  # no clean-up, no flush: a crash
                    break
            elif line.startswith("DONE"):
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    assert len(saved) >= KILL_AFTER

    db = open_database(path)
    with db.session() as s:
        stored = {
            key: [value, na, comment]
            for key, value, na, comment in s.execute(
                select(Question.key, Answer.value, Answer.na, Answer.comment)
                .join(Question, Answer.question_id == Question.id)
                .where(Answer.audit_id == uuid.UUID(str(audit_id)))
            )
        }
        form = capture.load_form(s, audit_id)
    db.close()
    for key, shown in saved.items():
        assert stored.get(key) == shown, key
    # and the form opens again on the killed draft, answers in place
    assert form.status == "draft"
    assert {k for k, a in form.answers.items() if a.answered} >= set(saved)
