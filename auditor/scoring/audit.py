"""Audit scores: earned over possible points, N/A out of both, knock-outs, pass and grade.

Rules, in the words a quality manager would use:
- A question earns weight x fraction: yes 1, no 0; a rating (v - min) / (max - min); a choice
  its points over the best choice's points; several choices their points over all positive
  points (at most 1); a number with a target full points inside the target, falling linearly
  to nothing at the `zero` bound (or nothing at once without one).
- Unanswered and not-relevant questions leave both earned and possible points; N/A does too
  unless the question's N/A policy says otherwise: counts as met (full points), counts as not
  met (none), or not allowed (refused on submit, scored as not met). A template may set how
  much of an audit may be N/A (`max_na_percent`): past it the audit is "not scorable".
- A section's score is its earned over its possible points. The audit's score is the mean of
  the section scores weighted by section weight (sections with nothing scorable drop out).
- A critical question that is not fully met zeroes its section, or the whole audit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from math import fsum, inf
from typing import Any

from auditor.errors import AuditorError
from auditor.expressions import Expression, ExpressionError, RuleLimitError, parse
from auditor.scoring.model import (
    AnswerValue,
    AuditScore,
    QuestionScore,
    QuestionSpec,
    SectionScore,
    SectionSpec,
    TemplateSpec,
)
from auditor.scoring.shared import AnswerPool, SharedAnswer

UNSCORED_KINDS = {
    "text", "note", "photo", "file", "date", "datetime", "time_of_day", "duration", "location",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _rule(source: str) -> Expression | None:
    try:
        # patterns are checked on import; one stored before that matches nothing (`regex`)
        return parse(source, check_patterns=False)
    except ExpressionError:
        return None  # templates are validated on import; a broken rule shows the question


def is_relevant(rule: str, values: Mapping[str, Any], where: str = "") -> bool:
    """Whether the question or section `where` is shown; a rule that goes past a limit of
    `auditor.expressions` on these answers is an AuditorError naming it, never a hang."""
    if not rule:
        return True
    expression = _rule(rule)
    if expression is None:
        return True
    try:
        return expression.is_true(values)
    except RuleLimitError as exc:
        raise AuditorError(
            "the relevant rule of '{where}' cannot be evaluated: {exc}",
            where=where,
            exc=exc.phrase,
            field=f"{where}.relevant",
        ) from exc


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _fmt(value: float) -> str:
    return f"{value:g}"


def _number_fraction(target: dict[str, Any], value: float) -> float:
    full = float(target["full"])
    zero = target.get("zero")
    if target["direction"] == "max":
        if value <= full:
            return 1.0
        if zero is None or value >= float(zero):
            return 0.0
        return (float(zero) - value) / (float(zero) - full)
    if value >= full:
        return 1.0
    if zero is None or value <= float(zero):
        return 0.0
    return (value - float(zero)) / (full - float(zero))


def question_fraction(q: QuestionSpec, value: Any) -> tuple[float | None, str]:
    """The share of the question's points an answer earns, and why (None: not scored)."""
    kind = q.kind
    if kind == "yes_no":
        yes = value is True or (isinstance(value, str) and value.lower() in ("yes", "true"))
        return (1.0, "yes") if yes else (0.0, "no")
    if kind == "rating":
        low = q.scale_min if q.scale_min is not None else 1.0
        high = q.scale_max if q.scale_max is not None else 5.0
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None, f"'{value}' is not a number on the scale"
        fraction = min(1.0, max(0.0, (number - low) / (high - low))) if high > low else None
        return fraction, f"{_fmt(number)} on {_fmt(low)}-{_fmt(high)}"
    if kind == "single_choice":
        points = [p for p in q.choice_points.values() if p is not None]
        best = max(points, default=0.0)
        earned = q.choice_points.get(str(value))
        if earned is None or best <= 0:
            return None, f"'{value}' carries no points"
        return max(0.0, earned / best), f"'{value}': {_fmt(earned)} of {_fmt(best)} points"
    if kind == "multiple_choice":
        picked = value if isinstance(value, list) else [value]
        total = sum(p for p in q.choice_points.values() if p is not None and p > 0)
        if total <= 0:
            return None, "choices carry no points"
        earned = sum(q.choice_points.get(str(v)) or 0.0 for v in picked)
        fraction = min(1.0, max(0.0, earned / total))
        return fraction, f"{', '.join(map(str, picked))}: {_fmt(earned)} of {_fmt(total)} points"
    if kind == "number":
        if not q.target:
            return None, "number without a target"
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None, f"'{value}' is not a number"
        fraction = _number_fraction(q.target, number)
        sign = "<=" if q.target["direction"] == "max" else ">="
        unit = f" {q.target['unit']}" if q.target.get("unit") else ""
        bound = f", none beyond {_fmt(float(q.target['zero']))}" if "zero" in q.target else ""
        return (
            fraction,
            f"{_fmt(number)}{unit}: target {sign} {_fmt(float(q.target['full']))}{bound}",
        )
    return None, "not scored"


def is_met(kind: str, fraction: float) -> bool:
    """Whether the standard behind a question was kept: a rating (or a set of choices) at or
    above half its points, anything else only with full points (a "no", a wait past target)."""
    if kind in ("rating", "multiple_choice"):
        return fraction >= 0.5
    return fraction >= 1.0 - 1e-9


def _score_question(q: QuestionSpec, answer: AnswerValue | None, relevant: bool) -> QuestionScore:
    if not relevant:
        return QuestionScore(q.key, "not_relevant", 0.0, 0.0, "hidden by its relevance rule",
                             False, q.standards)  # fmt: skip
    if answer is not None and answer.na:
        return _score_na(q)
    if answer is None or _is_empty(answer.value):
        return QuestionScore(q.key, "unanswered", 0.0, 0.0, "no answer", False, q.standards)
    if q.kind in UNSCORED_KINDS or q.weight <= 0:
        why = "not scored" if q.weight > 0 else "weight 0"
        return QuestionScore(q.key, "not_scored", 0.0, 0.0, why, False, q.standards)
    fraction, why = question_fraction(q, answer.value)
    if fraction is None:
        return QuestionScore(q.key, "not_scored", 0.0, 0.0, why, False, q.standards)
    failed = q.critical and fraction < 1.0
    if failed:
        why += f"; critical: fails the {q.critical_scope}"
    return QuestionScore(
        q.key, "scored", q.weight * fraction, q.weight, why, failed, q.standards,
        is_met(q.kind, fraction),
    )  # fmt: skip


NA_WHY = {
    "exclude": "N/A: left out of the score",
    "met": "N/A: counts as met",
    "not_met": "N/A: counts as not met",
    "not_allowed": "N/A is not allowed here: counts as not met",
}


def _score_na(q: QuestionSpec) -> QuestionScore:
    policy = q.na_policy if q.na_policy in NA_WHY else "exclude"
    if policy == "exclude" or q.kind in UNSCORED_KINDS or q.weight <= 0:
        return QuestionScore(q.key, "na", 0.0, 0.0, NA_WHY["exclude"], False, q.standards)
    earned = q.weight if policy == "met" else 0.0
    return QuestionScore(
        q.key, "na", earned, q.weight, NA_WHY[policy], False, q.standards, policy == "met"
    )


def _na_share(spec: TemplateSpec, sections: tuple[SectionScore, ...]) -> tuple[int, int]:
    """(N/A answers, N/A plus scored answers) over the scorable questions shown."""
    na = scored = 0
    for section_spec, section in zip(spec.sections, sections, strict=True):
        for q_spec, q in zip(section_spec.questions, section.questions, strict=True):
            if q_spec.kind in UNSCORED_KINDS or q_spec.weight <= 0:
                continue
            if q.status == "na":
                na += 1
            elif q.status == "scored":
                scored += 1
    return na, na + scored


def plain_values(answers: Mapping[str, AnswerValue]) -> dict[str, Any]:
    """Answer values as relevance rules read them (N/A reads as empty)."""
    return {k: (None if a.na else a.value) for k, a in answers.items()}


class ScoreMemo:
    """Scores already worked out for one template spec, shared by the audits of a batch.

    A question's score depends only on the question, the answer and whether it is shown, and
    answers repeat endlessly (yes, no, 1..5), so each distinct answer is scored once. Where the
    spec has no relevance rules a whole section depends only on its answers, so sections whose
    answers are all shared ones (`AnswerPool`) are remembered by those answers' identities.
    """

    LIMIT = 200_000  # free numbers and texts: start over rather than grow without end
    SECTION_LIMIT = 20_000  # a section score holds all its question scores: keep fewer

    def __init__(self) -> None:
        self._scores: dict[tuple[Any, ...], QuestionScore] = {}
        self._sections: dict[tuple[int, tuple[AnswerValue | None, ...]], _SectionResult] = {}
        self.answers = AnswerPool()

    def score(self, q: QuestionSpec, answer: AnswerValue | None, relevant: bool) -> QuestionScore:
        # the value's type is part of the key: True and 1 are equal but score differently
        key = (q.key, relevant) if answer is None else (
            q.key, relevant, answer.na, answer.value.__class__, answer.value
        )  # fmt: skip
        try:
            return self._scores[key]
        except KeyError:
            result = self._scores[key] = _score_question(q, answer, relevant)
            if len(self._scores) > self.LIMIT:
                self._scores.clear()
            return result
        except TypeError:  # unhashable answer value
            return _score_question(q, answer, relevant)

    def section(
        self, index: int, section: SectionSpec, answers: Mapping[str, AnswerValue]
    ) -> _SectionResult:
        """A section of a spec without relevance rules, from memory when its answers were seen."""
        given = tuple(map(answers.get, section.keys))
        key = (index, given)
        found = self._sections.get(key)
        if found is not None:
            return found
        result = _score_section(section, True, answers, {}, self.score)
        # only shared answers compare by identity; a plain answer's equality mistakes 1 for True
        if all(a is None or a.__class__ is SharedAnswer for a in given):
            if len(self._sections) >= self.SECTION_LIMIT:
                self._sections.clear()
            self._sections[key] = result
        return result


QuestionScorer = Callable[[QuestionSpec, AnswerValue | None, bool], QuestionScore]


@dataclass(frozen=True)
class _SectionResult:
    score: SectionScore
    missing: tuple[str, ...]  # required questions left unanswered
    knocks_out: bool  # a failed critical question fails the whole audit


def _score_section(
    section: SectionSpec,
    section_relevant: bool,
    answers: Mapping[str, AnswerValue],
    values: Mapping[str, Any],
    score_question: QuestionScorer,
) -> _SectionResult:
    get = answers.get
    scored = []
    failed_specs = []
    missing = []
    for q in section.questions:
        relevant = section_relevant and (not q.relevance or is_relevant(q.relevance, values, q.key))
        q_score = score_question(q, get(q.key), relevant)
        scored.append(q_score)
        if q_score.critical_failed:
            failed_specs.append(q)
        elif q_score.status == "unanswered" and q.required and q.kind != "note":
            missing.append(q.key)
    earned = fsum([s.earned for s in scored])
    possible = fsum([s.possible for s in scored])
    if any(q.critical_scope == "section" for q in failed_specs):
        earned = 0.0
    score = SectionScore(
        section.key,
        section.weight,
        earned,
        possible,
        _percent(earned, possible),
        tuple(q.key for q in failed_specs),
        tuple(scored),
        section_relevant,
    )
    knocks_out = any(q.critical_scope == "audit" for q in failed_specs)
    return _SectionResult(score, tuple(missing), knocks_out)


def score_audit(
    spec: TemplateSpec, answers: Mapping[str, AnswerValue], memo: ScoreMemo | None = None
) -> AuditScore:
    """Score one audit; pass the same `memo` when scoring many audits of one spec."""
    if memo is not None and not spec.has_rules:
        results = [memo.section(i, s, answers) for i, s in enumerate(spec.sections)]
    else:
        values = plain_values(answers) if spec.has_rules else {}
        score_question = memo.score if memo is not None else _score_question
        results = [
            _score_section(
                s, is_relevant(s.relevance, values, s.key), answers, values, score_question
            )
            for s in spec.sections
        ]
    sections = tuple(r.score for r in results)
    knocked_out = any(r.knocks_out for r in results)
    counted = [s for s in sections if s.possible > 0 and s.weight > 0]
    possible = fsum(s.weight for s in counted)
    earned = fsum(s.weight * s.earned / s.possible for s in counted)
    if knocked_out:
        earned = 0.0
    score = _percent(earned, possible)
    not_scorable = ""
    if spec.max_na_percent is not None:
        na, answered = _na_share(spec, sections)
        if answered and 100.0 * na / answered > spec.max_na_percent:
            share = 100.0 * na / answered
            not_scorable = (
                f"{na} of {answered} answers are N/A ({share:.0f} %); at most "
                f"{spec.max_na_percent:g} % may be"
            )
            score = None
    passed = None if score is None else (score >= spec.pass_threshold and not knocked_out)
    return AuditScore(
        score=score,
        earned=earned,
        possible=possible,
        passed=passed if spec.verdict else None,
        grade=grade_for(spec, score, passed) if spec.verdict else "",
        critical_failed=tuple(k for s in sections for k in s.critical_failed),
        audit_knocked_out=knocked_out,
        missing_required=tuple(k for r in results for k in r.missing),
        sections=sections,
        not_scorable=not_scorable,
    )


def _percent(earned: float, possible: float) -> float | None:
    """Earned over possible in percent; float noise never takes it past 0..100."""
    if possible <= 0:
        return None
    return min(100.0, max(0.0, 100.0 * earned / possible))


def grade_for(spec: TemplateSpec, score: float | None, passed: bool | None = None) -> str:
    """The grade band the score falls in. A failed audit (below the pass line, or a critical
    failure) only takes a band that lies wholly below the pass line, so "fail" never comes
    with a grade a passing audit can have: with a band from 70 and a pass line of 80, a 75
    is graded by the band below 70 (or not at all when there is none)."""
    if score is None:
        return ""
    bands = sorted(spec.grade_bands, key=lambda b: b.min)
    label = ""
    for index, band in enumerate(bands):
        if score < band.min:
            break
        upper = bands[index + 1].min if index + 1 < len(bands) else inf
        if passed is False and upper > spec.pass_threshold:
            break
        label = band.label
    return label
