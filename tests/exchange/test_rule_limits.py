"""Rules cannot hang (issue 29, item 6): regex() runs on RE2 in linear time, a pattern RE2
cannot compile and a rule past a limit are refused when a checklist is imported (JSON file,
XLSForm, package) with the question named and nothing stored, never first at scoring."""

from __future__ import annotations

import importlib
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.exchange import keys
from auditor.expressions import MAX_STEPS, MAX_TEXT, ExpressionError, RuleLimitError, parse
from auditor.services import capture, packages
from auditor.services.template_files import import_files
from auditor.services.templates import install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import ChecklistTemplate, Question

HANGS_ON_BACKTRACKING = "regex(${reason}, '(a+)+b')"  # 34 a's: hours on Python's re
ROOT = Path(__file__).resolve().parents[2]


def checklist(
    relevance: str = "", constraint: str = "", name: str = "rules-check"
) -> dict[str, Any]:
    """A small checklist whose second question carries the rules under test."""
    follow: dict[str, Any] = {"key": "follow", "kind": "yes_no", "label": {"en": "Followed up"}}
    if relevance:
        follow["relevance"] = relevance
    if constraint:
        follow["constraint"] = constraint
    return {
        "format": "service-auditor/template",
        "format_version": 1,
        "name": name,
        "version": 1,
        "kind": "mystery_shopping",
        "title": {"en": "Rules check"},
        "languages": ["en"],
        "default_language": "en",
        "sections": [
            {
                "key": "visit",
                "title": {"en": "Visit"},
                "questions": [
                    {"key": "reason", "kind": "text", "label": {"en": "Reason"}},
                    follow,
                ],
            }
        ],
    }


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def dump(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return "\n".join(con.iterdump())


def checklist_names(path: Path) -> set[str]:
    """The checklists stored, read from a fresh connection to the file (not the session)."""
    with sqlite3.connect(path) as con:
        return {name for (name,) in con.execute("SELECT name FROM templates")}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "audits.sqlite"
    db = open_database(path, create=True)
    with db.session() as s:
        install_builtins(s)
    db.close()
    return path


def test_the_catastrophic_pattern_answers_at_once_in_a_fresh_process() -> None:
    """Run where a hang cannot stall the suite: a subprocess with a generous deadline."""
    code = (
        "from auditor.expressions import parse\n"
        f"rule = parse({HANGS_ON_BACKTRACKING!r})\n"
        "for n in (34, 100_000):\n"
        "    assert rule.is_true({'reason': 'a' * n}) is False\n"
        "assert rule.is_true({'reason': 'a' * 34 + 'b'}) is True\n"
        "print('done')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr


def test_an_imported_checklist_with_that_rule_scores_an_audit_without_hanging(
    tmp_path: Path, db_path: Path
) -> None:
    """The issue's case end to end: import the checklist as a file, answer 34 a's, submit
    (the scorer evaluates the rule); in a subprocess so a regression fails, never hangs."""
    source = write(tmp_path / "rules.json", checklist(relevance=HANGS_ON_BACKTRACKING))
    code = f"""
from datetime import UTC, datetime
from pathlib import Path
from auditor.services import capture
from auditor.services.template_files import import_files
from auditor.store.db import open_database
db = open_database(Path({str(db_path)!r}), create=False)
with db.session() as s:
    import_files(s, [Path({str(source)!r})])
    place = capture.add_location(s, "Org", "Branch")
    visit = datetime(2026, 1, 5, tzinfo=UTC)
    audit = capture.start_audit(s, "rules-check", place.id, "Anna", visit)
    capture.AnswerWriter(s, audit).save(s, "reason", capture.AnswerState("a" * 34), "Anna")
    capture.submit_audit(s, audit)
print("scored")
"""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("scored")


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"(a)\1", "invalid escape sequence"),  # a backreference
        (r"(?=a)a", "invalid perl operator"),  # lookahead
        (r"[A-Z]{3}+", "bad repetition operator"),  # possessive, as Java writes it
        (r"[unclosed", "missing ]"),
    ],
)
def test_a_pattern_re2_cannot_run_is_refused_at_import_naming_question_and_pattern(
    tmp_path: Path, db_path: Path, pattern: str, why: str
) -> None:
    source = write(tmp_path / "bad.json", checklist(constraint=f"regex(., '{pattern}')"))
    before = dump(db_path)
    db = open_database(db_path, create=False)
    with pytest.raises(AuditorError) as refused, db.session() as s:
        import_files(s, [source])
    db.close()
    message = str(refused.value)
    assert "bad.json" in message and "follow.constraint" in message
    assert f"'{pattern}'" in message and why in message and "RE2" in message
    assert dump(db_path) == before and "rules-check" not in checklist_names(db_path)


def test_a_pattern_only_known_when_answering_matches_nothing() -> None:
    """A pattern read from an answer cannot be checked at import: RE2 refusing it makes
    regex() false (the answer does not match), never an error in the middle of scoring."""
    rule = parse("regex(., ${pattern})")
    assert rule.is_true({"pattern": "[0-9]+"}, "123")
    assert not rule.is_true({"pattern": r"(a)\1"}, "aa")
    assert not rule.is_true({"pattern": "x" * 600}, "x" * 600)  # longer than MAX_PATTERN


def _too_many_steps() -> str:
    group = "(" + "+".join(["1"] * 10) + ")"  # 19 nodes, 10 operators deep at most
    rule = " + ".join([group] * 60) + " > 0"
    assert len(rule) < 2000
    return rule


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (_too_many_steps(), f"more than {MAX_STEPS} steps"),
        ("+".join(["1"] * 999), "levels inside one another"),  # once a RecursionError
        ("(" * 41 + "1" + ")" * 41, "nested more than"),
        ("1" + " " * 2000, "longer than 2000 characters"),
    ],
)
def test_a_rule_past_a_limit_is_refused_when_parsed_and_at_import(
    tmp_path: Path, db_path: Path, rule: str, message: str
) -> None:
    with pytest.raises(ExpressionError, match=message):
        parse(rule)
    source = write(tmp_path / "big.json", checklist(relevance=rule))
    before = dump(db_path)
    db = open_database(db_path, create=False)
    with pytest.raises(AuditorError, match=message) as refused, db.session() as s:
        import_files(s, [source])
    db.close()
    assert "follow.relevant" in str(refused.value) and "'follow'" in str(refused.value)
    assert dump(db_path) == before and "rules-check" not in checklist_names(db_path)


def test_text_a_rule_builds_is_bounded_and_scoring_names_the_question(db_path: Path) -> None:
    """Only the answers decide how long a text concat() builds: past MAX_TEXT the scorer
    (here the live score of a save) stops with the question named, the answer not kept."""
    rule = "string-length(concat(" + ", ".join(["${reason}"] * 50) + ")) > 0"
    with pytest.raises(RuleLimitError, match=f"more than {MAX_TEXT} characters"):
        parse(rule).is_true({"reason": "x" * 3000})
    assert parse(rule).is_true({"reason": "x" * 100})
    db = open_database(db_path, create=False)
    with db.session() as s:  # a rule within every static limit: it imports
        source = write(db_path.parent / "long.json", checklist(relevance=rule))
        import_files(s, [source])
        place = capture.add_location(s, "Org", "Branch")
        audit = capture.start_audit(
            s, "rules-check", place.id, "Anna", datetime(2026, 1, 5, tzinfo=UTC)
        )
        writer = capture.AnswerWriter(s, audit)
        with pytest.raises(AuditorError, match="relevant rule of 'follow'") as refused:
            writer.save(s, "reason", capture.AnswerState("x" * 3000), "Anna")  # live score
    db.close()
    assert refused.value.field == "follow.relevant"


def test_an_xlsform_rule_re2_cannot_run_is_kept_out_with_a_warning(
    tmp_path: Path, db_path: Path
) -> None:
    """XLSForm's own policy: a rule we cannot enforce is named in a warning, the form is not
    refused for it (real forms write Java's possessive `{3}+`, which RE2 has not)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "constraint"])
    sheet.append(["text", "code", "Code", r"regex(., '^[A-Z]{3}+_[0-9]{4}$')"])
    sheet.append(["text", "plain", "Plain", "regex(., '[0-9]{4}')"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title"])
    settings.append(["possessive", "Possessive"])
    path = tmp_path / "possessive.xlsx"
    book.save(path)
    db = open_database(db_path, create=False)
    with db.session() as s:
        [result] = import_files(s, [path])
        rules = dict(s.execute(select(Question.key, Question.constraint)).all())
    db.close()
    assert any(
        "'code'" in w and "RE2" in w and "not be enforced" in w for w in map(str, result.warnings)
    )
    assert rules["code"] == "" and rules["plain"] == "regex(., '[0-9]{4}')"


def _enrol(db: Database, key: keys.LaptopKey, person: str, role: str) -> None:
    """A package is read only from an enrolled key (issue 29, item 1); where that is not yet
    in this tree, a first key is trusted on use and there is nothing to do."""
    try:
        trust = importlib.import_module("auditor.services.trust")
    except ImportError:
        return
    with db.session() as s:
        trust.trust_key(s, key.public_text, person, role)


def test_a_package_whose_checklist_has_a_rule_re2_cannot_run_is_refused(
    tmp_path: Path, db_path: Path
) -> None:
    """The office's database is edited by hand behind the importer's back (the rule is
    written straight into the row), exported as a package and sent: refused, nothing kept."""
    office_path = tmp_path / "office.sqlite"
    office = open_database(office_path, create=True)
    office_key = keys.load_or_create(tmp_path / "keys" / "office.json")
    with office.session() as s:
        import_files(s, [write(tmp_path / "ok.json", checklist(relevance="regex(${reason}, 'x')"))])
    with office.session() as s:
        [follow] = s.scalars(select(Question).where(Question.key == "follow")).all()
        follow.relevance = r"regex(${reason}, '(a)\1')"
    with office.session() as s:
        assert s.scalars(select(ChecklistTemplate.name)).all() == ["rules-check"]
        out = tmp_path / "checklists.zip"
        packages.export_package(
            s, out, key=office_key, created_by="Quality Manager", checklists=True
        )
    office.close()

    target = open_database(db_path, create=False)
    _enrol(target, office_key, "Quality Manager", "manager")
    target.close()
    before = dump(db_path)
    target = open_database(db_path, create=False)
    with pytest.raises(AuditorError) as refused, target.session() as s:
        packages.import_package(s, out)
    target.close()
    message = str(refused.value)
    assert "checklists.zip" in message and "templates/" in message
    assert "follow.relevant" in message and r"'(a)\1'" in message
    assert dump(db_path) == before and "rules-check" not in checklist_names(db_path)
