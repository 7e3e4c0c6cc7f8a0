"""What the audit list shows, as a value: kept apart from the queries (`services.audit_list`)
so the window can hold one before SQLAlchemy is imported (it paints first, loads after)."""

from __future__ import annotations

from dataclasses import dataclass

SORTS = ("date", "location", "template", "shopper", "status", "score")


@dataclass(frozen=True)
class AuditListing:
    """What the list shows: words that must all appear (location, organisation, city,
    checklist, shopper), one status, only some audits (a dashboard bar's), and the order."""

    text: str = ""
    status: str = ""
    ids: frozenset[str] | None = None
    sort: str = "date"
    descending: bool = True
    language: str = "en"
