"""A JSON-schema verdict in plain, translatable words ("the checklist has no title"), never
jsonschema's own English ("'title' is a required property"), which stays in the details."""

from __future__ import annotations

from typing import Any

from jsonschema import ValidationError

from auditor.errors import AuditorError, Phrase

KINDS = {
    "string": Phrase("text"),
    "integer": Phrase("a whole number"),
    "number": Phrase("a number"),
    "array": Phrase("a list"),
    "object": Phrase("a set of named fields"),
    "boolean": Phrase("true or false"),
    "null": Phrase("empty"),
}


def _kinds(value: Any) -> Phrase | str:
    names = value if isinstance(value, list) else [value]
    words = [KINDS.get(str(n), str(n)) for n in names]
    if len(words) == 1:
        return words[0]
    return Phrase("{first} or {second}", first=words[0], second=words[1])


def _shown(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def schema_phrase(error: ValidationError, path: str, document: Phrase | str) -> Phrase:
    """What `error` says, in words; `path` names the place ("" at the top level, where
    `document` names the whole: the checklist, the standards list)."""
    kind, value = error.validator, error.instance
    expected: Any = error.validator_value
    place: Phrase | str = path or document
    if kind == "required" and isinstance(value, dict):
        missing = next((str(k) for k in expected if k not in value), "?")
        return Phrase("{place} has no {name}", place=place, name=missing)
    if kind == "type":
        return Phrase("{place} should be {kind}, not {value}", place=place,
                      kind=_kinds(expected), value=_shown(value))  # fmt: skip
    if kind in ("enum", "const"):
        allowed = expected if isinstance(expected, list) else [expected]
        return Phrase("{place}: {value} is not one of {allowed}", place=place,
                      value=_shown(value), allowed=", ".join(str(a) for a in allowed))  # fmt: skip
    if kind == "additionalProperties" and isinstance(value, dict):
        schema: Any = error.schema
        known = set(schema.get("properties", {}))
        extra = sorted(str(k) for k in value if k not in known)
        return Phrase("{place} holds fields it may not have: {names}", place=place,
                      names=", ".join(extra))  # fmt: skip
    if kind == "minLength":
        if expected == 1:
            return Phrase("{place} is empty", place=place)
        return Phrase("{place} is shorter than {limit} characters", place=place, limit=expected)
    if kind == "maxLength":
        return Phrase("{place} is longer than {limit} characters", place=place, limit=expected)
    if kind in ("minimum", "exclusiveMinimum"):
        return Phrase("{place}: {value} is below the lowest allowed, {limit}", place=place,
                      value=_shown(value), limit=expected)  # fmt: skip
    if kind in ("maximum", "exclusiveMaximum"):
        return Phrase("{place}: {value} is above the highest allowed, {limit}", place=place,
                      value=_shown(value), limit=expected)  # fmt: skip
    if kind == "minItems":
        if expected == 1:
            return Phrase("{place} is empty", place=place)
        return Phrase("{place} has fewer than {limit} entries", place=place, limit=expected)
    if kind == "maxItems":
        return Phrase("{place} has more than {limit} entries", place=place, limit=expected)
    if kind == "uniqueItems":
        return Phrase("{place} holds the same entry twice", place=place)
    if kind in ("pattern", "format"):
        return Phrase("{place}: {value} is not written the way it should be", place=place,
                      value=_shown(value))  # fmt: skip
    return Phrase("{place}: {value} is not a value it may hold", place=place, value=_shown(value))


def schema_error(
    error: ValidationError, path: str, document: Phrase | str, **where: Any
) -> AuditorError:
    """The AuditorError for `error` (jsonschema's own text kept as its details)."""
    return AuditorError(
        "{problem}", problem=schema_phrase(error, path, document), details=error.message, **where
    )
