"""Refresh the translation sources from the code, keeping every translation already made:
the window's Qt Linguist files (resources/translations/*.ts) and the command line's gettext
catalogues (resources/locale/LANG/LC_MESSAGES/service-auditor.po, through Babel).

    .venv/bin/python scripts/update_translations.py [LANG ...]   (default: every .ts there is)

The set-up compiles both (.qm with pyside6-lrelease, .mo with pybabel compile).

pyside6-lupdate finds `self.tr(...)` and `QCoreApplication.translate(...)` by itself, but not
the context of the modules that call a small `tr()` helper (the audit form's widgets): those
strings come out without a context, so they are given the context their module's helper
passes. Translations are then carried over by (context, source); strings no longer in the
code are dropped, new ones wait untranslated.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "service-auditor"
HELPER = re.compile(r'^def tr\(.*?\n\s+return QCoreApplication\.translate\("(\w+)"', re.M | re.S)


def helper_contexts() -> dict[str, str]:
    """file name -> the context its module-level tr() helper passes."""
    found = {}
    for path in (ROOT / "ui").rglob("*.py"):
        match = HELPER.search(path.read_text("utf-8"))
        if match:
            found[path.name] = match.group(1)
    return found


def extract(lang: str) -> ET.Element:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"service_auditor_{lang}.ts"
        subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
        root = ET.parse(fresh).getroot()
    root.set("language", lang)
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    loose = contexts.pop("", None)
    if loose is not None:
        helpers = helper_contexts()
        root.remove(loose)
        for message in loose.findall("message"):
            # lupdate merges the same text from several files into one message: each file's
            # helper gives it its own context, so split it into one message per context
            by_context: dict[str, list[ET.Element]] = {}
            for location in message.findall("location"):
                file = Path(location.get("filename", "")).name
                name = helpers.get(file)
                if name is None:
                    raise SystemExit(f"{file}: a string without a context and no tr() helper")
                by_context.setdefault(name, []).append(location)
            for name, locations in by_context.items():
                copy = copy_message(message, locations)
                if name not in contexts:
                    context = ET.SubElement(root, "context")
                    ET.SubElement(context, "name").text = name
                    contexts[name] = context
                contexts[name].append(copy)
    return root


def copy_message(message: ET.Element, locations: list[ET.Element]) -> ET.Element:
    """The message with only the given locations."""
    copy = ET.Element(message.tag, message.attrib)
    copy.extend(deepcopy(location) for location in locations)
    copy.extend(deepcopy(child) for child in message if child.tag != "location")
    return copy


def existing(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    done = {}
    for context in ET.parse(path).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                done[(context.findtext("name") or "", message.findtext("source") or "")] = (
                    translation.text
                )
    return done


def update(lang: str) -> tuple[int, int]:
    path = TRANSLATIONS / f"service_auditor_{lang}.ts"
    done = existing(path)
    root = extract(lang)
    total = missing = 0
    for context in root.findall("context"):
        for message in context.findall("message"):
            total += 1
            key = (context.findtext("name") or "", message.findtext("source") or "")
            translation = message.find("translation")
            assert translation is not None
            if key in done:
                translation.text = done[key]
                translation.attrib.pop("type", None)
            else:
                missing += 1
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return total, missing


def extract_messages(template: Path) -> None:
    """The .pot of every message the command line and the core's errors show: `_()` and
    `n_()` in auditor/cli.py, and the templates of AuditorError and its kin (and of the
    helpers that pass one on, auditor.errors.MESSAGE_CALLS) in every file of auditor/."""
    sys.path.insert(0, str(ROOT))
    from auditor.errors import MESSAGE_CALLS

    pybabel = str(Path(sys.executable).parent / "pybabel")
    keywords = ["-k", "_", "-k", "n_:1,2"]
    for name, argument in sorted(MESSAGE_CALLS.items()):
        keywords += ["-k", f"{name}:{argument}"]
    sources = [str(p) for p in sorted((ROOT / "auditor").rglob("*.py"))
               if "migrations" not in p.parts]  # fmt: skip
    subprocess.run(
        [pybabel, "-q", "extract", *keywords, "--no-default-keywords", "--no-location",
         "--no-wrap", "--project", "Service Auditor", "-o", str(template), *sources],
        check=True,
    )  # fmt: skip


def update_command_line(lang: str) -> tuple[int, int]:
    """The command line's and the core errors' messages into LANG's .po."""
    pybabel = str(Path(sys.executable).parent / "pybabel")
    template = LOCALE / f"{DOMAIN}.pot"
    extract_messages(template)
    po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    verb = "update" if po.exists() else "init"
    subprocess.run(
        [pybabel, "-q", verb, "-D", DOMAIN, "-i", str(template), "-d", str(LOCALE), "-l", lang,
         "--no-wrap"] + (["--ignore-obsolete"] if verb == "update" else []),
        check=True,
    )  # fmt: skip
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    messages = [m for m in catalog if m.id]
    untranslated = [m for m in messages if not all(m.string or [""]) or m.fuzzy]
    return len(messages), len(untranslated)


def main() -> None:
    langs = sys.argv[1:] or [p.stem.rsplit("_", 1)[1] for p in TRANSLATIONS.glob("*.ts")]
    for lang in langs:
        total, missing = update(lang)
        print(f"{lang}: {total} strings, {missing} untranslated")
        total, missing = update_command_line(lang)
        print(f"{lang} (command line): {total} messages, {missing} untranslated")


if __name__ == "__main__":
    main()
