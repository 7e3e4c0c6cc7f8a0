"""Every model stores and reads back unchanged, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from auditor.store.db import Database
from auditor.store.models import (
    ActionStatus,
    Answer,
    Attachment,
    Audit,
    AuditStatus,
    Base,
    ChangeLogEntry,
    ChecklistTemplate,
    Choice,
    CorrectiveAction,
    CriticalScope,
    Diary,
    DiaryEvent,
    Location,
    Organisation,
    Person,
    PersonRole,
    Question,
    QuestionKind,
    Review,
    ReviewDecision,
    Section,
    Standard,
    TemplateVersion,
)

HEBREW = "השירות היה מצוין, תודה רבה"
VISIT = datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def _fill(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as s:
        org = Organisation(name="Банка Пример", sector="bank", notes="Zażółć gęślą jaźń")
        loc = Location(
            organisation=org,
            name="סניף חיפה",
            city="חיפה",
            code="B01",
            address="Šmartinska 1",
            department="Front office",
        )
        shopper = Person(name="Ana Šuštar", role=PersonRole.SHOPPER, language="sl")
        reviewer = Person(name="Reviewer", role=PersonRole.MANAGER)
        std = Standard(
            code="GREET-30",
            title={"en": "Greeting", "he": "ברכה"},
            triad="staff",
            quality_kind="functional",
            servqual_dimension="responsiveness",
            office="front",
            target={"en": "within 30 s", "he": "תוך 30 שניות"},
            weight=2.5,
        )
        tpl = ChecklistTemplate(name="visit", builtin=False)
        ver = TemplateVersion(
            template=tpl,
            version=1,
            title={"en": "Visit", "bg": "Посещение"},
            languages=["en", "bg"],
            pass_threshold=75.0,
            grade_bands=[{"min": 0, "label": {"en": "Low"}}],
        )
        sec = Section(key="greeting", position=0, title={"en": "Greeting"}, weight=2.0)
        ver.sections.append(sec)
        q = Question(
            key="greeted",
            position=0,
            kind=QuestionKind.SINGLE_CHOICE,
            label={"en": "Greeted?", "pl": "Powitanie?"},
            weight=3.0,
            critical=True,
            critical_scope=CriticalScope.AUDIT,
            na_allowed=True,
            relevance="${x} = 'yes'",
            scale={"min": 1, "max": 5},
            target={"direction": "max", "full": 30},
        )
        q.standards.append(std)
        q.choices.append(Choice(key="yes", position=0, label={"en": "Yes"}, points=1.0))
        sec.questions.append(q)
        audit = Audit(
            template_version=ver,
            location=loc,
            shopper=shopper,
            visit_start=VISIT,
            visit_end=VISIT + timedelta(minutes=20),
            observed_staff="Д. Иванова",
            status=AuditStatus.SUBMITTED,
            narrative=HEBREW,
        )
        answer = Answer(
            audit=audit,
            question=q,
            value={"picked": ["yes"], "n": 2},
            na=False,
            comment="Mixed עברית and English 123",
        )
        s.add_all([org, loc, shopper, reviewer, std, tpl, ver, audit, answer])
        s.flush()
        att = Attachment(
            audit_id=audit.id,
            answer_id=answer.id,
            sha256="ab" * 32,
            name="paragon.jpg",
            media_type="image/jpeg",
            size=4,
            data=b"\x00\xff\x10\x80",
        )
        review = Review(
            audit=audit, reviewer=reviewer, decision=ReviewDecision.RETURNED, notes="Dodaj zdjęcie"
        )
        diary = Diary(
            owner=shopper,
            title="Dnevnik",
            purpose="two weeks",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 14),
        )
        diary.events.append(
            DiaryEvent(
                occurred_at=VISIT,
                place="Kiosk",
                organisation="Ruch",
                channel="in_person",
                description=HEBREW,
                expectation=5,
                experience=3,
                satisfaction=2,
                feeling="annoyed",
                criteria=["courtesy", "waiting_time"],
                would_recommend=False,
                would_warn=True,
            )
        )
        action = CorrectiveAction(
            standard=std,
            location=loc,
            audit_id=audit.id,
            title="Greeting drill",
            owner="Manager",
            due_date=date(2026, 4, 1),
            status=ActionStatus.IN_PROGRESS,
        )
        log = ChangeLogEntry(
            actor="tester",
            entity="audit",
            entity_id=audit.id,
            action="submit",
            details={"from": "draft"},
        )
        s.add_all([att, review, diary, action, log])
        s.flush()
        return {
            "audit": audit.id,
            "answer": answer.id,
            "att": att.id,
            "diary": diary.id,
            "action": action.id,
            "log": log.id,
            "review": review.id,
        }


def test_every_model_round_trips(database: Database) -> None:
    ids = _fill(database)
    with database.session() as s:
        audit = s.get_one(Audit, ids["audit"])
        assert audit.visit_start == VISIT  # same instant, returned as aware UTC
        assert audit.visit_start.tzinfo is not None
        assert audit.status is AuditStatus.SUBMITTED
        assert audit.narrative == HEBREW
        assert audit.observed_staff == "Д. Иванова"
        assert audit.location.name == "סניף חיפה"
        assert audit.location.organisation.notes == "Zażółć gęślą jaźń"
        assert audit.shopper.name == "Ana Šuštar"
        ver = audit.template_version
        assert ver.title == {"en": "Visit", "bg": "Посещение"}
        assert ver.grade_bands == [{"min": 0, "label": {"en": "Low"}}]
        q = ver.sections[0].questions[0]
        assert (q.kind, q.critical, q.critical_scope, q.na_allowed) == (
            QuestionKind.SINGLE_CHOICE,
            True,
            CriticalScope.AUDIT,
            True,
        )
        assert q.relevance == "${x} = 'yes'"
        assert [c.points for c in q.choices] == [1.0]
        assert [st.code for st in q.standards] == ["GREET-30"]
        answer = s.get_one(Answer, ids["answer"])
        assert answer.value == {"picked": ["yes"], "n": 2}
        assert answer.comment == "Mixed עברית and English 123"
        att = s.get_one(Attachment, ids["att"])
        assert att.data == b"\x00\xff\x10\x80" and att.sha256 == "ab" * 32
        assert s.get_one(Review, ids["review"]).decision is ReviewDecision.RETURNED
        diary = s.get_one(Diary, ids["diary"])
        event = diary.events[0]
        assert event.criteria == ["courtesy", "waiting_time"]
        assert (event.expectation, event.experience, event.would_warn) == (5, 3, True)
        assert diary.period_end == date(2026, 3, 14)
        action = s.get_one(CorrectiveAction, ids["action"])
        assert action.status is ActionStatus.IN_PROGRESS and action.standard.code == "GREET-30"
        log = s.get_one(ChangeLogEntry, ids["log"])
        assert log.entity_id == ids["audit"] and log.details == {"from": "draft"}


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as s:
        s.add(Location(organisation_id=uuid.uuid4(), name="Nowhere"))
    with database.session() as s:
        assert s.scalars(select(Location)).all() == []


def test_failed_unit_of_work_leaves_nothing(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as s:
        s.add(Organisation(name="First"))
        s.flush()
        s.add(Organisation(name="First"))  # unique name violated
    with database.session() as s:
        assert s.scalars(select(Organisation)).all() == []


SERVER_ONLY_TABLES = ("sa_workflow", "sa_fresh_audits")


def test_schema_matches_models(database: Database) -> None:
    """The migrations build exactly what the models declare (no forgotten revision)."""
    with database.engine.connect() as conn:
        # the team server's own bookkeeping (migration 0011: the workflow rules and the
        # marks of audits created in the open transaction) is PostgreSQL's, not the models'
        def ours(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
            return not (kind == "table" and name in SERVER_ONLY_TABLES)

        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": ours}
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_sqlite_connection_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from auditor.store.db import open_database

    db = open_database(tmp_path / "pragmas.sqlite")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.close()
