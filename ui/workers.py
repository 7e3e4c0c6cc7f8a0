"""The one pattern for long work: a job runs on the thread pool, reports progress, can be
cancelled, and hands its result (or one error message) back to the UI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from auditor.errors import AuditorError
from ui.errors import error_text

Progress = Callable[[int, int], None]
JobBody = Callable[[Progress, Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class Job(QRunnable):
    """Runs `body(progress, cancelled)` off the UI thread; signals arrive on the UI thread."""

    def __init__(self, body: JobBody) -> None:
        super().__init__()
        self.body = body
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.body(self.signals.progress.emit, self.is_cancelled)
        except AuditorError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # surfaced once to the user, with the trace on stderr
            traceback.print_exc()
            self.signals.failed.emit(error_text(exc))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
