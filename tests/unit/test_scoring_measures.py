"""Customer measures, gaps, IPA, diaries, aggregates, trends and reliability: hand-computed
cases and published figures (sources cited at each test)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from auditor.scoring import aggregates, gaps, ipa, nps, reliability, trends
from auditor.scoring.aggregates import AuditRecord, Group
from auditor.scoring.diary import EventRecord, analyse

# --- customer measures -------------------------------------------------------------------


def test_nps_published_example() -> None:
    # DELA Annual Report 2018, glossary "Net Promotor Score"
    # (https://annualreport2018.dela.nl/begrippenlijst/net-promotor-score): "if research shows
    # that 30% of the responders is a promotor and 20% is a detractor, the NPS is +10."
    answers = [9] * 15 + [10] * 15 + [7] * 25 + [8] * 25 + [0] * 5 + [6] * 15
    result = nps.nps(answers)
    assert result.n == 100
    assert result.promoter_percent == 30.0 and result.detractor_percent == 20.0
    assert result.score == pytest.approx(10.0)


def test_nps_bounds_and_edges() -> None:
    assert nps.nps([10, 9]).score == 100.0
    assert nps.nps([0, 6, 3]).score == -100.0
    assert nps.nps([7, 8]).score == 0.0  # passives only: a real zero
    empty = nps.nps([])
    assert empty.score is None and empty.promoter_percent is None  # no data, not 0
    assert nps.nps([None, None]).score is None
    one = nps.nps([9])  # one respondent
    assert one.score == 100.0 and one.n == 1
    with pytest.raises(ValueError, match="outside the scale 0-10"):
        nps.nps([11])


def test_csat_ces_retention() -> None:
    c = nps.csat([5, 4, 3, 2, 5])
    assert c.mean == pytest.approx(3.8) and c.satisfied_percent == pytest.approx(60.0)
    assert nps.csat([]).mean is None and nps.csat([]).satisfied_percent is None
    assert nps.ces([7, 5, 6]).mean == pytest.approx(6.0)
    assert nps.ces([]).mean is None
    # Start 200 customers, end 180 of whom 30 are new: kept 150 of 200.
    assert nps.retention_rate(200, 180, 30) == pytest.approx(75.0)
    assert nps.retention_rate(0, 10, 10) is None


# --- gap model ---------------------------------------------------------------------------


PMC6131925_TABLE2 = {
    # Patient expectation and perception by SERVQUAL dimension, N = 386: Ali Asghar et al.,
    # "Hospital service quality ... SERVQUAL", PMC6131925, Table 2
    # (https://pmc.ncbi.nlm.nih.gov/articles/PMC6131925/table/t2): E, P, published gap.
    "tangibles": (4.44, 4.19, -0.25),
    "reliability": (4.49, 4.36, -0.13),
    "responsiveness": (4.48, 4.35, -0.13),
    "assurance": (4.50, 4.32, -0.18),
    "empathy": (4.56, 4.40, -0.16),
}


def test_servqual_published_dimension_gaps() -> None:
    # The paper publishes dimension means, not item means: each item of a dimension is given
    # the dimension's mean (4 or 5 items as in the 22-item instrument), so the item -> dimension
    # -> overall path runs end to end and must give the published gaps.
    items = {"tangibles": 4, "reliability": 5, "responsiveness": 4, "assurance": 4, "empathy": 5}
    expectations, perceptions = {}, {}
    for dim, count in items.items():
        e, p, _ = PMC6131925_TABLE2[dim]
        for i in range(1, count + 1):
            expectations[f"{dim}_{i}"] = e
            perceptions[f"{dim}_{i}"] = p
    result = gaps.from_item_means(expectations, perceptions, n=386)
    for dim, (_, _, published) in PMC6131925_TABLE2.items():
        assert round(result.dimensions[dim], 2) == published
    assert result.overall == pytest.approx((-0.25 - 0.13 - 0.13 - 0.18 - 0.16) / 5)
    assert result.servperf == pytest.approx((4.19 + 4.36 + 4.35 + 4.32 + 4.40) / 5)


def test_gaps_per_respondent_weighted_and_aggregated() -> None:
    first = {
        "e_tangibles_1": 6, "p_tangibles_1": 4,  # -2
        "e_tangibles_2": 5, "p_tangibles_2": 5,  # 0
        "e_reliability_1": 7, "p_reliability_1": 4,  # -3
        "importance_tangibles": 20, "importance_reliability": 80,
    }  # fmt: skip
    r = gaps.respondent_gaps(first)
    assert r.items == {"tangibles_1": -2, "tangibles_2": 0, "reliability_1": -3}
    assert r.dimensions == {"tangibles": -1.0, "reliability": -3.0}
    assert r.overall == -2.0
    assert r.weighted == pytest.approx(-1 * 0.2 + -3 * 0.8)
    assert r.servperf == pytest.approx((4.5 + 4) / 2)
    second = {"e_tangibles_1": 4, "p_tangibles_1": 6, "importance_tangibles": 100}
    agg = gaps.aggregate_gaps([first, second])
    assert agg is not None and agg.n == 2
    assert agg.items["tangibles_1"] == pytest.approx(5 - 5)  # mean P 5 - mean E 5
    assert gaps.aggregate_gaps([]) is None
    assert gaps.weighted_gap({"tangibles": -1.0}, {}) is None  # no importance given


# --- importance-performance ---------------------------------------------------------------


def test_ipa_quadrants_and_crosshairs() -> None:
    result = ipa.analyse({"speed": (9, 3), "courtesy": (8, 8), "parking": (2, 2), "decor": (1, 9)})
    assert result.importance_mean == 5.0 and result.performance_mean == 5.5
    quadrants = {p.criterion: p.quadrant for p in result.points}
    assert quadrants == {
        "speed": ipa.CONCENTRATE,
        "courtesy": ipa.KEEP_UP,
        "parking": ipa.LOW_PRIORITY,
        "decor": ipa.OVERKILL,
    }
    assert ipa.analyse({}).importance_mean is None


# --- diaries -------------------------------------------------------------------------------


def _event(
    channel: str, org: str, e: int, x: int, crit: tuple[str, ...], rec: bool, warn: bool
) -> EventRecord:
    return EventRecord("d", channel, org, e, x, None, crit, rec, warn)


def test_diary_analysis() -> None:
    events = [
        _event("phone", "Bank", 5, 3, ("speed", "courtesy"), False, True),
        _event("phone", "Bank", 4, 6, ("courtesy",), True, False),
        _event("web", "Shop", 6, 6, ("speed",), False, False),
        _event("web", "Shop", 3, 5, ("speed",), True, False),
    ]
    result = analyse(events)
    assert result.n == 4
    assert result.events_per_channel == {"phone": 2, "web": 2}
    phone = next(s for s in result.by_channel if s.key == "phone")
    assert (phone.expectation, phone.experience, phone.gap) == (4.5, 4.5, 0.0)
    speed = next(s for s in result.by_criterion if s.key == "speed")
    assert speed.n == 3 and speed.gap == pytest.approx((-2 + 0 + 2) / 3)
    assert result.recommend_share == 50.0 and result.warn_share == 25.0
    assert result.criteria_ranked == ["speed", "courtesy"]
    assert analyse([]).recommend_share is None


# --- aggregates ------------------------------------------------------------------------------


def _rec(location: str, score: float, possible: float, month: int = 1) -> AuditRecord:
    return AuditRecord(
        id=f"{location}{score}",
        location=location,
        organisation="Org",
        shopper="S",
        template="T",
        visited_at=datetime(2026, month, 10, tzinfo=UTC),
        score=score,
        earned=score * possible / 100,
        possible=possible,
    )


def test_simple_and_weighted_averages_differ_plainly() -> None:
    # Audit 1: 50% of 10 points; audit 2: 100% of 30 points.
    groups = aggregates.by_attribute([_rec("A", 50, 10), _rec("A", 100, 30)], "location")
    assert groups[0].score == pytest.approx(75.0)  # each audit counts once
    assert groups[0].weighted_score == pytest.approx(100 * 35 / 40)  # points pooled


def test_ranking_ties_share_a_rank() -> None:
    groups = [
        Group("A", 1, 80, 80),
        Group("B", 1, 90, 90),
        Group("C", 1, 80, 80),
        Group("D", 1, 70, 70),
    ]
    ranks = {g.key: g.rank for g in aggregates.ranked(groups)}
    assert ranks == {"B": 1, "A": 2, "C": 2, "D": 4}


def test_periods_and_unscored_audits() -> None:
    records = [_rec("A", 60, 10, 1), _rec("A", 80, 10, 2), _rec("B", 70, 10, 2)]
    records.append(AuditRecord("x", "C", "Org", "S", "T", datetime(2026, 2, 1, tzinfo=UTC), None))
    months = aggregates.by_period(records, "month")
    assert [(g.key, g.n, g.score) for g in months] == [("2026-01", 1, 60.0), ("2026-02", 2, 75.0)]
    assert aggregates.period_key(datetime(2026, 5, 1), "quarter") == "2026-Q2"
    assert aggregates.period_key(datetime(2026, 1, 1), "week") == "2026-W01"


def test_most_failed_standards() -> None:
    def rec(standards: dict[str, tuple[float, float, int]]) -> AuditRecord:
        return AuditRecord("x", "L", "O", "S", "T", datetime(2026, 1, 1, tzinfo=UTC), 50.0,
                           standards=standards)  # fmt: skip

    records = [
        rec({"GREET": (0, 1, 1), "INFO": (1, 1, 0)}),
        rec({"GREET": (0, 1, 1), "INFO": (0, 1, 1)}),
        rec({"GREET": (1, 1, 0)}),
    ]
    rows = aggregates.most_failed_standards(records)
    assert [(r.code, r.checked, r.failed) for r in rows] == [("GREET", 3, 2), ("INFO", 2, 1)]
    assert rows[0].rate == pytest.approx(200 / 3)


def test_trend_direction() -> None:
    up = trends.trend([("2026-01", 60.0), ("2026-02", 65.0), ("2026-03", 70.0)])
    assert up.direction == "up" and up.last_change == 5.0 and up.slope == pytest.approx(5.0)
    assert trends.trend([("2026-01", 70.0), ("2026-02", 70.2)]).direction == "flat"
    assert trends.trend([("2026-01", 70.0), ("2026-02", 60.0)]).direction == "down"
    assert trends.trend([]).direction == "no data"
    assert trends.trend([("2026-01", None)]).direction == "no data"


# --- reliability -----------------------------------------------------------------------------


def test_cohen_kappa_wikipedia_example() -> None:
    # Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both readers "yes" 20,
    # both "no" 15, A yes/B no 5, A no/B yes 10: p_o = 0.7, p_e = 0.5, kappa = 0.4.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert reliability.cohen_kappa(pairs) == pytest.approx(0.4)
    assert reliability.cohen_kappa([]) is None
    assert reliability.cohen_kappa([("y", "y"), ("y", "y")]) is None  # one category only


KRIPPENDORFF_2011 = [
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four
    # observers, twelve units, missing values (also the example of R's irr::kripp.alpha).
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def test_krippendorff_alpha_published_values() -> None:
    assert reliability.krippendorff_alpha(KRIPPENDORFF_2011, "nominal") == pytest.approx(
        0.743, abs=5e-4
    )
    assert reliability.krippendorff_alpha(KRIPPENDORFF_2011, "interval") == pytest.approx(
        0.849, abs=5e-4
    )
    assert reliability.krippendorff_alpha([[1, 1], [1, 1]], "nominal") is None  # no variation
    assert reliability.krippendorff_alpha([[1, 2, 3]], "nominal") is None  # one rater


def test_cronbach_alpha_hand_computed() -> None:
    # Three items, four respondents. Item variances (population) 1.25, 1.1875, 0.6875;
    # total scores 3, 7, 9, 11 -> variance 8.75. alpha = 3/2 x (1 - 3.125/8.75) = 0.9643
    rows = [[1, 1, 1], [2, 3, 2], [3, 3, 3], [4, 4, 3]]
    assert reliability.cronbach_alpha(rows) == pytest.approx(1.5 * (1 - 3.125 / 8.75))
    assert reliability.cronbach_alpha([[1, 2, 3]]) is None  # one respondent
    assert reliability.cronbach_alpha([[1, 1], [1, 1]]) is None  # no variance
