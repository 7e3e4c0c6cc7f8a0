"""Answers as rows a person reads: question label, answer text, points; shared by the audit PDF,
the Answers sheet and the CSV export (streamed, one audit batch at a time)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.geo import location_text
from auditor.labels import pick_label
from auditor.locale_formats import date_text, datetime_text
from auditor.reports.labels import label
from auditor.scoring.model import AuditScore
from auditor.services.audits import AuditFilter, apply_filter, counting, joined
from auditor.services.scoring import TemplateCache, score_answers
from auditor.services.templates import load_version
from auditor.store.models import (
    Answer,
    Audit,
    Location,
    Person,
    Question,
    TemplateVersion,
)

# the columns of the answers table, as label keys (auditor.reports.labels)
ANSWER_HEADERS = (
    "audit_id",
    "visit",
    "location",
    "shopper",
    "checklist",
    "section",
    "question",
    "standards",
    "answer",
    "earned",
    "possible",
    "not_applicable",
    "comment",
)
UNITS = {"s": "unit_s", "min": "unit_min", "h": "unit_h", "rings": "unit_rings"}


@dataclass(frozen=True)
class AnswerLine:
    section: str
    question_key: str
    question: str
    standards: str
    answer: str
    earned: float | None
    possible: float | None
    na: bool
    comment: str
    status: str
    why: str
    critical: bool
    critical_failed: bool


class StoredAnswer(Protocol):
    """What a report reads of an answer: an ORM row or a plain tuple of its columns."""

    @property
    def value(self) -> Any: ...
    @property
    def na(self) -> bool: ...
    @property
    def comment(self) -> str: ...


class AnswerColumns(NamedTuple):
    value: Any
    na: bool
    comment: str


@dataclass(frozen=True)
class QuestionText:
    """The parts of an answer line that depend only on the checklist version and language."""

    section: str
    question: Question
    label: str
    standards: str
    choices: dict[str, str]


def question_texts(version: TemplateVersion, lang: str) -> list[QuestionText]:
    texts = []
    for section in version.sections:
        title = pick_label(section.title, lang) or section.key
        for q in section.questions:
            texts.append(
                QuestionText(
                    section=title,
                    question=q,
                    label=pick_label(q.label, lang) or q.key,
                    standards=", ".join(sorted(s.code for s in q.standards)),
                    choices={c.key: pick_label(c.label, lang) or c.key for c in q.choices},
                )
            )
    return texts


class ReportVersions:
    """Checklist versions a batch of reports reads: loaded, compiled and worded once per
    version instead of once per audit (a batch of 1,000 audit PDFs shares a handful)."""

    def __init__(self, session: Session, lang: str) -> None:
        self.session = session
        self.lang = lang
        self.compiled = TemplateCache(session, lang)
        self._versions: dict[uuid.UUID, tuple[TemplateVersion, list[QuestionText]]] = {}

    def get(self, version_id: uuid.UUID) -> tuple[TemplateVersion, list[QuestionText]]:
        if version_id not in self._versions:
            version = load_version(self.session, version_id)
            self.compiled.prime(version)
            self._versions[version_id] = (version, question_texts(version, self.lang))
        return self._versions[version_id]

    def score(self, version_id: uuid.UUID, answers: Mapping[uuid.UUID, StoredAnswer]) -> AuditScore:
        rows = [(qid, a.value, a.na) for qid, a in answers.items()]
        return score_answers(self.compiled.get(version_id), rows, memo=True)


def format_answer(text: QuestionText, value: Any, na: bool, lang: str) -> str:
    if na:
        return label("not_applicable", lang)
    if value is None or value == "" or value == []:
        return ""
    q = text.question
    kind = q.kind.value
    if kind == "yes_no":
        return label("yes" if value is True else "no", lang)
    if kind in ("single_choice", "multiple_choice"):
        picked = value if isinstance(value, list) else [value]
        return ", ".join(text.choices.get(str(v), str(v)) for v in picked)
    if kind == "number" and q.target.get("unit"):
        unit = str(q.target["unit"])
        return f"{value}{unit}" if unit == "%" else f"{value} {unit_text(unit, lang)}"
    if kind == "duration":
        return duration_text(value, lang)
    if kind == "location":
        return location_text(value)
    if kind in ("date", "datetime"):
        return _moment_text(value, kind, lang)
    if kind == "rating" and q.scale.get("max") is not None:
        return (
            f"{value} / {q.scale['max']:g}"
            if isinstance(q.scale["max"], float)
            else f"{value} / {q.scale['max']}"
        )
    return str(value)


def unit_text(unit: str, lang: str) -> str:
    """A checklist's unit in the report's language (s, min, h); other units as written."""
    return label(UNITS[unit], lang) if unit in UNITS else unit


def duration_text(value: Any, lang: str) -> str:
    """A length in seconds as minutes and seconds: 1024 -> 17 min 4 s."""
    try:
        total = round(float(value))
    except (TypeError, ValueError):
        return str(value)
    minutes, seconds = divmod(abs(total), 60)
    sign = "-" if total < 0 else ""
    if not minutes:
        return sign + label("duration_seconds", lang).format(seconds=seconds)
    return sign + label("duration", lang).format(minutes=minutes, seconds=seconds)


def _moment_text(value: Any, kind: str, lang: str) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return date_text(moment.date(), lang) if kind == "date" else datetime_text(moment, lang)


def answer_lines(
    texts: list[QuestionText],
    answers: Mapping[uuid.UUID, StoredAnswer],
    score: AuditScore,
    lang: str,
) -> list[AnswerLine]:
    by_key = {q.key: q for s in score.sections for q in s.questions}
    lines = []
    for text in texts:
        q = text.question
        a = answers.get(q.id)
        qs = by_key.get(q.key)
        scored = qs is not None and qs.status == "scored"
        na = bool(a and a.na)
        lines.append(
            AnswerLine(
                section=text.section,
                question_key=q.key,
                question=text.label,
                standards=text.standards,
                answer=format_answer(text, a.value if a else None, na, lang),
                earned=qs.earned if scored and qs else None,
                possible=qs.possible if scored and qs else None,
                na=na,
                comment=a.comment if a else "",
                status=qs.status if qs else "",
                why=qs.why if qs else "",
                critical=q.critical,
                critical_failed=bool(qs and qs.critical_failed),
            )
        )
    return lines


def iter_answer_rows(
    session: Session, flt: AuditFilter, lang: str = "en", batch: int = 200
) -> Iterator[tuple[Any, ...]]:
    """One row per question of every filtered audit (long format), audit by audit; the
    checklist by its title in `lang`."""
    query = joined(
        select(
            Audit.id,
            Audit.visit_start,
            Location.name,
            Person.name,
            Audit.template_version_id,
        )
    ).order_by(Audit.visit_start, Audit.id)
    audits = session.execute(apply_filter(query, counting(flt))).all()
    versions = ReportVersions(session, lang)
    for start in range(0, len(audits), batch):
        chunk = audits[start : start + batch]
        ids = [row[0] for row in chunk]
        grouped: dict[uuid.UUID, dict[uuid.UUID, AnswerColumns]] = {i: {} for i in ids}
        for audit_id, question_id, value, na, comment in session.execute(
            select(
                Answer.audit_id, Answer.question_id, Answer.value, Answer.na, Answer.comment
            ).where(Answer.audit_id.in_(ids))
        ):
            grouped[audit_id][question_id] = AnswerColumns(value, na, comment)
        for audit_id, visited, location, shopper, version_id in chunk:
            version, texts = versions.get(version_id)
            template = pick_label(version.title, lang) or version.template.name
            answers = grouped[audit_id]
            score = versions.score(version_id, answers)
            for line in answer_lines(texts, answers, score, lang):
                yield (
                    str(audit_id),
                    visited,
                    location,
                    shopper,
                    template,
                    line.section,
                    line.question,
                    line.standards,
                    line.answer,
                    line.earned,
                    line.possible,
                    line.na,
                    line.comment,
                )
        session.expunge_all()  # flat memory however many audits stream through


def visited_text(when: datetime | None, lang: str = "en") -> str:
    """A moment as the report's language writes it (in the viewer's time zone)."""
    return "" if when is None else datetime_text(when, lang)
