"""A report's table of contents, read back from the PDF: every entry has its page number
(and dot leaders), in Hebrew as in Polish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reports.test_pdf_layout import HEADING_SIZE, _write, page_lines


@pytest.mark.parametrize("kind", ["summary", "standards"])
@pytest.mark.parametrize("lang", ["pl", "he"])
def test_every_contents_entry_has_its_page_number(
    demo_db_file: Path, tmp_path: Path, kind: str, lang: str
) -> None:
    pdf = _write(demo_db_file, kind, lang, tmp_path / f"{kind}-{lang}.pdf")
    first = page_lines(pdf)[0]
    # the entries: the lines between the report's title and the first heading after it
    after_title = first[1:]
    end = next(
        (i for i, (_, size, _) in enumerate(after_title) if size >= HEADING_SIZE),
        len(after_title),
    )
    entries = [text for _, _, text in after_title[:end]]
    assert len(entries) >= 3, first
    pages = len(page_lines(pdf))
    for text in entries:
        numbers = re.findall(r"(?:^|\s)(\d+)(?:\s|$)", text)
        assert numbers, text  # a page number on the entry's line
        assert 1 <= int(numbers[0] if lang == "he" else numbers[-1]) <= pages, text
        assert ". . ." in re.sub(r"\s+", " ", text), text  # dot leaders
