"""One PDF report written off the UI thread, for the buttons on an audit, a location and a
diary (the Reports page has its own job with progress and cancel for batches)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from auditor.services.audits import AuditFilter
from auditor.store.db import Database
from ui import workers
from ui.settings import Settings


def start_pdf_job(
    db: Database,
    kind: str,
    path: str,
    flt: AuditFilter,
    message: Callable[[str], None],
    finished: Callable[[], None],
) -> workers.Job:
    """Start writing the report; `message` gets "Report written: …" or the error."""
    from auditor.reports.pdf_reports import write_pdf  # ReportLab loads on first report

    options = Settings().report_options()

    def body(progress: workers.Progress, cancelled: Any) -> str:
        with db.read_session() as session:
            return str(write_pdf(session, kind, Path(path), flt, options, cancelled))

    def written(where: str) -> None:
        text = QCoreApplication.translate("ReportJob", "Report written: %1")
        message(text.replace("%1", where))

    job = workers.Job(body)
    job.signals.succeeded.connect(written)
    job.signals.failed.connect(message)
    job.signals.finished.connect(finished)
    return workers.start(job)
