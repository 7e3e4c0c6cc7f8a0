"""Batch mode: one audit PDF per filtered audit, named so they sort by date and place."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.errors import Cancelled
from auditor.reports.answers import ReportVersions
from auditor.reports.pdf_base import ReportOptions
from auditor.reports.pdf_reports import audit_pdf
from auditor.services.audits import AuditFilter, apply_filter, joined
from auditor.store.models import Audit, Location


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:60]


def write_audit_pdfs(
    session: Session,
    flt: AuditFilter,
    folder: Path,
    options: ReportOptions,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    query = apply_filter(joined(select(Audit.id, Audit.visit_start, Location.name)), flt)
    rows = session.execute(query.order_by(Audit.visit_start)).all()
    written: list[Path] = []
    versions = ReportVersions(session, options.lang)
    for n, (audit_id, when, location) in enumerate(rows, start=1):
        if cancelled and cancelled():
            raise Cancelled(
                "stopped after {done} of {total} reports", done=len(written), total=len(rows)
            )
        name = f"{when:%Y-%m-%d}_{_slug(location)}_{str(audit_id)[:8]}.pdf"
        written.append(audit_pdf(session, str(audit_id), folder / name, options, versions))
        session.expunge_all()
        if progress:
            progress(n, len(rows))
    return written
