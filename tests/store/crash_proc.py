"""Run by the kill -9 tests in their own process: a command-line operation that stops mid-way.

    python -m tests.store.crash_proc STATEMENT COUNT ARGS...

Runs `service-auditor ARGS...`; once the COUNT-th statement that starts with STATEMENT (e.g.
`INSERT INTO audits`) has run inside the operation's transaction, prints `MID` and sleeps, so
the test can kill the process with nothing committed yet.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

import auditor.store.db as dbmod

WANTED, COUNT, ARGS = sys.argv[1].upper(), int(sys.argv[2]), sys.argv[3:]
_make_engine = dbmod.make_engine


def make_engine(url: URL) -> Engine:
    engine = _make_engine(url)
    seen = [0]

    def after(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(WANTED):
            seen[0] += 1
            if seen[0] == COUNT:
                print("MID", flush=True)
                time.sleep(300)

    event.listen(engine, "after_cursor_execute", after)
    return engine


dbmod.make_engine = make_engine

if __name__ == "__main__":
    from auditor.cli import main

    sys.exit(main(ARGS))
