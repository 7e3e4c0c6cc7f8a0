"""Service-event diaries: start one, add events fast, list them, summarise them.

Expectation and experience share one 1-7 scale so their difference is the gap the diary
measures; satisfaction is 1-5 like the customer survey's CSAT.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, NotFound
from auditor.services.capture import person_named
from auditor.store.models import Diary, DiaryEvent, Organisation, Person, PersonRole
from auditor.store.server_rules import log_change

CHANNELS = ("in_person", "phone", "email", "sms", "web", "chat", "fax", "branch_visit")
CRITERIA = (
    "courtesy",
    "professionalism",
    "empathy",
    "willingness_to_help",
    "listening",
    "waiting_time",
    "speed",
    "convenience",
)
FEELINGS = ("pleased", "indifferent", "annoyed", "delighted", "frustrated", "relieved")
SCALE = (1, 7)
SATISFACTION = (1, 5)


@dataclass(frozen=True)
class DiaryRow:
    id: uuid.UUID
    title: str
    owner: str
    period_start: date
    period_end: date
    events: int


@dataclass(frozen=True)
class EventInput:
    occurred_at: datetime
    channel: str
    organisation: str
    description: str = ""
    place: str = ""
    expectation: int | None = None
    experience: int | None = None
    satisfaction: int | None = None
    feeling: str = ""
    criteria: tuple[str, ...] = field(default_factory=tuple)
    would_recommend: bool = False
    would_warn: bool = False


def _check_scale(value: int | None, bounds: tuple[int, int], name: str) -> None:
    if value is not None and not bounds[0] <= value <= bounds[1]:
        raise AuditorError(
            "{value} is outside the scale {low}-{high}",
            value=value,
            low=bounds[0],
            high=bounds[1],
            field=name,
        )


def validate_event(event: EventInput) -> None:
    """Say what is wrong with an event, by field, before anything is stored."""
    if event.channel not in CHANNELS:
        raise AuditorError(
            "unknown channel '{channel}' (one of {channels})",
            channel=event.channel,
            channels=", ".join(CHANNELS),
            field="channel",
        )
    if not event.organisation.strip():
        raise AuditorError("name the organisation that served you", field="organisation")
    _check_scale(event.expectation, SCALE, "expectation")
    _check_scale(event.experience, SCALE, "experience")
    _check_scale(event.satisfaction, SATISFACTION, "satisfaction")
    unknown = [c for c in event.criteria if c not in CRITERIA]
    if unknown:
        raise AuditorError(
            "unknown criteria: {unknown}", unknown=", ".join(unknown), field="criteria"
        )
    if event.would_recommend and event.would_warn:
        raise AuditorError("an event makes you recommend or warn, not both", field="recommend")


def start_diary(
    session: Session, owner: str, title: str, start: date, end: date, purpose: str = ""
) -> uuid.UUID:
    if not title.strip():
        raise AuditorError("give the diary a title", field="title")
    if end < start:
        raise AuditorError("the period ends before it starts", field="period")
    person = person_named(session, owner, PersonRole.DIARIST)
    diary = Diary(
        owner_id=person.id, title=title.strip(), purpose=purpose, period_start=start,
        period_end=end,
    )  # fmt: skip
    session.add(diary)
    session.flush()
    return diary.id


def add_event(session: Session, diary_id: uuid.UUID, event: EventInput) -> uuid.UUID:
    validate_event(event)
    diary = session.get(Diary, diary_id)
    if diary is None:
        raise NotFound("no such diary", field="diary")
    row = DiaryEvent(
        diary_id=diary_id,
        occurred_at=event.occurred_at,
        place=event.place.strip(),
        organisation=event.organisation.strip(),
        channel=event.channel,
        description=event.description,
        expectation=event.expectation,
        experience=event.experience,
        satisfaction=event.satisfaction,
        feeling=event.feeling.strip(),
        criteria=list(event.criteria),
        would_recommend=event.would_recommend,
        would_warn=event.would_warn,
    )
    session.add(row)
    session.flush()
    log_change(session, diary.owner.name, "diary_event", row.id, "add", {"diary": str(diary_id)})
    return row.id


def list_diaries(session: Session) -> list[DiaryRow]:
    counts = (
        select(DiaryEvent.diary_id, func.count().label("n"))
        .group_by(DiaryEvent.diary_id)
        .subquery()
    )
    rows = session.execute(
        select(Diary.id, Diary.title, Person.name, Diary.period_start, Diary.period_end, counts.c.n)
        .join(Person, Diary.owner_id == Person.id)
        .outerjoin(counts, counts.c.diary_id == Diary.id)
        .order_by(Diary.period_start.desc(), Diary.title)
    )
    return [DiaryRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0) for r in rows]


def organisation_names(session: Session) -> list[str]:
    """What a diarist may mean: organisations already named in diaries or audited."""
    named = set(session.scalars(select(DiaryEvent.organisation).distinct()))
    named.update(session.scalars(select(Organisation.name)))
    return sorted(n for n in named if n)
