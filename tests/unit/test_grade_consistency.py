"""A verdict never contradicts itself: "fail" never comes with a grade a passing audit can
have, and the shipped checklists' pass lines sit on a grade boundary."""

from __future__ import annotations

import json

import pytest

from auditor.paths import builtin_dir
from auditor.scoring.audit import score_audit
from auditor.scoring.model import (
    AnswerValue,
    GradeBand,
    QuestionSpec,
    SectionSpec,
    TemplateSpec,
    yields_verdict,
)

BANDS = (GradeBand(0, "Below standard"), GradeBand(70, "Quality service"),
         GradeBand(85, "Professional service"), GradeBand(95, "Excellent"))  # fmt: skip


def _checklist(
    pass_line: float, bands: tuple[GradeBand, ...], critical: bool = False
) -> TemplateSpec:
    questions = tuple(
        QuestionSpec(f"q{i}", "yes_no", critical=critical and i == 0, critical_scope="section")
        for i in range(20)
    )
    return TemplateSpec((SectionSpec("s", questions),), pass_line, bands)


def _answers(yes: int, first: bool = True) -> dict[str, AnswerValue]:
    """`yes` of the 20 questions answered yes (q0 among them when `first`)."""
    order = [f"q{i}" for i in range(20)] if first else [f"q{i}" for i in range(1, 20)] + ["q0"]
    return {key: AnswerValue(n < yes) for n, key in enumerate(order)}


def test_a_failed_audit_takes_no_band_a_passing_one_can_have() -> None:
    spec = _checklist(80.0, BANDS)  # the old defaults: "Quality service" from 70
    failed = score_audit(spec, _answers(15))  # 75 %
    assert (failed.score, failed.passed, failed.grade) == (75.0, False, "Below standard")
    passed = score_audit(spec, _answers(16))  # 80 %: the band that reaches the pass line
    assert (passed.passed, passed.grade) == (True, "Quality service")
    assert score_audit(spec, _answers(18)).grade == "Professional service"  # 90 %


def test_a_critical_failure_is_graded_below_the_pass_line() -> None:
    spec = _checklist(80.0, BANDS, critical=True)
    result = score_audit(spec, _answers(19, first=False))  # q0, the critical one, is "no"
    assert result.passed is False and result.critical_failed == ("q0",)
    assert result.grade == "Below standard"
    no_low_band = _checklist(80.0, (GradeBand(80, "Good"), GradeBand(95, "Excellent")), True)
    assert score_audit(no_low_band, _answers(19, first=False)).grade == ""


@pytest.mark.parametrize(
    "path", sorted((builtin_dir() / "checklists").glob("*.json")), ids=lambda p: p.stem
)
def test_shipped_pass_lines_sit_on_a_grade_boundary(path: object) -> None:
    doc = json.loads(path.read_text("utf-8"))  # type: ignore[attr-defined]
    if not yields_verdict(doc["kind"]) or not doc["grade_bands"]:
        return  # questionnaires have no verdict and no grade
    lows = sorted(float(b["min"]) for b in doc["grade_bands"])
    assert float(doc["pass_threshold"]) in lows, (
        f"a band straddles the pass line {doc['pass_threshold']}: {lows}"
    )
