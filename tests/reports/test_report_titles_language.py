"""Polish reports name the built-in checklists and standards in Polish: no English title of
a translated checklist, section or standard in a location or summary PDF, read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from auditor.labels import pick_label
from auditor.services.templates import checklist_titles
from auditor.store.db import open_database
from auditor.store.models import Standard
from tests.reports.test_pdf_layout import _write


def _english_only(db_file: Path) -> set[str]:
    """English titles whose Polish differs: what a Polish report must not print."""
    db = open_database(db_file)
    try:
        with db.session() as session:
            en, pl = checklist_titles(session, "en"), checklist_titles(session, "pl")
            pairs = [(en.checklists[k], pl.checklists[k]) for k in en.checklists]
            pairs += [(en.sections[k], pl.sections.get(k, "")) for k in en.sections]
            pairs += [
                (pick_label(s.title, "en"), pick_label(s.title, "pl"))
                for s in session.scalars(select(Standard))
            ]
    finally:
        db.close()
    return {english for english, polish in pairs if english != polish and len(english) > 8}


@pytest.mark.parametrize("kind", ["location", "summary"])
def test_polish_report_holds_no_english_checklist_title(
    demo_db_file: Path, tmp_path: Path, kind: str
) -> None:
    english = _english_only(demo_db_file)
    assert any("Customer survey" in title for title in english)  # the built-ins are translated
    pdf = _write(demo_db_file, kind, "pl", tmp_path / f"{kind}-pl.pdf")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert "Ankieta klientów" in text or "Tajemniczy klient" in text
    assert [title for title in english if title in text] == []
