"""What the team server decides itself, as the app's services need to know it.

On a team server (migration 0011) the change log is written by the server's triggers, with the
connected person as actor, and the score cache only by the vetted function `sa_record_score`;
an app login's own UPDATE of a score would be refused. The services ask here whether they
write those rows themselves (a SQLite file, or the server's owner) or leave them to the server.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement as _Element
from sqlalchemy.types import Boolean

from auditor.store.models import ChangeLogEntry

_ROLE_KEY = "service_auditor_server_role"


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def app_role(session: Session) -> str | None:
    """The connected login's app role on a team server (None: SQLite, or the owner)."""
    if not on_server(session):
        return None
    info = session.connection().info
    if _ROLE_KEY not in info:
        info[_ROLE_KEY] = session.scalar(
            text("SELECT CASE WHEN to_regproc('public.sa_role') IS NULL THEN NULL "
                 "ELSE public.sa_role() END")
        )  # fmt: skip
    role = info[_ROLE_KEY]
    return str(role) if role else None


def server_scores(session: Session) -> bool:
    """The score cache is the server's to write (an app login on a team server)."""
    return app_role(session) is not None


def log_change(
    session: Session,
    actor: str,
    entity: str,
    entity_id: uuid.UUID,
    action: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Add a change-log entry where this app writes them: on a team server the triggers do
    for an app login, with the connected person as actor, and no login may insert one (the
    server's owner, bound by no rule, writes its own)."""
    if app_role(session) is not None:
        return
    session.add(ChangeLogEntry(actor=actor, entity=entity, entity_id=entity_id, action=action,
                               details=details or {}))  # fmt: skip


def set_reason(session: Session, reason: str) -> None:
    """The reason the server records with a move that needs one (reopening an audit)."""
    if on_server(session):
        session.execute(text("SELECT set_config('sa.reason', :r, true)"), {"r": reason})


class VerifiedOnServer(_Element[bool]):
    """True for an audit whose score counts: on a team server once the server verified it,
    on a SQLite file always (compiled per dialect, so one query serves both)."""

    type = Boolean()
    inherit_cache = True


@compiles(VerifiedOnServer)
def _verified_default(element: VerifiedOnServer, compiler: Any, **kw: Any) -> str:
    return "1 = 1"


@compiles(VerifiedOnServer, "postgresql")
def _verified_pg(element: VerifiedOnServer, compiler: Any, **kw: Any) -> str:
    # an app login's own writes never leave a score cache (the guard empties it): one is
    # there only from the vetted scoring function, or from the owner
    return "audits.scored_at IS NOT NULL"


def verified() -> ColumnElement[bool]:
    return VerifiedOnServer()
