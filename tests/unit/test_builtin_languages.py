"""Every word of the shipped checklists and standards in each of the five languages (issue 30
item 2): a title, question, help text, choice, grade band, description or target left in
English shows English on every screen, PDF and workbook of a Polish or Hebrew reader."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from auditor.paths import builtin_dir

LANGUAGES = ["en", "pl", "sl", "bg", "he"]
TRANSLATED = LANGUAGES[1:]
# the same word in the reader's language (a name, an abbreviation): (English, language)
SAME_AS_ENGLISH = {
    ("E-mail", "pl"),
    ("SMS", "pl"),
    ("SMS", "sl"),
    ("SMS", "bg"),
    ("SMS", "he"),
}
SCRIPT = {"bg": re.compile("[\u0400-\u04ff]"), "he": re.compile("[\u05d0-\u05ea]")}
NOT_WORDS = re.compile(r"^[\d\s.,:%+\-–/()]*$")  # numbers and signs read the same everywhere


def _files() -> list[Path]:
    checklists = sorted((builtin_dir() / "checklists").glob("*.json"))
    return [*checklists, builtin_dir() / "standards.json"]


def _labels(node: Any, where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Every label dict (an object with an "en" text) and where it sits."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and all(isinstance(v, str) for v in node.values()):
            yield where, node
            return
        for key, value in node.items():
            yield from _labels(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            key = value.get("key") or value.get("code") if isinstance(value, dict) else None
            yield from _labels(value, f"{where}[{key or i}]")


def _problems() -> tuple[list[str], set[tuple[str, str]]]:
    problems, used = [], set()
    for path in _files():
        doc = json.loads(path.read_text("utf-8"))
        if path.parent.name == "checklists" and doc.get("languages") != LANGUAGES:
            problems.append(f"{path.name}: languages {doc.get('languages')}")
        for std in doc.get("standards", []):
            if isinstance(std.get("target"), str) and std["target"]:
                problems.append(f"{path.name}: {std['code']} target is one English string")
        for where, label in _labels(doc, path.name):
            english = label["en"]
            for lang in TRANSLATED:
                text = label.get(lang, "")
                if not text.strip():
                    problems.append(f"{where}: no {lang} for {english!r}")
                elif text == english and not NOT_WORDS.match(text):
                    if (english, lang) in SAME_AS_ENGLISH:
                        used.add((english, lang))
                    else:
                        problems.append(f"{where}: {lang} is the English {english!r}")
                elif lang in SCRIPT and not SCRIPT[lang].search(text) and not NOT_WORDS.match(text):
                    if (english, lang) in SAME_AS_ENGLISH:
                        used.add((english, lang))
                    else:
                        problems.append(f"{where}: {lang} {text!r} is not in its script")
    return problems, used


def test_every_builtin_label_is_in_all_five_languages() -> None:
    problems, _ = _problems()
    assert problems == []


def test_the_allow_list_holds_only_words_still_used() -> None:
    _, used = _problems()
    assert sorted(SAME_AS_ENGLISH - used) == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_builtin_checklist_reads_in_the_language_once_installed(
    lang: str, tmp_path: Path
) -> None:
    """What the app stores from the files (install_builtins) is what a reader sees."""
    from sqlalchemy import select

    from auditor.labels import pick_label
    from auditor.services.standards_view import standards_library
    from auditor.services.templates import install_builtins, list_templates
    from auditor.store.db import open_database
    from auditor.store.models import Standard

    db = open_database(tmp_path / "a.sqlite")
    try:
        with db.session() as s:
            install_builtins(s)
        with db.session() as s:
            titles = {t.name: t.title for t in list_templates(s, lang)}
            rows = {r.code: r for r in standards_library(s, lang)}
            english = {
                std.code: pick_label(std.target, "en") for std in s.scalars(select(Standard))
            }
    finally:
        db.close()
    files = {
        json.loads(p.read_text("utf-8"))["name"]: json.loads(p.read_text("utf-8"))["title"]
        for p in _files()[:-1]
    }
    assert titles == {name: title[lang] for name, title in files.items()}
    assert rows["GREET-30"].target and rows["GREET-30"].target != english["GREET-30"]
    assert all(r.target != english[code] for code, r in rows.items() if english[code])
