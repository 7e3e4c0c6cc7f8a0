"""Numbers a manager can defend: what is counted, no pooling across checklists, intervals,
tests and shopper calibration; statistics checked against scipy on the same data."""

from __future__ import annotations

import json
import math
import random
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from scipy import stats as ss

from auditor.cli import main
from auditor.scoring import aggregates, stats
from auditor.scoring.aggregates import AuditRecord
from auditor.services import capture
from auditor.store.db import open_database

RNG = random.Random(17)
SAMPLES = [[RNG.gauss(70, s) for _ in range(n)] for n, s in [(2, 5), (3, 20), (7, 12), (40, 9)]]


@pytest.mark.parametrize("values", SAMPLES)
def test_mean_interval_is_scipys_t_interval(values: list[float]) -> None:
    ci = stats.mean_ci(values)
    low, high = ss.t.interval(0.95, len(values) - 1, loc=ss.tmean(values), scale=ss.sem(values))
    assert (ci.low, ci.high) == pytest.approx((low, high), rel=1e-9)


@pytest.mark.parametrize("df", [1, 2, 4, 9, 29, 120])
def test_t_distribution_matches_scipy(df: int) -> None:
    for p in (0.6, 0.9, 0.975, 0.995):
        assert stats.t_quantile(p, df) == pytest.approx(ss.t.ppf(p, df), rel=1e-9)
    for t in (-4.0, -1.0, 0.3, 2.0, 6.5):
        assert stats.t_cdf(t, df) == pytest.approx(ss.t.cdf(t, df), abs=1e-12)


@pytest.mark.parametrize(("k", "n"), [(0, 5), (1, 3), (7, 20), (52, 60), (60, 60)])
def test_pass_rate_interval_is_scipys_wilson(k: int, n: int) -> None:
    ci = stats.wilson(k, n)
    ref = ss.binomtest(k, n).proportion_ci(0.95, method="wilson")
    assert ci.estimate == pytest.approx(100.0 * k / n)
    assert (ci.low, ci.high) == pytest.approx((100 * ref.low, 100 * ref.high), abs=1e-9)


def test_nps_standard_error_by_hand() -> None:
    # 50 promoters, 20 detractors, 30 passives: NPS 30; variance of (+1, 0, -1) scores
    # is 0.5 + 0.2 - 0.3**2 = 0.61, SE = sqrt(0.61 / 100) = 0.0781 -> +-15.31 points
    ci = stats.nps_ci(50, 20, 100)
    assert ci.estimate == pytest.approx(30.0)
    half = ss.norm.ppf(0.975) * 100 * math.sqrt(0.61 / 100)
    assert (ci.low, ci.high) == pytest.approx((30 - half, 30 + half))


def test_period_change_and_calibration_tests_are_scipys() -> None:
    before, after = SAMPLES[2], SAMPLES[3]
    mine = stats.welch(before, after)
    ref = ss.ttest_ind(after, before, equal_var=False)
    assert mine is not None and mine.t == pytest.approx(ref.statistic)
    assert mine.p_value == pytest.approx(ref.pvalue, rel=1e-9)
    diffs = [x - 70 for x in SAMPLES[3]]
    one = stats.one_sample(diffs)
    ref1 = ss.ttest_1samp(diffs, 0.0)
    assert one is not None and one.p_value == pytest.approx(ref1.pvalue, rel=1e-9)
    assert stats.welch([1.0], after) is None  # one audit is no period to test


def _rec(template: str, location: str, score: float, shopper: str = "A") -> AuditRecord:
    return AuditRecord(
        id=f"{template}-{location}-{score}-{shopper}", location=location, organisation="O",
        shopper=shopper, template=template, visited_at=datetime(2026, 5, 1, tzinfo=UTC),
        score=score, earned=score / 10, possible=10.0,
    )  # fmt: skip


def test_groups_never_mix_checklists_and_ranks_say_what_is_noise() -> None:
    records = [
        *(_rec("branch", "Kraków", s) for s in (80, 82, 78, 81, 79)),
        *(_rec("branch", "Gdańsk", s) for s in (60, 62, 58, 61, 59)),
        *(_rec("branch", "Sofia", s) for s in (59, 62, 60)),
        *(_rec("survey", "Kraków", s) for s in (20, 30)),
    ]
    groups = aggregates.ranked(aggregates.by_attribute(records, "location"))
    by = {(g.template, g.key): g for g in groups}
    assert by[("branch", "Kraków")].score == pytest.approx(80.0)  # the survey stays out
    assert (
        by[("survey", "Kraków")].score == pytest.approx(25.0) and by[("survey", "Kraków")].rank == 1
    )
    assert by[("branch", "Kraków")].rank == 1 and by[("branch", "Kraków")].overlaps == ()
    # Gdańsk 60 and Sofia 60.33 (3 audits): their intervals overlap, so no order between them
    assert by[("branch", "Sofia")].overlaps == ("Gdańsk",)
    assert "Sofia" in by[("branch", "Gdańsk")].overlaps
    assert by[("branch", "Sofia")].small and not by[("branch", "Gdańsk")].small
    ci = stats.mean_ci([80, 82, 78, 81, 79])
    assert (by[("branch", "Kraków")].ci_low, by[("branch", "Kraków")].ci_high) == (ci.low, ci.high)
    assert by[("survey", "Kraków")].ci_low == 0.0  # clipped to the scale
    index = aggregates.composite(groups, {"branch": 3.0, "survey": 1.0})
    krakow = next(g for g in index if g.key == "Kraków")
    assert krakow.template == "composite" and krakow.score == pytest.approx((3 * 80 + 25) / 4)
    gdansk = next(g for g in index if g.key == "Gdańsk")
    assert gdansk.score == pytest.approx(60.0)  # weights renormalised over what it has


def _score(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["score", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_on_the_demo_no_group_mixes_checklists_and_questionnaires_have_no_verdict(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_file)
    with sqlite3.connect(demo_db_file) as conn:
        counts = dict(
            ((t, loc), n)
            for t, loc, n in conn.execute(
                "select t.name, l.name, count(*) from audits a join template_versions v "
                "on v.id = a.template_version_id join templates t on t.id = v.template_id "
                "join locations l on l.id = a.location_id where a.score is not null "
                "and a.status in ('submitted', 'accepted') group by 1, 2"
            )
        )
        verdicts = conn.execute(
            "select count(*) from audits a join template_versions v "
            "on v.id = a.template_version_id where v.kind in ('survey', 'servqual') "
            "and (a.passed is not null or a.grade != '')"
        ).fetchone()[0]
    assert verdicts == 0
    data = _score(capsys, "--db", db, "--by", "location")
    assert len(data["groups"]) == len(counts)
    for g in data["groups"]:
        assert g["n"] == counts[(g["template"], g["key"])]
    capsys.readouterr()
    assert main(["audit", "list", "--db", db, "--template", "servqual", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all(a["passed"] is None for a in listed)


def test_drafts_and_returned_audits_change_no_aggregate(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, path)
    db = str(path)
    before = {k: _score(capsys, "--db", db, "--by", k) for k in ("location", "shopper", "month")}
    trend = _score(capsys, "--db", db, "--measure", "trend")
    opened = open_database(path)
    with opened.session() as s:
        from sqlalchemy import select

        from auditor.store.models import Location

        loc = s.scalars(select(Location).where(Location.name == "Oddział Kraków Rynek")).one()
        audit_id = capture.start_audit(
            s, "mystery-shopper-branch", loc.id, "Matej Novak", datetime.now(UTC)
        )
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "entrance_clean", capture.AnswerState(False), "Matej Novak")
    opened.close()  # a half-filled draft scoring 0 %
    after = {k: _score(capsys, "--db", db, "--by", k) for k in ("location", "shopper", "month")}
    assert after == before
    assert _score(capsys, "--db", db, "--measure", "trend") == trend
    # counting accepted only is a choice, and the JSON says which
    accepted = _score(capsys, "--db", db, "--by", "location", "--count", "accepted")
    assert accepted["counted_statuses"] == ["accepted"]
    with sqlite3.connect(path) as conn:  # questionnaire responses count once submitted
        n = conn.execute(
            "select count(*) from audits a join template_versions v "
            "on v.id = a.template_version_id where a.score is not null and (a.status = "
            "'accepted' or (a.status = 'submitted' and v.kind in "
            "('survey', 'servqual', 'self_assessment', 'diary')))"
        ).fetchone()[0]
    assert sum(g["n"] for g in accepted["groups"]) == n
    assert sum(g["n"] for g in before["location"]["groups"]) > n


def test_the_careless_shopper_is_flagged_and_the_others_are_not(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _score(capsys, "--db", str(demo_db_file), "--measure", "calibration")
    flags = {(c["template"], c["shopper"]): c["flag"] for c in data["shoppers"]}
    assert flags.pop(("mystery-shopper-branch", "Matej Novak")) == "severe"
    assert set(flags.values()) == {None}


def test_trend_changes_carry_their_test(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _score(capsys, "--db", str(demo_db_file), "--measure", "trend", "--period", "quarter")
    branch = next(c for c in data["checklists"] if c["template"] == "mystery-shopper-branch")
    last, previous = branch["series"][-1], branch["series"][-2]
    assert branch["last_change"] == pytest.approx(last["score"] - previous["score"], abs=0.02)
    assert 0 <= branch["last_change_p_value"] <= 1
    assert branch["last_change_significant"] == (branch["last_change_p_value"] < 0.05)


def test_reports_state_what_they_counted(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_file)
    for count, expected in ((None, "Counted: Submitted, Accepted audits"),
                            ("accepted", "Counted: Accepted audits")):  # fmt: skip
        out = tmp_path / f"summary-{count}.pdf"
        extra = ["--count", count] if count else []
        assert main(["report", "summary", "--db", db, "--out", str(out), *extra]) == 0
        text = " ".join(p.extract_text() for p in PdfReader(out).pages[:2])
        assert expected in " ".join(text.split())
        assert "Ranking of locations: Mystery shopper" in text
    capsys.readouterr()


def test_ranking_changes_against_the_period_before_carry_welchs_test(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_file)
    data = _score(capsys, "--db", db, "--by", "location", "--template", "mystery-shopper-branch",
                  "--from", "2026-08-01", "--to", "2026-10-31")  # fmt: skip
    assert data["previous_period"] == {"from": "2026-05-01", "to": "2026-07-31"}
    with sqlite3.connect(demo_db_file) as conn:
        rows = conn.execute(
            "select l.name, a.visit_start, a.score from audits a join locations l "
            "on l.id = a.location_id join template_versions v on v.id = a.template_version_id "
            "join templates t on t.id = v.template_id where t.name = 'mystery-shopper-branch' "
            "and a.status in ('submitted', 'accepted') and a.score is not null"
        ).fetchall()
    for g in data["groups"]:
        now = [
            s
            for name, when, s in rows
            if name == g["key"] and "2026-08-01" <= when[:10] <= "2026-10-31"
        ]
        then = [
            s
            for name, when, s in rows
            if name == g["key"] and "2026-05-01" <= when[:10] <= "2026-07-31"
        ]
        ref = ss.ttest_ind(now, then, equal_var=False)
        assert g["change"] == pytest.approx(sum(now) / len(now) - sum(then) / len(then), abs=0.01)
        assert g["change_p_value"] == pytest.approx(ref.pvalue, abs=1e-4)
        assert g["change_significant"] == (ref.pvalue < 0.05)
