"""Rows written through the bulk writer are stored exactly as SQLAlchemy's own insert stores
them (UUIDs, JSON, enums, booleans, UTC datetimes), on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from auditor.services.templates import install_builtins
from auditor.store.bulk import RowWriter
from auditor.store.db import Database
from auditor.store.models import (
    Answer,
    Audit,
    AuditStatus,
    Location,
    Organisation,
    Person,
    PersonRole,
    TemplateVersion,
)

COLUMNS = ("id", "audit_id", "question_id", "value", "na", "comment", "answered_at", "revision")


def _audit(db: Database) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with db.session() as s:
        install_builtins(s)
        version = s.scalars(select(TemplateVersion)).first()
        assert version is not None
        org = Organisation(name="Sieć Żabka")
        place = Location(name="Łódź Piotrkowska", organisation=org)
        shopper = Person(name="Анна", role=PersonRole.SHOPPER)
        s.add_all([org, place, shopper])
        s.flush()
        audit = Audit(
            template_version_id=version.id, location_id=place.id, shopper_id=shopper.id,
            visit_start=datetime(2026, 3, 1, 9, 30, tzinfo=UTC), status=AuditStatus.SUBMITTED,
        )  # fmt: skip
        s.add(audit)
        s.flush()
        questions = [q.id for section in version.sections for q in section.questions]
        return audit.id, questions


def _stored(db: Database, audit_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """The rows as the database holds them (text, not through SQLAlchemy's types)."""
    with db.read_session() as s:
        sql = "SELECT CAST(id AS TEXT), CAST(question_id AS TEXT), CAST(value AS TEXT), na, "
        sql += "comment, CAST(answered_at AS TEXT), revision FROM answers "
        sql += "WHERE CAST(audit_id AS TEXT) = :a ORDER BY answered_at"
        key = audit_id.hex if db.url.get_backend_name() == "sqlite" else str(audit_id)
        return [tuple(r) for r in s.execute(text(sql), {"a": key})]


def test_the_bulk_writer_stores_what_an_insert_stores(database: Database) -> None:
    first, questions = _audit(database)
    second = _audit_copy(database, first)
    warsaw = timezone(timedelta(hours=2))
    values: list[Any] = [None, 0, 4.5, "tak – ✓ שלום", True, ["a", "b"], {"k": "Ђ"}, False]
    values += [False, 0, 1, True, 4.5, ["a", "b"], None]  # again: converted once, as before
    values = values[: len(questions)]
    rows = [
        (
            uuid.uuid4(), None, questions[i], value, i % 2 == 0, f"komentarz {i} ęł",
            datetime(2026, 3, 1, 9, 30, i, 1000 * i, tzinfo=warsaw if i % 2 else UTC), 1,
        )
        for i, value in enumerate(values)
    ]  # fmt: skip
    with database.session() as s:
        s.execute(
            insert(Answer),
            [dict(zip(COLUMNS, (r[0], first, *r[2:]), strict=True)) for r in rows],
        )
        written = RowWriter(
            s.connection(), Answer.__table__, COLUMNS
        ).write(  # type: ignore[arg-type]
            [(uuid.uuid4(), second, *r[2:]) for r in rows]
        )
    assert written == len(rows)
    by_insert = [r[1:] for r in _stored(database, first)]
    by_writer = [r[1:] for r in _stored(database, second)]
    assert by_writer == by_insert
    assert len(by_writer) == len(values)
    with database.read_session() as s:
        read = s.scalars(select(Answer).where(Answer.audit_id == second)).all()
        assert sorted(map(repr, (a.value for a in read))) == sorted(map(repr, values))
        assert {a.answered_at.tzinfo for a in read} == {UTC}


def _audit_copy(db: Database, like: uuid.UUID) -> uuid.UUID:
    with db.session() as s:
        audit = s.get(Audit, like)
        assert audit is not None
        copy = Audit(
            template_version_id=audit.template_version_id, location_id=audit.location_id,
            shopper_id=audit.shopper_id, visit_start=audit.visit_start, status=audit.status,
        )  # fmt: skip
        s.add(copy)
        s.flush()
        return copy.id


def test_a_column_with_a_default_left_out_is_refused(database: Database) -> None:
    with database.session() as s, pytest.raises(ValueError, match="answers"):
        RowWriter(s.connection(), Answer.__table__, ("id", "audit_id", "question_id"))  # type: ignore[arg-type]


def test_many_rows_go_in_whole_in_statements_of_many_rows(database: Database) -> None:
    """More rows than one statement holds on PostgreSQL (and on SQLite, one executemany):
    every row lands once, with its values, the last statement a short one."""
    from auditor.store.bulk import VALUES_PER_STATEMENT
    from auditor.store.models import ChangeLogEntry

    columns = ("id", "at", "actor", "entity", "entity_id", "action", "details")
    count = 3 * VALUES_PER_STATEMENT // len(columns) + 17
    start = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    rows = [
        (uuid.uuid4(), start + timedelta(seconds=i), f"Ђура {i}", "answer", uuid.uuid4(),
         "saved", {"n": i, "ok": i % 2 == 0})
        for i in range(count)
    ]  # fmt: skip
    with database.session() as s:
        table = ChangeLogEntry.__table__
        assert RowWriter(s.connection(), table, columns).write(rows) == count  # type: ignore[arg-type]
    with database.read_session() as s:
        stored = {
            e.id: (e.at, e.actor, e.entity_id, e.details) for e in s.scalars(select(ChangeLogEntry))
        }
    assert stored == {r[0]: (r[1], r[2], r[4], r[6]) for r in rows}
