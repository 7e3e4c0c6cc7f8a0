"""Audit use cases shared by the window and the command line."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError
from auditor.labels import pick_label
from auditor.listing import AuditRow
from auditor.scoring.model import QUESTIONNAIRE_KINDS
from auditor.store.models import (
    Audit,
    AuditStatus,
    ChecklistTemplate,
    Location,
    Organisation,
    Person,
    TemplateVersion,
)
from auditor.store.server_rules import verified

AnySelect = TypeVar("AnySelect", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class AuditFilter:
    """The filters every listing accepts; empty fields do not filter."""

    audit: str | None = None
    location: str | None = None
    organisation: str | None = None
    template: str | None = None
    shopper: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    diary: str | None = None  # diary id or title; only diary measures read it
    # which finished audits analytics count: "finished" (submitted and accepted) or
    # "accepted"; None (listings) shows every status. Drafts and returned never count.
    count: str | None = None


COUNTS = {"finished": ("submitted", "accepted"), "accepted": ("accepted",)}
DEFAULT_COUNT = "finished"


def counting(flt: AuditFilter | None) -> AuditFilter:
    """The filter analytics use: the chosen count (default: submitted and accepted)."""
    flt = flt or AuditFilter()
    return flt if flt.count else replace(flt, count=DEFAULT_COUNT)


def counted_statuses(flt: AuditFilter | None) -> list[str]:
    """What an aggregate under this filter counted, as reports and JSON state it."""
    statuses = COUNTS[counting(flt).count or DEFAULT_COUNT]
    if flt is not None and flt.status:
        return [s for s in statuses if s == flt.status]
    return list(statuses)


def awaiting_verification(session: Session, flt: AuditFilter | None = None) -> int:
    """How many audits analytics would count but the team server has not scored yet (0 on a
    SQLite file, where the app's own scores count at once)."""
    if session.get_bind().dialect.name != "postgresql":
        return 0
    counted = counting(flt)
    query = apply_filter(joined(select(func.count(Audit.id))),
                         replace(counted, count=None))  # fmt: skip
    if counted.status:  # one status asked for: only that one
        statuses = [AuditStatus(s) for s in counted_statuses(flt)]
        query = query.where(Audit.status.in_(statuses))
    else:  # as the count counts them (a submitted questionnaire response included)
        query = query.where(counted_status(counted.count or DEFAULT_COUNT))
    query = query.where(Audit.scored_at.is_(None))
    return int(session.scalar(query) or 0)


def parse_audit_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise AuditorError(
            "'{text}' is not an audit id (a UUID)", text=text, field="--audit"
        ) from exc


def counted_status(count: str) -> ColumnElement[bool]:
    """The statuses a count includes; a questionnaire response (no verdict, no decision
    due: auditor.services.reviews) counts once submitted whichever count is chosen."""
    statuses = [AuditStatus(s) for s in COUNTS[count]]
    if AuditStatus.SUBMITTED in statuses:
        return Audit.status.in_(statuses)
    responses = select(TemplateVersion.id).where(
        TemplateVersion.kind.in_(sorted(QUESTIONNAIRE_KINDS))
    )
    return or_(
        Audit.status.in_(statuses),
        and_(Audit.status == AuditStatus.SUBMITTED, Audit.template_version_id.in_(responses)),
    )


def apply_filter(query: AnySelect, flt: AuditFilter) -> AnySelect:
    if flt.audit:
        query = query.where(Audit.id == parse_audit_id(flt.audit))
    if flt.location:
        query = query.where(Location.name == flt.location)
    if flt.organisation:
        query = query.where(Organisation.name == flt.organisation)
    if flt.template:
        query = query.where(ChecklistTemplate.name == flt.template)
    if flt.shopper:
        query = query.where(Person.name == flt.shopper)
    if flt.status:
        try:
            status = AuditStatus(flt.status)
        except ValueError as exc:
            allowed = ", ".join(s.value for s in AuditStatus)
            raise AuditorError(
                "unknown status '{status}' (one of {allowed})",
                status=flt.status,
                allowed=allowed,
                field="--status",
            ) from exc
        query = query.where(Audit.status == status)
    if flt.count:
        if flt.count not in COUNTS:
            raise AuditorError(
                "unknown count '{count}' (one of {counts})",
                count=flt.count,
                counts=", ".join(COUNTS),
                field="--count",
            )
        query = query.where(counted_status(flt.count))
        query = query.where(verified())
    if flt.date_from:
        start = datetime.combine(flt.date_from, time.min, tzinfo=UTC)
        query = query.where(Audit.visit_start >= start)
    if flt.date_to:
        end = datetime.combine(flt.date_to, time.max, tzinfo=UTC)
        query = query.where(Audit.visit_start <= end)
    return query


def joined(query: AnySelect) -> AnySelect:
    """Join everything an audit listing names (checklist, location, organisation, shopper)."""
    return (
        query.select_from(Audit)
        .join(TemplateVersion, Audit.template_version_id == TemplateVersion.id)
        .join(ChecklistTemplate, TemplateVersion.template_id == ChecklistTemplate.id)
        .join(Location, Audit.location_id == Location.id)
        .join(Organisation, Location.organisation_id == Organisation.id)
        .join(Person, Audit.shopper_id == Person.id)
    )


def list_query() -> Select[*tuple[Any, ...]]:
    """The columns an audit row shows, joined; filters and order come on top."""
    query: Select[*tuple[Any, ...]] = select(
        Audit.id,
        ChecklistTemplate.name,
        TemplateVersion.title,
        TemplateVersion.version,
        Organisation.name,
        Location.name,
        Location.city,
        Person.name,
        Audit.visit_start,
        Audit.status,
        Audit.score,
        Audit.passed,
    )
    return joined(query)


def row_of(row: Any, language: str) -> AuditRow:
    return AuditRow(
        id=row[0],
        template=row[1],
        template_title=pick_label(row[2], language),
        template_version=row[3],
        organisation=row[4],
        location=row[5],
        city=row[6],
        shopper=row[7],
        visited_at=row[8],
        status=AuditStatus(row[9]).value,
        score=row[10],
        passed=row[11],
    )


def list_audits(
    session: Session, flt: AuditFilter | None = None, language: str = "en"
) -> list[AuditRow]:
    """Audits newest first, with the names a person reads (one query, no lazy loading)."""
    query = list_query().order_by(Audit.visit_start.desc(), Audit.id)
    query = apply_filter(query, flt or AuditFilter())
    return [row_of(row, language) for row in session.execute(query)]
