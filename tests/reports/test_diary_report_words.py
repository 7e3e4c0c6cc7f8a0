"""The diary report in words: no 'E/X' or '+/-' columns, each event's expectation,
experience and gap named, its date and time on one line; the charts' axes titled (diary's
importance-performance, summary's score distribution). Read back from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from tests.reports.test_pdf_layout import _write, page_lines

WHEN = re.compile(r"^\d{1,2} \w+ \d{4} \d{2}:\d{2}\b")


def _text(pdf: Path) -> str:
    return re.sub(r"[ \t]+", " ", "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages))


def test_diary_events_in_words_on_one_line_each(demo_db_file: Path, tmp_path: Path) -> None:
    pdf = _write(demo_db_file, "diary", "pl", tmp_path / "diary-pl.pdf")
    text = _text(pdf)
    assert "E/X" not in text and "+/-" not in text
    scores = re.findall(r"Oczekiwanie \d, doświadczenie \d, luka (?:[+\u2212]\d|0)", text)
    assert len(scores) >= 50
    flat = re.sub(r"\s+", " ", text)
    assert "Ostrzegłby innych." in flat and "Poleciłby." in flat
    # each event's row starts with its whole date and time (none wrapped to a second line)
    rows = [t for page in page_lines(pdf) for _, _, t in page if WHEN.match(t)]
    assert len(rows) >= len(scores) * 0.9
    lone_times = [t for page in page_lines(pdf) for _, _, t in page if re.match(r"^\d{2}:\d{2}", t)]
    assert lone_times == []
    assert "Ważność: odsetek zdarzeń" in flat and "Wykonanie: średnie doświadczenie" in flat


def test_summary_distribution_axes_titled(demo_db_file: Path, tmp_path: Path) -> None:
    pdf = _write(demo_db_file, "summary", "pl", tmp_path / "summary-pl.pdf")
    text = _text(pdf)
    assert "Udział audytów (%)" in text
