"""Reliability of measurement: do shoppers agree, and do a scale's items hang together?

- Cohen's kappa: two raters, categorical answers, chance-corrected agreement.
- Krippendorff's alpha: any number of raters, missing answers allowed, nominal to ratio data
  (computed by the `krippendorff` package).
- Cronbach's alpha: internal consistency of a multi-item scale (e.g. a SERVQUAL dimension).
Each returns None when the data cannot say anything (too few units, no variation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from statistics import pvariance
from typing import Literal

import krippendorff
import numpy as np


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    categories = {a for a, _ in pairs} | {b for _, b in pairs}
    first = Counter(a for a, _ in pairs)  # counted once, not once per category
    second = Counter(b for _, b in pairs)
    expected = sum((first[c] / n) * (second[c] / n) for c in categories)
    if expected >= 1.0:
        return None  # both raters used one single category: agreement is not measurable
    return (observed - expected) / (1.0 - expected)


Level = Literal["nominal", "ordinal", "interval", "ratio"]


def krippendorff_alpha(
    ratings: Sequence[Sequence[float | None]], level: Level = "ordinal"
) -> float | None:
    """ratings: one row per rater, one column per unit; None where a rater did not rate."""
    data = np.array(
        [[np.nan if v is None else float(v) for v in row] for row in ratings], dtype=float
    )
    if data.ndim != 2 or data.shape[0] < 2:
        return None
    pairable = (np.sum(~np.isnan(data), axis=0) >= 2).sum()
    values = np.unique(data[~np.isnan(data)])
    if pairable == 0 or len(values) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def cronbach_alpha(responses: Sequence[Sequence[float | None]]) -> float | None:
    """responses: one row per respondent, one column per item (complete rows only)."""
    rows = [[float(v) for v in r if v is not None] for r in responses if None not in r]
    if len(rows) < 2:
        return None
    k = len(rows[0])
    if k < 2:
        return None
    item_variances = [pvariance([r[i] for r in rows]) for i in range(k)]
    total_variance = pvariance([sum(r) for r in rows])
    if total_variance == 0:
        return None
    return (k / (k - 1)) * (1 - sum(item_variances) / total_variance)
