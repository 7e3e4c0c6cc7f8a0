"""Columns read as the driver hands them over, converted column by column.

Reading sixty thousand answers through SQLAlchemy's types builds a UUID object for every id,
parses every timestamp with a regular expression and wraps every row in a Row: on SQLite
that costs ten times the database's own fetch. Where many rows only become text again (an
export writes ids and times as strings), the raw values go straight to their text form; any
value not in the form these shortcuts expect goes through the column type's own conversion,
so the result is always what the typed read would give.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import NullType

RAW = NullType()  # read a column as the driver returns it, without the type's conversion
Convert = Callable[[Any], Any]


def raw(column: Any) -> ColumnElement[Any]:
    return type_coerce(column, RAW)


def _unchanged(value: Any) -> Any:
    return value


def result_of(dialect: Dialect, column: Any) -> Convert:
    """What SQLAlchemy does to this column's raw value when it reads it."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return process or _unchanged


def bind_of(dialect: Dialect, column: Any) -> Convert:
    """What SQLAlchemy does to a Python value before the driver gets it (a raw key)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process or _unchanged


def uuid_text(dialect: Dialect, column: Any) -> Convert:
    """A raw UUID column value as `str(uuid)` (SQLite keeps 32 hex digits)."""
    typed = result_of(dialect, column)

    def text(value: Any) -> str | None:
        if value.__class__ is str and len(value) == 32:
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
        if value is None:
            return None
        return str(typed(value))

    return text


def iso_text(dialect: Dialect, column: Any) -> Convert:
    """A raw UTC timestamp as ISO 8601 with its offset (what `aware.isoformat()` gives)."""
    typed = result_of(dialect, column)

    def text(value: Any) -> str | None:
        if value is None:
            return None
        if value.__class__ is str and len(value) == 26 and value[10] == " ":
            # SQLite: "2026-01-01 10:00:00.000000", in UTC. Checked as a date (in C), then
            # written as text: an aware datetime's isoformat() costs seven times as much.
            try:
                datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                fraction = "" if value.endswith("000000") else value[19:]
                return f"{value[:10]}T{value[11:19]}{fraction}+00:00"
        moment: datetime = typed(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()

    return text


def json_value(dialect: Dialect, column: Any) -> Convert:
    """A raw JSON column value parsed; the same stored text of a number, a string or a boolean
    is parsed once (answers repeat a handful of values thousands of times). Lists and objects
    are parsed afresh, so no two rows share one."""
    typed = result_of(dialect, column)
    known: dict[str, Any] = {}
    shared = (str, int, float, bool, type(None))

    def value(raw_value: Any) -> Any:
        if raw_value.__class__ is not str:
            return typed(raw_value)
        try:
            return known[raw_value]
        except KeyError:
            parsed = typed(raw_value)
            if parsed.__class__ in shared and len(known) < 10_000:
                known[raw_value] = parsed
            return parsed

    return value


# Writing: text as documents hold it (a package, a sync) straight to the form the driver is
# given, where that form is plain text too; anything else through the column's own type.

_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00")
_SAMPLE_UUID = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
_SAMPLE_TIME = datetime(2001, 2, 3, 4, 5, 6, 7, tzinfo=UTC)


def takes_text(dialect: Dialect) -> bool:
    """psycopg sends a str as a literal of unknown type, which the server reads as the
    column's type (a UUID, a time with its offset) in C."""
    return dialect.name == "postgresql" and dialect.driver == "psycopg"


def uuid_bound(dialect: Dialect, column: Any, checked: bool = False) -> Convert:
    """A UUID's text ("0011…-…") as `bind_of` gives `uuid.UUID(text)` to the driver, with no
    UUID built: where the column keeps 32 hex digits (SQLite) without its dashes, on
    PostgreSQL (psycopg) as it is. `checked`: every text is a lowercase UUID with its
    dashes (a schema said so), not looked at again."""
    bind = bind_of(dialect, column)
    if checked and takes_text(dialect):
        return _unchanged
    if checked and bind(_SAMPLE_UUID) == _SAMPLE_UUID.hex:
        return _dashless

    def typed(text: Any) -> Any:
        return None if text is None else bind(uuid.UUID(text))

    if takes_text(dialect):

        def given(text: Any) -> Any:
            if text.__class__ is str and _UUID_TEXT.fullmatch(text):
                return text
            return typed(text)

        return given
    if bind(_SAMPLE_UUID) != _SAMPLE_UUID.hex:
        return typed

    def hexed(text: Any) -> Any:
        if text.__class__ is str and _UUID_TEXT.fullmatch(text):
            return text.replace("-", "")
        return typed(text)

    return hexed


def _dashless(text: str) -> str:
    return text.replace("-", "")


def iso_bound(dialect: Dialect, column: Any) -> Convert:
    """An ISO 8601 time's text as `bind_of` gives the aware datetime it names to the driver
    (naive text is UTC), with no datetime built in Python: where the column keeps
    "2001-02-03 04:05:06.000007" (SQLite) UTC text is cut into that form and checked as a
    date in C; on PostgreSQL (psycopg) UTC text goes as it is."""
    bind = bind_of(dialect, column)

    def typed(text: Any) -> Any:
        if text is None:
            return None
        moment = datetime.fromisoformat(text)
        return bind(moment if moment.tzinfo else moment.replace(tzinfo=UTC))

    if takes_text(dialect):

        def given(text: Any) -> Any:
            if text.__class__ is str and _UTC_TEXT.fullmatch(text):
                datetime.fromisoformat(text)  # a real date and time (ValueError if not)
                return text
            return typed(text)

        return given
    if bind(_SAMPLE_TIME) != "2001-02-03 04:05:06.000007":
        return typed

    def cut(text: Any) -> Any:
        if text.__class__ is str and _UTC_TEXT.fullmatch(text):
            stored = f"{text[:10]} {text[11:19]}{text[19:26] if len(text) == 32 else '.000000'}"
            datetime.fromisoformat(stored)  # a real date and time (ValueError if not)
            return stored
        return typed(text)

    return cut
