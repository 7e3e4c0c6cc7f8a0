"""Checks a template document before anything of it is stored.

Both importers (JSON and XLSForm Excel) build the same document and call `validate`; they pass
a locator so every message names the place the user must fix (JSON path, or sheet/row/column).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

from auditor.errors import AuditorError, Phrase
from auditor.expressions import ExpressionError, find_cycle, parse
from auditor.store.models import CriticalScope, QuestionKind

# locate(item_key, field) -> keyword arguments for AuditorError (file, sheet, row, column, field)
Locator = Callable[[str | None, str], dict[str, Any]]

KINDS = {k.value for k in QuestionKind}
CHOICE_KINDS = {QuestionKind.SINGLE_CHOICE.value, QuestionKind.MULTIPLE_CHOICE.value}


def json_locator(source: str) -> Locator:
    def locate(item: str | None, field: str) -> dict[str, Any]:
        return {"file": source, "field": f"{item}.{field}" if item else field}

    return locate


def _number(value: Any, where: dict[str, Any], what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AuditorError(
            "{what} must be a number, not {value!r}", what=what, value=value, **where
        )
    if value < 0:
        raise AuditorError("{what} must not be negative ({value})", what=what, value=value, **where)
    return float(value)


def validate(
    doc: dict[str, Any], locate: Locator, standard_codes: Iterable[str] | None = None
) -> list[Phrase]:
    """Raise AuditorError on the first problem; return warnings for what is merely odd."""
    warnings: list[Phrase] = []
    for key in ("name", "title", "sections"):
        if not doc.get(key):
            raise AuditorError("missing required '{key}'", key=key, **locate(None, key))
    _number(doc.get("pass_threshold", 80.0), locate(None, "pass_threshold"), "pass_threshold")
    known_codes = set(standard_codes) if standard_codes is not None else None
    section_keys: set[str] = set()
    questions: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for section in doc["sections"]:
        skey = section.get("key")
        if not skey:
            raise AuditorError("a section needs a name", **locate(None, "sections"))
        if skey in section_keys:
            raise AuditorError("duplicate section name '{skey}'", skey=skey, **locate(skey, "name"))
        section_keys.add(skey)
        _number(section.get("weight", 1.0), locate(skey, "weight"), "weight")
        if not section.get("questions"):
            warnings.append(Phrase("section '{skey}' has no questions", skey=skey))
        for q in section.get("questions", []):
            qkey = q.get("key")
            if not qkey:
                raise AuditorError("a question needs a name", **locate(skey, "name"))
            if qkey in questions or qkey in section_keys - {skey}:
                raise AuditorError(
                    "duplicate question name '{qkey}'", qkey=qkey, **locate(qkey, "name")
                )
            questions[qkey] = q
            order.append(qkey)
            _check_question(q, locate, known_codes)
    check_rules(doc, locate)
    return warnings


def _check_question(q: dict[str, Any], locate: Locator, known_codes: set[str] | None) -> None:
    key = q["key"]
    kind = q.get("kind")
    if kind not in KINDS:
        raise AuditorError("unknown question kind '{kind}'", kind=kind, **locate(key, "type"))
    _number(q.get("weight", 1.0), locate(key, "weight"), "weight")
    if not q.get("label"):
        raise AuditorError("question '{key}' has no label", key=key, **locate(key, "label"))
    scope = q.get("critical_scope", "section")
    if scope not in {s.value for s in CriticalScope}:
        raise AuditorError(
            "critical must be 'section' or 'audit', not '{scope}'",
            scope=scope,
            **locate(key, "critical"),
        )
    if kind in CHOICE_KINDS:
        choices = q.get("choices") or []
        if not choices:
            raise AuditorError("question '{key}' needs choices", key=key, **locate(key, "choices"))
        seen: set[str] = set()
        for choice in choices:
            ckey = choice.get("key")
            if not ckey or ckey in seen:
                raise AuditorError(
                    "duplicate or empty choice name '{ckey}' in '{key}'",
                    ckey=ckey,
                    key=key,
                    **locate(key, "choices"),
                )
            seen.add(ckey)
            if choice.get("points") is not None:
                _number(choice["points"], locate(key, "points"), "points")
    if kind == QuestionKind.RATING.value:
        scale = q.get("scale") or {}
        low, high = scale.get("min", 1), scale.get("max", 5)
        if not all(isinstance(v, int | float) for v in (low, high)) or low >= high:
            raise AuditorError(
                "rating scale of '{key}' must go from a lower to a higher number",
                key=key,
                **locate(key, "parameters"),
            )
    if q.get("target"):
        target = q["target"]
        if target.get("direction") not in ("max", "min") or not isinstance(
            target.get("full"), int | float
        ):
            raise AuditorError(
                "target of '{key}' needs a direction (max/min) and a full-points value",
                key=key,
                **locate(key, "target"),
            )
    if known_codes is not None:
        for code in q.get("standards", []):
            if code not in known_codes:
                raise AuditorError(
                    "unknown standard code '{code}'", code=code, **locate(key, "standard")
                )


def check_rules(doc: dict[str, Any], locate: Locator) -> None:
    """Every relevance and constraint rule of a checklist document is one our rules can run
    safely (within the limits of `auditor.expressions`, regex patterns RE2 compiles), reads
    only questions of the checklist, and no relevance is cyclic. Every importer (JSON, XLSForm,
    a package's checklists) calls this before anything is stored, so a rule is refused with
    the question and field named at import rather than failing, or hanging, when scored."""
    order = [q["key"] for s in doc["sections"] for q in s.get("questions", [])]
    questions = set(order)
    dependencies: dict[str, set[str]] = {}
    for section in doc["sections"]:
        items = [(section["key"], section, "relevance")]
        items += [(q["key"], q, "relevance") for q in section.get("questions", [])]
        items += [(q["key"], q, "constraint") for q in section.get("questions", [])]
        for key, item, field in items:
            source = item.get(field) or ""
            if not source:
                continue
            column = "relevant" if field == "relevance" else "constraint"
            if not isinstance(source, str):
                raise AuditorError(
                    "the {rule} rule of '{key}' is not text",
                    rule=column,
                    key=key,
                    **locate(key, column),
                )
            try:
                refs = parse(source).references
            except ExpressionError as exc:
                raise AuditorError(
                    "bad {rule} rule of '{key}' ({source}): {exc}",
                    rule=column,
                    key=key,
                    source=source,
                    exc=exc.phrase,
                    **locate(key, column),
                ) from exc
            for ref in sorted(refs):
                if ref not in questions:
                    raise AuditorError(
                        "{rule} rule refers to unknown question '{ref}'",
                        rule=column,
                        ref=ref,
                        **locate(key, column),
                    )
            if field == "relevance":
                dependencies.setdefault(key, set()).update(refs)
    for section in doc["sections"]:
        for q in section.get("questions", []):
            # a question is shown only when its section is: it depends on the section's rule
            if section.get("relevance"):
                dependencies.setdefault(q["key"], set()).add(section["key"])
    for key in order:
        dependencies.setdefault(key, set())
    cycle = find_cycle(dependencies)
    if cycle:
        raise AuditorError(
            "cyclic relevance: {cycle}", cycle=" -> ".join(cycle), **locate(cycle[0], "relevant")
        )
