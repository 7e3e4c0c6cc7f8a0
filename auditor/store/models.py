"""The whole data model in one place (SQLAlchemy 2 typed declarative).

Every row carries a UUID primary key so records can travel between machines and merge
idempotently. Translated labels are JSON objects keyed by language code ({"en": ..., "he": ...}).
The schema changes only through Alembic migrations in `auditor/store/migrations`.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    FetchedValue,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

Labels = dict[str, str]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in UTC on every backend (SQLite would otherwise drop the offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    # On SQLite the stock conversions format and parse the text field by field in Python (a
    # regular expression per value read): a package of sixty thousand answers spent a third
    # of a second on it. The same text ("2026-03-01 09:30:00.000000", UTC), written and read
    # in C; a value not in that form goes the stock way.

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        stock = super().bind_processor(dialect)
        if dialect.name != "sqlite":
            return stock

        def process(value: Any) -> Any:
            if value.__class__ is datetime:
                if value.tzinfo is not None:
                    value = value.astimezone(UTC).replace(tzinfo=None)
                return value.isoformat(" ", "microseconds")
            return stock(value) if stock else value

        return process

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        stock = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite":
            return stock

        def process(value: Any) -> Any:
            if value.__class__ is str and len(value) == 26 and value[10] == " ":
                try:
                    moment = datetime.fromisoformat(value)
                except ValueError:
                    moment = None
                if moment is not None and moment.tzinfo is None:
                    return moment.replace(tzinfo=UTC)
            return stock(value) if stock else value

        return process


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Identified:
    """Mixin: the exchange UUID doubles as primary key."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        name=cls.__name__.lower(),
    )


class AuditStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    ACCEPTED = "accepted"


class PersonRole(enum.StrEnum):
    SHOPPER = "shopper"
    AUDITOR = "auditor"
    MANAGER = "manager"
    DIARIST = "diarist"


class QuestionKind(enum.StrEnum):
    YES_NO = "yes_no"
    RATING = "rating"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    NUMBER = "number"
    TIME_OF_DAY = "time_of_day"
    DURATION = "duration"
    DATE = "date"
    DATETIME = "datetime"
    TEXT = "text"
    NOTE = "note"
    PHOTO = "photo"
    FILE = "file"
    LOCATION = "location"  # latitude and longitude, proof of visit; never scored


class CriticalScope(enum.StrEnum):
    SECTION = "section"
    AUDIT = "audit"


class ReviewDecision(enum.StrEnum):
    ACCEPTED = "accepted"
    RETURNED = "returned"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"  # a later accepted audit of the location met the standard
    CANCELLED = "cancelled"


class Organisation(Identified, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    sector: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    locations: Mapped[list[Location]] = relationship(back_populates="organisation")


class Location(Identified, Base):
    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(40), default="")
    department: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="locations")


class Person(Identified, Base):
    """Shoppers, auditors, reviewers and diarists."""

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[PersonRole] = mapped_column(_enum(PersonRole))
    # contact fields: on a team server only staff may read them (column grants, 0011), so
    # they load when asked for, never with the person's name
    email: Mapped[str] = mapped_column(String(200), default="", deferred=True)
    language: Mapped[str] = mapped_column(String(8), default="en")


class Standard(Identified, Base):
    __tablename__ = "standards"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[Labels] = mapped_column(JSON)
    description: Mapped[Labels] = mapped_column(JSON, default=dict)
    triad: Mapped[str] = mapped_column(String(20), default="")  # standards/equipment/staff
    quality_kind: Mapped[str] = mapped_column(String(20), default="")  # technical/functional/social
    servqual_dimension: Mapped[str] = mapped_column(String(20), default="")
    office: Mapped[str] = mapped_column(String(10), default="front")  # front/back
    target: Mapped[Labels] = mapped_column(JSON, default=dict)  # revision 0014: was English text
    weight: Mapped[float] = mapped_column(Float, default=1.0)


question_standards = Table(
    "question_standards",
    Base.metadata,
    Column("question_id", ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    Column("standard_id", ForeignKey("standards.id", ondelete="RESTRICT"), primary_key=True),
)


class ChecklistTemplate(Identified, Base):
    """A named checklist; its content lives in immutable versions."""

    __tablename__ = "templates"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Revision 0009: raised by the database on every UPDATE; a write based on an older one
    # is refused (auditor.services.revisions)
    revision: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", server_onupdate=FetchedValue()
    )

    versions: Mapped[list[TemplateVersion]] = relationship(
        back_populates="template", order_by="TemplateVersion.version"
    )


class TemplateVersion(Identified, Base):
    """One frozen revision of a checklist; audits point here so old scores never move."""

    __tablename__ = "template_versions"
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("templates.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[Labels] = mapped_column(JSON)
    description: Mapped[Labels] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(40), default="mystery_shopping")
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    default_language: Mapped[str] = mapped_column(String(8), default="en")
    pass_threshold: Mapped[float] = mapped_column(Float, default=80.0)
    grade_bands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # above this percent of N/A answers an audit is not scorable (None: no limit)
    max_na_percent: Mapped[float | None] = mapped_column(Float, nullable=True, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    template: Mapped[ChecklistTemplate] = relationship(back_populates="versions")
    sections: Mapped[list[Section]] = relationship(
        back_populates="template_version", order_by="Section.position", cascade="all, delete-orphan"
    )


class Section(Identified, Base):
    __tablename__ = "sections"
    __table_args__ = (UniqueConstraint("template_version_id", "key"),)

    template_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("template_versions.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))  # stable across versions
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[Labels] = mapped_column(JSON)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    relevance: Mapped[str] = mapped_column(Text, default="")

    template_version: Mapped[TemplateVersion] = relationship(back_populates="sections")
    questions: Mapped[list[Question]] = relationship(
        back_populates="section", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(Identified, Base):
    __tablename__ = "questions"

    section_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sections.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))  # stable across versions, unique per version
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind))
    label: Mapped[Labels] = mapped_column(JSON)
    help: Mapped[Labels] = mapped_column(JSON, default=dict)
    scale: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # min, max, anchors
    target: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # number targets
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    critical_scope: Mapped[CriticalScope] = mapped_column(
        _enum(CriticalScope), default=CriticalScope.SECTION
    )
    na_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    # what N/A does to the score: exclude, met, not_met, not_allowed (auditor.scoring.model)
    na_policy: Mapped[str] = mapped_column(String(20), default="exclude", server_default="exclude")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    relevance: Mapped[str] = mapped_column(Text, default="")
    constraint: Mapped[str] = mapped_column(Text, default="")

    section: Mapped[Section] = relationship(back_populates="questions")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="question", order_by="Choice.position", cascade="all, delete-orphan"
    )
    standards: Mapped[list[Standard]] = relationship(secondary=question_standards)


class Choice(Identified, Base):
    __tablename__ = "choices"
    __table_args__ = (UniqueConstraint("question_id", "key"),)

    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[Labels] = mapped_column(JSON)
    points: Mapped[float | None] = mapped_column(Float, nullable=True)

    question: Mapped[Question] = relationship(back_populates="choices")


class Audit(Identified, Base):
    __tablename__ = "audits"

    template_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("template_versions.id", ondelete="RESTRICT"), index=True
    )
    location_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("locations.id", ondelete="RESTRICT"), index=True
    )
    shopper_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    visit_start: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    visit_end: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    observed_staff: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[AuditStatus] = mapped_column(_enum(AuditStatus), default=AuditStatus.DRAFT)
    narrative: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # Score cache (revision 0002): written whenever answers change, so lists never recompute.
    score: Mapped[float | None] = mapped_column(Float, nullable=True, index=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    grade: Mapped[str] = mapped_column(String(60), default="", server_default="")
    critical_failed: Mapped[list[Any]] = mapped_column(JSON, default=list, nullable=True)
    score_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    scored_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Revision 0003: the question the shopper was on, so reopening continues there.
    resume_question: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Revision 0009: raised by the database on every UPDATE; a write based on an older one
    # is refused (auditor.services.revisions)
    revision: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", server_onupdate=FetchedValue()
    )
    # Revision 0011: on a team server the score cache counts only once the server's vetted
    # scoring function wrote it (who, when); a laptop's SQLite file leaves these empty
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    verified_by: Mapped[str] = mapped_column(String(63), server_default="")

    template_version: Mapped[TemplateVersion] = relationship()
    location: Mapped[Location] = relationship()
    shopper: Mapped[Person] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="audit", cascade="all, delete-orphan"
    )
    reviews: Mapped[list[Review]] = relationship(
        back_populates="audit", cascade="all, delete-orphan", order_by="Review.created_at"
    )


class Answer(Identified, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("audit_id", "question_id"),)

    audit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("audits.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("questions.id", ondelete="RESTRICT"), index=True
    )
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Revision 0009: raised by the database on every UPDATE; a write based on an older one
    # is refused (auditor.services.revisions)
    revision: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", server_onupdate=FetchedValue()
    )

    audit: Mapped[Audit] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()


class Attachment(Identified, Base):
    __tablename__ = "attachments"

    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), nullable=True, index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Diary(Identified, Base):
    __tablename__ = "diaries"

    owner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    owner: Mapped[Person] = relationship()
    events: Mapped[list[DiaryEvent]] = relationship(
        back_populates="diary", cascade="all, delete-orphan", order_by="DiaryEvent.occurred_at"
    )


class DiaryEvent(Identified, Base):
    __tablename__ = "diary_events"

    diary_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("diaries.id", ondelete="CASCADE"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    expectation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    experience: Mapped[int | None] = mapped_column(Integer, nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    feeling: Mapped[str] = mapped_column(String(200), default="")
    criteria: Mapped[list[Any]] = mapped_column(JSON, default=list)
    would_recommend: Mapped[bool] = mapped_column(Boolean, default=False)
    would_warn: Mapped[bool] = mapped_column(Boolean, default=False)

    diary: Mapped[Diary] = relationship(back_populates="events")


class Review(Identified, Base):
    __tablename__ = "reviews"

    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    decision: Mapped[ReviewDecision] = mapped_column(_enum(ReviewDecision))
    notes: Mapped[str] = mapped_column(Text, default="")
    # question key -> what the shopper should change there (shown on that question)
    question_notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    audit: Mapped[Audit] = relationship(back_populates="reviews")
    reviewer: Mapped[Person] = relationship()


class CorrectiveAction(Identified, Base):
    __tablename__ = "corrective_actions"

    standard_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("standards.id", ondelete="RESTRICT"), index=True
    )
    location_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("locations.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    audit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("audits.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    question_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    linked_audits: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    # Revision 0009: raised by the database on every UPDATE; a write based on an older one
    # is refused (auditor.services.revisions)
    revision: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", server_onupdate=FetchedValue()
    )

    standard: Mapped[Standard] = relationship()
    location: Mapped[Location | None] = relationship()


class ChangeLogEntry(Identified, Base):
    """Who changed what, when: written by services inside the same transaction as the change."""

    __tablename__ = "change_log"

    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = mapped_column(String(30))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Revision 0011: what the entry is about, for who may read it on a team server
    audit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    diary_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)


class ReportedHistory(Identified, Base):
    """What a laptop said happened to an audit, received by sync: a labelled record of the
    sender's word (who sent it is set by the server), never a change-log row in someone's name."""

    __tablename__ = "reported_history"

    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), index=True
    )
    reported_by: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    entry: Mapped[dict[str, Any]] = mapped_column(JSON)


class AuditRevision(Base):
    """A revision (content hash) of an audit that this database has sent or received in a
    package: an incoming audit whose history holds our current revision replaces it; one we
    have already seen changes nothing; anything else is a conflict, kept, never overwritten."""

    __tablename__ = "audit_revisions"

    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditConflict(Identified, Base):
    """An incoming version of an audit changed on both sides, kept until a reviewer picks."""

    __tablename__ = "audit_conflicts"

    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(300), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class KnownKey(Identified, Base):
    """A signing key this database knows: whose it is, in which role, and whether it is
    trusted (enrolled by fingerprint or listed by a trusted manager's roster), revoked, or a
    "legacy" key remembered on first use before revision 0012 (trusted for nothing)."""

    __tablename__ = "known_keys"

    person: Mapped[str] = mapped_column(String(200), unique=True)
    public_key: Mapped[str] = mapped_column(String(100))
    laptop_id: Mapped[str] = mapped_column(String(40), default="")
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Revision 0012
    role: Mapped[str] = mapped_column(String(20), default="", server_default="")
    state: Mapped[str] = mapped_column(String(12), default="trusted", server_default="legacy")
    source: Mapped[str] = mapped_column(String(20), default="", server_default="")
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # the newest roster applied from this (manager's) key
    roster_serial: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PackageExport(Base):
    """What revision of each audit went out to a package file name (for --since-last)."""

    __tablename__ = "package_exports"

    target: Mapped[str] = mapped_column(String(255), primary_key=True)
    audit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AppUser(Base):
    """A login of the team server: a PostgreSQL login role in one of the group roles
    sa_shopper, sa_reviewer, sa_manager, sa_admin (the server enforces what each may do)."""

    __tablename__ = "app_users"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    role: Mapped[str] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    person: Mapped[Person | None] = relationship()


class UserOrganisation(Base):
    """An organisation a reviewer or manager works for (their audits, their actions)."""

    __tablename__ = "user_organisations"

    login: Mapped[str] = mapped_column(
        ForeignKey("app_users.login", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
