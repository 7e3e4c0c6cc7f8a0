"""Run by the concurrency tests in their own processes: one writer of many on one file.

python -m tests.store.writer_proc autosave DATABASE AUDIT_ID COUNT ACTOR
    COUNT answers through the form's autosave writer (retries included); prints
    `RESULT {"saved": n, "failed": n, "waited": n, "left": n, "errors": [...]}`
python -m tests.store.writer_proc cli DATABASE TIMES ARGS...
    the command line TIMES times in this process; prints `RESULT [exit codes]`
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
import uuid
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from auditor.services.answer_journal import JournalEntry
from auditor.services.capture import AnswerState, AnswerWriter
from auditor.store.db import open_database
from ui.capture.autosave import AutosaveWriter

QUESTION = "wait_seconds"  # a number question of the branch checklist


def autosave(path: str, audit: str, count: int, actor: str) -> dict[str, object]:
    app = QCoreApplication.instance() or QCoreApplication([])
    db = open_database(path, create=False)
    audit_id = uuid.UUID(audit)
    with db.read_session() as session:
        writer = AnswerWriter(session, audit_id)
    autosaver = AutosaveWriter(db)
    tally: dict[str, object] = {"saved": 0, "failed": 0, "waited": 0, "errors": []}

    def saved(_seq: int, _what: str) -> None:
        tally["saved"] = int(str(tally["saved"])) + 1

    def failed(_seq: int, _what: str, message: str) -> None:
        tally["failed"] = int(str(tally["failed"])) + 1
        errors = tally["errors"]
        assert isinstance(errors, list)
        errors.append(message)

    def waited(_seq: int, _what: str) -> None:
        tally["waited"] = int(str(tally["waited"])) + 1

    autosaver.saved.connect(saved)  # queued to this (the main) thread, as in the window
    autosaver.failed.connect(failed)
    autosaver.waiting.connect(waited)
    for i in range(1, count + 1):
        state = AnswerState(i)
        entry = JournalEntry(audit_id, QUESTION, i, False, "", actor, datetime.now(UTC))
        autosaver.submit(
            QUESTION,
            lambda session, state=state: writer.save(session, QUESTION, state, actor),
            entry,
        )
    autosaver.flush()
    deadline = time.monotonic() + 60
    while int(str(tally["saved"])) + int(str(tally["failed"])) < count:
        app.processEvents()
        if time.monotonic() > deadline:
            break
        time.sleep(0.001)
    tally["left"] = autosaver.close()
    db.close()
    return tally


def cli(times: int, args: list[str]) -> list[int]:
    from auditor.cli import main

    codes = []
    for _ in range(times):
        sink = io.StringIO()
        with redirect_stdout(sink), redirect_stderr(sink):
            codes.append(main(args))
        if codes[-1] != 0:
            sys.stderr.write(sink.getvalue())
    return codes


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "autosave":
        result: object = autosave(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        result = cli(int(sys.argv[3]), [*sys.argv[4:], "--db", sys.argv[2]])
    print("RESULT", json.dumps(result), flush=True)
