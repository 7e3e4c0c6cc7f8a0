"""Importance-performance analysis: each criterion placed against the grand means."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from statistics import fmean

CONCENTRATE = "concentrate here"
KEEP_UP = "keep up the good work"
LOW_PRIORITY = "low priority"
OVERKILL = "possible overkill"


@dataclass(frozen=True)
class IpaPoint:
    criterion: str
    importance: float
    performance: float
    quadrant: str


@dataclass(frozen=True)
class IpaResult:
    importance_mean: float | None  # the cross-hairs
    performance_mean: float | None
    points: tuple[IpaPoint, ...]


def quadrant(importance: float, performance: float, imp_mean: float, perf_mean: float) -> str:
    """On a cross-hair counts as high (a tie is not a reason to neglect a criterion)."""
    important = importance >= imp_mean
    good = performance >= perf_mean
    if important:
        return KEEP_UP if good else CONCENTRATE
    return OVERKILL if good else LOW_PRIORITY


def analyse(criteria: Mapping[str, tuple[float, float]]) -> IpaResult:
    """criteria: name -> (importance, performance)."""
    if not criteria:
        return IpaResult(None, None, ())
    imp_mean = fmean(v[0] for v in criteria.values())
    perf_mean = fmean(v[1] for v in criteria.values())
    points = tuple(
        IpaPoint(name, imp, perf, quadrant(imp, perf, imp_mean, perf_mean))
        for name, (imp, perf) in sorted(criteria.items())
    )
    return IpaResult(imp_mean, perf_mean, points)
