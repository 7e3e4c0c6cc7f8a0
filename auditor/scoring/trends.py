"""Month-over-month trend: the last change and the direction of the fitted line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FLAT_BAND = 0.5  # percentage points: smaller changes are "flat"


@dataclass(frozen=True)
class Trend:
    periods: tuple[str, ...]
    scores: tuple[float, ...]
    last_change: float | None
    direction: str  # up, down, flat, or "no data"
    slope: float | None  # points per period, least squares


def _slope(values: Sequence[float]) -> float | None:
    n = len(values)
    if n < 2:
        return None
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den


def trend(series: Sequence[tuple[str, float | None]]) -> Trend:
    points = [(k, v) for k, v in sorted(series) if v is not None]
    periods = tuple(k for k, _ in points)
    scores = tuple(float(v) for _, v in points)
    if len(scores) < 2:
        return Trend(periods, scores, None, "no data" if not scores else "flat", None)
    change = scores[-1] - scores[-2]
    direction = "up" if change > FLAT_BAND else "down" if change < -FLAT_BAND else "flat"
    return Trend(periods, scores, change, direction, _slope(scores))
