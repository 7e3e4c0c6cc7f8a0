"""One error type the user can act on: it names the file, sheet, row and field at fault.

Its message is an English template with named values ("no audit with id {id}", id=...): the
template is the gettext message id, so the command line and the window show the error in the
user's language (`translated`), while `describe()` and `str()` stay the English text. A value
may itself be a `Phrase`, a template of its own translated with it. scripts/
update_translations.py extracts every template from auditor/ (tests/test_error_messages.py
checks each raise site gives a literal one).
"""

from __future__ import annotations

from collections.abc import Callable

Gettext = Callable[[str], str]

# the calls whose argument (1-based) is a message template: pybabel extracts them from every
# file in auditor/ (scripts/update_translations.py), and tests/unit/test_error_messages.py
# checks that each gives a literal template there, never an f-string or a variable
MESSAGE_CALLS = {
    "AuditorError": 1, "NotFound": 1, "UsageError": 1, "DatabaseRefused": 1, "Cancelled": 1,
    "StaleRevision": 1, "Phrase": 1, "N_": 1,
    "error": 1,  # auditor/exchange/xlsform_read.py: _Reading.error(message, name, column)
    "warn": 1,  # auditor/exchange/xlsform_read.py: _Reading.warn(message, row, sheet)
    "Notice": 1,  # a warning with where it was met
    "_refuse": 3,  # auditor/services/package_authority.py: _refuse(where, member, rule)
    "bad": 1,  # auditor/services/trust.py: checked_roster's bad(why)
    "_Bad": 2,  # auditor/exchange/package_values.py: _Bad(where, why)
    "ExpressionError": 1, "RuleLimitError": 1,  # auditor/expressions.py: a rule's mistakes
    "__init__": 1,  # an error subclass's super().__init__(message, ...)
}  # fmt: skip


def _english(message: str) -> str:
    return message


class Phrase:
    """A piece of a message that is translated too: a literal template and its values."""

    def __init__(self, message: str, /, **values: object) -> None:
        self.message = message
        self.values = values

    def render(self, gettext: Gettext = _english) -> str:
        return render(self.message, self.values, gettext)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Phrase({self.message!r})"


class Joined(Phrase):
    """Several values (phrases or text) shown as one, each translated, joined by `sep`."""

    def __init__(self, parts: list[Phrase | str], sep: str = "; ") -> None:
        self.message, self.values = "", {}
        self.parts, self.sep = parts, sep

    def render(self, gettext: Gettext = _english) -> str:
        return self.sep.join(
            p.render(gettext) if isinstance(p, Phrase) else str(p) for p in self.parts
        )

    def __repr__(self) -> str:
        return f"Joined({self.parts!r})"


class Notice(Phrase):
    """A warning (an import's aside): a phrase with the file, sheet and row it was met at,
    its where-parts translated as AuditorError's; `str()` is the English text."""

    def __init__(
        self,
        message: str,
        /,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        **values: object,
    ) -> None:
        super().__init__(message, **values)
        self.file, self.sheet, self.row = file, sheet, row

    def render(self, gettext: Gettext = _english) -> str:
        where = where_text(gettext, file=self.file, sheet=self.sheet, row=self.row)
        message = super().render(gettext)
        return f"{where}: {message}" if where else message

    def __repr__(self) -> str:
        return f"Notice({self.message!r})"


def where_text(
    gettext: Gettext,
    *,
    file: str | None = None,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    field: str | None = None,
) -> str:
    """Where a message was met (file, sheet 2, row 3, …) in the language of `gettext`."""
    where = []
    if file:
        where.append(str(file))
    if sheet:
        where.append(render(N_("sheet {sheet}"), {"sheet": sheet}, gettext))
    if row is not None:
        where.append(render(N_("row {row}"), {"row": row}, gettext))
    if column:
        where.append(render(N_("column {column}"), {"column": column}, gettext))
    if field:
        where.append(render(N_("field {field}"), {"field": field}, gettext))
    return ", ".join(where)


def N_(message: str, /) -> str:
    """Marks a template that is translated later (scripts/update_translations.py extracts it)."""
    return message


# the states audits and actions are in, in words (a stored value never reaches the user)
STATES = {
    "draft": Phrase("draft"),
    "submitted": Phrase("submitted"),
    "returned": Phrase("returned"),
    "accepted": Phrase("accepted"),
    "open": Phrase("open"),
    "in_progress": Phrase("in progress"),
    "done": Phrase("done"),
    "verified": Phrase("verified"),
    "cancelled": Phrase("cancelled"),
}


def state_words(value: object) -> Phrase | str:
    """An audit's or action's state (its stored value) as words."""
    return STATES.get(str(value), str(value))


def render(message: str, values: dict[str, object], gettext: Gettext = _english) -> str:
    """`message` through `gettext`, its {names} filled in (phrases translated alike); a
    translation that lost or misspelt a name falls back to the English template."""
    filled = {k: v.render(gettext) if isinstance(v, Phrase) else v for k, v in values.items()}
    text = gettext(message)
    if not filled:
        return text
    try:
        return text.format(**filled)
    except (KeyError, IndexError, ValueError):
        return message.format(**filled)


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
        details: str | None = None,
        **values: object,
    ) -> None:
        self.template = message
        self.values = values
        self.message = render(message, values)
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.field = field
        # what the machinery said (a driver's own text), for a details area or the log only
        self.details = details
        super().__init__(self.describe())

    @property
    def phrase(self) -> Phrase:
        """The message without where it happened, to be part of another message."""
        return Phrase(self.template, **self.values)

    def describe(self) -> str:
        """The English text (the log, tests, and where no catalogue is at hand)."""
        return self.translated(_english)

    def translated(self, gettext: Gettext, *, with_field: bool = True) -> str:
        """The text in the language of `gettext` (a catalogue's gettext); `with_field` False
        leaves out the field's name (a command-line option or a stored key: the window shows
        the error beside the field itself)."""
        where = where_text(
            gettext,
            file=self.file,
            sheet=self.sheet,
            row=self.row,
            column=self.column,
            field=self.field if with_field else None,
        )
        message = render(self.template, self.values, gettext)
        return f"{where}: {message}" if where else message


class DatabaseRefused(AuditorError):
    """The target exists but is not ours to open (not a database, newer or foreign schema)."""


class NotFound(AuditorError):
    """A named thing (audit, template, location) does not exist."""


class Cancelled(AuditorError):
    """The user stopped the job; the transaction is rolled back so nothing half-done stays."""


class UsageError(AuditorError):
    """The command line was put together wrongly (exit code 2, like argparse's own errors)."""
