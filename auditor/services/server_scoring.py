"""The team server's scorer: submitted audits scored by the app's own engine, stored through
the server's vetted function (`sa_record_score`), so no number a manager sees was typed by a
shopper.

Run as a dedicated login of the role `scorer` (`service-auditor server score --watch`): it
scores what waits, then listens for the server's change notices and scores again. Reviewers'
and managers' apps verify an audit too when they accept it.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy.exc import DBAPIError

from auditor.services.scoring import score_pending
from auditor.store.changes import ChangeListener
from auditor.store.db import Database

log = logging.getLogger(__name__)
SCORED_TABLES = {"audits", "answers"}


def score_once(db: Database) -> int:
    """Score every audit that waits, in batches, each batch one transaction."""
    total = 0
    while True:
        with db.session() as session:
            done = score_pending(session)
        total += done
        if done == 0:
            return total


def watch(db: Database, stop_after: float | None = None, poll_s: float = 30.0) -> None:
    """Score what waits, then again on every change notice (and every `poll_s` at the latest,
    in case a notice was missed); `stop_after` seconds end it (tests)."""
    import threading

    wake = threading.Event()

    def changed(tables: set[str]) -> None:
        if tables & SCORED_TABLES:
            wake.set()

    listener = ChangeListener(db.url, changed)
    listener.start()
    started = time.monotonic()
    try:
        while stop_after is None or time.monotonic() - started < stop_after:
            try:
                done = score_once(db)
            except DBAPIError as exc:  # an audit changed while scored: the next pass has it
                log.warning("scoring pass stopped: %s", str(exc.orig).splitlines()[0])
                done = 0
            if done:
                log.info("scored %d audits", done)
            timeout = poll_s
            if stop_after is not None:
                timeout = min(poll_s, max(0.0, stop_after - (time.monotonic() - started)))
            wake.wait(timeout)
            wake.clear()
    finally:
        listener.stop()
