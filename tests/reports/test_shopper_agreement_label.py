"""The shopper report's agreement table says what its number is: the answers a shopper
gave that were compared with another shopper's (same question, place, checklist version
and month), not the audits they made (3580 "audits" for a shopper who made a few hundred)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from auditor.cli import main
from auditor.reports.labels import label
from auditor.services import measures
from auditor.services.audits import AuditFilter
from auditor.services.scoring import audit_records
from auditor.store.db import open_database


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_agreement_column_counts_answers_compared(
    demo_db_file: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "shopper.pdf"
    assert main(["report", "shopper", "--db", str(demo_db_file), "--out", str(out),
                 "--template", "mystery-shopper-branch", "--lang", language]) == 0  # fmt: skip
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages
    )
    flt = AuditFilter(template="mystery-shopper-branch")
    db = open_database(demo_db_file)
    try:
        with db.read_session() as s:
            shoppers = measures.shopper_agreement(s, flt)["shoppers"]
            audits: dict[str, int] = {}
            for r in audit_records(s, flt):
                audits[r.shopper] = audits.get(r.shopper, 0) + 1
    finally:
        db.close()
    heading = f"{label('pairs', language)} {label('answers_compared', language)}"
    assert heading in text
    assert label("answers_compared", language) != label("audits", language)
    # the number is the answers compared, more than the audits the shopper made
    assert shoppers and all(s["units"] > audits[s["shopper"]] for s in shoppers)
