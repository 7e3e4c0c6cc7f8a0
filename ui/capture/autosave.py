"""One writer thread per form: saves run in the order they were made, never on the UI thread.

A save is one short transaction; with SQLite in WAL mode a commit survives a killed process,
so whatever the form has shown as saved is on disk. A busy database (another program writing)
makes the writer wait, not the window.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from auditor.errors import AuditorError
from auditor.store.db import Database

Work = Callable[[Session], Any]


class AutosaveWriter(QObject):
    # Only ints and strings cross threads in signals; results wait in `take` (Python objects
    # in queued signals are a known source of reference-count trouble in PySide).
    saved = Signal(int, str)  # sequence number, what was saved
    failed = Signal(int, str, str)  # sequence number, what, the message for the user

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._queue: queue.Queue[tuple[int, str, Work] | None] = queue.Queue()
        self._seq = 0
        self._results: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
        self._thread.start()

    def submit(self, what: str, work: Work) -> int:
        self._seq += 1
        self._queue.put((self._seq, what, work))
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

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                self._queue.task_done()
                return
            seq, what, work = item
            try:
                with self.db.session() as session:
                    result = work(session)
            except AuditorError as exc:
                self._emit(self.failed, seq, what, exc.describe())
            except Exception as exc:  # shown to the user; the trace goes to stderr
                traceback.print_exc()
                self._emit(self.failed, seq, what, f"{type(exc).__name__}: {exc}")
            else:
                if result is not None:
                    with self._lock:
                        self._results[seq] = result
                self._emit(self.saved, seq, what)
            finally:
                self._queue.task_done()

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # form destroyed; the save is committed
            signal.emit(*args)
