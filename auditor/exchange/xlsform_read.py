"""Reading XLSForms through pyxform, the XLSForm project's own reader.

pyxform turns `.xlsx`, `.xls`, `.csv` and `.md` forms, with every alias, case and translation
form it accepts (`select one from list or specify other`, `list name`, `label:english`,
`SURVEY`/`TYPE` in capitals, …), into one structure; this module maps that structure to a
checklist. What pyxform refuses we refuse with its reason and row. What an audit has no use
for (metadata, calculations, locations, …) is left out with a warning naming sheet and row;
a repeat is answered once; external and file-based choices and choice filters are warned
about; a rule using something our rules do not know imports with a warning that it will not
be enforced. A location (`geopoint`) is a location question, typed on a laptop without GPS
and never scored; an acknowledgement is a yes/no question; a `loop` over choices becomes a
question per choice. Our own columns (weight, critical, na, na_policy, standard, target, anchors;
points on choices; a `grades` sheet) are documented in docs/xlsform.md.

Whatever the file holds, reading ends in a checklist or in one `AuditorError` naming the
file (and sheet, row and column where known): never another exception.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import AuditorError, Notice, Phrase
from auditor.exchange.xlsform_columns import (
    FALSE_WORDS,
    TARGET,
    TRUE_WORDS,
    _plain,
    _text,
    language_code,
)
from auditor.expressions import ExpressionError, parse
from auditor.labels import LANGUAGES
from auditor.scoring.model import NA_POLICIES
from auditor.services.template_validation import Locator

SUFFIXES = (".xlsx", ".xls", ".csv", ".md")
KINDS = {
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
    "audio": "file",
    "video": "file",
    "range": "rating",
    "rating": "rating",
    "duration": "duration",
    "barcode": "text",
    "string": "text",
    "int": "number",
    "geopoint": "location",
    "gps": "location",
    "acknowledge": "yes_no",  # a checklist item: done or not
    "trigger": "yes_no",
}
# pyxform's bind types, for the aliases its question types have beyond ours
BIND_KINDS = {
    "string": "text",
    "int": "number",
    "decimal": "number",
    "date": "date",
    "time": "time_of_day",
    "datetime": "datetime",
    "geopoint": "location",
    "barcode": "text",
}
ACKNOWLEDGE = {"acknowledge", "trigger"}
# types that mean nothing in an audit: left out, with a warning
SKIPPED = {
    "start", "end", "today", "deviceid", "username", "email", "audit", "phonenumber",
    "simserial", "subscriberid", "start-geopoint", "background-geopoint", "calculate",
    "hidden", "geotrace", "geoshape", "osm", "xml-external", "csv-external",
    "background-audio", "rank", "entity", "uri:deviceid", "include",
}  # fmt: skip
FILE_LISTS = (".csv", ".xml", ".geojson")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
PATH_REFERENCE = re.compile(r"(?<![\w$])(?:\.\./|/[A-Za-z_][\w.\-]*/)(?:[\w.\-]+/)*([\w.\-]+)")
PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]")
SHEET_IN_MESSAGE = re.compile(r"On the '(\w+)' sheet|\b(survey|choices|settings)\b", re.I)


@dataclass
class _Reading:
    source: str
    default_language: str = "en"
    warnings: list[Phrase] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # survey name -> Excel row
    columns: dict[str, str] = field(default_factory=dict)  # lower-case header -> letter
    placed: dict[str, tuple[str, int]] = field(default_factory=dict)  # item key -> sheet, row
    languages: set[str] = field(default_factory=set)
    skipped: set[str] = field(default_factory=set)
    every_row: dict[str, list[int]] = field(default_factory=dict)  # name -> all its rows
    seen: Counter[str] = field(default_factory=Counter)  # name -> times met in the walk
    acknowledged: list[str] = field(default_factory=list)
    form_title: dict[str, str] = field(default_factory=dict)  # questions outside a group

    def warn(
        self, message: str, row: int | None = None, /, sheet: str = "survey", **values: object
    ) -> None:
        """`message` is a template, its values named (translated where it is shown)."""
        self.warnings.append(Notice(message, file=self.source, sheet=sheet, row=row, **values))

    def error(
        self, message: str, name: str | None, column: str | None = None, /, **values: Any
    ) -> AuditorError:
        """`message` is a template, its values named (translated as AuditorError's)."""
        return AuditorError(
            message,
            **values,
            file=self.source,
            sheet="survey",
            row=self.rows.get(name or ""),
            column=self._letter(column) if column else None,
        )

    def _letter(self, column: str) -> str:
        letter = self.columns.get(column)
        return f"{column} ({letter})" if letter else column

    def labels(self, value: Any) -> dict[str, str]:
        """pyxform's label (a string, or {language: text}) as {code: text}."""
        if isinstance(value, dict):
            out = {}
            for lang, text in value.items():
                text = _text(text)
                if text:
                    code = self.default_language if lang == "default" else language_code(lang)
                    out[code] = text
                    self.languages.add(code)
            return out
        text = _text(value)
        return {self.default_language: text} if text else {}

    def number(self, element: dict[str, Any], column: str) -> float | None:
        text = _text(_plain_value(element.get(column)))
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise self.error(
                "{setting} must be a number, not '{text}'",
                element.get("name"),
                column,
                setting=column,
                text=text,
            ) from None
        if value != value or value in (float("inf"), float("-inf")) or value < 0:
            raise self.error(
                "{setting} must be a number of 0 or more ({text})",
                element.get("name"),
                column,
                setting=column,
                text=text,
            )
        return value

    def locator(self) -> Locator:
        def locate(item: str | None, what: str) -> dict[str, Any]:
            if item is None or item not in self.placed:
                return {"file": self.source, "sheet": "settings", "field": what}
            sheet, row = self.placed[item]
            column = {"choices": "type", "points": "type", "key": "name"}.get(what, what)
            return {"file": self.source, "sheet": sheet, "row": row,
                    "column": self._letter(column)}  # fmt: skip

        return locate


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _plain_value(value: Any) -> Any:
    if isinstance(value, dict):  # a translated column of ours: the first text
        return next((v for v in value.values() if _text(v)), "")
    return value


def _pyxform_error(source: str, exc: Exception) -> AuditorError:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if "not recognized as a supported type" in message or "Error reading ." in message:
        return AuditorError(
            "cannot be read as an XLSForm: the file is damaged or is not a spreadsheet of "
            "survey, choices and settings sheets",
            file=source,
            details=message,
        )
    row_match = PYXFORM_ROW.search(message)
    sheet_match = SHEET_IN_MESSAGE.search(message)
    message = PYXFORM_ROW.sub("", message).strip(" .") or type(exc).__name__
    sheet = None
    if sheet_match and sheet_match.group(1):
        sheet = sheet_match.group(1).lower()
    elif row_match:
        sheet = "survey"  # pyxform's rows are the survey's
    elif sheet_match:
        sheet = sheet_match.group(2).lower()
    return AuditorError(
        "not accepted as an XLSForm: {reason}",
        reason=message,
        file=source,
        sheet=sheet,
        row=int(row_match.group(1)) if row_match else None,
    )


def read_xlsform(path: Path) -> tuple[dict[str, Any], list[Phrase], Locator]:
    """Read an XLSForm into a checklist document; returns (document, warnings, locator)."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json

    source = str(path)
    if path.suffix.lower() not in SUFFIXES:
        raise AuditorError(
            "unknown file type '{suffix}' (an XLSForm is .xlsx, .xls, .csv or .md)",
            suffix=path.suffix,
            file=source,
        )
    try:
        if path.stat().st_size == 0:
            raise AuditorError("is empty", file=source)
    except OSError as exc:
        raise AuditorError(
            "cannot be read: {reason}", reason=exc.strerror or exc, file=source
        ) from exc
    pyxform_warnings: list[str] = []
    try:
        with warnings.catch_warnings():  # openpyxl's and xlrd's asides are not the user's
            warnings.simplefilter("ignore")
            workbook, extra = _workbook(path)
            form = workbook_to_json(
                workbook_dict=workbook,
                form_name=None,
                fallback_form_name=workbook.fallback_form_name,
                default_language=None,
                warnings=pyxform_warnings,
            )
    except PyXFormError as exc:
        raise _pyxform_error(source, exc) from exc
    except RecursionError as exc:
        raise AuditorError("groups are nested too deeply to read", file=source) from exc
    except Exception as exc:  # a damaged file: pyxform and its readers fail in many ways
        raise AuditorError(
            "cannot be read as an XLSForm: the file is damaged or is not a spreadsheet of "
            "survey, choices and settings sheets",
            file=source,
            details=f"{type(exc).__name__}: {' '.join(str(exc).split())}",
        ) from exc
    reading = _Reading(source)
    _index_rows(reading, workbook)
    # pyxform puts several asides in one warning, a line each ("Language 'x' is missing …")
    for message in [line for text in pyxform_warnings for line in text.splitlines()]:
        if not message.strip():
            continue
        row = PYXFORM_ROW.search(message)
        text = PYXFORM_ROW.sub("", message).strip()
        if "max-pixels" in text:
            continue  # advice for phones sending photos; nothing to do with a checklist
        reading.warn("pyxform: {text}", int(row.group(1)) if row else None, text=text)
    doc = _document(reading, form, path)
    grades = _grades(reading, path, extra)
    if grades:
        doc["grade_bands"] = grades
    return doc, reading.warnings, reading.locator()


def _workbook(path: Path) -> tuple[Any, dict[str, Any]]:
    """pyxform's sheets of the form, and the sheets it has no place for (a CSV's `grades`,
    which pyxform would fail on); pyxform itself drops such sheets of a workbook."""
    from dataclasses import fields

    from pyxform.xls2json_backends import DefinitionData, csv_to_dict, get_xlsform

    suffix = path.suffix.lower()
    if suffix != ".csv":
        return get_xlsform(str(path), file_type=suffix), {}
    sheets = csv_to_dict(str(path))
    known = {f.name for f in fields(DefinitionData)}
    workbook = DefinitionData(
        fallback_form_name=path.stem, **{k: v for k, v in sheets.items() if k in known}
    )
    return workbook, {k: v for k, v in sheets.items() if k not in known}


def _index_rows(reading: _Reading, workbook: Any) -> None:
    """Excel rows of the survey's names and letters of its columns, for messages."""
    header = workbook.survey_header[0] if workbook.survey_header else {}
    for index, column in enumerate(header):
        reading.columns.setdefault(str(column).strip().lower(), _column_letter(index))
    for number, row in enumerate(workbook.survey or [], start=2):
        for key, value in row.items():
            if str(key).strip().lower() == "name" and _text(value):
                reading.rows.setdefault(_text(value), number)
                reading.every_row.setdefault(_text(value), []).append(number)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _document(reading: _Reading, form: dict[str, Any], path: Path) -> dict[str, Any]:
    default = _text(form.get("default_language")) or "default"
    reading.default_language = "en" if default == "default" else language_code(default)
    form_id = _text(form.get("id_string"))
    name = re.sub(r"[^A-Za-z0-9_.\-]+", "-", form_id or path.stem).strip("-.") or "imported"
    if not NAME.fullmatch(name):
        name = f"form-{name}"
    if form_id and name != form_id:
        reading.warn(
            "form_id '{form_id}' is kept as '{name}'", sheet="settings", form_id=form_id, name=name
        )
    doc: dict[str, Any] = {
        "name": name[:100],
        "default_language": reading.default_language,
        "title": {
            **reading.labels(form.get("title")),
            **reading.labels(form.get("checklist_title")),  # ours: the title translated
        }
        or {reading.default_language: name},
    }
    reading.form_title = doc["title"]
    description = reading.labels(form.get("description"))
    if description:
        doc["description"] = description
    version = _text(form.get("version"))
    if version.isdigit() and 0 < int(version) < 1_000_000:
        doc["version"] = int(version)
    elif version:
        reading.warn("version '{version}' is not a small whole number; numbering starts at 1",
                     sheet="settings", version=version)  # fmt: skip
    kind = _text(_plain_value(form.get("kind")))
    if kind:
        doc["kind"] = kind
    for key in ("pass_threshold", "max_na_percent"):
        value = reading.number(form, key)
        if value is not None:
            doc[key] = value
    sections: list[dict[str, Any]] = []
    _walk(reading, form.get("children") or [], sections, None)
    if not any(q["kind"] != "note" for s in sections for q in s["questions"]):
        raise AuditorError(
            "the form has no question a person answers (only notes, calculations or what the "
            "device fills in), so there is nothing to import",
            file=reading.source,
        )
    _check_rules(reading, sections)
    doc["sections"] = [s for s in sections if s["questions"]]
    if reading.acknowledged:
        names = ", ".join(f"'{n}'" for n in reading.acknowledged)
        reading.warn("acknowledgements are asked as yes/no questions (yes: done): {names}",
                     names=names)  # fmt: skip
    languages = _text(_plain_value(form.get("languages")))
    if languages:
        doc["languages"] = [language_code(x) for x in languages.replace(",", " ").split()]
    else:
        found = reading.languages | {reading.default_language}
        doc["languages"] = sorted(
            found, key=lambda c: (c != reading.default_language, _lang_order(c))
        )
    return doc


def _lang_order(code: str) -> tuple[int, str]:
    return (LANGUAGES.index(code), "") if code in LANGUAGES else (len(LANGUAGES), code)


def _walk(
    reading: _Reading,
    children: list[Any],
    sections: list[dict[str, Any]],
    current: dict[str, Any] | None,
) -> None:
    loose: dict[str, Any] | None = None
    for element in children:
        if not isinstance(element, dict):
            continue
        kind = _text(element.get("type")).lower()
        name = _text(element.get("name"))
        if kind == "group" and name == "meta" and current is None and _only_meta(element):
            continue  # pyxform's own instanceID, added to every form
        if kind == "loop":
            element = _unrolled(reading, element)
            kind = "group"
        if kind in ("group", "repeat"):
            if kind == "repeat":
                reading.warn("repeat '{name}' becomes a section answered once",
                             reading.rows.get(name), name=name)  # fmt: skip
            elif current is not None:
                reading.warn("group '{name}' is nested in '{outer}'; it becomes a section of its "
                             "own", reading.rows.get(name), name=name,
                             outer=current["key"])  # fmt: skip
            section = _section(reading, element, name or f"section_{len(sections) + 1}",
                               current)  # fmt: skip
            sections.append(section)
            _walk(reading, element.get("children") or [], sections, section)
            if current is not None and sections[-1] is not current:
                # questions after a nested group go on in a continuation of the outer one
                current = {**current, "key": _free(reading, sections,
                           f"{current['key']}_{len(sections) + 1}"), "questions": []}  # fmt: skip
                sections.append(current)
            loose = None
            continue
        question = _question(reading, element)
        if question is None:
            continue
        row = _row(reading, name)
        if question["key"] in reading.placed:  # pyxform allows a name again in another group
            question["key"] = _another_key(reading, name, current, row)
        reading.placed[question["key"]] = ("survey", row)
        target = current
        if target is None:
            if loose is None:
                loose = {"key": _free(reading, sections,
                                      "main" if not sections else f"main_{len(sections) + 1}"),
                         "title": dict(reading.form_title), "weight": 1.0,
                         "questions": []}  # fmt: skip
                sections.append(loose)
            target = loose
        elif sections[-1] is not target:
            key = _free(reading, sections, f"{target['key']}_{len(sections) + 1}")
            target = {**target, "key": key, "questions": []}
            sections.append(target)
            current = target
        target["questions"].append(question)


def _only_meta(group: dict[str, Any]) -> bool:
    return all(
        isinstance(c, dict) and _text(c.get("name")) in ("instanceID", "instanceName")
        for c in group.get("children") or []
    )


def _free(reading: _Reading, sections: list[dict[str, Any]], key: str) -> str:
    """`key`, or `key_2`, … : a section key no group, question or section has."""
    taken = set(reading.placed) | {s["key"] for s in sections} | set(reading.every_row)
    free, number = key, 2
    while free in taken:
        free, number = f"{key}_{number}", number + 1
    return free


def _row(reading: _Reading, name: str) -> int:
    """The Excel row of this occurrence of `name` (a name may come again in another group)."""
    rows = reading.every_row.get(name) or [reading.rows.get(name, 0)]
    reading.seen[name] += 1
    return rows[min(reading.seen[name], len(rows)) - 1]


def _another_key(reading: _Reading, name: str, group: dict[str, Any] | None, row: int) -> str:
    """A key of its own for a name met before in another group, with a warning."""
    base = f"{group['key']}_{name}" if group is not None else f"{name}_{row}"
    key, number = base, 2
    while key in reading.placed:
        key, number = f"{base}_{number}", number + 1
    reading.warn("the name '{name}' is used before in the form; here it is kept as '{key}' "
                 "(a rule reading ${{{name}}} reads the first)", row, name=name,
                 key=key)  # fmt: skip
    return key


def _unrolled(reading: _Reading, loop: dict[str, Any]) -> dict[str, Any]:
    """A `loop` over choices as a group asking its questions once per choice: 'number' in a
    loop over pit_latrine and bucket is number_pit_latrine and number_bucket, the choice's
    label standing in for %(label)s."""
    name = _text(loop.get("name"))
    columns = [c for c in loop.get("columns") or [] if isinstance(c, dict) and c.get("name")]
    children: list[dict[str, Any]] = []
    asked: list[str] = []
    for column in columns:
        suffix = _text(column.get("name"))
        for child in loop.get("children") or []:
            if not isinstance(child, dict):
                continue
            children.append(_renamed(reading, child, suffix, column.get("label")))
            if _text(child.get("name")) not in asked:
                asked.append(_text(child.get("name")))
    if asked:
        reading.warn("loop '{name}' asks {asked} once for each of its {count} choices",
                     reading.rows.get(name), name=name, asked=", ".join(repr(a) for a in asked),
                     count=len(columns))  # fmt: skip
    else:
        reading.warn("loop '{name}' asks nothing once for each of its {count} choices",
                     reading.rows.get(name), name=name, count=len(columns))  # fmt: skip
    return {**loop, "type": "group", "children": children}


def _renamed(reading: _Reading, element: dict[str, Any], suffix: str, label: Any) -> dict[str, Any]:
    name = _text(element.get("name"))
    new = f"{name}_{suffix}"
    if name in reading.rows:
        reading.rows.setdefault(new, reading.rows[name])
    copy = {**element, "name": new}
    for column in ("label", "hint"):
        if column in element:
            copy[column] = _with_label(element[column], label)
    if element.get("children"):
        copy["children"] = [_renamed(reading, c, suffix, label)
                            for c in element["children"] if isinstance(c, dict)]  # fmt: skip
    return copy


def _with_label(text: Any, label: Any) -> Any:
    """pyxform's %(label)s in a loop's question, as the choice's label (per language)."""
    if isinstance(text, dict):
        return {lang: _with_label(value, _in_language(label, lang)) for lang, value in text.items()}
    return _text(text).replace("%(label)s", _text(_in_language(label, None)))


def _in_language(label: Any, lang: str | None) -> Any:
    if not isinstance(label, dict):
        return label
    if lang in label:
        return label[lang]
    return next(iter(label.values()), "")


def _section(
    reading: _Reading, element: dict[str, Any], key: str, outer: dict[str, Any] | None = None
) -> dict[str, Any]:
    row = _row(reading, key)
    if key in reading.placed:  # pyxform allows a name again in another group
        key = _another_key(reading, key, outer, row)
    reading.placed[key] = ("survey", row)
    weight = reading.number(element, "weight")
    bind = _mapping(element.get("bind"))
    return {
        "key": key,
        "title": reading.labels(element.get("label")) or {reading.default_language: key},
        "weight": 1.0 if weight is None else weight,
        "relevance": _rule(bind.get("relevant")),
        "questions": [],
    }


def _rule(value: Any) -> str:
    """A rule as pyxform passed it, with XPath paths (`../q`, `/data/q`) as ${q}."""
    return PATH_REFERENCE.sub(lambda m: "${" + m.group(1) + "}", _text(value))


def _flag(reading: _Reading, value: Any, column: str, name: str) -> bool:
    text = _text(_plain_value(value)).lower()
    if text in TRUE_WORDS:
        return True
    if text not in FALSE_WORDS:
        reading.warn("{column} '{text}' is an expression or unknown word; taken as 'no'",
                     reading.rows.get(name), column=column, text=text)  # fmt: skip
    return False


def _question(reading: _Reading, element: dict[str, Any]) -> dict[str, Any] | None:
    kind = _text(element.get("type")).lower()
    name = _text(element.get("name"))
    row = reading.rows.get(name)
    device = False
    if not kind.startswith("select") and kind not in KINDS and kind not in SKIPPED:
        kind, device = _alias(kind)
    if device or kind in SKIPPED or kind.replace("_", "-") in SKIPPED:
        reading.warn(
            "'{kind}' ({name}) has no use in an audit and is left out", row, kind=kind, name=name
        )
        reading.skipped.add(name)
        return None
    if not NAME.fullmatch(name):
        raise reading.error(
            "name '{name}' may hold only letters, digits, _ . - and must not start with a "
            "digit", name, "name", name=name,
        )  # fmt: skip
    q: dict[str, Any] = {"key": name}
    itemset = _text(element.get("itemset"))
    if kind.startswith("select"):
        choices = [c for c in element.get("choices") or [] if isinstance(c, dict)]
        if itemset.lower().endswith(FILE_LISTS) or not choices:
            if itemset:
                reading.warn("'{name}' takes its choices from {itemset}; it is imported as a "
                             "text answer", row, name=name, itemset=itemset)  # fmt: skip
            else:
                reading.warn("'{name}' takes its choices from elsewhere; it is imported as a "
                             "text answer", row, name=name)  # fmt: skip
            q["kind"] = "text"
        else:
            q.update(_choices(reading, kind, name, choices))
        if _text(element.get("choice_filter")):
            reading.warn("the choice filter of '{name}' is not applied (all choices are shown)",
                         row, name=name)  # fmt: skip
    elif kind in KINDS:
        q["kind"] = KINDS[kind]
        if _text(_plain_value(element.get("audit_type"))).lower() == "duration":
            q["kind"] = "duration"  # ours: XLSForm has no duration type
        if kind in ACKNOWLEDGE:
            reading.acknowledged.append(name)
    else:
        reading.warn("type '{kind}' of '{name}' is not supported; left out", row, kind=kind,
                     name=name)  # fmt: skip
        reading.skipped.add(name)
        return None
    q["label"] = reading.labels(element.get("label")) or {reading.default_language: name}
    hint = reading.labels(element.get("hint"))
    if hint:
        q["help"] = hint
    scale = _scale(reading, element, q["kind"], kind)
    if scale:
        q["scale"] = scale
    target = _text(_plain_value(element.get("target")))
    if target:
        q["target"] = _target(reading, target, name)
    weight = reading.number(element, "weight")
    q["weight"] = 1.0 if weight is None else weight
    critical = _text(_plain_value(element.get("critical"))).lower()
    if critical in ("section", "audit"):
        q["critical"], q["critical_scope"] = True, critical
    elif critical in TRUE_WORDS:
        q["critical"], q["critical_scope"] = True, "section"
    elif critical not in FALSE_WORDS:
        raise reading.error(
            "critical must be yes, section, audit or empty, not '{critical}'",
            name,
            "critical",
            critical=critical,
        )
    if _flag(reading, element.get("na"), "na", name):
        q["na_allowed"] = True
    policy = _text(_plain_value(element.get("na_policy"))).lower()
    if policy and policy not in NA_POLICIES:
        raise reading.error(
            "na_policy must be one of {na_policies} or empty, not '{policy}'",
            name, "na_policy", na_policies=', '.join(NA_POLICIES), policy=policy,
        )  # fmt: skip
    if policy and policy != "exclude":
        q["na_policy"] = policy
    bind = _mapping(element.get("bind"))
    q["required"] = _flag(reading, bind.get("required"), "required", name)
    for column, key in (("relevant", "relevance"), ("constraint", "constraint")):
        text = _rule(bind.get(column))
        if text:
            q[key] = text
    standards = _text(_plain_value(element.get("standard")))
    if standards:
        q["standards"] = [s for s in re.split(r"[\s,;]+", standards) if s]
    return q


def _alias(kind: str) -> tuple[str, bool]:
    """One of pyxform's other names for a question type ('phone number', 'add decimal
    prompt') as the type of ours it means, by what pyxform makes of it, and whether the device
    fills it in (left out like start and deviceid); as it is when pyxform does not know it."""
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    entry = QUESTION_TYPE_DICT.get(kind)
    if not isinstance(entry, dict):
        return kind, False
    bind = entry.get("bind") or {}
    if "jr:preload" in bind:
        return kind, True
    if (entry.get("control") or {}).get("tag") == "trigger":
        return "acknowledge", False
    our = BIND_KINDS.get(str(bind.get("type", "")).lower())
    return (next((k for k, v in KINDS.items() if v == our), kind) if our else kind), False


def _choices(
    reading: _Reading, kind: str, name: str, choices: list[dict[str, Any]]
) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    doubled: list[str] = []
    for choice in choices:
        key = _text(choice.get("name"))
        if not key:
            continue
        if any(e["key"] == key for e in entries):
            # pyxform let it through: told apart by a choice filter we do not apply, or the
            # form allows duplicates; the answer is the same name either way
            if key not in doubled:
                doubled.append(key)
            continue
        points = reading.number({**choice, "name": name}, "points")
        entries.append(
            {"key": key, "label": reading.labels(choice.get("label")) or {
                reading.default_language: key}, "points": points}
        )  # fmt: skip
    if doubled:
        twice = ", ".join(repr(d) for d in doubled)
        reading.warn("the choices of '{name}' hold {twice} more than once (told apart by a "
                     "choice filter, or allowed by allow_choice_duplicates); each is offered "
                     "once", reading.rows.get(name), name=name, twice=twice)  # fmt: skip
    single = kind in ("select one", "select_one", "select one external")
    keys = {e["key"].lower() for e in entries}
    if single and keys == {"yes", "no"} and all(e["points"] is None for e in entries):
        return {"kind": "yes_no"}
    if any(e["key"] == "other" for e in entries):
        reading.warn("'{name}' has an \"Other\" choice with a text follow-up ('{name}_other')",
                     reading.rows.get(name), name=name)  # fmt: skip
    return {"kind": "single_choice" if single else "multiple_choice", "choices": entries}


def _scale(reading: _Reading, element: dict[str, Any], our_kind: str, kind: str) -> dict[str, Any]:
    scale: dict[str, Any] = {}
    if our_kind == "rating":
        params = _mapping(element.get("parameters"))
        numbers: dict[str, float] = {}
        for key in ("start", "end", "step"):
            try:
                numbers[key] = float(_text(params.get(key)) or {"start": 1, "end": 5,
                                                                 "step": 1}[key])  # fmt: skip
            except ValueError:
                raise reading.error("parameters: {key} must be a number", element.get("name"),
                                    "parameters", key=key) from None  # fmt: skip
        scale = {"min": _plain(numbers["start"]), "max": _plain(numbers["end"])}
        if numbers["step"] != 1:
            scale["step"] = _plain(numbers["step"])
        anchors = _anchors(reading, element.get("anchors"))
        if anchors:
            scale["anchors"] = anchors
    if kind in ("integer", "int") and our_kind == "number":
        scale["integer"] = True
    return scale


def _anchors(reading: _Reading, value: Any) -> dict[str, dict[str, str]]:
    anchors: dict[str, dict[str, str]] = {}
    for lang, text in reading.labels(value).items():
        for part in text.split("|"):
            number, sep, label = part.partition("=")
            if sep and number.strip():
                anchors.setdefault(number.strip(), {})[lang] = label.strip()
    return anchors


def _target(reading: _Reading, text: str, name: str) -> dict[str, Any]:
    match = TARGET.match(text)
    if not match:
        raise reading.error(
            "target '{text}' must look like '<=60', '<=60..180 s' or '>=4..2'",
            name,
            "target",
            text=text,
        )
    target: dict[str, Any] = {"direction": "max" if match["op"] == "<=" else "min",
                              "full": _plain(float(match["full"]))}  # fmt: skip
    if match["zero"]:
        target["zero"] = _plain(float(match["zero"]))
    if match["unit"]:
        target["unit"] = match["unit"].strip()
    return target


def _check_rules(reading: _Reading, sections: list[dict[str, Any]]) -> None:
    """A rule our rules cannot read, or one that reads a question left out, imports as a
    warning that it will not be enforced: the form is never refused for it."""
    known = {q["key"] for s in sections for q in s["questions"]}
    for item in [*sections, *(q for s in sections for q in s["questions"])]:
        for key in ("relevance", "constraint"):
            text = item.get(key)
            if not text:
                continue
            why: Phrase | None = None
            try:
                refs = parse(text).references
            except ExpressionError as exc:
                why = exc.phrase
            else:
                lost = sorted(refs - known)
                left_out = [r for r in lost if r in reading.skipped]
                if left_out:
                    why = Phrase("it reads '{name}', which is left out", name=left_out[0])
                elif lost:
                    why = Phrase("it reads '{name}', which is not a question here", name=lost[0])
            if why is not None:
                column = "relevant" if key == "relevance" else "constraint"
                reading.warn("the {column} rule of '{key}' ({text}) will not be enforced: {why}",
                             reading.rows.get(item["key"]), column=column, key=item["key"],
                             text=text, why=why)  # fmt: skip
                item[key] = ""


def _grade_rows(path: Path, extra: dict[str, Any]) -> tuple[str, list[Any]]:
    """The `grades` sheet's title and rows (headers first): a CSV's from pyxform's reading,
    an .xlsx's from the workbook; other forms have none."""
    if "grades" in extra:
        header = [str(h) for h in (extra.get("grades_header") or [{}])[0]]
        return "grades", [header, *([r.get(h) for h in header] for r in extra["grades"])]
    if path.suffix.lower() != ".xlsx" or not _has_grades_sheet(path):
        return "grades", []
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # pyxform has read it: a grades sheet is all we want here
            return "grades", []
        try:
            sheet = next((ws for ws in workbook.worksheets
                          if ws.title.strip().lower() == "grades"), None)  # fmt: skip
            if sheet is None:
                return "grades", []
            return sheet.title, list(sheet.iter_rows(values_only=True))
        finally:
            workbook.close()


def _has_grades_sheet(path: Path) -> bool:
    """Whether the workbook names a `grades` sheet, read from its list of sheets: opening the
    workbook again measures every sheet, seconds for a large form."""
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return True  # let openpyxl say what it makes of it
    return re.search(r"<(?:\w+:)?sheet\b[^>]*\bname=\"\s*grades\s*\"", listing, re.I) is not None


def _grades(reading: _Reading, path: Path, extra: dict[str, Any]) -> list[dict[str, Any]]:
    """Our `grades` sheet (min, label::…), which XLSForm has no place for (.xlsx, .csv)."""
    title, rows = _grade_rows(path, extra)
    if not rows:
        return []
    headers = [_text(h).lower() for h in rows[0]]
    bands = []
    for number, row in enumerate(rows[1:], start=2):
        cells = dict(zip(headers, row, strict=False))
        if not any(_text(v) for v in row):
            continue
        try:
            low = float(_text(cells.get("min")))
        except ValueError:
            raise AuditorError("a grade needs a min score (a number)", file=reading.source,
                               sheet=title, row=number, column="min") from None  # fmt: skip
        labels = {}
        for header, value in cells.items():
            base, sep, lang = header.partition("::")
            if base == "label" and _text(value):
                labels[language_code(lang) if sep else reading.default_language] = _text(value)
        bands.append({"min": _plain(low), "label": labels})
    return bands
