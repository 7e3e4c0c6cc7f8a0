"""Properties every audit score must keep, whatever the checklist and the answers."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring.audit import ScoreMemo, score_audit
from auditor.scoring.model import AnswerValue, QuestionSpec, SectionSpec, TemplateSpec
from auditor.scoring.shared import AnswerPool

weights = st.floats(min_value=0.0, max_value=10.0, allow_nan=False).map(lambda w: round(w, 3))


@st.composite
def question(draw: st.DrawFn, key: str) -> QuestionSpec:
    kind = draw(st.sampled_from(["yes_no", "rating", "single_choice", "number"]))
    common = {
        "key": key,
        "kind": kind,
        "weight": draw(weights),
        "critical": draw(st.booleans()) and draw(st.booleans()),
        "critical_scope": draw(st.sampled_from(["section", "audit"])),
        "na_allowed": True,
        "required": draw(st.booleans()),
    }
    if kind == "rating":
        return QuestionSpec(**common, scale_min=1, scale_max=draw(st.sampled_from([5, 7, 10])))
    if kind == "single_choice":
        return QuestionSpec(**common, choice_points={"a": 0, "b": 1, "c": 3})
    if kind == "number":
        return QuestionSpec(**common, target={"direction": "max", "full": 60, "zero": 200})
    return QuestionSpec(**common)


def answer_for(q: QuestionSpec) -> st.SearchStrategy[AnswerValue | None]:
    if q.kind == "rating":
        value: st.SearchStrategy[object] = st.integers(1, int(q.scale_max or 5))
    elif q.kind == "single_choice":
        value = st.sampled_from(["a", "b", "c"])
    elif q.kind == "number":
        value = st.integers(0, 400)
    else:
        value = st.booleans()
    return st.one_of(
        st.none(),
        st.just(AnswerValue(None, True)),
        value.map(lambda v: AnswerValue(v, False)),
    )


@st.composite
def filled_audit(draw: st.DrawFn) -> tuple[TemplateSpec, dict[str, AnswerValue]]:
    sections = []
    answers: dict[str, AnswerValue] = {}
    for s in range(draw(st.integers(1, 4))):
        qs = [draw(question(f"s{s}q{i}")) for i in range(draw(st.integers(1, 6)))]
        sections.append(SectionSpec(f"s{s}", tuple(qs), draw(weights)))
        for q in qs:
            ans = draw(answer_for(q))
            if ans is not None:
                answers[q.key] = ans
    return TemplateSpec(tuple(sections)), answers


def _scaled(spec: TemplateSpec, factor: float) -> TemplateSpec:
    return TemplateSpec(
        tuple(
            dataclasses.replace(
                s,
                weight=s.weight * factor,
                questions=tuple(
                    dataclasses.replace(q, weight=q.weight * factor) for q in s.questions
                ),
            )
            for s in spec.sections
        )
    )


@settings(max_examples=300, deadline=None)
@given(filled_audit())
def test_score_is_within_0_and_100_or_none(
    case: tuple[TemplateSpec, dict[str, AnswerValue]],
) -> None:
    spec, answers = case
    result = score_audit(spec, answers)
    assert result.score is None or 0.0 <= result.score <= 100.0
    for section in result.sections:
        assert section.score is None or 0.0 <= section.score <= 100.0
    if result.score is None:
        assert result.passed is None


@settings(max_examples=200, deadline=None)
@given(filled_audit(), st.sampled_from([0.5, 3.0, 17.0, 1000.0]))
def test_scaling_all_weights_changes_nothing(
    case: tuple[TemplateSpec, dict[str, AnswerValue]], factor: float
) -> None:
    spec, answers = case
    before = score_audit(spec, answers)
    after = score_audit(_scaled(spec, factor), answers)
    if before.score is None:
        assert after.score is None
    else:
        assert after.score == pytest.approx(before.score, abs=1e-9)
    assert after.critical_failed == before.critical_failed


@settings(max_examples=200, deadline=None)
@given(filled_audit(), st.randoms(use_true_random=False))
def test_question_and_section_order_changes_nothing(
    case: tuple[TemplateSpec, dict[str, AnswerValue]], rnd: random.Random
) -> None:
    spec, answers = case
    shuffled_sections = list(spec.sections)
    rnd.shuffle(shuffled_sections)
    shuffled = TemplateSpec(
        tuple(
            dataclasses.replace(s, questions=tuple(rnd.sample(s.questions, len(s.questions))))
            for s in shuffled_sections
        )
    )
    before = score_audit(spec, answers)
    after = score_audit(shuffled, answers)
    if before.score is None:
        assert after.score is None
    else:
        assert after.score == pytest.approx(before.score, abs=1e-9)
    assert sorted(after.critical_failed) == sorted(before.critical_failed)


@settings(max_examples=200, deadline=None)
@given(filled_audit(), st.data())
def test_marking_na_equals_deleting_the_question(
    case: tuple[TemplateSpec, dict[str, AnswerValue]], data: st.DataObject
) -> None:
    spec, answers = case
    keys = [q.key for s in spec.sections for q in s.questions]
    target = data.draw(st.sampled_from(keys))
    with_na = score_audit(spec, {**answers, target: AnswerValue(None, True)})
    without = TemplateSpec(
        tuple(
            dataclasses.replace(s, questions=tuple(q for q in s.questions if q.key != target))
            for s in spec.sections
        )
    )
    deleted = score_audit(without, {k: v for k, v in answers.items() if k != target})
    if with_na.score is None:
        assert deleted.score is None
    else:
        assert deleted.score == pytest.approx(with_na.score, abs=1e-9)
    assert with_na.critical_failed == deleted.critical_failed


@settings(max_examples=150, deadline=None)
@given(filled_audit(), st.lists(st.randoms(use_true_random=False), min_size=1, max_size=6))
def test_a_shared_memo_scores_exactly_like_fresh_scoring(
    case: tuple[TemplateSpec, dict[str, AnswerValue]], shufflers: list[random.Random]
) -> None:
    """A recompute scores thousands of audits of one spec with one ScoreMemo; every audit
    must come out as if scored alone, including values that are equal but not alike (1, True)."""
    spec, answers = case
    memo = ScoreMemo()
    audits = [answers]
    for rnd in shufflers:  # other audits of the same spec: answers swapped between questions
        values = list(answers.values())
        rnd.shuffle(values)
        audits.append(dict(zip(answers, values, strict=True)))
    audits.append(
        {k: AnswerValue(1 if v.value is True else v.value, v.na) for k, v in answers.items()}
    )
    pool = AnswerPool()  # a recompute hands out shared answers: sections are remembered too
    shared = [{k: pool.get(v.value, v.na) for k, v in audit.items()} for audit in audits]
    tiny = ScoreMemo()  # one that fills up and starts over all the time
    tiny.LIMIT, tiny.SECTION_LIMIT = 3, 2
    for audit in audits + shared + audits[::-1] + shared[::-1]:
        fresh = score_audit(spec, audit)
        assert score_audit(spec, audit, memo) == fresh
        assert score_audit(spec, audit, tiny) == fresh
