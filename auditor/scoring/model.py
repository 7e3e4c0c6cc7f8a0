"""Plain values the scoring engine works on: no ORM rows, no Qt, just frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# What an N/A answer does to the score, as rubric engines offer it.
NA_POLICIES = ("exclude", "met", "not_met", "not_allowed")


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    kind: str
    weight: float = 1.0
    critical: bool = False
    critical_scope: str = "section"  # or "audit"
    na_allowed: bool = False
    # exclude: N/A leaves both sides (the default); met: full points; not_met: no points;
    # not_allowed: N/A is refused when the audit is submitted and scores as not met
    na_policy: str = "exclude"
    required: bool = True
    relevance: str = ""
    choice_points: dict[str, float | None] = field(default_factory=dict)
    scale_min: float | None = None
    scale_max: float | None = None
    target: dict[str, Any] = field(default_factory=dict)
    standards: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionSpec:
    key: str
    questions: tuple[QuestionSpec, ...]
    weight: float = 1.0
    relevance: str = ""

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)


@dataclass(frozen=True)
class GradeBand:
    min: float
    label: str


# Checklist kinds that are questionnaires, not audits: they yield their measures (NPS, CSAT,
# CES, SERVQUAL gaps, maturity) and a score, but never a pass/fail or a grade.
QUESTIONNAIRE_KINDS = frozenset({"survey", "servqual", "self_assessment", "diary"})


def yields_verdict(kind: str) -> bool:
    return kind not in QUESTIONNAIRE_KINDS


@dataclass(frozen=True)
class TemplateSpec:
    sections: tuple[SectionSpec, ...]
    pass_threshold: float = 80.0
    grade_bands: tuple[GradeBand, ...] = ()
    verdict: bool = True  # pass/fail and grade; False for questionnaires
    # at most this percent of the scorable questions may be N/A, else "not scorable"
    max_na_percent: float | None = None

    @cached_property
    def has_rules(self) -> bool:
        """Whether any section or question has a relevance rule (else answers are not read)."""
        return any(s.relevance or any(q.relevance for q in s.questions) for s in self.sections)


@dataclass(frozen=True)
class AnswerValue:
    value: Any = None
    na: bool = False


@dataclass(frozen=True)
class QuestionScore:
    key: str
    status: str  # scored, na, unanswered, not_relevant, not_scored
    earned: float
    possible: float
    why: str
    critical_failed: bool = False
    standards: tuple[str, ...] = ()
    met: bool | None = None  # the standard behind it was kept (None: not scored)

    @property
    def fraction(self) -> float | None:
        return self.earned / self.possible if self.possible > 0 else None


@dataclass(frozen=True)
class SectionScore:
    key: str
    weight: float
    earned: float
    possible: float
    score: float | None  # percent, None when nothing in it was scorable
    critical_failed: tuple[str, ...]
    questions: tuple[QuestionScore, ...]
    relevant: bool = True

    @cached_property
    def standard_points(self) -> dict[str, tuple[float, float, int]]:
        """Per linked standard code: earned and possible points, and questions not met.

        Cached, like `summary`: a batch shares one section score among every audit that
        answered the section alike, so each is worked out once."""
        totals: dict[str, list[float]] = {}
        for q in self.questions:
            if q.possible <= 0:  # scored, or N/A counted as met or not met
                continue
            for code in q.standards:
                entry = totals.setdefault(code, [0.0, 0.0, 0])
                entry[0] += q.earned
                entry[1] += q.possible
                entry[2] += q.met is False
        return {code: (e, p, int(f)) for code, (e, p, f) in totals.items()}

    @cached_property
    def summary(self) -> dict[str, Any]:
        """The section without its questions, as JSON reads it (copy before changing it)."""
        return {
            "name": self.key,
            "weight": self.weight,
            "score": _round(self.score),
            "earned": _round(self.earned),
            "possible": _round(self.possible),
            "relevant": self.relevant,
            "critical_failed": list(self.critical_failed),
        }


@dataclass(frozen=True)
class AuditScore:
    """The score with its whole explanation (section -> question: earned, possible, why)."""

    score: float | None
    earned: float
    possible: float
    passed: bool | None
    grade: str
    critical_failed: tuple[str, ...]
    audit_knocked_out: bool
    missing_required: tuple[str, ...]
    sections: tuple[SectionScore, ...]
    not_scorable: str = ""  # why the audit has no score though questions were answered

    def standard_points(self) -> dict[str, tuple[float, float, int]]:
        """Per linked standard code: earned and possible points, and questions not met."""
        totals: dict[str, list[float]] = {}
        for section in self.sections:
            for code, (e, p, f) in section.standard_points.items():
                entry = totals.setdefault(code, [0.0, 0.0, 0])
                entry[0] += e
                entry[1] += p
                entry[2] += f
        return {code: (e, p, int(f)) for code, (e, p, f) in totals.items()}

    def to_json(self, questions: bool = True) -> dict[str, Any]:
        """The whole breakdown; without `questions` just the sections (what caches keep)."""
        sections = []
        for s in self.sections:
            section = {**s.summary, "critical_failed": list(s.critical_failed)}
            if questions:
                section["questions"] = [
                    {
                        "name": q.key,
                        "status": q.status,
                        "earned": _round(q.earned),
                        "possible": _round(q.possible),
                        "why": q.why,
                        "critical_failed": q.critical_failed,
                        "met": q.met,
                        "standards": list(q.standards),
                    }
                    for q in s.questions
                ]
            sections.append(section)
        return {
            "score": _round(self.score),
            "earned": _round(self.earned),
            "possible": _round(self.possible),
            "passed": self.passed,
            "grade": self.grade,
            "critical_failed": list(self.critical_failed),
            "audit_knocked_out": self.audit_knocked_out,
            "missing_required": list(self.missing_required),
            "not_scorable": self.not_scorable,
            "sections": sections,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
