"""Excel workbooks (openpyxl, streamed in write-only mode) and CSV (UTF-8 with BOM)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from auditor.errors import Cancelled
from auditor.files import atomic_path
from auditor.reports.answers import ANSWER_HEADERS, iter_answer_rows
from auditor.reports.labels import label, term
from auditor.reports.text import csv_safe
from auditor.scoring import aggregates
from auditor.services import measures
from auditor.services.audits import AuditFilter, counted_statuses
from auditor.services.scoring import audit_records
from auditor.services.templates import checklist_titles

IsCancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
DATE_FORMAT = "yyyy-mm-dd hh:mm"
SCORE_FORMAT = "0.0"
FORMULA_START = frozenset("=+-@")
SHEETS = ("Summary", "Answers", "Sections", "Standards", "Locations", "Trend", "Diary")


def _excel_time(value: datetime) -> datetime:
    """Excel has no time zones: write the UTC wall time, naive."""
    return value.replace(tzinfo=None) if value.tzinfo else value


class SheetWriter:
    """Rows into a write-only sheet with the touches a manager expects: header style, frozen
    header, autofilter, number/date formats, widths that fit, formulas kept as text."""

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        headers: Sequence[str],
        formats: dict[int, str],
        widths: Sequence[int],
    ) -> None:
        self.ws = ws
        self.formats = formats
        self.rows = 0
        ws.freeze_panes = "A2"
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        header = []
        for title in headers:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        ws.append(header)
        self.ncols = len(headers)
        # One styled cell per formatted column, refilled row after row: a write-only sheet
        # writes each row out as it is appended, and styling a fresh cell per value cost
        # more than writing it.
        self.styled: dict[int, WriteOnlyCell] = {}
        for i, number_format in formats.items():
            cell = WriteOnlyCell(ws)
            cell.number_format = number_format
            self.styled[i] = cell

    def append(self, values: Iterable[Any]) -> None:
        """Plain values go in as they are (fast); only formatted or formula-like ones get a cell."""
        cells = list(values)
        for i, value in enumerate(cells):
            kind = value.__class__
            if kind is str:
                if value and value[0] in FORMULA_START:
                    cell = WriteOnlyCell(self.ws, value=value)
                    cell.data_type = "s"  # text, never a formula
                    cells[i] = cell
            elif kind is datetime:
                cells[i] = _excel_time(value)
        for i, cell in self.styled.items():
            if i < len(cells) and cells[i] is not None and not isinstance(cells[i], Cell):
                cell.value = cells[i]
                cells[i] = cell
        self.ws.append(cells)
        self.rows += 1

    def finish(self, score_column: int | None = None) -> None:
        last = get_column_letter(self.ncols)
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        if score_column is not None and self.rows:
            col = get_column_letter(score_column + 1)
            self.ws.conditional_formatting.add(
                f"{col}2:{col}{self.rows + 1}",
                ColorScaleRule(
                    start_type="num",
                    start_value=0,
                    start_color="F8696B",
                    mid_type="num",
                    mid_value=70,
                    mid_color="FFEB84",
                    end_type="num",
                    end_value=100,
                    end_color="63BE7B",
                ),
            )


def method_lines(flt: AuditFilter, lang: str = "en") -> list[str]:
    """What the workbook counted and how, in the words of the reports' method note."""
    statuses = ", ".join(term(s, lang) for s in counted_statuses(flt))
    return [
        label("method", lang),
        label("method_counted", lang).format(statuses=statuses),
        label("method_groups", lang),
        "Locations: 'Not significantly different from' names the ranked neighbours whose "
        "95 % interval overlaps (the ≈ of the PDF ranking).",
        "Questionnaires (surveys, SERVQUAL, self-assessments) have a score but no pass/fail "
        "or grade; a score is never averaged over several checklists.",
        "Standards: fail rates count audits of every checklist that checks the standard, "
        "with a Wilson 95 % interval; points are pooled per checklist.",
    ]


def write_xlsx(
    session: Session,
    out: Path,
    flt: AuditFilter,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Path:
    records = audit_records(session, flt)
    wb = Workbook(write_only=True)

    summary = SheetWriter(
        wb.create_sheet("Summary"),
        [
            "Date",
            "Location",
            "Organisation",
            "Shopper",
            "Checklist",
            "Score",
            "Pass",
            "Grade",
            "Critical failures",
            "Audit id",
        ],
        {0: DATE_FORMAT, 5: SCORE_FORMAT},
        [17, 32, 26, 20, 26, 9, 7, 24, 30, 38],
    )
    grades = measures.audit_grades(session, flt)
    for r in sorted(records, key=lambda r: r.visited_at):
        summary.append(
            [
                r.visited_at,
                r.location,
                r.organisation,
                r.shopper,
                r.template,
                None if r.score is None else round(r.score, 2),
                None if r.passed is None else ("yes" if r.passed else "no"),
                grades.get(r.id, ""),
                ", ".join(r.critical_failed),
                r.id,
            ]
        )
    summary.finish(score_column=5)

    answers = SheetWriter(
        wb.create_sheet("Answers"),
        [
            "Audit id",
            "Visited",
            "Location",
            "Shopper",
            "Checklist",
            "Section",
            "Question",
            "Standards",
            "Answer",
            "Earned",
            "Possible",
            "N/A",
            "Comment",
        ],
        {1: DATE_FORMAT},  # points stay General: 1, 0.75, 1.5 read as they are
        [38, 17, 30, 20, 24, 24, 50, 16, 20, 8, 8, 6, 50],
    )
    total = len(records)
    current, done = "", 0  # rows arrive audit by audit: count changes, keep no id set
    for row in iter_answer_rows(session, flt, lang):
        if row[0] != current:
            current, done = row[0], done + 1
            if cancelled and cancelled():
                raise Cancelled("the export was cancelled; no file was written")
            if progress and done % 50 == 0:
                progress(done, total)
        answers.append([*row[:11], "yes" if row[11] else "", row[12]])
    answers.finish()

    sections = SheetWriter(
        wb.create_sheet("Sections"),
        ["Checklist", "Section", "Section key", "Audits", "Score (mean)", "Score (points pooled)"],
        {4: SCORE_FORMAT, 5: SCORE_FORMAT},
        [30, 30, 16, 10, 14, 20],
    )
    names = checklist_titles(session, lang)
    for checklist, g in aggregates.by_checklist_section(records):
        sections.append(
            [
                names.checklist(checklist),
                names.section(checklist, g.key),
                g.key,
                g.n,
                g.score,
                g.weighted_score,
            ]
        )
    sections.finish(score_column=5)

    failures = {f.code: f for f in aggregates.most_failed_standards(records)}
    standards = SheetWriter(
        wb.create_sheet("Standards"),
        ["Checklist", "Standard", "Audits", "Score (points pooled)",
         "Audits failed (all checklists)", "Fail rate %", "Fail rate 95 % CI low",
         "Fail rate 95 % CI high"],
        {3: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT, 7: SCORE_FORMAT},
        [30, 14, 10, 20, 26, 12, 20, 20],
    )  # fmt: skip
    for g in aggregates.by_standard(records):
        f = failures.get(g.key)
        standards.append(
            [names.checklist(g.template), g.key, g.n, g.weighted_score,
             f.failed if f else 0, f.rate if f else 0.0, f.ci_low if f else None,
             f.ci_high if f else None]
        )  # fmt: skip
    standards.finish(score_column=3)

    locations = SheetWriter(
        wb.create_sheet("Locations"),
        ["Checklist", "Rank", "Not significantly different from", "Location", "Audits",
         "Fewer than 5 audits", "Score (mean)", "95 % CI low", "95 % CI high",
         "Score (points pooled)"],
        {6: SCORE_FORMAT, 7: SCORE_FORMAT, 8: SCORE_FORMAT, 9: SCORE_FORMAT},
        [30, 7, 40, 34, 10, 12, 14, 12, 12, 20],
    )  # fmt: skip
    for g in aggregates.ranked(aggregates.by_attribute(records, "location")):
        locations.append(
            [names.checklist(g.template), g.rank, ", ".join(g.overlaps), g.key, g.n,
             "yes" if g.small else "", g.score, g.ci_low, g.ci_high, g.weighted_score]
        )  # fmt: skip
    locations.finish(score_column=6)

    trend_ws = wb.create_sheet("Trend")
    months = aggregates.by_period(records)
    checklists = sorted({g.template for g in months})
    periods = sorted({g.key for g in months})
    cells = {(g.template, g.key): g for g in months}
    header = ["Month"]
    for template in checklists:
        title = names.checklist(template)
        header += [f"{title}: score (mean)", f"{title}: audits"]
    trend = SheetWriter(
        trend_ws,
        header,
        {1 + 2 * i: SCORE_FORMAT for i in range(len(checklists))},
        [10] + [24, 10] * len(checklists),
    )
    for period in periods:
        line: list[Any] = [period]
        for template in checklists:
            cell = cells.get((template, period))
            line += [cell.score if cell else None, cell.n if cell else 0]
        trend.append(line)
    trend.finish()
    if periods:
        chart = LineChart()
        chart.title = "Score by month, per checklist"
        chart.y_axis.title = "Score %"
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
        for i in range(len(checklists)):
            chart.add_data(
                Reference(trend_ws, min_col=2 + 2 * i, min_row=1, max_row=len(periods) + 1),
                titles_from_data=True,
            )
        chart.set_categories(Reference(trend_ws, min_col=1, min_row=2, max_row=len(periods) + 1))
        chart.width, chart.height = 22, 11
        trend_ws.add_chart(chart, f"{get_column_letter(2 * len(checklists) + 3)}2")

    from auditor.services import actions

    action_sheet = SheetWriter(
        wb.create_sheet("Actions"),
        ["What", "Standard", "Location", "Owner", "Due", "Status", "Overdue", "Done: what was done",
         "Verification proposed by audit", "Linked audits"],
        {},
        [40, 12, 30, 20, 12, 12, 9, 40, 38, 40],
    )  # fmt: skip
    for a in actions.list_actions(session, actions.ActionFilter("all", location=flt.location)):
        action_sheet.append(
            [a.title, a.standard, a.location, a.owner, a.due_date.isoformat() if a.due_date
             else "", a.status, "yes" if a.overdue else "", a.done_note, a.proposed_by or "",
             ", ".join(a.linked_audits)]
        )  # fmt: skip
    action_sheet.finish()

    method = wb.create_sheet("Method")
    method.column_dimensions["A"].width = 120
    for text in method_lines(flt, lang):
        method.append([text])

    diary = SheetWriter(
        wb.create_sheet("Diary"),
        [
            "Time",
            "Diary",
            "Channel",
            "Organisation",
            "Place",
            "What happened",
            "Expectation",
            "Experience",
            "Satisfaction",
            "Feeling",
            "Criteria",
            "Recommend",
            "Warn",
        ],
        {0: DATE_FORMAT},
        [17, 26, 12, 24, 20, 50, 11, 11, 11, 14, 30, 10, 8],
    )
    for e in measures.diary_timeline(session, flt):
        diary.append(
            [
                e.occurred_at,
                e.diary.title,
                e.channel,
                e.organisation,
                e.place,
                e.description,
                e.expectation,
                e.experience,
                e.satisfaction,
                e.feeling,
                ", ".join(map(str, e.criteria)),
                "yes" if e.would_recommend else "",
                "yes" if e.would_warn else "",
            ]
        )
    diary.finish()

    with atomic_path(out) as tmp:
        wb.save(tmp)
    if progress:
        progress(total, total)
    return out


def write_answers_csv(
    session: Session,
    out: Path,
    flt: AuditFilter,
    lang: str = "en",
    cancelled: IsCancelled | None = None,
) -> Path:
    """The Answers table as CSV in UTF-8 with a BOM, so Excel opens every language right."""
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(ANSWER_HEADERS)
        for n, row in enumerate(_csv_rows(iter_answer_rows(session, flt, lang))):
            if cancelled and n % 5000 == 0 and cancelled():
                raise Cancelled("the export was cancelled; no file was written")
            writer.writerow(row)
    return out


def _csv_rows(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[Any]]:
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, bool):
                value = "yes" if value else ""
            elif isinstance(value, float):
                value = f"{value:.4g}"
            out.append(csv_safe(value))
        yield out
