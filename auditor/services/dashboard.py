"""The dashboard's numbers: read once per database and Count, then every filter change is
worked out in memory through the same functions `service-auditor score` calls, so a panel
can never disagree with the command line and a filter change never waits for the disk."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.labels import pick_label
from auditor.scoring.aggregates import AuditRecord, ScoreTable, StandardTable, period_key
from auditor.scoring.model import yields_verdict
from auditor.services import measures
from auditor.services.audits import AuditFilter, awaiting_verification, counting
from auditor.services.scoring import audit_records
from auditor.services.templates import ChecklistTitles, checklist_titles
from auditor.store.models import ChecklistTemplate, Location, Organisation, Person, Standard
from auditor.store.models import TemplateVersion as Version

AUDIT_FILTERS = ("organisation", "location", "template", "shopper")


@dataclass
class DashboardSource:
    """Everything the panels read, for one Count ("finished" or "accepted")."""

    count: str
    records: list[AuditRecord]
    responses: dict[str, dict[str, Any]]  # audit id -> NPS, CSAT and CES answers
    servqual: dict[str, dict[str, Any]]  # audit id -> SERVQUAL answers
    agreement: list[tuple[str, list[Any]]]  # (audit id, its answer rows) in visit order
    # the agreement units of every counted audit (shared by two shoppers or more), with
    # each location's name and organisation: a month-aligned filter picks whole units
    units: measures.Units
    kinds: measures.Kinds
    unit_places: dict[str, tuple[str, str]]
    diary_rows: list[tuple[Any, ...]]  # (event, diary title, owner)
    titles: ChecklistTitles
    standard_titles: dict[str, str]
    pass_lines: dict[str, float | None]  # checklist -> pass line (None: a questionnaire)
    locations: dict[str, str]  # location -> organisation
    organisations: list[str]
    shoppers: list[str]
    first_visit: date | None
    last_visit: date | None
    # finished audits a team server has not scored yet (not in `records`; 0 on SQLite)
    awaiting: int = 0
    # audit id -> its visit slot (location, checklist version, month) and its shopper, for
    # the audits agreement compares: a slot two shoppers or more visited is a shared visit
    visit_slots: dict[str, tuple[tuple[str, str, str], str]] = field(default_factory=dict)
    index: RecordIndex = field(default_factory=lambda: RecordIndex([], {}))
    standard_table: StandardTable = field(default_factory=lambda: StandardTable([]))
    score_table: ScoreTable = field(default_factory=lambda: ScoreTable([]))

    def __post_init__(self) -> None:
        self.index = index_records(self.records)
        self.standard_table = StandardTable(self.records)
        self.score_table = ScoreTable(self.records)


def load_source(session: Session, count: str = "finished", language: str = "en") -> DashboardSource:
    flt = counting(AuditFilter(count=count))
    records = audit_records(session, flt)
    records.sort(key=lambda r: (r.visited_at, r.id))
    customer_keys = [k for keys in measures.CUSTOMER_KEYS.values() for k in keys]
    responses = {
        str(audit_id): values
        for audit_id, values in measures._keyed_values(session, flt, customer_keys).items()
    }
    servqual = {
        str(audit_id): values
        for audit_id, values in measures._keyed_values(
            session, flt, prefixes=measures.SERVQUAL_PREFIXES
        ).items()
    }
    agreement = _agreement_by_audit(measures.agreement_rows(session, flt))
    units, kinds = measures.agreement_units(row for _a, rows in agreement for row in rows)
    units = {u: v for u, v in units.items() if len(v) >= 2}  # never shared under any filter
    places = {
        str(loc_id): (name, org)
        for loc_id, name, org in session.execute(
            select(Location.id, Location.name, Organisation.name).join(
                Organisation, Location.organisation_id == Organisation.id
            )
        )
    }
    diary_rows = [
        tuple(row)
        for row in session.execute(measures._diary_query(AuditFilter()).add_columns(Person.name))
    ]
    pass_lines: dict[str, float | None] = {}
    for name, kind, threshold in session.execute(
        select(ChecklistTemplate.name, Version.kind, Version.pass_threshold)
        .join(Version, Version.template_id == ChecklistTemplate.id)
        .order_by(Version.version)
    ):
        pass_lines[name] = threshold if yields_verdict(kind) else None
    standard_titles = {
        code: pick_label(title, language)
        for code, title in session.execute(select(Standard.code, Standard.title))
    }
    locations = {
        loc: org
        for loc, org in session.execute(
            select(Location.name, Organisation.name).join(
                Organisation, Location.organisation_id == Organisation.id
            )
        )
    }
    shoppers = sorted({r.shopper for r in records})
    return DashboardSource(
        count=count,
        records=records,
        responses=responses,
        servqual=servqual,
        agreement=agreement,
        units=units,
        kinds=kinds,
        unit_places=places,
        diary_rows=diary_rows,
        titles=checklist_titles(session, language),
        standard_titles=standard_titles,
        pass_lines=pass_lines,
        locations=dict(sorted(locations.items())),
        organisations=sorted(set(locations.values())),
        shoppers=shoppers,
        first_visit=records[0].visited_at.date() if records else None,
        last_visit=records[-1].visited_at.date() if records else None,
        awaiting=awaiting_verification(session, flt),
        visit_slots=_visit_slots(agreement),
    )


def _visit_slots(
    agreement: list[tuple[str, list[Any]]],
) -> dict[str, tuple[tuple[str, str, str], str]]:
    slots = {}
    for audit, rows in agreement:
        _audit, loc, version, when, shopper, *_ = rows[0]
        slots[audit] = ((loc, version, period_key(when, "month")), shopper)
    return slots


def shared_visits(source: DashboardSource, ids: Iterable[str]) -> int:
    """How many of these audits are visits to a place that another shopper also visited
    with the same checklist version in the same month: the visits agreement compares
    (counted as visits, not as the answers compared)."""
    shoppers: dict[tuple[str, str, str], set[str]] = {}
    visits: dict[tuple[str, str, str], int] = {}
    for audit in ids:
        slot = source.visit_slots.get(audit)
        if slot is not None:
            shoppers.setdefault(slot[0], set()).add(slot[1])
            visits[slot[0]] = visits.get(slot[0], 0) + 1
    return sum(n for slot, n in visits.items() if len(shoppers[slot]) >= 2)


def _agreement_by_audit(rows: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    """Rows come ordered by visit and audit; keep them grouped per audit, in that order, so a
    filter picks whole audits and the first answer kept is the command line's."""
    out: list[tuple[str, list[Any]]] = []
    names: dict[Any, str] = {}  # location and version ids as short text: cheaper to hash
    for audit_id, loc, version, *rest in rows:
        audit = str(audit_id)
        if not out or out[-1][0] != audit:
            out.append((audit, []))
        loc_key = names.setdefault(loc, str(loc))
        version_key = names.setdefault(version, str(version))
        out[-1][1].append((audit, loc_key, version_key, *rest))
    return out


def select_records(source: DashboardSource, flt: AuditFilter) -> list[AuditRecord]:
    """The records `audit_records` would return for this filter, from memory."""
    return [source.records[i] for i in select_positions(source, flt)]


def select_positions(source: DashboardSource, flt: AuditFilter) -> list[int]:
    """Where the filter's records sit in the source: the period by bisection (records are
    kept in visit order), then the named fields on that slice only, starting from the
    narrowest index (one location's audits, one shopper's, …)."""
    if flt.count and flt.count != source.count:
        raise ValueError(f"the source was read for count {source.count!r}, not {flt.count!r}")
    start = datetime.combine(flt.date_from, time.min, tzinfo=UTC) if flt.date_from else None
    end = datetime.combine(flt.date_to, time.max, tzinfo=UTC) if flt.date_to else None
    index = source.index
    low = bisect_left(index.visits, start) if start else 0
    high = bisect_right(index.visits, end) if end else len(source.records)
    candidates: Sequence[int] = range(low, high)
    for name in ("location", "shopper", "template", "organisation"):
        wanted = getattr(flt, name)
        if wanted:
            listed = index.by_field[name].get(wanted, [])
            candidates = listed[bisect_left(listed, low) : bisect_left(listed, high)]
            break
    records = source.records
    checks = [(f, getattr(flt, f)) for f in AUDIT_FILTERS if getattr(flt, f)]
    return [
        i
        for i in candidates
        if (not flt.audit or records[i].id == flt.audit)
        and all(getattr(records[i], f) == v for f, v in checks)
    ]


@dataclass
class RecordIndex:
    """Positions of the records (in visit order) by each field a filter names."""

    visits: list[datetime]
    by_field: dict[str, dict[str, list[int]]]


def index_records(records: list[AuditRecord]) -> RecordIndex:
    by_field: dict[str, dict[str, list[int]]] = {f: {} for f in AUDIT_FILTERS}
    for i, r in enumerate(records):
        for f in AUDIT_FILTERS:
            by_field[f].setdefault(getattr(r, f), []).append(i)
    return RecordIndex([r.visited_at for r in records], by_field)


def _diary_rows(source: DashboardSource, flt: AuditFilter) -> list[tuple[Any, ...]]:
    start = datetime.combine(flt.date_from, time.min, tzinfo=UTC) if flt.date_from else None
    end = datetime.combine(flt.date_to, time.max, tzinfo=UTC) if flt.date_to else None
    out = []
    for row in source.diary_rows:
        event, _title, owner = row
        when = event.occurred_at
        if (start and when < start) or (end and when > end):
            continue
        if flt.organisation and event.organisation != flt.organisation:
            continue
        if flt.shopper and owner != flt.shopper:
            continue
        out.append(row)
    return out


def _month_aligned(flt: AuditFilter) -> bool:
    return (flt.date_from is None or flt.date_from.day == 1) and (
        flt.date_to is None or (flt.date_to + timedelta(days=1)).day == 1
    )


def _agreement(source: DashboardSource, flt: AuditFilter, ids: set[str]) -> dict[str, Any]:
    """Shopper agreement as `score --measure agreement` gives it: from the units read once
    when the filter takes whole months (the dashboard's always do), else from the answers."""
    if not _month_aligned(flt):
        rows = (row for audit, rows in source.agreement if audit in ids for row in rows)
        return measures.shopper_agreement_of(rows, flt)
    if flt.shopper:  # one shopper's units are never shared
        return measures.agreement_of_units({}, source.kinds, flt)
    first = f"{flt.date_from:%Y-%m}" if flt.date_from else ""
    last = f"{flt.date_to:%Y-%m}" if flt.date_to else "9999-99"
    places = source.unit_places
    picked = {
        u: v
        for u, v in source.units.items()
        if first <= u[2] <= last
        and (not flt.template or u[3][0] == flt.template)
        and (not flt.location or places[u[0]][0] == flt.location)
        and (not flt.organisation or places[u[0]][1] == flt.organisation)
    }
    return measures.agreement_of_units(picked, source.kinds, flt)


@dataclass(frozen=True)
class MonthlyMeasure:
    month: str  # YYYY-MM
    nps: dict[str, Any]
    csat: dict[str, Any]
    ces: dict[str, Any]


@dataclass
class DashboardView:
    """Every panel's numbers for one filter; audit ids behind each bar and point."""

    flt: AuditFilter
    audits: int
    trend: dict[str, Any]  # score --by month
    ranking: dict[str, Any]  # score --by location (with the change since the period before)
    standards: list[dict[str, Any]]  # score --by standard, most failed first
    critical: dict[str, Any]  # score --measure critical
    customer: list[MonthlyMeasure]  # score --measure nps|csat|ces, month by month
    servqual: dict[str, Any]  # score --measure servqual
    ipa: dict[str, Any]  # score --measure ipa (diaries)
    agreement: dict[str, Any]  # score --measure agreement
    records: list[AuditRecord] = field(default_factory=list)
    shared_visits: int = 0  # audits of a place, checklist and month two shoppers visited

    def audits_of_month(self, template: str, month: str, location: str = "") -> list[str]:
        return [
            r.id
            for r in self.records
            if r.template == template
            and period_key(r.visited_at, "month") == month
            and (not location or r.location == location)
            and r.score is not None
        ]

    def audits_of_location(self, template: str, location: str) -> list[str]:
        return [
            r.id
            for r in self.records
            if r.template == template and r.location == location and r.score is not None
        ]

    def audits_failing_standard(self, template: str, code: str) -> list[str]:
        return [
            r.id
            for r in self.records
            if r.template == template
            and code in r.standards
            and r.standards[code][1] > 0
            and r.standards[code][2] > 0
        ]


def compute(source: DashboardSource, flt: AuditFilter) -> DashboardView:
    flt = replace(flt, count=source.count)

    positions = select_positions(source, flt)
    records = [source.records[i] for i in positions]

    def read(f: AuditFilter) -> list[AuditRecord]:
        return records if f == flt else select_records(source, f)

    ids = {r.id for r in records}
    by_month: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        values = source.responses.get(r.id)
        if values is not None:
            by_month.setdefault(period_key(r.visited_at, "month"), []).append(values)
    customer = [
        MonthlyMeasure(
            month,
            *(measures.customer_measure_of(rows, flt, name) for name in ("nps", "csat", "ces")),
        )
        for month, rows in sorted(by_month.items())
    ]
    servqual = measures.servqual_of(
        [source.servqual[r.id] for r in records if r.id in source.servqual], flt
    )
    by_standard = measures.group_scores(
        None, flt, "standard", read=lambda _f: records, table=(source.standard_table, positions)
    )
    standards = sorted(
        (g for g in by_standard["groups"] if g.get("checked")),
        key=lambda g: (-g["failed"], -(g["fail_rate"] or 0.0), g["template"], g["key"]),
    )
    diaries = measures.analyse_events(_diary_rows(source, flt))
    return DashboardView(
        flt=flt,
        audits=len(records),
        trend=measures.group_scores(
            None, flt, "month", read=lambda _f: records, scores=(source.score_table, positions)
        ),
        ranking=measures.group_scores(
            None, flt, "location", read=read, scores=(source.score_table, positions)
        ),
        standards=standards,
        critical=measures.critical_failures(None, flt, read=lambda _f: records),
        customer=customer,
        servqual=servqual,
        ipa=measures.ipa_summary(measures.diary_ipa_criteria(diaries), "diaries"),
        agreement=_agreement(source, flt, ids),
        records=records,
        shared_visits=shared_visits(source, ids),
    )
