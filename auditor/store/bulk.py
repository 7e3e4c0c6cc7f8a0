"""Many new rows of one table at the driver's own executemany speed.

`session.execute(insert(table), rows)` works out every row's parameters anew (which columns
it has, their defaults, each value's processing): for an audit package of sixty thousand
answers that bookkeeping costs more than the database's own work. Here the statement is
compiled once for a fixed list of columns, each column's bind processor (the same one
SQLAlchemy would use: UUIDs, JSON, enums, UTC datetimes on this dialect) is looked up once,
and the rows go to the DBAPI cursor as plain tuples or dicts in the caller's transaction.
Every column with a Python-side default is given by the caller (none is filled in here); a
column only the database fills (a server default) may be left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert
from sqlalchemy.exc import DBAPIError

from auditor.store.raw import takes_text

Processor = Callable[[Any], Any] | None
VALUES_PER_STATEMENT = 4_000  # values per multi-row statement on PostgreSQL (at most 65,535)


def _remembered(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's conversion done once per distinct number, string, boolean or null
    (answers repeat a handful of values thousands of times); lists and objects every time.
    Keyed by type too: True == 1, but they are stored differently."""
    known: dict[tuple[type, Any], Any] = {}
    scalars = (str, int, float, bool, type(None))

    def convert(value: Any) -> Any:
        kind = value.__class__
        if kind not in scalars:
            return process(value)
        try:
            return known[(kind, value)]
        except KeyError:
            converted = process(value)
            if len(known) < 10_000:
                known[(kind, value)] = converted
            return converted

    return convert


def _json_text(kind: JSON) -> Callable[[Any], Any]:
    """A JSON column's value as the text psycopg's Json wrapper would send (json.dumps), sent
    as text the server reads as JSON: wrapping and dumping each value in psycopg cost a
    second of a thousand audits' sync."""

    def text(value: Any) -> Any:
        if value is None and kind.none_as_null:
            return None
        return json.dumps(value)

    return text


class RowWriter:
    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        bound: Collection[str] = (),
    ) -> None:
        """`bound`: columns whose values are given in the driver's form already (what the
        column type's bind processor would make of them: see auditor.store.raw)."""
        missing = [
            c.name
            for c in table.columns
            if c.name not in columns and c.server_default is None and not c.nullable
        ]
        if missing:
            raise ValueError(f"{table.name}: no value for {', '.join(missing)}")
        dialect = connection.dialect
        self.connection = connection
        self.columns = tuple(columns)
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        order = list(compiled.positiontup or []) if self.positional else list(compiled.binds)
        if sorted(order) != sorted(columns):  # a column with a default the caller left out
            raise ValueError(f"{table.name}: the statement binds {order}, not {list(columns)}")
        self.order = [self.columns.index(name) for name in order]
        self.names = order
        self.processors: list[Processor] = []
        for name in order:
            kind = table.c[name].type
            process: Processor = (
                None if name in bound else kind.dialect_impl(dialect).bind_processor(dialect)
            )
            if isinstance(kind, JSON) and name not in bound:
                if takes_text(dialect):
                    process = _json_text(kind)
                if process is not None:
                    process = _remembered(process)
            self.processors.append(process)

        # PostgreSQL: many rows per statement. A statement per row pays the server's per-
        # statement work (and the row-level security checks that run once per statement)
        # sixty thousand times for one package.
        # The statement is written with PostgreSQL's own placeholders ($1, $2, ...) and sent
        # through psycopg's RawCursor: a "%s" statement this long is re-parsed in Python on
        # every execution (psycopg caches only short ones), which cost more than the insert.
        self.many: tuple[str, list[str]] | None = None
        if dialect.name == "postgresql" and not self.positional:
            head, _, row = self.sql.partition(" VALUES ")
            if re.findall(r"%\((\w+)\)s", row) == order:
                self.many = (head, re.split(r"%\(\w+\)s", row))
        self._statements: dict[int, str] = {}

    def _statement(self, count: int) -> str:
        if count not in self._statements:
            assert self.many is not None
            head, pieces = self.many
            width = len(pieces) - 1
            rows = [
                "".join(
                    piece + (f"${row * width + i + 1}" if i < width else "")
                    for i, piece in enumerate(pieces)
                )
                for row in range(count)
            ]
            self._statements[count] = f"{head} VALUES {', '.join(rows)}"
        return self._statements[count]

    def _write_many(self, ordered: list[tuple[Any, ...]]) -> None:
        from psycopg import Connection as Driver
        from psycopg import Error as DriverError
        from psycopg import RawCursor

        step = max(1, VALUES_PER_STATEMENT // len(self.names))
        driver = self.connection.connection.dbapi_connection  # in the session's transaction
        assert isinstance(driver, Driver)
        with RawCursor(driver) as cursor:
            for start in range(0, len(ordered), step):
                part = ordered[start : start + step]
                flat = [value for row in part for value in row]
                statement = self._statement(len(part))
                try:
                    cursor.execute(statement, flat)
                except DriverError as exc:  # as SQLAlchemy would raise it (IntegrityError...)
                    raise DBAPIError.instance(statement, None, exc, DriverError) from exc

    def write(self, rows: Sequence[Sequence[Any]]) -> int:
        """Insert rows given as tuples in the writer's column order; returns how many."""
        if not rows:
            return 0
        given = list(zip(*rows, strict=True))  # column by column: each processor mapped at C speed
        values = [
            given[i] if process is None else list(map(process, given[i]))
            for i, process in zip(self.order, self.processors, strict=True)
        ]
        if self.many is not None:
            ordered = list(zip(*values, strict=True))
            self._write_many(ordered)
            return len(ordered)
        if self.positional:
            params: list[Any] = list(zip(*values, strict=True))
        else:
            params = [dict(zip(self.names, row, strict=True)) for row in zip(*values, strict=True)]
        self.connection.exec_driver_sql(self.sql, params)
        return len(params)
