"""Uncertainty for the numbers a manager shows: confidence intervals and two tests.

The Student t distribution comes from the regularised incomplete beta function (Lentz's
continued fraction), so the core needs no SciPy at run time; the tests compare every function
here with scipy.stats on the same data.

- `mean_ci`: t-interval for a mean score (95 % by default).
- `wilson`: Wilson score interval for a pass rate.
- `nps_ci`: NPS with its standard error (promoters and detractors as a trinomial) and a
  normal interval.
- `welch`: Welch's two-sample t-test (unequal variances), for period-over-period changes.
- `one_sample`: t-test of a mean against zero, for a shopper's leniency or severity.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist, fmean, variance

CONFIDENCE = 0.95
SMALL_N = 5  # groups with fewer audits are flagged: their score is mostly noise


def _betacf(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_sf2(t: float, df: float) -> float:
    """Two-sided p-value of a t statistic: P(|T| >= |t|)."""
    if math.isinf(t):
        return 0.0
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def t_cdf(t: float, df: float) -> float:
    tail = t_sf2(t, df) / 2.0
    return 1.0 - tail if t > 0 else tail


def t_pdf(t: float, df: float) -> float:
    return math.exp(
        math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0) - 0.5 * math.log(df * math.pi)
        - (df + 1.0) / 2.0 * math.log1p(t * t / df)
    )  # fmt: skip


@lru_cache(maxsize=4096)
def t_quantile(p: float, df: float) -> float:
    """The t value below which a share `p` of the distribution lies.

    Closed forms for 1 and 2 degrees of freedom; otherwise Newton's method on the CDF from
    the Cornish-Fisher expansion (three or four incomplete-beta evaluations, where bisection
    took forty-five), with bisection kept as the fallback. Cached per (p, df): a dashboard
    asks for the same few hundred on every filter change."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if df == 1.0:
        return math.tan(math.pi * (p - 0.5))
    if df == 2.0:
        return (2.0 * p - 1.0) / math.sqrt(2.0 * p * (1.0 - p))
    z = NormalDist().inv_cdf(p)
    t = (
        z
        + (z**3 + z) / (4.0 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96.0 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384.0 * df**3)
    )
    for _ in range(30):
        step = (t_cdf(t, df) - p) / t_pdf(t, df)
        t -= step
        if not math.isfinite(t):
            break
        if abs(step) <= 1e-13 * max(1.0, abs(t)):
            return t
    return _t_quantile_bisect(p, df)


def _t_quantile_bisect(p: float, df: float) -> float:
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2.0


def _z(confidence: float) -> float:
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


@dataclass(frozen=True)
class Interval:
    estimate: float | None
    low: float | None
    high: float | None
    n: int

    def overlaps(self, other: Interval) -> bool:
        if None in (self.low, self.high, other.low, other.high):
            return True  # an interval we cannot state cannot tell two groups apart
        assert self.low is not None and self.high is not None
        assert other.low is not None and other.high is not None
        return self.low <= other.high and other.low <= self.high


def mean_ci(
    values: Sequence[float],
    confidence: float = CONFIDENCE,
    bounds: tuple[float, float] | None = None,
) -> Interval:
    """Mean with a t-interval; one value has a mean but no interval. `bounds` clip the
    interval to the scale (a percent score is never below 0 or above 100)."""
    n = len(values)
    if n == 0:
        return Interval(None, None, None, 0)
    mean = fmean(values)
    if n < 2:
        return Interval(mean, None, None, n)
    spread = math.fsum((v - mean) ** 2 for v in values) / (n - 1)  # floats: Fractions are slow
    half = t_quantile(0.5 + confidence / 2.0, n - 1) * math.sqrt(spread / n)
    low, high = mean - half, mean + half
    if bounds is not None:
        low, high = max(bounds[0], low), min(bounds[1], high)
    return Interval(mean, low, high, n)


def wilson(successes: int, n: int, confidence: float = CONFIDENCE) -> Interval:
    """A proportion (as a percent) with its Wilson score interval."""
    if n == 0:
        return Interval(None, None, None, 0)
    z = _z(confidence)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return Interval(100.0 * p, 100.0 * (centre - half), 100.0 * (centre + half), n)


def nps_ci(promoters: int, detractors: int, n: int, confidence: float = CONFIDENCE) -> Interval:
    """NPS (-100..100) with a normal interval from its standard error."""
    if n == 0:
        return Interval(None, None, None, 0)
    pp, pd = promoters / n, detractors / n
    score = 100.0 * (pp - pd)
    se = 100.0 * math.sqrt((pp * (1 - pp) + pd * (1 - pd) + 2 * pp * pd) / n)
    half = _z(confidence) * se
    return Interval(score, max(-100.0, score - half), min(100.0, score + half), n)


@dataclass(frozen=True)
class TestResult:
    difference: float  # mean(b) - mean(a), or the mean against zero
    t: float
    df: float
    p_value: float

    def significant(self, alpha: float = 1.0 - CONFIDENCE) -> bool:
        return self.p_value < alpha


def welch(a: Sequence[float], b: Sequence[float]) -> TestResult | None:
    """Welch's t-test of mean(b) - mean(a); None when either side has fewer than two."""
    if len(a) < 2 or len(b) < 2:
        return None
    va, vb = variance(a) / len(a), variance(b) / len(b)
    diff = fmean(b) - fmean(a)
    if va + vb == 0:
        return TestResult(
            diff, math.inf if diff else 0.0, len(a) + len(b) - 2, 0.0 if diff else 1.0
        )
    t = diff / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va * va / (len(a) - 1) + vb * vb / (len(b) - 1))
    return TestResult(diff, t, df, t_sf2(t, df))


def one_sample(values: Sequence[float]) -> TestResult | None:
    """t-test of the mean against zero; None with fewer than two values."""
    n = len(values)
    if n < 2:
        return None
    mean, var = fmean(values), variance(values)
    if var == 0:
        return TestResult(mean, math.inf if mean else 0.0, n - 1, 0.0 if mean else 1.0)
    t = mean / math.sqrt(var / n)
    return TestResult(mean, t, n - 1, t_sf2(t, n - 1))
