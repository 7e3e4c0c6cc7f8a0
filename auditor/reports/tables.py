"""Excel workbooks (openpyxl, streamed in write-only mode) and CSV (UTF-8 with BOM)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, Cancelled, NotFound
from auditor.files import atomic_path
from auditor.labels import RTL_LANGUAGES, pick_label
from auditor.reports.answers import ANSWER_HEADERS, iter_answer_rows
from auditor.reports.labels import label, term
from auditor.reports.text import csv_safe
from auditor.scoring import aggregates
from auditor.services import measures
from auditor.services.audits import AuditFilter, counted_statuses
from auditor.services.scoring import audit_records
from auditor.services.templates import checklist_titles
from auditor.store.models import (
    Answer,
    Audit,
    ChecklistTemplate,
    Location,
    Standard,
    TemplateVersion,
    question_standards,
)

IsCancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
DATE_FORMAT = "yyyy-mm-dd hh:mm"
DAY_FORMAT = "yyyy-mm-dd"
MONTH_FORMAT = "mmm yyyy"  # Excel writes the month's name in its reader's language
SCORE_FORMAT = "0.0"
FORMULA_START = frozenset("=+-@")
KINDS = ("audit", "location", "summary", "standards", "diary", "shopper")


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
        label("method_locations", lang),
        label("method_questionnaires", lang),
        label("method_standards", lang),
    ]


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    name = re.sub(r"[\[\]:*?/\\]", " ", text).strip(" '") or "-"
    name = name[:31].rstrip()
    used = {t.casefold() for t in taken}
    n = 1
    candidate = name
    while candidate.casefold() in used:
        n += 1
        suffix = f" ({n})"
        candidate = name[: 31 - len(suffix)].rstrip() + suffix
    return candidate


@dataclass
class Sheet:
    """One table of a report: a workbook sheet, and the CSV when it is the report's first."""

    name: str  # label key of the sheet's name
    headers: Sequence[str]  # in the report's language
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int]
    formats: dict[int, str] = field(default_factory=dict)
    score_column: int | None = None
    chart: Callable[[WriteOnlyWorksheet, int], None] | None = None  # (sheet, rows written)


class Words:
    """The report language's words for what the tables hold: yes/no, states, kinds, titles."""

    def __init__(self, session: Session, lang: str) -> None:
        self.lang = lang
        self.names = checklist_titles(session, lang)
        self.kinds: dict[str, str] = {}
        for name, kind in session.execute(
            select(ChecklistTemplate.name, TemplateVersion.kind)
            .join(TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id)
            .order_by(TemplateVersion.version)
        ):
            self.kinds[name] = kind
        self.standards = {
            s.code: pick_label(s.title, lang) for s in session.scalars(select(Standard))
        }

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def term(self, value: str) -> str:
        return term(value, self.lang)

    def yes_no(self, value: bool | None) -> str:
        return "" if value is None else self.t("yes" if value else "no")

    def mark(self, value: bool) -> str:
        """A column that only marks some rows: Yes there, empty elsewhere."""
        return self.t("yes") if value else ""

    def checklist(self, name: str) -> str:
        return self.names.checklist(name)

    def kind(self, name: str) -> str:
        return self.term(self.kinds.get(name, ""))


def _month(key: str) -> date | str:
    """A month key (2026-03) as a date cell Excel shows in its reader's language."""
    try:
        year, month = key.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return key


def _audit_rows(
    session: Session, flt: AuditFilter, w: Words, records: list[aggregates.AuditRecord]
) -> Sheet:
    grades = measures.audit_grades(session, flt)
    rows = (
        [
            r.visited_at,
            r.location,
            r.organisation,
            r.shopper,
            w.checklist(r.template),
            w.kind(r.template),
            None if r.score is None else round(r.score, 2),
            w.yes_no(r.passed),
            grades.get(r.id, ""),
            ", ".join(w.names.question(r.template, k) for k in r.critical_failed),
            r.id,
        ]
        for r in sorted(records, key=lambda r: r.visited_at)
    )
    headers = ["date", "location", "organisation", "shopper", "checklist", "kind", "score",
               "passed", "grade", "critical_failures", "audit_id"]  # fmt: skip
    return Sheet(
        "sheet_audits",
        [w.t(h) for h in headers],
        rows,
        [17, 32, 26, 20, 30, 18, 9, 11, 24, 40, 38],
        {0: DATE_FORMAT, 6: SCORE_FORMAT},
        score_column=6,
    )


def _answer_sheet(
    session: Session,
    flt: AuditFilter,
    w: Words,
    total: int,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Sheet:
    def rows() -> Iterator[list[Any]]:
        current, done = "", 0  # rows arrive audit by audit: count changes, keep no id set
        for row in iter_answer_rows(session, flt, w.lang):
            if row[0] != current:
                current, done = row[0], done + 1
                if cancelled and cancelled():
                    raise Cancelled("the export was cancelled; no file was written")
                if progress and done % 50 == 0:
                    progress(done, total)
            yield [*row[:11], w.mark(row[11]), row[12]]

    return Sheet(
        "sheet_answers",
        [w.t(h) for h in ANSWER_HEADERS],
        rows(),
        [38, 17, 30, 20, 30, 24, 50, 16, 20, 8, 8, 6, 50],
        {1: DATE_FORMAT},  # points stay General: 1, 0.75, 1.5 read as they are
    )


def _section_sheet(
    w: Words,
    records: list[aggregates.AuditRecord],
    org_records: list[aggregates.AuditRecord] | None = None,
) -> Sheet:
    org = (
        {(c, g.key): g.weighted_score for c, g in aggregates.by_checklist_section(org_records)}
        if org_records is not None
        else None
    )
    rows = []
    for checklist, g in aggregates.by_checklist_section(records):
        row = [w.checklist(checklist), w.names.section(checklist, g.key), g.n, g.score,
               g.weighted_score]  # fmt: skip
        if org is not None:
            row.append(org.get((checklist, g.key)))
        rows.append(row)
    headers = ["checklist", "section", "audits", "score_mean", "score_pooled"]
    headers += ["org_average"] if org is not None else []
    return Sheet(
        "sheet_sections",
        [w.t(h) for h in headers],
        rows,
        [30, 30, 10, 14, 20, 20],
        {3: SCORE_FORMAT, 4: SCORE_FORMAT, 5: SCORE_FORMAT},
        score_column=4,
    )


def _standard_sheet(
    w: Words,
    records: list[aggregates.AuditRecord],
    org_records: list[aggregates.AuditRecord] | None = None,
) -> Sheet:
    failures = {f.code: f for f in aggregates.most_failed_standards(records)}
    org = (
        {(g.template, g.key): g.weighted_score for g in aggregates.by_standard(org_records)}
        if org_records is not None
        else None
    )
    rows = []
    for g in aggregates.by_standard(records):
        f = failures.get(g.key)
        row = [w.checklist(g.template), g.key, w.standards.get(g.key, ""), g.n,
               g.weighted_score, f.failed if f else 0, f.rate if f else 0.0,
               f.ci_low if f else None, f.ci_high if f else None]  # fmt: skip
        if org is not None:
            row.append(org.get((g.template, g.key)))
        rows.append(row)
    headers = ["checklist", "standard", "title", "audits", "score_pooled", "audits_failed",
               "fail_rate_pct", "ci_low", "ci_high"]  # fmt: skip
    headers += ["org_average"] if org is not None else []
    return Sheet(
        "standards",
        [w.t(h) for h in headers],
        rows,
        [30, 12, 34, 10, 20, 26, 14, 14, 14, 20],
        {i: SCORE_FORMAT for i in (4, 6, 7, 8, 9)},
        score_column=4,
    )


def _ranking_sheet(w: Words, records: list[aggregates.AuditRecord]) -> Sheet:
    rows = [
        [w.checklist(g.template), g.rank, ", ".join(g.overlaps), g.key, g.n, w.mark(g.small),
         g.score, g.ci_low, g.ci_high, g.weighted_score]
        for g in aggregates.ranked(aggregates.by_attribute(records, "location"))
    ]  # fmt: skip
    headers = ["checklist", "rank", "not_different", "location", "audits", "few_audits",
               "score_mean", "ci_low", "ci_high", "score_pooled"]  # fmt: skip
    return Sheet(
        "sheet_locations",
        [w.t(h) for h in headers],
        rows,
        [30, 7, 40, 34, 10, 12, 14, 12, 12, 20],
        {6: SCORE_FORMAT, 7: SCORE_FORMAT, 8: SCORE_FORMAT, 9: SCORE_FORMAT},
        score_column=6,
    )


def _trend_sheet(w: Words, records: list[aggregates.AuditRecord]) -> Sheet:
    months = aggregates.by_period(records)
    checklists = sorted({g.template for g in months})
    periods = sorted({g.key for g in months})
    cells = {(g.template, g.key): g for g in months}
    header = [w.t("month")]
    for template in checklists:
        title = w.checklist(template)
        header += [w.t("trend_score").format(checklist=title),
                   w.t("trend_audits").format(checklist=title)]  # fmt: skip
    rows = []
    for period in periods:
        line: list[Any] = [_month(period)]
        for template in checklists:
            cell = cells.get((template, period))
            line += [cell.score if cell else None, cell.n if cell else 0]
        rows.append(line)

    def chart(ws: WriteOnlyWorksheet, count: int) -> None:
        if not count:
            return
        plot = LineChart()
        plot.title = w.t("trend_chart")
        plot.y_axis.title = w.t("score_percent")
        plot.y_axis.scaling.min, plot.y_axis.scaling.max = 0, 100
        plot.x_axis.number_format = MONTH_FORMAT
        for i in range(len(checklists)):
            plot.add_data(
                Reference(ws, min_col=2 + 2 * i, min_row=1, max_row=count + 1),
                titles_from_data=True,
            )
        plot.set_categories(Reference(ws, min_col=1, min_row=2, max_row=count + 1))
        plot.width, plot.height = 22, 11
        ws.add_chart(plot, f"{get_column_letter(2 * len(checklists) + 3)}2")

    formats = {1 + 2 * i: SCORE_FORMAT for i in range(len(checklists))}
    return Sheet("trend", header, rows, [12] + [24, 10] * len(checklists),
                 {0: MONTH_FORMAT, **formats}, chart=chart)  # fmt: skip


def _location_trend_sheet(
    w: Words, records: list[aggregates.AuditRecord], org_records: list[aggregates.AuditRecord]
) -> Sheet:
    """Each checklist's monthly score at the location beside the organisation's."""
    rows = []
    for template in sorted({r.template for r in records}):
        mine = {
            g.key: g for g in aggregates.by_period(r for r in records if r.template == template)
        }
        org = {g.key: g.score for g in aggregates.by_period(
            r for r in org_records if r.template == template)}  # fmt: skip
        for period in sorted(set(mine) | set(org)):
            g = mine.get(period)
            rows.append([_month(period), w.checklist(template), g.n if g else 0,
                         g.score if g else None, g.ci_low if g else None,
                         g.ci_high if g else None, org.get(period)])  # fmt: skip
    headers = ["month", "checklist", "audits", "score_mean", "ci_low", "ci_high", "org_average"]
    return Sheet(
        "trend",
        [w.t(h) for h in headers],
        rows,
        [12, 30, 10, 14, 12, 12, 20],
        {0: MONTH_FORMAT, 3: SCORE_FORMAT, 4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT},
        score_column=3,
    )


def _action_sheet(session: Session, w: Words, location: str | None) -> Sheet:
    from auditor.services import actions

    rows = [
        [a.title, a.standard, a.location, a.owner, a.due_date, w.term(str(a.status)),
         w.mark(a.overdue), a.done_note, a.proposed_by or "", ", ".join(a.linked_audits)]
        for a in actions.list_actions(session, actions.ActionFilter("all", location=location))
    ]  # fmt: skip
    headers = ["what", "standard", "location", "owner", "due", "status", "overdue", "done_note",
               "proposed_by", "linked_audits"]  # fmt: skip
    return Sheet(
        "sheet_actions",
        [w.t(h) for h in headers],
        rows,
        [40, 12, 30, 20, 12, 14, 11, 40, 38, 40],
        {4: DAY_FORMAT},
    )


def _method_sheet(flt: AuditFilter, w: Words) -> Sheet:
    return Sheet("sheet_method", [w.t("method")], ([x] for x in method_lines(flt, w.lang)[1:]),
                 [120])  # fmt: skip


def _standard_kind_sheets(
    session: Session, flt: AuditFilter, w: Words, records: list[aggregates.AuditRecord]
) -> list[Sheet]:
    """The trainers' handouts as tables: each standard's failures, where, what was written."""
    failures = [f for f in aggregates.most_failed_standards(records)]
    main = Sheet(
        "standards",
        [w.t(h) for h in ("standard", "title", "audits", "audits_failed", "fail_rate_pct",
                          "ci_low", "ci_high")],
        [[f.code, w.standards.get(f.code, ""), f.checked, f.failed, f.rate, f.ci_low,
          f.ci_high] for f in failures],
        [12, 40, 10, 26, 14, 14, 14],
        {4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT},
    )  # fmt: skip
    where = Counter(
        (code, r.location)
        for r in records
        for code, (_, _, missed) in r.standards.items()
        if missed
    )
    where_rows = sorted(where.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
    where_sheet = Sheet(
        "sheet_where",
        [w.t(h) for h in ("standard", "title", "location", "audits_failed")],
        [[code, w.standards.get(code, ""), loc, n] for (code, loc), n in where_rows],
        [12, 40, 34, 26],
    )
    ids = {r.id for r in records}
    comments = session.execute(
        select(Standard.code, Location.name, Audit.visit_start, Answer.comment, Audit.id)
        .select_from(Answer)
        .join(Audit, Answer.audit_id == Audit.id)
        .join(Location, Audit.location_id == Location.id)
        .join(question_standards, question_standards.c.question_id == Answer.question_id)
        .join(Standard, Standard.id == question_standards.c.standard_id)
        .where(Answer.comment != "")
        .order_by(Standard.code, Audit.visit_start.desc())
    ).all()
    examples = Sheet(
        "examples",
        [w.t(h) for h in ("standard", "title", "location", "date", "comment")],
        [[code, w.standards.get(code, ""), loc, when, text]
         for code, loc, when, text, audit in comments if str(audit) in ids],
        [12, 40, 34, 17, 80],
        {3: DATE_FORMAT},
    )  # fmt: skip
    return [main, where_sheet, examples, _method_sheet(flt, w)]


def _diary_sheets(session: Session, flt: AuditFilter, w: Words) -> list[Sheet]:
    reading = measures.read_diaries(session, flt)
    events = Sheet(
        "events",
        [w.t(h) for h in ("time", "diary", "channel", "organisation", "place", "what_happened",
                          "expectation", "experience", "satisfaction", "feeling", "criteria",
                          "recommend", "warn")],
        [[e.occurred_at, e.diary.title, w.term(e.channel), e.organisation, e.place,
          e.description, e.expectation, e.experience, e.satisfaction,
          w.term(e.feeling) if e.feeling else "", ", ".join(w.term(str(c)) for c in e.criteria),
          w.mark(e.would_recommend), w.mark(e.would_warn)]
         for e in reading.events],
        [17, 26, 14, 24, 20, 50, 11, 11, 11, 14, 30, 10, 8],
        {0: DATE_FORMAT},
    )  # fmt: skip
    data = measures.diary_summary(reading.analysis)
    gaps = []
    for name, key, title in (("sheet_by_criterion", "by_criterion", "criterion"),
                             ("sheet_by_channel", "by_channel", "channel")):  # fmt: skip
        gaps.append(
            Sheet(
                name,
                [w.t(h) for h in (title, "events", "expectation", "experience", "gap")],
                [
                    [w.term(s["key"]), s["n"], s["expectation"], s["experience"], s["gap"]]
                    for s in data[key]
                ],
                [30, 10, 14, 14, 10],
                {2: "0.00", 3: "0.00", 4: "0.00"},
            )
        )
    ipa = measures.ipa_summary(measures.diary_ipa_criteria(reading.analysis), "diaries")
    ipa_sheet = Sheet(
        "ipa",
        [w.t(h) for h in ("criterion", "importance", "performance", "quadrant")],
        [[w.term(c["criterion"]), c["importance"], c["performance"], w.term(c["quadrant"])]
         for c in ipa["criteria"]],
        [30, 14, 14, 30],
        {1: "0.0", 2: "0.00"},
    )  # fmt: skip
    return [events, *gaps, ipa_sheet]


def _shopper_sheets(
    session: Session, flt: AuditFilter, w: Words, records: list[aggregates.AuditRecord]
) -> list[Sheet]:
    shoppers = Sheet(
        "sheet_shoppers",
        [w.t(h) for h in ("checklist", "shopper", "audits", "few_audits", "score_mean",
                          "ci_low", "ci_high")],
        [[w.checklist(g.template), g.key, g.n, w.mark(g.small), g.score, g.ci_low, g.ci_high]
         for g in aggregates.by_attribute(records, "shopper")],
        [30, 26, 10, 12, 14, 12, 12],
        {4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT},
        score_column=4,
    )  # fmt: skip
    calibration = measures.shopper_calibration(session, flt)
    calibrated = Sheet(
        "calibration",
        [w.t(h) for h in ("checklist", "shopper", "audits", "difference", "ci_low", "ci_high",
                          "flag")],
        [[w.checklist(c["template"]), c["shopper"], c["n"], c["mean_difference"], c["ci_low"],
          c["ci_high"], w.term(c["flag"]) if c["flag"] else ""]
         for c in calibration["shoppers"]],
        [30, 26, 10, 14, 12, 12, 16],
        {3: "+0.0;-0.0;0.0", 4: SCORE_FORMAT, 5: SCORE_FORMAT},
    )  # fmt: skip
    agreement = measures.shopper_agreement(session, flt)
    pairs = Sheet(
        "agreement",
        [w.t(h) for h in ("shopper", "pairs", "answers_compared", "kappa")],
        [[s["shopper"], s["pairs"], s["units"], s["mean_kappa"]] for s in agreement["shoppers"]],
        [26, 10, 10, 14],
        {3: "0.000"},
    )
    questions = sorted(agreement["questions"], key=lambda q: (q["alpha"] is None, q["alpha"] or 0))
    by_question = Sheet(
        "sheet_questions",
        [w.t(h) for h in ("checklist", "question", "answers_compared", "alpha")],
        [[w.checklist(q["checklist"]), w.names.question(q["checklist"], q["question"]),
          q["units"], q["alpha"]] for q in questions],
        [30, 60, 10, 20],
        {3: "0.000"},
    )  # fmt: skip
    return [shoppers, calibrated, pairs, by_question, _method_sheet(flt, w)]


def report_sheets(
    session: Session,
    kind: str,
    flt: AuditFilter,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[Sheet]:
    """The tables of one report kind, first the one its CSV holds; rows are read lazily."""
    w = Words(session, lang)
    if kind == "diary":
        return [*_diary_sheets(session, flt, w), _method_sheet(flt, w)]
    if kind == "location":
        if not flt.location:
            raise AuditorError("a location report needs --location NAME", field="--location")
        location = session.scalar(select(Location).where(Location.name == flt.location))
        if location is None:
            raise NotFound(
                "no location named '{location}'", location=flt.location, field="--location"
            )
        records = audit_records(session, flt)
        org_flt = replace(flt, location=None, organisation=location.organisation.name)
        org_records = audit_records(session, org_flt)
        return [
            _audit_rows(session, flt, w, records),
            _location_trend_sheet(w, records, org_records),
            _section_sheet(w, records, org_records),
            _standard_sheet(w, records, org_records),
            _action_sheet(session, w, flt.location),
            _answer_sheet(session, flt, w, len(records), progress, cancelled),
            _method_sheet(flt, w),
        ]
    records = audit_records(session, flt)
    if kind == "standards":
        return _standard_kind_sheets(session, flt, w, records)
    if kind == "shopper":
        return _shopper_sheets(session, flt, w, records)
    if kind == "audit":
        return [
            _answer_sheet(session, flt, w, len(records), progress, cancelled),
            _audit_rows(session, flt, w, records),
        ]
    if kind != "summary":
        raise ValueError(f"unknown report kind {kind!r}: one of {', '.join(KINDS)}")
    return [
        _ranking_sheet(w, records),
        _audit_rows(session, flt, w, records),
        _section_sheet(w, records),
        _standard_sheet(w, records),
        _trend_sheet(w, records),
        _action_sheet(session, w, flt.location),
        _answer_sheet(session, flt, w, len(records), progress, cancelled),
        _method_sheet(flt, w),
    ]


def write_xlsx(
    session: Session,
    out: Path,
    flt: AuditFilter,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    kind: str = "summary",
) -> Path:
    """The report's tables, one sheet each, in its language; right to left in Hebrew."""
    sheets = report_sheets(session, kind, flt, lang, progress, cancelled)
    wb = Workbook(write_only=True)
    names: list[str] = []
    for sheet in sheets:
        names.append(sheet_title(label(sheet.name, lang), names))
        ws = wb.create_sheet(names[-1])
        if lang in RTL_LANGUAGES:
            ws.sheet_view.rightToLeft = True
        writer = SheetWriter(ws, sheet.headers, sheet.formats, sheet.widths)
        for row in sheet.rows:
            writer.append(row)
        writer.finish(sheet.score_column)
        if sheet.chart:
            sheet.chart(ws, writer.rows)
    with atomic_path(out) as tmp:
        wb.save(tmp)
    if progress:
        progress(1, 1)
    return out


def write_csv(
    session: Session,
    out: Path,
    flt: AuditFilter,
    lang: str = "en",
    cancelled: IsCancelled | None = None,
    kind: str = "summary",
) -> Path:
    """The report's main table as CSV in UTF-8 with a BOM, so Excel opens every language
    right: a summary's ranking, a location's audits, the standards, a diary's events, the
    shoppers, the audits' answers."""
    sheet = report_sheets(session, kind, flt, lang, cancelled=cancelled)[0]
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(sheet.headers)
        for n, row in enumerate(_csv_rows(sheet.rows)):
            if cancelled and n % 5000 == 0 and cancelled():
                raise Cancelled("the export was cancelled; no file was written")
            writer.writerow(row)
    return out


def _csv_rows(rows: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, date):  # dates and times in ISO 8601, as files that travel
                value = value.isoformat()
            elif isinstance(value, float):
                value = f"{value:.4g}"
            out.append(csv_safe(value))
        yield out
