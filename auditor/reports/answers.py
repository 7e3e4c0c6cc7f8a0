"""Answers as rows a person reads: question label, answer text, points; shared by the audit PDF,
the Answers sheet and the CSV export (streamed, one audit batch at a time)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.labels import pick_label
from auditor.reports.labels import label
from auditor.scoring.model import AuditScore
from auditor.services.audits import AuditFilter, apply_filter, joined
from auditor.services.scoring import TemplateCache, compute_audit_score
from auditor.services.templates import load_version
from auditor.store.models import (
    Answer,
    Audit,
    ChecklistTemplate,
    Location,
    Person,
    Question,
    TemplateVersion,
)

ANSWER_HEADERS = (
    "audit_id",
    "visited_at",
    "location",
    "shopper",
    "checklist",
    "section",
    "question",
    "standards",
    "answer",
    "earned",
    "possible",
    "na",
    "comment",
)


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


def format_answer(q: Question, value: Any, na: bool, lang: str) -> str:
    if na:
        return label("not_applicable", lang)
    if value is None or value == "" or value == []:
        return ""
    kind = q.kind.value
    if kind == "yes_no":
        return label("yes" if value is True else "no", lang)
    choices = {c.key: pick_label(c.label, lang) or c.key for c in q.choices}
    if kind in ("single_choice", "multiple_choice"):
        picked = value if isinstance(value, list) else [value]
        return ", ".join(choices.get(str(v), str(v)) for v in picked)
    if kind == "number" and q.target.get("unit"):
        return f"{value} {q.target['unit']}"
    if kind == "rating" and q.scale.get("max") is not None:
        return (
            f"{value} / {q.scale['max']:g}"
            if isinstance(q.scale["max"], float)
            else f"{value} / {q.scale['max']}"
        )
    return str(value)


def answer_lines(
    version: TemplateVersion, answers: dict[uuid.UUID, Answer], score: AuditScore, lang: str
) -> list[AnswerLine]:
    by_key = {q.key: q for s in score.sections for q in s.questions}
    lines = []
    for section in version.sections:
        title = pick_label(section.title, lang) or section.key
        for q in section.questions:
            a = answers.get(q.id)
            qs = by_key.get(q.key)
            scored = qs is not None and qs.status == "scored"
            lines.append(
                AnswerLine(
                    section=title,
                    question_key=q.key,
                    question=pick_label(q.label, lang) or q.key,
                    standards=", ".join(sorted(s.code for s in q.standards)),
                    answer=format_answer(q, a.value if a else None, bool(a and a.na), lang),
                    earned=qs.earned if scored and qs else None,
                    possible=qs.possible if scored and qs else None,
                    na=bool(a and a.na),
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
    """One row per question of every filtered audit (long format), audit by audit."""
    query = joined(
        select(
            Audit.id,
            Audit.visit_start,
            Location.name,
            Person.name,
            ChecklistTemplate.name,
            Audit.template_version_id,
        )
    ).order_by(Audit.visit_start, Audit.id)
    audits = session.execute(apply_filter(query, flt)).all()
    versions: dict[uuid.UUID, TemplateVersion] = {}
    cache = TemplateCache(session, lang)
    for start in range(0, len(audits), batch):
        chunk = audits[start : start + batch]
        ids = [row[0] for row in chunk]
        grouped: dict[uuid.UUID, dict[uuid.UUID, Answer]] = {i: {} for i in ids}
        for answer in session.scalars(select(Answer).where(Answer.audit_id.in_(ids))):
            grouped[answer.audit_id][answer.question_id] = answer
        for audit_id, visited, location, shopper, template, version_id in chunk:
            if version_id not in versions:
                versions[version_id] = load_version(session, version_id)
            score = compute_audit_score(session, audit_id, cache, answers=grouped[audit_id])
            for line in answer_lines(versions[version_id], grouped[audit_id], score, lang):
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


def visited_text(when: datetime | None) -> str:
    return "" if when is None else when.strftime("%Y-%m-%d %H:%M")
