"""What the audit list shows and its rows, as values: kept apart from the queries
(`services.audit_list`, `store.quick_list`) so the window holds them before SQLAlchemy is
imported (it paints first, loads after)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

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


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    template: str
    template_title: str
    template_version: int
    organisation: str
    location: str
    city: str
    shopper: str
    visited_at: datetime
    status: str
    score: float | None
    passed: bool | None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = str(self.id)
        data["visited_at"] = self.visited_at.isoformat()
        return data
