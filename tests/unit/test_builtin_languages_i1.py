"""The SERVQUAL questionnaire, the customer survey and the service-event diary speak every
language the app offers: each label in the shipped file (titles, descriptions, sections,
questions, scale anchors, choices) has a Polish, Slovenian, Bulgarian and Hebrew text that is
not the English one copied, and the file declares those languages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from auditor.exchange.template_json import read_standards, read_template
from auditor.labels import LANGUAGES
from auditor.paths import builtin_dir
from auditor.services.template_validation import json_locator, validate

FILES = ("servqual.json", "customer_survey.json", "service_event_diary.json")

# (English text, language): the same word in that language, a name or an abbreviation
SAME_AS_ENGLISH = {
    ("SMS", "pl"),
    ("SMS", "sl"),
    ("SMS", "bg"),
    ("SMS", "he"),
    ("E-mail", "pl"),
}


def labels(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every label dict ({"en": ...}) in a checklist document, with where it sits."""
    if isinstance(node, dict):
        if "en" in node:
            yield where, node
            return
        for key, value in node.items():
            yield from labels(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            name = value.get("key", i) if isinstance(value, dict) else i
            yield from labels(value, f"{where}[{name}]")


def document(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((builtin_dir() / "checklists" / name).read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", FILES)
def test_every_label_has_every_language(name: str) -> None:
    data = document(name)
    assert data["languages"] == list(LANGUAGES)
    found = list(labels(data, name))
    assert len(found) > 10
    problems = []
    for where, label in found:
        for lang in LANGUAGES:
            text = label.get(lang)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{where}: no {lang}")
            elif (
                lang != "en" and text == label["en"] and (label["en"], lang) not in SAME_AS_ENGLISH
            ):
                problems.append(f"{where}: {lang} is the English {text!r}")
        if set(label) - set(LANGUAGES):
            problems.append(f"{where}: unknown languages {sorted(set(label) - set(LANGUAGES))}")
    assert problems == []


def test_allowed_copies_are_still_used() -> None:
    used = set()
    for name in FILES:
        for _, label in labels(document(name), name):
            used |= {
                (label["en"], lang) for lang in LANGUAGES[1:] if label.get(lang) == label["en"]
            }
    assert SAME_AS_ENGLISH - used == set()


def test_hebrew_is_hebrew_and_bulgarian_is_cyrillic() -> None:
    """A text pasted into the wrong language would still pass the 'not English' check."""
    for name in FILES:
        for where, label in labels(document(name), name):
            if (label["en"], "he") not in SAME_AS_ENGLISH:
                assert any("\u0590" <= c <= "\u05ff" for c in label["he"]), where
            if (label["en"], "bg") not in SAME_AS_ENGLISH:
                assert any("\u0400" <= c <= "\u04ff" for c in label["bg"]), where


@pytest.mark.parametrize("name", FILES)
def test_shipped_file_passes_the_product_schema(name: str) -> None:
    """The JSON schema and the product's own checks, with the shipped standards' codes."""
    path = builtin_dir() / "checklists" / name
    codes = [s["code"] for s in read_standards(builtin_dir() / "standards.json")["standards"]]
    validate(read_template(path), json_locator(str(path)), codes)


def test_no_stored_key_in_the_words() -> None:
    """A key such as e_tangibles_1 or willingness_to_help is never part of a text a user reads."""
    for name in FILES:
        data = document(name)
        keys = {q["key"] for s in data["sections"] for q in s["questions"]}
        keys |= {s["key"] for s in data["sections"]}
        keys |= {
            c["key"] for s in data["sections"] for q in s["questions"] for c in q.get("choices", [])
        }
        for where, label in labels(data, name):
            for lang in LANGUAGES:
                words = set(label[lang].replace(".", " ").replace(",", " ").split())
                assert not {k for k in keys if "_" in k} & words, where
                assert "_<" not in label[lang], where
