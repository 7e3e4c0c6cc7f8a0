"""One editor of an audit in its own process, for the no-lost-writes tests.

python -m tests.store.stale_proc DATABASE AUDIT_ID QUESTION VALUE
    reads the audit (as the form does when it opens), prints READY, waits for a line on
    standard input, saves VALUE to QUESTION, prints `RESULT {...}`: saved, or refused
    with the value stored now and its own value kept.
"""

from __future__ import annotations

import json
import sys
import uuid

from auditor.services.capture import AnswerState, AnswerWriter
from auditor.services.revisions import StaleRevision
from auditor.store.db import open_database


def main(target: str, audit: str, question: str, value: str) -> dict[str, object]:
    db = open_database(target, create=False)
    audit_id = uuid.UUID(audit)
    with db.read_session() as session:
        writer = AnswerWriter(session, audit_id)
    print("READY", flush=True)
    sys.stdin.readline()
    mine = AnswerState(float(value))
    try:
        with db.session() as session:
            writer.save(session, question, mine, f"editor {value}")
    except StaleRevision as exc:
        assert isinstance(exc.current, AnswerState)
        return {"saved": False, "current": exc.current.value, "kept": exc.yours.value,
                "by": exc.by, "message": exc.describe()}  # fmt: skip
    finally:
        db.close()
    return {"saved": True}


if __name__ == "__main__":
    print("RESULT " + json.dumps(main(*sys.argv[1:5])), flush=True)
