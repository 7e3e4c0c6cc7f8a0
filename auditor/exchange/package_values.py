"""Every value of a package's documents converted once before anything of it is written: the
schemas state formats and ranges, but a date 9999-99-99 matches a pattern, an offset of 25
hours parses as text, and a number past 64 bits is valid JSON. What fails to convert here is
a one-line refusal naming the member and the place; what passes can be stored on SQLite and
PostgreSQL alike. The preview (`--dry-run`) and the import call the same checks."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from auditor.errors import AuditorError, Phrase

INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what any number in a document may be
INT32 = 2**31 - 1  # an Integer column on PostgreSQL


class _Bad(ValueError):
    """`why` is a template with named values, translated with the refusal."""

    def __init__(self, where: str, why: str, /, **values: Any) -> None:
        self.phrase = Phrase("{where}: {why}", where=where, why=Phrase(why, **values))
        super().__init__(str(self.phrase))


def _moment(value: Any, where: str) -> None:
    if value is None:
        return
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment.astimezone(UTC)  # year 1 at +01:00 is before any time there is
    except (TypeError, ValueError, OverflowError) as exc:
        raise _Bad(
            where, "{value!r} is not a date and time ({exc})", value=value, exc=exc
        ) from None


def _day(value: Any, where: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise _Bad(where, "{value!r} is not a date ({exc})", value=value, exc=exc) from None


def _uuid(value: Any, where: str) -> None:
    if value is None:
        return
    try:
        uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise _Bad(where, "{value!r} is not an id (a UUID)", value=value) from None


def _numbers(roots: Iterable[Any], where: str) -> None:
    """Any JSON value: every number within 64 bits and finite (scores convert them)."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        kind = node.__class__
        if kind is str or kind is bool or node is None:
            continue
        if kind is int:
            if not INT_MIN <= node <= INT_MAX:
                raise _Bad(where, "a number past 64 bits")
        elif kind is float:
            if not math.isfinite(node):
                raise _Bad(where, "{node!r} is not a number that can be stored", node=node)
        elif kind is dict:
            stack.extend(node.values())
        elif kind is list:
            stack.extend(node)


def _int(value: Any, where: str, low: int = 0, high: int = INT32) -> None:
    if value is not None and not low <= value <= high:
        raise _Bad(
            where, "{value} is not between {low} and {high}", value=value, low=low, high=high
        )


def audit(doc: dict[str, Any]) -> None:
    for name in ("visit_start", "visit_end", "submitted_at", "created_at"):
        _moment(doc.get(name), name)
    _int(doc["template"]["version"], "template/version", 1)
    moment = _moment
    for index, item in enumerate(doc["answers"]):
        try:
            datetime.fromisoformat(item["answered_at"]).astimezone(UTC)
        except (ValueError, OverflowError):
            moment(item["answered_at"], f"answers/{index}/answered_at")
        if "value" in item and item["value"].__class__ not in (str, bool):
            _numbers((item["value"],), f"answers/{index}/value")
    for index, item in enumerate(doc["attachments"]):
        moment(item["created_at"], f"attachments/{index}/created_at")
        _int(item["size"], f"attachments/{index}/size")
    for index, item in enumerate(doc["reviews"]):
        moment(item["created_at"], f"reviews/{index}/created_at")
    for index, item in enumerate(doc["change_log"]):
        moment(item["at"], f"change_log/{index}/at")
        _numbers((item["details"],), f"change_log/{index}/details")


def diary(doc: dict[str, Any]) -> None:
    _uuid(doc["id"], "id")
    _day(doc["period_start"], "period_start")
    _day(doc["period_end"], "period_end")
    _moment(doc.get("created_at"), "created_at")
    for index, event in enumerate(doc["events"]):
        _uuid(event["id"], f"events/{index}/id")
        _moment(event["occurred_at"], f"events/{index}/occurred_at")
        for name in ("expectation", "experience", "satisfaction"):
            _int(event.get(name), f"events/{index}/{name}", -INT32)
        _numbers(event.get("criteria", ()), f"events/{index}/criteria")


def action(doc: dict[str, Any]) -> None:
    _uuid(doc["id"], "id")
    _uuid(doc.get("audit_id"), "audit_id")
    _day(doc.get("due_date"), "due_date")
    for name in ("created_at", "closed_at", "verified_at"):
        _moment(doc.get(name), name)
    for index, linked in enumerate(doc.get("linked_audits", ())):
        _uuid(linked, f"linked_audits/{index}")


def template_member(doc: dict[str, Any]) -> None:
    _numbers((doc,), "template")
    for index, item in enumerate(doc["standards"]):
        weight = item.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise _Bad(f"standards/{index}/weight", "{weight!r} is not a number", weight=weight)


CHECKS = {"audit": audit, "diary": diary, "action": action, "template": template_member}


def check(kind: str, doc: dict[str, Any], member: str, where: str) -> None:
    """Refuse, naming the member and the place, what no database could store."""
    try:
        CHECKS[kind](doc)
    except _Bad as exc:
        raise AuditorError("{member}: {problem}", member=member, problem=exc.phrase,
                           file=where) from None  # fmt: skip
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # not its schema's shape
        raise AuditorError(
            "{member}: a value of the wrong kind ({exc!r})", member=member, exc=exc, file=where
        ) from None
