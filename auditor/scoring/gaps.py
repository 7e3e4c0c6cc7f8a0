"""The gap model (gap 5): perception minus expectation, per item, dimension and overall.

SERVQUAL answers use keys `e_<dimension>_<n>` (expectation), `p_<dimension>_<n>` (perception)
and `importance_<dimension>` (points out of 100), as in the built-in SERVQUAL checklist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
ITEM = re.compile(r"^(?P<side>[ep])_(?P<dimension>[a-z]+)_(?P<n>\d+)$")


@dataclass(frozen=True)
class GapResult:
    items: dict[str, float]  # "<dimension>_<n>" -> P - E
    dimensions: dict[str, float]  # mean of the dimension's item gaps
    perceptions: dict[str, float]  # SERVPERF: mean perception per dimension
    expectations: dict[str, float]  # mean expectation per dimension
    overall: float | None  # unweighted mean of the dimension gaps
    weighted: float | None  # sum of dimension gap x importance share
    servperf: float | None  # unweighted mean of the dimension perceptions
    n: int = 1


def _pairs(answers: Mapping[str, float | None]) -> dict[str, dict[str, float]]:
    pairs: dict[str, dict[str, float]] = {}
    for key, value in answers.items():
        match = ITEM.match(key)
        if match and value is not None:
            item = f"{match['dimension']}_{match['n']}"
            pairs.setdefault(item, {})[match["side"]] = float(value)
    return pairs


def _dimension_of(item: str) -> str:
    return item.rsplit("_", 1)[0]


def item_gaps(answers: Mapping[str, float | None]) -> dict[str, float]:
    return {item: v["p"] - v["e"] for item, v in _pairs(answers).items() if {"p", "e"} <= set(v)}


def _mean_by_dimension(values: Mapping[str, float]) -> dict[str, float]:
    grouped: dict[str, list[float]] = {}
    for item, value in values.items():
        grouped.setdefault(_dimension_of(item), []).append(value)
    order = {d: i for i, d in enumerate(DIMENSIONS)}
    return {d: fmean(v) for d, v in sorted(grouped.items(), key=lambda kv: order.get(kv[0], 99))}


def weighted_gap(dimensions: Mapping[str, float], importance: Mapping[str, float]) -> float | None:
    """Dimension gaps weighted by the importance points spread across them (normalised)."""
    points = {d: float(importance.get(d) or 0.0) for d in dimensions}
    total = sum(points.values())
    if total <= 0:
        return None
    return sum(dimensions[d] * points[d] / total for d in dimensions)


def from_item_means(
    expectations: Mapping[str, float],
    perceptions: Mapping[str, float],
    importance: Mapping[str, float] | None = None,
    n: int = 1,
) -> GapResult:
    """Gap scores from item values keyed "<dimension>_<n>" (one respondent, or item means)."""
    items = {k: perceptions[k] - expectations[k] for k in expectations if k in perceptions}
    dims = _mean_by_dimension(items)
    perception_dims = _mean_by_dimension(perceptions)
    return GapResult(
        items=items,
        dimensions=dims,
        perceptions=perception_dims,
        expectations=_mean_by_dimension(expectations),
        overall=fmean(dims.values()) if dims else None,
        weighted=weighted_gap(dims, importance or {}),
        servperf=fmean(perception_dims.values()) if perception_dims else None,
        n=n,
    )


def respondent_gaps(answers: Mapping[str, float | None]) -> GapResult:
    pairs = _pairs(answers)
    expectations = {k: v["e"] for k, v in pairs.items() if "e" in v}
    perceptions = {k: v["p"] for k, v in pairs.items() if "p" in v}
    importance = {
        d: float(answers[f"importance_{d}"] or 0)
        for d in DIMENSIONS
        if answers.get(f"importance_{d}") is not None
    }
    return from_item_means(expectations, perceptions, importance)


def aggregate_gaps(respondents: Sequence[Mapping[str, float | None]]) -> GapResult | None:
    """Across respondents: item means first, then dimensions; importance is averaged."""
    if not respondents:
        return None
    e_values: dict[str, list[float]] = {}
    p_values: dict[str, list[float]] = {}
    imp_values: dict[str, list[float]] = {}
    for answers in respondents:
        for item, sides in _pairs(answers).items():
            if "e" in sides:
                e_values.setdefault(item, []).append(sides["e"])
            if "p" in sides:
                p_values.setdefault(item, []).append(sides["p"])
        for d in DIMENSIONS:
            value = answers.get(f"importance_{d}")
            if value is not None:
                imp_values.setdefault(d, []).append(float(value))
    return from_item_means(
        {k: fmean(v) for k, v in e_values.items()},
        {k: fmean(v) for k, v in p_values.items()},
        {d: fmean(v) for d, v in imp_values.items()},
        n=len(respondents),
    )
