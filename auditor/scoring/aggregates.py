"""Scores grouped by location, organisation, shopper, template, standard, section and period.

Two averages, stated plainly: `score` is the simple mean of the audits' percentages (each audit
counts once); `weighted_score` pools points (sum earned over sum possible), so audits with more
scorable points count more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from statistics import fmean


@dataclass(frozen=True)
class AuditRecord:
    id: str
    location: str
    organisation: str
    shopper: str
    template: str
    visited_at: datetime
    score: float | None
    earned: float = 0.0
    possible: float = 0.0
    passed: bool | None = None
    critical_failed: tuple[str, ...] = ()
    sections: dict[str, tuple[float, float]] = field(default_factory=dict)  # key -> (e, p)
    # code -> (earned, possible, questions not met)
    standards: dict[str, tuple[float, float, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Group:
    key: str
    n: int
    score: float | None
    weighted_score: float | None
    rank: int | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "key": self.key,
            "n": self.n,
            "score": None if self.score is None else round(self.score, 2),
            "weighted_score": None
            if self.weighted_score is None
            else round(self.weighted_score, 2),
        }
        if self.rank is not None:
            data["rank"] = self.rank
        return data


def period_key(when: datetime, period: str) -> str:
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "quarter":
        return f"{when.year}-Q{(when.month - 1) // 3 + 1}"
    if period == "year":
        return str(when.year)
    return f"{when.year}-{when.month:02d}"


def _group(parts: Iterable[tuple[str, float, float]]) -> list[Group]:
    """parts: (key, earned, possible) per audit and key."""
    collected: dict[str, list[tuple[float, float]]] = {}
    for key, earned, possible in parts:
        if possible > 0:
            collected.setdefault(key, []).append((earned, possible))
    groups = []
    for key in sorted(collected):
        pairs = collected[key]
        simple = fmean(100.0 * e / p for e, p in pairs)
        pooled = 100.0 * sum(e for e, _ in pairs) / sum(p for _, p in pairs)
        groups.append(Group(key, len(pairs), simple, pooled))
    return groups


def group_by(records: Iterable[AuditRecord], key: Callable[[AuditRecord], str]) -> list[Group]:
    """Audit scores grouped by any attribute; audits without a score are left out."""
    parts = []
    for r in records:
        if r.score is None or r.possible <= 0:
            continue
        # An audit's own score already holds its knock-outs; pool it on its own scale.
        parts.append((key(r), r.score * r.possible / 100.0, r.possible))
    return _group(parts)


def by_attribute(records: Iterable[AuditRecord], attribute: str) -> list[Group]:
    return group_by(records, lambda r: str(getattr(r, attribute)))


def by_period(records: Iterable[AuditRecord], period: str = "month") -> list[Group]:
    return group_by(records, lambda r: period_key(r.visited_at, period))


def by_standard(records: Iterable[AuditRecord]) -> list[Group]:
    return _group((code, e, p) for r in records for code, (e, p, _) in r.standards.items())


def by_section(records: Iterable[AuditRecord]) -> list[Group]:
    return _group((key, e, p) for r in records for key, (e, p) in r.sections.items())


def by_checklist_section(records: Iterable[AuditRecord]) -> list[tuple[str, Group]]:
    """Section groups per checklist (template name): checklists reuse section keys
    ("greeting"), and pooling them would mix a branch visit with a survey."""
    records = list(records)
    return [
        (template, g)
        for template in sorted({r.template for r in records})
        for g in by_section(r for r in records if r.template == template)
    ]


def ranked(groups: Sequence[Group]) -> list[Group]:
    """Best first; equal scores share a rank and the next rank is skipped (1, 2, 2, 4)."""
    scored = sorted(
        (g for g in groups if g.score is not None), key=lambda g: (-(g.score or 0.0), g.key)
    )
    out: list[Group] = []
    previous: float | None = None
    rank = 0
    for position, group in enumerate(scored, start=1):
        if previous is None or round(group.score or 0.0, 9) != round(previous, 9):
            rank = position
        previous = group.score
        out.append(Group(group.key, group.n, group.score, group.weighted_score, rank))
    return out


@dataclass(frozen=True)
class StandardFailures:
    code: str
    checked: int  # audits in which the standard was scored
    failed: int  # audits in which at least one of its questions was not met
    rate: float  # percent


def most_failed_standards(
    records: Iterable[AuditRecord], limit: int | None = None
) -> list[StandardFailures]:
    checked: dict[str, int] = {}
    failed: dict[str, int] = {}
    for r in records:
        for code, (_, possible, not_met) in r.standards.items():
            if possible <= 0:
                continue
            checked[code] = checked.get(code, 0) + 1
            if not_met:
                failed[code] = failed.get(code, 0) + 1
    rows = [
        StandardFailures(c, checked[c], failed.get(c, 0), 100.0 * failed.get(c, 0) / checked[c])
        for c in checked
    ]
    rows.sort(key=lambda s: (-s.failed, -s.rate, s.code))
    return rows[:limit] if limit else rows
