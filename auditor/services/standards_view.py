"""The standards library as a manager reads it: each standard, where it is checked (which
checklist asks which question about it), and how well it has been kept month by month."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.labels import pick_label
from auditor.scoring import aggregates
from auditor.services.audits import AuditFilter
from auditor.services.scoring import audit_records
from auditor.services.templates import latest_version
from auditor.store.models import ChecklistTemplate, Standard


@dataclass(frozen=True)
class StandardRow:
    code: str
    title: str
    description: str
    triad: str  # standards, equipment, staff
    quality_kind: str
    target: str
    weight: float
    checked_by: tuple[tuple[str, str], ...]  # (checklist title, question label)


@dataclass(frozen=True)
class CompliancePoint:
    template: str
    period: str
    audits: int  # audits that checked the standard
    compliance: float | None  # points kept, percent (pooled)
    failed: int  # audits with at least one of its questions not met


def standards_library(session: Session, language: str = "en") -> list[StandardRow]:
    """Every standard with the questions of the current checklist versions that check it."""
    checked: dict[str, list[tuple[str, str]]] = {}
    for name in session.scalars(select(ChecklistTemplate.name).order_by(ChecklistTemplate.name)):
        version = latest_version(session, name)
        title = pick_label(version.title, language)
        for section in version.sections:
            for q in section.questions:
                for std in q.standards:
                    checked.setdefault(std.code, []).append((title, pick_label(q.label, language)))
    rows = []
    for s in session.scalars(select(Standard).order_by(Standard.code)):
        title, description = pick_label(s.title, language), pick_label(s.description, language)
        target = pick_label(s.target or {}, language)
        rows.append(
            StandardRow(s.code, title, description, s.triad, s.quality_kind, target, s.weight,
                        tuple(checked.get(s.code, ())))
        )  # fmt: skip
    return rows


def compliance_over_time(
    session: Session, code: str, flt: AuditFilter | None = None, period: str = "month"
) -> list[CompliancePoint]:
    """Per checklist and period: how many counted audits checked the standard, the share of
    its points kept, and how many failed it (the same numbers as `score --by standard`)."""
    records = [r for r in audit_records(session, flt) if code in r.standards]
    by_period: dict[str, list[aggregates.AuditRecord]] = {}
    for r in records:
        by_period.setdefault(aggregates.period_key(r.visited_at, period), []).append(r)
    points = []
    for key in sorted(by_period):
        mine = by_period[key]
        for group in aggregates.by_standard(mine):
            if group.key != code:
                continue
            in_checklist = [r for r in mine if r.template == group.template]
            failed = sum(1 for r in in_checklist if r.standards[code][2] and r.standards[code][1])
            points.append(
                CompliancePoint(group.template, key, group.n, group.weighted_score, failed)
            )
    return points
