"""The summary report's ranking read back from the PDF: a shared place ('2=') only for equal
scores, overlapping intervals said in their own column, and the period on the ranking's page
(a report made without a period counts every audit; the dashboard opens on 12 months)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from pypdf import PdfReader

from tests.reports.test_pdf_layout import HEADING_SIZE, _write, page_lines

ROW = re.compile(r"^(\d+)(=?) .+? (\d+)\*? (\d+,\d) \d+,\d–\d+,\d (-|\d+(?:, \d+)*)$")


def test_ranking_marks_only_equal_scores_as_tied(demo_db_file: Path, tmp_path: Path) -> None:
    pdf = _write(demo_db_file, "summary", "pl", tmp_path / "summary-pl.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "≈" not in text
    page = next(
        lines
        for lines in page_lines(pdf)
        if any(t.startswith("Ranking placówek") and size >= HEADING_SIZE for _, size, t in lines)
    )
    rows = [m for _, _, t in page if (m := ROW.match(re.sub(r"\s+", " ", t)))]
    assert len(rows) >= 10, page
    places = [(int(m[1]), m[2] == "=", float(m[4].replace(",", "."))) for m in rows]
    for (rank, _, score), (next_rank, _, next_score) in itertools.pairwise(places):
        assert score >= next_score
        if score != next_score:
            assert next_rank > rank  # a lower score has its own, lower place
    scores = [score for _, _, score in places]
    ranks = [rank for rank, _, _ in places]
    for rank, tied, score in places:
        # '=' only on a place two locations share, and they share it by an equal score
        assert tied == (ranks.count(rank) > 1), (rank, score)
        if tied:
            assert scores.count(score) > 1, (rank, score)
    assert len({rank for rank, _, _ in places}) > len(places) // 2  # distinct places
    # the neighbours whose intervals overlap are named by their place, in words in the header
    assert any(m[5] != "-" for m in rows)
    words = " ".join(t for _, _, t in page)
    assert "Bez istotnej" in words
    # the period, on the same page: no period chosen, so every audit, first and last visit
    assert re.search(r"Okres: wszystkie audyty, wizyty od \d+ \w+ \d{4} do \d+ \w+ \d{4}", words)
