"""Checklists as Excel workbooks following XLSForm conventions (ODK Collect, KoboToolbox).

Sheets: `survey` (type, name, label::Language (code), hint, required, relevant, constraint,
parameters, begin_group/end_group), `choices` (list_name, name, label::...), `settings`
(form_title, form_id, version, default_language), plus our own columns: weight, critical,
na, standard, target, anchors (survey) and points (choices), and an optional `grades` sheet.
Anything we do not use is reported as a warning naming sheet and row, never a crash.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from auditor.errors import AuditorError
from auditor.expressions import ExpressionError, parse
from auditor.files import write_with
from auditor.labels import LANGUAGES
from auditor.scoring.model import NA_POLICIES
from auditor.services.template_validation import Locator
from auditor.services.templates import canonical_document

LANGUAGE_NAMES = {
    "english": "en",
    "polish": "pl",
    "polski": "pl",
    "slovenian": "sl",
    "slovene": "sl",
    "slovenščina": "sl",
    "bulgarian": "bg",
    "български": "bg",
    "hebrew": "he",
    "עברית": "he",
    "french": "fr",
    "german": "de",
    "spanish": "es",
    "portuguese": "pt",
    "arabic": "ar",
    "swahili": "sw",
    "russian": "ru",
    "ukrainian": "uk",
    "croatian": "hr",
    "serbian": "sr",
    "czech": "cs",
    "slovak": "sk",
    "hungarian": "hu",
    "italian": "it",
    "romanian": "ro",
}
CODE_NAMES = {
    "en": "English",
    "pl": "Polish",
    "sl": "Slovenian",
    "bg": "Bulgarian",
    "he": "Hebrew",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "ar": "Arabic",
    "ru": "Russian",
}

TYPE_TO_KIND = {
    "integer": "number",
    "decimal": "number",
    "text": "text",
    "note": "note",
    "date": "date",
    "time": "time_of_day",
    "datetime": "datetime",
    "image": "photo",
    "photo": "photo",
    "file": "file",
    "range": "rating",
    "rating": "rating",
    "duration": "duration",
}
METADATA_TYPES = {
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "email",
    "audit",
    "phonenumber",
    "simserial",
    "subscriberid",
    "start-geopoint",
}
SURVEY_COLUMNS = {
    "type",
    "name",
    "label",
    "hint",
    "required",
    "relevant",
    "constraint",
    "choice_filter",
    "parameters",
    "weight",
    "critical",
    "na",
    "na_policy",
    "standard",
    "target",
    "anchors",
}
IGNORED_SURVEY_COLUMNS = {
    "appearance",
    "required_message",
    "constraint_message",
    "guidance_hint",
    "default",
    "read_only",
    "media",
    "image",
    "audio",
    "video",
    "big-image",
    "calculation",
    "trigger",
    "repeat_count",
    "autoplay",
    "body",
    "note",
    "jr:count",
    "jr:constraintmsg",
    "jr:requiredmsg",
    "kobo--locking-profile",
    "$kuid",
    "$autoname",
    "$given_name",
    "$prev",
    "$xpath",
}
CHOICE_COLUMNS = {"list_name", "list name", "name", "label", "points"}
TRUE_WORDS = {"yes", "true", "true()", "yes()", "1", "y"}
FALSE_WORDS = {"no", "false", "false()", "0", "n", ""}
TARGET = re.compile(
    r"^\s*(?P<op><=|>=)\s*(?P<full>-?\d+(?:\.\d+)?)\s*(?:\.\.\s*(?P<zero>-?\d+(?:\.\d+)?))?"
    r"\s*(?P<unit>[^\d\s].*)?$"
)


def language_code(spec: str) -> str:
    """'English (en)' -> 'en'; 'Polish' -> 'pl'; 'he' -> 'he'."""
    spec = spec.strip()
    match = re.search(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$", spec)
    if match:
        return match.group(1).lower()
    if re.fullmatch(r"[A-Za-z]{2,3}", spec):
        return spec.lower()
    return LANGUAGE_NAMES.get(spec.casefold(), re.sub(r"\W+", "_", spec.casefold()) or "und")


def language_header(code: str) -> str:
    return f"{CODE_NAMES.get(code, code)} ({code})"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@dataclass
class Sheet:
    """One worksheet as a header map and rows, with Excel row numbers kept for messages."""

    title: str
    columns: dict[str, int]  # normalised header -> index
    headers: list[str]
    rows: list[tuple[int, tuple[Any, ...]]]

    def letter(self, column: str) -> str:
        index = self.columns.get(column)
        return f"{column} ({get_column_letter(index + 1)})" if index is not None else column

    def get(self, row: tuple[Any, ...], column: str) -> str:
        index = self.columns.get(column)
        if index is None or index >= len(row):
            return ""
        return _text(row[index])

    def translated(self, row: tuple[Any, ...], base: str, default_language: str) -> dict[str, str]:
        labels: dict[str, str] = {}
        for header, index in self.columns.items():
            name, _, lang = header.partition("::")
            if name != base or index >= len(row):
                continue
            value = _text(row[index])
            if value:
                labels[language_code(lang) if lang else default_language] = value
        return labels


def _read_sheet(ws: Any) -> Sheet:
    rows = list(ws.iter_rows(values_only=True))
    header_row = rows[0] if rows else ()
    columns: dict[str, int] = {}
    headers: list[str] = []
    for index, cell in enumerate(header_row):
        raw = _text(cell)
        if not raw:
            continue
        base, sep, lang = raw.partition("::")
        if not sep:
            base, sep, lang = (
                raw.partition(":") if raw.startswith(("label:", "hint:")) else (raw, "", "")
            )
        key = base.strip().lower() + (f"::{lang.strip()}" if sep else "")
        columns.setdefault(key, index)
        headers.append(key)
    body = [
        (number, tuple(row))
        for number, row in enumerate(rows[1:], start=2)
        if any(_text(v) for v in row)
    ]
    return Sheet(title=ws.title, columns=columns, headers=headers, rows=body)


@dataclass
class _Import:
    source: str
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, tuple[str, int]] = field(default_factory=dict)  # item key -> (sheet, row)
    sheets: dict[str, Sheet] = field(default_factory=dict)

    def error(
        self, message: str, sheet: Sheet, row: int | None, column: str | None
    ) -> AuditorError:
        return AuditorError(
            message,
            file=self.source,
            sheet=sheet.title,
            row=row,
            column=sheet.letter(column) if column else None,
        )

    def warn(self, message: str, sheet: str, row: int | None = None) -> None:
        where = f"sheet {sheet}" + (f", row {row}" if row is not None else "")
        self.warnings.append(f"{self.source}, {where}: {message}")

    def number(self, sheet: Sheet, number: int, row: tuple[Any, ...], column: str) -> float | None:
        text = sheet.get(row, column)
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise self.error(
                f"{column} must be a number, not '{text}'", sheet, number, column
            ) from None
        if value < 0:
            raise self.error(f"{column} must not be negative ({text})", sheet, number, column)
        return value

    def flag(self, sheet: Sheet, number: int, row: tuple[Any, ...], column: str) -> bool:
        text = sheet.get(row, column).lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        self.warn(
            f"{column} '{text}' is an expression or unknown word; taken as 'no'",
            sheet.title,
            number,
        )
        return False

    def locator(self) -> Locator:
        field_columns = {
            "type": "type",
            "name": "name",
            "label": "label",
            "weight": "weight",
            "relevant": "relevant",
            "constraint": "constraint",
            "standard": "standard",
            "critical": "critical",
            "choices": "type",
            "points": "type",
            "parameters": "parameters",
            "target": "target",
        }

        def locate(item: str | None, what: str) -> dict[str, Any]:
            if item is None or item not in self.rows:
                sheet = self.sheets.get("settings") or self.sheets["survey"]
                return {"file": self.source, "sheet": sheet.title, "field": what}
            title, number = self.rows[item]
            sheet = self.sheets[title]
            column = field_columns.get(what, what)
            return {
                "file": self.source,
                "sheet": sheet.title,
                "row": number,
                "column": sheet.letter(column),
            }

        return locate


def read_xlsform(path: Path) -> tuple[dict[str, Any], list[str], Locator]:
    """Read a workbook into a template document; returns (document, warnings, locator)."""
    source = str(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise AuditorError(f"is not an Excel workbook (.xlsx): {exc}", file=source) from exc
    try:
        sheets = {ws.title.strip().lower(): _read_sheet(ws) for ws in workbook.worksheets}
    finally:
        workbook.close()
    state = _Import(source=source, sheets=sheets)
    if "survey" not in sheets:
        raise AuditorError("missing sheet 'survey'", file=source, sheet="survey")
    settings = _read_settings(state, sheets.get("settings"), path)
    default_language = settings["default_language"]
    choices = _read_choices(state, sheets.get("choices"), default_language)
    sections = _read_survey(state, sheets["survey"], choices, default_language)
    doc: dict[str, Any] = {
        **{k: v for k, v in settings.items() if k != "languages_found"},
        "sections": sections,
    }
    if "grades" in sheets:
        doc["grade_bands"] = _read_grades(state, sheets["grades"], default_language)
    if not doc.get("languages"):
        found = settings["languages_found"] | _survey_languages(sheets["survey"], default_language)
        doc["languages"] = sorted(found, key=lambda c: (c != default_language, _lang_order(c)))
    return doc, state.warnings, state.locator()


def _lang_order(code: str) -> tuple[int, str]:
    return (LANGUAGES.index(code), "") if code in LANGUAGES else (len(LANGUAGES), code)


def _survey_languages(sheet: Sheet, default_language: str) -> set[str]:
    found = set()
    for header in sheet.columns:
        base, _, lang = header.partition("::")
        if base == "label":
            found.add(language_code(lang) if lang else default_language)
    return found


def _read_settings(state: _Import, sheet: Sheet | None, path: Path) -> dict[str, Any]:
    stem = re.sub(r"[^A-Za-z0-9_\-]+", "_", path.stem).strip("_") or "imported"
    result: dict[str, Any] = {"name": stem, "default_language": "en", "languages_found": set()}
    if sheet is None or not sheet.rows:
        result["title"] = {"en": path.stem}
        return result
    number, row = sheet.rows[0]
    default_spec = sheet.get(row, "default_language")
    default_language = language_code(default_spec) if default_spec else "en"
    result["default_language"] = default_language
    form_id = sheet.get(row, "form_id")
    if form_id:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]*", form_id):
            raise state.error(
                f"form_id '{form_id}' may hold only letters, digits, _ . -",
                sheet,
                number,
                "form_id",
            )
        result["name"] = form_id
    title = sheet.translated(row, "form_title", default_language)
    result["title"] = title or {default_language: form_id or path.stem}
    description = sheet.translated(row, "description", default_language)
    if description:
        result["description"] = description
    version = sheet.get(row, "version")
    if version.isdigit() and 0 < int(version) < 1_000_000:
        result["version"] = int(version)
    elif version:
        state.warn(
            f"version '{version}' is not a small whole number; numbering starts at 1",
            sheet.title,
            number,
        )
    kind = sheet.get(row, "kind")
    if kind:
        result["kind"] = kind
    threshold = state.number(sheet, number, row, "pass_threshold")
    if threshold is not None:
        result["pass_threshold"] = threshold
    max_na = state.number(sheet, number, row, "max_na_percent")
    if max_na is not None:
        result["max_na_percent"] = max_na
    languages = sheet.get(row, "languages")
    if languages:
        result["languages"] = [language_code(x) for x in languages.replace(",", " ").split()]
    result["languages_found"] = {
        language_code(h.partition("::")[2]) for h in sheet.columns if h.startswith("form_title::")
    }
    known = {
        "form_title",
        "form_id",
        "version",
        "default_language",
        "description",
        "kind",
        "pass_threshold",
        "max_na_percent",
        "languages",
        "instance_name",
        "style",
        "public_key",
        "submission_url",
        "allow_choice_duplicates",
        "namespaces",
        "auto_send",
        "auto_delete",
        "clean_text_values",
    }
    for header in sheet.headers:
        if header.partition("::")[0] not in known:
            state.warn(f"unknown column '{header}' ignored", sheet.title, 1)
    return result


def _read_choices(
    state: _Import, sheet: Sheet | None, default_language: str
) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    if sheet is None:
        return lists
    list_column = "list_name" if "list_name" in sheet.columns else "list name"
    if list_column not in sheet.columns or "name" not in sheet.columns:
        raise state.error("the choices sheet needs columns list_name and name", sheet, 1, None)
    for header in sheet.headers:
        if header.partition("::")[0] not in CHOICE_COLUMNS | {"image", "media", "audio", "video"}:
            state.warn(
                f"unknown column '{header}' ignored (choice filters are not supported)",
                sheet.title,
                1,
            )
    for number, row in sheet.rows:
        list_name = sheet.get(row, list_column)
        name = sheet.get(row, "name")
        if not list_name or not name:
            raise state.error(
                "a choice needs a list_name and a name",
                sheet,
                number,
                list_column if not list_name else "name",
            )
        entries = lists.setdefault(list_name, [])
        if any(c["key"] == name for c in entries):
            raise state.error(
                f"duplicate choice '{name}' in list '{list_name}'", sheet, number, "name"
            )
        labels = sheet.translated(row, "label", default_language) or {default_language: name}
        entries.append(
            {"key": name, "label": labels, "points": state.number(sheet, number, row, "points")}
        )
    return lists


def _read_grades(state: _Import, sheet: Sheet, default_language: str) -> list[dict[str, Any]]:
    bands = []
    for number, row in sheet.rows:
        low = state.number(sheet, number, row, "min")
        if low is None:
            raise state.error("a grade needs a min score", sheet, number, "min")
        bands.append(
            {"min": _plain(low), "label": sheet.translated(row, "label", default_language)}
        )
    return bands


def _parse_parameters(text: str) -> dict[str, float]:
    params = {}
    for part in text.replace(";", " ").split():
        key, _, value = part.partition("=")
        try:
            params[key.strip().lower()] = float(value)
        except ValueError:
            continue
    return params


def _parse_anchors(sheet: Sheet, row: tuple[Any, ...], default_language: str) -> dict[str, Any]:
    anchors: dict[str, dict[str, str]] = {}
    for lang, text in sheet.translated(row, "anchors", default_language).items():
        for part in text.split("|"):
            value, sep, label = part.partition("=")
            if sep and value.strip():
                anchors.setdefault(value.strip(), {})[lang] = label.strip()
    return anchors


def _read_survey(
    state: _Import,
    sheet: Sheet,
    choices: dict[str, list[dict[str, Any]]],
    default_language: str,
) -> list[dict[str, Any]]:
    for column in ("type", "name"):
        if column not in sheet.columns:
            raise state.error(f"the survey sheet needs a '{column}' column", sheet, 1, None)
    for header in sheet.headers:
        base = header.partition("::")[0]
        if base not in SURVEY_COLUMNS and base not in IGNORED_SURVEY_COLUMNS:
            state.warn(f"unknown column '{header}' ignored", sheet.title, 1)
    sections: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    loose: dict[str, Any] | None = None
    skipped: set[str] = set()
    for number, row in sheet.rows:
        raw_type = sheet.get(row, "type")
        words = raw_type.split()
        kind_word = words[0].lower() if words else ""
        if kind_word in ("begin", "end") and len(words) > 1:  # "begin group" == "begin_group"
            kind_word = f"{kind_word}_{words[1].lower()}"
        name = sheet.get(row, "name")
        if kind_word == "begin_repeat":
            raise state.error(
                "repeats (begin_repeat) are not supported: an audit answers each "
                "question once; split the repeat into questions",
                sheet,
                number,
                "type",
            )
        if kind_word == "begin_group":
            if not name:
                raise state.error("a group needs a name", sheet, number, "name")
            if stack:
                state.warn(
                    f"group '{name}' is nested in '{stack[-1]['key']}'; it becomes a "
                    "section of its own",
                    sheet.title,
                    number,
                )
            weight = state.number(sheet, number, row, "weight")
            section = {
                "key": name,
                "title": sheet.translated(row, "label", default_language)
                or {default_language: name},
                "weight": 1.0 if weight is None else weight,
                "relevance": sheet.get(row, "relevant"),
                "questions": [],
            }
            if name in state.rows:
                raise state.error(f"duplicate name '{name}'", sheet, number, "name")
            state.rows[name] = (sheet.title, number)
            sections.append(section)
            stack.append(section)
            loose = None
            continue
        if kind_word == "end_group":
            if not stack:
                raise state.error("end_group without begin_group", sheet, number, "type")
            stack.pop()
            loose = None
            continue
        if not raw_type:
            state.warn("row without a type skipped", sheet.title, number)
            continue
        question = _read_question(state, sheet, number, row, words, choices, default_language)
        if question is None:
            if name:
                skipped.add(name)
            continue
        if question["key"] in state.rows:
            first = state.rows[question["key"]][1]
            raise state.error(
                f"duplicate question name '{question['key']}' (first on row {first})",
                sheet,
                number,
                "name",
            )
        state.rows[question["key"]] = (sheet.title, number)
        if stack:
            target = stack[-1]
            if sections[-1] is not target:  # questions after a nested group ended
                target = {**target, "key": f"{target['key']}_{len(sections) + 1}", "questions": []}
                sections.append(target)
                stack[-1] = target
        else:
            if loose is None:
                loose = {
                    "key": "main" if not sections else f"main_{len(sections) + 1}",
                    "title": {default_language: "Questions"},
                    "weight": 1.0,
                    "questions": [],
                }
                sections.append(loose)
            target = loose
        target["questions"].append(question)
    if stack:
        raise state.error(
            f"group '{stack[-1]['key']}' is never closed (end_group missing)",
            sheet,
            state.rows[stack[-1]["key"]][1],
            "type",
        )
    _drop_rules_on_skipped(state, sections, skipped)
    return [s for s in sections if s["questions"] or s.get("relevance")] or sections


def _read_question(
    state: _Import,
    sheet: Sheet,
    number: int,
    row: tuple[Any, ...],
    words: list[str],
    choices: dict[str, list[dict[str, Any]]],
    default_language: str,
) -> dict[str, Any] | None:
    type_word = words[0].lower()
    name = sheet.get(row, "name")
    if type_word in METADATA_TYPES:
        state.warn(f"metadata field '{type_word}' skipped", sheet.title, number)
        return None
    q: dict[str, Any] = {"key": name}
    if type_word in ("select_one", "select_multiple"):
        if len(words) < 2:
            raise state.error(f"{type_word} needs a list name", sheet, number, "type")
        list_name = words[1]
        if list_name not in choices:
            if not state.sheets.get("choices"):
                raise AuditorError(
                    f"missing sheet 'choices' (needed by list '{list_name}')",
                    file=state.source,
                    sheet="choices",
                )
            raise state.error(f"unknown list '{list_name}'", sheet, number, "type")
        options = choices[list_name]
        keys = {c["key"].lower() for c in options}
        if (
            type_word == "select_one"
            and keys == {"yes", "no"}
            and all(c["points"] is None for c in options)
        ):
            q["kind"] = "yes_no"
        else:
            q["kind"] = "single_choice" if type_word == "select_one" else "multiple_choice"
            q["choices"] = [dict(c) for c in options]
    elif type_word in TYPE_TO_KIND:
        q["kind"] = TYPE_TO_KIND[type_word]
    else:
        state.warn(f"type '{' '.join(words)}' is not supported; row skipped", sheet.title, number)
        return None
    if not name:
        raise state.error("a question needs a name", sheet, number, "name")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]*", name):
        raise state.error(
            f"name '{name}' may hold only letters, digits, _ . - and must not start with a digit",
            sheet,
            number,
            "name",
        )
    q["label"] = sheet.translated(row, "label", default_language) or {default_language: name}
    hint = sheet.translated(row, "hint", default_language)
    if hint:
        q["help"] = hint
    scale: dict[str, Any] = {}
    if q["kind"] == "rating":
        params = _parse_parameters(sheet.get(row, "parameters"))
        scale = {"min": _plain(params.get("start", 1)), "max": _plain(params.get("end", 5))}
        if params.get("step", 1) != 1:
            scale["step"] = _plain(params["step"])
        anchors = _parse_anchors(sheet, row, default_language)
        if anchors:
            scale["anchors"] = anchors
    if type_word == "integer":
        scale["integer"] = True
    if scale:
        q["scale"] = scale
    target = sheet.get(row, "target")
    if target:
        match = TARGET.match(target)
        if not match:
            raise state.error(
                f"target '{target}' must look like '<=60', '<=60..180 s' or '>=4..2'",
                sheet,
                number,
                "target",
            )
        q["target"] = {
            "direction": "max" if match["op"] == "<=" else "min",
            "full": _plain(float(match["full"])),
        }
        if match["zero"]:
            q["target"]["zero"] = _plain(float(match["zero"]))
        if match["unit"]:
            q["target"]["unit"] = match["unit"].strip()
    weight = state.number(sheet, number, row, "weight")
    q["weight"] = 1.0 if weight is None else weight
    critical = sheet.get(row, "critical").lower()
    if critical in ("section", "audit"):
        q["critical"], q["critical_scope"] = True, critical
    elif critical in TRUE_WORDS:
        q["critical"], q["critical_scope"] = True, "section"
    elif critical not in FALSE_WORDS:
        raise state.error(
            f"critical must be yes, section, audit or empty, not '{critical}'",
            sheet,
            number,
            "critical",
        )
    if state.flag(sheet, number, row, "na"):
        q["na_allowed"] = True
    policy = sheet.get(row, "na_policy").strip().lower()
    if policy and policy not in NA_POLICIES:
        raise state.error(
            f"na_policy must be one of {', '.join(NA_POLICIES)} or empty, not '{policy}'",
            sheet,
            number,
            "na_policy",
        )
    if policy and policy != "exclude":
        q["na_policy"] = policy
    q["required"] = state.flag(sheet, number, row, "required")
    for column, key in (("relevant", "relevance"), ("constraint", "constraint")):
        text = sheet.get(row, column)
        if text:
            q[key] = text
    standards = sheet.get(row, "standard")
    if standards:
        q["standards"] = [s for s in re.split(r"[\s,;]+", standards) if s]
    if sheet.get(row, "choice_filter"):
        state.warn("choice_filter is not supported and was ignored", sheet.title, number)
    return q


def _drop_rules_on_skipped(
    state: _Import, sections: list[dict[str, Any]], skipped: set[str]
) -> None:
    """Rules that read a skipped field (e.g. a calculate) cannot work: drop them, say so."""
    if not skipped:
        return
    items = [*sections, *(q for s in sections for q in s["questions"])]
    for item in items:
        for key in ("relevance", "constraint"):
            text = item.get(key)
            if not text:
                continue
            try:
                refs = parse(text).references
            except ExpressionError:
                continue  # reported with its position by validation
            lost = sorted(refs & skipped)
            if lost:
                del item[key]
                sheet, number = state.rows.get(item["key"], ("survey", None))
                state.warn(
                    f"rule '{text}' reads skipped field(s) {', '.join(lost)}; dropped",
                    sheet,
                    number,
                )


# ---------------------------------------------------------------------------------- export


def _label_columns(base: str, languages: list[str]) -> list[str]:
    return [f"{base}::{language_header(code)}" for code in languages]


def _anchors_text(anchors: dict[str, dict[str, str]], lang: str) -> str:
    return "|".join(
        f"{value}={labels[lang]}" for value, labels in anchors.items() if lang in labels
    )


def _target_text(target: dict[str, Any]) -> str:
    text = ("<=" if target["direction"] == "max" else ">=") + _text(target["full"])
    if "zero" in target:
        text += f"..{_text(target['zero'])}"
    if target.get("unit"):
        text += f" {target['unit']}"
    return text


YES_NO_LABELS = {
    "yes": {"en": "Yes", "pl": "Tak", "sl": "Da", "bg": "Да", "he": "כן"},
    "no": {"en": "No", "pl": "Nie", "sl": "Ne", "bg": "Не", "he": "לא"},
}


def _all_languages(doc: dict[str, Any]) -> list[str]:
    """Every language used anywhere, in the template's order, so nothing is lost on export."""
    found: list[str] = list(doc["languages"])

    def add(labels: dict[str, str] | None) -> None:
        for code in labels or {}:
            if code not in found:
                found.append(code)

    add(doc["title"])
    add(doc["description"])
    for band in doc["grade_bands"]:
        add(band["label"])
    for section in doc["sections"]:
        add(section["title"])
        for q in section["questions"]:
            add(q["label"])
            add(q.get("help"))
            for choice in q.get("choices", []):
                add(choice["label"])
            for labels in q.get("scale", {}).get("anchors", {}).values():
                add(labels)
    return found


def _style_header(ws: Any) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
    ws.freeze_panes = "A2"
    for column in ws.columns:
        width = max((len(_text(c.value)) for c in column), default=8)
        ws.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)


def write_xlsform(doc: dict[str, Any], path: Path) -> None:
    """Write a template document as an XLSForm-style workbook (atomically)."""
    doc = canonical_document(doc)
    langs = _all_languages(doc)
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    header = [
        "type",
        "name",
        *_label_columns("label", langs),
        *_label_columns("hint", langs),
        "required",
        "relevant",
        "constraint",
        "parameters",
        "weight",
        "critical",
        "na",
        "na_policy",
        "standard",
        "target",
        *_label_columns("anchors", langs),
    ]
    survey.append(header)
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *_label_columns("label", langs), "points"])
    uses_yes_no = False

    def labels_row(labels: dict[str, str] | None) -> list[str]:
        return [(labels or {}).get(code, "") for code in langs]

    for section in doc["sections"]:
        survey.append(
            [
                "begin_group",
                section["key"],
                *labels_row(section["title"]),
                *labels_row(None),
                "",
                section.get("relevance", ""),
                "",
                "",
                _plain(section["weight"]),
                "",
                "",
                "",
                "",
                "",
                *labels_row(None),
            ]
        )
        for q in section["questions"]:
            kind = q["kind"]
            scale = q.get("scale", {})
            parameters = ""
            if kind == "yes_no":
                type_text = "select_one yes_no"
                uses_yes_no = True
            elif kind in ("single_choice", "multiple_choice"):
                list_name = q["key"]
                type_text = (
                    "select_one " if kind == "single_choice" else "select_multiple "
                ) + list_name
                for choice in q["choices"]:
                    points = choice["points"]
                    choices.append(
                        [
                            list_name,
                            choice["key"],
                            *labels_row(choice["label"]),
                            "" if points is None else _plain(points),
                        ]
                    )
            elif kind == "rating":
                type_text = "range"
                parameters = f"start={_text(scale.get('min', 1))} end={_text(scale.get('max', 5))}"
                if "step" in scale:
                    parameters += f" step={_text(scale['step'])}"
            elif kind == "number":
                type_text = "integer" if scale.get("integer") else "decimal"
            else:
                type_text = {"time_of_day": "time", "datetime": "dateTime", "photo": "image"}.get(
                    kind, kind
                )
            critical = q.get("critical_scope", "section") if q.get("critical") else ""
            anchors = scale.get("anchors", {})
            survey.append(
                [
                    type_text,
                    q["key"],
                    *labels_row(q["label"]),
                    *labels_row(q.get("help")),
                    "yes" if q.get("required", True) else "",
                    q.get("relevance", ""),
                    q.get("constraint", ""),
                    parameters,
                    _plain(q["weight"]),
                    critical,
                    "yes" if q.get("na_allowed") else "",
                    q.get("na_policy", ""),
                    " ".join(q.get("standards", [])),
                    _target_text(q["target"]) if q.get("target") else "",
                    *[_anchors_text(anchors, code) for code in langs],
                ]
            )
        survey.append(["end_group", section["key"]])
    if uses_yes_no:
        for key in ("yes", "no"):
            choices.append(["yes_no", key, *labels_row(YES_NO_LABELS[key]), ""])
    settings = wb.create_sheet("settings")
    settings.append(
        [
            "form_title",
            *_label_columns("form_title", langs),
            "form_id",
            "version",
            "default_language",
            "kind",
            "pass_threshold",
            "max_na_percent",
            "languages",
            *_label_columns("description", langs),
        ]
    )
    default = doc["default_language"]
    settings.append(
        [
            doc["title"].get(default, ""),
            *labels_row(doc["title"]),
            doc["name"],
            doc["version"],
            language_header(default),
            doc["kind"],
            _plain(doc["pass_threshold"]),
            "" if doc.get("max_na_percent") is None else _plain(doc["max_na_percent"]),
            " ".join(doc["languages"]),
            *labels_row(doc["description"]),
        ]
    )
    if doc["grade_bands"]:
        grades = wb.create_sheet("grades")
        grades.append(["min", *_label_columns("label", langs)])
        for band in doc["grade_bands"]:
            grades.append([band["min"], *labels_row(band["label"])])
    for ws in wb.worksheets:
        _style_header(ws)
    write_with(path, lambda tmp: wb.save(tmp))
