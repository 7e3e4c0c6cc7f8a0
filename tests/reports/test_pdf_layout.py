"""PDF layout read back from the file: no heading ends a page, no page holds a lone line,
months by their names, lengths in minutes, intervals and tests in plain words, signs in front
of numbers in Hebrew. Every report kind, in Polish and Hebrew, rendered for a look."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from auditor.cli import main
from auditor.reports.labels import label
from auditor.reports.pdf_base import (
    ReportOptions,
    Styles,
    build_pdf,
    heading,
    ltr,
    month_label,
    para,
    register_fonts,
    signed,
    table,
)
from auditor.reports.text import visual

KINDS = ("audit", "location", "summary", "standards", "diary", "shopper")
LOCATION = "Oddział Kraków Rynek"
HEADING_SIZE = 12.0  # h2; h1 is larger, body text and table cells are smaller
FOOTER_TOP = 20 * mm  # the footer line sits at 10 mm


Line = tuple[float, float, str]  # y, the largest font size on it, its text


def page_lines(pdf: Path) -> list[list[Line]]:
    """Each page's text lines above the footer, top to bottom, as drawn (position, size)."""
    pages = []
    for page in PdfReader(str(pdf)).pages:
        chunks: dict[float, list[tuple[float, str]]] = {}

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, chunks: Any = chunks
        ) -> None:
            if not text.strip():
                return
            y = round(tm[5] * cm[3] + cm[5], 1)
            chunks.setdefault(y, []).append((size * abs(tm[3] * cm[3] or 1), text))

        page.extract_text(visitor_text=visit)
        lines = [(y, max(s for s, _ in parts), "".join(t for _, t in parts).strip())
                 for y, parts in chunks.items() if y > FOOTER_TOP]  # fmt: skip
        pages.append(sorted(lines, key=lambda line: -line[0]))
    return pages


def orphaned_headings(pdf: Path) -> list[tuple[int, str]]:
    """Pages whose last line (above the footer) is a heading: (page number, heading)."""
    out = []
    for number, lines in enumerate(page_lines(pdf), start=1):
        if lines and lines[-1][1] >= HEADING_SIZE:
            out.append((number, lines[-1][2]))
    return out


def _first_audit(db_file: Path) -> str:
    with sqlite3.connect(db_file) as conn:
        return str(
            conn.execute(
                "select a.id from audits a join template_versions v on v.id = "
                "a.template_version_id join templates t on t.id = v.template_id "
                "where t.name = 'mystery-shopper-branch' and a.score is not null "
                "order by a.visit_start limit 1"
            ).fetchone()[0]
        )


def _write(db_file: Path, kind: str, lang: str, out: Path) -> Path:
    args = ["report", kind, "--db", str(db_file), "--out", str(out), "--lang", lang]
    if kind == "audit":
        args += ["--audit", _first_audit(db_file)]
    if kind == "location":
        args += ["--location", LOCATION]
    if kind in ("summary", "standards", "shopper"):
        args += ["--template", "mystery-shopper-branch"]
    assert main(args) == 0
    return out


@pytest.mark.parametrize("lang", ["pl", "he"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_heading_ends_a_page_in_any_report(
    demo_db_file: Path, tmp_path: Path, artifacts_dir: Path, kind: str, lang: str
) -> None:
    pdf = _write(demo_db_file, kind, lang, tmp_path / f"{kind}-{lang}.pdf")
    pages = page_lines(pdf)
    assert any(size >= HEADING_SIZE for lines in pages for _, size, _ in lines)  # headings read
    assert orphaned_headings(pdf) == []
    for number, lines in enumerate(pages, start=1):
        assert len(lines) >= 2, (number, lines)  # no page holding a lone line
    folder = artifacts_dir / "reports-layout"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{kind}-{lang}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / f"{kind}-{lang}")],
                   check=True)  # fmt: skip
    assert len(list(folder.glob(f"{kind}-{lang}-*.png"))) == len(pages)


def test_the_orphan_check_sees_an_orphan(tmp_path: Path) -> None:
    """A heading pushed to a page's foot by filler: drawn plainly it ends the page (the check
    finds it); through build_pdf it moves to the next page with its table."""
    register_fonts()
    st = Styles(rtl=False)
    filler = [para(f"Line {i}", st.body) for i in range(54)]

    def story() -> list[Any]:
        rows = [["Question", "Answer"], *[[f"q{i}", "Yes"] for i in range(30)]]
        return [*filler, heading("Section heading", st, 1), table(rows, st, [80 * mm, 60 * mm])]

    plain = tmp_path / "plain.pdf"
    SimpleDocTemplate(str(plain), pagesize=A4, topMargin=20 * mm, bottomMargin=18 * mm).build(
        story()
    )
    assert orphaned_headings(plain) == [(1, "Section heading")]
    kept = build_pdf(tmp_path / "kept.pdf", story(), ReportOptions(), "t")
    assert orphaned_headings(kept) == []
    assert page_lines(kept)[1][0][2] == "Section heading"  # first on the next page


def test_a_table_leaves_no_lone_row_on_the_next_page(tmp_path: Path) -> None:
    register_fonts()
    st = Styles(rtl=False)
    for extra in range(0, 12):  # whichever row the page break falls on
        rows = [["Location", "Audits"], *[[f"place {i}", str(i)] for i in range(60 + extra)]]
        pdf = build_pdf(tmp_path / f"t{extra}.pdf", [table(rows, st, [80 * mm, 40 * mm])],
                        ReportOptions(), "t")  # fmt: skip
        for lines in page_lines(pdf)[1:]:
            assert len(lines) - 1 >= 3, (extra, lines)  # the header again and 3 rows at least


@pytest.mark.parametrize("lang", ["pl", "he"])
def test_months_lengths_and_plain_words(demo_db_file: Path, tmp_path: Path, lang: str) -> None:
    location = _write(demo_db_file, "location", lang, tmp_path / "location.pdf")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(location)).pages)
    assert not re.search(r"\b\d\d-\d\d\b", text)  # no "25-12" month keys, on axes or in tables
    for word in month_label("2026-03", lang).split():
        assert word in text
    assert label("reading_change_chance", lang).split(":")[0] in text.replace("\n", " ") or (
        label("reading_change_real", lang)[:20] in text.replace("\n", " ")
    )
    reading = label("reading_intervals", lang).split("{ci}")[0].strip()
    assert reading in text.replace("\n", " ")

    audit = _write(demo_db_file, "audit", lang, tmp_path / "audit.pdf")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(audit)).pages)
    with sqlite3.connect(demo_db_file) as conn:
        seconds = conn.execute(
            "select a.value from answers a join questions q on q.id = a.question_id "
            "where q.kind = 'duration' and a.audit_id = ?",
            (_first_audit(demo_db_file).replace("-", ""),),
        ).fetchone()
    assert seconds is not None and seconds[0] is not None
    minutes, rest = divmod(int(seconds[0]), 60)
    spelled = label("duration", lang).format(minutes=minutes, seconds=rest)
    assert all(part in text for part in spelled.split())
    assert not re.search(rf"(?<![\d,.]){int(seconds[0])}(?![\d,.])", text)  # never bare seconds


def test_a_signed_number_keeps_its_sign_in_front_in_hebrew() -> None:
    """Drawn right to left, "+9.0" came out as "9.0+" in the location report's last change."""
    plain = visual("שינוי אחרון: +9.0, לא מובהק")
    assert "9.0+" in plain  # the control: the bidi algorithm moves a bare sign
    ours = visual(f"שינוי אחרון: {signed(9.0, 'he')}. לא מובהק")
    assert "+9.0" in ours and "9.0+" not in ours
    assert "\u202a" not in ours and "\u202c" not in ours  # the marks are resolved, not drawn
    assert visual(f"שינוי: {signed(-3.5, 'he')}.").count("\u22123.5") == 1
    assert signed(2.5, "pl") == "+2,5"
    # a range in a Hebrew sentence reads low to high, as in the tables beside it
    assert "66.8–35.0" in visual("טווח רחב, כמו 35.0–66.8, פירושו")  # the control
    assert "35.0–66.8" in visual(f"טווח רחב, כמו {ltr('35.0–66.8', 'he')}, פירושו")
