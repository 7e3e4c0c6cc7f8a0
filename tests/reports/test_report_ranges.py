"""Ranges with a negative end read in words with true minus signs (−37,9 do −27,8), never as
'-37,9–-27,8'; the shopper report's column headers stay whole. Read back from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from auditor.reports.pdf_reports import interval_text
from auditor.reports.text import visual
from tests.reports.test_pdf_layout import _write, page_lines


def test_interval_text_in_each_language() -> None:
    assert interval_text(69.9, 76.8, "pl") == "69,9–76,8"
    assert interval_text(-37.9, -27.8, "pl") == "\u221237,9 do \u221227,8"
    assert interval_text(-2.9, 3.1, "en") == "\u22122.9 to 3.1"
    assert interval_text(-2.9, 3.1, "bg") == "\u22122,9 до 3,1"
    # Hebrew, drawn left to right: the higher end on the left, each sign before its digits
    assert visual(interval_text(-37.9, -27.8, "he")) == "\u221227.8 דע \u221237.9"


def test_shopper_report_ranges_and_headers(demo_db_file: Path, tmp_path: Path) -> None:
    pdf = _write(demo_db_file, "shopper", "pl", tmp_path / "shopper-pl.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert not re.search(r"\d–-\d|-\d+,\d–", text), text
    assert re.search(r"\u2212\d+,\d do \u2212?\d+,\d", text)  # the negative ranges, in words
    lines = [t for page in page_lines(pdf) for _, _, t in page]
    calibration_head = next(t for t in lines if t.startswith("Lista kontrolna") and "n" in t)
    assert any(re.search(r"\bOznaczenie\b", t) for t in lines), calibration_head


def test_ipa_name_is_not_written_over_another_point() -> None:
    from reportlab.pdfbase import pdfmetrics

    from auditor.reports.pdf_base import FONT, place_labels, register_fonts

    register_fonts()
    # the second point sits where the first one's name would go (above-right)
    anchors = [("Uprzejmość", 100.0, 100.0), ("Chęć pomocy", 112.0, 104.0)]
    for text, x, y, anchor in place_labels(anchors, 6.5):
        width = pdfmetrics.stringWidth(text, FONT, 6.5)
        left = x if anchor == "start" else x - width
        for other, px, py in anchors:
            across = left < px + 2.5 and px - 2.5 < left + width
            over = y - 1.5 < py + 2.5 and py - 2.5 < y + 6.5
            assert other == text or not (across and over), (text, other)
