"""No lost writes: a change is made against the revision the user saw, or refused.

The database raises a row's revision on every UPDATE (a trigger, migration 0009), whoever
writes it. A service that saves what a user typed takes the row's lock, compares the revision
the user's screen was built from with the one stored now, and refuses with `StaleRevision`
when someone else got there first: the refusal carries the current value and the user's own,
so the screen can show both and nothing typed is lost.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, Phrase
from auditor.store.models import ChangeLogEntry


class StaleRevision(AuditorError):
    """Someone else saved this since the user's copy was read; theirs stays, ours is kept."""

    def __init__(
        self,
        message: str,
        *,
        revision: int,
        current: Any = None,
        yours: Any = None,
        by: str = "",
        at: datetime | None = None,
        field: str | None = None,
        **values: Any,
    ) -> None:
        self.revision = revision
        self.current = current
        self.yours = yours
        self.by = by
        self.at = at
        super().__init__(message, field=field, **values)


def last_change(session: Session, *entity_ids: uuid.UUID) -> tuple[str, datetime | None]:
    """Who last changed any of these rows and when (from the change log), for the message."""
    row = session.execute(
        select(ChangeLogEntry.actor, ChangeLogEntry.at)
        .where(ChangeLogEntry.entity_id.in_(entity_ids))
        .order_by(ChangeLogEntry.at.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else ("", None)


def changed_by(by: str, at: datetime | None) -> Phrase:
    if by and at:
        return Phrase("{by} changed it at {at} UTC", by=by, at=at.strftime("%Y-%m-%d %H:%M"))
    return Phrase("{by} changed it", by=by) if by else Phrase("it was changed elsewhere")


# what was changed, in words (the callers name it so)
WHAT = {"the audit": Phrase("the audit"), "the action": Phrase("the action"),
        "this answer": Phrase("this answer")}  # fmt: skip


def check(
    session: Session,
    what: str | Phrase,
    row_id: uuid.UUID,
    stored: int,
    expected: int | None,
    *,
    current: Any = None,
    yours: Any = None,
    field: str | None = None,
) -> None:
    """Refuse when the stored revision is not the one the user's change was based on
    (`expected` None: the caller did not read one, as the command line, and is not checked)."""
    if expected is None or stored == expected:
        return
    by, at = last_change(session, row_id)
    raise StaleRevision(
        "{what} was changed since you opened it ({changed}); yours was not saved "
        "and is kept beside the current value",
        what=WHAT.get(what, what) if isinstance(what, str) else what,
        changed=changed_by(by, at),
        revision=stored,
        current=current,
        yours=yours,
        by=by,
        at=at,
        field=field,
    )
