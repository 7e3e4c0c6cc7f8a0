"""The checklist library as the Checklists page shows it: every checklist with its versions
and how many audits use each, a version as its JSON document (what the editor edits and
saves as a new version), a preview of a document as the shopper's form, a rule checked as
it is typed, and the difference of two versions line by line."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from auditor.errors import Phrase
from auditor.expressions import ExpressionError, parse
from auditor.labels import pick_label
from auditor.services.capture import ChoiceView, QuestionView, SectionView
from auditor.services.templates import template_document
from auditor.store.models import Audit, ChecklistTemplate, Question, Section
from auditor.store.models import TemplateVersion as Version


@dataclass(frozen=True)
class VersionRow:
    number: int
    created_at: datetime
    questions: int
    audits: int


@dataclass(frozen=True)
class ChecklistRow:
    name: str
    title: str
    kind: str
    builtin: bool
    versions: tuple[VersionRow, ...]  # oldest first

    @property
    def latest(self) -> VersionRow:
        return self.versions[-1]


def library(session: Session, language: str = "en") -> list[ChecklistRow]:
    questions = dict(
        session.execute(
            select(Section.template_version_id, func.count(Question.id))
            .join(Question, Question.section_id == Section.id)
            .group_by(Section.template_version_id)
        ).all()
    )
    audits = dict(
        session.execute(
            select(Audit.template_version_id, func.count(Audit.id)).group_by(
                Audit.template_version_id
            )
        ).all()
    )
    rows: dict[str, dict[str, Any]] = {}
    for name, builtin, version in session.execute(
        select(ChecklistTemplate.name, ChecklistTemplate.builtin, Version)
        .join(Version, Version.template_id == ChecklistTemplate.id)
        .order_by(ChecklistTemplate.name, Version.version)
    ):
        row = rows.setdefault(name, {"builtin": builtin, "versions": []})
        row["title"] = pick_label(version.title, language)
        row["kind"] = version.kind
        row["versions"].append(
            VersionRow(version.version, version.created_at, questions.get(version.id, 0),
                       audits.get(version.id, 0))
        )  # fmt: skip
    out = [
        ChecklistRow(name, r["title"], r["kind"], r["builtin"], tuple(r["versions"]))
        for name, r in rows.items()
    ]
    return sorted(out, key=lambda r: r.title.casefold())


def version_document(session: Session, name: str, number: int | None = None) -> dict[str, Any]:
    from auditor.services.template_files import find_version  # openpyxl loads when used

    return template_document(find_version(session, name, number))


def rule_problem(source: str, known: set[str]) -> Phrase | str:
    """Why a relevance or constraint rule cannot be used (to be translated where shown), or
    "" when it can."""
    if not source.strip():
        return ""
    try:
        refs = parse(source).references
    except ExpressionError as exc:
        return exc.phrase
    unknown = sorted(refs - known)
    if unknown:
        names = ", ".join(f"'{k}'" for k in unknown)
        return Phrase("refers to unknown question {names}", names=names)
    return ""


def preview_sections(doc: dict[str, Any], language: str) -> tuple[SectionView, ...]:
    """The document as the shopper's form lays it out (the same views the form reads)."""
    sections = []
    for s in doc.get("sections", []):
        questions = []
        for q in s.get("questions", []):
            scale = q.get("scale") or {}
            anchors = {
                int(float(k)): pick_label(v, language) for k, v in scale.get("anchors", {}).items()
            }
            questions.append(
                QuestionView(
                    key=q.get("key", ""),
                    kind=q.get("kind", "yes_no"),
                    label=pick_label(q.get("label") or {}, language),
                    help=pick_label(q.get("help") or {}, language),
                    required=q.get("required", True) and q.get("kind") != "note",
                    na_allowed=bool(q.get("na_allowed")) and q.get("na_policy") != "not_allowed",
                    critical=bool(q.get("critical")),
                    relevance=q.get("relevance", ""),
                    constraint=q.get("constraint", ""),
                    choices=tuple(
                        ChoiceView(c.get("key", ""), pick_label(c.get("label") or {}, language))
                        for c in q.get("choices", [])
                    ),
                    scale_min=int(scale.get("min", 1)),
                    scale_max=int(scale.get("max", 5)),
                    anchors=anchors,
                    target=dict(q.get("target") or {}),
                )
            )
        sections.append(
            SectionView(s.get("key", ""), pick_label(s.get("title") or {}, language),
                        s.get("relevance", ""), tuple(questions))
        )  # fmt: skip
    return tuple(sections)


QUESTION_FIELDS = (
    "kind", "label", "help", "weight", "critical", "critical_scope", "na_allowed", "na_policy",
    "required", "relevance", "constraint", "standards", "choices", "scale", "target",
)  # fmt: skip
CHECKLIST_FIELDS = (
    "title", "kind", "languages", "pass_threshold", "grade_bands", "max_na_percent",
)  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return " | ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def document_lines(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, what) lines of a document, in order: a line per checklist field, per
    section and per question field, so two versions compare line by line."""
    lines = [(f"checklist.{f}", _text(doc[f])) for f in CHECKLIST_FIELDS if f in doc]
    for s in doc.get("sections", []):
        lines.append(
            (f"section {s['key']}", f"{_text(s.get('title', {}))} (weight {s.get('weight', 1)})")
        )
        if s.get("relevance"):
            lines.append((f"section {s['key']}.relevance", s["relevance"]))
        for q in s.get("questions", []):
            for f in QUESTION_FIELDS:
                if f in q and q[f] not in ("", [], {}, None):
                    lines.append((f"{q['key']}.{f}", _text(q[f])))
    return lines


@dataclass(frozen=True)
class DiffRow:
    change: str  # "same", "changed", "added" (only on the right), "removed" (only on the left)
    left: str
    right: str


def compare_documents(old: dict[str, Any], new: dict[str, Any]) -> list[DiffRow]:
    """Side by side: the lines of two versions aligned, each marked same/changed/added/
    removed. A field whose value changed is one "changed" row."""
    a, b = document_lines(old), document_lines(new)
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(a=[w for w, _ in a], b=[w for w, _ in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for (where, left), (_, right) in zip(a[i1:i2], b[j1:j2], strict=True):
                rows.append(
                    DiffRow("same" if left == right else "changed",
                            f"{where}: {left}", f"{where}: {right}")
                )  # fmt: skip
            continue
        for where, text in a[i1:i2]:
            rows.append(DiffRow("removed", f"{where}: {text}", ""))
        for where, text in b[j1:j2]:
            rows.append(DiffRow("added", "", f"{where}: {text}"))
    return rows
