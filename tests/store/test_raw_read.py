"""Answers read raw for an export are exactly what the typed read gives (ids, JSON values,
N/A, comments in five alphabets, UTC times with and without microseconds, times written in
another zone), on SQLite and on PostgreSQL; stored text the shortcuts do not expect goes
through the column's own conversion."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import DateTime, insert, select
from sqlalchemy.dialects import sqlite

from auditor.services.packages import VersionIndex, audit_document
from auditor.store.db import Database
from auditor.store.models import Answer, Audit, UTCDateTime
from auditor.store.raw import iso_text, json_value, uuid_text
from tests.store.test_bulk import _audit


def _typed(db: Database, audit_id: uuid.UUID) -> list[dict[str, Any]]:
    with db.read_session() as s:
        audit = s.get(Audit, audit_id)
        assert audit is not None
        keys = VersionIndex(s).question_keys(audit.template_version_id)
        query = select(Answer).where(Answer.audit_id == audit_id)
        answers = s.scalars(query.order_by(Answer.answered_at, Answer.id))
        return [
            {
                "id": str(a.id),
                "question": keys[a.question_id],
                "value": a.value,
                "na": a.na,
                "comment": a.comment,
                "answered_at": a.answered_at.astimezone(UTC).isoformat(),
            }
            for a in answers
        ]


def test_an_audit_document_holds_the_answers_the_typed_read_gives(database: Database) -> None:
    audit_id, questions = _audit(database)
    warsaw = timezone(timedelta(hours=2))
    values: list[Any] = [None, 0, 4.5, "tak – ✓ שלום", True, ["a", "b"], {"k": "Ђ"}, False, 4.5]
    with database.session() as s:
        s.execute(
            insert(Answer),
            [
                {
                    "id": uuid.uuid4(), "audit_id": audit_id, "question_id": questions[i],
                    "value": value, "na": i % 3 == 0, "comment": f"komentarz {i} ęł Ђ שלום",
                    "answered_at": datetime(
                        2026, 3, 1, 9, 30, i, 0 if i % 2 else 1000 * i + 7,
                        tzinfo=warsaw if i % 2 else UTC,
                    ),
                }
                for i, value in enumerate(values)
            ],
        )  # fmt: skip
    expected = _typed(database, audit_id)
    assert len(expected) == len(values)
    with database.read_session() as s:
        audit = s.get(Audit, audit_id)
        assert audit is not None
        doc = audit_document(s, audit, VersionIndex(s))
    assert doc["answers"] == expected
    assert [type(a["value"]) for a in doc["answers"]] == [type(a["value"]) for a in expected]
    # a repeated value is one parsed value; a list or object is never shared between rows
    assert doc["answers"][5]["value"] is not _typed(database, audit_id)[5]["value"]


def test_stored_text_the_shortcuts_do_not_expect_is_read_by_the_type() -> None:
    dialect = sqlite.dialect()
    when = iso_text(dialect, Answer.answered_at)
    assert when("2026-03-01 09:30:00.000000") == "2026-03-01T09:30:00+00:00"
    assert when("2026-03-01 09:30:00.000120") == "2026-03-01T09:30:00.000120+00:00"
    assert when("2026-03-01 09:30:05") == "2026-03-01T09:30:05+00:00"  # no fraction: typed
    assert when(None) is None
    with pytest.raises(ValueError):
        when("2026-13-01 09:30:00.000000")  # not a date: refused as the typed read refuses it
    ident = uuid_text(dialect, Answer.id)
    some = uuid.uuid4()
    assert ident(some.hex) == str(some)
    assert ident(None) is None
    value = json_value(dialect, Answer.value)
    assert value('"Ђ"') == "Ђ" and value("4.5") == 4.5 and value("true") is True
    first, second = value('["a"]'), value('["a"]')
    assert first == second == ["a"] and first is not second


def test_utc_times_are_stored_and_read_on_sqlite_as_the_stock_type_does() -> None:
    dialect = sqlite.dialect()
    ours = UTCDateTime().dialect_impl(dialect)
    stock = DateTime().dialect_impl(dialect)
    write, read = ours.bind_processor(dialect), ours.result_processor(dialect, None)
    stock_write, stock_read = stock.bind_processor(dialect), stock.result_processor(dialect, None)
    assert write and read and stock_write and stock_read
    warsaw, kathmandu = timezone(timedelta(hours=2)), timezone(timedelta(hours=5, minutes=45))
    moments = [
        datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        datetime(2026, 3, 1, 9, 30, 5, 120, tzinfo=warsaw),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=kathmandu),
        datetime(5, 1, 2, 3, 4, 5, 6, tzinfo=UTC),  # a year of one digit, padded
        datetime(2026, 3, 1, 9, 30),  # naive: taken as UTC
    ]
    for moment in moments:
        utc = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
        stored = write(moment)
        assert stored == stock_write(utc.replace(tzinfo=None))
        assert read(stored) == utc and read(stored).tzinfo is UTC
    assert write(None) is None and read(None) is None
    # text in another form (an older row, a hand edit) is read the stock way
    assert read("2026-03-01 09:30:05") == datetime(2026, 3, 1, 9, 30, 5, tzinfo=UTC)
    assert read("2026-03-01 09:30:05.5") == stock_read("2026-03-01 09:30:05.5").replace(tzinfo=UTC)
