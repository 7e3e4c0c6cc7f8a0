"""Measures over stored data for the command line, the dashboards and the reports.

Each function reads plain values once (cached audit scores, answers by question key, diary
events), hands them to the pure functions in `auditor.scoring` and returns JSON-ready dicts.
Customer measures find their questions by key, as the built-in customer survey names them:
NPS from `nps`/`recommend` (0-10), CSAT from `csat`/`satisfaction` (1-5), CES from
`ces`/`effort` (1-7); SERVQUAL from `e_<dim>_<n>`, `p_<dim>_<n>` and `importance_<dim>`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from itertools import combinations
from statistics import fmean
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError
from auditor.scoring import aggregates, gaps, ipa, nps, reliability, trends
from auditor.scoring.diary import DiaryAnalysis, EventRecord, analyse
from auditor.services.audits import AuditFilter, apply_filter, joined
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
MEASURES = ("nps", "csat", "ces", "servqual", "ipa", "diary", "trend", "agreement")


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def group_scores(session: Session, flt: AuditFilter, by: str) -> list[dict[str, Any]]:
    """Scores grouped by `by`; people and places come ranked (ties share a rank)."""
    if by not in GROUPINGS:
        raise AuditorError(f"cannot group by '{by}' (one of {', '.join(GROUPINGS)})", field="--by")
    records = audit_records(session, flt)
    if by == "standard":
        failures = {f.code: f for f in aggregates.most_failed_standards(records)}
        out = []
        for group in aggregates.by_standard(records):
            data = group.to_json()
            failure = failures.get(group.key)
            if failure:
                data.update(
                    checked=failure.checked, failed=failure.failed, fail_rate=_r(failure.rate)
                )
            out.append(data)
        return out
    if by == "section":
        groups = aggregates.by_section(records)
    elif by in ("week", "month", "quarter", "year"):
        groups = aggregates.by_period(records, by)
    else:
        groups = aggregates.by_attribute(records, by)
    if by in RANKED:
        groups = aggregates.ranked(groups)
    return [g.to_json() for g in groups]


def audit_grades(session: Session, flt: AuditFilter) -> dict[str, str]:
    """Cached grade labels by audit id (text), for exports."""
    query = apply_filter(joined(select(Audit.id, Audit.grade)), flt)
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
    query = apply_filter(query.where(or_(*conditions), Answer.na.is_(False)), flt)
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


def customer_measure(session: Session, flt: AuditFilter, name: str) -> dict[str, Any]:
    keys = {"nps": NPS_KEYS, "csat": CSAT_KEYS, "ces": CES_KEYS}[name]
    values = _numbers(_keyed_values(session, flt, keys).values(), keys)
    if name == "nps":
        result = nps.nps(values)
        return {
            "measure": "nps",
            "n": result.n,
            "score": _r(result.score),
            "promoters": result.promoters,
            "passives": result.passives,
            "detractors": result.detractors,
            "promoter_percent": _r(result.promoter_percent),
            "detractor_percent": _r(result.detractor_percent),
        }
    if name == "csat":
        c = nps.csat(values)
        return {
            "measure": "csat",
            "n": c.n,
            "mean": _r(c.mean),
            "satisfied_percent": _r(c.satisfied_percent),
            "scale": "1-5",
        }
    e = nps.ces(values)
    return {"measure": "ces", "n": e.n, "mean": _r(e.mean), "scale": "1-7"}


def servqual_measure(session: Session, flt: AuditFilter) -> dict[str, Any]:
    respondents = list(_keyed_values(session, flt, prefixes=("e_", "p_", "importance_")).values())
    result = gaps.aggregate_gaps(respondents)
    if result is None:
        return {"measure": "servqual", "n": 0, "dimensions": [], "overall": None}
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
        for e, title in rows
    ]
    return DiaryReading([row[0] for row in rows], analyse(records))


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
        raise AuditorError(f"unknown IPA source '{source}' (diaries or audits)", field="--source")
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


def trend_measure(session: Session, flt: AuditFilter, period: str = "month") -> dict[str, Any]:
    groups = aggregates.by_period(audit_records(session, flt), period)
    t = trends.trend([(g.key, g.score) for g in groups])
    return {
        "measure": "trend",
        "period": period,
        "series": [{"key": g.key, "n": g.n, "score": _r(g.score)} for g in groups],
        "last_change": _r(t.last_change),
        "direction": t.direction,
        "slope": _r(t.slope, 3),
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


def shopper_agreement(session: Session, flt: AuditFilter, period: str = "month") -> dict[str, Any]:
    """Agreement between shoppers who audited the same location with the same checklist in
    the same period: Cohen's kappa per pair of shoppers on categorical answers, Krippendorff's
    alpha per question over all shoppers (nominal for categories, ordinal for ratings)."""
    query = joined(
        select(
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
        flt,
    )
    # unit (location, version, period, question) -> shopper -> value (first answer kept); a
    # question is its checklist and key: "courtesy" on a branch visit is not the hotel's
    units: dict[tuple[Any, ...], dict[str, Any]] = {}
    kinds: dict[tuple[str, str], str] = {}
    for loc, version, when, shopper, checklist, key, kind, value in session.execute(query):
        if value is None or isinstance(value, list):
            continue
        question = (checklist, key)
        unit = (loc, version, aggregates.period_key(when, period), question)
        units.setdefault(unit, {}).setdefault(shopper, value)
        kinds[question] = str(getattr(kind, "value", kind))
    shared = {u: v for u, v in units.items() if len(v) >= 2}
    shoppers = sorted({s for v in shared.values() for s in v})

    kappas: dict[tuple[str, str], tuple[int, float | None]] = {}
    for a, b in combinations(shoppers, 2):
        ratings = [
            (v[a], v[b])
            for u, v in shared.items()
            if a in v and b in v and kinds[u[3]] in CATEGORICAL
        ]
        if ratings:
            kappas[(a, b)] = (len(ratings), reliability.cohen_kappa(ratings))

    questions = []
    for question in sorted({u[3] for u in shared}):
        unit_list = [u for u in shared if u[3] == question]
        kind = kinds[question]
        matrix = _reliability_matrix(shoppers, [shared[u] for u in unit_list], kind)
        level: reliability.Level = "ordinal" if kind == "rating" else "nominal"
        alpha = reliability.krippendorff_alpha(matrix, level)
        questions.append(
            {
                "checklist": question[0],
                "question": question[1],
                "kind": kind,
                "units": len(unit_list),
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
        "shared_units": len(shared),
        "shoppers": per_shopper,
        "pairs": pairs,
        "questions": questions,
    }


def measure(session: Session, flt: AuditFilter, name: str, **options: str) -> dict[str, Any]:
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
    raise AuditorError(
        f"unknown measure '{name}' (one of {', '.join(MEASURES)})", field="--measure"
    )
