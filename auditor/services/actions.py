"""Corrective actions: what must change where, who owns it, by when, and whether it worked.

Workflow: open -> in progress -> done (with a note on what was done) -> verified. "Verified"
is proposed when an accepted audit of the action's location, visited after the action was
done, meets the action's standard (every question linked to it met); the reviewer confirms
it. An action can be cancelled until it is done. Every step is logged in the change log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from auditor.errors import AuditorError, NotFound, state_words
from auditor.labels import pick_label
from auditor.services import revisions
from auditor.store.models import (
    ActionStatus,
    Audit,
    AuditStatus,
    ChangeLogEntry,
    CorrectiveAction,
    Location,
    Person,
    PersonRole,
    Standard,
    TemplateVersion,
)
from auditor.store.server_rules import app_role, log_change

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
    standard_title: dict[str, str] = field(default_factory=dict)  # in each language


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
        raise NotFound("no standard with code '{standard}'", standard=standard, field="standard")
    loc = None
    if location:
        loc = session.scalar(select(Location).where(Location.name == location))
        if loc is None:
            raise NotFound("no location named '{location}'", location=location, field="location")
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
        raise NotFound(
            "no corrective action with id {action_id}", action_id=action_id, field="action"
        )
    revisions.check(session, "the action", action.id, action.revision, expected_revision,
                    current=ActionStatus(action.status).value, yours=to.value,
                    field="status")  # fmt: skip
    current = ActionStatus(action.status)
    if to not in NEXT[current]:
        raise AuditorError(
            "an action that is {current} cannot become {to}",
            current=state_words(current.value),
            to=state_words(to.value),
            field="status",
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


def _row(session: Session, a: CorrectiveAction, today: date) -> ActionRow:
    overdue = bool(a.due_date and a.due_date < today and a.status in OPEN_STATES)
    evidence = proposal(session, a)
    return ActionRow(
        a.id, a.title, a.standard.code, a.location.name if a.location else "", a.owner,
        a.due_date, ActionStatus(a.status).value, overdue, a.done_note,
        tuple(a.linked_audits or ()), a.question_key,
        str(evidence.id) if evidence else None, a.revision, dict(a.standard.title or {}),
    )  # fmt: skip


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
    rows = [_row(session, a, today) for a in session.scalars(query)]
    if flt.state == "overdue":
        rows = [r for r in rows if r.overdue]
    rows.sort(key=lambda r: (not r.overdue, r.due_date or date.max, r.title))
    return rows


# -- choosing and reading one action ------------------------------------------------------------
@dataclass(frozen=True)
class StandardChoice:
    code: str
    title: str  # in the reader's language


def standard_choices(session: Session, language: str) -> list[StandardChoice]:
    """The standards an action can be about, by title in `language` (sorted by it)."""
    rows = [
        StandardChoice(s.code, pick_label(s.title or {}, language) or s.code)
        for s in session.scalars(select(Standard))
    ]
    return sorted(rows, key=lambda c: (c.title.casefold(), c.code))


STAFF_FIRST = (PersonRole.MANAGER, PersonRole.AUDITOR, PersonRole.SHOPPER, PersonRole.DIARIST)


def owner_choices(session: Session) -> list[str]:
    """The people an action can be given to: managers and auditors first, then the others,
    each group by name."""
    order = {role: i for i, role in enumerate(STAFF_FIRST)}
    people = session.execute(select(Person.name, Person.role)).all()
    return [name for name, role in sorted(people, key=lambda p: (order.get(p[1], 9), p[0]))]


def may_edit(session: Session) -> bool:
    """Whether this login may change actions: anyone on a laptop's own file; on a team
    server managers and administrators (the server's grants on corrective_actions)."""
    return app_role(session) in (None, "manager", "admin")


@dataclass(frozen=True)
class LinkedAudit:
    id: uuid.UUID
    location: str
    checklist: str  # the checklist's title in the reader's language
    visit: datetime
    status: str
    score: float | None
    passed: bool | None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    what: str  # create, edit, in_progress, done, verified, cancelled
    note: str
    changed: tuple[str, ...]  # the fields an edit changed


@dataclass(frozen=True)
class ActionDetail:
    row: ActionRow
    description: str
    created_at: datetime | None
    closed_at: datetime | None
    verified_at: datetime | None
    audits: tuple[LinkedAudit, ...]
    history: tuple[HistoryEntry, ...]
    editable: bool


def _linked(session: Session, action: CorrectiveAction, language: str) -> tuple[LinkedAudit, ...]:
    ids: list[uuid.UUID] = []
    for value in [*(action.linked_audits or ()), action.audit_id]:
        try:
            audit_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            continue
        if value is not None and audit_id not in ids:
            ids.append(audit_id)
    if not ids:
        return ()
    found = session.execute(
        select(Audit, Location.name, TemplateVersion.title)
        .join(Location, Audit.location_id == Location.id)
        .join(TemplateVersion, Audit.template_version_id == TemplateVersion.id)
        .where(Audit.id.in_(ids))
    ).all()
    by_id = {
        a.id: LinkedAudit(a.id, place, pick_label(title or {}, language), a.visit_start,
                          AuditStatus(a.status).value, a.score, a.passed)
        for a, place, title in found
    }  # fmt: skip
    return tuple(by_id[i] for i in ids if i in by_id)


def action_detail(session: Session, action_id: uuid.UUID, language: str = "en") -> ActionDetail:
    """One action with what was done, the audits it came from and every step taken."""
    action = session.get(CorrectiveAction, action_id, populate_existing=True)
    if action is None:
        raise NotFound(
            "no corrective action with id {action_id}", action_id=action_id, field="action"
        )
    row = _row(session, action, date.today())
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.entity == "action", ChangeLogEntry.entity_id == action_id)
        .order_by(ChangeLogEntry.at)
    )
    history = tuple(
        HistoryEntry(e.at, e.actor, e.action, str((e.details or {}).get("note", "")),
                     tuple((e.details or {}).get("changed", ())))
        for e in entries
    )  # fmt: skip
    return ActionDetail(
        row, action.description, action.created_at, action.closed_at, action.verified_at,
        _linked(session, action, language), history, may_edit(session),
    )  # fmt: skip


def update_action(
    session: Session,
    action_id: uuid.UUID,
    actor: str,
    expected_revision: int | None = None,
    *,
    title: str | None = None,
    description: str | None = None,
    owner: str | None = None,
    due_date: date | None = None,
    done_note: str | None = None,
) -> tuple[str, ...]:
    """Change what an action says (what, details, owner, due date, what was done); the
    fields changed are logged. A verified or cancelled action is closed: refused."""
    action = session.get(CorrectiveAction, action_id, with_for_update=True, populate_existing=True)
    if action is None:
        raise NotFound(
            "no corrective action with id {action_id}", action_id=action_id, field="action"
        )
    revisions.check(session, "the action", action.id, action.revision, expected_revision,
                    field="title")  # fmt: skip
    status = ActionStatus(action.status)
    if status in (ActionStatus.VERIFIED, ActionStatus.CANCELLED):
        raise AuditorError(
            "an action that is {status} cannot be changed",
            status=state_words(status.value),
            field="status",
        )
    if title is not None and not title.strip():
        raise AuditorError("say what is to be done", field="title")
    if done_note is not None and status == ActionStatus.DONE and not done_note.strip():
        raise AuditorError("say what was done", field="note")
    wanted: dict[str, Any] = {
        "title": title.strip() if title is not None else None,
        "description": description.strip() if description is not None else None,
        "owner": owner.strip() if owner is not None else None,
        "due_date": due_date,
        "done_note": done_note.strip() if done_note is not None else None,
    }
    changed = tuple(
        name for name, value in wanted.items()
        if value is not None and getattr(action, name) != value
    )  # fmt: skip
    if not changed:
        return ()
    for name in changed:
        setattr(action, name, wanted[name])
    _log(session, actor, action, "edit", changed=list(changed))
    session.flush()
    return changed
