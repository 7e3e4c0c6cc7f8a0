"""Measures over stored data for the command line, the dashboards and the reports.

Each function reads plain values once (cached audit scores, answers by question key, diary
events), hands them to the pure functions in `auditor.scoring` and returns JSON-ready dicts.
Customer measures find their questions by key, as the built-in customer survey names them:
NPS from `nps`/`recommend` (0-10), CSAT from `csat`/`satisfaction` (1-5), CES from
`ces`/`effort` (1-7); SERVQUAL from `e_<dim>_<n>`, `p_<dim>_<n>` and `importance_<dim>`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from itertools import combinations
from statistics import fmean, median
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError
from auditor.scoring import aggregates, gaps, ipa, nps, reliability, stats, trends
from auditor.scoring.diary import DiaryAnalysis, EventRecord, analyse
from auditor.scoring.stats import SMALL_N
from auditor.services.audits import (
    AuditFilter,
    apply_filter,
    awaiting_verification,
    counted_statuses,
    counting,
    joined,
)
from auditor.services.scoring import audit_records
from auditor.store.models import (
    Answer,
    Audit,
    ChecklistTemplate,
    Diary,
    DiaryEvent,
    Person,
    Question,
    Standard,
)

NPS_KEYS = ("nps", "recommend")
CSAT_KEYS = ("csat", "satisfaction")
CES_KEYS = ("ces", "effort")
GROUPINGS = (
    "location",
    "organisation",
    "shopper",
    "template",
    "standard",
    "section",
    "week",
    "month",
    "quarter",
    "year",
)
RANKED = {"location", "organisation", "shopper", "template"}
MEASURES = (
    "nps", "csat", "ces", "servqual", "ipa", "diary", "trend", "agreement", "calibration",
    "critical",
)  # fmt: skip
CALIBRATION_TOLERANCE = 10.0  # points a shopper may sit off the others before it matters


RecordReader = Callable[[AuditFilter], list[aggregates.AuditRecord]]


def _reader(session: Session | None) -> RecordReader:
    assert session is not None, "give a session or a reader"
    return lambda flt: audit_records(session, flt)


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def parse_weights(text: str) -> dict[str, float]:
    """`branch=0.7,customer-survey=0.3` -> weights per checklist (for a composite index)."""
    weights: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, value = part.partition("=")
        try:
            weight = float(value)
        except ValueError:
            raise AuditorError(
                "'{part}' is not CHECKLIST=WEIGHT (e.g. mystery-shopper-branch=0.7)",
                part=part,
                field="--composite",
            ) from None
        if weight < 0:
            raise AuditorError(
                "'{part}': a weight cannot be negative", part=part, field="--composite"
            )
        weights[name.strip()] = weight
    if len(weights) < 2:
        raise AuditorError("a composite needs at least two checklists", field="--composite")
    return weights


def group_scores(
    session: Session | None,
    flt: AuditFilter,
    by: str,
    composite: str | None = None,
    *,
    read: RecordReader | None = None,
    table: tuple[aggregates.StandardTable, Sequence[int]] | None = None,
    scores: tuple[aggregates.ScoreTable, Sequence[int]] | None = None,
) -> dict[str, Any]:
    """Scores grouped by checklist and `by`; people and places come ranked within their
    checklist (ties share a rank), every group with n and a 95 % interval. `read` gives the
    records of a filter (default: from the session); the dashboard passes its memory, and
    for standards its table of every record with the positions the filter chose."""
    if by not in GROUPINGS:
        raise AuditorError(
            "cannot group by '{by}' (one of {groupings})",
            by=by,
            groupings=", ".join(GROUPINGS),
            field="--by",
        )
    read = read or _reader(session)
    records = read(flt)
    result: dict[str, Any] = {
        "grouping": by,
        "counted_statuses": counted_statuses(flt),
        "confidence": 0.95,
    }
    if session is not None and session.get_bind().dialect.name == "postgresql":
        # on a team server: finished, not yet scored by the server, so not counted here
        result["awaiting_verification"] = awaiting_verification(session, flt)
    if by == "standard":
        standards, positions = table or (aggregates.StandardTable(records), None)
        failures = {f.code: f for f in standards.failures(positions)}
        out = []
        for group in standards.groups(positions):
            data = group.to_json()
            failure = failures.get(group.key)
            if failure:
                data.update(
                    checked=failure.checked, failed=failure.failed, fail_rate=_r(failure.rate),
                    fail_rate_ci_low=_r(failure.ci_low), fail_rate_ci_high=_r(failure.ci_high),
                )  # fmt: skip
            out.append(data)
        return {**result, "groups": out}
    if by == "section":
        groups = aggregates.by_section(records)
    elif by in ("week", "month", "quarter", "year"):
        if scores:
            groups = scores[0].groups(
                by, lambda r: aggregates.period_key(r.visited_at, by), scores[1]
            )
        else:
            groups = aggregates.by_period(records, by)
    elif scores:
        groups = scores[0].groups(by, lambda r: str(getattr(r, by)), scores[1])
    else:
        groups = aggregates.by_attribute(records, by)
    if by in RANKED:
        groups = aggregates.ranked(groups)
    result["groups"] = [g.to_json() for g in groups]
    if by in RANKED and flt.date_from and flt.date_to:
        result["previous_period"] = _add_changes(read, flt, by, records, result["groups"])
    if composite:
        weights = parse_weights(composite)
        result["composite"] = {
            "label": "composite index (explicitly weighted, not a checklist score)",
            "weights": weights,
            "groups": [g.to_json() for g in aggregates.composite(groups, weights)],
        }
    return result


def previous_window(flt: AuditFilter) -> AuditFilter:
    """The period of the same length just before the filter's --from .. --to."""
    assert flt.date_from and flt.date_to
    length = flt.date_to - flt.date_from
    end = flt.date_from - timedelta(days=1)
    return replace(flt, date_from=end - length, date_to=end)


def _add_changes(
    read: RecordReader,
    flt: AuditFilter,
    by: str,
    records: list[aggregates.AuditRecord],
    groups: list[dict[str, Any]],
) -> dict[str, str]:
    """Each ranked group's change against the period before, with Welch's test of the two
    periods' audit scores: a move up the ranking that may be noise says so."""
    before = previous_window(flt)
    now_scores = _scores_by(records, by)
    then_scores = _scores_by(read(before), by)
    for group in groups:
        key = (group["template"], group["key"])
        then = then_scores.get(key, [])
        test = stats.welch(then, now_scores.get(key, []))
        group["previous_score"] = _r(fmean(then)) if then else None
        group["change"] = (
            None if not then or group["score"] is None else _r(group["score"] - fmean(then))
        )
        group["change_p_value"] = None if test is None else _r(test.p_value, 4)
        group["change_significant"] = None if test is None else test.significant()
    assert before.date_from and before.date_to
    return {"from": before.date_from.isoformat(), "to": before.date_to.isoformat()}


def _scores_by(
    records: Iterable[aggregates.AuditRecord], by: str
) -> dict[tuple[str, str], list[float]]:
    out: dict[tuple[str, str], list[float]] = {}
    for r in records:
        if r.score is not None and r.possible > 0:
            out.setdefault((r.template, str(getattr(r, by))), []).append(r.score)
    return out


def audit_grades(session: Session, flt: AuditFilter) -> dict[str, str]:
    """Cached grade labels by audit id (text), for exports."""
    query = apply_filter(joined(select(Audit.id, Audit.grade)), counting(flt))
    return {str(audit_id): grade or "" for audit_id, grade in session.execute(query)}


def _keyed_values(
    session: Session, flt: AuditFilter, keys: Sequence[str] = (), prefixes: Sequence[str] = ()
) -> dict[uuid.UUID, dict[str, Any]]:
    """Answer values (N/A left out) by audit, then by question key."""
    query = joined(select(Answer.audit_id, Question.key, Answer.value))
    query = query.join(Answer, Answer.audit_id == Audit.id).join(
        Question, Question.id == Answer.question_id
    )
    conditions: list[ColumnElement[bool]] = [Question.key.in_(keys)] if keys else []
    conditions += [Question.key.startswith(p, autoescape=True) for p in prefixes]
    query = apply_filter(query.where(or_(*conditions), Answer.na.is_(False)), counting(flt))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for audit_id, key, value in session.execute(query):
        out.setdefault(audit_id, {})[key] = value
    return out


def _numbers(rows: Iterable[dict[str, Any]], keys: Sequence[str]) -> list[float]:
    values = []
    for row in rows:
        for key in keys:
            value = row.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                values.append(float(value))
                break
    return values


CUSTOMER_KEYS = {"nps": NPS_KEYS, "csat": CSAT_KEYS, "ces": CES_KEYS}
SERVQUAL_PREFIXES = ("e_", "p_", "importance_")


def customer_measure(session: Session, flt: AuditFilter, name: str) -> dict[str, Any]:
    keys = CUSTOMER_KEYS[name]
    return customer_measure_of(_keyed_values(session, flt, keys).values(), flt, name)


def customer_measure_of(
    responses: Iterable[dict[str, Any]], flt: AuditFilter, name: str
) -> dict[str, Any]:
    """NPS, CSAT or CES of answer values by question key (one dict per response)."""
    keys = CUSTOMER_KEYS[name]
    values = _numbers(responses, keys)
    counted = {"counted_statuses": counted_statuses(flt), "small_sample": len(values) < SMALL_N}
    if name == "nps":
        result = nps.nps(values)
        ci = stats.nps_ci(result.promoters, result.detractors, result.n)
        return {
            "measure": "nps",
            "n": result.n,
            "score": _r(result.score),
            "ci_low": _r(ci.low),
            "ci_high": _r(ci.high),
            "promoters": result.promoters,
            "passives": result.passives,
            "detractors": result.detractors,
            "promoter_percent": _r(result.promoter_percent),
            "detractor_percent": _r(result.detractor_percent),
            **counted,
        }
    mean = stats.mean_ci(values)
    if name == "csat":
        c = nps.csat(values)
        satisfied = stats.wilson(sum(1 for v in values if v >= 4), len(values))
        return {
            "measure": "csat",
            "n": c.n,
            "mean": _r(c.mean),
            "ci_low": _r(mean.low),
            "ci_high": _r(mean.high),
            "satisfied_percent": _r(c.satisfied_percent),
            "satisfied_ci_low": _r(satisfied.low),
            "satisfied_ci_high": _r(satisfied.high),
            "scale": "1-5",
            **counted,
        }
    e = nps.ces(values)
    return {
        "measure": "ces", "n": e.n, "mean": _r(e.mean), "ci_low": _r(mean.low),
        "ci_high": _r(mean.high), "scale": "1-7", **counted,
    }  # fmt: skip


def servqual_measure(session: Session, flt: AuditFilter) -> dict[str, Any]:
    return servqual_of(list(_keyed_values(session, flt, prefixes=SERVQUAL_PREFIXES).values()), flt)


def servqual_of(respondents: list[dict[str, Any]], flt: AuditFilter) -> dict[str, Any]:
    result = gaps.aggregate_gaps(respondents)
    counted = counted_statuses(flt)
    if result is None:
        return {
            "measure": "servqual", "n": 0, "dimensions": [], "overall": None,
            "counted_statuses": counted,
        }  # fmt: skip
    dimensions = []
    for dim, gap in result.dimensions.items():
        items = sorted(k for k in result.items if k.rsplit("_", 1)[0] == dim)
        scale = [[r.get(f"p_{item}") for item in items] for r in respondents]
        dimensions.append(
            {
                "dimension": dim,
                "expectation": _r(result.expectations.get(dim), 3),
                "perception": _r(result.perceptions.get(dim), 3),
                "gap": _r(gap, 3),
                "cronbach_alpha": _r(
                    reliability.cronbach_alpha([row for row in scale if None not in row]), 3
                ),
            }
        )
    return {
        "measure": "servqual",
        "n": result.n,
        "dimensions": dimensions,
        "items": {k: _r(v, 3) for k, v in sorted(result.items.items())},
        "overall": _r(result.overall, 3),
        "weighted": _r(result.weighted, 3),
        "servperf": _r(result.servperf, 3),
        "counted_statuses": counted,
        "small_sample": result.n < SMALL_N,
    }


def _diary_query(flt: AuditFilter) -> Any:
    query = (
        select(DiaryEvent, Diary.title)
        .join(Diary, DiaryEvent.diary_id == Diary.id)
        .join(Person, Diary.owner_id == Person.id)
        .order_by(DiaryEvent.occurred_at)
    )
    if flt.diary:
        try:
            query = query.where(Diary.id == uuid.UUID(flt.diary))
        except ValueError:
            query = query.where(Diary.title == flt.diary)
    if flt.organisation:
        query = query.where(DiaryEvent.organisation == flt.organisation)
    if flt.shopper:
        query = query.where(Person.name == flt.shopper)
    if flt.date_from:
        query = query.where(
            DiaryEvent.occurred_at >= datetime.combine(flt.date_from, time.min, tzinfo=UTC)
        )
    if flt.date_to:
        query = query.where(
            DiaryEvent.occurred_at <= datetime.combine(flt.date_to, time.max, tzinfo=UTC)
        )
    return query


def diary_timeline(session: Session, flt: AuditFilter) -> list[DiaryEvent]:
    return [row[0] for row in session.execute(_diary_query(flt))]


@dataclass(frozen=True)
class DiaryReading:
    """The filtered diary events, read once, and their analysis: a diary page or report shows
    the timeline, the measures and the IPA of the same events."""

    events: list[DiaryEvent]
    analysis: DiaryAnalysis


def read_diaries(session: Session, flt: AuditFilter) -> DiaryReading:
    """Diary events under the filters that make sense for them: dates, organisation, owner."""
    rows = session.execute(_diary_query(flt)).all()
    return DiaryReading([row[0] for row in rows], analyse_events(rows))


def analyse_events(rows: Iterable[Any]) -> DiaryAnalysis:
    """The diary analysis of (event, diary title) rows."""
    records = [
        EventRecord(
            diary=title,
            channel=e.channel,
            organisation=e.organisation,
            expectation=e.expectation,
            experience=e.experience,
            satisfaction=e.satisfaction,
            criteria=tuple(str(c) for c in e.criteria),
            would_recommend=e.would_recommend,
            would_warn=e.would_warn,
        )
        for e, title, *_ in rows
    ]
    return analyse(records)


def _gap_stats(stats: Iterable[Any]) -> list[dict[str, Any]]:
    return [
        {
            "key": s.key,
            "n": s.n,
            "expectation": _r(s.expectation),
            "experience": _r(s.experience),
            "gap": _r(s.gap),
        }
        for s in stats
    ]


def diary_measure(session: Session, flt: AuditFilter) -> dict[str, Any]:
    return diary_summary(read_diaries(session, flt).analysis)


def diary_summary(result: DiaryAnalysis) -> dict[str, Any]:
    return {
        "measure": "diary",
        "n": result.n,
        "events_per_channel": result.events_per_channel,
        "overall": _gap_stats([result.overall])[0],
        "by_channel": _gap_stats(result.by_channel),
        "by_criterion": _gap_stats(result.by_criterion),
        "by_organisation": _gap_stats(result.by_organisation),
        "recommend_percent": _r(result.recommend_share),
        "warn_percent": _r(result.warn_share),
        "criteria_ranked": result.criteria_ranked,
    }


def diary_ipa_criteria(result: DiaryAnalysis) -> dict[str, tuple[float, float]]:
    """criterion -> (importance, performance): the percent of events in which the criterion
    mattered, and the mean experience (1-7) of those events."""
    return {
        s.key: (100.0 * s.n / result.n, s.experience)
        for s in result.by_criterion
        if s.experience is not None and result.n
    }


def ipa_criteria(session: Session, flt: AuditFilter, source: str) -> dict[str, tuple[float, float]]:
    """criterion -> (importance, performance).

    From diaries: see `diary_ipa_criteria`. From audits: importance is the standard's weight,
    performance its pooled compliance percent."""
    if source == "diaries":
        return diary_ipa_criteria(read_diaries(session, flt).analysis)
    weights = {code: w for code, w in session.execute(select(Standard.code, Standard.weight))}
    groups = aggregates.by_standard(audit_records(session, flt))
    return {
        g.key: (float(weights.get(g.key, 1.0)), g.weighted_score)
        for g in groups
        if g.weighted_score is not None
    }


def ipa_measure(session: Session, flt: AuditFilter, source: str = "diaries") -> dict[str, Any]:
    if source not in ("diaries", "audits"):
        raise AuditorError(
            "unknown IPA source '{source}' (diaries or audits)", source=source, field="--source"
        )
    return ipa_summary(ipa_criteria(session, flt, source), source)


def ipa_summary(criteria: dict[str, tuple[float, float]], source: str) -> dict[str, Any]:
    result = ipa.analyse(criteria)
    return {
        "measure": "ipa",
        "source": source,
        "importance_mean": _r(result.importance_mean),
        "performance_mean": _r(result.performance_mean),
        "criteria": [
            {
                "criterion": p.criterion,
                "importance": _r(p.importance),
                "performance": _r(p.performance),
                "quadrant": p.quadrant,
            }
            for p in result.points
        ],
    }


def trend_measure(
    session: Session | None,
    flt: AuditFilter,
    period: str = "month",
    *,
    read: RecordReader | None = None,
) -> dict[str, Any]:
    """Per checklist: scores by period, and whether the last change is more than noise
    (Welch's t-test of the last period's audit scores against the one before)."""
    records = [r for r in (read or _reader(session))(flt) if r.score is not None]
    checklists = []
    for template in sorted({r.template for r in records}):
        mine = [r for r in records if r.template == template]
        groups = aggregates.by_period(mine, period)
        t = trends.trend([(g.key, g.score) for g in groups])
        change = None
        if len(groups) >= 2:
            scores: dict[str, list[float]] = {}
            for r in mine:
                scores.setdefault(aggregates.period_key(r.visited_at, period), []).append(
                    r.score or 0.0
                )
            change = stats.welch(scores[groups[-2].key], scores[groups[-1].key])
        checklists.append(
            {
                "template": template,
                "series": [
                    {
                        "key": g.key,
                        "n": g.n,
                        "score": _r(g.score),
                        "ci_low": _r(g.ci_low),
                        "ci_high": _r(g.ci_high),
                        "small_sample": g.small,
                    }
                    for g in groups
                ],
                "last_change": _r(t.last_change),
                "last_change_p_value": None if change is None else _r(change.p_value, 4),
                "last_change_significant": None if change is None else change.significant(),
                "direction": t.direction,
                "slope": _r(t.slope, 3),
            }
        )
    return {
        "measure": "trend",
        "period": period,
        "counted_statuses": counted_statuses(flt),
        "checklists": checklists,
    }


CATEGORICAL = {"yes_no", "single_choice"}


def _reliability_matrix(
    raters: Sequence[str], units: Sequence[dict[str, Any]], kind: str
) -> list[list[float | None]]:
    """Raters x units; categories coded as numbers (nominal), ratings kept as they are."""
    codes: dict[str, float] = {}

    def code(value: Any) -> float:
        if kind == "rating":
            return float(value)
        return codes.setdefault(str(value), float(len(codes)))

    return [[code(u[r]) if r in u else None for u in units] for r in raters]


def agreement_rows(session: Session, flt: AuditFilter) -> Iterable[Any]:
    """(audit id, location id, version id, visit, shopper, checklist, key, kind, value) of the
    categorical and rating answers shopper agreement compares."""
    query = joined(
        select(
            Audit.id,
            Audit.location_id,
            Audit.template_version_id,
            Audit.visit_start,
            Person.name,
            ChecklistTemplate.name,
            Question.key,
            Question.kind,
            Answer.value,
        )
    )
    query = query.join(Answer, Answer.audit_id == Audit.id).join(
        Question, Question.id == Answer.question_id
    )
    query = apply_filter(
        query.where(Answer.na.is_(False), Question.kind.in_(["yes_no", "single_choice", "rating"])),
        counting(flt),
    )
    return session.execute(query.order_by(Audit.visit_start, Audit.id, Answer.id))


def shopper_agreement(session: Session, flt: AuditFilter, period: str = "month") -> dict[str, Any]:
    """Agreement between shoppers who audited the same location with the same checklist in
    the same period: Cohen's kappa per pair of shoppers on categorical answers, Krippendorff's
    alpha per question over all shoppers (nominal for categories, ordinal for ratings)."""
    return shopper_agreement_of(agreement_rows(session, flt), flt, period)


Units = dict[tuple[Any, ...], dict[str, Any]]
Kinds = dict[tuple[str, str], str]


def shopper_agreement_of(
    rows: Iterable[Any], flt: AuditFilter, period: str = "month"
) -> dict[str, Any]:
    return agreement_of_units(*agreement_units(rows, period), flt, period)


def agreement_units(rows: Iterable[Any], period: str = "month") -> tuple[Units, Kinds]:
    """unit (location, version, period, question) -> shopper -> value, the first answer kept;
    a question is its checklist and key: "courtesy" on a branch visit is not the hotel's."""
    units: Units = {}
    kinds: dict[tuple[str, str], str] = {}
    periods: dict[Any, str] = {}  # one calendar lookup per visit, not per answer
    for _audit, loc, version, when, shopper, checklist, key, kind, value in rows:
        if value is None or isinstance(value, list):
            continue
        question = (checklist, key)
        slot = periods.get(when)
        if slot is None:
            slot = periods[when] = aggregates.period_key(when, period)
        unit = (loc, version, slot, question)
        units.setdefault(unit, {}).setdefault(shopper, value)
        if question not in kinds:
            kinds[question] = str(getattr(kind, "value", kind))
    return units, kinds


def agreement_of_units(
    units: Units, kinds: Kinds, flt: AuditFilter, period: str = "month"
) -> dict[str, Any]:
    shared = {u: v for u, v in units.items() if len(v) >= 2}
    shoppers = sorted({s for v in shared.values() for s in v})

    by_question: dict[tuple[str, str], list[dict[str, Any]]] = {}
    ratings: dict[tuple[str, str], list[tuple[Any, Any]]] = {}
    for u, v in shared.items():
        by_question.setdefault(u[3], []).append(v)
        if kinds[u[3]] in CATEGORICAL:
            for a, b in combinations(sorted(v), 2):
                ratings.setdefault((a, b), []).append((v[a], v[b]))
    kappas: dict[tuple[str, str], tuple[int, float | None]] = {}
    for pair in combinations(shoppers, 2):
        if pair in ratings:
            kappas[pair] = (len(ratings[pair]), reliability.cohen_kappa(ratings[pair]))

    questions = []
    for question in sorted(by_question):
        unit_values = by_question[question]
        kind = kinds[question]
        matrix = _reliability_matrix(shoppers, unit_values, kind)
        level: reliability.Level = "ordinal" if kind == "rating" else "nominal"
        alpha = reliability.krippendorff_alpha(matrix, level)
        questions.append(
            {
                "checklist": question[0],
                "question": question[1],
                "kind": kind,
                "units": len(unit_values),
                "alpha": _r(alpha, 3),
            }
        )

    per_shopper = []
    for s in shoppers:
        mine = [(n, k) for pair, (n, k) in kappas.items() if s in pair and k is not None]
        per_shopper.append(
            {
                "shopper": s,
                "pairs": len(mine),
                "units": sum(n for n, _ in mine),
                "mean_kappa": _r(fmean(k for _, k in mine), 3) if mine else None,
            }
        )
    pairs = [
        {"shoppers": list(pair), "units": n, "kappa": _r(k, 3)} for pair, (n, k) in kappas.items()
    ]
    return {
        "measure": "agreement",
        "period": period,
        "counted_statuses": counted_statuses(flt),
        "shared_units": len(shared),
        "shoppers": per_shopper,
        "pairs": pairs,
        "questions": questions,
    }


def shopper_calibration(
    session: Session,
    flt: AuditFilter,
    period: str = "quarter",
    tolerance: float = CALIBRATION_TOLERANCE,
) -> dict[str, Any]:
    """Shoppers who score consistently above (lenient) or below (severe) the others.

    Each audit is compared with the other shoppers who audited the same location with the
    same checklist in the same period: its score less the median of those shoppers' mean
    scores (a median, so one careless shopper does not make everyone else look lenient; at
    least two other shoppers needed). A shopper is flagged when the mean of these differences
    is significantly off zero (one-sample t-test, p < 0.05) and further off than `tolerance`
    points, so a difference that is real but too small to matter is not chased."""
    records = [r for r in audit_records(session, flt) if r.score is not None]
    cells: dict[tuple[str, str, str], list[aggregates.AuditRecord]] = {}
    for r in records:
        key = (r.template, r.location, aggregates.period_key(r.visited_at, period))
        cells.setdefault(key, []).append(r)
    differences: dict[tuple[str, str], list[float]] = {}
    for cell in cells.values():
        for r in cell:
            others: dict[str, list[float]] = {}
            for o in cell:
                if o.shopper != r.shopper:
                    others.setdefault(o.shopper, []).append(o.score or 0.0)
            if len(others) >= 2:
                reference = median(fmean(v) for v in others.values())
                differences.setdefault((r.template, r.shopper), []).append(
                    (r.score or 0.0) - reference
                )
    shoppers = []
    for (template, shopper), diffs in sorted(differences.items()):
        ci = stats.mean_ci(diffs)
        test = stats.one_sample(diffs)
        flag = None
        if test is not None and test.significant() and abs(test.difference) >= tolerance:
            flag = "lenient" if test.difference > 0 else "severe"
        shoppers.append(
            {
                "template": template,
                "shopper": shopper,
                "n": len(diffs),
                "mean_difference": _r(ci.estimate),
                "ci_low": _r(ci.low),
                "ci_high": _r(ci.high),
                "p_value": None if test is None else _r(test.p_value, 4),
                "flag": flag,
                "small_sample": len(diffs) < SMALL_N,
            }
        )
    return {
        "measure": "calibration",
        "period": period,
        "tolerance": tolerance,
        "counted_statuses": counted_statuses(flt),
        "shoppers": shoppers,
    }


def critical_failures(
    session: Session | None, flt: AuditFilter, *, read: RecordReader | None = None
) -> dict[str, Any]:
    """Critical (knock-out) questions failed: per checklist and question, how many of the
    counted audits failed it, and which."""
    records = (read or _reader(session))(flt)
    audits: dict[str, int] = {}
    failed: dict[tuple[str, str], list[str]] = {}
    for r in records:
        audits[r.template] = audits.get(r.template, 0) + 1
        for key in r.critical_failed:
            failed.setdefault((r.template, key), []).append(r.id)
    rows = [
        {
            "template": template,
            "question": key,
            "audits": len(ids),
            "of": audits[template],
            "percent": _r(100.0 * len(ids) / audits[template]),
            "audit_ids": sorted(ids),
        }
        for (template, key), ids in sorted(failed.items(), key=lambda i: (-len(i[1]), i[0]))
    ]
    return {
        "measure": "critical",
        "counted_statuses": counted_statuses(flt),
        "audits_with_critical_failure": len({i for ids in failed.values() for i in ids}),
        "audits": len(records),
        "failures": rows,
    }


def measure(session: Session, flt: AuditFilter, name: str, **options: str) -> dict[str, Any]:
    if name == "critical":
        return critical_failures(session, flt)
    if name in ("nps", "csat", "ces"):
        return customer_measure(session, flt, name)
    if name == "servqual":
        return servqual_measure(session, flt)
    if name == "diary":
        return diary_measure(session, flt)
    if name == "ipa":
        return ipa_measure(session, flt, options.get("source") or "diaries")
    if name == "trend":
        return trend_measure(session, flt, options.get("period") or "month")
    if name == "agreement":
        return shopper_agreement(session, flt, options.get("period") or "month")
    if name == "calibration":
        return shopper_calibration(session, flt, options.get("period") or "quarter")
    raise AuditorError(
        "unknown measure '{name}' (one of {measures})",
        name=name,
        measures=", ".join(MEASURES),
        field="--measure",
    )
