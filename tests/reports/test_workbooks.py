"""Workbooks and CSV follow the report: its language (sheet names, headers, values, right to
left in Hebrew) and its kind (each report its own tables). Files written by the command line,
reopened with openpyxl and csv as a reader's spreadsheet would."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from auditor.cli import main
from auditor.reports.labels import label, term
from auditor.reports.tables import sheet_title
from auditor.services.diaries import FEELINGS
from auditor.store.models import ActionStatus, AuditStatus

LOCATION = "Oddział Kraków Rynek"
CHANNELS = ("in_person", "phone", "email", "sms", "web", "chat", "fax", "branch_visit")
KINDS = ("mystery_shopping", "survey", "servqual", "self_assessment", "diary")
CRITERIA = ("courtesy", "professionalism", "empathy", "willingness_to_help", "listening",
            "waiting_time", "speed", "convenience")  # fmt: skip


def _stored_values(db_file: Path) -> set[str]:
    """Every key, slug and enum value the database stores that a reader must never see."""
    with sqlite3.connect(db_file) as conn:
        slugs = {row[0] for row in conn.execute("select name from templates")}
        sections = {row[0] for row in conn.execute("select key from sections")}
        questions = {row[0] for row in conn.execute("select key from questions")}
    enums = {s.value for s in AuditStatus} | {s.value for s in ActionStatus}
    return (slugs | sections | questions | enums | set(CHANNELS) | set(KINDS) | set(FEELINGS)
            | set(CRITERIA) | {"yes", "no", "true", "false"})  # fmt: skip


def _report(db: Path, kind: str, fmt: str, out: Path, lang: str, *extra: str) -> Path:
    args = ["report", kind, "--db", str(db), "--format", fmt, "--out", str(out), "--lang", lang]
    if kind == "location":
        args += ["--location", LOCATION]
    assert main([*args, *extra]) == 0
    return out


def _strings(ws: Any) -> list[tuple[int, int, str]]:
    return [
        (r, c, value)
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1)
        for c, value in enumerate(row)
        if isinstance(value, str)
    ]


@pytest.mark.parametrize("lang", ["pl", "he"])
def test_workbook_speaks_the_reports_language(
    demo_db_file: Path, tmp_path: Path, lang: str
) -> None:
    stored = _stored_values(demo_db_file)
    rtl = lang == "he"
    summary = load_workbook(_report(demo_db_file, "summary", "xlsx", tmp_path / "s.xlsx", lang))
    keys = ["sheet_locations", "sheet_audits", "sheet_sections", "standards", "trend",
            "sheet_actions", "sheet_answers", "sheet_method"]  # fmt: skip
    assert summary.sheetnames == [label(k, lang) for k in keys]
    for ws in summary.worksheets:
        assert len(ws.title) <= 31 and not set(ws.title) & set("[]:*?/\\")
        assert bool(ws.sheet_view.rightToLeft) is rtl, ws.title
    audits = summary[label("sheet_audits", lang)]
    header = [c.value for c in audits[1]]
    assert header[:9] == [label(k, lang) for k in ("date", "location", "organisation", "shopper",
                          "checklist", "kind", "score", "passed", "grade")]  # fmt: skip
    rows = list(audits.iter_rows(min_row=2, values_only=True))
    assert {r[7] for r in rows} == {label("yes", lang), label("no", lang), None}
    assert {r[5] for r in rows} == {term(k, lang) for k in ("mystery_shopping", "survey",
                                                             "servqual")}  # fmt: skip
    assert not {r[4] for r in rows} & stored  # checklists by title
    actions = summary[label("sheet_actions", lang)]
    statuses = {r[5] for r in actions.iter_rows(min_row=2, values_only=True)}
    assert term("in_progress", lang) in statuses and not statuses & stored
    answers = summary[label("sheet_answers", lang)]
    assert [c.value for c in answers[1]][8] == label("answer", lang)
    given = {r[8] for r in answers.iter_rows(min_row=2, values_only=True)}
    assert {label("yes", lang), label("no", lang)} <= given
    # a visit's length in minutes and seconds, never a bare count of seconds
    with sqlite3.connect(demo_db_file) as conn:
        seconds = [row[0] for row in conn.execute(
            "select a.value from answers a join questions q on q.id = a.question_id "
            "where q.kind = 'duration' and a.value is not null limit 20")]  # fmt: skip
    assert seconds
    for value in seconds:
        minutes, rest = divmod(int(value), 60)
        assert label("duration", lang).format(minutes=minutes, seconds=rest) in given
        assert value not in given and str(value) not in given
    for ws in summary.worksheets:
        if ws.title == label("sheet_answers", lang):
            continue  # typed answers and comments are the shoppers' own words
        found = [(ws.title, r, c, v) for r, c, v in _strings(ws) if v in stored]
        assert not found, found[:5]

    diary = load_workbook(_report(demo_db_file, "diary", "xlsx", tmp_path / "d.xlsx", lang))
    assert diary.sheetnames[:3] == [label(k, lang) for k in ("events", "sheet_by_criterion",
                                                              "sheet_by_channel")]  # fmt: skip
    for ws in diary.worksheets:
        assert bool(ws.sheet_view.rightToLeft) is rtl
        found = [(ws.title, r, c, v) for r, c, v in _strings(ws) if v in stored]
        assert not found, found[:5]
    events = list(diary.worksheets[0].iter_rows(values_only=True))
    assert events[0][2] == label("channel", lang)
    assert term("in_person", lang) in {e[2] for e in events[1:]}
    feelings = {e[9] for e in events[1:]} - {None}
    assert feelings and feelings <= {term(f, lang) for f in FEELINGS}


def test_each_report_kind_gives_its_own_workbook_and_csv(
    demo_db_file: Path, tmp_path: Path
) -> None:
    sheets: dict[str, tuple[str, ...]] = {}
    headers: dict[str, tuple[str, ...]] = {}
    small = ("--template", "mystery-shopper-branch", "--location", LOCATION)
    for kind in ("summary", "location", "standards", "diary", "shopper", "audit"):
        extra = () if kind in ("location", "diary") else small
        book = _report(demo_db_file, kind, "xlsx", tmp_path / f"{kind}.xlsx", "en", *extra)
        table = _report(demo_db_file, kind, "csv", tmp_path / f"{kind}.csv", "en", *extra)
        wb = load_workbook(book, read_only=True)
        sheets[kind] = tuple(wb.sheetnames)
        first = [tuple("" if v is None else v for v in row)
                 for row in wb.worksheets[0].iter_rows(values_only=True)]  # fmt: skip
        with table.open(encoding="utf-8-sig", newline="") as fh:
            rows = [tuple(r) for r in csv.reader(fh)]
        headers[kind] = rows[0]
        # the CSV is the workbook's first table: same header, same number of rows
        assert rows[0] == first[0], kind
        assert len(rows) == len(first) > 1, kind
    assert len(set(sheets.values())) == len(sheets), sheets
    assert len(set(headers.values())) == len(headers), headers
    assert sheets["standards"][0] == "Standards" and sheets["diary"][0] == "Events"
    assert headers["audit"][:2] == ("Audit id", "Visit")  # answers only where asked for
    assert "Answers" not in sheets["standards"] + sheets["diary"] + sheets["shopper"]


def test_sheet_names_excel_accepts() -> None:
    assert sheet_title("Ranking: a/b [c]*?") == "Ranking  a b  c"
    long = sheet_title("x" * 40)
    assert long == "x" * 31
    assert sheet_title("x" * 40, [long]) == "x" * 27 + " (2)"
    assert sheet_title("Audits", ["audits"]) == "Audits (2)"
