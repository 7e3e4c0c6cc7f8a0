"""One writer thread per form: saves run in the order they were made, never on the UI thread.

A save is one short transaction; with SQLite in WAL mode a commit survives a killed process,
so whatever the form has shown as saved is on disk. A busy database (another program holding
the write lock longer than the busy timeout) makes the writer wait and try again with
backoff, never drop the save; the form says it is waiting. Answers are journalled before they
are queued, so one still waiting when the window closes (or the process dies) is written the
next time the database is opened.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from auditor.errors import AuditorError
from auditor.services.answer_journal import AnswerJournal, JournalEntry
from auditor.store.db import Database
from ui.errors import error_text

Work = Callable[[Session], Any]
FIRST_WAIT_S = 0.05
LONGEST_WAIT_S = 2.0
CLOSE_WAIT_S = 10.0


def is_busy(exc: BaseException) -> bool:
    """SQLite's 'database is locked' / 'busy' (another writer): worth waiting for."""
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc.orig or exc).lower()
    return "locked" in text or "busy" in text


class AutosaveWriter(QObject):
    # Only ints and strings cross threads in signals; results wait in `take` (Python objects
    # in queued signals are a known source of reference-count trouble in PySide).
    saved = Signal(int, str)  # sequence number, what was saved
    failed = Signal(int, str, str)  # sequence number, what, the message for the user
    waiting = Signal(int, str)  # sequence number, what: the database is busy, trying again

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.journal = AnswerJournal(db)
        self._queue: queue.Queue[tuple[int, str, Work, int | None] | None] = queue.Queue()
        self._seq = 0
        self._results: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
        self._thread.start()

    def submit(self, what: str, work: Work, entry: JournalEntry | None = None) -> int:
        """Queue a save; an answer's `entry` is journalled first, so it cannot be lost."""
        self._seq += 1
        with self._lock:
            journal_id = self.journal.record(entry) if entry is not None else None
        self._queue.put((self._seq, what, work, journal_id))
        return self._seq

    def take(self, seq: int) -> Any:
        """The result of a finished save (once; None when there was none)."""
        with self._lock:
            return self._results.pop(seq, None)

    @property
    def pending(self) -> int:
        return self._queue.unfinished_tasks

    def flush(self) -> None:
        """Wait until everything submitted so far is committed (or has failed)."""
        self._queue.join()

    def close(self, timeout: float = CLOSE_WAIT_S) -> int:
        """Finish the queue, waiting at most `timeout` for a busy database; returns how many
        answers are left to the journal (written on the next open)."""
        self._queue.put(None)
        self._thread.join(timeout=timeout)
        self._stopping.set()
        self._thread.join(timeout=LONGEST_WAIT_S + 1)
        with self._lock:
            left = self.journal.outstanding
            self.journal.close()
        return left

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                self._queue.task_done()
                return
            seq, what, work, journal_id = item
            try:
                if self._stopping.is_set():
                    continue  # closing: the journal keeps it
                self._save(seq, what, work, journal_id)
            finally:
                self._queue.task_done()

    def _save(self, seq: int, what: str, work: Work, journal_id: int | None) -> None:
        wait = FIRST_WAIT_S
        while True:
            try:
                with self.db.session() as session:
                    result = work(session)
            except Exception as exc:
                if is_busy(exc) and not self._stopping.is_set():
                    self._emit(self.waiting, seq, what)
                    self._stopping.wait(wait)
                    wait = min(wait * 2, LONGEST_WAIT_S)
                    continue
                if is_busy(exc):
                    return  # closing while the database is still busy: the journal keeps it
                self._done(journal_id)
                if isinstance(exc, AuditorError):
                    with self._lock:  # the form may want more than the message (a refusal's
                        self._results[seq] = exc  # current value, say): `take` gives it
                    self._emit(self.failed, seq, what, error_text(exc))
                else:  # shown to the user; the trace goes to stderr
                    traceback.print_exc()
                    self._emit(self.failed, seq, what, error_text(exc))
                return
            self._done(journal_id)
            if result is not None:
                with self._lock:
                    self._results[seq] = result
            self._emit(self.saved, seq, what)
            return

    def _done(self, journal_id: int | None) -> None:
        if journal_id is not None:
            with self._lock:
                self.journal.done(journal_id)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # form destroyed; the save is committed
            signal.emit(*args)
