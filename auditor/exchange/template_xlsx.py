"""Checklists written as XLSForm workbooks (ODK Collect, KoboToolbox can read them; pyxform's
xls2xform turns them into an XForm): `survey`, `choices`, `settings`, plus our own columns
(weight, critical, na, na_policy, standard, target, anchors; points on choices) and a `grades`
sheet. Reading goes through pyxform: `auditor.exchange.xlsform_read`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from auditor.exchange.xlsform_columns import _plain, _text, language_header
from auditor.exchange.xlsform_read import read_xlsform
from auditor.files import write_with
from auditor.services.templates import canonical_document

__all__ = ["read_xlsform", "write_xlsform"]


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
        "audit_type",  # ours, where XLSForm has no type: a duration is an integer of seconds
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
            elif kind == "duration":
                type_text = "integer"
            else:
                type_text = {"time_of_day": "time", "datetime": "dateTime", "photo": "image",
                             "location": "geopoint"}.get(kind, kind)  # fmt: skip
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
                    "duration" if kind == "duration" else "",
                ]
            )
        survey.append(["end_group", section["key"]])
    if uses_yes_no:
        for key in ("yes", "no"):
            choices.append(["yes_no", key, *labels_row(YES_NO_LABELS[key]), ""])
    settings = wb.create_sheet("settings")
    settings.append(
        [
            "form_title",  # XLSForm's title is one text; ours in every language follow
            *_label_columns("checklist_title", langs),
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
