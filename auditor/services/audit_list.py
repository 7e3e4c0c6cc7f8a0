"""The audit list as the window pages through it: filter, order and count in SQL, rows read a
block at a time, so a list of 100,000 audits shows its first rows as fast as one of ten.

Text filtering folds case (Polish, Slovenian, Bulgarian letters included: SQLite gets a
`sa_fold` function on every connection, PostgreSQL uses lower()); checklist titles are
picked in the reader's language in Python, there are only a few of them.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from auditor.labels import pick_label
from auditor.listing import SORTS, AuditListing, AuditRow
from auditor.services.audits import joined, list_query, row_of
from auditor.store.models import (
    Audit,
    AuditStatus,
    ChecklistTemplate,
    Location,
    Organisation,
    Person,
    TemplateVersion,
)


def _fold(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.sa_fold(column)
    return func.lower(column)


def _versions(session: Session, language: str) -> list[tuple[uuid.UUID, str, str, int]]:
    """(id, picked title, checklist name, version) of every checklist version."""
    rows = session.execute(
        select(
            TemplateVersion.id,
            TemplateVersion.title,
            ChecklistTemplate.name,
            TemplateVersion.version,
        ).join(ChecklistTemplate, TemplateVersion.template_id == ChecklistTemplate.id)
    )
    return [(r[0], pick_label(r[1], language), r[2], r[3]) for r in rows]


def _filtered(session: Session, query: Any, listing: AuditListing) -> Any:
    if listing.ids is not None:
        ids = [uuid.UUID(i) for i in listing.ids]
        query = query.where(Audit.id.in_(ids)) if ids else query.where(Audit.id.is_(None))
    if listing.status:
        query = query.where(Audit.status == AuditStatus(listing.status))
    words = listing.text.casefold().split()
    if words:
        versions = _versions(session, listing.language)
        fields = (Location.name, Organisation.name, Location.city, Person.name)
        for word in words:
            titled = [v[0] for v in versions if word in v[1].casefold() or word in v[2].casefold()]
            query = query.where(
                or_(
                    *(_fold(session, f).contains(word, autoescape=True) for f in fields),
                    TemplateVersion.id.in_(titled),
                )
            )
    return query


def _order(session: Session, listing: AuditListing) -> list[Any]:
    if listing.sort not in SORTS:
        raise ValueError(f"cannot sort the audit list by {listing.sort!r}")
    key: Any
    if listing.sort == "date":
        key = Audit.visit_start
    elif listing.sort == "location":
        key = _fold(session, Location.name)
    elif listing.sort == "shopper":
        key = _fold(session, Person.name)
    elif listing.sort == "status":
        key = Audit.status
    elif listing.sort == "score":
        key = func.coalesce(Audit.score, -1.0)
    else:
        versions = _versions(session, listing.language)
        ranked = sorted(versions, key=lambda v: (v[1].casefold(), v[3]))
        ranks = {v[0]: rank for rank, v in enumerate(ranked)}
        key = case(ranks, value=TemplateVersion.id, else_=-1)
    first = key.desc() if listing.descending else key.asc()
    return [first, Audit.visit_start.desc(), Audit.id]


def count_listed(session: Session, listing: AuditListing) -> int:
    query: Any = joined(select(func.count(Audit.id)))
    return int(session.execute(_filtered(session, query, listing)).scalar_one())


def count_all(session: Session) -> int:
    return int(session.execute(select(func.count(Audit.id))).scalar_one())


def list_block(session: Session, listing: AuditListing, offset: int, limit: int) -> list[AuditRow]:
    """Rows offset..offset+limit of the list in its order."""
    query = _filtered(session, list_query(), listing)
    query = query.order_by(*_order(session, listing)).offset(offset).limit(limit)
    return [row_of(row, listing.language) for row in session.execute(query)]


def listed_ids(session: Session, listing: AuditListing) -> list[str]:
    """Every audit id the list shows, in its order (what "the audits shown" means)."""
    query = _filtered(session, joined(select(Audit.id)), listing)
    return [str(i) for i in session.execute(query.order_by(*_order(session, listing))).scalars()]


def first_rows(
    session: Session, listing: AuditListing, limit: int
) -> tuple[int, int, list[AuditRow]]:
    """What the list needs to appear: audits in all, audits listed, the first rows."""
    listed = count_listed(session, listing)
    return count_all(session), listed, list_block(session, listing, 0, limit)
