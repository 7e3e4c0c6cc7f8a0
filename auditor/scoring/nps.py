"""Customer measures: NPS, CSAT, CES and retention. An empty sample is "no data" (None)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean


@dataclass(frozen=True)
class Nps:
    n: int
    promoters: int
    passives: int
    detractors: int
    score: float | None  # -100..100

    @property
    def promoter_percent(self) -> float | None:
        return 100.0 * self.promoters / self.n if self.n else None

    @property
    def detractor_percent(self) -> float | None:
        return 100.0 * self.detractors / self.n if self.n else None


def _clean(values: Iterable[float | None], low: float, high: float) -> list[float]:
    out = []
    for v in values:
        if v is None:
            continue
        number = float(v)
        if not low <= number <= high:
            raise ValueError(f"{v} is outside the scale {low:g}-{high:g}")
        out.append(number)
    return out


def nps(values: Iterable[float | None]) -> Nps:
    """Percent promoters (9-10) minus percent detractors (0-6) on a 0-10 scale."""
    answers = _clean(values, 0, 10)
    promoters = sum(v >= 9 for v in answers)
    detractors = sum(v <= 6 for v in answers)
    n = len(answers)
    score = 100.0 * (promoters - detractors) / n if n else None
    return Nps(n, promoters, n - promoters - detractors, detractors, score)


@dataclass(frozen=True)
class Csat:
    n: int
    mean: float | None
    satisfied_percent: float | None  # share of 4-5 answers


def csat(values: Iterable[float | None]) -> Csat:
    answers = _clean(values, 1, 5)
    if not answers:
        return Csat(0, None, None)
    satisfied = sum(v >= 4 for v in answers)
    return Csat(len(answers), fmean(answers), 100.0 * satisfied / len(answers))


@dataclass(frozen=True)
class Ces:
    n: int
    mean: float | None  # on 1-7, 7 = very easy


def ces(values: Iterable[float | None]) -> Ces:
    answers = _clean(values, 1, 7)
    return Ces(len(answers), fmean(answers) if answers else None)


def retention_rate(start: int, end: int, new: int) -> float | None:
    """Customers kept over a period: (end - new) / start, in percent; None without a start."""
    if start <= 0:
        return None
    return 100.0 * (end - new) / start
