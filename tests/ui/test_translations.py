"""The shipped interface translations: complete, current with the code, and safe to show."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "resources" / "translations").glob("service_auditor_*.ts"))


def _messages(root: ET.Element) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            key = (context.findtext("name") or "", message.findtext("source") or "")
            found[key] = translation.text if done and translation is not None else None
    return found


def _updater() -> Any:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_translations_ship() -> None:
    names = [p.name for p in SOURCES]
    assert names == [f"service_auditor_{lang}.ts" for lang in ("bg", "he", "pl", "sl")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_every_string_is_translated_and_keeps_what_code_fills_in(path: Path) -> None:
    for (context, source), text in _messages(ET.parse(path).getroot()).items():
        where = f"{path.name}: {context}: {source!r}"
        assert text, f"{where} is not translated"
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), where
        assert re.findall(r"</?\w+>", text) == re.findall(r"</?\w+>", source), where
        if re.search(r"&\w", source):  # a mnemonic: exactly one, on a letter
            assert len(re.findall(r"&\w", text)) == 1, where
        if source == "&Submit":  # the form's documented Alt+S
            assert "&S" in text, where


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_translation_sources_are_current_with_the_code(path: Path) -> None:
    """Every interface string in the code is in the translation, under the context it is looked
    up with at runtime; run scripts/update_translations.py after changing strings."""
    lang = path.stem.rsplit("_", 1)[1]
    extracted = set(_messages(_updater().extract(lang)))
    shipped = set(_messages(ET.parse(path).getroot()))
    assert extracted - shipped == set(), "strings missing from the translation"
    assert shipped - extracted == set(), "translated strings the code no longer has"


CATALOGUES = sorted((ROOT / "resources" / "locale").glob("*/LC_MESSAGES/service-auditor.po"))


def _command_line_messages() -> set[str]:
    """Every message the command line and the core's errors show, as the update script
    extracts them (`_()`/`n_()` in auditor/cli.py, error templates in all of auditor/)."""
    import tempfile

    from babel.messages.pofile import read_po

    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "messages.pot"
        _updater().extract_messages(template)
        with template.open("rb") as fh:
            catalog = read_po(fh)
    return {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog if m.id}


def test_the_command_line_catalogues_ship() -> None:
    assert [p.parts[-3] for p in CATALOGUES] == ["bg", "he", "pl", "sl"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_command_line_message_is_translated_and_current(path: Path) -> None:
    """Complete, in the language's plural forms, with the same {names} as the code fills in
    (a singular may name "one" in words), and nothing the code no longer prints."""
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh, locale=path.parts[-3])
    shipped = {}
    for message in catalog:
        if not message.id:
            continue
        where = f"{path.parts[-3]}: {message.id!r}"
        assert not message.fuzzy, f"{where} is fuzzy"
        if isinstance(message.id, tuple):
            names = set(re.findall(r"{\w+}", message.id[1]))
            forms = list(message.string)
            assert len(forms) == catalog.num_plurals and all(forms), f"{where} forms"
            assert set(re.findall(r"{\w+}", forms[-1])) == names, where
            assert all(set(re.findall(r"{\w+}", f)) <= names for f in forms), where
            shipped[message.id[0]] = forms
        else:
            assert message.string, f"{where} is not translated"
            assert set(re.findall(r"{\w+}", message.string)) == set(
                re.findall(r"{\w+}", message.id)
            ), where
            shipped[message.id] = [message.string]
    assert set(shipped) == _command_line_messages()
