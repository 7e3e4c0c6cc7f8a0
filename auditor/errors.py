"""One error type the user can act on: it names the file, sheet, row and field at fault."""

from __future__ import annotations


class AuditorError(Exception):
    """A problem caused by the user's input or environment, with where it happened."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.sheet:
            where.append(f"sheet {self.sheet}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class DatabaseRefused(AuditorError):
    """The target exists but is not ours to open (not a database, newer or foreign schema)."""


class NotFound(AuditorError):
    """A named thing (audit, template, location) does not exist."""


class Cancelled(AuditorError):
    """The user stopped the job; the transaction is rolled back so nothing half-done stays."""


class UsageError(AuditorError):
    """The command line was put together wrongly (exit code 2, like argparse's own errors)."""
