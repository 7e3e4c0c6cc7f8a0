"""Reports read back as a user would: PDFs parsed and rendered, workbooks reopened, CSV read."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bidi import get_display
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from auditor.cli import main
from auditor.locale_formats import date_text
from auditor.reports.labels import label, term
from auditor.reports.pdf_base import (
    FONT,
    ReportOptions,
    Styles,
    build_pdf,
    ipa_chart,
    line_chart,
    para,
    place_labels,
    register_fonts,
    table,
)
from auditor.reports.text import visual
from auditor.scoring import aggregates, ipa
from auditor.services import measures
from auditor.services.audits import AuditFilter
from auditor.services.scoring import audit_records, compute_audit_score
from auditor.services.templates import checklist_titles
from auditor.store.db import open_database

HEBREW_PHRASE = "שירות מצוין בסניף"


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _render(pdf: Path, out_dir: Path, stem: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    png = next(out_dir.glob(f"{stem}-*1.png"))
    assert png.stat().st_size > 5000  # a page with content, not a blank
    return png


def _audit_with_hebrew(db_file: Path) -> tuple[str, str, float]:
    with sqlite3.connect(db_file) as conn:
        row = conn.execute(
            "select a.id, l.name, a.score from audits a join locations l on l.id = a.location_id "
            "join template_versions v on v.id = a.template_version_id join templates t "
            "on t.id = v.template_id where t.name = 'mystery-shopper-branch' "
            "and l.name like 'סניף%' "
            "and a.score is not null order by a.visit_start limit 1"
        ).fetchone()
    return str(row[0]), row[1], float(row[2])


@pytest.mark.parametrize("lang", ["en", "bg", "he", "pl", "sl"])
def test_audit_pdf_in_each_language(
    demo_db_file: Path,
    tmp_path: Path,
    artifacts_dir: Path,
    lang: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    audit_id, location, score = _audit_with_hebrew(demo_db_file)
    out = tmp_path / f"audit-{lang}.pdf"
    code = main(
        [
            "report",
            "audit",
            "--db",
            str(demo_db_file),
            "--audit",
            audit_id,
            "--out",
            str(out),
            "--lang",
            lang,
            "--org-name",
            "Baltic Quality Office",
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = _pdf_text(out)
    # the score and the visit as the language writes them: 83.7% / 83,7% / 83,7 %
    digits = f"{score:.1f}" if lang in ("en", "he") else f"{score:.1f}".replace(".", ",")
    assert digits + (" %" if lang == "sl" else "%") in text.replace("\u00a0", " ")
    with sqlite3.connect(demo_db_file) as conn:
        visit = conn.execute("select visit_start from audits where id = ?", (audit_id,)).fetchone()
    day = datetime.fromisoformat(visit[0]).replace(tzinfo=UTC).astimezone().date()
    if lang in ("pl", "sl", "bg"):  # points too: 1,5 / 2, never 1.5 / 2
        assert not re.search(r"\d\.\d+ / \d", text)
    lines = text.splitlines()
    assert any(all(part in line for part in date_text(day, lang).split()) for line in lines)
    # pypdf reads right-to-left runs back into logical order: the name must come out readable
    assert location in text and get_display(location) not in text
    assert label("audit_report", lang) in text
    assert "Baltic Quality Office" in text
    with sqlite3.connect(demo_db_file) as conn:
        status = conn.execute("select status from audits where id = ?", (audit_id,)).fetchone()[0]
    assert term(status, lang) in text
    reader = PdfReader(str(out))
    fonts = {
        str(f.get("/BaseFont"))
        for p in reader.pages
        for f in (p["/Resources"].get("/Font") or {}).values()
        for f in [f.get_object()]
    }
    assert any("DejaVuSans" in f for f in fonts)  # embedded subset, not a base-14 font
    if lang in ("en", "bg", "he"):
        _render(out, artifacts_dir / "reports", f"audit-{lang}")


@pytest.mark.parametrize("kind", ["summary", "standards", "diary", "shopper", "location"])
@pytest.mark.parametrize("lang", ["en", "bg", "he"])
def test_other_reports_parse_and_render(
    demo_db_file: Path, tmp_path: Path, artifacts_dir: Path, kind: str, lang: str
) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    args = ["report", kind, "--db", str(demo_db_file), "--out", str(out), "--lang", lang]
    if kind == "location":
        args += ["--location", "Oddział Kraków Rynek"]
    if kind in ("summary", "standards", "shopper"):
        args += ["--template", "mystery-shopper-branch"]
    assert main(args) == 0
    text = _pdf_text(out)
    key = {
        "summary": "ranking",
        "standards": "standards_report",
        "diary": "diary_report",
        "shopper": "agreement",
        "location": "location_report",
    }[kind]
    assert label(key, lang) in text
    assert label("page", lang) in text
    if kind == "location":
        assert "Oddział Kraków Rynek" in text
        # the demo's open action there is under way: its status in words, not its stored value
        assert term("in_progress", lang) in text and "in_progress" not in text
    if kind == "summary":
        assert "Oddział Kraków Rynek" in text and "בלקן גריל תל אביב" in text
    _render(out, artifacts_dir / "reports", f"{kind}-{lang}")


@pytest.mark.parametrize("lang", ["en", "pl", "he"])
def test_diary_report_names_channels_criteria_and_quadrants_in_its_language(
    demo_db_file: Path, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"diary-{lang}.pdf"
    assert (
        main(["report", "diary", "--db", str(demo_db_file), "--out", str(out), "--lang", lang]) == 0
    )
    text = _pdf_text(out)
    for key in ("in_person", "branch_visit", "waiting_time", "willingness_to_help"):
        assert term(key, lang) in text
        assert key not in text  # no stored key printed where a word belongs
    quadrants = (ipa.CONCENTRATE, ipa.KEEP_UP, ipa.LOW_PRIORITY, ipa.OVERKILL)
    assert sum(term(q, lang) in text for q in quadrants) >= 2
    assert not any(q in text for q in quadrants)


def test_hebrew_is_drawn_in_visual_order(tmp_path: Path) -> None:
    """Plain ReportLab keeps the letters in logical order and so prints them backwards; a PDF
    reader (pypdf here) then reads them back reversed. Ours must read back as written, and the
    control drawn the plain way must not, which proves the check can fail."""
    from reportlab.platypus import Paragraph

    options = ReportOptions(lang="he")
    styles = Styles(rtl=True)
    ours = build_pdf(
        tmp_path / "he.pdf", [para(HEBREW_PHRASE, styles.body, rtl=True)], options, "t"
    )
    plain = build_pdf(tmp_path / "plain.pdf", [Paragraph(HEBREW_PHRASE, styles.body)], options, "t")
    assert HEBREW_PHRASE in _pdf_text(ours)
    assert HEBREW_PHRASE not in _pdf_text(plain)


def test_brackets_in_hebrew_face_the_text() -> None:
    """Rule L4 of the bidi algorithm: in a right-to-left run "(" is drawn as ")". The Rust-backed
    python-bidi skips it and printed ")1 הסרג(" in every Hebrew audit report's checklist line."""
    assert visual("לקוח סמוי (גרסה 1)") == "(1 הסרג) יומס חוקל"
    # a short cell is drawn as a plain string, in the same visual order as a paragraph line
    styles = Styles(rtl=True)
    t = table([["שאלה"], ["ביקור (גרסה 1)"]], styles, [60 * mm], rtl=True)
    assert t._cellvalues[1][0] == "(1 הסרג) רוקיב"


def test_long_hebrew_paragraph_keeps_line_order(tmp_path: Path) -> None:
    words = [f"מילה{i}" for i in range(60)]
    styles = Styles(rtl=True)
    out = build_pdf(
        tmp_path / "long.pdf",
        [para(" ".join(words), styles.body, rtl=True)],
        ReportOptions(lang="he"),
        "t",
    )
    lines = [ln for ln in _pdf_text(out).splitlines() if "מילה" in ln]
    assert len(lines) >= 2
    # The paragraph starts on the first line, not the last (digits read back loosely: substrings)
    assert "מילה1" in lines[0] and "59" not in lines[0]
    assert "59" in lines[-1] and "מילה1 " not in lines[-1]


def test_workbook_reopened(demo_db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "update answers set comment = '=HYPERLINK(\"http://x\")' where rowid = "
            "(select min(rowid) from answers)"
        )
    out = tmp_path / "audits.xlsx"
    assert (
        main(["report", "summary", "--db", str(copy), "--format", "xlsx", "--out", str(out)]) == 0
    )
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Locations",
        "Audits",
        "Sections",
        "Standards",
        "Trend",
        "Corrective actions",
        "Answers",
        "Method",
    ]
    db = open_database(copy)
    with db.session() as s:
        records = audit_records(s, AuditFilter())
        names = checklist_titles(s, "en")
    db.close()
    summary = wb["Audits"]
    assert [c.value for c in summary[1]][:7] == [
        "Date",
        "Location",
        "Organisation",
        "Shopper",
        "Checklist",
        "Kind",
        "Score",
    ]
    assert summary.max_row - 1 == len(records)
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref
    by_id = {r.id: r for r in records}
    for row in summary.iter_rows(min_row=2, values_only=True):
        expected = by_id[row[10]].score
        assert (row[6] is None and expected is None) or row[6] == pytest.approx(expected, abs=0.01)
        assert row[4] == names.checklist(by_id[row[10]].template)  # the title, not the slug
    with sqlite3.connect(copy) as conn:
        questions = conn.execute(
            "select count(*) from audits a join sections s "
            "on s.template_version_id = a.template_version_id "
            "join questions q on q.section_id = s.id "
            "where a.status in ('submitted', 'accepted')"
        ).fetchone()[0]
    answers = wb["Answers"]
    assert answers.max_row - 1 == questions
    injected = [
        c
        for row in answers.iter_rows(min_row=2, min_col=13, max_col=13)
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")
    ]
    assert injected and all(c.data_type == "s" for c in injected)
    # Sections: per checklist, titled, pooled points equal the engine's aggregate
    sections = list(wb["Sections"].iter_rows(values_only=True))
    assert sections[0][:3] == ("Checklist", "Section", "Audits")
    for checklist in {r.template for r in records}:
        mine = [r for r in records if r.template == checklist]
        for g in aggregates.by_section(mine):
            title = names.section(checklist, g.key)
            assert title != g.key  # section titles, not bare keys
            row = next(
                x
                for x in sections[1:]
                if x[0] == names.checklist(checklist) and x[1] == title and x[2] == g.n
            )
            assert row[4] == pytest.approx(g.weighted_score)
    # Answers: the points of one audit's questions equal a fresh score of that audit
    first = next(answers.iter_rows(min_row=2, values_only=True))
    db = open_database(copy)
    with db.session() as s:
        fresh = compute_audit_score(s, uuid.UUID(first[0]))
    db.close()
    scored = [q for sec in fresh.sections for q in sec.questions if q.status == "scored"]
    lines = [r for r in answers.iter_rows(min_row=2, values_only=True) if r[0] == first[0]]
    assert sorted(r[9] for r in lines if r[10] is not None) == pytest.approx(
        sorted(q.earned for q in scored)
    )
    assert sum(r[10] or 0.0 for r in lines) == pytest.approx(sum(q.possible for q in scored))
    # Locations ranked per checklist: 20 locations for each checklist the demo fills
    locations = list(wb["Locations"].iter_rows(min_row=2, values_only=True))
    assert len(locations) == 20 * len({r.template for r in records if r.score is not None})
    actions = list(wb["Corrective actions"].iter_rows(min_row=2, values_only=True))
    assert {a[0] for a in actions} >= {"Greeting drill at the morning briefing"}
    method = [r[0] for r in wb["Method"].iter_rows(values_only=True)]
    assert method[0] == label("method", "en")
    assert "Counted: Submitted, Accepted audits" in method[1]
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and b"lineChart" in z.read(charts[0])
    assert summary.conditional_formatting


def test_csv_with_bom_and_guard(demo_db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "update answers set comment = '@SUM(A1)' where rowid = (select min(rowid) from answers)"
        )
    out = tmp_path / "answers.csv"
    assert (
        main(
            [
                "report",
                "audit",
                "--db",
                str(copy),
                "--format",
                "csv",
                "--out",
                str(out),
                "--template",
                "mystery-shopper-branch",
            ]
        )
        == 0
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Audit id", "Visit", "Location"]  # an audit's CSV: its answers
    assert "'@SUM(A1)" in {r[12] for r in rows[1:]}
    text = raw.decode("utf-8-sig")
    assert "ł" in text or "ż" in text
    assert any("\u0590" <= ch <= "\u05ff" for ch in text)


def test_report_errors(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "audit", "--db", str(demo_db_file), "--out", str(out)]) == 1
    assert "needs --audit" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "location",
                "--db",
                str(demo_db_file),
                "--out",
                str(out),
                "--location",
                "Nowhere",
            ]
        )
        == 1
    )
    assert "no location named 'Nowhere'" in capsys.readouterr().err
    assert not out.exists()  # nothing half-written
    assert main(["report", "summary", "--db", str(demo_db_file)]) == 2


def test_batch_one_pdf_per_audit(demo_db_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    args = [
        "report",
        "audit",
        "--db",
        str(demo_db_file),
        "--batch",
        str(folder),
        "--location",
        "Oddział Kraków Rynek",
        "--from",
        "2000-01-01",
        "--template",
        "mystery-shopper-branch",
    ]
    assert main(args) == 0
    with sqlite3.connect(demo_db_file) as conn:
        n = conn.execute(
            "select count(*) from audits a join locations l on l.id = a.location_id "
            "join template_versions v on v.id = a.template_version_id "
            "join templates t on t.id = v.template_id "
            "where l.name = 'Oddział Kraków Rynek' and t.name = 'mystery-shopper-branch'"
        ).fetchone()[0]
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == n > 10
    assert "Oddział Kraków Rynek" in _pdf_text(pdfs[0])


def test_ipa_chart_names_and_crosshairs_sit_on_the_plotted_points() -> None:
    """Names and the mean cross-hairs are drawn beside the plot in the same drawing, so they
    must use the very positions the scatter plot draws its points at (the plot used to widen its
    axes to round numbers and shift itself by its padding: names landed up to 50 points off)."""
    from reportlab.graphics.charts.lineplots import ScatterPlot
    from reportlab.graphics.shapes import Group, Line, String

    register_fonts()
    points = [("speed", 25.9, 3.82), ("courtesy", 20.1, 4.71), ("listening", 30.9, 4.40)]
    drawing = ipa_chart(points, (23.0, 4.2), 170 * mm)
    plot = next(c for c in drawing.contents if isinstance(c, ScatterPlot))
    rendered = plot.draw()  # what the PDF gets: the plot's own group, shift included
    dx, dy = rendered.transform[4], rendered.transform[5]
    markers = [
        (m.x + dx, m.y + dy)
        for group in rendered.contents
        if isinstance(group, Group)
        for m in group.contents
        if type(m).__name__ == "Marker"
    ]
    assert len(markers) == len(points)
    names = {c.text: (c.x, c.y) for c in drawing.contents if isinstance(c, String)}
    for (name, _, _), (mx, my) in zip(points, markers, strict=True):
        x, y = names[name]
        assert 0 < x - mx < 8 and 0 < y - my < 8  # just right of and above its point
    vertical, horizontal = (c for c in drawing.contents if isinstance(c, Line))
    scale_x = plot.xValueAxis.scale
    scale_y = plot.yValueAxis.scale
    assert vertical.x1 == pytest.approx(scale_x(23.0) + dx)
    assert horizontal.y1 == pytest.approx(scale_y(4.2) + dy)


@pytest.mark.parametrize("lang", ["en", "he"])
def test_summary_names_critical_failures_by_question(
    demo_db_file: Path, tmp_path: Path, lang: str
) -> None:
    """Cached scores know a failed critical question by its key; the manager reads its text."""
    out = tmp_path / f"summary-{lang}.pdf"
    args = ["report", "summary", "--db", str(demo_db_file), "--out", str(out), "--lang", lang]
    assert main([*args, "--template", "mystery-shopper-branch"]) == 0
    text = _pdf_text(out)
    db = open_database(demo_db_file)
    with db.session() as s:
        names = checklist_titles(s, lang)
        failed = {k for r in audit_records(s, AuditFilter(template="mystery-shopper-branch"))
                  for k in r.critical_failed}  # fmt: skip
    db.close()
    assert failed
    for key in failed:
        title = names.question("mystery-shopper-branch", key)
        assert title != key
        # pypdf reads a Hebrew run with a number in it back out of order: look for the words
        assert all(word in text for word in title.split())
        assert key not in text


def test_shopper_report_names_questions_by_checklist_and_text(
    demo_db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shopper.pdf"
    args = ["report", "shopper", "--db", str(demo_db_file), "--out", str(out)]
    assert main([*args, "--template", "mystery-shopper-branch"]) == 0
    text = _pdf_text(out)
    db = open_database(demo_db_file)
    with db.session() as s:
        names = checklist_titles(s, "en")
        agreement = measures.shopper_agreement(s, AuditFilter(template="mystery-shopper-branch"))
    db.close()
    assert agreement["questions"]
    for q in agreement["questions"]:
        assert q["checklist"] == "mystery-shopper-branch"
        title = names.question(q["checklist"], q["question"])
        assert title != q["question"] and title in text.replace("\n", " ")
        if "_" in q["question"]:
            assert q["question"] not in text


def test_trend_chart_legend_stays_above_the_lines() -> None:
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import String

    register_fonts()
    series = [("Oddział Kraków Rynek", [(0, 95.8), (1, 30.3)]), ("ממוצע הארגון", [(0, 66.8)])]
    drawing = line_chart(series, ["2025-11", "2025-12"], 170 * mm)
    plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
    legend = sorted((c for c in drawing.contents if isinstance(c, String)), key=lambda c: c.x)
    assert len(legend) == 2
    assert all(c.y > plot.y + plot.height for c in legend)  # above a line at 100 %
    assert legend[0].x + 20 < legend[1].x  # side by side, not on top of each other


def test_ipa_names_of_close_points_do_not_cover_each_other() -> None:
    register_fonts()
    # four criteria almost on one spot, as a diary's often are
    anchors = [("Courtesy", 100.0, 100.0), ("Empathy", 102.0, 101.0),
               ("Speed", 101.0, 99.0), ("Listening", 103.0, 100.0)]  # fmt: skip
    placed = place_labels(anchors, 6.5)
    boxes = []
    for text, x, y, anchor in placed:
        width = pdfmetrics.stringWidth(text, FONT, 6.5)
        left = x if anchor == "start" else x - width
        boxes.append((left, y - 1.5, left + width, y + 6.5))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    for (_, px, py), (_, x, y, _) in zip(anchors, placed, strict=True):
        assert abs(x - px) <= 4 and abs(y - py) <= 10  # each still beside its own point
