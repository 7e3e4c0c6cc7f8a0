"""Scores grouped by location, organisation, shopper, template, standard, section and period.

Two averages, stated plainly: `score` is the simple mean of the audits' percentages (each audit
counts once); `weighted_score` pools points (sum earned over sum possible), so audits with more
scorable points count more.

Groups never mix checklists: every group is one checklist's (`template`), since a branch
visit's 80 % and a survey's 80 % are not the same thing. Every group carries its size `n` and a
95 % t-interval of its mean score (`ci_low`, `ci_high`); a group of fewer than five audits is
flagged `small`; a ranked group names the neighbours its interval overlaps (not significantly
different). A composite over several checklists exists only when asked for, with weights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from math import fsum
from typing import Any

import numpy as np

from auditor.scoring.stats import SMALL_N, Interval, mean_ci, wilson


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


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True)
class Group:
    key: str
    n: int
    score: float | None
    weighted_score: float | None
    rank: int | None = None
    template: str = ""
    ci_low: float | None = None
    ci_high: float | None = None
    # ranked neighbours whose interval overlaps this one: not significantly different
    overlaps: tuple[str, ...] = ()

    @property
    def small(self) -> bool:
        return self.n < SMALL_N

    @property
    def interval(self) -> Interval:
        return Interval(self.score, self.ci_low, self.ci_high, self.n)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "template": self.template,
            "key": self.key,
            "n": self.n,
            "score": _r(self.score),
            "ci_low": _r(self.ci_low),
            "ci_high": _r(self.ci_high),
            "weighted_score": _r(self.weighted_score),
            "small_sample": self.small,
        }
        if self.rank is not None:
            data["rank"] = self.rank
            data["not_significantly_different_from"] = list(self.overlaps)
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


def _group(parts: Iterable[tuple[str, str, float, float]]) -> list[Group]:
    """parts: (template, key, earned, possible) per audit and key; one group per checklist
    and key, ordered by checklist, then key."""
    collected: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for template, key, earned, possible in parts:
        if possible > 0:
            collected.setdefault((template, key), []).append((earned, possible))
    return _groups(collected)


def _groups(collected: dict[tuple[str, str], list[tuple[float, float]]]) -> list[Group]:
    groups = []
    for template, key in sorted(collected):
        pairs = collected[(template, key)]
        ci = mean_ci([100.0 * e / p for e, p in pairs], bounds=(0.0, 100.0))
        # exact sums: the same group gives the same number in whatever order audits come
        pooled = 100.0 * fsum(e for e, _ in pairs) / fsum(p for _, p in pairs)
        groups.append(Group(key, len(pairs), ci.estimate, pooled, None, template, ci.low, ci.high))
    return groups


def group_by(records: Iterable[AuditRecord], key: Callable[[AuditRecord], str]) -> list[Group]:
    """Audit scores grouped by checklist and any attribute; unscored audits are left out."""
    return ScoreTable(list(records)).groups("key", key)


def _chosen(size: int, positions: Sequence[int]) -> Any:
    """A mask over `size` records, true at `positions`."""
    mask = np.zeros(size, dtype=bool)
    mask[np.asarray(positions, dtype=np.int64)] = True
    return mask


def _grouped(keys: Sequence[tuple[str, str]], gid: Any, earned: Any, possible: Any) -> list[Group]:
    """One Group per (checklist, key) id present, ordered by checklist, then key: the mean of
    the percentages with its interval, and the pooled percentage, both from exact sums."""
    percent = 100.0 * earned / possible
    order = np.argsort(gid, kind="stable")
    gid, earned, possible, percent = gid[order], earned[order], possible[order], percent[order]
    present, starts = np.unique(gid, return_index=True)
    ends = [*starts[1:].tolist(), len(gid)] if len(starts) else []
    spans = {int(g): (int(a), int(b)) for g, a, b in zip(present, starts, ends, strict=True)}
    out = []
    for g in sorted(spans, key=lambda g: keys[g]):
        a, b = spans[g]
        template, key = keys[g]
        ci = mean_ci(percent[a:b].tolist(), bounds=(0.0, 100.0))
        pooled = 100.0 * fsum(earned[a:b].tolist()) / fsum(possible[a:b].tolist())
        out.append(Group(key, b - a, ci.estimate, pooled, None, template, ci.low, ci.high))
    return out


class ScoreTable:
    """Audit scores as arrays, built once: groups by any attribute for any subset of the
    records (the dashboard's filters); the command line goes through the same code."""

    def __init__(self, records: Sequence[AuditRecord]) -> None:
        self.records = records
        self.size = len(records)
        scored = [r.score is not None and r.possible > 0 for r in records]
        self.scored = np.array(scored, dtype=bool)
        # an audit's own score already holds its knock-outs; pool it on its own scale
        self.earned = np.array(
            [r.score * r.possible / 100.0 if ok and r.score is not None else 0.0
             for r, ok in zip(records, scored, strict=True)],
            dtype=np.float64,
        )  # fmt: skip
        self.possible = np.array([r.possible for r in records], dtype=np.float64)
        self._keys: dict[str, tuple[list[tuple[str, str]], Any]] = {}

    def groups(
        self,
        name: str,
        key: Callable[[AuditRecord], str],
        positions: Sequence[int] | None = None,
    ) -> list[Group]:
        """Groups by `key` (remembered under `name`) of the records at `positions`."""
        if name not in self._keys:
            ids: dict[tuple[str, str], int] = {}
            gid = [ids.setdefault((r.template, key(r)), len(ids)) for r in self.records]
            self._keys[name] = (list(ids), np.array(gid, dtype=np.int64))
        keys, gid = self._keys[name]
        mask = self.scored if positions is None else self.scored & _chosen(self.size, positions)
        return _grouped(keys, gid[mask], self.earned[mask], self.possible[mask])


def by_attribute(records: Iterable[AuditRecord], attribute: str) -> list[Group]:
    return group_by(records, lambda r: str(getattr(r, attribute)))


def by_period(records: Iterable[AuditRecord], period: str = "month") -> list[Group]:
    return group_by(records, lambda r: period_key(r.visited_at, period))


def by_standard(records: Iterable[AuditRecord]) -> list[Group]:
    return StandardTable(list(records)).groups()


class StandardTable:
    """Every (audit, standard) pair of a list of records as arrays, built once: the groups
    and failure counts of any subset of those records (the dashboard's filters) come from
    array operations, and the command line goes through the same code with all of them."""

    def __init__(self, records: Sequence[AuditRecord]) -> None:
        self.size = len(records)
        ids: dict[tuple[str, str], int] = {}
        rec, gid, earned, possible, missed = [], [], [], [], []
        for i, r in enumerate(records):
            template = r.template
            for code, (e, p, not_met) in r.standards.items():
                rec.append(i)
                gid.append(ids.setdefault((template, code), len(ids)))
                earned.append(e)
                possible.append(p)
                missed.append(not_met)
        self.keys = list(ids)
        self.rec = np.array(rec, dtype=np.int64)
        self.gid = np.array(gid, dtype=np.int64)
        self.earned = np.array(earned, dtype=np.float64)
        self.possible = np.array(possible, dtype=np.float64)
        self.missed = np.array(missed, dtype=np.int64)

    def _pick(self, positions: Sequence[int] | None) -> Any:
        scored = self.possible > 0
        return scored if positions is None else scored & _chosen(self.size, positions)[self.rec]

    def groups(self, positions: Sequence[int] | None = None) -> list[Group]:
        """What by_standard gives for the records at `positions` (all when None)."""
        mask = self._pick(positions)
        return _grouped(self.keys, self.gid[mask], self.earned[mask], self.possible[mask])

    def failures(
        self, positions: Sequence[int] | None = None, limit: int | None = None
    ) -> list[StandardFailures]:
        """What most_failed_standards gives for the records at `positions`."""
        mask = self._pick(positions)
        codes = sorted({code for _, code in self.keys})
        code_of = np.array([codes.index(code) for _, code in self.keys], dtype=np.int64)
        per_code = code_of[self.gid[mask]]
        checked = np.bincount(per_code, minlength=len(codes))
        failed = np.bincount(per_code[self.missed[mask] > 0], minlength=len(codes))
        rows = []
        for index, code in enumerate(codes):
            if checked[index]:
                ci = wilson(int(failed[index]), int(checked[index]))
                rows.append(StandardFailures(code, int(checked[index]), int(failed[index]),
                                             ci.estimate or 0.0, ci.low, ci.high))  # fmt: skip
        rows.sort(key=lambda s: (-s.failed, -s.rate, s.code))
        return rows[:limit] if limit else rows


def by_section(records: Iterable[AuditRecord]) -> list[Group]:
    return _group((r.template, key, e, p) for r in records for key, (e, p) in r.sections.items())


def by_checklist_section(records: Iterable[AuditRecord]) -> list[tuple[str, Group]]:
    """Section groups with their checklist (template name): checklists reuse section keys
    ("greeting"), and pooling them would mix a branch visit with a survey."""
    return [(g.template, g) for g in by_section(records)]


def ranked(groups: Sequence[Group]) -> list[Group]:
    """Best first within each checklist; equal scores share a rank and the next rank is
    skipped (1, 2, 2, 4); each names the neighbours its interval overlaps."""
    out: list[Group] = []
    for template in sorted({g.template for g in groups}):
        scored = sorted(
            (g for g in groups if g.score is not None and g.template == template),
            key=lambda g: (-(g.score or 0.0), g.key),
        )
        previous: float | None = None
        rank = 0
        for position, group in enumerate(scored, start=1):
            if previous is None or round(group.score or 0.0, 9) != round(previous, 9):
                rank = position
            previous = group.score
            near = [
                scored[i].key
                for i in (position - 2, position)
                if 0 <= i < len(scored) and group.interval.overlaps(scored[i].interval)
            ]
            out.append(replace(group, rank=rank, overlaps=tuple(near)))
    return out


def composite(groups: Sequence[Group], weights: dict[str, float]) -> list[Group]:
    """An explicitly defined index over several checklists: per key, the weighted mean of
    its checklists' mean scores, weights renormalised over the checklists the key has.
    Labelled `composite` as its template; no interval (its parts are different scales)."""
    by_key: dict[str, list[tuple[float, Group]]] = {}
    for g in groups:
        if g.template in weights and g.score is not None:
            by_key.setdefault(g.key, []).append((weights[g.template], g))
    out = []
    for key in sorted(by_key):
        parts = by_key[key]
        total = sum(w for w, _ in parts)
        if total <= 0:
            continue
        score = sum(w * (g.score or 0.0) for w, g in parts) / total
        out.append(Group(key, sum(g.n for _, g in parts), score, None, None, "composite"))
    return out


@dataclass(frozen=True)
class StandardFailures:
    code: str
    checked: int  # audits in which the standard was scored
    failed: int  # audits in which at least one of its questions was not met
    rate: float  # percent
    ci_low: float | None = None  # Wilson interval of the rate
    ci_high: float | None = None


def most_failed_standards(
    records: Iterable[AuditRecord], limit: int | None = None
) -> list[StandardFailures]:
    return StandardTable(list(records)).failures(None, limit)
