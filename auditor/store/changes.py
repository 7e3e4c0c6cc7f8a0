"""Other people's changes on a team server, as they happen (PostgreSQL LISTEN/NOTIFY).

Migration 0009 makes every statement that changes audits, answers, reviews, actions,
checklists or diaries notify the channel `auditor_changes` with the table's name (the server
folds repeats within one transaction into one). A listener holds its own connection in a
thread and hands the names of changed tables, gathered over a short quiet spell, to a
callback, so an open list can refresh itself without polling.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import URL

from auditor.store.transport import conninfo

CHANNEL = "auditor_changes"
GATHER_S = 0.25  # changes arriving this close together are handed over at once


class ChangeListener:
    def __init__(self, url: URL, changed: Callable[[set[str]], None]) -> None:
        self.conninfo = conninfo(url)  # the same TLS and login checks as the app's engine
        self.changed = changed
        self._stop = threading.Event()
        self._ready = threading.Event()
        self.error: str = ""
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)

    def start(self, wait: float = 5.0) -> bool:
        """Start listening; True once the server has taken the LISTEN (False: it could not)."""
        self._thread.start()
        self._ready.wait(wait)
        return self._ready.is_set() and not self.error

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2.0)

    def _run(self) -> None:
        import psycopg

        try:
            with psycopg.connect(self.conninfo, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                self._ready.set()
                while not self._stop.is_set():
                    tables = {n.payload for n in conn.notifies(timeout=0.5)}
                    if not tables:
                        continue
                    tables |= {n.payload for n in conn.notifies(timeout=GATHER_S)}
                    if not self._stop.is_set():
                        self.changed(tables)
        except psycopg.Error as exc:  # the server went away: lists still refresh by hand
            self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            self._ready.set()
