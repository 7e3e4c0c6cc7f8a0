"""Benchmark: the batch of audit PDFs against bare ReportLab building the same tables.

On a demo database, the app writes one audit report per audit (the loop body of
`write_audit_pdfs`, what `report audit --batch DIR` runs: reads, scores, header, badge,
section chart, bidi-aware paragraphs, page X of Y). The baseline gets the very same table
rows, prepared before its clock starts, and builds them with plain SimpleDocTemplate,
Paragraph and Table in the same embedded font: the least any PDF with these tables costs.
Target: at most 1.5x.

    .venv/bin/python -m bench.pdf_batch [--audits 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.builtin.demo import generate_demo
from auditor.reports.answers import ReportVersions, answer_lines
from auditor.reports.pdf_base import FONT, ReportOptions, register_fonts
from auditor.reports.pdf_reports import audit_pdf
from auditor.store.db import open_database
from auditor.store.models import Answer, Audit

WIDTHS = [70 * mm, 35 * mm, 18 * mm, 51 * mm]


def same_rows(session: Session, audit_ids: list[str]) -> list[list[list[str]]]:
    """Per audit, the question rows the app's report tables hold."""
    documents = []
    versions = ReportVersions(session, "en")
    for audit_text in audit_ids:
        audit = session.get(Audit, uuid.UUID(audit_text))
        assert audit is not None
        texts = versions.get(audit.template_version_id)[1]
        answers = {
            a.question_id: a
            for a in session.scalars(select(Answer).where(Answer.audit_id == audit.id))
        }
        score = versions.score(audit.template_version_id, answers)
        rows = [["Question", "Answer", "Points", "Comment"]]
        for line in answer_lines(texts, answers, score, "en"):
            if line.status != "not_relevant":
                points = "" if line.possible is None else f"{line.earned:g} / {line.possible:g}"
                rows.append([line.question, line.answer, points, line.comment])
        documents.append(rows)
        session.expunge_all()
    return documents


def bare_reportlab(documents: list[list[list[str]]], folder: Path) -> None:
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    for n, rows in enumerate(documents):
        doc = SimpleDocTemplate(str(folder / f"{n}.pdf"), pagesize=A4)
        data = [[Paragraph(cell, style) for cell in row] for row in rows]
        doc.build([Paragraph("Audit report", style), Table(data, colWidths=WIDTHS, repeatRows=1)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=1000)
    parser.add_argument("--smoke", action="store_true", help="a tiny size: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits = 5
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = open_database(tmp / "demo.sqlite")
        with db.session() as session:
            generate_demo(session)
        with db.session() as session:
            ids = [
                str(i)
                for i in session.scalars(
                    select(Audit.id).order_by(Audit.visit_start).limit(args.audits)
                )
            ]
        with db.session() as session:
            documents = same_rows(session, ids)
        (tmp / "bare").mkdir()
        started = time.perf_counter()
        bare_reportlab(documents, tmp / "bare")
        bare = time.perf_counter() - started

        (tmp / "app").mkdir()
        options = ReportOptions(lang="en", organisation="Bench Ltd")
        with db.session() as session:
            started = time.perf_counter()
            versions = ReportVersions(session, "en")
            for audit_id in ids:  # the loop body of write_audit_pdfs, on the same audits
                audit_pdf(session, audit_id, tmp / "app" / f"{audit_id}.pdf", options, versions)
                session.expunge_all()
            app = time.perf_counter() - started
        n = len(ids)
        db.close()
    per_bare = bare / len(documents)
    per_app = app / n
    print(f"bare ReportLab: {len(documents)} PDFs in {bare:.1f} s ({1000 * per_bare:.0f} ms each)")
    print(f"app batch:      {n} PDFs in {app:.1f} s ({1000 * per_app:.0f} ms each)")
    print(f"ratio per PDF:  {per_app / per_bare:.2f}")


if __name__ == "__main__":
    main()
