"""Audit scores against cases worked out by hand, one rule at a time."""

from __future__ import annotations

import pytest

from auditor.scoring.audit import score_audit
from auditor.scoring.model import (
    AnswerValue,
    GradeBand,
    QuestionSpec,
    SectionSpec,
    TemplateSpec,
)


def yes(key: str, **kw: object) -> QuestionSpec:
    return QuestionSpec(key=key, kind="yes_no", **kw)  # type: ignore[arg-type]


def a(value: object = None, na: bool = False) -> AnswerValue:
    return AnswerValue(value, na)


def spec(*sections: SectionSpec, **kw: object) -> TemplateSpec:
    return TemplateSpec(sections=tuple(sections), **kw)  # type: ignore[arg-type]


def section(key: str, *questions: QuestionSpec, weight: float = 1.0, rule: str = "") -> SectionSpec:
    return SectionSpec(key, tuple(questions), weight, rule)


def test_weighted_questions_and_sections() -> None:
    # Section A: q1 (w2) yes, q2 (w1) no -> 2/3. Section B (weight 3): rating 4 on 1-5 -> 0.75.
    t = spec(
        section("a", yes("q1", weight=2.0), yes("q2")),
        section("b", QuestionSpec("r", "rating", scale_min=1, scale_max=5), weight=3.0),
    )
    result = score_audit(t, {"q1": a(True), "q2": a(False), "r": a(4)})
    assert result.sections[0].earned == 2.0 and result.sections[0].possible == 3.0
    assert result.sections[0].score == pytest.approx(200 / 3)
    assert result.sections[1].score == pytest.approx(75.0)
    # (1 x 2/3 + 3 x 0.75) / 4 = 0.7291666...
    assert result.score == pytest.approx(100 * (2 / 3 + 2.25) / 4)


def test_choice_points_and_multiple_choice() -> None:
    single = QuestionSpec(
        "offer", "single_choice", weight=2.0, choice_points={"full": 4, "part": 1, "none": 0}
    )
    multi = QuestionSpec(
        "extras", "multiple_choice", choice_points={"a": 1, "b": 2, "c": 1, "x": None}
    )
    t = spec(section("s", single, multi))
    result = score_audit(t, {"offer": a("part"), "extras": a(["b", "c"])})
    qs = {q.key: q for q in result.sections[0].questions}
    assert qs["offer"].earned == pytest.approx(0.5)  # 2 x 1/4
    assert qs["extras"].earned == pytest.approx(0.75)  # (2+1)/4
    assert "1 of 4 points" in qs["offer"].why
    assert result.score == pytest.approx(100 * 1.25 / 3)


def test_number_target_partial_points() -> None:
    wait = QuestionSpec(
        "wait", "number", target={"direction": "max", "full": 60, "zero": 180, "unit": "s"}
    )
    t = spec(section("s", wait))
    assert score_audit(t, {"wait": a(45)}).score == 100.0
    assert score_audit(t, {"wait": a(120)}).score == pytest.approx(50.0)
    assert score_audit(t, {"wait": a(300)}).score == 0.0
    why = score_audit(t, {"wait": a(120)}).sections[0].questions[0].why
    assert why == "120 s: target <= 60, none beyond 180"
    at_least = QuestionSpec("rings", "number", target={"direction": "min", "full": 10})
    t2 = spec(section("s", at_least))
    assert score_audit(t2, {"rings": a(9)}).score == 0.0  # no band: all or nothing
    assert score_audit(t2, {"rings": a(10)}).score == 100.0


def test_na_and_unanswered_optional_leave_both_sides() -> None:
    t = spec(section("s", yes("q1"), yes("q2", na_allowed=True), yes("q3", required=False)))
    result = score_audit(t, {"q1": a(True), "q2": a(na=True)})
    assert (result.earned, result.possible, result.score) == (1.0, 1.0, 100.0)
    assert result.missing_required == ()
    statuses = [q.status for q in result.sections[0].questions]
    assert statuses == ["scored", "na", "unanswered"]


def test_unanswered_required_blocks_submission() -> None:
    t = spec(section("s", yes("q1"), yes("q2"), QuestionSpec("note", "note")))
    result = score_audit(t, {"q1": a(True)})
    assert result.missing_required == ("q2",)


def test_na_everywhere_gives_no_score_not_zero() -> None:
    t = spec(section("s", yes("q1", na_allowed=True)), section("t", yes("q2", na_allowed=True)))
    result = score_audit(t, {"q1": a(na=True), "q2": a(na=True)})
    assert result.score is None
    assert result.passed is None
    assert result.grade == ""
    assert all(s.score is None for s in result.sections)


def test_critical_failure_zeroes_its_section_and_names_the_question() -> None:
    t = spec(
        section("a", yes("greet", critical=True), yes("smile")),
        section("b", yes("thanks")),
    )
    result = score_audit(t, {"greet": a(False), "smile": a(True), "thanks": a(True)})
    assert result.sections[0].score == 0.0
    assert result.sections[1].score == 100.0
    assert result.score == pytest.approx(50.0)
    assert result.critical_failed == ("greet",)
    assert not result.audit_knocked_out
    assert "critical: fails the section" in result.sections[0].questions[0].why


def test_critical_audit_scope_knocks_out_everything() -> None:
    t = spec(
        section("a", yes("id_check", critical=True, critical_scope="audit"), yes("x")),
        section("b", yes("y")),
        pass_threshold=50.0,
    )
    result = score_audit(t, {"id_check": a(False), "x": a(True), "y": a(True)})
    assert result.score == 0.0
    assert result.passed is False
    assert result.audit_knocked_out
    assert result.critical_failed == ("id_check",)


def test_all_critical_failures() -> None:
    t = spec(
        section("a", yes("c1", critical=True), yes("c2", critical=True)),
        section("b", yes("c3", critical=True)),
    )
    result = score_audit(t, {"c1": a(False), "c2": a(False), "c3": a(False)})
    assert result.score == 0.0
    assert result.critical_failed == ("c1", "c2", "c3")
    assert result.passed is False


def test_critical_rating_below_top_fails() -> None:
    t = spec(section("a", QuestionSpec("r", "rating", critical=True, scale_min=1, scale_max=5)))
    result = score_audit(t, {"r": a(4)})
    assert result.score == 0.0 and result.critical_failed == ("r",)


def test_zero_weights() -> None:
    t = spec(
        section("a", yes("q1", weight=0.0), yes("q2")),
        section("b", yes("q3"), weight=0.0),
    )
    result = score_audit(t, {"q1": a(False), "q2": a(True), "q3": a(False)})
    assert result.score == 100.0  # q1 weighs nothing; section b weighs nothing
    assert result.sections[0].questions[0].why == "weight 0"
    all_zero = spec(section("a", yes("q1", weight=0.0)))
    assert score_audit(all_zero, {"q1": a(True)}).score is None


def test_relevance_hides_questions_and_sections() -> None:
    t = spec(
        section(
            "a",
            QuestionSpec("wait", "number", target={"direction": "max", "full": 60}),
            yes("apology", relevance="${wait} > 300"),
        ),
        section("b", yes("kids_corner"), rule="${wait} > 1000"),
    )
    result = score_audit(t, {"wait": a(30)})
    assert result.sections[0].questions[1].status == "not_relevant"
    assert result.sections[1].relevant is False
    assert result.missing_required == ()  # hidden questions are not required
    assert result.score == 100.0
    shown = score_audit(t, {"wait": a(400), "apology": a(True)})
    assert shown.sections[0].questions[1].status == "scored"
    assert shown.score == pytest.approx(50.0)


def test_pass_threshold_and_grade_bands() -> None:
    bands = (GradeBand(0, "product-oriented"), GradeBand(60, "process"), GradeBand(85, "customer"))
    t = spec(
        section("a", yes("q1"), yes("q2"), yes("q3"), yes("q4")),
        pass_threshold=75.0,
        grade_bands=bands,
    )
    three = score_audit(t, {"q1": a(True), "q2": a(True), "q3": a(True), "q4": a(False)})
    assert (three.score, three.passed, three.grade) == (75.0, True, "process")
    four = score_audit(t, {k: a(True) for k in ("q1", "q2", "q3", "q4")})
    assert four.grade == "customer"
    two = score_audit(t, {"q1": a(True), "q2": a(True), "q3": a(False), "q4": a(False)})
    assert (two.passed, two.grade) == (False, "product-oriented")


def test_breakdown_json_and_standard_points() -> None:
    t = spec(section("a", yes("q1", standards=("GREET",)), yes("q2", standards=("GREET", "INFO"))))
    result = score_audit(t, {"q1": a(True), "q2": a(False)})
    data = result.to_json()
    assert data["sections"][0]["name"] == "a"
    assert data["sections"][0]["questions"][1] == {
        "name": "q2",
        "status": "scored",
        "earned": 0.0,
        "possible": 1.0,
        "why": "no",
        "critical_failed": False,
        "met": False,
        "standards": ["GREET", "INFO"],
    }
    assert result.standard_points() == {"GREET": (1.0, 2.0, 1), "INFO": (0.0, 1.0, 1)}


@pytest.mark.parametrize(
    ("policy", "earned", "possible", "why"),
    [
        ("exclude", 1.0, 2.0, "N/A: left out of the score"),  # 1 of the 2 others
        ("met", 3.0, 4.0, "N/A: counts as met"),  # the N/A question (w2) earns 2 of 2
        ("not_met", 1.0, 4.0, "N/A: counts as not met"),
        ("not_allowed", 1.0, 4.0, "N/A is not allowed here: counts as not met"),
    ],
)
def test_na_policy_per_question(policy: str, earned: float, possible: float, why: str) -> None:
    t = spec(
        section(
            "s", yes("q1"), yes("q2"),
            yes("tidy", weight=2.0, na_allowed=True, na_policy=policy, standards=("ST1",)),
        )
    )  # fmt: skip
    result = score_audit(t, {"q1": a(True), "q2": a(False), "tidy": a(na=True)})
    s = result.sections[0]
    assert (s.earned, s.possible) == (earned, possible)
    assert result.score == pytest.approx(100 * earned / possible)
    tidy = s.questions[2]
    assert tidy.status == "na" and tidy.why == why
    # a standard behind an N/A that counts is judged by it; one left out is not
    points = result.standard_points()
    if policy == "exclude":
        assert "ST1" not in points
    else:
        assert points["ST1"] == (2.0 if policy == "met" else 0.0, 2.0, 0 if policy == "met" else 1)


def test_too_much_na_makes_an_audit_not_scorable() -> None:
    questions = [yes(f"q{i}", na_allowed=True) for i in range(5)]
    t = spec(section("s", *questions, QuestionSpec("note", "text")), max_na_percent=40.0)
    two_na = {"q0": a(na=True), "q1": a(na=True), "q2": a(True), "q3": a(True), "q4": a(False)}
    result = score_audit(t, {**two_na, "note": a(na=True)})  # a text N/A does not count
    assert result.score == pytest.approx(100 * 2 / 3) and result.not_scorable == ""
    three_na = {**two_na, "q2": a(na=True)}
    result = score_audit(t, three_na)
    assert result.score is None and result.passed is None
    assert result.not_scorable == "3 of 5 answers are N/A (60 %); at most 40 % may be"
    assert result.to_json()["not_scorable"] == result.not_scorable
