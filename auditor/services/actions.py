"""Corrective actions: what must change where, who owns it, by when, and whether it worked.

Workflow: open -> in progress -> done (with a note on what was done) -> verified. "Verified"
is proposed when an accepted audit of the action's location, visited after the action was
done, meets the action's standard (every question linked to it met); the reviewer confirms
it. An action can be cancelled until it is done. Every step is logged in the change log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from auditor.errors import AuditorError, NotFound
from auditor.services import revisions
from auditor.store.models import (
    ActionStatus,
    Audit,
    AuditStatus,
    CorrectiveAction,
    Location,
    Standard,
)
from auditor.store.server_rules import log_change

NEXT = {
    ActionStatus.OPEN: (ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED),
    ActionStatus.IN_PROGRESS: (ActionStatus.DONE, ActionStatus.CANCELLED),
    ActionStatus.DONE: (ActionStatus.VERIFIED,),
    ActionStatus.VERIFIED: (),
    ActionStatus.CANCELLED: (),
}
OPEN_STATES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    title: str
    standard: str
    location: str
    owner: str
    due_date: date | None
    status: str
    overdue: bool
    done_note: str
    linked_audits: tuple[str, ...]
    question_key: str
    proposed_by: str | None  # the accepted audit that meets the standard, when done
    revision: int = 1  # as read: a step is taken against it


@dataclass(frozen=True)
class ActionFilter:
    state: str = "open"  # open, overdue, done, verified, cancelled, all
    location: str | None = None
    standard: str | None = None
    owner: str | None = None


def _log(session: Session, actor: str, action: CorrectiveAction, what: str, **details: Any) -> None:
    log_change(session, actor, "action", action.id, what, details)


def create_action(
    session: Session,
    *,
    title: str,
    standard: str,
    actor: str,
    location: str | None = None,
    owner: str = "",
    due_date: date | None = None,
    description: str = "",
    audits: list[uuid.UUID] | None = None,
    question_key: str = "",
) -> uuid.UUID:
    """A new open action; the standard (by code) and the location (by name) must exist."""
    if not title.strip():
        raise AuditorError("say what is to be done", field="title")
    std = session.scalar(select(Standard).where(Standard.code == standard.strip()))
    if std is None:
        raise NotFound(f"no standard with code '{standard}'", field="standard")
    loc = None
    if location:
        loc = session.scalar(select(Location).where(Location.name == location))
        if loc is None:
            raise NotFound(f"no location named '{location}'", field="location")
    action = CorrectiveAction(
        id=uuid.uuid4(), standard_id=std.id, location_id=loc.id if loc else None,
        audit_id=audits[0] if audits else None, title=title.strip(), description=description,
        owner=owner.strip(), due_date=due_date, status=ActionStatus.OPEN,
        linked_audits=[str(a) for a in audits or []], question_key=question_key,
    )  # fmt: skip
    session.add(action)
    session.flush()
    _log(session, actor, action, "create", title=action.title, standard=std.code)
    return action.id


def advance(
    session: Session,
    action_id: uuid.UUID,
    to: ActionStatus,
    actor: str,
    note: str = "",
    expected_revision: int | None = None,
) -> None:
    """Move an action one step; done needs a note saying what was done. `expected_revision`:
    the action as the user read it (changed since by someone else: refused)."""
    action = session.get(CorrectiveAction, action_id, with_for_update=True, populate_existing=True)
    if action is None:
        raise NotFound(f"no corrective action with id {action_id}", field="action")
    revisions.check(session, "the action", action.id, action.revision, expected_revision,
                    current=ActionStatus(action.status).value, yours=to.value,
                    field="status")  # fmt: skip
    current = ActionStatus(action.status)
    if to not in NEXT[current]:
        raise AuditorError(
            f"an action that is {current.value} cannot become {to.value}", field="status"
        )
    if to == ActionStatus.DONE and not note.strip():
        raise AuditorError("say what was done", field="note")
    action.status = to
    now = datetime.now(UTC)
    if to == ActionStatus.DONE:
        action.done_note, action.closed_at = note.strip(), now
    if to == ActionStatus.VERIFIED:
        action.verified_at = now
    _log(session, actor, action, to.value, note=note.strip())
    session.flush()


def _met(audit: Audit, code: str) -> bool | None:
    """Whether the audit met the standard (None: it did not check it)."""
    points = (audit.score_detail or {}).get("standards", {}).get(code)
    if not points or float(points[1]) <= 0:
        return None
    return int(points[2]) == 0


def proposal(session: Session, action: CorrectiveAction) -> Audit | None:
    """The first accepted audit of the location, visited after the action was done, that
    meets its standard: the evidence for "verified"."""
    if action.status != ActionStatus.DONE or action.location_id is None or not action.closed_at:
        return None
    audits = session.scalars(
        select(Audit)
        .where(Audit.location_id == action.location_id, Audit.status == AuditStatus.ACCEPTED,
               Audit.visit_start >= action.closed_at)
        .order_by(Audit.visit_start)
    )  # fmt: skip
    for audit in audits:
        if _met(audit, action.standard.code):
            return audit
    return None


def list_actions(
    session: Session, flt: ActionFilter | None = None, today: date | None = None
) -> list[ActionRow]:
    """Actions under the filter, the most urgent first (overdue, then by due date)."""
    flt = flt or ActionFilter()
    today = today or date.today()
    query = select(CorrectiveAction).options(
        joinedload(CorrectiveAction.standard), joinedload(CorrectiveAction.location)
    )
    if flt.state in ("open", "overdue"):
        query = query.where(CorrectiveAction.status.in_(OPEN_STATES))
    elif flt.state != "all":
        query = query.where(CorrectiveAction.status == ActionStatus(flt.state))
    if flt.location:
        query = query.join(Location, CorrectiveAction.location_id == Location.id).where(
            Location.name == flt.location
        )
    if flt.standard:
        query = query.join(Standard, CorrectiveAction.standard_id == Standard.id).where(
            Standard.code == flt.standard
        )
    if flt.owner:
        query = query.where(CorrectiveAction.owner == flt.owner)
    rows = []
    for a in session.scalars(query):
        overdue = bool(a.due_date and a.due_date < today and a.status in OPEN_STATES)
        if flt.state == "overdue" and not overdue:
            continue
        evidence = proposal(session, a)
        rows.append(
            ActionRow(
                a.id, a.title, a.standard.code, a.location.name if a.location else "", a.owner,
                a.due_date, ActionStatus(a.status).value, overdue, a.done_note,
                tuple(a.linked_audits or ()), a.question_key,
                str(evidence.id) if evidence else None, a.revision,
            )
        )  # fmt: skip
    rows.sort(key=lambda r: (not r.overdue, r.due_date or date.max, r.title))
    return rows
