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
from auditor.store.raw import bind_of, iso_bound, uuid_bound

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


def test_ids_and_times_given_as_document_text_are_stored_as_typed_ones_are(
    database: Database,
) -> None:
    """An import hands ids and times over as the documents hold them (auditor.store.raw's
    uuid_bound, iso_bound): stored exactly as the UUIDs and datetimes they name would be,
    on both backends; text in another form (an offset, no offset, capitals) goes through
    the column's type."""
    first, questions = _audit(database)
    second = _audit_copy(database, first)
    kathmandu = timezone(timedelta(hours=5, minutes=45))
    times = [
        "2026-03-01T09:30:00+00:00", "2026-03-01T09:30:00.000120+00:00",
        "2026-03-01T11:30:05+02:00", "2026-03-01T09:30:07", "1999-12-31T23:59:59.999999+05:45",
    ]  # fmt: skip
    ids = [uuid.uuid4() for _ in times]
    id_texts = [str(ids[0]), str(ids[1]), str(ids[2]).upper(), ids[3].hex, str(ids[4])]
    moments = [
        datetime(2026, 3, 1, 9, 30, tzinfo=UTC), datetime(2026, 3, 1, 9, 30, 0, 120, tzinfo=UTC),
        datetime(2026, 3, 1, 9, 30, 5, tzinfo=UTC), datetime(2026, 3, 1, 9, 30, 7, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=kathmandu),
    ]  # fmt: skip
    with database.session() as s:
        dialect = s.get_bind().dialect
        as_id, as_time = uuid_bound(dialect, Answer.id), iso_bound(dialect, Answer.answered_at)
        checked_id = uuid_bound(dialect, Answer.id, checked=True)
        key = bind_of(dialect, Answer.id)
        typed = [
            dict(zip(COLUMNS, (uuid.uuid4(), first, questions[i], i, False, "", moments[i], 1),
                     strict=True))
            for i in range(len(times))
        ]  # fmt: skip
        s.execute(insert(Answer), typed)
        writer = RowWriter(
            s.connection(), Answer.__table__,  # type: ignore[arg-type]
            COLUMNS, bound=("id", "audit_id", "question_id", "answered_at"),
        )  # fmt: skip
        writer.write(
            [
                ((checked_id if i in (0, 4) else as_id)(id_texts[i]), key(second),
                 key(questions[i]), i, False, "", as_time(times[i]), 1)
                for i in range(len(times))
            ]
        )  # fmt: skip
        with pytest.raises(ValueError):
            as_time("2026-02-30T09:30:00+00:00")  # no such day
    by_insert = [r[1:] for r in _stored(database, first)]
    by_text = _stored(database, second)
    assert [r[1:] for r in by_text] == by_insert
    sqlite_form = database.url.get_backend_name() == "sqlite"
    assert sorted(r[0] for r in by_text) == sorted(i.hex if sqlite_form else str(i) for i in ids)
